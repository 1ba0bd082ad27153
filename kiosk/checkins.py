"""This kiosk's own changes: check-ins and undos (``checkins``), walk-ins not yet on the
server (``registrations`` rows with ``origin='local'``). The scan history is
:mod:`kiosk.scans`'.

A sync rewrites the server copy only (:mod:`kiosk.registrations`), so it never overwrites a
local check-in; what the door shows is decided by :data:`kiosk.registrations.EFFECTIVE`.

Every function here runs inside the caller's write transaction (``with store.write() as
db``), so the door records a check-in, its upload (:func:`kiosk.outbox_table.enqueue`), its
scan and its journal entry in one commit.
"""

from __future__ import annotations

import sqlite3
import uuid
from typing import Any

from kiosk import outbox_table
from kiosk.clock import utcnow
from kiosk.models import Attendee, Status


def set_local_status(db: sqlite3.Connection, attendee: Attendee, status: str, device: str,
                     *, now: float) -> str:
    """Record a local status change and its upload, inside the caller's transaction.
    ``now`` (the store's clock) stamps the upload; returns the change's UTC time."""
    at = utcnow()
    seq = outbox_table.enqueue(db, "status", attendee.registration.event_id, attendee.id,
                               {"status": status, "previous": attendee.effective_status},
                               created_ts=now)
    db.execute(
        """INSERT INTO checkins(registration_id, event_id, status, previous_status,
               checked_in_at, device, changed_at, uploaded_at, seq)
           VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)
           ON CONFLICT(registration_id) DO UPDATE SET status=excluded.status,
               previous_status=excluded.previous_status, checked_in_at=excluded.checked_in_at,
               device=excluded.device, changed_at=excluded.changed_at, uploaded_at=NULL,
               uploaded_seq=NULL, seq=excluded.seq""",
        (
            attendee.id,
            attendee.registration.event_id,
            status,
            attendee.effective_status,
            at if status == Status.ATTENDED else None,
            device,
            at,
            seq,
        ),
    )
    return at


def checkin_row(db: sqlite3.Connection, registration_id: str) -> sqlite3.Row | None:
    return db.execute(
        "SELECT * FROM checkins WHERE registration_id=?", (registration_id,)
    ).fetchone()


def insert_local_registration(db: sqlite3.Connection, event_id: str, fields: dict[str, Any],
                              status: str, *, now: float) -> str:
    """A walk-in's row (id ``local_...``) until its creation reaches the server, when
    :func:`kiosk.outbox_table.link_walk_in` re-keys it."""
    rid = "local_" + uuid.uuid4().hex[:16]
    db.execute(
        """INSERT INTO registrations(id, event_id, attendee_name, attendee_email,
               attendee_phone, status, guest_count, notes, created_at, origin, first_seen_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?)""",
        (rid, event_id, fields["attendee_name"], fields["attendee_email"],
         fields.get("attendee_phone"), status, fields.get("guest_count", 0),
         fields.get("notes"), utcnow(), now),
    )
    return rid


# -- undo ----------------------------------------------------------------------------------

def reached_server(db: sqlite3.Connection, registration_id: str) -> bool:
    """Whether a status change of this registration reached (or may have reached) the
    server: one finished, or one sent whose answer is still awaited."""
    return db.execute(
        """SELECT 1 FROM outbox WHERE registration_id=? AND op='status'
               AND (state='done' OR (state='pending' AND sent_at IS NOT NULL))
           UNION ALL SELECT 1 FROM outbox_archive WHERE registration_id=? AND op='status'
               AND state='done' LIMIT 1""",
        (registration_id, registration_id),
    ).fetchone() is not None


def forget_local_change(db: sqlite3.Connection, registration_id: str) -> None:
    """Undo of a check-in that never left this kiosk: its waiting upload is dropped and
    the local change forgotten, instead of sending two PATCHes."""
    db.execute(
        "UPDATE outbox SET state='superseded' WHERE registration_id=? AND op='status'"
        " AND state IN ('pending', 'conflict')", (registration_id,),
    )
    db.execute("DELETE FROM checkins WHERE registration_id=?", (registration_id,))


def reverse_local_change(db: sqlite3.Connection, attendee: Attendee, restore: str,
                         device: str, *, now: float) -> None:
    """Undo of a check-in the server has (or may have): its refusals are closed and the
    old status is queued for upload, remembering that it reverses an admission."""
    rid = attendee.id
    db.execute("UPDATE outbox SET state='dismissed' WHERE registration_id=?"
               " AND state='conflict'", (rid,))
    set_local_status(db, attendee, restore, device, now=now)
    db.execute("UPDATE checkins SET previous_status='ATTENDED' WHERE registration_id=?",
               (rid,))


# -- kiosk wipe ----------------------------------------------------------------------------

def event_ids(db: sqlite3.Connection) -> set[str]:
    """The events this door changed registrations of."""
    return {r[0] for r in db.execute("SELECT DISTINCT event_id FROM checkins")}


def count_event(db: sqlite3.Connection, event_id: str) -> int:
    """How many of the event's check-ins a wipe would delete."""
    return int(db.execute("SELECT COUNT(*) FROM checkins WHERE event_id=?",
                          (event_id,)).fetchone()[0])


def delete_event(db: sqlite3.Connection, event_id: str) -> None:
    """An event's check-ins, inside the wipe's transaction (its scans are
    :func:`kiosk.scans.delete_event`'s)."""
    db.execute("DELETE FROM checkins WHERE event_id=?", (event_id,))
