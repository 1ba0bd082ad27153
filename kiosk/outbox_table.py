"""The outbox table: the changes still to upload, in order, with their attempts and outcome.

:mod:`kiosk.outbox` decides what to send and when; this module holds the SQL of ``outbox``,
its archive of finished entries (``outbox_archive``) and its counters (``outbox_tally``).
Kept apart from the uploader so that the server copy (:mod:`kiosk.registrations`) and the
local check-ins (:mod:`kiosk.checkins`) can change the queue inside their own transactions
without importing the HTTP client.

Functions that take ``db`` run inside the caller's transaction (``with store.write() as
db``) or read on the caller's connection; those that take ``store`` open their own.

The outbox ids are also this kiosk's clock for "which came first" (see
:data:`kiosk.registrations.EFFECTIVE`): :func:`observed_seq` reads it before a request,
:func:`next_mark` takes a number of it when an upload finishes.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from kiosk import rules
from kiosk.clock import utcnow
from kiosk.models import Conflict, OutboxSummary, Status
from kiosk.store import Store

FINISHED = ("done", "superseded", "dismissed")
ARCHIVE_BATCH = 500


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    op: str
    event_id: str
    registration_id: str
    payload: dict[str, Any]
    attempts: int
    next_attempt_at: float
    sent_at: float | None
    created_ts: float
    sent_gen: int | None = None  # the sync generation current when it was last sent


# -- the order of events this kiosk observed -----------------------------------------------

def observed_seq(db: sqlite3.Connection) -> int:
    """The highest outbox id committed so far: read it *before* a request, and any row
    that request brings back was on the server after every change up to that id.

    Read from ``sqlite_sequence`` (AUTOINCREMENT's high-water mark, written in the
    transaction of the insert), not ``MAX(id)``: archived entries leave ``outbox``, and
    the mark must never go back."""
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
    return int(row[0]) if row else 0


def next_mark(db: sqlite3.Connection) -> int:
    """Take the next number of the outbox sequence for a finished upload, inside the
    caller's transaction: a request sent after it reads a higher :func:`observed_seq`,
    one sent before a lower one, and the next outbox entry still gets a higher id."""
    db.execute("INSERT OR IGNORE INTO sqlite_sequence(name, seq) SELECT 'outbox', 0"
               " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')")
    db.execute("UPDATE sqlite_sequence SET seq = seq + 1 WHERE name = 'outbox'")
    return int(db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")
               .fetchone()[0])


# -- changes queued by the door ------------------------------------------------------------

def enqueue(db: sqlite3.Connection, op: str, event_id: str, rid: str,
            payload: dict[str, Any], *, created_ts: float) -> int:
    """Queue a change inside the caller's transaction; returns its outbox id."""
    cur = db.execute(
        "INSERT INTO outbox(op, event_id, registration_id, payload, created_at, created_ts)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (op, event_id, rid, json.dumps(payload, ensure_ascii=False), utcnow(), created_ts),
    )
    assert cur.lastrowid is not None  # an INSERT always sets it
    return cur.lastrowid


def server_cancellations_win(db: sqlite3.Connection, event_id: str, ids: list[str]) -> None:
    """A cancellation read after a local change beats it: the waiting check-in is not
    sent (it would be refused) but shown to staff, and a waiting undo is dropped (it
    would send a status the server no longer has).

    Only the registrations just read as cancelled (``ids``) are looked at, through the
    outbox's registration index: the work follows the page, not the length of the queue.
    """
    db.execute(
        """UPDATE outbox SET
               state = CASE WHEN json_extract(payload, '$.status') = 'ATTENDED'
                            THEN 'conflict' ELSE 'superseded' END,
               http_status = CASE WHEN json_extract(payload, '$.status') = 'ATTENDED'
                                  THEN NULL ELSE http_status END,
               last_error = CASE WHEN json_extract(payload, '$.status') = 'ATTENDED'
                                 THEN :why ELSE last_error END
           WHERE registration_id IN (SELECT value FROM json_each(:ids)) AND op = 'status'
             AND state = 'pending' AND event_id = :event
             AND id <= (SELECT r.fetched_seq FROM registrations r
                        WHERE r.id = outbox.registration_id AND r.event_id = :event
                        AND r.status = 'CANCELLED')""",
        {"why": rules.conflict_message(rules.CONFLICT_CANCELLED),
         "ids": json.dumps(ids), "event": event_id},
    )


# -- reads ---------------------------------------------------------------------------------

def head(db: sqlite3.Connection) -> OutboxEntry | None:
    """The next entry to upload (the oldest waiting), or None."""
    row = db.execute(
        "SELECT * FROM outbox WHERE state='pending' ORDER BY id LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return OutboxEntry(
        id=row["id"], op=row["op"], event_id=row["event_id"],
        registration_id=row["registration_id"], payload=json.loads(row["payload"]),
        attempts=row["attempts"], next_attempt_at=row["next_attempt_at"],
        sent_at=row["sent_at"], created_ts=row["created_ts"], sent_gen=row["sent_gen"],
    )


def summary(db: sqlite3.Connection) -> OutboxSummary:
    """Read from the counters and the head of the queue: it runs after every check-in,
    so its cost must not grow with the entries uploaded during the day (finished ones
    are kept: undo and walk-in twin detection read them)."""
    row = db.execute(
        """SELECT (SELECT n FROM outbox_tally WHERE state = 'pending'),
                  (SELECT n FROM outbox_tally WHERE state = 'conflict'),
                  (SELECT created_at FROM outbox WHERE state = 'pending'
                   ORDER BY id LIMIT 1)"""
    ).fetchone()
    return OutboxSummary(pending=row[0] or 0, conflicts=row[1] or 0, oldest_pending_at=row[2])


def find_twin(db: sqlite3.Connection, entry: OutboxEntry) -> str | None:
    """A server row that is this walk-in, created by a send whose answer was lost: same
    person, first seen by a sync after the send, and not already another walk-in's."""
    p = entry.payload
    linked = ("SELECT json_extract(payload, '$.server_id') FROM {} WHERE op='create'"
              " AND state='done' AND json_extract(payload, '$.server_id') IS NOT NULL")
    row = db.execute(
        f"""SELECT id FROM registrations
           WHERE event_id=? AND origin='server' AND attendee_email=? COLLATE NOCASE
             AND attendee_name=? AND guest_count=? AND first_seen_gen > ?
             AND id NOT IN ({linked.format('outbox')})
             AND id NOT IN ({linked.format('outbox_archive')})
           ORDER BY first_seen_gen, rowid LIMIT 1""",
        (entry.event_id, p["attendee_email"], p["attendee_name"],
         int(p.get("guest_count") or 0), entry.sent_gen or 0),
    ).fetchone()
    return row[0] if row else None


def conflicts(db: sqlite3.Connection) -> list[Conflict]:
    """The entries the server refused, oldest first, worded for staff."""
    rows = db.execute(
        """SELECT o.id, o.registration_id, o.op, o.payload, o.http_status, o.last_error,
                  o.created_at, r.attendee_name
           FROM outbox o LEFT JOIN registrations r ON r.id = o.registration_id
           WHERE o.state='conflict' ORDER BY o.id"""
    ).fetchall()
    found = []
    for row in rows:
        payload = json.loads(row["payload"])
        kind = rules.conflict_kind(row["op"], row["registration_id"], row["http_status"],
                                   rules.reverses_admission(payload))
        message = row["last_error"] or ""
        found.append(Conflict(
            outbox_id=row["id"], registration_id=row["registration_id"],
            operation=_describe_op(row["op"], payload),
            http_status=row["http_status"], message=message,
            created_at=row["created_at"], attendee_name=row["attendee_name"],
            kind=kind, action=_op_code(row["op"], payload),
            detail=rules.server_words(kind, message),
        ))
    return found


# -- bookkeeping (the uploader's and the door's writes) ------------------------------------

def archive_finished(store: Store, limit: int | None = None) -> int:
    """Move finished entries from ``outbox`` to ``outbox_archive``, a batch per short
    background transaction (check-ins go first, see :meth:`Store.write`); returns how many.

    Run after each upload round, never on the check-in path: ``outbox`` then holds only
    what waits or was refused, whatever the length of the day. Nothing is lost: undo
    (:func:`kiosk.checkins.reached_server`) and walk-in twin detection (:func:`find_twin`)
    read the archive by index, and ``kiosk wipe`` deletes it with the event."""
    moved = 0
    cols = ("id, op, event_id, registration_id, payload, state, attempts, next_attempt_at,"
            " sent_at, http_status, last_error, created_at, created_ts, done_at, sent_gen")
    while limit is None or moved < limit:
        with store.write(background=True) as db:
            ids = [r[0] for r in db.execute(
                "SELECT id FROM outbox WHERE state IN (?, ?, ?) LIMIT ?",
                (*FINISHED, ARCHIVE_BATCH))]
            if not ids:
                break
            marks = ",".join("?" * len(ids))
            db.execute(f"INSERT OR REPLACE INTO outbox_archive({cols}) SELECT {cols}"
                       f" FROM outbox WHERE id IN ({marks})", ids)
            db.execute(f"DELETE FROM outbox WHERE id IN ({marks})", ids)
        moved += len(ids)
    return moved


def dismiss_conflict(store: Store, outbox_id: int, now: float) -> bool:
    """Accept the server's word on a refused entry; False when there is no such conflict."""
    with store.write() as db:
        row = db.execute("SELECT registration_id, op FROM outbox WHERE id=?"
                         " AND state='conflict'", (outbox_id,)).fetchone()
        if row is None:
            return False
        db.execute("UPDATE outbox SET state='dismissed' WHERE id=?", (outbox_id,))
        if row["op"] == "create":
            _drop_refused_walk_in(db, row["registration_id"])
        db.execute(
            """UPDATE checkins SET uploaded_at=?, uploaded_seq=?, status=(SELECT status
                   FROM registrations WHERE id=?) WHERE registration_id=? AND NOT EXISTS
                   (SELECT 1 FROM outbox WHERE registration_id=?
                    AND state IN ('pending', 'conflict'))""",
            (now, next_mark(db), row[0], row[0], row[0]),
        )
    return True


def _drop_refused_walk_in(db: sqlite3.Connection, local_id: str) -> None:
    """Staff accepted that the server refused a walk-in: it never existed there, so it stops
    holding places (a refused party of 46 once left "Only 26 places left" for real walk-ins)
    and its check-in, which can never be uploaded, stops waiting. The row is kept, marked
    gone, so the export still lists it, as refused (:func:`kiosk.exports.export_row`)."""
    db.execute("UPDATE registrations SET vanished=1 WHERE id=? AND origin='local'", (local_id,))
    db.execute("UPDATE outbox SET state='dismissed' WHERE registration_id=?"
               " AND state IN ('pending', 'conflict')", (local_id,))


def retry_conflict(store: Store, outbox_id: int) -> bool:
    with store.write() as db:
        return db.execute(
            "UPDATE outbox SET state='pending', next_attempt_at=0 WHERE id=?"
            " AND state='conflict'", (outbox_id,),
        ).rowcount > 0


def supersede(store: Store, outbox_id: int) -> None:
    with store.write() as db:
        db.execute("UPDATE outbox SET state='superseded' WHERE id=?", (outbox_id,))


def mark_sent(store: Store, outbox_id: int, now: float) -> None:
    """Stamped before the request: an entry sent once may have landed, whatever happens."""
    with store.write() as db:
        db.execute(
            "UPDATE outbox SET sent_at=?, attempts=attempts+1, sent_gen=COALESCE("
            "(SELECT CAST(value AS INTEGER) FROM meta WHERE key='sync_gen'), 0) WHERE id=?",
            (now, outbox_id),
        )


def finish_status(store: Store, entry: OutboxEntry, row: dict[str, Any] | None,
                  now: float) -> None:
    """A status change the server accepted (``row``: its answer, cleaned, if any)."""
    rid = entry.registration_id
    with store.write() as db:
        db.execute("UPDATE outbox SET state='done', done_at=?, last_error=NULL WHERE id=?",
                   (utcnow(), entry.id))
        mark = next_mark(db)
        if row is not None and row["id"] == rid:  # the server's answer: read after it
            db.execute("UPDATE registrations SET status=?, fetched_at=?, fetched_seq=?"
                       " WHERE id=?", (row["status"], now, mark, rid))
        # the local change is uploaded once nothing else for it waits
        db.execute(
            """UPDATE checkins SET uploaded_at=?, uploaded_seq=? WHERE registration_id=?
               AND status=? AND NOT EXISTS (SELECT 1 FROM outbox WHERE registration_id=?
                                            AND state IN ('pending', 'conflict'))""",
            (now, mark, rid, entry.payload["status"], rid),
        )


def link_walk_in(store: Store, entry: OutboxEntry, server_id: str, status: str,
                 now: float) -> None:
    """The walk-in now has a server id: re-key its local rows and later entries."""
    local_id = entry.registration_id
    with store.write() as db:
        exists = db.execute("SELECT 1 FROM registrations WHERE id=?", (server_id,)).fetchone()
        if exists:  # a pull brought the server's row in already: drop the local twin
            db.execute("DELETE FROM registrations WHERE id=?", (local_id,))
        else:
            db.execute(
                "UPDATE registrations SET id=?, origin='server', fetched_at=?, status=?"
                " WHERE id=?", (server_id, now, status, local_id),
            )
        # peer_presence (kiosk.peers.journal): a walk-in that went out stays out (issue 20)
        for table in ("checkins", "outbox", "outbox_archive", "scans", "peer_presence"):
            db.execute(f"UPDATE {table} SET registration_id=? WHERE registration_id=?",
                       (server_id, local_id))
        db.execute(
            "UPDATE outbox SET state='done', done_at=?, last_error=NULL,"
            " payload=json_set(payload, '$.server_id', ?) WHERE id=?",
            (utcnow(), server_id, entry.id),
        )


def mark_conflict(store: Store, outbox_id: int, http_status: int | None, message: str,
                  *, server_row: dict[str, Any] | None = None, fetched_seq: int | None = None,
                  now: float = 0.0) -> None:
    """A refused entry, for staff. ``server_row``: what the server holds, learnt with the
    refusal (read after ``fetched_seq``, or, without it, now): stored in the same
    transaction, so the door shows the server's status from here on (a 409 "cancelled"
    made the door still say "already checked in")."""
    with store.write() as db:
        db.execute("UPDATE outbox SET state='conflict', http_status=?, last_error=? WHERE id=?",
                   (http_status, message, outbox_id))
        if server_row is not None:
            seq = next_mark(db) if fetched_seq is None else fetched_seq
            rid = server_row["id"]
            db.execute("UPDATE registrations SET status=?, fetched_at=?, fetched_seq=?"
                       " WHERE id=? AND origin='server'", (server_row["status"], now, seq, rid))
            # the refused change is settled by what the server holds (any status, not only
            # CANCELLED), unless a newer local change of this registration waits
            db.execute(
                """UPDATE checkins SET status=?, uploaded_at=?, uploaded_seq=?
                   WHERE registration_id=? AND NOT EXISTS (SELECT 1 FROM outbox
                       WHERE registration_id=? AND state='pending' AND id != ?)""",
                (server_row["status"], now, seq, rid, rid, outbox_id))


def postpone(store: Store, outbox_id: int, at: float, error: str) -> None:
    with store.write() as db:
        db.execute("UPDATE outbox SET next_attempt_at=?, last_error=? WHERE id=?",
                   (at, error[:300], outbox_id))


# -- kiosk wipe ----------------------------------------------------------------------------

def event_ids(db: sqlite3.Connection) -> set[str]:
    """The events with uploads queued or done here."""
    return {r[0] for r in db.execute("SELECT DISTINCT event_id FROM outbox")}


def count_event(db: sqlite3.Connection, event_id: str) -> int:
    """How many of the event's uploads, queued or finished, a wipe would delete (a database
    from before the archive has no ``outbox_archive``)."""
    tables = ["outbox"]
    if db.execute("SELECT 1 FROM sqlite_master WHERE name='outbox_archive'").fetchone():
        tables.append("outbox_archive")
    return sum(int(db.execute(f"SELECT COUNT(*) FROM {table} WHERE event_id=?",
                              (event_id,)).fetchone()[0]) for table in tables)


def waiting(db: sqlite3.Connection, event_id: str | None) -> tuple[int, int]:
    """(uploads waiting, refused changes) of one event, or of every event for ``None``:
    what a wipe would lose."""
    where, args = ("", ()) if event_id is None else (" AND event_id=?", (event_id,))
    unsent, conflicts = db.execute(
        "SELECT COUNT(*) FILTER (WHERE state='pending'), COUNT(*) FILTER (WHERE state='conflict')"
        f" FROM outbox WHERE 1{where}", args).fetchone()
    return int(unsent), int(conflicts)


def delete_event(db: sqlite3.Connection, event_id: str) -> None:
    """An event's queued and finished uploads, inside the wipe's transaction."""
    for table in ("outbox", "outbox_archive"):
        db.execute(f"DELETE FROM {table} WHERE event_id=?", (event_id,))


def _op_code(op: str, payload: dict[str, Any]) -> str:
    """The change as a stable code (models.Conflict.action) a screen can put in words."""
    if op == "create":
        return "walk_in"
    return "check_in" if payload.get("status") == Status.ATTENDED else "set_status"


def _describe_op(op: str, payload: dict[str, Any]) -> str:
    if op == "create":
        return "register walk-in"
    status = payload.get("status")
    return "check in" if status == Status.ATTENDED else f"set status to {status}"
