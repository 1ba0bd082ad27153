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
import logging
import math
import os
import sqlite3
import threading
import time
import unicodedata
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from kiosk import rules
from kiosk.clock import normalise_time, utcnow
from kiosk.contract import MAX_GUESTS, STATUSES, STATUSES_HOLDING_PLACES
from kiosk.models import Attendee, Conflict, Event, OutboxSummary, Registration, Status
from kiosk.peers.schema import DOUBLES_MIGRATION as PEERS_DOUBLES_MIGRATION
from kiosk.peers.schema import MIGRATION as PEERS_MIGRATION  # issue 10: door-to-door journal
from kiosk.peers.schema import SIGNATURE_MIGRATION as PEERS_SIGNATURE_MIGRATION  # issue 19

try:
    import fcntl  # Linux and macOS; Windows has none, and there check-ins poll as before
except ImportError:  # pragma: no cover - Windows
    fcntl = None

log = logging.getLogger("kiosk.store")

DB_NAME = "kiosk.db"
INTENT_SUFFIX = "-intent"
"""``kiosk.db-intent``: the lock file through which check-ins of every process on this
database go ahead of the background writers of every other one (see :meth:`Store.write`)."""
BUSY_TIMEOUT_S = 30.0
INTENT_WAIT_S = 5.0
"""Longest a background batch waits for announced check-ins before it writes anyway."""
WRITE_BATCH = 25
"""Rows per transaction of the sync's background writes: a quarter of a server page, well
under a millisecond of lock each, so a check-in never waits for a whole page to be stored."""
VANISH_BATCH = 1000
"""Rows scanned per transaction when marking rows a complete sync did not see."""
SEARCH_BATCH = 100
"""Rows added to the search index per transaction while it catches up: a server page's
rows, about a millisecond of lock like a write batch (60 a batch cost a 100,000-row pull a
quarter more indexing time: each transaction writes a segment FTS5 later merges)."""
MAX_TEXT = 1000
WAL_AUTOCHECKPOINT = 1000
"""SQLite's default: the commit that takes the WAL past this many pages copies them back."""
CHECKPOINT_EVERY = 16
"""Background commits of a pull between two checkpoints of its helper thread (about 500
WAL pages: rows of a 100,000-row event land on random pages of the id index)."""


SEARCH_INDEX_META = "search_index_from"
# The search index holds the rows below this rowid (every row when the meta key is absent).
_INDEXED_BELOW = (f"COALESCE((SELECT CAST(value AS INTEGER) FROM meta"
                  f" WHERE key = '{SEARCH_INDEX_META}'), 9223372036854775807)")

# The status shown for a registration with a local change, as EFFECTIVE (below) said when
# _MOVES_MIGRATION shipped: a migration is frozen, so it keeps its own copy. A change of
# EFFECTIVE needs a new step that recreates the triggers (tests/test_day_long.py compares
# the kept counts with a recount by EFFECTIVE, so a drift fails there).
_SHOWN_AT_MOVES = """
    CASE WHEN NOT (r.status = 'CANCELLED' AND COALESCE(r.fetched_seq, -1) >= COALESCE(c.seq, 0))
              AND (c.uploaded_seq IS NULL OR COALESCE(r.fetched_seq, -1) < c.uploaded_seq)
         THEN c.status ELSE r.status END
"""


def _recount_move(rid: str) -> str:
    """SQL making ``checkin_moves`` and ``status_moves`` right for one registration: its old
    move (if any) is taken back, and its move now (if its local change shows another status
    than the server's) is added. Reads one check-in and one registration by key."""
    return f"""
        INSERT INTO status_moves(event_id, status, guest_count, n)
            SELECT event_id, server, guest_count, 1 FROM checkin_moves
            WHERE registration_id = {rid} ON CONFLICT DO UPDATE SET n = n + 1;
        INSERT INTO status_moves(event_id, status, guest_count, n)
            SELECT event_id, shown, guest_count, -1 FROM checkin_moves
            WHERE registration_id = {rid} ON CONFLICT DO UPDATE SET n = n - 1;
        DELETE FROM checkin_moves WHERE registration_id = {rid};
        INSERT INTO checkin_moves(registration_id, event_id, server, shown, guest_count)
            SELECT * FROM (
                SELECT r.id, r.event_id, r.status AS server, {_SHOWN_AT_MOVES} AS shown,
                       r.guest_count
                FROM checkins c JOIN registrations r ON r.id = c.registration_id
                WHERE c.registration_id = {rid} AND r.event_id = c.event_id AND r.vanished = 0)
            WHERE shown IS NOT server;
        INSERT INTO status_moves(event_id, status, guest_count, n)
            SELECT event_id, server, guest_count, -1 FROM checkin_moves
            WHERE registration_id = {rid} ON CONFLICT DO UPDATE SET n = n - 1;
        INSERT INTO status_moves(event_id, status, guest_count, n)
            SELECT event_id, shown, guest_count, 1 FROM checkin_moves
            WHERE registration_id = {rid} ON CONFLICT DO UPDATE SET n = n + 1;
    """


# Counts kept as they change, the rest of the way (issue 9). ``registration_tally`` counts
# the server's statuses; a local change that shows another status moves its registration
# from one count to another. Those moves were found by reading every check-in that differs
# from the server (``checkins_differing``) on each status refresh: every check-in waiting
# for upload, 20,000 of them after a day offline. Now each registration's move is kept in
# ``checkin_moves`` and their sum per (event, status, party) in ``status_moves`` (n may be
# negative), by triggers in the transaction of the change, so a status refresh reads a few
# dozen rows however many uploads wait. The registration triggers fire only when a check-in
# shows (or showed) another status than the server's and something it depends on changed,
# so a sync that brings back rows as they were (every pull stamps ``fetched_seq``) does no
# extra work, however many check-ins wait. ``server_status`` and
# its index served only the old way and go.
_MOVES_MIGRATION = f"""
    CREATE TABLE checkin_moves (
        registration_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, server TEXT NOT NULL,
        shown TEXT NOT NULL, guest_count INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE status_moves (
        event_id TEXT NOT NULL, status TEXT NOT NULL, guest_count INTEGER NOT NULL,
        n INTEGER NOT NULL, PRIMARY KEY (event_id, status, guest_count)
    ) WITHOUT ROWID;
    INSERT INTO checkin_moves(registration_id, event_id, server, shown, guest_count)
        SELECT * FROM (
            SELECT r.id, r.event_id, r.status AS server, {_SHOWN_AT_MOVES} AS shown, r.guest_count
            FROM checkins c JOIN registrations r ON r.id = c.registration_id
            WHERE r.event_id = c.event_id AND r.vanished = 0)
        WHERE shown IS NOT server;
    INSERT INTO status_moves(event_id, status, guest_count, n)
        SELECT event_id, status, guest_count, SUM(n) FROM (
            SELECT event_id, server AS status, guest_count, -1 AS n FROM checkin_moves
            UNION ALL SELECT event_id, shown, guest_count, 1 FROM checkin_moves)
        GROUP BY event_id, status, guest_count;

    CREATE TRIGGER checkin_moves_checkins_ai AFTER INSERT ON checkins BEGIN
        {_recount_move("new.registration_id")}
    END;
    CREATE TRIGGER checkin_moves_checkins_au AFTER UPDATE OF registration_id, event_id, status,
        seq, uploaded_seq ON checkins BEGIN
        {_recount_move("new.registration_id")}
    END;
    CREATE TRIGGER checkin_moves_checkins_rekey AFTER UPDATE OF registration_id ON checkins
        WHEN old.registration_id IS NOT new.registration_id BEGIN
        {_recount_move("old.registration_id")}
    END;
    CREATE TRIGGER checkin_moves_checkins_ad AFTER DELETE ON checkins BEGIN
        {_recount_move("old.registration_id")}
    END;
    CREATE TRIGGER checkin_moves_registrations_ai AFTER INSERT ON registrations
        WHEN EXISTS (SELECT 1 FROM checkins WHERE registration_id = new.id) BEGIN
        {_recount_move("new.id")}
    END;
    CREATE TRIGGER checkin_moves_registrations_au AFTER UPDATE OF id, event_id, status,
        guest_count, vanished, fetched_seq ON registrations
        WHEN EXISTS (SELECT 1 FROM checkins c WHERE c.registration_id = new.id
            AND (c.status IS NOT new.status OR c.status IS NOT old.status)
            AND (old.id IS NOT new.id OR old.event_id IS NOT new.event_id
                 OR old.status IS NOT new.status OR old.guest_count IS NOT new.guest_count
                 OR old.vanished IS NOT new.vanished
                 OR (old.fetched_seq IS NOT new.fetched_seq
                     AND ('CANCELLED' IN (old.status, new.status)
                          OR c.uploaded_seq IS NOT NULL))))
        BEGIN
        {_recount_move("new.id")}
    END;
    CREATE TRIGGER checkin_moves_registrations_rekey AFTER UPDATE OF id ON registrations
        WHEN old.id IS NOT new.id
             AND EXISTS (SELECT 1 FROM checkin_moves WHERE registration_id = old.id) BEGIN
        {_recount_move("old.id")}
    END;
    CREATE TRIGGER checkin_moves_registrations_ad AFTER DELETE ON registrations
        WHEN EXISTS (SELECT 1 FROM checkin_moves WHERE registration_id = old.id) BEGIN
        {_recount_move("old.id")}
    END;

    DROP TRIGGER checkins_server_status_ai;
    DROP TRIGGER checkins_server_status_au;
    DROP TRIGGER registrations_server_status_ai;
    DROP TRIGGER registrations_server_status_au;
    DROP TRIGGER registrations_server_status_ad;
    DROP INDEX checkins_differing;
    ALTER TABLE checkins DROP COLUMN server_status;
"""

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
    PEERS_MIGRATION,  # peer_journal, peer_doors (kiosk/peers/schema.py)
    # Work that does not grow with the day (see "Counts kept as they change" below).
    # 1. Counters kept in the same transaction as the change, by triggers, so every writer
    #    (door, outbox, sync, another process) keeps them right: outbox entries by state;
    #    registrations by (event, server status, party) where not vanished; and on each
    #    check-in the server's status of its registration, so that the few check-ins that
    #    differ from the server sit in a small partial index.
    # 2. Indexes the sync rewrote on every row of every pull, for queries that run once per
    #    sync or rarely, make way for one that only grows at its end (rows first seen by a
    #    generation): seen_sync (vanish marking scans once per sync instead) and the email
    #    index (walk-in twins are found among the rows new since the walk-in was sent).
    # 3. Finished outbox entries (done, superseded, dismissed) move to ``outbox_archive``
    #    after each upload round (Store.archive_finished): undo and walk-in twin detection
    #    read them there by index; ``outbox`` keeps only what is waiting or refused.
    # 4. The search index may lag behind the table during a pull: it holds exactly the rows
    #    with rowid < meta 'search_index_from' (all rows when that key is absent), and
    #    Store.catch_up_search_index() indexes the rest in batches.
    f"""
        CREATE TABLE outbox_tally (state TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO outbox_tally SELECT state, COUNT(*) FROM outbox GROUP BY state;
        CREATE TRIGGER outbox_tally_ai AFTER INSERT ON outbox BEGIN
            INSERT INTO outbox_tally VALUES (new.state, 1)
                ON CONFLICT(state) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER outbox_tally_au AFTER UPDATE OF state ON outbox
            WHEN old.state IS NOT new.state BEGIN
            UPDATE outbox_tally SET n = n - 1 WHERE state = old.state;
            INSERT INTO outbox_tally VALUES (new.state, 1)
                ON CONFLICT(state) DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER outbox_tally_ad AFTER DELETE ON outbox BEGIN
            UPDATE outbox_tally SET n = n - 1 WHERE state = old.state;
        END;

        CREATE TABLE outbox_archive (
            id INTEGER PRIMARY KEY, op TEXT NOT NULL, event_id TEXT NOT NULL,
            registration_id TEXT NOT NULL, payload TEXT NOT NULL, state TEXT NOT NULL,
            attempts INTEGER NOT NULL, next_attempt_at REAL NOT NULL, sent_at REAL,
            http_status INTEGER, last_error TEXT, created_at TEXT NOT NULL,
            created_ts REAL NOT NULL, done_at TEXT, sent_gen INTEGER
        );
        CREATE INDEX outbox_archive_registration ON outbox_archive(registration_id, op, state);
        CREATE INDEX outbox_archive_creates ON outbox_archive(json_extract(payload, '$.server_id'))
            WHERE op = 'create' AND state = 'done';

        CREATE TABLE registration_tally (
            event_id TEXT NOT NULL, status TEXT NOT NULL, guest_count INTEGER NOT NULL,
            n INTEGER NOT NULL, PRIMARY KEY (event_id, status, guest_count)
        ) WITHOUT ROWID;
        INSERT INTO registration_tally SELECT event_id, status, guest_count, COUNT(*)
            FROM registrations WHERE vanished = 0 GROUP BY 1, 2, 3;
        CREATE TRIGGER registration_tally_ai AFTER INSERT ON registrations
            WHEN new.vanished = 0 BEGIN
            INSERT INTO registration_tally VALUES (new.event_id, new.status, new.guest_count, 1)
                ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER registration_tally_ad AFTER DELETE ON registrations
            WHEN old.vanished = 0 BEGIN
            UPDATE registration_tally SET n = n - 1 WHERE event_id = old.event_id
                AND status = old.status AND guest_count = old.guest_count;
        END;
        CREATE TRIGGER registration_tally_au AFTER UPDATE OF event_id, status, guest_count,
            vanished ON registrations
            WHEN old.event_id IS NOT new.event_id OR old.status IS NOT new.status
              OR old.guest_count IS NOT new.guest_count OR old.vanished IS NOT new.vanished BEGIN
            UPDATE registration_tally SET n = n - 1 WHERE old.vanished = 0
                AND event_id = old.event_id AND status = old.status
                AND guest_count = old.guest_count;
            INSERT INTO registration_tally
                SELECT new.event_id, new.status, new.guest_count, 1 WHERE new.vanished = 0
                ON CONFLICT DO UPDATE SET n = n + 1;
        END;

        ALTER TABLE checkins ADD COLUMN server_status TEXT;
        UPDATE checkins SET server_status =
            (SELECT status FROM registrations r WHERE r.id = checkins.registration_id);
        CREATE INDEX checkins_differing ON checkins(event_id) WHERE status IS NOT server_status;
        CREATE TRIGGER checkins_server_status_ai AFTER INSERT ON checkins BEGIN
            UPDATE checkins SET server_status =
                (SELECT status FROM registrations WHERE id = new.registration_id)
                WHERE registration_id = new.registration_id;
        END;
        CREATE TRIGGER checkins_server_status_au AFTER UPDATE OF registration_id ON checkins
            BEGIN
            UPDATE checkins SET server_status =
                (SELECT status FROM registrations WHERE id = new.registration_id)
                WHERE registration_id = new.registration_id;
        END;
        CREATE TRIGGER registrations_server_status_ai AFTER INSERT ON registrations BEGIN
            UPDATE checkins SET server_status = new.status WHERE registration_id = new.id;
        END;
        CREATE TRIGGER registrations_server_status_au AFTER UPDATE OF id, status ON registrations
            WHEN old.id IS NOT new.id OR old.status IS NOT new.status BEGIN
            UPDATE checkins SET server_status = new.status WHERE registration_id = new.id;
        END;
        CREATE TRIGGER registrations_server_status_ad AFTER DELETE ON registrations BEGIN
            UPDATE checkins SET server_status = NULL WHERE registration_id = old.id;
        END;

        DROP INDEX registrations_seen;
        DROP INDEX registrations_email;
        CREATE INDEX registrations_first_seen ON registrations(event_id, first_seen_gen);

        DROP TRIGGER registrations_ai;
        DROP TRIGGER registrations_ad;
        DROP TRIGGER registrations_au;
        CREATE TRIGGER registrations_ai AFTER INSERT ON registrations
            WHEN new.rowid < {_INDEXED_BELOW} BEGIN
            INSERT INTO registrations_fts(rowid, attendee_name, attendee_email, attendee_phone, notes)
            VALUES (new.rowid, new.attendee_name, new.attendee_email, new.attendee_phone, new.notes);
        END;
        CREATE TRIGGER registrations_ad AFTER DELETE ON registrations
            WHEN old.rowid < {_INDEXED_BELOW} BEGIN
            INSERT INTO registrations_fts(registrations_fts, rowid, attendee_name, attendee_email,
                attendee_phone, notes)
            VALUES ('delete', old.rowid, old.attendee_name, old.attendee_email, old.attendee_phone,
                old.notes);
        END;
        CREATE TRIGGER registrations_au AFTER UPDATE OF attendee_name, attendee_email,
            attendee_phone, notes ON registrations
            WHEN (old.attendee_name IS NOT new.attendee_name
              OR old.attendee_email IS NOT new.attendee_email
              OR old.attendee_phone IS NOT new.attendee_phone
              OR old.notes IS NOT new.notes) AND old.rowid < {_INDEXED_BELOW} BEGIN
            INSERT INTO registrations_fts(registrations_fts, rowid, attendee_name, attendee_email,
                attendee_phone, notes)
            VALUES ('delete', old.rowid, old.attendee_name, old.attendee_email, old.attendee_phone,
                old.notes);
            INSERT INTO registrations_fts(rowid, attendee_name, attendee_email, attendee_phone, notes)
            VALUES (new.rowid, new.attendee_name, new.attendee_email, new.attendee_phone, new.notes);
        END;
    """,
    # name badges: one "first" badge per registration, reprints counted, failures waiting in
    # order (kiosk/badges/jobs.py has the rules)
    """
        CREATE TABLE badge_jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            registration_id TEXT NOT NULL,
            event_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            trigger TEXT NOT NULL,
            requested_by TEXT NOT NULL,
            requested_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'waiting',
            attempts INTEGER NOT NULL DEFAULT 0,
            claimed_at REAL,
            printer TEXT,
            printed_at TEXT,
            last_error TEXT
        );
        CREATE UNIQUE INDEX badge_jobs_first ON badge_jobs(registration_id) WHERE kind = 'first';
        CREATE INDEX badge_jobs_state ON badge_jobs(event_id, state, id);
        -- a walk-in's badge follows it when it gets its server id (outbox re-keys its rows)
        CREATE TRIGGER badge_jobs_rekey AFTER UPDATE OF registration_id ON outbox
            WHEN old.registration_id IS NOT new.registration_id BEGIN
            UPDATE badge_jobs SET registration_id = new.registration_id
                WHERE registration_id = old.registration_id;
        END;
    """,
    # "read after the upload finished" by the order this kiosk observed, not wall clocks: a
    # finished upload takes the next number of the outbox sequence (checkins.uploaded_seq),
    # so a request sent after it has fetched_seq >= uploaded_seq (see EFFECTIVE). Rows
    # uploaded before this migration keep the decision the wall clocks gave them: -1 where
    # the server's row was read later, else the current mark (the next read wins).
    """
        ALTER TABLE checkins ADD COLUMN uploaded_seq INTEGER;
        UPDATE checkins SET uploaded_seq = CASE
            WHEN (SELECT r.fetched_at FROM registrations r WHERE r.id = checkins.registration_id)
                 >= uploaded_at THEN -1
            ELSE COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0) END
            WHERE uploaded_at IS NOT NULL;
    """,
    # Status counts that do not grow with the waiting uploads (issue 9), see _MOVES_MIGRATION
    _MOVES_MIGRATION,
    # double entries kept as the journal changes (kiosk/peers/schema.py)
    PEERS_DOUBLES_MIGRATION,
    # every journal entry signed by its door (kiosk/peers/schema.py)
    PEERS_SIGNATURE_MIGRATION,
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
# check-in was made always wins, even when the check-in's clock was a day ahead; and a change
# the organiser made after the upload shows at the next read, whatever the clock did. Both
# "after"s compare numbers of the outbox sequence: ``r.fetched_seq`` is its mark read before
# the request, ``c.seq`` the change's outbox id, ``c.uploaded_seq`` the number its upload
# took when it finished (Store.finish_status).
EFFECTIVE = """
    CASE WHEN c.registration_id IS NOT NULL
              AND NOT (r.status = 'CANCELLED'
                       AND COALESCE(r.fetched_seq, -1) >= COALESCE(c.seq, 0))
              AND (c.uploaded_seq IS NULL OR COALESCE(r.fetched_seq, -1) < c.uploaded_seq)
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


# A server page's rows as the sync writes them: each row a JSON array in this column order
# (prepare_server_rows), a batch one JSON array of rows, stored by one statement.
SERVER_COLUMNS = ("id", "attendee_name", "attendee_email", "attendee_phone", "status",
                  "guest_count", "notes", "created_at")
_STATUS = SERVER_COLUMNS.index("status")
_UPSERT_SQL = f"""
    INSERT INTO registrations(event_id, {", ".join(SERVER_COLUMNS)}, origin, seen_sync,
        vanished, fetched_at, first_seen_at, fetched_seq, first_seen_gen)
    SELECT :event, {", ".join(f"value ->> {i}" for i in range(len(SERVER_COLUMNS)))}, 'server',
        :gen, 0, :fetched_at, :now, :seq, :gen
    FROM json_each(:rows) WHERE true
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
"""
_SEEN_BEFORE_SQL = """
    SELECT COUNT(*) FROM registrations WHERE seen_sync = ?
        AND id IN (SELECT value FROM json_each(?))
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
        self._turn = threading.Condition()  # background writers wait for _waiting == 0
        self._waiting = 0
        self._intent_fds: dict[bool, int | None] = {}  # background? -> its lock file handle
        # every connection and the thread it belongs to (see db)
        self._connections: dict[sqlite3.Connection, threading.Thread] = {}
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
            conn.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA cache_size=-65536")  # 64 MiB: 100k rows and their indexes fit
            conn.execute("PRAGMA temp_store=MEMORY")
            conn.create_function("kiosk_fold", 1, _fold, deterministic=True)
            self._local.conn = conn
            with self._connections_lock:
                self._close_orphans()
                self._connections[conn] = threading.current_thread()
        return conn

    def _close_orphans(self) -> None:
        """Close the connections of threads that have ended. Short-lived threads (the sync's
        page fetchers, peer requests) each open one; without this, a GUI that syncs every
        few minutes piled up two more a pull and ran out of open files by the afternoon."""
        for conn, thread in list(self._connections.items()):
            if not thread.is_alive():
                del self._connections[conn]
                try:
                    conn.close()
                except sqlite3.Error:
                    pass

    @contextmanager
    def write(self, *, background: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE), serialised across threads.

        Check-ins go first. ``background`` writers (the sync's batches, search indexing,
        archiving) first wait until no other thread of this process waits to write, and each
        of their transactions is a small batch, so a check-in waits at most for one batch
        (well under a millisecond), never for a whole page or sync. Other writers
        (check-ins, undo, uploads) wait for the lock of another process in fine steps
        (see :meth:`_begin`).

        Across processes SQLite's lock is not fair: a sync in another process took it again
        within microseconds of each commit, and a check-in polling for it lost that race
        several times over (measured: half of its p99 during a sync). So a foreground writer
        holds a shared ``flock`` on ``kiosk.db-intent`` while it waits and writes, and a
        background writer takes it exclusively before each batch, so the batch waits until
        every announced check-in has committed (at most :data:`INTENT_WAIT_S`: a stopped
        process must not hang the sync).
        Processes that do not take part (older versions, the sqlite3 shell) are still
        ordered by BEGIN IMMEDIATE; without ``fcntl`` (Windows) that is all there is. What
        remains of the wait is the one batch already running; the rest of the tail is CPU
        scheduling (bench/RESULTS.md), hence ``SCHED_BATCH`` in :meth:`bulk`.

        Why this and not the other options weighed (issue 9): counts are kept by triggers in
        the transaction of each change, so a status refresh reads a few dozen rows instead
        of 100,000 and no longer holds a worker for 180 ms; reads need no separate read-only
        connection, because in WAL mode every per-thread connection reads its snapshot
        without the write lock; and keeping the server copy in another SQLite file would
        free the lock entirely, but a server cancellation must turn a waiting upload into a
        conflict in the same transaction as the page that brought it, and a transaction over
        two attached WAL files is not atomic. What is left to share is the write lock, held
        briefly. In the GUI, check-ins also have their own worker lane (kiosk/ui/tasks.py).
        """
        nested = getattr(self._local, "depth", 0) > 0
        if background and not nested:
            with self._turn:
                self._turn.wait_for(lambda: self._waiting == 0)
            self._after_checkins_elsewhere()
        elif not nested:
            with self._turn:
                self._waiting += 1
        try:
            self._write_lock.acquire()
        finally:
            if not background and not nested:
                with self._turn:
                    self._waiting -= 1
                    self._turn.notify_all()
        announced = not background and not nested and self._announce_checkin()
        self._local.depth = getattr(self._local, "depth", 0) + 1
        try:
            db = self.db
            if db.in_transaction:  # nested: join the outer transaction
                yield db
                return
            self._begin(db, fine=not background)
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
        finally:
            self._local.depth -= 1
            if announced:
                fcntl.flock(self._intent_fd(False), fcntl.LOCK_UN)
            self._write_lock.release()

    def _intent_fd(self, background: bool) -> int | None:
        """This store's handle on the intent file, one for check-ins and one for background
        writers (a flock belongs to the open file, so the two must not share one); None where
        there is no flock."""
        with self._connections_lock:
            if background not in self._intent_fds:
                fd = None
                if fcntl is not None:
                    old_umask = os.umask(0o077)
                    try:
                        fd = os.open(f"{self.path}{INTENT_SUFFIX}", os.O_RDWR | os.O_CREAT, 0o600)
                    except OSError:
                        fd = None  # then only SQLite's lock orders the writers
                    finally:
                        os.umask(old_umask)
                self._intent_fds[background] = fd
            return self._intent_fds[background]

    def _announce_checkin(self) -> bool:
        """A shared lock on the intent file while this writer waits for and holds its
        transaction. Never blocks: it fails only in the instant a background writer holds the
        file to look past it, and then that writer goes first by one batch, as without it."""
        fd = self._intent_fd(False)
        if fd is None:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _after_checkins_elsewhere(self) -> None:
        """Before each batch, wait until no foreground writer (of any process, this one's
        included) is announced. A check-in holds the file for milliseconds; one that holds
        it for :data:`INTENT_WAIT_S` is stuck (a stopped process), and then the batch goes
        on and SQLite's own lock decides, so a sync never hangs on another process."""
        fd = self._intent_fd(True)
        if fd is None:
            return
        deadline, pause = time.monotonic() + INTENT_WAIT_S, 0.0002
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() > deadline:
                    log.warning("a check-in elsewhere has held %s%s for %.0f s; writing anyway",
                                DB_NAME, INTENT_SUFFIX, INTENT_WAIT_S)
                    return
                time.sleep(pause)  # a background batch: a millisecond late costs nothing
                pause = min(pause * 2, 0.002)
                continue
            fcntl.flock(fd, fcntl.LOCK_UN)
            return

    def writers_waiting(self) -> int:
        """Threads of this process waiting to write ahead of the background writers."""
        with self._turn:
            return self._waiting

    def _begin(self, db: sqlite3.Connection, *, fine: bool) -> None:
        """BEGIN IMMEDIATE. While another process holds the lock, SQLite's own busy handler
        sleeps 1, 2, 5, 10... ms between tries, so a check-in behind a 1 ms sync batch would
        wait 3 ms or more; ``fine`` retries every fraction of a millisecond instead."""
        if not fine:
            db.execute("BEGIN IMMEDIATE")
            return
        db.execute("PRAGMA busy_timeout=0")
        try:
            deadline = time.monotonic() + BUSY_TIMEOUT_S
            pause = 0.0001
            while True:
                try:
                    db.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if (getattr(exc, "sqlite_errorcode", sqlite3.SQLITE_BUSY) & 0xFF
                            != sqlite3.SQLITE_BUSY or time.monotonic() > deadline):
                        raise
                time.sleep(pause)
                pause = min(pause * 1.5, 0.0005)
        finally:
            db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")

    @contextmanager
    def bulk(self) -> Iterator[None]:
        """Bulk loading of server data on this thread without an fsync per transaction.

        The registrations cache can always be pulled again, so its pages need not each reach
        the disk before the next; WAL keeps the file consistent whatever happens. Check-ins
        never go through here: they commit with ``synchronous=FULL``.

        On Linux the thread (and the threads it starts, such as the sync's page fetchers)
        runs as ``SCHED_BATCH`` meanwhile: same share of the CPU, but when it wakes (a page
        arrives, a check-in releases the intent file) it does not preempt a running check-in.
        """
        db = self.db
        db.execute("PRAGMA synchronous=NORMAL")
        batch = _batch_scheduling()
        try:
            yield
        finally:
            db.execute("PRAGMA synchronous=FULL")
            if batch:
                os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))

    def close_thread_connection(self) -> None:
        """Close this thread's connection (a short-lived server thread, issue 10), so that
        one connection per peer request does not pile up until :meth:`close`."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            return
        self._local.conn = None
        with self._connections_lock:
            self._connections.pop(conn, None)
        conn.close()

    def close(self) -> None:
        with self._connections_lock:
            for conn in self._connections:
                try:
                    conn.close()
                except sqlite3.ProgrammingError:
                    pass
            self._connections.clear()
            for fd in self._intent_fds.values():
                if fd is not None:
                    os.close(fd)
            self._intent_fds.clear()
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

    # -- wiping an event (kiosk wipe) -----------------------------------------------------

    @staticmethod
    def inspect(path: Path, event_id: str | None) -> dict[str, Any]:
        """What a database file holds, read without leaving anything behind and without
        migrating it: opening a WAL database creates -wal and -shm files, so one without
        them (closed cleanly) is opened as immutable. A file that is not ours or is damaged
        reads as empty (the whole file then goes)."""
        wal = Path(f"{path}-wal").exists()
        mode = "mode=ro" if wal else "immutable=1"
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?{mode}", uri=True, timeout=5)
        try:
            events = {r[0] for r in conn.execute(
                "SELECT id FROM events UNION SELECT DISTINCT event_id FROM registrations"
                " UNION SELECT DISTINCT event_id FROM outbox"
                " UNION SELECT DISTINCT event_id FROM checkins")}
            where, args = ("", ()) if event_id is None else (" AND event_id=?", (event_id,))
            unsent = conn.execute(f"SELECT COUNT(*) FROM outbox WHERE state='pending'{where}",
                                  args).fetchone()[0]
            conflicts = conn.execute(f"SELECT COUNT(*) FROM outbox WHERE state='conflict'{where}",
                                     args).fetchone()[0]
            rows = 0
            if event_id is not None:
                tables = ["registrations", "checkins", "outbox"]
                if conn.execute("SELECT 1 FROM sqlite_master WHERE name='outbox_archive'"
                                ).fetchone():
                    tables.append("outbox_archive")
                for table in tables:
                    rows += conn.execute(f"SELECT COUNT(*) FROM {table} WHERE event_id=?",
                                         (event_id,)).fetchone()[0]
        except sqlite3.DatabaseError:
            events, unsent, conflicts, rows = set(), 0, 0, 0
        finally:
            conn.close()
        return {"events": events, "unsent": unsent, "conflicts": conflicts, "rows": rows}

    def delete_event(self, event_id: str) -> None:
        """Delete one event's rows, overwriting them on disk (secure_delete, then VACUUM) so
        the names do not linger in free pages or the write-ahead log."""
        db = self.db
        db.execute("PRAGMA secure_delete=ON")
        with self.write() as db:
            ids = [(r[0],) for r in db.execute("SELECT id FROM registrations WHERE event_id=?",
                                               (event_id,))]
            db.executemany("DELETE FROM scans WHERE registration_id=?", ids)
            db.executemany("DELETE FROM peer_journal WHERE registration_id=?", ids)
            # the door's own journal numbering now has holes or restarts: the next open takes a
            # new door id, so other doors never skip its new entries as ones they already hold
            db.execute("DELETE FROM meta WHERE key='peer_door_id'")
            db.execute("DELETE FROM scans WHERE code LIKE ?", (f"%{event_id}%",))
            for table in ("registrations", "checkins", "outbox", "outbox_archive"):
                db.execute(f"DELETE FROM {table} WHERE event_id=?", (event_id,))
            db.execute("DELETE FROM events WHERE id=?", (event_id,))
        db.execute("VACUUM")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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
        self, event_id: str, rows: "list[dict[str, Any]] | ServerRows", *, sync_gen: int | None,
        fetched_at: float, fetched_seq: int | None = None, count_fresh: bool = True,
    ) -> tuple[int, int, int | None]:
        """Store one page as read from the server (raw rows, or rows already checked by
        :func:`prepare_server_rows` on the thread that fetched them).

        Returns (stored, skipped as malformed, new to this sync generation); the last is
        None without ``count_fresh`` (a pull counts what it saw once a pass, with
        :meth:`count_seen`, instead of with one more query a page).
        """
        prepared = rows if isinstance(rows, ServerRows) else prepare_server_rows(rows, event_id)
        if prepared.event_id != event_id:
            raise ValueError(f"rows checked for {prepared.event_id}, not {event_id}")
        good = prepared.values
        now = self.clock()
        fresh: int | None = len(good) if count_fresh else None
        if sync_gen is not None and good and count_fresh:
            # Counted once for the page, before its transactions and outside them: only this
            # sync stamps its generation, so nothing can change the answer meanwhile.
            ids = {row[0] for row in good}
            fresh = len(ids) - self.db.execute(_SEEN_BEFORE_SQL,
                                               (sync_gen, json.dumps(list(ids)))).fetchone()[0]
        for start in range(0, len(good), WRITE_BATCH):
            self._upsert_batch(event_id, good[start:start + WRITE_BATCH], sync_gen, fetched_at,
                               fetched_seq, now)
        return len(good), prepared.skipped, fresh

    def _upsert_batch(self, event_id: str, good: list[tuple[Any, ...]], sync_gen: int | None,
                      fetched_at: float, fetched_seq: int | None, now: float) -> None:
        """One small background transaction of a page (see :meth:`write`).

        The batch goes to SQLite as one JSON array read by ``json_each``: one statement for
        the whole batch instead of one step per row. Each statement releases Python's
        interpreter lock and must win it back, which costs a while when the sync's fetch
        threads (and in the bench the simulator) are busy parsing JSON; and the write lock
        is held all the while. Fewer statements per batch is a shorter hold, too."""
        batch = json.dumps(good)
        with self.write(background=True) as db:
            db.execute(_UPSERT_SQL, {"rows": batch, "event": event_id, "gen": sync_gen,
                                     "fetched_at": fetched_at, "now": now, "seq": fetched_seq})
            cancelled = [row[0] for row in good if row[_STATUS] == Status.CANCELLED]
            if cancelled:
                self._server_cancellations_win(db, event_id, cancelled)
        self._committed_in_background()

    # -- checkpoints during a pull ----------------------------------------------------------

    @contextmanager
    def checkpoints_aside(self) -> Iterator[None]:
        """While this thread pulls, a helper thread of its own checkpoints the WAL.

        SQLite checkpoints in the commit that takes the WAL past 1,000 pages: copying them
        into the database and syncing both files (with the wait for the disk) fell on the
        pull's writer, the lane the whole sync waits for (bench/RESULTS.md). A PASSIVE
        checkpoint never blocks a writer, so the helper copies the bulk every
        :data:`CHECKPOINT_EVERY` background commits while the writer goes on, and the writer
        copies only what it committed meanwhile (see :class:`_Checkpointer`): the WAL keeps
        starting over near its usual size, and a check-in's commit (whose connection still
        checkpoints past 1,000 pages) seldom finds pages left to copy. The last copy runs as
        the block ends, so the pull leaves no more behind than before."""
        db = self.db
        helper = _Checkpointer(self)
        helper.start()
        db.execute("PRAGMA wal_autocheckpoint=0")
        self._local.checkpointer = helper
        try:
            yield
        finally:
            self._local.checkpointer = None
            try:
                helper.finish()
                checkpoint(db)  # what is left, so the WAL starts over as after SQLite's own
            finally:
                db.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")

    def _committed_in_background(self) -> None:
        helper = getattr(self._local, "checkpointer", None)
        if helper is not None:
            helper.committed()

    def observed_seq(self) -> int:
        """The highest outbox id committed so far: read it *before* a request, and any row
        that request brings back was on the server after every change up to that id.

        Read from ``sqlite_sequence`` (AUTOINCREMENT's high-water mark, written in the
        transaction of the insert), not ``MAX(id)``: archived entries leave ``outbox``, and
        the mark must never go back."""
        row = self.db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
        return int(row[0]) if row else 0

    @staticmethod
    def _next_mark(db: sqlite3.Connection) -> int:
        """Take the next number of the outbox sequence for a finished upload, inside the
        caller's transaction: a request sent after it reads a higher :meth:`observed_seq`,
        one sent before a lower one, and the next outbox entry still gets a higher id."""
        db.execute("INSERT OR IGNORE INTO sqlite_sequence(name, seq) SELECT 'outbox', 0"
                   " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox')")
        db.execute("UPDATE sqlite_sequence SET seq = seq + 1 WHERE name = 'outbox'")
        return int(db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'")
                   .fetchone()[0])

    def _server_cancellations_win(self, db: sqlite3.Connection, event_id: str,
                                  ids: list[str]) -> None:
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

    def mark_vanished(self, event_id: str, sync_gen: int) -> int:
        """Server rows not seen by a complete sync are gone from the server.

        Only rows last seen by an *older* generation: a row another sync (another process)
        stamped with a newer generation meanwhile was seen, not lost."""
        marked = 0
        top = self.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM registrations").fetchone()[0]
        for start in range(0, top + 1, VANISH_BATCH):  # small transactions: check-ins first
            with self.write(background=True) as db:
                marked += db.execute(
                    "UPDATE registrations SET vanished=1 WHERE rowid BETWEEN ? AND ?"
                    " AND event_id=? AND origin='server' AND vanished=0"
                    " AND (seen_sync IS NULL OR seen_sync < ?)",
                    (start, start + VANISH_BATCH - 1, event_id, sync_gen),
                ).rowcount
        return marked

    def count_seen(self, event_id: str, sync_gen: int) -> int:
        """Distinct registrations of the event stamped by this sync generation (or a newer
        one: a sync of another process that saw them meanwhile)."""
        return self.db.execute(
            "SELECT COUNT(*) FROM registrations WHERE event_id = ? AND seen_sync >= ?",
            (event_id, sync_gen),
        ).fetchone()[0]

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

    # -- the search index ------------------------------------------------------------------
    #
    # Indexing each row as its page is written made storing a page cost as much as fetching
    # it (the FTS5 work was half of a page's write, and it held the write lock). During a
    # pull the index lags instead: rows added from the row ``search_index_from`` on are not
    # indexed by the triggers, and the sync indexes them in batches while it waits for the
    # next page. The boundary lives in the database, in the same transactions as the rows,
    # so the index is never wrong about a row, only behind; after a crash mid-pull the next
    # door opened catches up (:meth:`repair_search_index`).

    def defer_search_index(self) -> None:
        """From now on rows added are indexed by :meth:`catch_up_search_index`, not at once."""
        with self.write(background=True) as db:
            db.execute(
                "INSERT OR IGNORE INTO meta(key, value) SELECT ?, COALESCE(MAX(rowid), 0) + 1"
                " FROM registrations", (SEARCH_INDEX_META,),
            )

    def catch_up_search_index(self, limit: int | None = SEARCH_BATCH, *,
                              finish: bool = False) -> bool:
        """Index up to ``limit`` rows of the lag (all with None) in one background
        transaction. With ``finish``, once nothing lags the triggers index every change at
        once again; without, rows added later still wait (the pull is still running).
        Returns True while rows are left to index."""
        with self.write(background=True) as db:
            row = db.execute("SELECT value, (SELECT COALESCE(MAX(rowid), 0) + 1 FROM"
                             " registrations) FROM meta WHERE key = ?",
                             (SEARCH_INDEX_META,)).fetchone()
            if row is None:
                return False
            start, top = int(row[0]), row[1]
            end = top if limit is None else min(top, start + limit)
            db.execute(
                "INSERT INTO registrations_fts(rowid, attendee_name, attendee_email,"
                " attendee_phone, notes) SELECT rowid, attendee_name, attendee_email,"
                " attendee_phone, notes FROM registrations WHERE rowid >= ? AND rowid < ?",
                (start, end),
            )
            if end >= top and finish:
                db.execute("DELETE FROM meta WHERE key = ?", (SEARCH_INDEX_META,))
            elif end > start:
                db.execute("UPDATE meta SET value = ? WHERE key = ?",
                           (str(end), SEARCH_INDEX_META))
        self._committed_in_background()
        return end < top

    def search_index_behind(self) -> bool:
        return self.get_meta(SEARCH_INDEX_META) is not None

    def repair_search_index(self) -> None:
        """Finish what a pull that died half-way left: the search index catches up."""
        while self.catch_up_search_index(finish=True):
            pass

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
        lagging, tail_args = "", []
        lag = self.get_meta(SEARCH_INDEX_META)
        if lag is not None:
            # a pull is indexing its rows (see the search index section): the few not indexed
            # yet, at the end of the table, are searched by plain text meanwhile
            words = [w[:64] for w in query.replace('"', " ").split() if w][:8]
            text = ("kiosk_fold(attendee_name || ' ' || attendee_email || ' ' ||"
                    " COALESCE(attendee_phone, '') || ' ' || COALESCE(notes, ''))")
            lagging = (" UNION ALL SELECT rowid FROM registrations WHERE rowid >= ? AND "
                       + " AND ".join(f"instr({text}, ?)" for _ in words))
            tail_args = [int(lag), *(_fold(w) for w in words)]
        rows = self.db.execute(
            ATTENDEE_SELECT
            + " WHERE r.event_id = ? AND r.rowid IN (SELECT * FROM (SELECT rowid"
            " FROM registrations_fts WHERE registrations_fts MATCH ? ORDER BY rank LIMIT ?)"
            + lagging + ") ORDER BY r.attendee_name COLLATE NOCASE LIMIT ?",
            (event_id, terms, limit * 4, *tail_args, limit),
        ).fetchall()
        return [_attendee(row) for row in rows]

    def counts(self, event_id: str) -> tuple[dict[str, int], int, int]:
        """(registrations by effective status, people in, places held).

        Counts kept as they change: ``registration_tally`` holds the server rows by status
        and party size, and ``status_moves`` what the local changes that show another
        status add and take away (:data:`EFFECTIVE` is always one of the two), both kept by
        triggers in the transaction of every change. So this reads a few dozen rows,
        whatever the size of the event, the length of the day or the uploads waiting (at
        100,000 registrations the full scan it replaces took 60-180 ms).
        """
        rows = self.db.execute(
            """SELECT status, guest_count, n FROM registration_tally WHERE event_id = :event
               UNION ALL SELECT status, guest_count, n FROM status_moves
               WHERE event_id = :event AND n != 0""",
            {"event": event_id},
        ).fetchall()
        counts = {s: 0 for s in STATUSES}
        people: dict[str, int] = {}
        for status, guests, n in rows:
            counts[status] = counts.get(status, 0) + n
            # a party is never counted larger than a walk-in may be: a server row claiming
            # 10,000 guests must not close the door to everyone else
            people[status] = people.get(status, 0) + n * (1 + min(guests, MAX_GUESTS))
        held = sum(people.get(s, 0) for s in STATUSES_HOLDING_PLACES)
        return counts, people.get(Status.ATTENDED, 0), held

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
        """Read from the counters and the head of the queue: it runs after every check-in,
        so its cost must not grow with the entries uploaded during the day (finished ones
        are kept: undo and walk-in twin detection read them)."""
        row = self.db.execute(
            """SELECT (SELECT n FROM outbox_tally WHERE state = 'pending'),
                      (SELECT n FROM outbox_tally WHERE state = 'conflict'),
                      (SELECT created_at FROM outbox WHERE state = 'pending'
                       ORDER BY id LIMIT 1)"""
        ).fetchone()
        return OutboxSummary(pending=row[0] or 0, conflicts=row[1] or 0, oldest_pending_at=row[2])

    # -- outbox bookkeeping (the uploader's and the door's writes) ---------------------------

    FINISHED = ("done", "superseded", "dismissed")
    ARCHIVE_BATCH = 500

    def archive_finished(self, limit: int | None = None) -> int:
        """Move finished entries from ``outbox`` to ``outbox_archive``, a batch per short
        background transaction (check-ins go first, see :meth:`write`); returns how many.

        Run after each upload round, never on the check-in path: ``outbox`` then holds only
        what waits or was refused, whatever the length of the day. Nothing is lost: undo
        (:meth:`reached_server`) and walk-in twin detection (:meth:`find_twin`) read the
        archive by index, and ``kiosk wipe`` deletes it with the event."""
        moved = 0
        cols = ("id, op, event_id, registration_id, payload, state, attempts, next_attempt_at,"
                " sent_at, http_status, last_error, created_at, created_ts, done_at, sent_gen")
        while limit is None or moved < limit:
            with self.write(background=True) as db:
                ids = [r[0] for r in db.execute(
                    "SELECT id FROM outbox WHERE state IN (?, ?, ?) LIMIT ?",
                    (*self.FINISHED, self.ARCHIVE_BATCH))]
                if not ids:
                    break
                marks = ",".join("?" * len(ids))
                db.execute(f"INSERT OR REPLACE INTO outbox_archive({cols}) SELECT {cols}"
                           f" FROM outbox WHERE id IN ({marks})", ids)
                db.execute(f"DELETE FROM outbox WHERE id IN ({marks})", ids)
            moved += len(ids)
        return moved

    def reached_server(self, db: sqlite3.Connection, registration_id: str) -> bool:
        """Whether a status change of this registration reached (or may have reached) the
        server: one finished, or one sent whose answer is still awaited."""
        return db.execute(
            """SELECT 1 FROM outbox WHERE registration_id=? AND op='status'
                   AND (state='done' OR (state='pending' AND sent_at IS NOT NULL))
               UNION ALL SELECT 1 FROM outbox_archive WHERE registration_id=? AND op='status'
                   AND state='done' LIMIT 1""",
            (registration_id, registration_id),
        ).fetchone() is not None

    def forget_local_change(self, db: sqlite3.Connection, registration_id: str) -> None:
        """Undo of a check-in that never left this kiosk: its waiting upload is dropped and
        the local change forgotten, instead of sending two PATCHes."""
        db.execute(
            "UPDATE outbox SET state='superseded' WHERE registration_id=? AND op='status'"
            " AND state IN ('pending', 'conflict')", (registration_id,),
        )
        db.execute("DELETE FROM checkins WHERE registration_id=?", (registration_id,))

    def reverse_local_change(self, db: sqlite3.Connection, attendee: Attendee, restore: str,
                             device: str) -> None:
        """Undo of a check-in the server has (or may have): its refusals are closed and the
        old status is queued for upload, remembering that it reverses an admission."""
        rid = attendee.id
        db.execute("UPDATE outbox SET state='dismissed' WHERE registration_id=?"
                   " AND state='conflict'", (rid,))
        self.set_local_status(db, attendee, restore, device)
        db.execute("UPDATE checkins SET previous_status='ATTENDED' WHERE registration_id=?",
                   (rid,))

    def dismiss_conflict(self, outbox_id: int, now: float) -> bool:
        """Accept the server's word on a refused entry; False when there is no such conflict."""
        with self.write() as db:
            row = db.execute("SELECT registration_id FROM outbox WHERE id=? AND state='conflict'",
                             (outbox_id,)).fetchone()
            if row is None:
                return False
            db.execute("UPDATE outbox SET state='dismissed' WHERE id=?", (outbox_id,))
            db.execute(
                """UPDATE checkins SET uploaded_at=?, uploaded_seq=?, status=(SELECT status
                       FROM registrations WHERE id=?) WHERE registration_id=? AND NOT EXISTS
                       (SELECT 1 FROM outbox WHERE registration_id=?
                        AND state IN ('pending', 'conflict'))""",
                (now, self._next_mark(db), row[0], row[0], row[0]),
            )
        return True

    def retry_conflict(self, outbox_id: int) -> bool:
        with self.write() as db:
            return db.execute(
                "UPDATE outbox SET state='pending', next_attempt_at=0 WHERE id=?"
                " AND state='conflict'", (outbox_id,),
            ).rowcount > 0

    def supersede(self, outbox_id: int) -> None:
        with self.write() as db:
            db.execute("UPDATE outbox SET state='superseded' WHERE id=?", (outbox_id,))

    def mark_sent(self, outbox_id: int, now: float) -> None:
        """Stamped before the request: an entry sent once may have landed, whatever happens."""
        with self.write() as db:
            db.execute(
                "UPDATE outbox SET sent_at=?, attempts=attempts+1, sent_gen=COALESCE("
                "(SELECT CAST(value AS INTEGER) FROM meta WHERE key='sync_gen'), 0) WHERE id=?",
                (now, outbox_id),
            )

    def finish_status(self, entry: OutboxEntry, row: dict[str, Any] | None, now: float) -> None:
        """A status change the server accepted (``row``: its answer, cleaned, if any)."""
        rid = entry.registration_id
        with self.write() as db:
            db.execute("UPDATE outbox SET state='done', done_at=?, last_error=NULL WHERE id=?",
                       (utcnow(), entry.id))
            mark = self._next_mark(db)
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

    def link_walk_in(self, entry: OutboxEntry, server_id: str, status: str, now: float) -> None:
        """The walk-in now has a server id: re-key its local rows and later entries."""
        local_id = entry.registration_id
        with self.write() as db:
            exists = db.execute("SELECT 1 FROM registrations WHERE id=?", (server_id,)).fetchone()
            if exists:  # a pull brought the server's row in already: drop the local twin
                db.execute("DELETE FROM registrations WHERE id=?", (local_id,))
            else:
                db.execute(
                    "UPDATE registrations SET id=?, origin='server', fetched_at=?, status=?"
                    " WHERE id=?", (server_id, now, status, local_id),
                )
            for table in ("checkins", "outbox", "outbox_archive", "scans"):
                db.execute(f"UPDATE {table} SET registration_id=? WHERE registration_id=?",
                           (server_id, local_id))
            db.execute(
                "UPDATE outbox SET state='done', done_at=?, last_error=NULL,"
                " payload=json_set(payload, '$.server_id', ?) WHERE id=?",
                (utcnow(), server_id, entry.id),
            )

    def mark_conflict(self, outbox_id: int, http_status: int | None, message: str) -> None:
        with self.write() as db:
            db.execute("UPDATE outbox SET state='conflict', http_status=?, last_error=? WHERE id=?",
                       (http_status, message, outbox_id))

    def postpone(self, outbox_id: int, at: float, error: str) -> None:
        with self.write() as db:
            db.execute("UPDATE outbox SET next_attempt_at=?, last_error=? WHERE id=?",
                       (at, error[:300], outbox_id))

    def find_twin(self, entry: OutboxEntry) -> str | None:
        """A server row that is this walk-in, created by a send whose answer was lost: same
        person, first seen by a sync after the send, and not already another walk-in's."""
        p = entry.payload
        linked = ("SELECT json_extract(payload, '$.server_id') FROM {} WHERE op='create'"
                  " AND state='done' AND json_extract(payload, '$.server_id') IS NOT NULL")
        row = self.db.execute(
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

    def conflicts(self) -> list[Conflict]:
        rows = self.db.execute(
            """SELECT o.id, o.registration_id, o.op, o.payload, o.http_status, o.last_error,
                      o.created_at, r.attendee_name
               FROM outbox o LEFT JOIN registrations r ON r.id = o.registration_id
               WHERE o.state='conflict' ORDER BY o.id"""
        ).fetchall()
        found = []
        for row in rows:
            payload = json.loads(row["payload"])
            kind = rules.conflict_kind(row["op"], row["registration_id"], row["http_status"])
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


def _batch_scheduling() -> bool:
    """This thread to ``SCHED_BATCH`` if it is an ordinary one on Linux; True if it was.
    Unlike ``SCHED_IDLE`` or a higher nice value, an unprivileged thread may go back, and a
    batch thread is never starved while it holds the write lock a check-in waits for."""
    if getattr(os, "SCHED_BATCH", None) is None:
        return False
    try:
        if os.sched_getscheduler(0) != os.SCHED_OTHER:
            return False
        os.sched_setscheduler(0, os.SCHED_BATCH, os.sched_param(0))
    except OSError:
        return False
    return True


class _Checkpointer(threading.Thread):
    """The helper thread of :meth:`Store.checkpoints_aside`, on a connection of its own.

    It copies the bulk of the WAL into the database while the pull writes on. The WAL only
    starts over when a writer begins with every page of it copied, which a copy running
    beside the writer never achieves on its own (the WAL grew to 185 MB in a 30,000-row
    pull); so once the helper is done, the writer copies the few batches it committed
    meanwhile itself, and its next transaction starts the WAL over (:meth:`committed`)."""

    def __init__(self, store: Store) -> None:
        super().__init__(name="kiosk-checkpoint", daemon=True)
        self.store = store
        self._wake = threading.Condition()
        self._commits = 0
        self._running = False
        self._copied = False
        self._finishing = False

    def committed(self) -> None:
        """After each background commit of the pulling thread (on that thread)."""
        with self._wake:
            self._commits += 1
            if self._running:
                return
            if not self._copied:
                if self._commits >= CHECKPOINT_EVERY:
                    self._running = True
                    self._wake.notify()
                return
            self._copied = False
            self._commits = 0
        checkpoint(self.store.db)  # the rest, on the writer's own connection

    def finish(self) -> None:
        with self._wake:
            self._finishing = True
            self._wake.notify()
        self.join()

    def run(self) -> None:
        try:
            while True:
                with self._wake:
                    self._wake.wait_for(lambda: self._finishing or self._running)
                    if not self._running:
                        return
                checkpoint(self.store.db)
                with self._wake:
                    self._running = False
                    self._copied = True
        finally:
            self.store.close_thread_connection()


def checkpoint(db: sqlite3.Connection) -> None:
    """A PASSIVE checkpoint: copies what it can, never waits for or blocks a writer."""
    try:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlite3.Error as exc:  # busy or closed: the next one, or SQLite's own, copies it
        log.debug("checkpoint during a pull skipped: %s", exc)


@dataclass(frozen=True, slots=True)
class ServerRows:
    """A server page checked and put in :data:`SERVER_COLUMNS` order, ready to store.

    The sync makes it on the thread that fetched the page (:func:`prepare_server_rows`), so
    that the writer's turn is the SQL alone."""

    event_id: str
    values: list[tuple[Any, ...]]
    skipped: int


def prepare_server_rows(rows: list[Any], event_id: str) -> ServerRows:
    """A page's rows checked (:func:`clean_registration`); the malformed ones counted."""
    values = [v for v in (_clean_values(raw, event_id) for raw in rows) if v is not None]
    return ServerRows(event_id, values, len(rows) - len(values))


def clean_registration(raw: Any, event_id: str) -> dict[str, Any] | None:
    """A server row checked and normalised, or None when it cannot be trusted at all."""
    values = _clean_values(raw, event_id)
    if values is None:
        return None
    return {"event_id": event_id, **dict(zip(SERVER_COLUMNS, values))}


def _clean_values(raw: Any, event_id: str) -> tuple[Any, ...] | None:
    """:func:`clean_registration` as a tuple in :data:`SERVER_COLUMNS` order."""
    if not isinstance(raw, dict):
        return None
    rid, status = raw.get("id"), raw.get("status")
    if not isinstance(rid, str) or not rid or len(rid) > 100 or status not in STATUSES:
        return None
    if not rid.isascii() and _utf8(rid) != rid:
        return None  # an id that cannot be stored as it is would match no ticket
    if raw.get("event_id") not in (None, event_id):
        return None
    guests = raw.get("guest_count", 0)
    if (isinstance(guests, bool) or not isinstance(guests, (int, float))
            or not 0 <= guests < math.inf):  # also NaN and Infinity, which JSON may carry
        guests = 0
    return (
        rid,
        _text(raw.get("attendee_name")) or "(no name)",
        _text(raw.get("attendee_email")) or "",
        _text(raw.get("attendee_phone")),
        str(status),
        min(int(guests), 10_000),
        _text(raw.get("notes")),
        normalise_time(raw.get("created_at")),
    )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).replace("\x00", "")[:MAX_TEXT]
    return text if text.isascii() else _utf8(text)


def _utf8(text: str) -> str:
    """Text SQLite can hold: a lone surrogate (JSON may carry ``"\\ud800"``) becomes "?"
    instead of failing the write or storing bytes no read can decode."""
    return text.encode("utf-8", "replace").decode("utf-8")


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


def _fold(text: str | None) -> str:
    """Case and accents folded away, as the search index's tokenizer does."""
    if text is None:
        return ""
    return "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))


def _fts_query(query: str) -> str:
    """User text -> a safe FTS5 query: each word a quoted prefix term, all required."""
    words = [w for w in query.replace('"', " ").split() if w][:8]
    return " ".join(f'"{w[:64]}"*' for w in words)


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


def _event_dict(event: Event) -> dict[str, Any]:
    from dataclasses import asdict

    return {k: v for k, v in asdict(event).items() if v is not None}


def _private(path: Path) -> None:
    """Personal data on disk is readable by this user only."""
    try:
        path.chmod(0o700 if path.is_dir() else 0o600)
    except OSError:
        pass
