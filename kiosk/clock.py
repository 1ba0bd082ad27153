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


CLOCK_WARN_S = 60.0
"""Staff are warned when this computer's clock is further than this from the WebKasa
server's or the other doors' (issue 19): check-ins are stamped with it, and a door two
minutes fast orders its changes after later ones."""
SERVER_SKEW_META = "server_clock_skew_s"
"""meta: the server's clock minus this computer's, from the last good API answer."""
DOORS_SKEW_META = "doors_clock_skew_s"
"""meta: the linked doors' clocks minus this computer's, as the running door last saw it."""


def skew_warning(skew_s: float | None, whose: str) -> str | None:
    """A line for staff when ``skew_s`` (``whose`` clock minus this computer's) is over
    :data:`CLOCK_WARN_S` either way, else None."""
    if skew_s is None or abs(skew_s) <= CLOCK_WARN_S:
        return None
    how = "behind" if skew_s > 0 else "ahead of"
    return (f"this computer's clock is {abs(skew_s):.0f} s {how} {whose}: set it right "
            "(check-ins are stamped with it)")
