"""When an event starts and ends, and whether its doors are open yet (issue 20, part 6).

WebKasa gives an event a ``start_date`` (YYYY-MM-DD), a ``start_time`` and an ``end_time``
(HH:MM) and an IANA ``timezone``; these are wall-clock times in that zone, not in the
door's. One home for reading them (the setup wizard offers the next event with the same
functions). Pure: the caller passes "now", already corrected by the server's clock when the
door's own is known to be off (:meth:`kiosk.door.Door.now`).

An end earlier than the start is the next day (a night that runs past midnight). An event
with no start time opens at the start of its day; with no end time it lasts until its day ends.
An unknown zone is read as the door's own zone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.models import Event, Verdict, VerdictKind

DOORS_OPEN_AT = "Doors open at {when}"
"""A verdict's reason before the doors open (kept in the scan log; shown translated)."""


def zone_of(event: Event) -> tzinfo | None:
    """The event's time zone, or None when it has none or one this computer does not know."""
    if not event.timezone:
        return None
    try:
        return ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def wall_clock(event: Event, clock: str | None, now: datetime) -> datetime | None:
    """``clock`` (``"18:30"``) on the event's day in its zone (the door's own zone, read from
    ``now``, when it has none); None without a readable date or time."""
    if not event.start_date:
        return None
    try:
        day = date.fromisoformat(event.start_date[:10])
        hours, minutes = (int(x) for x in (clock or "00:00").split(":")[:2])
        moment = time(hours % 24, minutes % 60)  # "24:00" is midnight
    except ValueError:
        return None
    zone = zone_of(event) or now.astimezone().tzinfo
    return datetime.combine(day, moment, zone)


@dataclass(frozen=True, slots=True)
class EventTimes:
    """An event's start and end as instants (aware datetimes in the event's zone)."""

    start: datetime
    end: datetime


def times_of(event: Event | None, now: datetime) -> EventTimes | None:
    """The event's start and end, or None when the event gives no date."""
    if event is None:
        return None
    start = wall_clock(event, event.start_time, now)
    if start is None:
        return None
    if not event.start_time:
        start = start.replace(hour=0, minute=0)
    end = wall_clock(event, event.end_time, now) if event.end_time else None
    if end is None:
        end = start.replace(hour=0, minute=0) + timedelta(days=1)
    elif end <= start:
        end += timedelta(days=1)  # past midnight
    return EventTimes(start, end)


def doors_open_at(event: Event | None, now: datetime, doors_open_min: float) -> datetime | None:
    """When the doors open (``doors_open_min`` before the start) if that is still to come at
    ``now``; None once they are open or when the event gives no time."""
    times = times_of(event, now)
    if times is None or not event or not event.start_time:
        return None
    opens = times.start - timedelta(minutes=doors_open_min)
    return opens if now < opens else None


def ended_at(event: Event | None, now: datetime) -> datetime | None:
    """When the event ended, if it has by ``now``; else None."""
    times = times_of(event, now)
    if times is None or not event or not event.end_time:
        return None
    return times.end if now >= times.end else None


def shown(when: datetime, now: datetime) -> str:
    """``when`` as a person at the door reads it: the event's wall clock (``18:30``), its date
    in front when that is not today there, and the zone's name after it when the event's zone
    is not the door's (``18:30 Europe/London``): a door in Berlin selling a London event must
    not say 18:30 for 19:30 its own time without saying so."""
    local_now = now.astimezone(when.tzinfo)
    text = when.strftime("%H:%M" if when.date() == local_now.date() else "%Y-%m-%d %H:%M")
    door_offset = when.astimezone().utcoffset()
    if when.utcoffset() != door_offset:
        name = getattr(when.tzinfo, "key", None) or when.tzname() or ""
        text = f"{text} {name}".strip()
    return text


def judge_times(verdict: Verdict, event: Event | None, now: datetime, doors_open_min: float,
                anyway: bool) -> Verdict:
    """An admission before the doors open is NOT_OPEN ("Doors open at 18:30") unless staff
    admit anyway; one after the event's end is still an admission, with a warning."""
    if verdict.kind is not VerdictKind.ADMIT:
        return verdict
    opens = doors_open_at(event, now, doors_open_min)
    if opens is not None and not anyway:
        when = shown(opens, now)
        return replace(verdict, kind=VerdictKind.NOT_OPEN, message=DOORS_OPEN_AT.format(when=when),
                       doors_open=when)
    ended = ended_at(event, now)
    return replace(verdict, event_ended=shown(ended, now)) if ended is not None else verdict
