"""Every setting declared once: name, type, default and a one-line description.

Settings live in ``settings.json`` in the data directory, carry a version and are upgraded
step by step (:data:`MIGRATIONS`). The API key is *not* a setting: it lives in the operating
system's keyring (:mod:`kiosk.secrets`) or comes from ``KIOSK_API_KEY`` for one process.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from kiosk.contract import PRODUCTION_URL

log = logging.getLogger("kiosk.settings")

SETTINGS_VERSION = 1
APP_NAME = "webkasa-kiosk"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class SettingError(ValueError):
    """A setting of the wrong type or outside its range. Refused rather than ignored: a
    deadline of "abc" silently left at 30 s, or of -1 s failing every request, or a largest
    answer of 0 MB, looked like a broken server. The message names the setting."""


def _within(default: float, low: float, high: float) -> Any:
    """A number setting and its range (both ends allowed)."""
    return field(default=default, metadata={"range": (low, high)})


def _checked(default: Any, check: Callable[[str], str | None]) -> Any:
    """A text setting (or each item of a list) and its check: the problem, or None."""
    return field(default=default, metadata={"check": check})


def api_url_problem(url: str) -> str | None:
    """Why ``url`` cannot be the API's address, or None. A typo (``htp://``, no scheme, an
    unclosed ``[::1``) is said at once, not after retries as "cannot reach the server"."""
    try:
        parts = urlsplit(url)
        port = parts.port  # a port that is no number raises here
    except ValueError as exc:
        return f"not a URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "expected http:// or https:// and a host, e.g. https://kasa.example.com"
    if port == 0:
        return "port 0 is not a port to connect to"
    return None


def peer_address_problem(address: str) -> str | None:
    """Why ``address`` is not ``host:port`` (an IPv6 host in brackets), or None."""
    host, colon, port = address.strip().rpartition(":")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    elif ":" in host:
        host = ""
    if not colon or not host or not port.isdigit() or not 0 < int(port) < 65536:
        return f"{address!r} is not host:port (an IPv6 address in brackets: [::1]:8470)"
    return None


def bind_address_problem(address: str) -> str | None:
    """Why ``address`` is not an IP address to listen on, or None."""
    try:
        ipaddress.ip_address(address.strip())
    except ValueError:
        return f"{address!r} is not an IP address (0.0.0.0 listens on every interface)"
    return None


def event_id_problem(event_id: str) -> str | None:
    """Why ``event_id`` cannot be a WebKasa event id, or None."""
    if not event_id or len(event_id) > 100 or any(c.isspace() or c in ",/?#" for c in event_id):
        return f"{event_id!r} is not an event id (like evt_abc123)"
    return None


def _one_of(*choices: str) -> Callable[[str], str | None]:
    def check(value: str) -> str | None:
        return None if value in choices else "expected one of " + ", ".join(choices)
    return check


@dataclass(frozen=True)
class Settings:
    api_url: str = _checked(PRODUCTION_URL, api_url_problem)
    """Base URL of the WebKasa API (paths go under /api/v1)."""
    auth_scheme: str = _checked("bearer", _one_of("bearer", "x-api-key"))
    """How the key is sent: ``bearer`` (Authorization header) or ``x-api-key``."""
    event_id: str | None = None
    """The event this door admits to; ``evt_a,evt_b`` also serves evt_b (see event_ids)."""
    event_ids: tuple[str, ...] = _checked((), event_id_problem)
    """More events of the same account this door admits to, each ticket to its own event
    (issue 20); the doors' network and journal stay with event_id, the first."""
    device_name: str = ""
    """Shown with every check-in ("checked in at Door 2"); the host name when empty."""
    doors_open_min: int = _within(60, 0, 1440)
    """Minutes before the event's start the door admits people; earlier, only staff can
    ("admit anyway"), never self-service."""
    allow_pending: bool = False
    """Admit PENDING registrations (awaiting payment) instead of sending them to the desk."""
    door_mode: str = _checked("entry", _one_of("entry", "exit", "both"))
    """Which way this door lets people through: ``entry``, ``exit`` or ``both`` (a party
    inside goes out, one outside comes in)."""
    allow_reentry: bool = True
    """A party that left may come in again ("Welcome back"); off: one entry only."""
    max_inside: int = _within(0, 0, 1_000_000)
    """Most people inside at once, every door's (a fire-code limit); 0: no limit."""
    partial_parties: bool = False
    """Self-service asks how many of a party are here, and admits that many."""
    camera_source: str = "0"
    """Camera index, video file, image folder or stream URL."""
    camera_width: int = _within(1280, 16, 16384)
    """Requested capture width in pixels."""
    camera_height: int = _within(720, 16, 16384)
    """Requested capture height in pixels."""
    camera_fps: int = _within(30, 1, 240)
    """Requested capture frame rate."""
    decoder: str = "zxing"
    """Decoder backend: ``zxing`` (default) or ``pyzbar``."""
    symbologies: tuple[str, ...] = ("qr",)
    """Symbologies to look for: qr, code128, pdf417, aztec."""
    scan_cooldown_s: float = _within(3.0, 0.0, 3600.0)
    """The same code seen again within this many seconds is the same scan."""
    verdict_hold_s: float = _within(2.0, 0.0, 60.0)
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
    pin_idle_s: float = _within(20.0, 1.0, 600.0)
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
    sync_interval_s: int = _within(120, 1, 86400)
    """Seconds between background pulls of the registration list."""
    push_interval_s: int = _within(5, 1, 3600)
    """Seconds between background outbox uploads while something waits."""
    request_timeout_s: float = _within(10.0, 0.1, 600.0)
    """Timeout of every API request."""
    request_deadline_s: float = _within(30.0, 0.1, 3600.0)
    """Longest one API request may take, first byte to last, however slowly the server sends."""
    max_answer_mb: float = _within(20.0, 0.01, 1024.0)
    """Largest API answer accepted, in MB; a larger one is refused as it arrives."""
    sync_deadline_s: float = _within(600.0, 0.1, 86400.0)
    """Longest one sync may page for; it stops there and says how far it got."""
    push_deadline_s: float = _within(60.0, 0.0, 3600.0)
    """How long one ``kiosk push``/``sync`` keeps retrying through transient network errors."""
    lock_wait_s: float = _within(30.0, 0.5, 3600.0)
    """Seconds a change waits while another program holds the database (an open ``sqlite3``
    shell, a backup tool); then its verdict is an error that says so, never a hang."""
    network_lock_wait_s: float = _within(5.0, 0.0, 3600.0)
    """Seconds a sync or upload waits while another kiosk process on this data folder syncs."""
    peer_port: int = _within(8470, 0, 65535)
    """TCP port on which this door talks to the other doors of the event (0: any free port)."""
    peer_bind: str = _checked("0.0.0.0", bind_address_problem)
    """Address the door listens on for other doors: ``0.0.0.0`` every interface, or one
    address (the venue network's, ``127.0.0.1`` for this machine only)."""
    peers: tuple[str, ...] = _checked((), peer_address_problem)
    """Other doors to link with as ``host:port``, for networks that block multicast."""
    peer_discovery: bool = True
    """Find the other doors of the event on the local network (mDNS/DNS-SD)."""
    scan_log_max_rows: int = _within(200_000, 1_000, 5_000_000)
    """The scan log keeps at most this many scans an event (the oldest go first)."""
    scan_log_keep_days: float = _within(14.0, 0.0, 3650.0)
    """An ended event's scan log is dropped this many days after its last scan."""

    def __post_init__(self) -> None:
        """``event_id`` may name several events, comma-separated (``KIOSK_EVENT=evt_a,evt_b``,
        ``--event evt_a,evt_b``): the first is the event, the others join ``event_ids``."""
        named = [p.strip() for p in (self.event_id or "").split(",") if p.strip()]
        if len(named) > 1 or (self.event_id and named and named[0] != self.event_id):
            object.__setattr__(self, "event_id", named[0])
            problems = [p for p in map(event_id_problem, named[1:]) if p]
            if problems:
                raise SettingError(problems[0])
            object.__setattr__(self, "event_ids", (*named[1:], *self.event_ids))
        primary = self.event_id
        extra = tuple(dict.fromkeys(e for e in self.event_ids if e != primary))
        if extra != self.event_ids:
            object.__setattr__(self, "event_ids", extra)

    @property
    def served_events(self) -> tuple[str, ...]:
        """Every event this door admits to, the first (the doors' network's) first."""
        return (self.event_id, *self.event_ids) if self.event_id else ()

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **changes)

    def for_events(self, events: str | None) -> Settings:
        """These events, and no others (``--event evt_a,evt_b``, ``KIOSK_EVENT``)."""
        return replace(self, event_id=events, event_ids=())


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    # Version 0 (unversioned drafts) called the event setting "event".
    if "event" in data and "event_id" not in data:
        data["event_id"] = data.pop("event")
    return data


_FIELDS = {f.name: f for f in fields(Settings)}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / "settings.json"


def load(data_dir: Path, *, strict: bool = False) -> Settings:
    """The saved settings. A value of the wrong type or out of range is the default with a
    warning (the GUI still starts), or with ``strict`` (the commands) a :class:`SettingError`."""
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
    return from_dict(raw, strict=strict, source=str(path))


def convert(name: str, value: Any) -> Any:
    """``value`` as setting ``name``'s type, checked against its range; :class:`SettingError`
    says what was expected. Every source of a setting goes through here."""
    f = _FIELDS[name]
    default = f.default
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise SettingError("expected true or false")
        return value
    if isinstance(default, (int, float)):
        kind = "a whole number" if isinstance(default, int) else "a number"
        try:
            if isinstance(value, bool) or (isinstance(default, int) and isinstance(value, float)
                                           and not value.is_integer()):
                raise ValueError
            number = int(value) if isinstance(default, int) else float(value)
        except (TypeError, ValueError, OverflowError):
            raise SettingError(f"expected {kind}") from None
        low, high = f.metadata.get("range", (-math.inf, math.inf))
        if not low <= number <= high:  # NaN too
            raise SettingError(f"expected {kind} from {low:g} to {high:g}")
        return number
    check = f.metadata.get("check")
    if isinstance(default, tuple):
        if isinstance(value, str) or not isinstance(value, (list, tuple)):
            raise SettingError("expected a list")
        items = tuple(str(v) for v in value)
        problems = [p for p in map(check, items) if p] if check else []
        if problems:
            raise SettingError(problems[0])
        return items
    if value is None:  # as an older file may hold for a text: the default
        return default
    if not isinstance(value, (str, int, float)):
        raise SettingError("expected a text")
    text = str(value)
    problem = check(text) if check else None
    if problem:
        raise SettingError(problem)
    return text


def from_dict(raw: dict[str, Any], *, strict: bool = False,
              source: str = "settings") -> Settings:
    values: dict[str, Any] = {}
    for name in _FIELDS:
        if name not in raw:
            continue
        try:
            values[name] = convert(name, raw[name])
        except SettingError as exc:
            if strict:
                raise SettingError(f"setting {name}={raw[name]!r} in {source}: {exc}") from None
            log.warning("setting %s in %s: %s; using the default", name, source, exc)
    try:
        return Settings(**values)
    except SettingError as exc:  # an event list with a wrong id in it
        if strict:
            raise SettingError(f"setting event_id in {source}: {exc}") from None
        log.warning("setting event_id in %s: %s; using the first event only", source, exc)
        values["event_id"] = str(values.get("event_id") or "").split(",")[0] or None
        return Settings(**values)


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def from_env(settings: Settings, environ: dict[str, str] | None = None) -> Settings:
    """Every setting can come from the environment as ``KIOSK_<NAME>`` for one process
    (``KIOSK_DEVICE_NAME``, ``KIOSK_PEERS=host:port,host:port``); it is never saved.

    Applied on top of the saved settings by the commands and the GUI, not by :func:`load`,
    so that ``kiosk login`` does not write a one-off environment value into the file. A value
    that is not of the setting's type or is out of its range is a :class:`SettingError`
    naming the variable.
    """
    env: Mapping[str, str] = os.environ if environ is None else environ
    changes: dict[str, Any] = {}
    for name, f in _FIELDS.items():
        variable = f"KIOSK_{name.upper()}"
        text = env.get(variable)
        if text is None:
            continue
        value: Any = text
        if isinstance(f.default, bool):
            word = text.strip().lower()
            value = word in _TRUE if word in _TRUE + _FALSE else text
        elif isinstance(f.default, tuple):
            value = [v.strip() for v in text.split(",") if v.strip()]
        elif isinstance(f.default, (int, float)):
            value = text.strip()
        try:
            changes[name] = convert(name, value)
        except SettingError as exc:
            raise SettingError(f"{variable}={text!r}: {exc}") from None
    if "event_id" in changes and "event_ids" not in changes:
        changes["event_ids"] = ()  # KIOSK_EVENT_ID names every event of this process
    try:
        return settings.with_(**changes) if changes else settings
    except SettingError as exc:
        raise SettingError(f"KIOSK_EVENT_ID={env.get('KIOSK_EVENT_ID')!r}: {exc}") from None


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
            docs[node.target.id] = str(nxt.value.value)  # type: ignore[union-attr,attr-defined]
    return [(f.name, str(f.type), f.default, docs.get(f.name, "")) for f in fields(Settings)]
