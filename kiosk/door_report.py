"""What a door reports about itself: its status and the double entries staff are shown.

Split out of :class:`kiosk.door.Door` (which calls these with its own parts) so that the
door keeps to its verdicts and their records. Everything here reads the local cache and the
peer node's in-memory state; nothing waits on the network.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from kiosk import door_events, outbox_table, registrations, rules
from kiosk.clock import DOORS_SKEW_META, SERVER_SKEW_META
from kiosk.models import Conflict, DoorAdmission, StatusReport
from kiosk.peers.journal import Journal
from kiosk.settings import Settings
from kiosk.store import Store
from kiosk.sync import WARNING_KIND_META, SyncWarning
from kiosk.sync import WARNING_META as SYNC_WARNING_META


def status(store: Store, settings: Settings, event_ids: Sequence[str], journal: Journal,
           peers: Any, *, first_sync_complete: bool, removals_waiting: int) -> StatusReport:
    """The door's :class:`StatusReport`: every served event's counts and their sum, the
    outbox, the last sync and its warning, and what the peer node (``peers``, the running
    :class:`kiosk.peers.node.PeerNode` or None) knows of the other doors."""
    each = door_events.counts(store.db, event_ids)
    total = door_events.total(each)
    puller = peers.puller() if peers is not None else None
    return StatusReport(
        event=registrations.event(store.db, event_ids[0]), counts=total.counts,
        people_in=total.people_in, places_taken=total.places_taken,
        places_left=total.places_left,
        events=each, last_sync_at=store.get_meta("last_sync_at"),
        outbox=outbox_table.summary(store.db),
        sync_warning=SyncWarning.restore(store.get_meta(SYNC_WARNING_META),
                                         store.get_meta(WARNING_KIND_META)),
        sync_warning_event=door_events.warning_event(store, event_ids, each),
        first_sync_complete=first_sync_complete,
        removals_waiting=removals_waiting,
        double_entries=journal.double_entry_count(),  # peers (issue 10), a kept count
        doors_linked=peers.linked() if peers is not None else None,
        puller=puller[1] if puller else None,
        pulls_here=bool(puller and puller[2] is None),
        clock_skew_s=(peers.clock_skew() if peers is not None
                      else meta_float(store, DOORS_SKEW_META)),
        server_clock_skew_s=meta_float(store, SERVER_SKEW_META),
        inside=total.inside, max_inside=settings.max_inside,  # issue 20
    )


def meta_float(store: Store, key: str) -> float | None:
    """A number kept in the store's meta table; None when unset or not a number."""
    value = store.get_meta(key)
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def double_entries(db: sqlite3.Connection, journal: Journal) -> list[Conflict]:
    """A registration admitted at two doors that could not see each other: both
    admissions are kept; this says when and where each happened (outbox id 0: nothing
    to retry or dismiss). The times stay ISO UTC in ``admissions``: each screen shows them
    in local time, in its language."""
    found = []
    for double in journal.double_entries():
        attendee = registrations.attendee(db, double.registration_id)
        found.append(Conflict(
            outbox_id=0, registration_id=double.registration_id, operation="double entry",
            http_status=None, created_at=double.admissions[-1].at,
            message=rules.conflict_message(rules.CONFLICT_DOUBLE_ENTRY).format(
                n=len(double.admissions)),
            attendee_name=attendee.registration.attendee_name if attendee else None,
            kind=rules.CONFLICT_DOUBLE_ENTRY, action="double_entry",
            admissions=tuple(DoorAdmission(a.at, a.door_name) for a in double.admissions),
        ))
    return found
