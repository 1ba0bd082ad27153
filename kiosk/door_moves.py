"""What the door does with a verdict of the rules (issue 20): the event's times, and who of
the party comes or goes.

Split out of :class:`kiosk.door.Door`, which calls these inside a check-in's write
transaction (so the occupancy limit holds across processes), and for :meth:`Door.preview`
outside one: the same answer, recording nothing. Reads only; the door records the move.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime

from kiosk import door_events, event_times, registrations, rules
from kiosk.models import Attendee, Verdict, VerdictKind
from kiosk.peers import journal as journal_presence  # who is inside (issue 20)
from kiosk.rules import judge
from kiosk.settings import Settings


def judge_times(db: sqlite3.Connection, settings: Settings, verdict: Verdict, event_id: str,
                now: Callable[[], datetime], anyway: bool) -> Verdict:
    """Before the doors open, after the end: the ticket's own event's times (issue 20).
    ``now``: the door's clock corrected by the server's (:meth:`Door.now`), read (like the
    event) only for an admission: a refusal pays for neither."""
    if verdict.kind is not VerdictKind.ADMIT:
        return verdict
    return event_times.judge_times(verdict, registrations.event(db, event_id), now(),
                                   settings.doors_open_min, anyway)


def movement(db: sqlite3.Connection, settings: Settings, verdict: Verdict,
             attendee: Attendee | None, people: int | None, mode: str | None) -> rules.Movement:
    """Exits, re-entry, parties in parts and the occupancy limit (issue 20): what the door
    does with a :func:`judge` verdict, by who of the party is inside by every door's journal
    (:func:`kiosk.rules.judge_door`). Reads one row, and the counts only when ``max_inside``
    is set; inside the check-in's transaction, so the limit holds across processes."""
    if attendee is None or verdict.kind not in (VerdictKind.ADMIT, VerdictKind.PENDING,
                                                VerdictKind.ALREADY_CHECKED_IN):
        return rules.Movement(verdict)
    limit = settings.max_inside
    inside = 0
    if limit > 0:
        event_id = attendee.registration.event_id
        _, checked_in, _ = registrations.counts(db, event_id)
        _, inside = journal_presence.people_in_and_inside(db, event_id, checked_in)
    return rules.judge_door(
        verdict, journal_presence.presence(db, attendee.id, attendee.party_size),
        mode=mode or settings.door_mode, allow_reentry=settings.allow_reentry, people=people,
        inside=inside, max_inside=limit)


def preview(db: sqlite3.Connection, settings: Settings, served: Sequence[str],
            registration_id: str, code: str | None, mode: str | None,
            now: datetime) -> Verdict:
    """The verdict a scan of ``registration_id`` would get now, recording nothing
    (:meth:`kiosk.door.Door.preview_id`). ``served``: the door's events; ``mode`` None: the
    ``door_mode`` setting."""
    attendee = registrations.attendee(db, registration_id)
    event_id = door_events.judged_against(attendee, served)  # its own event
    verdict = judge(code or registration_id, attendee, event_id, settings.allow_pending)
    verdict = judge_times(db, settings, verdict, event_id, lambda: now, False)  # not before doors open
    return movement(db, settings, verdict, attendee, None, mode).verdict
