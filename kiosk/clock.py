"""Times as the kiosk stores and shows them.

Stored: ISO 8601 UTC with milliseconds and a ``Z`` (:func:`utcnow`, :func:`normalise_time`).
Shown: local time as a person at the door reads it (:func:`local_time`). One home for both,
so the database, the command line, the screens and the badges never disagree on a format.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

TODAY = "%H:%M"
"""How a time of today is shown: ``18:02``."""
OTHER_DAY = "%Y-%m-%d %H:%M"
"""How a time of another day is shown on the command line: ``2026-11-24 18:02``."""


def utcnow() -> str:
    """Now, as stored: ``2026-11-24T18:02:03.456Z``."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_utc(value: Any) -> datetime | None:
    """ISO 8601 with or without fractional seconds or zone (API notes B.6); naive is UTC."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=timezone.utc)


def normalise_time(value: Any) -> str | None:
    """Any ISO 8601 time -> UTC ``...Z`` with milliseconds, as stored."""
    parsed = parse_utc(value)
    if parsed is None:
        return None
    return parsed.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def local_time(iso: str | None, now: datetime | None = None, *, other_day: str = OTHER_DAY,
               today: str = TODAY, missing: str = "never") -> str:
    """An ISO UTC stamp as a person at the door reads it: local ``18:02`` today, else in the
    ``other_day`` format. ``missing`` stands for no stamp; unparseable text is shown as it is.
    JSON output keeps ISO UTC."""
    if not iso:
        return missing
    when = parse_utc(iso)
    if when is None:
        return iso
    local = when.astimezone()
    now = (now or datetime.now(timezone.utc)).astimezone()
    return local.strftime(today if local.date() == now.date() else other_day)
