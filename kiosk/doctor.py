"""``kiosk doctor``: before the doors open, "will this door work today?" as one line a check.

Each check says ``ok``, ``warning`` (the door works, but look) or ``problem`` (fix it before
the doors open) and what to do. Checks only look: none pulls, uploads or changes a setting,
so the doctor can run beside a running door. No Qt here: the command passes in what needs
it (the system printers, each with whether it accepts jobs).
"""

from __future__ import annotations

import errno
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk import keys, secrets
from kiosk.api import ApiError, AuthError, Rejected, client_for
from kiosk.clock import CLOCK_WARN_S, parse_utc, skew_warning
from kiosk.door import Door
from kiosk.logs import mask
from kiosk.peers.journal import DoorInfo
from kiosk.peers.node import door_listening, resolve_secret
from kiosk.repair import storage_problem
from kiosk.settings import Settings
from kiosk.store import DB_NAME

OK, WARNING, PROBLEM = "ok", "warning", "problem"
SYNC_STALE_INTERVALS = 3
"""The last full pull is old (a warning) after this many sync intervals."""
DISK_WARN_MB, DISK_PROBLEM_MB = 500, 50
MDNS_LISTEN_S = 2.0
"""How long the mDNS check listens for the other doors' advertisements."""
CAMERA_BUDGET_S = 5.0
"""Longest the camera check waits for a first frame."""


@dataclass(frozen=True)
class Check:
    """One line of the doctor. ``detail`` and ``todo`` are English (the command prints
    them); ``kind`` names the situation and ``args`` its values, so that a screen can word
    the line in its own language (Settings → "Check this door", :mod:`kiosk.ui.door_check`);
    a line with no kind is shown in English there."""

    check: str
    state: str
    detail: str
    todo: str = ""
    kind: str = ""
    args: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if k in ("check", "state", "detail", "todo")}


def exit_code(checks: list[Check]) -> int:
    """0 all ok, 1 with warnings, 2 with problems."""
    states = {c.state for c in checks}
    return 2 if PROBLEM in states else 1 if WARNING in states else 0


def run_checks(data_dir: Path, settings: Settings, given_key: str | None, *,
               camera: bool | Check = True,
               printers: Callable[[], dict[str, bool]] | None = None,
               clock: Callable[[], float] = time.time) -> list[Check]:
    """Every check, in the order staff fix things: the key, the server, the data, then the
    devices. ``given_key`` is ``--api-key``/``KIOSK_API_KEY``; ``printers`` gives the system
    printers, each with whether it accepts jobs (called only when one is configured);
    ``camera``: False skips the check, a Check is the answer already known (the app's own
    camera, :func:`camera_in_use`)."""
    key, key_check = key_store(data_dir, settings, given_key)
    checks = [key_check]
    server_skew: float | None = None
    if not settings.event_id:
        checks.append(Check("event", PROBLEM, "no event chosen",
                            "pass --event evt_... or set KIOSK_EVENT ('kiosk events' lists them)",
                            kind="event_none"))
    else:
        server, server_skew = server_check(settings, key)
        checks.append(server)
    checks += door_checks(data_dir, settings, key, server_skew, clock)
    if isinstance(camera, Check):
        checks.append(camera)
    elif camera:
        checks.append(camera_check(settings))
    if settings.badge_on_admit or settings.badge_printer:
        checks.append(printer_check(settings, printers))
    checks.append(disk_check(data_dir))
    return checks


def door_checks(data_dir: Path, settings: Settings, key: str | None,
                server_skew: float | None, clock: Callable[[], float]) -> list[Check]:
    """What the door's data folder knows: the last full pull, the clocks, the other doors,
    and its peer port. A folder never synced is said, not created."""
    if not settings.event_id:
        return []
    if not (data_dir / DB_NAME).exists():
        return [Check("last full pull", PROBLEM, f"never synced: no data in {data_dir}",
                      "run 'kiosk sync' (with this --data-dir)",
                      kind="sync_never")]
    try:
        door = Door.open(data_dir, settings, None, clock=clock)
    except Exception as exc:
        problem = storage_problem(exc)
        if problem is None:
            raise
        todo = "" if "kiosk repair" in problem else "run 'kiosk repair'"
        return [Check("data folder", PROBLEM, problem, todo,
                      kind="data_folder", args=(("why", problem),))]
    try:
        report = door.status()
        known = door.journal.doors()
        return [
            sync_check(report.last_sync_at, settings.sync_interval_s, clock()),
            clock_check("clock (server)", report.server_clock_skew_s if server_skew is None
                        else server_skew, "the WebKasa server's"),
            clock_check("clock (doors)", report.clock_skew_s, "the other doors'"),
            doors_check(known, clock()),
            mdns_check(settings, door.journal.door_id, len(known)),
            peer_port_check(settings, door.journal.door_id, resolve_secret(settings, key)),
        ]
    finally:
        door.close()


def key_store(data_dir: Path, settings: Settings, given: str | None
              ) -> tuple[str | None, Check]:
    """The key (never shown but masked) and where it is kept."""
    name = "key store"
    given = (given or "").strip()
    if given:
        return given, Check(name, OK, f"key {mask(given)} given for this process "
                                      "(--api-key or KIOSK_API_KEY), stored nowhere",
                            kind="key_given", args=(("key", mask(given)),))
    stored = secrets.get_api_key(settings.api_url)
    if stored:
        return stored, Check(name, OK, f"key {mask(stored)} in the system keyring",
                             kind="key_keyring", args=(("key", mask(stored)),))
    try:
        in_file = secrets.file_has_key(data_dir, settings.api_url)
    except secrets.KeyFileDamaged as exc:
        return None, Check(name, PROBLEM, str(exc), "run 'kiosk login' again",
                           kind="key_file_damaged", args=(("why", str(exc)),))
    if not in_file:
        return None, Check(name, PROBLEM, "no API key for " + settings.api_url,
                           "run 'kiosk login' or set KIOSK_API_KEY", kind="key_none",
                           args=(("url", settings.api_url),))
    where = secrets.key_file(data_dir)
    if not os.environ.get(secrets.PASSPHRASE_ENV):
        return None, Check(name, OK, f"key in the passphrase-protected file {where}; staff "
                                     "type the passphrase when the door starts",
                           kind="key_passphrase_file", args=(("where", str(where)),))
    try:
        key = keys.unlock(data_dir, settings.api_url)
    except (secrets.WrongPassphrase, secrets.KeyFileDamaged) as exc:
        return None, Check(name, PROBLEM, f"key file {where}: {exc}",
                           f"set {secrets.PASSPHRASE_ENV} to the staff passphrase",
                           kind="key_file_locked", args=(("where", str(where)), ("why", str(exc))))
    return key, Check(name, OK, f"key {mask(key or '')} in the file {where}, "
                                f"opened with {secrets.PASSPHRASE_ENV}",
                      kind="key_file_open", args=(("key", mask(key or "")), ("where", str(where))))


def server_check(settings: Settings, key: str | None) -> tuple[Check, float | None]:
    """One GET of each event the door serves (issue 20: several at one door): the key
    accepted, every event there; and the server's clock. The first event refused or not
    found is the line."""
    name = "server and event"
    if not key:
        return Check(name, WARNING, "not checked: no key at hand",
                     f"set {secrets.PASSPHRASE_ENV} or KIOSK_API_KEY to check the key",
                     kind="server_no_key"), None
    found = []
    with client_for(settings, key, read_attempts=1) as client:
        for event_id in settings.served_events:
            try:
                found.append(client.get_event(event_id))
            except AuthError as exc:
                return Check(name, PROBLEM, f"the server refused the key: {exc}",
                             "check the key and its scopes; 'kiosk login' stores a new one",
                             kind="server_refused_key", args=(("why", str(exc)),)), None
            except Rejected as exc:
                if exc.status_code == 404:
                    return Check(name, PROBLEM, f"event {event_id} not found",
                                 "choose the event with --event or KIOSK_EVENT "
                                 "('kiosk events' lists them)", kind="server_no_event",
                                 args=(("event", event_id),)), None
                return Check(name, PROBLEM, f"the server refused: {exc}", "",
                             kind="server_refused", args=(("why", str(exc)),)), None
            except ApiError as exc:
                why = str(exc)
                why = why[0].lower() + why[1:] if why.lower().startswith("cannot reach") else (
                    f"cannot reach the server ({why})")
                return Check(name, WARNING, why,
                             "check the network; check-ins work offline and upload later",
                             kind="server_unreachable", args=(("why", str(exc)),)), None
        skew = client.server_clock_skew_s
    if len(found) == 1:
        event = found[0]
        return (Check(name, OK, f"key accepted; event {event.title!r} ({event.id}) found",
                      kind="server_ok", args=(("title", event.title), ("event", event.id))),
                skew)
    listed = ", ".join(f"{e.title!r} ({e.id})" for e in found)
    return (Check(name, OK, f"key accepted; events {listed} found", kind="server_ok_events",
                  args=(("titles", ", ".join(e.title for e in found)),)), skew)


def sync_check(last_sync_at: str | None, interval_s: int, now: float) -> Check:
    name = "last full pull"
    when = parse_utc(last_sync_at)
    if when is None:
        return Check(name, PROBLEM, "never fully synced: the door may not know every registration",
                     "run 'kiosk sync'", kind="sync_never")
    age = now - when.timestamp()
    ago = ("just now" if age < 60 else f"{age / 60:.0f} min ago" if age < 7200
           else f"{age / 3600:.0f} h ago")
    minutes = (("minutes", str(round(age / 60))),)
    if age > SYNC_STALE_INTERVALS * interval_s:
        return Check(name, WARNING, f"last full pull {ago}",
                     "run 'kiosk sync' (a running door pulls every "
                     f"{interval_s} s while online)", kind="sync_stale", args=minutes)
    return Check(name, OK, f"last full pull {ago}", kind="sync_ok", args=minutes)


def clock_check(name: str, skew_s: float | None, whose: str) -> Check:
    if skew_s is None:
        return Check(name, OK, f"not measured against {whose} clock yet", kind="clock_unmeasured")
    warning = skew_warning(skew_s, whose)
    if warning:
        return Check(name, WARNING, warning, "set this computer's clock (turn on network time)",
                     kind="clock_off", args=(("seconds", f"{skew_s:+.0f}"),))
    return Check(name, OK, f"within {CLOCK_WARN_S:.0f} s of {whose} ({skew_s:+.0f} s)",
                 kind="clock_ok", args=(("seconds", f"{skew_s:+.0f}"),))


def doors_check(found: list[DoorInfo], now: float) -> Check:
    """The other doors this one has heard of (journal and peers tables)."""
    if not found:
        return Check("other doors", OK, "none seen (fine for a single door)", kind="doors_none")
    contacts = [d.last_contact for d in found if d.last_contact is not None]
    latest = f", last contact {now - max(contacts):.0f} s ago" if contacts else ""
    behind = sum(d.lag for d in found)
    detail = f"{len(found)} seen{latest}" + (f"; {behind} entries behind" if behind else "")
    return Check("other doors", OK, detail,
                 kind="doors_seen", args=(("n", str(len(found))), ("behind", str(behind))))


def peer_port_check(settings: Settings, door_id: str | None, secret: bytes | None) -> Check:
    """Whether the door can listen for the other doors: the port binds now, or this data
    folder's door (``door_id``) already listens there, running."""
    name = "peer port"
    port, host = settings.peer_port, settings.peer_bind
    discovery = "mDNS discovery on" if settings.peer_discovery else "mDNS discovery off"
    listed = f", {len(settings.peers)} doors listed" if settings.peers else ""
    if port == 0:
        return Check(name, OK, f"any free port (peer_port 0); {discovery}{listed}", kind="port_any")
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                return Check(name, PROBLEM, f"cannot listen on {host}:{port} ({exc.strerror})",
                             "check peer_bind and peer_port in the settings",
                             kind="port_unusable",
                             args=(("port", str(port)), ("why", str(exc.strerror))))
        else:
            return Check(name, OK, f"port {port} free for the other doors; {discovery}{listed}",
                         kind="port_free", args=(("port", str(port)),))
    ask = "127.0.0.1" if host == "0.0.0.0" else host
    held_by = door_listening(f"{ask}:{port}", secret, door_id or "") if secret else None
    if held_by is not None and held_by == door_id:
        return Check(name, OK, f"port {port}: this door is running and listening; "
                               f"{discovery}{listed}",
                     kind="port_this_door", args=(("port", str(port)),))
    who = "another door of this event" if held_by else "another program"
    return Check(name, WARNING, f"port {port} is in use by {who}",
                 "stop it, or choose another peer_port (the same on every door)",
                 kind="port_in_use_door" if held_by else "port_in_use",
                 args=(("port", str(port)),))


def mdns_check(settings: Settings, door_id: str, doors_known: int) -> Check:
    """The other doors of the event heard on mDNS within :data:`MDNS_LISTEN_S`. None heard
    is fine for a single door, a warning when doors are known but only by other means."""
    from kiosk.peers.discovery import doors_heard

    name = "mDNS"
    if not settings.peer_discovery:
        return Check(name, OK, "discovery off: the doors link through the peers setting",
                     kind="mdns_off")
    todo = "list the other doors in the peers setting (host:port)"
    try:
        heard = doors_heard(settings.event_id or "", door_id, MDNS_LISTEN_S)
    except Exception as exc:  # no multicast, no interfaces, port 5353 refused...
        return Check(name, WARNING, f"mDNS unavailable here ({exc})", todo,
                     kind="mdns_unavailable", args=(("why", str(exc)),))
    if heard:
        return Check(name, OK, f"{heard} other door{'s' if heard != 1 else ''} of this event "
                               "heard on the network", kind="mdns_heard", args=(("n", str(heard)),))
    if doors_known and not settings.peers:
        return Check(name, WARNING, "no other door of this event heard on the network "
                                    "(multicast blocked?)", todo, kind="mdns_blocked")
    return Check(name, OK, "no other door of this event heard (fine for a single door)",
                 kind="mdns_none")


def camera_check(settings: Settings) -> Check:
    """The configured source opens and gives a frame (a camera, video file or image folder)."""
    from kiosk.scan.frames import FrameSource, FrameSourceError

    name = "camera"
    choose = ("choose one with 'kiosk scan --list-cameras' and the camera_source setting, "
              "or pass --no-camera for a door without one")
    source = FrameSource(settings.camera_source, width=settings.camera_width,
                         height=settings.camera_height, max_retries=0)
    give_up = threading.Timer(CAMERA_BUDGET_S, source.interrupt)  # a camera that never answers
    give_up.start()
    try:
        source.open()
        frame = source.read()
        what = source.describe()
    except FrameSourceError as exc:
        return Check(name, PROBLEM, f"{settings.camera_source!r} does not open: {exc}", choose,
                     kind="camera_fails",
                     args=(("source", settings.camera_source), ("why", str(exc))))
    finally:
        give_up.cancel()
        source.close()
    if frame is None:
        return Check(name, PROBLEM, f"{what} opened but gave no picture", choose,
                     kind="camera_dark", args=(("what", what),))
    height, width = frame.image.shape[:2]
    return Check(name, OK, f"{what} gives pictures ({width}x{height})", kind="camera_ok",
                 args=(("what", what), ("size", f"{width}x{height}")))


def camera_in_use(giving_pictures: bool) -> Check:
    """The camera check of a door whose screen holds the camera: it is not opened a second
    time (a camera opened twice fails, or steals the door's picture); the screen's own
    camera says whether pictures come."""
    if giving_pictures:
        return Check("camera", OK, "in use by this door and giving pictures",
                     kind="camera_in_use")
    return Check("camera", WARNING, "in use by this door, but no picture yet",
                 "look at the door screen's camera message; choose another camera_source "
                 "in Settings if it stays dark", kind="camera_in_use_dark")


def printer_check(settings: Settings, printers: Callable[[], dict[str, bool]] | None) -> Check:
    name = "badge printer"
    target = settings.badge_printer
    if not target:
        return Check(name, PROBLEM, "badge_on_admit is on but no badge_printer is set",
                     "set badge_printer (a printer's name or pdf:FOLDER)", kind="printer_none")
    if target.startswith("pdf:"):
        path = Path(target[4:]).expanduser()
        folder = path if path.suffix.lower() != ".pdf" else path.parent
        place = next((p for p in (folder, *folder.parents) if p.exists()), folder)
        if place.is_dir() and os.access(place, os.W_OK | os.X_OK):
            return Check(name, OK, f"PDF badges go to {folder} (writable)",
                         kind="printer_pdf_ok", args=(("folder", str(folder)),))
        return Check(name, PROBLEM, f"cannot write PDF badges in {folder}",
                     "choose a writable folder for badge_printer pdf:FOLDER",
                     kind="printer_pdf_unwritable", args=(("folder", str(folder)),))
    known = printers() if printers is not None else {}
    if target in known and known[target]:
        return Check(name, OK, f"printer {target!r} known to the system and accepting jobs",
                     kind="printer_ok", args=(("printer", target),))
    if target in known:
        return Check(name, PROBLEM, f"printer {target!r} stopped or in error",
                     "look at the printer (paper, labels, lid) and resume it in the "
                     "system's printer settings",
                     kind="printer_stopped", args=(("printer", target),))
    listed = ", ".join(repr(p) for p in known) or "none"
    return Check(name, PROBLEM, f"printer {target!r} not known to the system (known: {listed})",
                 "connect and add the printer, or set badge_printer to one of them",
                 kind="printer_unknown", args=(("printer", target), ("known", listed)))


def disk_check(data_dir: Path) -> Check:
    name = "disk space"
    place = next((p for p in (data_dir, *data_dir.parents) if p.exists()), Path("."))
    free_mb = shutil.disk_usage(place).free / 1_048_576
    detail = f"{free_mb:,.0f} MB free in {place}"
    args = (("mb", f"{free_mb:,.0f}"), ("place", str(place)))
    if free_mb < DISK_PROBLEM_MB:
        return Check(name, PROBLEM, detail, "free space: the door stops recording check-ins "
                                            "when the disk is full", kind="disk_full", args=args)
    if free_mb < DISK_WARN_MB:
        return Check(name, WARNING, detail, "free some space before the doors open",
                     kind="disk_low", args=args)
    return Check(name, OK, detail, kind="disk_ok", args=args)
