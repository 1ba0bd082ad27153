"""One door, several events of one account (issue 20, part 2): which event a ticket is judged
against, what a ticket of an event the door does not serve says, and the counts per event.

A venue runs a conference and its workshops, or two shows in one hall, as separate WebKasa
events; one door may admit to several (``Settings.served_events``). Every registration row
knows its event, so a ticket is judged against its own event, with that event's capacity and
times. The first event stays the doors' network's and the journal's (kiosk.peers): the doors
of a venue share it. Reads go through :mod:`kiosk.registrations`; nothing here writes.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict
from typing import Any

from kiosk import registrations
from kiosk.models import Attendee, Event, EventCounts, Verdict, VerdictKind
from kiosk.peers import journal
from kiosk.rules import with_
from kiosk.store import Store

ACCOUNT_EVENTS_META = "account_events"
"""meta: the account's events as last listed, ``{"at": unix time, "events": [...]}``: titles,
dates and places, no personal data. In meta, not the events table, whose rows are the
events this copy holds data of (``kiosk wipe`` removes the file when none is left)."""

OTHER_EVENT = "Ticket for another event"
"""A ticket of an event the door does not serve, when that event's name is not known here."""
FOR_EVENT = "This ticket is for {title}"
"""... and when it is (the events of the account are listed with each sync)."""


def judged_against(attendee: Attendee | None, served: Sequence[str]) -> str:
    """The event a ticket is judged against: its own when the door serves it; else the
    door's first, which makes it a "wrong event" verdict."""
    if attendee is not None and attendee.registration.event_id in served:
        return attendee.registration.event_id
    return served[0]


def keep_account_events(store: Store, events: list[Event], now: float) -> None:
    store.set_meta(ACCOUNT_EVENTS_META, json.dumps(
        {"at": now, "events": [asdict(e) for e in events]}, ensure_ascii=False))


def _account(store: Store) -> dict[str, Any]:
    try:
        kept = json.loads(store.get_meta(ACCOUNT_EVENTS_META) or "{}")
    except ValueError:
        return {}
    return kept if isinstance(kept, dict) else {}


def account_events_fresh(store: Store, now: float, every_s: float) -> bool:
    at = _account(store).get("at")
    return isinstance(at, (int, float)) and 0 <= now - at < every_s


def account_events(store: Store) -> list[Event]:
    """The account's events as last listed (none before a sync listed them)."""
    found = []
    for raw in _account(store).get("events") or ():
        try:
            found.append(Event(**raw))
        except TypeError:  # written by another version
            continue
    return found


def known_events(store: Store) -> list[Event]:
    """The events this door knows: its own, then the account's others, by title."""
    own = registrations.known_events(store.db)
    seen = {e.id for e in own}
    return sorted(own + [e for e in account_events(store) if e.id not in seen],
                  key=lambda e: (e.title.casefold(), e.id))


def title_of(store: Store, db: sqlite3.Connection, event_id: str | None) -> str | None:
    """An event's title as last read from the server, or None when it is not known here."""
    if not event_id:
        return None
    event = registrations.event(db, event_id) or next(
        (e for e in account_events(store) if e.id == event_id), None)
    return event.title if event is not None and event.title else None


def other_event(store: Store, db: sqlite3.Connection, verdict: Verdict,
                event_id: str | None) -> Verdict:
    """A wrong-event verdict that says which event the ticket is for, when that is known."""
    title = title_of(store, db, event_id)
    if title is None:
        return with_(verdict, message=OTHER_EVENT)
    return with_(verdict, message=FOR_EVENT.format(title=title), event_title=title)


def name_the_event(store: Store, db: sqlite3.Connection, verdict: Verdict,
                   attendee: Attendee | None, served: Sequence[str]) -> Verdict:
    """The event a verdict is about, where it matters: a ticket of another event says
    which, and at a door of several events every verdict on a ticket names its event."""
    event_id = attendee.registration.event_id if attendee is not None else None
    if verdict.kind is VerdictKind.WRONG_EVENT:
        return other_event(store, db, verdict, event_id)
    if len(served) > 1 and event_id in served:
        return with_(verdict, event_title=title_of(store, db, event_id) or event_id)
    return verdict


def attendees(db: sqlite3.Connection, served: Sequence[str],
              status: str | None = None) -> Iterator[Attendee]:
    """Every served event's attendees, in name order across the events."""
    if len(served) == 1:
        return registrations.attendees(db, served[0], status=status)
    return heapq.merge(*(registrations.attendees(db, e, status=status) for e in served),
                       key=_by_name)


def search(db: sqlite3.Connection, served: Sequence[str], query: str,
           limit: int) -> list[Attendee]:
    found = [a for e in served for a in registrations.search(db, e, query, limit)]
    return sorted(found, key=_by_name)[:limit] if len(served) > 1 else found


def _by_name(attendee: Attendee) -> tuple[str, str]:
    return attendee.registration.attendee_name.casefold(), attendee.id


def counts(db: sqlite3.Connection, served: Sequence[str]) -> tuple[EventCounts, ...]:
    """Counts, people in and places of each served event, the first first."""
    found = []
    for event_id in served:
        by_status, checked_in, held = registrations.counts(db, event_id)
        # people actually in: a party that came in parts counts who came (issue 20)
        people_in, inside = journal.people_in_and_inside(db, event_id, checked_in)
        event = registrations.event(db, event_id)
        slots = event.slots if event is not None else None
        found.append(EventCounts(
            event_id=event_id, title=event.title if event is not None else None,
            counts=by_status, people_in=people_in, places_taken=held, slots=slots,
            places_left=slots - held if slots is not None else None, inside=inside))
    return tuple(found)


def total(each: Sequence[EventCounts]) -> EventCounts:
    """The served events added up; slots and places left only when every event has slots."""
    by_status: dict[str, int] = {}
    for one in each:
        for status, n in one.counts.items():
            by_status[status] = by_status.get(status, 0) + n
    slots_known = bool(each) and all(one.slots is not None for one in each)
    slots = sum(one.slots or 0 for one in each) if slots_known else None
    held = sum(one.places_taken for one in each)
    return EventCounts(event_id="", title=None, counts=by_status,
                       people_in=sum(one.people_in for one in each), places_taken=held,
                       slots=slots, places_left=slots - held if slots is not None else None,
                       inside=sum(one.inside for one in each))


# -- after a pull of every served event -----------------------------------------------------

PULLED_META = "complete_pull:"
"""meta ``complete_pull:<event id>``: when that event's last complete pull ended (UTC, ISO).
A door of several events has its whole cache only once each has one; ``last_sync_at`` is
set by any event's complete pull."""
WARNING_EVENT_META = "sync_warning_event"
"""meta: the event the stored sync warning is about, at a door of several events."""


def note_pull(store: Store, served: Sequence[str], event_id: str, result: Any,
              at: str) -> None:
    """A door of several events pulled ``event_id`` (``result``: its SyncResult): note when
    the pull was complete. A door of one event has ``last_sync_at`` for this."""
    if len(served) > 1 and result.complete:
        store.set_meta(PULLED_META + event_id, at)


def note_warning(store: Store, pulled: Sequence[tuple[str, Any]]) -> None:
    """A door of several events pulled each (``(event id, SyncResult)``, the first event
    last): keep the warning staff are shown, with the event it is about. Each event's pull
    stores its own warning over the one before, so the first event's (pulled last) would
    hide a workshop's; this keeps the first event's if it has one, else the first found (as
    :func:`kiosk.sync.combined` does). A door of one event keeps what its pull stored."""
    from kiosk.sync import WARNING_KIND_META, WARNING_META, SyncWarning

    if len(pulled) < 2:
        return
    warned = [(event_id, r.warning) for event_id, r in (pulled[-1], *pulled[:-1]) if r.warning]
    event_id, warning = warned[0] if warned else (None, None)
    with store.write():
        store.set_meta(WARNING_META, warning)
        store.set_meta(WARNING_KIND_META, warning.stored() if isinstance(warning, SyncWarning)
                       else None)
        store.set_meta(WARNING_EVENT_META, event_id)


def all_pulled(store: Store, served: Sequence[str]) -> bool:
    """Whether every served event has had a complete pull. One event: ``last_sync_at`` is
    set, as it always was."""
    if len(served) < 2:
        return store.get_meta("last_sync_at") is not None
    return all(store.get_meta(PULLED_META + event_id) is not None for event_id in served)


def warning_event(store: Store, served: Sequence[str], each: Sequence[EventCounts]) -> str | None:
    """The title (else the id) of the event the sync warning is about; None at a door of one
    event, or when no served event is named."""
    event_id = store.get_meta(WARNING_EVENT_META) if len(served) > 1 else None
    if event_id is None or event_id not in served:
        return None
    titles = {one.event_id: one.title for one in each}
    return titles.get(event_id) or event_id
