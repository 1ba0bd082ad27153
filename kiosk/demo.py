"""``kiosk demo``: the whole kiosk on one machine, with no account and no network.

A seeded simulator on a loopback port stands in for WebKasa, a data folder (one per user, kept
between runs; ``--reset`` starts it over) is synced from it, and the demo writes what a person needs to try
the door for real: a sheet of tickets covering every verdict (PDF to print, PNG to show on a
phone) and, for machines without a webcam, a video of those tickets being held up to a camera,
made here by code rather than downloaded.

No Qt in here: ``kiosk demo --no-gui`` and the tests drive all of it from a plain process; the
command in :mod:`kiosk.commands.app` opens the window on top.

The demo's API key is the simulator's own throw-away ``wk_test_`` key. It is handed to the door
in-process and never written anywhere; the system keyring is not touched.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.codes import ticket_payload
from kiosk.logs import register_secret
from kiosk.models import Registration, Status, VerdictKind
from kiosk.settings import Settings, load, save, settings_path
from kiosk.simulator import Simulator, SimulatorConfig
from kiosk.simulator.data import SHOWCASE_PEOPLE

log = logging.getLogger("kiosk.demo")

DEMO_SEED = 2024
DEMO_REGISTRATIONS = 800
DEMO_HEADROOM = 16
"""Places left at the door when the demo starts: the capacity is nearly reached."""
DEMO_PIN = "1234"
DEMO_STAFF_CODE = "STAFF-DEMO"  # self-service needs a staff code (a PIN lockout's way out)
"""Staff PIN of the demo's self-service mode (printed when ``--kiosk`` starts)."""
DEMO_DEVICE = "Demo door"
MARKER = "demo.json"
"""Written into a demo data folder; the demo refuses to take over a folder without it."""
DEMO_SUBDIR = "demo"
"""Tickets and the video live in ``<data dir>/demo/``."""

VIDEO_SIZE = (640, 480)
VIDEO_FPS = 15
VIDEO_VERSION = 3
"""Bump when the video's look changes, so cached copies are made again."""
VERDICT_READ_S = 7.0
"""How long a verdict stays up before the next ticket is read: the door screen holds a refusal
7 s (``kiosk.ui.verdict_view.HOLD_SECONDS``), and a person needs that long to read one."""
_ENTER, _HOLD, _LEAVE = 12, 24, 10  # frames per phase of one ticket
_GAP = int(VERDICT_READ_S * VIDEO_FPS) - _LEAVE  # no ticket in view: the verdict is read
FRAMES_PER_TICKET = _ENTER + _HOLD + _LEAVE + _GAP


@dataclass(frozen=True)
class DemoCase:
    """One ticket on the demo sheet and the verdict the door gives it on first scan."""

    key: str
    label: str
    expected: VerdictKind
    registration: Registration
    event: dict[str, Any]
    payload: str
    party_size: int

    def to_json(self) -> dict[str, Any]:
        return {
            "case": self.key, "label": self.label, "expected": str(self.expected),
            "registration_id": self.registration.id, "event_id": self.registration.event_id,
            "attendee_name": self.registration.attendee_name, "party_size": self.party_size,
            "payload": self.payload,
        }


# key, label, expected verdict, wanted (status, guest_count or None for "any"), main event?
CASES: tuple[tuple[str, str, VerdictKind, str, int | None, bool], ...] = (
    ("admit", "Admit", VerdictKind.ADMIT, Status.CONFIRMED, 0, True),
    ("party", "Party of four", VerdictKind.ADMIT, Status.CONFIRMED, 3, True),
    ("already", "Already checked in", VerdictKind.ALREADY_CHECKED_IN, Status.ATTENDED, None, True),
    ("pending", "Pending payment", VerdictKind.PENDING, Status.PENDING, None, True),
    ("cancelled", "Cancelled", VerdictKind.CANCELLED, Status.CANCELLED, None, True),
    ("other_event", "Another event", VerdictKind.WRONG_EVENT, Status.CONFIRMED, None, False),
)


@dataclass
class TicketFiles:
    pdf: Path
    png: Path
    singles: dict[str, Path] = field(default_factory=dict)
    manifest: Path | None = None


# --------------------------------------------------------------------------- simulator


def simulator_config(port: int = 0, seed: int = DEMO_SEED) -> SimulatorConfig:
    """The demo event: 800 registrations in every status, some parties with guests."""
    return SimulatorConfig(host="127.0.0.1", port=port, seed=seed,
                           registrations=DEMO_REGISTRATIONS, page_cap=100)


def start_simulator(port: int = 0, seed: int = DEMO_SEED) -> Simulator:
    """A running demo simulator whose main event has only :data:`DEMO_HEADROOM` places left."""
    sim = Simulator(simulator_config(port, seed))
    sim.set_slots(sim.main_event_id, sim.places_taken(sim.main_event_id) + DEMO_HEADROOM)
    register_secret(sim.api_key)
    return sim.start()


@contextmanager
def running_demo_simulator(port: int = 0, seed: int = DEMO_SEED) -> Iterator[Simulator]:
    sim = start_simulator(port, seed)
    try:
        yield sim
    finally:
        sim.stop()


DEMO_DEFAULTS: dict[str, Any] = {"device_name": DEMO_DEVICE, "sync_interval_s": 60,
                                 "request_timeout_s": 5.0}
"""What a new demo folder starts from; after that the folder's settings are the user's."""


def demo_settings(sim: Simulator, saved: Settings | None = None, **changes: Any) -> Settings:
    """The demo's own settings (this run's simulator address and event) over ``saved``, the
    folder's settings from earlier runs: a language, speech or sound chosen in one demo is
    still chosen in the next. A new folder (``saved`` None) starts from :data:`DEMO_DEFAULTS`."""
    base = saved if saved is not None else Settings(**DEMO_DEFAULTS)
    return base.with_(api_url=sim.url, event_id=sim.main_event_id, **changes)


# --------------------------------------------------------------------------- data folder


class DemoDirError(Exception):
    """The folder asked for is not a demo folder (it looks like a real kiosk's)."""


DEMO_APP_NAME = "webkasa-kiosk-demo"


def default_demo_dir() -> Path:
    """One demo folder per user, next to (never inside) the real kiosk's data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir(DEMO_APP_NAME, appauthor=False))


def prepare_data_dir(path: Path | None, *, reset: bool = False) -> tuple[Path, bool]:
    """The demo's data folder and whether it is fresh. ``None`` is the user's demo folder
    (:func:`default_demo_dir`), kept between runs; ``reset`` empties it first (the cached
    video stays: it is the same for the same data).

    A folder given by the user must be empty, missing, or an earlier demo's: the demo writes
    its own settings there and must never overwrite a door laptop's real configuration.
    """
    path = Path(path if path is not None else default_demo_dir()).expanduser().resolve()
    if reset and (path / MARKER).is_file():
        _empty_demo_dir(path)
    if path.exists() and not path.is_dir():
        raise DemoDirError(f"{path} is a file, not a folder")
    existing = [p for p in path.iterdir()] if path.exists() else []
    if existing and not (path / MARKER).is_file():
        raise DemoDirError(
            f"{path} holds data that is not from a demo; the demo will not overwrite it "
            "(choose an empty folder, or leave out --data-dir)"
        )
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)
    _write_marker(path)
    return path, not existing


def _empty_demo_dir(path: Path) -> None:
    for child in path.iterdir():
        if child.name == DEMO_SUBDIR and child.is_dir():
            for item in child.iterdir():
                if not item.name.startswith("demo-video-"):
                    shutil.rmtree(item) if item.is_dir() else item.unlink()
        elif child.is_dir():
            shutil.rmtree(child)
        elif child.name != MARKER:
            child.unlink()
    log.info("demo folder %s started over", path)


def _write_marker(data_dir: Path) -> None:
    _write_private(data_dir / MARKER, json.dumps({"demo": True, "seed": DEMO_SEED}) + "\n")


def reset_database(data_dir: Path) -> None:
    """Every demo starts from the seeded data: an earlier run's check-ins are forgotten, so
    the printed sheet gives the same verdicts each time (tickets and video are kept)."""
    from kiosk.store import DB_NAME

    for suffix in ("", "-wal", "-shm", "-journal"):
        (Path(data_dir) / f"{DB_NAME}{suffix}").unlink(missing_ok=True)


def is_demo_dir(data_dir: Path) -> bool:
    return (Path(data_dir) / MARKER).is_file()


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)


def save_settings(settings: Settings, data_dir: Path) -> None:
    """Settings only (no key): ``kiosk --data-dir DIR status`` works on the folder later."""
    save(settings, data_dir)


# --------------------------------------------------------------------------- cases


def pick_cases(door: Any, sim: Simulator) -> list[DemoCase]:
    """Concrete registrations for the sheet, from the synced cache (the other event's from the
    simulator: a kiosk never caches another event). Showcase names (diacritics, other scripts)
    come first, so the demo shows the hard cases; the choice is stable for a seed."""
    showcase = {f"{local}@example.org" for _, local in SHOWCASE_PEOPLE}
    main_event = _event_dict(door.event) if door.event is not None else sim.event(sim.main_event_id)
    other_event = dict(sim.event(sim.other_event_id))
    by_status: dict[str, list[Registration]] = {}
    for attendee in door.attendees():
        if attendee.local_only or attendee.vanished or attendee.awaiting_upload:
            continue
        by_status.setdefault(attendee.effective_status, []).append(attendee.registration)

    def rank(reg: Registration) -> tuple[bool, bool, int, str]:
        return (not _printable(reg.attendee_name), reg.attendee_email not in showcase,
                len(reg.attendee_name), reg.id)

    cases = []
    used: set[str] = set()
    for key, label, expected, status, guests, main in CASES:
        if main:
            pool = by_status.get(status, [])
        else:
            pool = [_registration(r) for r in sim.registrations(sim.other_event_id, status=status)]
        pool = [r for r in pool if r.id not in used and (guests is None or r.guest_count == guests)]
        if not pool:
            raise LookupError(f"the demo data has no {status} registration for case {key!r}")
        reg = min(pool, key=rank)
        used.add(reg.id)
        event = main_event if main else other_event
        cases.append(DemoCase(key, label, expected, reg, event,
                              ticket_payload(reg.id, reg.event_id), reg.party_size))
    return cases


def _printable(name: str) -> bool:
    """Latin, Greek or Cyrillic only: the fonts found on any machine draw these, while Han,
    Hangul or Arabic names may print as empty boxes where no such font is installed."""
    return all(ord(ch) < 0x0530 or 0x1E00 <= ord(ch) < 0x2070 for ch in name)


def _registration(row: dict[str, Any]) -> Registration:
    return Registration(
        id=row["id"], event_id=row["event_id"], attendee_name=row["attendee_name"],
        attendee_email=row["attendee_email"], status=row["status"],
        attendee_phone=row.get("attendee_phone"), guest_count=int(row.get("guest_count") or 0),
        notes=row.get("notes"), created_at=row.get("created_at"),
    )


def _event_dict(event: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(event)


# --------------------------------------------------------------------------- tickets

SHEET_COLUMNS = 3
_CAPTION_H = 64


def write_ticket_sheet(cases: Sequence[DemoCase], out_dir: Path) -> TicketFiles:
    """``demo-tickets.pdf`` and ``.png`` (one A4 page, each ticket captioned with its case),
    one PNG per ticket in ``tickets/`` (to show on a phone), and ``tickets.json`` listing the
    cases with their payloads and expected verdicts."""
    from PIL import Image, ImageDraw

    from kiosk.scan.tickets import (
        PAGE_DPI,
        PAGE_SIZE,
        SHEET_TICKET_SIZE,
        render_ticket,
        save_png,
        ticket_font,
    )

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    singles_dir = out_dir / "tickets"
    singles_dir.mkdir(exist_ok=True, mode=0o700)
    pw, ph = PAGE_SIZE
    tw, th = SHEET_TICKET_SIZE
    page = Image.new("L", PAGE_SIZE, 255)
    draw = ImageDraw.Draw(page)
    margin = 60
    draw.text((margin, margin), "WebKasa kiosk demo tickets", font=ticket_font(56, True),
              fill=0)
    draw.text((margin, margin + 80),
              "Hold a ticket up to the webcam, or show it on a phone, while 'kiosk demo' runs.",
              font=ticket_font(30), fill=60)
    cols = SHEET_COLUMNS
    gap_x = (pw - 2 * margin - cols * tw) // max(1, cols - 1)
    top = margin + 170
    for i, case in enumerate(cases):
        row, col = divmod(i, cols)
        x = margin + col * (tw + gap_x)
        y = top + row * (th + _CAPTION_H + 50)
        verdict = str(case.expected).replace("_", " ")
        draw.text((x, y), f"{i + 1}. {case.label}", font=ticket_font(34, True), fill=0)
        draw.text((x, y + 38), f"expected: {verdict}", font=ticket_font(22), fill=90)
        page.paste(render_ticket(case.registration, case.event, size=SHEET_TICKET_SIZE),
                   (x, y + _CAPTION_H))
        single = singles_dir / f"{i + 1}-{case.key.replace('_', '-')}.png"
        save_png(case.registration, case.event, single)
        _private(single)
    y = top + ((len(cases) + cols - 1) // cols) * (th + _CAPTION_H + 50) + 20
    for line in _HOW_TO:
        draw.text((margin, y), line, font=ticket_font(28), fill=40)
        y += 42
    png = out_dir / "demo-tickets.png"
    pdf = out_dir / "demo-tickets.pdf"
    page.save(png, format="PNG", dpi=(PAGE_DPI, PAGE_DPI))
    page.save(pdf, format="PDF", resolution=PAGE_DPI, title="WebKasa kiosk demo tickets")
    manifest = out_dir / "tickets.json"
    _write_private(manifest, json.dumps([c.to_json() for c in cases], ensure_ascii=False,
                                        indent=2) + "\n")
    for path in (png, pdf):
        _private(path)
    singles = {c.key: singles_dir / f"{i + 1}-{c.key.replace('_', '-')}.png"
               for i, c in enumerate(cases)}
    return TicketFiles(pdf, png, singles, manifest)


_HOW_TO = (
    "What the door says: 1 admits one person, 2 admits a party of four (1 + 3 guests),",
    "3 was checked in before, 4 has not paid yet (sent to the desk), 5 was cancelled, and",
    "6 is a ticket for another event. Scan 1 or 2 twice to see 'already checked in'.",
    "Every name and address on these tickets is made up by the WebKasa simulator.",
)


def _private(path: Path) -> None:
    try:
        path.chmod(0o600)
    except OSError:
        pass


# --------------------------------------------------------------------------- video


def video_path(cases: Sequence[DemoCase], out_dir: Path) -> Path:
    """Where the video for these cases is cached: the name carries a hash of what is in it."""
    digest = hashlib.sha256(
        json.dumps([VIDEO_VERSION, VIDEO_SIZE, VIDEO_FPS, [c.payload for c in cases],
                    [c.registration.attendee_name for c in cases]]).encode()
    ).hexdigest()[:10]
    return Path(out_dir) / f"demo-video-{digest}.avi"


def demo_video(cases: Sequence[DemoCase], out_dir: Path, *,
               progress: Callable[[int, int], None] | None = None) -> Path:
    """The demo camera: each ticket moves into view, is held still, and leaves (MJPEG AVI,
    which every OpenCV build reads and writes). Made once per data folder and reused while it
    plays whole; made again if it is missing, damaged, or from another version."""
    path = video_path(cases, out_dir)
    if video_ok(path, len(cases) * FRAMES_PER_TICKET):
        return path
    if path.exists():
        log.warning("the cached demo video %s is damaged; making it again", path)
    import cv2

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = out_dir / f".part-{os.getpid()}-{path.name}"
    fourcc = cv2.VideoWriter_fourcc(*"MJPG")  # type: ignore[attr-defined]  # missing from the stubs
    writer = cv2.VideoWriter(str(tmp), fourcc, VIDEO_FPS, VIDEO_SIZE)
    if not writer.isOpened():
        raise RuntimeError("OpenCV cannot write an MJPEG video here")
    try:
        writer.set(cv2.VIDEOWRITER_PROP_QUALITY, 80)
        total = len(cases) * FRAMES_PER_TICKET
        n = 0
        for frame in video_frames(cases):
            writer.write(frame)
            n += 1
            if progress:
                progress(n, total)
    finally:
        writer.release()
    _private(tmp)
    digest = _sha256(tmp)
    os.replace(tmp, path)
    _write_private(_digest_path(path), digest + "\n")  # after the video: no digest, no reuse
    for old in out_dir.glob("demo-video-*"):  # an earlier version's video and its digest
        if old not in (path, _digest_path(path)) and not old.name.startswith(".part-"):
            old.unlink(missing_ok=True)
    return path


def _digest_path(video: Path) -> Path:
    return video.with_name(video.name + ".sha256")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def video_ok(path: Path, frames: int) -> bool:
    """A cached video whose bytes are the ones written (the SHA-256 kept next to it: a file
    cut off, emptied or overwritten anywhere, even where its header and last frame still
    read, is made again), that opens, has every frame, and whose first and last frames
    decode."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        if _digest_path(path).read_text(encoding="utf-8").strip() != _sha256(path):
            return False
    except OSError:  # no digest: an older demo's cache, or a crash before it was written
        return False
    import cv2

    capture = cv2.VideoCapture(str(path))
    try:
        if not capture.isOpened() or int(capture.get(cv2.CAP_PROP_FRAME_COUNT)) != frames:
            return False
        if not capture.read()[0]:
            return False
        capture.set(cv2.CAP_PROP_POS_FRAMES, frames - 1)
        return bool(capture.read()[0])
    finally:
        capture.release()


def video_frames(cases: Sequence[DemoCase]) -> Iterator[Any]:
    """BGR frames of the demo video, deterministic for the same cases."""
    import cv2
    import numpy as np

    from kiosk.scan.tickets import render_ticket

    w, h = VIDEO_SIZE
    rng = np.random.default_rng(DEMO_SEED)
    background = _background(w, h, rng)
    for index, case in enumerate(cases):
        ticket = np.array(render_ticket(case.registration, case.event, size=(300, 375)))
        ticket = cv2.cvtColor(ticket, cv2.COLOR_GRAY2BGR)
        ticket = (ticket.astype(np.float32) * np.array([0.93, 0.97, 1.0])).astype(np.uint8)
        th, tw = ticket.shape[:2]
        corners = np.array([[0, 0], [tw, 0], [tw, th], [0, th]], np.float32)
        side = 1 if index % 2 == 0 else -1
        caption = f"Demo camera - ticket {index + 1}: {case.label}"
        for phase, count in (("enter", _ENTER), ("hold", _HOLD), ("leave", _LEAVE), ("gap", _GAP)):
            for i in range(count):
                frame = background.copy()
                if phase != "gap":
                    t = (i + 1) / count
                    if phase == "enter":
                        ease = 1 - (1 - t) ** 3
                        dx, dy, angle, scale = side * (1 - ease) * w * 0.8, (1 - ease) * 40, \
                            side * (1 - ease) * 18, 0.9 + 0.1 * ease
                    elif phase == "hold":
                        wobble = np.sin(i / 3.0)
                        dx, dy, angle, scale = wobble * 2.0, wobble * 1.5, 1.5 * wobble, 1.0
                    else:
                        ease = t ** 2
                        dx, dy, angle, scale = -side * ease * w * 0.9, ease * 60, \
                            -side * ease * 20, 1.0
                    _paste(frame, ticket, corners, w / 2 + dx, h / 2 + 10 + dy, angle, scale,
                           tilt=0.04 * side)
                    if phase != "hold":  # a hand moving: motion blur
                        frame = cv2.blur(frame, (9, 3))
                cv2.putText(frame, caption, (12, 24), cv2.FONT_HERSHEY_SIMPLEX, 0.6,
                            (255, 255, 255), 2, cv2.LINE_AA)
                yield frame


def _background(w: int, h: int, rng: Any) -> Any:
    """A dim room: a vertical gradient, a desk edge, a few soft blobs, a little grain."""
    import cv2
    import numpy as np

    y = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    base: Any = np.empty((h, w, 3), np.float32)
    base[..., 0] = 70 + 40 * y
    base[..., 1] = 80 + 35 * y
    base[..., 2] = 95 + 30 * y
    base[int(h * 0.78):, :] *= 0.65  # the desk
    for _ in range(6):
        cx, cy = rng.integers(0, w), rng.integers(0, int(h * 0.7))
        cv2.circle(base, (int(cx), int(cy)), int(rng.integers(20, 70)),
                   tuple(float(v) for v in rng.integers(60, 160, 3)), -1)
    base = cv2.GaussianBlur(base, (0, 0), 9)
    base += rng.normal(0, 3, base.shape).astype(np.float32)
    return np.clip(base, 0, 255).astype(np.uint8)


def _paste(frame: Any, ticket: Any, corners: Any, cx: float, cy: float, angle: float,
           scale: float, tilt: float) -> None:
    """The ticket onto ``frame``, centred at (cx, cy), rotated, scaled and a little tilted."""
    import cv2
    import numpy as np

    th, tw = ticket.shape[:2]
    rad = np.deg2rad(angle)
    rot = np.array([[np.cos(rad), -np.sin(rad)], [np.sin(rad), np.cos(rad)]], np.float32)
    half = np.array([tw / 2, th / 2], np.float32)
    dst = []
    for k, (x, y) in enumerate(corners):
        p = (np.array([x, y], np.float32) - half) * scale
        p[1] *= 1 + (tilt if k in (1, 2) else -tilt)  # one side nearer the camera
        dst.append(rot @ p + np.array([cx, cy], np.float32))
    matrix = cv2.getPerspectiveTransform(corners, np.array(dst, np.float32))
    fh, fw = frame.shape[:2]
    # drawn straight onto the frame; pixels the ticket does not cover are left as they are
    cv2.warpPerspective(ticket, matrix, (fw, fh), dst=frame, flags=cv2.INTER_LINEAR,
                        borderMode=cv2.BORDER_TRANSPARENT)


# --------------------------------------------------------------------------- camera


def webcam_available(index: int = 0) -> bool:
    """True if camera ``index`` opens (quietly: no camera is the normal case in a demo)."""
    from kiosk.scan.frames import FrameSource, FrameSourceError

    source = FrameSource(str(index), max_retries=0)
    try:
        source.open()
    except FrameSourceError:
        return False
    except Exception as exc:  # a broken driver must not stop the demo
        log.debug("probing camera %s failed: %s", index, exc)
        return False
    finally:
        source.close()
    return True


# --------------------------------------------------------------------------- scanning tickets


def decode_ticket_images(paths: Sequence[Path]) -> list[str | None]:
    """The QR payload of each ticket image, read by the kiosk's own decoder (None if unread)."""
    from kiosk.scan.decoders import make_decoder
    from kiosk.scan.frames import read_image

    decoder = make_decoder("zxing", ("qr",))
    found: list[str | None] = []
    for path in paths:
        image = read_image(path)
        results = decoder.decode(image) if image is not None else []
        found.append(results[0].text if results else None)
    return found


# --------------------------------------------------------------------------- the whole demo


@dataclass
class DemoSession:
    """A running demo: its simulator, synced data folder, tickets and (maybe) video."""

    simulator: Simulator
    data_dir: Path
    fresh: bool
    settings: Settings
    api_key: str = field(repr=False)
    cases: list[DemoCase]
    tickets: TicketFiles
    sync_summary: str
    video: Path | None = None

    @property
    def demo_dir(self) -> Path:
        return self.data_dir / DEMO_SUBDIR

    def make_video(self, progress: Callable[[int, int], None] | None = None) -> Path:
        if self.video is None:
            self.video = demo_video(self.cases, self.demo_dir, progress=progress)
        return self.video

    def open_door(self) -> Any:
        from kiosk.door import Door

        return Door.open(self.data_dir, self.settings, self.api_key)


@contextmanager
def demo_session(data_dir: Path | None = None, *, port: int = 0, reset: bool = False,
                 settings_changes: dict[str, Any] | None = None) -> Iterator[DemoSession]:
    """Start the simulator, sync the data folder, write the tickets; stop the simulator after.

    Raises :class:`DemoDirError` for a folder that is not the demo's, ``OSError`` when the
    port is taken, and :class:`kiosk.api.ApiError` if the sync fails.
    """
    from kiosk.door import Door

    directory, fresh = prepare_data_dir(data_dir, reset=reset)
    reset_database(directory)
    saved = load(directory) if settings_path(directory).is_file() else None
    with running_demo_simulator(port) as sim:
        settings = demo_settings(sim, saved, **(settings_changes or {}))
        save_settings(settings, directory)
        door = Door.open(directory, settings, sim.api_key)
        try:
            result = door.pull()
            if not result.complete:
                raise RuntimeError("the demo sync did not complete")
            cases = pick_cases(door, sim)
        finally:
            door.close()
        summary = (f"Synced {result.total} registrations in {result.requests} requests, "
                   f"{result.seconds:.1f}s")
        tickets = write_ticket_sheet(cases, directory / DEMO_SUBDIR)
        yield DemoSession(sim, directory, fresh, settings, sim.api_key, cases, tickets, summary)
