"""Exporting an event's registrations (``kiosk export``, *Attendance -> Export CSV*) and
its scan log (``kiosk export --scans``, *Scan log -> Export CSV*).

Every registration with its effective status and check-in time, as CSV (safe to open in a
spreadsheet and to ``cat``) or JSON lines. Kept out of :class:`kiosk.door.Door`, which only
lends its reads: an export is a read of the cache written to a file, nothing the door decides.
"""

from __future__ import annotations

import csv
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from kiosk.models import Attendee
from kiosk.rules import DoorError
from kiosk.scans import Scan
from kiosk.text import json_line, terminal_safe

if TYPE_CHECKING:
    from kiosk.door import Door

EXPORT_FIELDS = (
    "id", "event_id", "attendee_name", "attendee_email", "attendee_phone", "status",
    "guest_count", "notes", "created_at", "effective_status", "party_size", "checked_in_at",
    "checked_in_device", "awaiting_upload", "conflict",
)


SCAN_FIELDS = ("at", "door", "door_id", "code", "verdict", "reason", "registration_id",
               "people")


def export(attendees: Iterable[Attendee], fh: IO[str], fmt: str = "csv") -> int:
    """Every registration with its effective status; returns the number of rows."""
    return write_rows((export_row(a) for a in attendees), EXPORT_FIELDS, fh, fmt)


def export_scans(scans: Iterable[Scan], fh: IO[str], fmt: str = "csv") -> int:
    """The scan log (``kiosk export --scans``), oldest first; returns the number of rows.
    Codes are whatever was scanned: the CSV defuses formula cells like every export."""
    return write_rows((s.as_dict() for s in scans), SCAN_FIELDS, fh, fmt)


def write_rows(rows: Iterable[dict[str, Any]], fields: tuple[str, ...], fh: IO[str],
               fmt: str) -> int:
    count = 0
    if fmt == "jsonl":
        for row in rows:
            fh.write(json_line(row) + "\n")
            count += 1
    elif fmt == "csv":
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _csv_safe(v) for k, v in row.items()})
            count += 1
    else:
        raise DoorError(f"Unknown export format {fmt!r}")
    return count


class ExportRefused(DoorError):
    """The export cannot go where it was asked; ``str(exc)`` says why, for staff."""


def export_to(door: Door, path: Path, fmt: str = "csv", *, scans: bool = False) -> int:
    """Export the door's event to a file readable by this user only, written whole or not at
    all, and remembered so that ``kiosk wipe`` removes it after the event.

    The rows go to a new file in the same folder, renamed over ``path`` when complete. Only
    a regular file is ever replaced: run as root, ``--output /dev/full`` used to put a file
    where the device was (a device, folder or FIFO is refused, and left as it was). A link
    is followed, so the file it points to is replaced and the link stays.
    """
    from kiosk.wipe import record_export

    target = check_target(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            count = (export_scans(door.scan_log.entries(newest_first=False), fh, fmt) if scans
                     else export(door.attendees(), fh, fmt))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    record_export(door.store.data_dir, target, door.event_id)
    return count


def check_target(path: Path | str) -> Path:
    """Where an export to ``path`` is written (a link followed); raises
    :class:`ExportRefused` when that is not a file name in an existing folder, or exists as
    something else than a regular file."""
    if not str(path).strip():
        raise ExportRefused("No file name given for the export")
    target = Path(path).expanduser().resolve()
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    except NotADirectoryError:
        raise ExportRefused(f"Cannot write {path}: a part of it is not a folder") from None
    if mode is not None and not stat.S_ISREG(mode):
        what = ("a folder" if stat.S_ISDIR(mode) else "a named pipe" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
        raise ExportRefused(f"Cannot write {path}: it is {what}; an export replaces only a "
                            "regular file (without --output it goes to standard output)")
    if not target.parent.is_dir():
        raise ExportRefused(f"Cannot write {path}: there is no folder {target.parent}")
    return target


REFUSED = "REFUSED"
"""The status column of a walk-in the server refused and staff dismissed: it is on no
server list, and was once exported as CONFIRMED."""


def export_row(attendee: Attendee) -> dict[str, Any]:
    reg = attendee.registration
    row = {
        "id": reg.id, "event_id": reg.event_id, "attendee_name": reg.attendee_name,
        "attendee_email": reg.attendee_email, "attendee_phone": reg.attendee_phone,
        "status": reg.status, "guest_count": reg.guest_count, "notes": reg.notes,
        "created_at": reg.created_at, "effective_status": attendee.effective_status,
        "party_size": reg.party_size, "checked_in_at": attendee.checked_in_at,
        "checked_in_device": attendee.checked_in_device,
        "awaiting_upload": attendee.awaiting_upload, "conflict": attendee.conflict,
    }
    if attendee.local_only and attendee.vanished:
        row.update(status=REFUSED, effective_status=REFUSED, checked_in_at=None,
                   checked_in_device=None)
    return row


def _csv_safe(value: Any) -> Any:
    """Spreadsheets run cells that start with = + - @ as formulas: defuse them. A CSV is also
    read with ``cat``: escape sequences and other controls in a cell are neutralised."""
    if isinstance(value, str):
        value = terminal_safe(value, keep="\n\t")
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
