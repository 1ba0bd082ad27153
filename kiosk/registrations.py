"""The server's copy of the registrations, its search index, and the door's reads of them.

``registrations`` holds every registration as last seen from the server (``origin='server'``),
plus walk-ins created here whose creation has not reached the server yet (``origin='local'``,
written by :mod:`kiosk.checkins`); ``events`` each event as last read. A sync rewrites these
only, so it never overwrites a local check-in: what the door shows is the local change until
the server has been seen agreeing with it after the upload (see :data:`EFFECTIVE`).

Reads take the caller's connection (``store.db``); writes that run in small background
batches take the store and open their own transactions (:meth:`kiosk.store.Store.write`).
"""

from __future__ import annotations

import functools
import json
import math
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kiosk import outbox_table
from kiosk.clock import normalise_time, utcnow
from kiosk.contract import MAX_GUESTS, STATUSES, STATUSES_HOLDING_PLACES
from kiosk.migrations import SEARCH_INDEX_META
from kiosk.models import Attendee, Event, Registration, Status
from kiosk.store import Store, fold

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
        vanished, fetched_at, first_seen_at, fetched_seq, first_seen_gen, changed_gen)
    SELECT :event, {", ".join(f"value ->> {i}" for i in range(len(SERVER_COLUMNS)))}, 'server',
        :gen, 0, :fetched_at, :now, :seq, :first_gen, :gen
    FROM json_each(:rows) WHERE true
    ON CONFLICT(id) DO UPDATE SET
        changed_gen=CASE WHEN registrations.vanished != 0 OR registrations.origin != 'server'
            OR registrations.attendee_name IS NOT excluded.attendee_name
            OR registrations.attendee_email IS NOT excluded.attendee_email
            OR registrations.attendee_phone IS NOT excluded.attendee_phone
            OR registrations.status IS NOT excluded.status
            OR registrations.guest_count IS NOT excluded.guest_count
            OR registrations.notes IS NOT excluded.notes
            THEN COALESCE(excluded.changed_gen, registrations.changed_gen)
            ELSE registrations.changed_gen END,
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


# -- events --------------------------------------------------------------------------------

def save_event(store: Store, event: Event, raw: dict[str, Any] | None = None) -> None:
    data = json.dumps(raw if raw is not None else _event_dict(event), ensure_ascii=False)
    with store.write() as db:
        db.execute(
            "INSERT OR REPLACE INTO events(id, title, slots, data, fetched_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (event.id, event.title, event.slots, data, utcnow()),
        )


def event_raw(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """The event as last read from the server (what another door needs to show it)."""
    row = db.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def save_event_raw(store: Store, event_id: str, raw: dict[str, Any]) -> None:
    """An event another door read from the server: checked as the API client checks it,
    and kept only when it is this event (a door of another event cannot rename ours)."""
    from kiosk.api import ApiError, event_from_api

    try:
        found = event_from_api(raw)
    except (ApiError, ValueError, TypeError, KeyError, OverflowError):
        return
    if found.id == event_id:
        save_event(store, found, raw)


def event(db: sqlite3.Connection, event_id: str) -> Event | None:
    row = db.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
    return _event_of(row[0]) if row else None


@functools.lru_cache(maxsize=64)
def _event_of(data: str) -> Event:
    """An event from its stored JSON, parsed once per text: every check-in reads its event
    (its times, issue 20) and the text changes only when a sync brings a new one. Events
    are frozen, so one parsed copy is shared safely."""
    from kiosk.api import event_from_api

    return event_from_api(json.loads(data))


def event_data(db: sqlite3.Connection, event_id: str) -> dict[str, Any] | None:
    """The event as last read from the server, as it came (handed to a joining door)."""
    row = db.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def known_events(db: sqlite3.Connection) -> list[Event]:
    """Every event of the account this data folder has read (a door's own events, and the
    account's list kept by a sync: kiosk.door_network), by title."""
    from kiosk.api import event_from_api

    rows = db.execute("SELECT data FROM events ORDER BY title COLLATE NOCASE, id").fetchall()
    return [event_from_api(json.loads(row[0])) for row in rows]


# -- the server's registrations ------------------------------------------------------------

def upsert_server_rows(
    store: Store, event_id: str, rows: list[dict[str, Any]] | ServerRows, *,
    sync_gen: int | None, fetched_at: float, fetched_seq: int | None = None,
    count_fresh: bool = True,
) -> tuple[int, int, int | None]:
    """Store one page as read from the server (raw rows, or rows already checked by
    :func:`prepare_server_rows` on the thread that fetched them).

    Returns (stored, skipped as malformed, new to this sync generation); the last is
    None without ``count_fresh`` (a pull counts what it saw once a pass, with
    :func:`count_seen`, instead of with one more query a page).
    """
    prepared = rows if isinstance(rows, ServerRows) else prepare_server_rows(rows, event_id)
    if prepared.event_id != event_id:
        raise ValueError(f"rows checked for {prepared.event_id}, not {event_id}")
    good = prepared.values
    now = store.clock()
    fresh: int | None = len(good) if count_fresh else None
    if sync_gen is not None and good and count_fresh:
        # Counted once for the page, before its transactions and outside them: only this
        # sync stamps its generation, so nothing can change the answer meanwhile.
        ids = {row[0] for row in good}
        fresh = len(ids) - store.db.execute(_SEEN_BEFORE_SQL,
                                            (sync_gen, json.dumps(list(ids)))).fetchone()[0]
    for start in range(0, len(good), WRITE_BATCH):
        _upsert_batch(store, event_id, good[start:start + WRITE_BATCH], sync_gen, fetched_at,
                      fetched_seq, now)
    return len(good), prepared.skipped, fresh


def _upsert_batch(store: Store, event_id: str, good: list[tuple[Any, ...]],
                  sync_gen: int | None, fetched_at: float, fetched_seq: int | None,
                  now: float, first_seen: bool = True) -> None:
    """One small background transaction of a page (see :meth:`Store.write`).

    The batch goes to SQLite as one JSON array read by ``json_each``: one statement for
    the whole batch instead of one step per row. Each statement releases Python's
    interpreter lock and must win it back, which costs a while when the sync's fetch
    threads (and in the bench the simulator) are busy parsing JSON; and the write lock
    is held all the while. Fewer statements per batch is a shorter hold, too."""
    batch = json.dumps(good)
    with store.write(background=True) as db:
        db.execute(_UPSERT_SQL, {"rows": batch, "event": event_id, "gen": sync_gen,
                                 "fetched_at": fetched_at, "now": now, "seq": fetched_seq,
                                 "first_gen": sync_gen if first_seen else None})
        cancelled = [row[0] for row in good if row[_STATUS] == Status.CANCELLED]
        if cancelled:
            outbox_table.server_cancellations_win(db, event_id, cancelled)
    store.committed_in_background()


# -- the server copy handed from door to door (issue 21) ----------------------------------

def server_copy_rows(db: sqlite3.Connection, event_id: str) -> list[list[Any]]:
    """The event's server rows as a door joining from this one loads them: each a list in
    :data:`SERVER_COLUMNS` order plus ``vanished`` (0 or 1). Walk-ins not on the server yet
    stay here: their local ids mean nothing at another door."""
    return [list(row) for row in db.execute(
        f"SELECT {', '.join(SERVER_COLUMNS)}, vanished FROM registrations"
        " WHERE event_id=? AND origin='server' ORDER BY rowid", (event_id,))]


def load_server_copy(store: Store, event_id: str, rows: Any, *, fetched_at: float) -> int:
    """Load a server copy from another door (:func:`server_copy_rows`) into a store being
    built for a joining door, in one transaction with the search index filled after (the
    first sync's bulk path: 20,000 rows in well under a second). Each row is checked as a
    server page's is; malformed ones are skipped. Returns the rows stored."""
    if not isinstance(rows, list):
        raise ValueError("the server copy is not a list of rows")
    good, gone = [], []
    for row in rows:
        if not isinstance(row, list) or len(row) != len(SERVER_COLUMNS) + 1:
            continue
        values = _clean_values(dict(zip(SERVER_COLUMNS, row)), event_id)
        if values is not None:
            good.append(values)
            if row[-1] == 1:
                gone.append(values[0])
    defer_search_index(store)
    with store.bulk(), store.write() as db:
        db.execute(_UPSERT_SQL, {"rows": json.dumps(good), "event": event_id, "gen": None,
                                 "fetched_at": fetched_at, "now": store.clock(), "seq": None,
                                 "first_gen": None})
        db.execute("UPDATE registrations SET vanished=1 WHERE event_id=? AND id IN"
                   " (SELECT value FROM json_each(?))", (event_id, json.dumps(gone)))
    catch_up_search_index(store, None, finish=True)
    return len(good)


def mark_vanished(store: Store, event_id: str, sync_gen: int,
                  changed_gen: int | None = None) -> int:
    """Server rows not seen by a complete sync are gone from the server.

    Only rows last seen by an *older* generation: a row another sync (another process)
    stamped with a newer generation meanwhile was seen, not lost. The rows are stamped
    ``changed_gen`` (``sync_gen`` by default) so the doors copying from this one learn of
    the removal."""
    marked = 0
    top = store.db.execute("SELECT COALESCE(MAX(rowid), 0) FROM registrations").fetchone()[0]
    for start in range(0, top + 1, VANISH_BATCH):  # small transactions: check-ins first
        with store.write(background=True) as db:
            marked += db.execute(
                "UPDATE registrations SET vanished=1, changed_gen=? WHERE rowid BETWEEN ? AND ?"
                " AND event_id=? AND origin='server' AND vanished=0"
                " AND (seen_sync IS NULL OR seen_sync < ?)",
                (changed_gen or sync_gen, start, start + VANISH_BATCH - 1, event_id, sync_gen),
            ).rowcount
    return marked


def count_seen(db: sqlite3.Connection, event_id: str, sync_gen: int) -> int:
    """Distinct registrations of the event stamped by this sync generation (or a newer
    one: a sync of another process that saw them meanwhile)."""
    return db.execute(
        "SELECT COUNT(*) FROM registrations WHERE event_id = ? AND seen_sync >= ?",
        (event_id, sync_gen),
    ).fetchone()[0]


def count_unseen(db: sqlite3.Connection, event_id: str, sync_gen: int) -> tuple[int, int]:
    """(server rows a complete sync of ``sync_gen`` would mark as gone, server rows
    cached and not gone): a sync compares the two before believing an answer."""
    row = db.execute(
        "SELECT SUM(seen_sync IS NULL OR seen_sync < ?), COUNT(*) FROM registrations"
        " WHERE event_id=? AND origin='server' AND vanished=0",
        (sync_gen, event_id),
    ).fetchone()
    return row[0] or 0, row[1] or 0


def next_sync_gen(store: Store) -> int:
    with store.write():
        gen = int(store.get_meta("sync_gen") or 0) + 1
        store.set_meta("sync_gen", str(gen))
    return gen


# -- the server copy between doors (one pull from WebKasa per venue) -----------------------
#
# The door that pulls from WebKasa hands the others what changed in its copy since the
# generation they last took (``changed_gen``: the sync generation that last changed a row's
# server values or marked it gone). Since generation 0 is the whole copy (a new door, another
# puller, a puller whose folder was wiped). Pages go in rowid order: a row's rowid never
# changes, and rows added meanwhile come at the end, so a paged read misses nothing.

COPY_PAGE = 500
"""Rows per page of a server copy: 500 rows of the longest text the door keeps are about
2 MB of JSON, under the peer port's 4 MiB body limit once sealed."""


def server_copy_since(db: sqlite3.Connection, event_id: str, since_gen: int,
                      after_rowid: int = 0, limit: int = COPY_PAGE
                      ) -> tuple[list[dict[str, Any]], int | None]:
    """The server rows of ``event_id`` changed after generation ``since_gen`` (every row
    not gone when it is 0), from the row after ``after_rowid`` on, at most ``limit``; and
    the rowid to go on after, or None when this was the last page. Rows gone from the
    server come with ``vanished`` set (only after a generation: a whole copy leaves them
    out, and the taker drops what it was not given)."""
    where = "event_id = ? AND origin = 'server' AND rowid > ?"
    args: list[Any] = [event_id, after_rowid]
    if since_gen > 0:
        where += " AND changed_gen > ?"
        args.append(since_gen)
    else:
        where += " AND vanished = 0"
    rows = db.execute(
        f"SELECT rowid, {', '.join(SERVER_COLUMNS)}, vanished FROM registrations"
        f" WHERE {where} ORDER BY rowid LIMIT ?", (*args, limit + 1)).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    out = [{**dict(zip(SERVER_COLUMNS, tuple(row)[1:-1])), "vanished": bool(row[-1])}
           for row in rows]
    return out, (rows[-1][0] if more else None)


def apply_server_copy(store: Store, event_id: str, rows: list[Any], *, gen: int,
                      fetched_seq: int | None, fetched_at: float) -> tuple[int, int]:
    """Store a page of another door's server copy as a pull would store the server's (the
    same checks, in the same small transactions; a cancellation wins over a waiting
    check-in just as one read from the server does). ``fetched_seq``: this door's outbox
    mark the puller's read is known to be newer than, None when nothing is known (then
    every local change wins over the row, as over a read older than the change; the
    values and their mark always go together). ``gen`` is this door's generation
    for the copy (:func:`next_sync_gen`): it stamps the rows seen, so that a whole copy
    can drop what it did not bring (:func:`mark_vanished`). Rows it brings are never
    "first seen by a pull" (a walk-in's lost create is matched only by this door's own
    pulls, which know when they started). Returns (stored, skipped as malformed)."""
    if not isinstance(rows, list):
        raise ValueError("a server copy's rows are a list")
    prepared = prepare_server_rows(rows, event_id)
    gone = [v[0] for raw, v in _with_values(rows, event_id) if raw.get("vanished") is True]
    now = store.clock()
    good = prepared.values
    for start in range(0, len(good), WRITE_BATCH):
        _upsert_batch(store, event_id, good[start:start + WRITE_BATCH], gen, fetched_at,
                      fetched_seq, now, first_seen=False)
    for start in range(0, len(gone), VANISH_BATCH):
        with store.write(background=True) as db:
            db.execute("UPDATE registrations SET vanished=1, changed_gen=? WHERE event_id=?"
                       " AND origin='server' AND id IN (SELECT value FROM json_each(?))",
                       (gen, event_id, json.dumps(gone[start:start + VANISH_BATCH])))
    return len(good), prepared.skipped


def _with_values(rows: list[Any], event_id: str) -> Iterator[tuple[dict[str, Any], tuple[Any, ...]]]:
    for raw in rows:
        values = _clean_values(raw, event_id)
        if values is not None:
            yield raw, values


def raise_fetched_seq(store: Store, event_id: str, seq: int) -> None:
    """Every server row of the event with a local change was read from the server after
    this door's outbox stood at ``seq`` (the copy just taken was pulled after that): what
    a pull would have stamped, for :data:`EFFECTIVE`. Only rows with a local change, the
    only ones it decides for: a few, however large the event."""
    with store.write(background=True) as db:
        raised = [row[0] for row in db.execute(
            "UPDATE registrations SET fetched_seq = ? WHERE event_id = ?"
            " AND origin = 'server' AND COALESCE(fetched_seq, -1) < ?"
            " AND id IN (SELECT registration_id FROM checkins) RETURNING id, status",
            (seq, event_id, seq)).fetchall() if row[1] == Status.CANCELLED]
        if raised:  # now read after the change: the cancellation wins, as from a pull
            outbox_table.server_cancellations_win(db, event_id, raised)


# -- the search index ----------------------------------------------------------------------
#
# Indexing each row as its page is written made storing a page cost as much as fetching
# it (the FTS5 work was half of a page's write, and it held the write lock). During a
# pull the index lags instead: rows added from the row ``search_index_from`` on are not
# indexed by the triggers, and the sync indexes them in batches while it waits for the
# next page. The boundary lives in the database, in the same transactions as the rows,
# so the index is never wrong about a row, only behind; after a crash mid-pull the next
# door opened catches up (:func:`repair_search_index`).


def defer_search_index(store: Store) -> None:
    """From now on rows added are indexed by :func:`catch_up_search_index`, not at once."""
    with store.write(background=True) as db:
        db.execute(
            "INSERT OR IGNORE INTO meta(key, value) SELECT ?, COALESCE(MAX(rowid), 0) + 1"
            " FROM registrations", (SEARCH_INDEX_META,),
        )


def catch_up_search_index(store: Store, limit: int | None = SEARCH_BATCH, *,
                          finish: bool = False) -> bool:
    """Index up to ``limit`` rows of the lag (all with None) in one background
    transaction. With ``finish``, once nothing lags the triggers index every change at
    once again; without, rows added later still wait (the pull is still running).
    Returns True while rows are left to index."""
    with store.write(background=True) as db:
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
    store.committed_in_background()
    return end < top


def search_index_behind(db: sqlite3.Connection) -> bool:
    return _search_index_from(db) is not None


def _search_index_from(db: sqlite3.Connection) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key=?", (SEARCH_INDEX_META,)).fetchone()
    return row[0] if row else None


def repair_search_index(store: Store) -> None:
    """Finish what a pull that died half-way left: the search index catches up."""
    while catch_up_search_index(store, finish=True):
        pass


_FTS = "registrations_fts"
_FTS_SHADOWS = ("data", "idx", "docsize", "config", "content")


def rebuild_search_index(db: sqlite3.Connection) -> None:
    """Rebuild the search index from the registrations table, in the caller's transaction
    (``kiosk repair``).

    FTS5's own 'rebuild' needs the table's structure record (``registrations_fts_data`` row
    10): when that is damaged the table cannot even be opened ("vtable constructor failed"),
    so neither 'rebuild' nor DROP TABLE runs and every sync failed for good. Then the table's
    schema row is taken out by hand, its shadow tables dropped, and the table created again
    from its own saved CREATE statement: the index is only derived data.
    """
    # the index will hold every row: nothing is left for a pull's catch-up to add
    db.execute("DELETE FROM meta WHERE key = ?", (SEARCH_INDEX_META,))
    try:
        db.execute(f"INSERT INTO {_FTS}({_FTS}) VALUES ('rebuild')")
        return
    except sqlite3.DatabaseError:
        pass
    (create,) = db.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?",
                           (_FTS,)).fetchone()
    db.execute("PRAGMA writable_schema=ON")
    try:
        db.execute("DELETE FROM sqlite_master WHERE type='table' AND name=?", (_FTS,))
    finally:
        db.execute("PRAGMA writable_schema=RESET")  # off, and the schema read again
    for shadow in _FTS_SHADOWS:
        db.execute(f"DROP TABLE IF EXISTS {_FTS}_{shadow}")
    db.execute(create)
    db.execute(f"INSERT INTO {_FTS}({_FTS}) VALUES ('rebuild')")


# -- reads for the door --------------------------------------------------------------------

def attendee(db: sqlite3.Connection, registration_id: str) -> Attendee | None:
    row = db.execute(ATTENDEE_SELECT + " WHERE r.id = ?", (registration_id,)).fetchone()
    return _attendee(row) if row else None


def attendees(db: sqlite3.Connection, event_id: str, *, status: str | None = None,
              limit: int | None = None) -> Iterator[Attendee]:
    sql = f"SELECT * FROM ({ATTENDEE_SELECT} WHERE r.event_id = ?)"
    args: list[Any] = [event_id]
    if status:
        sql += " WHERE effective_status = ?"
        args.append(status)
    sql += " ORDER BY attendee_name COLLATE NOCASE, id"
    if limit:
        sql += " LIMIT ?"
        args.append(limit)
    for row in db.execute(sql, args):
        yield _attendee(row)


def search(db: sqlite3.Connection, event_id: str, query: str,
           limit: int = 50) -> list[Attendee]:
    terms = _fts_query(query)
    if not terms:
        return []
    lagging, tail_args = "", []
    lag = _search_index_from(db)
    if lag is not None:
        # a pull is indexing its rows (see the search index section): the few not indexed
        # yet, at the end of the table, are searched by plain text meanwhile
        words = [w[:64] for w in query.replace('"', " ").split() if w][:8]
        text = ("kiosk_fold(attendee_name || ' ' || attendee_email || ' ' ||"
                " COALESCE(attendee_phone, '') || ' ' || COALESCE(notes, ''))")
        lagging = (" UNION ALL SELECT rowid FROM registrations WHERE rowid >= ? AND "
                   + " AND ".join(f"instr({text}, ?)" for _ in words))
        tail_args = [int(lag), *(fold(w) for w in words)]
    rows = db.execute(
        ATTENDEE_SELECT
        + " WHERE r.event_id = ? AND r.rowid IN (SELECT * FROM (SELECT rowid"
        " FROM registrations_fts WHERE registrations_fts MATCH ? ORDER BY rank LIMIT ?)"
        + lagging + ") ORDER BY r.attendee_name COLLATE NOCASE LIMIT ?",
        (event_id, terms, limit * 4, *tail_args, limit),
    ).fetchall()
    return [_attendee(row) for row in rows]


def counts(db: sqlite3.Connection, event_id: str) -> tuple[dict[str, int], int, int]:
    """(registrations by effective status, people in, places held).

    Counts kept as they change: ``registration_tally`` holds the server rows by status
    and party size, and ``status_moves`` what the local changes that show another
    status add and take away (:data:`EFFECTIVE` is always one of the two), both kept by
    triggers in the transaction of every change. So this reads a few dozen rows,
    whatever the size of the event, the length of the day or the uploads waiting (at
    100,000 registrations the full scan it replaces took 60-180 ms).
    """
    counts, people = _tallies(db, event_id)
    held = sum(people.get(s, 0) for s in STATUSES_HOLDING_PLACES)
    return counts, people.get(Status.ATTENDED, 0), held


def people(db: sqlite3.Connection, event_id: str) -> dict[str, int]:
    """People (parties with their guests) by effective status, from the kept counts as
    :func:`counts` reads them: the arrivals still expected (kiosk.stats) are people."""
    return _tallies(db, event_id)[1]


def _tallies(db: sqlite3.Connection, event_id: str) -> tuple[dict[str, int], dict[str, int]]:
    """(registrations, people) by effective status."""
    rows = db.execute(
        """SELECT status, guest_count, n FROM registration_tally WHERE event_id = :event
           UNION ALL SELECT status, guest_count, n FROM status_moves
           WHERE event_id = :event AND n != 0""",
        {"event": event_id},
    ).fetchall()
    counts: dict[str, int] = {s: 0 for s in STATUSES}
    people: dict[str, int] = {}
    for status, guests, n in rows:
        counts[status] = counts.get(status, 0) + n
        # a party is never counted larger than a walk-in may be: a server row claiming
        # 10,000 guests must not close the door to everyone else
        people[status] = people.get(status, 0) + n * (1 + min(guests, MAX_GUESTS))
    return counts, people


def server_counts(db: sqlite3.Connection, event_id: str) -> tuple[dict[str, int], int]:
    """(registrations by the status the server last gave, how many show another status
    here), for ``kiosk status``. Read from the kept counts as :func:`counts` is: the
    server's tally less the walk-ins it has not seen yet (``local_...`` ids, few), and
    one ``checkin_moves`` row per registration whose local change shows another status.
    A walk-in counts as a change, never under a server status."""
    counts: dict[str, int] = {}
    for status, n in db.execute(
        """SELECT status, SUM(n) FROM registration_tally WHERE event_id = :event
           GROUP BY status
           UNION ALL SELECT status, -COUNT(*) FROM registrations
           WHERE id >= 'local_' AND id < 'local`' AND origin = 'local'
             AND event_id = :event AND vanished = 0 GROUP BY status""",
        {"event": event_id},
    ):
        counts[status] = counts.get(status, 0) + n
    changed = db.execute(
        """SELECT (SELECT COUNT(*) FROM checkin_moves m
                   JOIN registrations r ON r.id = m.registration_id
                   WHERE m.event_id = :event AND r.origin != 'local')
                + (SELECT COUNT(*) FROM registrations
                   WHERE id >= 'local_' AND id < 'local`' AND origin = 'local'
                     AND event_id = :event AND vanished = 0)""",
        {"event": event_id},
    ).fetchone()[0]
    return counts, changed


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


def _fts_query(query: str) -> str:
    """User text -> a safe FTS5 query: each word a quoted prefix term, all required."""
    words = [w for w in query.replace('"', " ").split() if w][:8]
    return " ".join(f'"{w[:64]}"*' for w in words)


def _event_dict(event: Event) -> dict[str, Any]:
    from dataclasses import asdict

    return {k: v for k, v in asdict(event).items() if v is not None}


# -- kiosk wipe ----------------------------------------------------------------------------

def event_ids(db: sqlite3.Connection) -> set[str]:
    """The events this copy holds registrations or details of (``kiosk wipe`` lists them)."""
    return {r[0] for r in db.execute(
        "SELECT id FROM events UNION SELECT DISTINCT event_id FROM registrations")}


def count_event(db: sqlite3.Connection, event_id: str) -> int:
    """How many of the event's registrations a wipe would delete."""
    return int(db.execute("SELECT COUNT(*) FROM registrations WHERE event_id=?",
                          (event_id,)).fetchone()[0])


def delete_event(db: sqlite3.Connection, event_id: str) -> None:
    """An event's registrations and the event itself, inside the wipe's transaction. Runs
    last: the other owners find the event's rows through its registrations."""
    db.execute("DELETE FROM registrations WHERE event_id=?", (event_id,))
    db.execute("DELETE FROM events WHERE id=?", (event_id,))
    # no complete copy of it is left to give another door (kiosk.sync.COPY_GEN_META)
    db.execute("DELETE FROM meta WHERE key=?", (f"copy_gen:{event_id}",))
