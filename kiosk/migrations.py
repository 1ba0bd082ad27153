"""The database's schema, as numbered steps (``PRAGMA user_version`` says how many ran).

Each step takes the schema from version N to N+1 and is never edited once shipped; the store
runs the missing ones when it opens (:meth:`kiosk.store.Store._migrate`). Tables that have an
owner elsewhere keep their DDL beside their rules and are taken from there: the door-to-door
journal (:mod:`kiosk.peers.schema`) and the badge queue (:mod:`kiosk.badges.schema`). This
module imports only those, so every table owner may import it.
"""

from __future__ import annotations

from kiosk.badges.schema import MIGRATION as BADGES_MIGRATION
from kiosk.peers.schema import BADGES_MIGRATION as PEERS_BADGES_MIGRATION  # issue 21
from kiosk.peers.schema import DOUBLES_MIGRATION as PEERS_DOUBLES_MIGRATION
from kiosk.peers.schema import MEMBERSHIP_MIGRATION as PEERS_MEMBERSHIP_MIGRATION  # issue 21
from kiosk.peers.schema import MIGRATION as PEERS_MIGRATION  # issue 10: door-to-door journal
from kiosk.peers.schema import MOVES_MIGRATION as PEERS_MOVES_MIGRATION  # issue 20
from kiosk.peers.schema import SIGNATURE_MIGRATION as PEERS_SIGNATURE_MIGRATION  # issue 19

SEARCH_INDEX_META = "search_index_from"
# the generation the next pull will take (kiosk.registrations.next_sync_gen)
_NEXT_GEN = "COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'sync_gen'), 0) + 1"
# The search index holds the rows below this rowid (every row when the meta key is absent).
_INDEXED_BELOW = (f"COALESCE((SELECT CAST(value AS INTEGER) FROM meta"
                  f" WHERE key = '{SEARCH_INDEX_META}'), 9223372036854775807)")

# The status shown for a registration with a local change, as EFFECTIVE
# (kiosk/registrations.py) said when _MOVES_MIGRATION shipped: a migration is frozen, so it
# keeps its own copy. A change of EFFECTIVE needs a new step that recreates the triggers
# (tests/test_day_long.py compares the kept counts with a recount by EFFECTIVE, so a drift
# fails there).
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

# the scan log (issue 20, kiosk/scans.py): every scan with its event, door, per-door
# sequence, verdict, reason and its door's signature, shared between doors. Earlier rows
# keep their history under the door id 'earlier' (unsigned: never sent on) and the
# event of the registration they found ('' when none). Few b-trees: the row is written
# on the check-in path (bench/bench_scan_log.py); its signature is made when it is first
# sent (kiosk.scans.ScanLog.entries_after), not there. ``scan_tally`` counts scans per
# (event, door, verdict, minute), kept by triggers in the same transaction, so the
# arrivals chart, its rate and the log's filter lists read a few hundred rows, not the
# day's log (grouping 200,000 scans took seconds).
SCANS_MIGRATION = """
        CREATE TABLE scans_log (
            door_id TEXT NOT NULL, seq INTEGER NOT NULL, event_id TEXT NOT NULL,
            at TEXT NOT NULL, code TEXT NOT NULL, verdict TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '', registration_id TEXT, sig TEXT,
            PRIMARY KEY (door_id, seq)
        ) WITHOUT ROWID;
        INSERT INTO scans_log(door_id, seq, event_id, at, code, verdict, registration_id)
            SELECT 'earlier', s.id, COALESCE(r.event_id, ''), s.at, s.code, s.verdict,
                   s.registration_id
            FROM scans s LEFT JOIN registrations r ON r.id = s.registration_id;
        DROP TABLE scans;
        ALTER TABLE scans_log RENAME TO scans;
        CREATE INDEX scans_event_at ON scans(event_id, at);
        CREATE TABLE scan_tally (
            event_id TEXT NOT NULL, door_id TEXT NOT NULL, verdict TEXT NOT NULL,
            minute INTEGER NOT NULL, n INTEGER NOT NULL,
            PRIMARY KEY (event_id, door_id, verdict, minute)
        ) WITHOUT ROWID;
        INSERT INTO scan_tally SELECT event_id, door_id, verdict,
            CAST(strftime('%s', at) AS INTEGER) / 60, COUNT(*) FROM scans GROUP BY 1, 2, 3, 4;
        CREATE TRIGGER scan_tally_ai AFTER INSERT ON scans BEGIN
            INSERT INTO scan_tally VALUES (new.event_id, new.door_id, new.verdict,
                CAST(strftime('%s', new.at) AS INTEGER) / 60, 1)
                ON CONFLICT DO UPDATE SET n = n + 1;
        END;
        CREATE TRIGGER scan_tally_ad AFTER DELETE ON scans BEGIN
            UPDATE scan_tally SET n = n - 1 WHERE event_id = old.event_id
                AND door_id = old.door_id AND verdict = old.verdict
                AND minute = CAST(strftime('%s', old.at) AS INTEGER) / 60;
            DELETE FROM scan_tally WHERE event_id = old.event_id AND door_id = old.door_id
                AND verdict = old.verdict
                AND minute = CAST(strftime('%s', old.at) AS INTEGER) / 60 AND n <= 0;
        END;
"""

# arrivals are people (issue 20): a scan row carries how many people its verdict moved
# (an admission of a party of 3 is 3 arrivals; an undo, how many it took back), and
# ``scan_tally`` adds them up beside the rows. Rows without the count (from before, or a
# verdict that moves nobody) count as one, as they did.
SCANS_PEOPLE_MIGRATION = """
        ALTER TABLE scans ADD COLUMN people INTEGER;
        ALTER TABLE scan_tally ADD COLUMN people INTEGER NOT NULL DEFAULT 0;
        UPDATE scan_tally SET people = n;
        DROP TRIGGER scan_tally_ai;
        DROP TRIGGER scan_tally_ad;
        CREATE TRIGGER scan_tally_ai AFTER INSERT ON scans BEGIN
            INSERT INTO scan_tally(event_id, door_id, verdict, minute, n, people)
                VALUES (new.event_id, new.door_id, new.verdict,
                        CAST(strftime('%s', new.at) AS INTEGER) / 60, 1, COALESCE(new.people, 1))
                ON CONFLICT DO UPDATE SET n = n + 1, people = people + excluded.people;
        END;
        CREATE TRIGGER scan_tally_ad AFTER DELETE ON scans BEGIN
            UPDATE scan_tally SET n = n - 1, people = people - COALESCE(old.people, 1)
                WHERE event_id = old.event_id AND door_id = old.door_id
                AND verdict = old.verdict
                AND minute = CAST(strftime('%s', old.at) AS INTEGER) / 60;
            DELETE FROM scan_tally WHERE event_id = old.event_id AND door_id = old.door_id
                AND verdict = old.verdict
                AND minute = CAST(strftime('%s', old.at) AS INTEGER) / 60 AND n <= 0;
        END;
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
    #    after each upload round (kiosk.outbox_table.archive_finished): undo and walk-in twin detection
    #    read them there by index; ``outbox`` keeps only what is waiting or refused.
    # 4. The search index may lag behind the table during a pull: it holds exactly the rows
    #    with rowid < meta 'search_index_from' (all rows when that key is absent), and
    #    kiosk.registrations.catch_up_search_index() indexes the rest in batches.
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
    BADGES_MIGRATION,  # badge_jobs (kiosk/badges/schema.py)
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
    # badge prints travel in the journal: badges once per venue (kiosk/peers/schema.py)
    PEERS_BADGES_MIGRATION,
    # invitations and removed doors (kiosk/peers/schema.py, kiosk/peers/membership.py)
    PEERS_MEMBERSHIP_MIGRATION,
    SCANS_MIGRATION,  # the scan log (issue 20, kiosk/scans.py), see SCANS_MIGRATION
    # exits, re-entry and parties in parts travel in the journal (kiosk/peers/schema.py)
    PEERS_MOVES_MIGRATION,
    SCANS_PEOPLE_MIGRATION,  # arrivals are people: a scan row's count (kiosk/scans.py)
    # one pull from WebKasa per venue (issue 21): the sync generation that last changed a
    # server row's values (or marked it gone), so a door asks its puller for "what changed
    # since generation G" instead of the whole copy (registrations.server_copy_since)
    # A pull stamps its own generation (registrations._UPSERT_SQL); a change made any other
    # way (an upload's answer, a walk-in linked, one registration fetched) takes the next
    # pull's, so it is in the next delta too: an admission uploaded by the puller itself
    # once never reached the other doors (its pulls then saw no change).
    f"""
        ALTER TABLE registrations ADD COLUMN changed_gen INTEGER;
        CREATE INDEX registrations_changed ON registrations(event_id, changed_gen);
        CREATE TRIGGER registrations_changed_au AFTER UPDATE OF attendee_name, attendee_email,
            attendee_phone, status, guest_count, notes, origin, vanished, id ON registrations
            WHEN new.changed_gen IS old.changed_gen AND (
                old.attendee_name IS NOT new.attendee_name
                OR old.attendee_email IS NOT new.attendee_email
                OR old.attendee_phone IS NOT new.attendee_phone OR old.status IS NOT new.status
                OR old.guest_count IS NOT new.guest_count OR old.notes IS NOT new.notes
                OR old.origin IS NOT new.origin OR old.vanished IS NOT new.vanished
                OR old.id IS NOT new.id) BEGIN
            UPDATE registrations SET changed_gen = {_NEXT_GEN} WHERE rowid = new.rowid;
        END;
        CREATE TRIGGER registrations_changed_ai AFTER INSERT ON registrations
            WHEN new.changed_gen IS NULL BEGIN
            UPDATE registrations SET changed_gen = {_NEXT_GEN} WHERE rowid = new.rowid;
        END;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
