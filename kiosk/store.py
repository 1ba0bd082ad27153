"""The local SQLite store: one database per data directory.

Three things are kept apart, so the kiosk always knows what the server has, what it did
itself, and what is still to upload:

``registrations``  every registration as last seen from the server (``origin='server'``),
                   plus walk-ins created here whose creation has not reached the server
                   yet (``origin='local'``, id ``local_...``, re-keyed once it has);
``checkins``       this kiosk's own changes of a registration's status (check-in, undo);
``outbox``         the changes still to upload, in order, with their attempts and outcome.

A sync rewrites ``registrations`` only, so it never overwrites a local check-in. The
effective status of a registration is the local one until the server has been seen
agreeing with it after the upload (see :data:`EFFECTIVE`).

Durability: WAL with ``synchronous=FULL``, so a committed check-in survives a power cut.
Every connection is per thread; writes are serialised by one lock and ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from kiosk.contract import MAX_GUESTS, STATUSES, STATUSES_HOLDING_PLACES
from kiosk.models import Attendee, Conflict, Event, OutboxSummary, Registration, Status
from kiosk.peers.journal import MIGRATION as PEERS_MIGRATION  # issue 10: door-to-door journal

DB_NAME = "kiosk.db"
MAX_TEXT = 1000


def utcnow() -> str:
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


# Each step takes the schema from version N to N+1; steps are never edited once shipped.
MIGRATIONS: list[str] = [
    """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE events (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, slots INTEGER, data TEXT NOT NULL,
            fetched_at TEXT NOT NULL
        );
        CREATE TABLE registrations (
            id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            attendee_name TEXT NOT NULL,
            attendee_email TEXT NOT NULL,
            attendee_phone TEXT,
            status TEXT NOT NULL,
            guest_count INTEGER NOT NULL DEFAULT 0,
            notes TEXT,
            created_at TEXT,
            origin TEXT NOT NULL DEFAULT 'server',
            seen_sync INTEGER,
            vanished INTEGER NOT NULL DEFAULT 0,
            fetched_at REAL,
            first_seen_at REAL
        );
        CREATE INDEX registrations_event_status ON registrations(event_id, status);
        CREATE INDEX registrations_email ON registrations(event_id, attendee_email COLLATE NOCASE);
        CREATE INDEX registrations_seen ON registrations(event_id, seen_sync);
        CREATE VIRTUAL TABLE registrations_fts USING fts5(
            attendee_name, attendee_email, attendee_phone, notes,
            content='registrations', content_rowid='rowid',
            tokenize="unicode61 remove_diacritics 2", prefix='2 3'
        );
        CREATE TRIGGER registrations_ai AFTER INSERT ON registrations BEGIN
            INSERT INTO registrations_fts(rowid, attendee_name, attendee_email, attendee_phone, notes)
            VALUES (new.rowid, new.attendee_name, new.attendee_email, new.attendee_phone, new.notes);
        END;
        CREATE TRIGGER registrations_ad AFTER DELETE ON registrations BEGIN
            INSERT INTO registrations_fts(registrations_fts, rowid, attendee_name, attendee_email,
                attendee_phone, notes)
            VALUES ('delete', old.rowid, old.attendee_name, old.attendee_email, old.attendee_phone,
                old.notes);
        END;
        CREATE TRIGGER registrations_au AFTER UPDATE OF attendee_name, attendee_email,
            attendee_phone, notes ON registrations
            WHEN old.attendee_name IS NOT new.attendee_name
              OR old.attendee_email IS NOT new.attendee_email
              OR old.attendee_phone IS NOT new.attendee_phone
              OR old.notes IS NOT new.notes BEGIN
            INSERT INTO registrations_fts(registrations_fts, rowid, attendee_name, attendee_email,
                attendee_phone, notes)
            VALUES ('delete', old.rowid, old.attendee_name, old.attendee_email, old.attendee_phone,
                old.notes);
            INSERT INTO registrations_fts(rowid, attendee_name, attendee_email, attendee_phone, notes)
            VALUES (new.rowid, new.attendee_name, new.attendee_email, new.attendee_phone, new.notes);
        END;
        CREATE TABLE checkins (
            registration_id TEXT PRIMARY KEY,
            event_id TEXT NOT NULL,
            status TEXT NOT NULL,
            previous_status TEXT,
            checked_in_at TEXT,
            device TEXT,
            changed_at TEXT NOT NULL,
            uploaded_at REAL
        );
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            op TEXT NOT NULL,
            event_id TEXT NOT NULL,
            registration_id TEXT NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0,
            sent_at REAL,
            http_status INTEGER,
            last_error TEXT,
            created_at TEXT NOT NULL,
            created_ts REAL NOT NULL,
            done_at TEXT
        );
        CREATE INDEX outbox_state ON outbox(state, id);
        CREATE INDEX outbox_registration ON outbox(registration_id, state);
        CREATE TABLE scans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL, code TEXT NOT NULL, verdict TEXT NOT NULL,
            registration_id TEXT, device TEXT
        );
    """,
    # server wins by the order of events this kiosk observed, never by wall clocks:
    # checkins.seq is the outbox id of the change, registrations.fetched_seq the highest
    # outbox id committed before the request that read the row was sent
    """
        ALTER TABLE checkins ADD COLUMN seq INTEGER;
        ALTER TABLE registrations ADD COLUMN fetched_seq INTEGER;
        ALTER TABLE registrations ADD COLUMN first_seen_gen INTEGER;
        ALTER TABLE outbox ADD COLUMN sent_gen INTEGER;
    """,
    PEERS_MIGRATION,  # peer_journal, peer_doors (kiosk/peers/journal.py)
]
SCHEMA_VERSION = len(MIGRATIONS)

# The registration as the door sees it: who wins between this kiosk's change (``checkins``)
# and the server's row (``registrations``). "After" is the order of events this kiosk
# observed (outbox ids), never a comparison of wall-clock stamps.
#
#   local change        server row                              shown
#   none                any                                     server
#   ATTENDED/undo       CANCELLED, read after the change         server (CANCELLED); the
#                                                               admission goes to Needs attention
#   ATTENDED/undo       anything, upload not finished or row     local
#                       read before the upload finished
#   ATTENDED/undo       anything, read after the upload finished server
#
# A page read before the PATCH landed must not undo a check-in; a cancellation read after the
# check-in was made always wins, even when the check-in's clock was a day ahead.
EFFECTIVE = """
    CASE WHEN c.registration_id IS NOT NULL
              AND NOT (r.status = 'CANCELLED'
                       AND COALESCE(r.fetched_seq, -1) >= COALESCE(c.seq, 0))
              AND (c.uploaded_at IS NULL OR r.fetched_at IS NULL OR r.fetched_at < c.uploaded_at)
         THEN c.status ELSE r.status END
"""
ATTENDEE_SELECT = f"""
    SELECT r.id, r.event_id, r.attendee_name, r.attendee_email, r.attendee_phone, r.status,
           r.guest_count, r.notes, r.created_at, r.origin, r.vanished,
           {EFFECTIVE} AS effective_status,
           c.checked_in_at, c.device,
           (SELECT COUNT(*) FROM outbox o WHERE o.registration_id = r.id AND o.state = 'pending')
               AS pending_uploads,
           (SELECT o.last_error FROM outbox o WHERE o.registration_id = r.id
               AND o.state = 'conflict' ORDER BY o.id DESC LIMIT 1) AS conflict
    FROM registrations r LEFT JOIN checkins c ON c.registration_id = r.id
"""


class StoreError(Exception):
    pass


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


class Store:
    def __init__(self, data_dir: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        _private(self.data_dir)
        self.path = self.data_dir / DB_NAME
        self.clock = clock
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        self._migrate()
        for suffix in ("", "-wal", "-shm"):
            p = Path(str(self.path) + suffix)
            if p.exists():
                _private(p)

    # -- connections -------------------------------------------------------------------

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            old_umask = os.umask(0o077)
            try:
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                       check_same_thread=False)
            finally:
                os.umask(old_umask)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA cache_size=-65536")  # 64 MiB: 100k rows and their indexes fit
            conn.execute("PRAGMA temp_store=MEMORY")
            self._local.conn = conn
            with self._connections_lock:
                self._connections.append(conn)
        return conn

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE), serialised across threads."""
        with self._write_lock:
            db = self.db
            if db.in_transaction:  # nested: join the outer transaction
                yield db
                return
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.in_transaction:  # SQLite may have rolled back already (disk full)
                    db.execute("ROLLBACK")
                raise
            try:
                db.execute("COMMIT")
            except sqlite3.Error:
                if db.in_transaction:  # a failed commit (disk full) must not stay open
                    db.execute("ROLLBACK")
                raise

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Bulk loading of server data on this thread without an fsync per transaction.

        The registrations cache can always be pulled again, so its pages need not each reach
        the disk before the next; WAL keeps the file consistent whatever happens. Check-ins
        never go through here: they commit with ``synchronous=FULL``.
        """
        db = self.db
        db.execute("PRAGMA synchronous=NORMAL")
        try:
            yield
        finally:
            db.execute("PRAGMA synchronous=FULL")

    def close_thread_connection(self) -> None:
        """Close this thread's connection (a short-lived server thread, issue 10), so that
        one connection per peer request does not pile up until :meth:`close`."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            return
        self._local.conn = None
        with self._connections_lock:
            if conn in self._connections:
                self._connections.remove(conn)
        conn.close()

    def close(self) -> None:
        with self._connections_lock:
            for conn in self._connections:
                try:
                    conn.close()
                except sqlite3.ProgrammingError:
                    pass
            self._connections.clear()
        self._local = threading.local()

    def _migrate(self) -> None:
        with self._write_lock:
            db = self.db
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer kiosk (schema {version}); update the app"
                )
            for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
                # one transaction per step: a crash leaves the database at a whole version
                db.executescript(f"BEGIN IMMEDIATE; {step}; PRAGMA user_version={number}; COMMIT;")

    # -- meta --------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.write() as db:
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- events ------------------------------------------------------------------------

    def save_event(self, event: Event, raw: dict[str, Any] | None = None) -> None:
        data = json.dumps(raw if raw is not None else _event_dict(event), ensure_ascii=False)
        with self.write() as db:
            db.execute(
                "INSERT OR REPLACE INTO events(id, title, slots, data, fetched_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (event.id, event.title, event.slots, data, utcnow()),
            )

    def event(self, event_id: str) -> Event | None:
        row = self.db.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
        if not row:
            return None
        from kiosk.api import event_from_api

        return event_from_api(json.loads(row[0]))

    # -- the server's registrations ----------------------------------------------------

    def upsert_server_rows(
        self, event_id: str, rows: list[dict[str, Any]], *, sync_gen: int | None, fetched_at: float,
        fetched_seq: int | None = None,
    ) -> tuple[int, int, int]:
        """Store one page as read from the server.

        Returns (stored, skipped as malformed, new to this sync generation): the last lets a
        sync count the distinct rows it has seen without re-counting the table every page.
        """
        good = []
        skipped = 0
        for raw in rows:
            row = clean_registration(raw, event_id)
            if row is None:
                skipped += 1
            else:
                good.append(row)
        now = self.clock()
        with self.write() as db:
            seen_before = 0
            if sync_gen is not None and good:
                ids = list({row["id"] for row in good})
                for start in range(0, len(ids), 500):
                    chunk = ids[start:start + 500]
                    seen_before += db.execute(
                        f"SELECT COUNT(*) FROM registrations WHERE seen_sync=? AND id IN "
                        f"({','.join('?' * len(chunk))})", (sync_gen, *chunk),
                    ).fetchone()[0]
                fresh = len(ids) - seen_before
            else:
                fresh = len(good)
            db.executemany(
                """
                INSERT INTO registrations(id, event_id, attendee_name, attendee_email,
                    attendee_phone, status, guest_count, notes, created_at, origin, seen_sync,
                    vanished, fetched_at, first_seen_at, fetched_seq, first_seen_gen)
                VALUES (:id, :event_id, :attendee_name, :attendee_email, :attendee_phone,
                    :status, :guest_count, :notes, :created_at, 'server', :gen, 0, :fetched_at,
                    :now, :seq, :gen)
                ON CONFLICT(id) DO UPDATE SET
                    attendee_name=excluded.attendee_name,
                    attendee_email=excluded.attendee_email,
                    attendee_phone=excluded.attendee_phone,
                    status=excluded.status,
                    guest_count=excluded.guest_count,
                    notes=excluded.notes,
                    created_at=COALESCE(excluded.created_at, registrations.created_at),
                    origin='server',
                    seen_sync=COALESCE(excluded.seen_sync, registrations.seen_sync),
                    vanished=0,
                    fetched_at=excluded.fetched_at,
                    fetched_seq=excluded.fetched_seq
                WHERE registrations.event_id = excluded.event_id
                """,
                [{**row, "gen": sync_gen, "fetched_at": fetched_at, "now": now,
                  "seq": fetched_seq} for row in good],
            )
            self._server_cancellations_win(db, event_id)
        return len(good), skipped, fresh

    def observed_seq(self) -> int:
        """The highest outbox id committed so far: read it *before* a request, and any row
        that request brings back was on the server after every change up to that id."""
        return int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM outbox").fetchone()[0])

    def _server_cancellations_win(self, db: sqlite3.Connection, event_id: str) -> None:
        """A cancellation read after a local change beats it: the waiting check-in is not
        sent (it would be refused) but shown to staff, and a waiting undo is dropped (it
        would send a status the server no longer has)."""
        cancelled = """registration_id IN (SELECT id FROM registrations r WHERE r.event_id=?
                           AND r.status='CANCELLED' AND r.fetched_seq >= outbox.id)
                       AND op='status' AND state='pending' AND event_id=?"""
        db.execute(
            f"""UPDATE outbox SET state='conflict', http_status=NULL, last_error=? WHERE
                {cancelled} AND json_extract(payload, '$.status')='ATTENDED'""",
            ("Cancelled on the server after it was admitted here: this person was let in "
             "from the cached list. Speak to the organiser, then dismiss.", event_id, event_id),
        )
        db.execute(f"UPDATE outbox SET state='superseded' WHERE {cancelled}",
                   (event_id, event_id))

    def mark_vanished(self, event_id: str, sync_gen: int) -> int:
        """Server rows not seen by a complete sync are gone from the server.

        Only rows last seen by an *older* generation: a row another sync (another process)
        stamped with a newer generation meanwhile was seen, not lost."""
        with self.write() as db:
            cur = db.execute(
                "UPDATE registrations SET vanished=1 WHERE event_id=? AND origin='server'"
                " AND vanished=0 AND (seen_sync IS NULL OR seen_sync < ?)",
                (event_id, sync_gen),
            )
            return cur.rowcount

    def count_unseen(self, event_id: str, sync_gen: int) -> tuple[int, int]:
        """(server rows a complete sync of ``sync_gen`` would mark as gone, server rows
        cached and not gone): a sync compares the two before believing an answer."""
        row = self.db.execute(
            "SELECT SUM(seen_sync IS NULL OR seen_sync < ?), COUNT(*) FROM registrations"
            " WHERE event_id=? AND origin='server' AND vanished=0",
            (sync_gen, event_id),
        ).fetchone()
        return row[0] or 0, row[1] or 0

    def next_sync_gen(self) -> int:
        with self.write():
            gen = int(self.get_meta("sync_gen") or 0) + 1
            self.set_meta("sync_gen", str(gen))
        return gen

    # -- reads for the door --------------------------------------------------------------

    def attendee(self, registration_id: str) -> Attendee | None:
        row = self.db.execute(ATTENDEE_SELECT + " WHERE r.id = ?", (registration_id,)).fetchone()
        return _attendee(row) if row else None

    def attendees(
        self, event_id: str, *, status: str | None = None, limit: int | None = None
    ) -> Iterator[Attendee]:
        sql = f"SELECT * FROM ({ATTENDEE_SELECT} WHERE r.event_id = ?)"
        args: list[Any] = [event_id]
        if status:
            sql += " WHERE effective_status = ?"
            args.append(status)
        sql += " ORDER BY attendee_name COLLATE NOCASE, id"
        if limit:
            sql += " LIMIT ?"
            args.append(limit)
        for row in self.db.execute(sql, args):
            yield _attendee(row)

    def search(self, event_id: str, query: str, limit: int = 50) -> list[Attendee]:
        terms = _fts_query(query)
        if not terms:
            return []
        rows = self.db.execute(
            ATTENDEE_SELECT
            + " WHERE r.event_id = ? AND r.rowid IN (SELECT rowid FROM registrations_fts"
            " WHERE registrations_fts MATCH ? ORDER BY rank LIMIT ?)"
            " ORDER BY r.attendee_name COLLATE NOCASE LIMIT ?",
            (event_id, terms, limit * 4, limit),
        ).fetchall()
        return [_attendee(row) for row in rows]

    def counts(self, event_id: str) -> tuple[dict[str, int], int, int]:
        """(registrations by effective status, people in, places held)."""
        rows = self.db.execute(
            f"""SELECT {EFFECTIVE} AS s, COUNT(*), SUM(1 + MIN(r.guest_count, ?))
                FROM registrations r LEFT JOIN checkins c ON c.registration_id = r.id
                WHERE r.event_id = ? AND r.vanished = 0 GROUP BY s""",
            # a party is never counted larger than a walk-in may be: a server row claiming
            # 10,000 guests must not close the door to everyone else
            (MAX_GUESTS, event_id),
        ).fetchall()
        counts = {s: 0 for s in STATUSES}
        people_in = held = 0
        for status, n, people in rows:
            counts[status] = n
            if status == Status.ATTENDED:
                people_in = people or 0
            if status in STATUSES_HOLDING_PLACES:
                held += people or 0
        return counts, people_in, held

    # -- local changes -------------------------------------------------------------------

    def record_scan(self, db: sqlite3.Connection, code: str, verdict: str, rid: str | None,
                    device: str) -> None:
        db.execute(
            "INSERT INTO scans(at, code, verdict, registration_id, device) VALUES (?,?,?,?,?)",
            (utcnow(), code[:200], verdict, rid, device),
        )

    def set_local_status(
        self, db: sqlite3.Connection, attendee: Attendee, status: str, device: str
    ) -> str:
        """Record a local status change and its upload, inside the caller's transaction."""
        at = utcnow()
        seq = self.enqueue(db, "status", attendee.registration.event_id, attendee.id,
                           {"status": status, "previous": attendee.effective_status})
        db.execute(
            """INSERT INTO checkins(registration_id, event_id, status, previous_status,
                   checked_in_at, device, changed_at, uploaded_at, seq)
               VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)
               ON CONFLICT(registration_id) DO UPDATE SET status=excluded.status,
                   previous_status=excluded.previous_status, checked_in_at=excluded.checked_in_at,
                   device=excluded.device, changed_at=excluded.changed_at, uploaded_at=NULL,
                   seq=excluded.seq""",
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

    def enqueue(self, db: sqlite3.Connection, op: str, event_id: str, rid: str,
                payload: dict[str, Any]) -> int:
        cur = db.execute(
            "INSERT INTO outbox(op, event_id, registration_id, payload, created_at, created_ts)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (op, event_id, rid, json.dumps(payload, ensure_ascii=False), utcnow(), self.clock()),
        )
        return int(cur.lastrowid)

    def checkin_row(self, registration_id: str) -> sqlite3.Row | None:
        return self.db.execute(
            "SELECT * FROM checkins WHERE registration_id=?", (registration_id,)
        ).fetchone()

    def insert_local_registration(self, db: sqlite3.Connection, event_id: str,
                                  fields: dict[str, Any], status: str) -> str:
        rid = "local_" + uuid.uuid4().hex[:16]
        db.execute(
            """INSERT INTO registrations(id, event_id, attendee_name, attendee_email,
                   attendee_phone, status, guest_count, notes, created_at, origin, first_seen_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?)""",
            (rid, event_id, fields["attendee_name"], fields["attendee_email"],
             fields.get("attendee_phone"), status, fields.get("guest_count", 0),
             fields.get("notes"), utcnow(), self.clock()),
        )
        return rid

    # -- outbox --------------------------------------------------------------------------

    def outbox_head(self) -> OutboxEntry | None:
        row = self.db.execute(
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

    def outbox_summary(self) -> OutboxSummary:
        row = self.db.execute(
            """SELECT SUM(state='pending'), SUM(state='conflict'),
                      MIN(CASE WHEN state='pending' THEN created_at END) FROM outbox"""
        ).fetchone()
        return OutboxSummary(pending=row[0] or 0, conflicts=row[1] or 0, oldest_pending_at=row[2])

    def conflicts(self) -> list[Conflict]:
        rows = self.db.execute(
            """SELECT o.id, o.registration_id, o.op, o.payload, o.http_status, o.last_error,
                      o.created_at, r.attendee_name
               FROM outbox o LEFT JOIN registrations r ON r.id = o.registration_id
               WHERE o.state='conflict' ORDER BY o.id"""
        ).fetchall()
        return [
            Conflict(
                outbox_id=row["id"], registration_id=row["registration_id"],
                operation=_describe_op(row["op"], json.loads(row["payload"])),
                http_status=row["http_status"], message=row["last_error"] or "",
                created_at=row["created_at"], attendee_name=row["attendee_name"],
            )
            for row in rows
        ]


def clean_registration(raw: Any, event_id: str) -> dict[str, Any] | None:
    """A server row checked and normalised, or None when it cannot be trusted at all."""
    if not isinstance(raw, dict):
        return None
    rid, status = raw.get("id"), raw.get("status")
    if not isinstance(rid, str) or not rid or len(rid) > 100 or status not in STATUSES:
        return None
    if raw.get("event_id") not in (None, event_id):
        return None
    guests = raw.get("guest_count", 0)
    if isinstance(guests, bool) or not isinstance(guests, (int, float)) or guests < 0:
        guests = 0
    return {
        "id": rid,
        "event_id": event_id,
        "attendee_name": _text(raw.get("attendee_name")) or "(no name)",
        "attendee_email": _text(raw.get("attendee_email")) or "",
        "attendee_phone": _text(raw.get("attendee_phone")),
        "status": status,
        "guest_count": min(int(guests), 10_000),
        "notes": _text(raw.get("notes")),
        "created_at": normalise_time(raw.get("created_at")),
    }


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).replace("\x00", "")
    return text[:MAX_TEXT]


def _attendee(row: sqlite3.Row) -> Attendee:
    reg = Registration(
        id=row["id"], event_id=row["event_id"], attendee_name=row["attendee_name"],
        attendee_email=row["attendee_email"], status=row["status"],
        attendee_phone=row["attendee_phone"], guest_count=row["guest_count"],
        notes=row["notes"], created_at=row["created_at"],
    )
    return Attendee(
        registration=reg,
        effective_status=row["effective_status"],
        checked_in_at=row["checked_in_at"] if row["effective_status"] == Status.ATTENDED else None,
        checked_in_device=row["device"] if row["effective_status"] == Status.ATTENDED else None,
        awaiting_upload=bool(row["pending_uploads"]),
        conflict=row["conflict"],
        vanished=bool(row["vanished"]),
        local_only=row["origin"] == "local",
    )


def _fts_query(query: str) -> str:
    """User text -> a safe FTS5 query: each word a quoted prefix term, all required."""
    words = [w for w in query.replace('"', " ").split() if w][:8]
    return " ".join(f'"{w[:64]}"*' for w in words)


def _describe_op(op: str, payload: dict[str, Any]) -> str:
    if op == "create":
        return "register walk-in"
    status = payload.get("status")
    return "check in" if status == Status.ATTENDED else f"set status to {status}"


def _event_dict(event: Event) -> dict[str, Any]:
    from dataclasses import asdict

    return {k: v for k, v in asdict(event).items() if v is not None}


def _private(path: Path) -> None:
    """Personal data on disk is readable by this user only."""
    try:
        path.chmod(0o700 if path.is_dir() else 0o600)
    except OSError:
        pass
