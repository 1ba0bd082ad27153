"""Every setting declared once: name, type, default and a one-line description.

Settings live in ``settings.json`` in the data directory, carry a version and are upgraded
step by step (:data:`MIGRATIONS`). The API key is *not* a setting: it lives in the operating
system's keyring (:mod:`kiosk.secrets`) or comes from ``KIOSK_API_KEY`` for one process.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import platformdirs

from kiosk.contract import PRODUCTION_URL

log = logging.getLogger("kiosk.settings")

SETTINGS_VERSION = 1
APP_NAME = "webkasa-kiosk"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Settings:
    api_url: str = PRODUCTION_URL
    """Base URL of the WebKasa API (paths go under /api/v1)."""
    auth_scheme: str = "bearer"
    """How the key is sent: ``bearer`` (Authorization header) or ``x-api-key``."""
    event_id: str | None = None
    """The event this door admits to."""
    device_name: str = ""
    """Shown with every check-in ("checked in at Door 2"); the host name when empty."""
    allow_pending: bool = False
    """Admit PENDING registrations (awaiting payment) instead of sending them to the desk."""
    camera_source: str = "0"
    """Camera index, video file, image folder or stream URL."""
    camera_width: int = 1280
    """Requested capture width in pixels."""
    camera_height: int = 720
    """Requested capture height in pixels."""
    camera_fps: int = 30
    """Requested capture frame rate."""
    decoder: str = "zxing"
    """Decoder backend: ``zxing`` (default) or ``pyzbar``."""
    symbologies: tuple[str, ...] = ("qr",)
    """Symbologies to look for: qr, code128, pdf417, aztec."""
    scan_cooldown_s: float = 3.0
    """The same code seen again within this many seconds is the same scan."""
    verdict_hold_s: float = 2.0
    """A verdict stays up at least this long before the camera's scan of another code
    replaces it (that scan waits its turn; typed or USB-scanner codes show at once)."""
    sound: bool = True
    """Play a sound for admit and refuse."""
    language: str = ""
    """UI language (``en``, ``de``); the system's when empty."""
    speak: bool = False
    """Speak each verdict aloud (spd-say/espeak-ng on Linux, say on macOS, SAPI on Windows)."""
    large_text: bool = False
    """Large-text mode: bigger type on every screen and verdict."""
    kiosk_pin_hash: str = ""
    """Salted hash of the staff PIN that unlocks self-service mode."""
    staff_codes: tuple[str, ...] = ()
    """Codes that unlock self-service mode when scanned; self-service needs at least one."""
    pin_idle_s: float = 20.0
    """Seconds an untouched staff PIN dialog stays open before the door admits again."""
    badge_printer: str = ""
    """Badge printer: a system printer's name, or ``pdf:FOLDER`` for PDF files; empty: none."""
    badge_layout: str = "62x100mm"
    """Badge label size: ``62x100mm``, ``89x36mm``, ``4x3in`` or ``a6``."""
    badge_on_admit: bool = False
    """Print a badge automatically when someone is admitted (once per registration)."""
    badge_notes_band: bool = False
    """Print a coloured band on the badge when the notes name VIP, Speaker, Staff, Press or Sponsor."""
    badge_qr: bool = True
    """Put a QR code of the registration on the badge, for scanning at sessions."""
    sync_interval_s: int = 120
    """Seconds between background pulls of the registration list."""
    push_interval_s: int = 5
    """Seconds between background outbox uploads while something waits."""
    request_timeout_s: float = 10.0
    """Timeout of every API request."""
    request_deadline_s: float = 30.0
    """Longest one API request may take, first byte to last, however slowly the server sends."""
    max_answer_mb: float = 20.0
    """Largest API answer accepted, in MB; a larger one is refused as it arrives."""
    sync_deadline_s: float = 600.0
    """Longest one sync may page for; it stops there and says how far it got."""
    push_deadline_s: float = 60.0
    """How long one ``kiosk push``/``sync`` keeps retrying through transient network errors."""
    network_lock_wait_s: float = 5.0
    """Seconds a sync or upload waits while another kiosk process on this data folder syncs."""
    peer_port: int = 8470
    """TCP port on which this door talks to the other doors of the event (0: any free port)."""
    peer_bind: str = "0.0.0.0"
    """Address the door listens on for other doors: ``0.0.0.0`` every interface, or one
    address (the venue network's, ``127.0.0.1`` for this machine only)."""
    peers: tuple[str, ...] = ()
    """Other doors to link with as ``host:port``, for networks that block multicast."""
    peer_discovery: bool = True
    """Find the other doors of the event on the local network (mDNS/DNS-SD)."""

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    # Version 0 (unversioned drafts) called the event setting "event".
    if "event" in data and "event_id" not in data:
        data["event_id"] = data.pop("event")
    return data


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / "settings.json"


def load(data_dir: Path) -> Settings:
    path = settings_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    version = int(raw.pop("version", 0))
    while version < SETTINGS_VERSION:
        raw = MIGRATIONS[version](raw)
        version += 1
    return from_dict(raw)


def from_dict(raw: dict[str, Any]) -> Settings:
    values: dict[str, Any] = {}
    for f in fields(Settings):
        if f.name not in raw:
            continue
        default = getattr(Settings, f.name)
        value = raw[f.name]
        try:
            if isinstance(default, bool):
                value = bool(value)
            elif isinstance(default, int):
                value = int(value)
            elif isinstance(default, float):
                value = float(value)
            elif isinstance(default, tuple):
                value = tuple(str(v) for v in value)
            elif value is not None:
                value = str(value)
        except (TypeError, ValueError):
            log.warning("setting %s has a bad value; using the default", f.name)
            continue
        values[f.name] = value
    return Settings(**values)


def from_env(settings: Settings, environ: dict[str, str] | None = None) -> Settings:
    """Every setting can come from the environment as ``KIOSK_<NAME>`` for one process
    (``KIOSK_DEVICE_NAME``, ``KIOSK_PEERS=host:port,host:port``); it is never saved.

    Applied on top of the saved settings by the commands and the GUI, not by :func:`load`,
    so that ``kiosk login`` does not write a one-off environment value into the file.
    """
    env: Mapping[str, str] = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    for f in fields(Settings):
        value = env.get(f"KIOSK_{f.name.upper()}")
        if value is None:
            continue
        default = getattr(Settings, f.name)
        if isinstance(default, bool):
            raw[f.name] = value.strip().lower() in ("1", "true", "yes", "on")
        elif isinstance(default, tuple):
            raw[f.name] = [v.strip() for v in value.split(",") if v.strip()]
        else:
            raw[f.name] = value
    if not raw:
        return settings
    current = {f.name: getattr(settings, f.name) for f in fields(Settings)}
    return from_dict({**current, **raw})


def save(settings: Settings, data_dir: Path) -> None:
    """Write atomically (temp file + rename) so a power cut leaves the old or the new file."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    data = {f.name: getattr(settings, f.name) for f in fields(Settings)}
    data["version"] = SETTINGS_VERSION
    path = settings_path(data_dir)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def describe() -> list[tuple[str, str, Any, str]]:
    """(name, type, default, description) of every setting, for ``kiosk settings`` and docs."""
    import ast
    import inspect

    docs: dict[str, str] = {}
    tree = ast.parse(inspect.getsource(Settings))
    body = tree.body[0].body  # type: ignore[attr-defined]
    for node, nxt in zip(body, body[1:]):
        if isinstance(node, ast.AnnAssign) and isinstance(nxt, ast.Expr):
            docs[node.target.id] = str(nxt.value.value)  # type: ignore[union-attr, attr-defined]
    return [(f.name, str(f.type), f.default, docs.get(f.name, "")) for f in fields(Settings)]
