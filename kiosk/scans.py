"""The scan log (issue 20): every scan kept with its time, door, code, verdict and reason.

Refusals too (unknown, wrong event, cancelled, already in, invalid) and undos; a scan the
storage could not record at all (an ``error`` verdict) cannot be in it. The verdict is
whatever the check-in path produced, taken as data (a lower-case word) and never from a
fixed list, so verdicts added later land here unchanged.

Why it is shaped so:
- **Written in the check-in's transaction.** :meth:`ScanLog.record` runs inside the door's
  ``store.write()``; a check-in, its upload, its journal entry and its scan row commit
  together: durable before the verdict shows, and one fsync, not two
  (bench/bench_core.py ``--scan-log`` measures what it costs).
- **Shared like the journal.** Each door numbers its own rows (``seq``) and signs each with
  its door key (:mod:`kiosk.peers.identity`) as it sends it (0.2 ms a row, kept off the
  check-in path); the peer exchange (:mod:`kiosk.peers.node`)
  carries high-water marks (``scan_have``) and the rows the other lacks (``scans``), so the
  log covers the venue. A row carries a code, never a name, so a signature suffices; every
  field a peer sends is still checked (:func:`_valid`) and one exchange stores at most
  :data:`BATCH` rows. Unlike the journal a gap is harmless (nothing is derived from the
  order), so a row is taken whenever it is new.
- **Bounded.** At most ``scan_log_max_rows`` rows an event (the oldest go first, checked
  every :data:`PRUNE_EVERY` rows written), and the log of an event whose last scan is over
  ``scan_log_keep_days`` old goes when a door opens; ``kiosk wipe`` deletes an event's.
- **Codes are hostile input.** Stored printable (controls become U+FFFD, :func:`kiosk.codes
  .clean`) and at most :data:`MAX_CODE` characters; exports defuse formula cells
  (:mod:`kiosk.exports`).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from kiosk.clock import parse_utc, utcnow
from kiosk.codes import clean
from kiosk.peers import identity, membership
from kiosk.store import Store

log = logging.getLogger("kiosk.scans")

MAX_CODE = 200
MAX_REASON = 300
MAX_SEQ = 2**40
BATCH = 500
PRUNE_EVERY = 256
FILTER_WINDOW = 20_000  # the screen's filters search the latest this many scans
EARLIER = "earlier"  # door id of rows kept from before the scan log was shared
_VERDICT = re.compile(r"[a-z][a-z0-9_]{0,39}\Z")
_REG_ID = re.compile(r"[\x21-\x7e]{1,100}\Z")
_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z\Z")
_COLUMNS = ("door_id, seq, event_id, at, code, verdict, reason, registration_id, sig,"
            " people")
MAX_PEOPLE = 1_000  # a party is at most 1 + kiosk.contract.MAX_GUESTS; this bounds a peer's
ARRIVING = ("admit", "admit_rest")  # verdicts whose people are arrivals (a re-entry is not)


def message(event_id: str, door: str, seq: int, at: str, code: str, verdict: str, reason: str,
            rid: str | None, people: int | None = None) -> bytes:
    """What a door signs: every field and the event, so a row means one thing only. The
    people count is signed when there is one (rows without it sign as they did)."""
    fields = ["kiosk scan v1", event_id, door, str(seq), at, code, verdict, reason, rid or ""]
    if people is not None:
        fields.append(str(people))
    return "\n".join(fields).encode()


def printable(text: str, limit: int) -> str:
    """Text as stored: no control characters (they become U+FFFD), at most ``limit``."""
    return clean(text)[:limit]


@dataclass(frozen=True, slots=True)
class Scan:
    """One row of the log, with the name of the door that made it."""

    at: str
    door_id: str
    door_name: str
    code: str
    verdict: str
    reason: str
    registration_id: str | None
    people: int | None = None  # how many people the verdict moved; None: nobody, or unknown

    def as_dict(self) -> dict[str, Any]:
        return {"at": self.at, "door": self.door_name, "door_id": self.door_id,
                "code": self.code, "verdict": self.verdict, "reason": self.reason,
                "registration_id": self.registration_id, "people": self.people}


class ScanLog:
    """One per door (per store and event). :meth:`record` runs inside the caller's write
    transaction; the reads take the store's connection of the calling thread."""

    def __init__(self, store: Store, key: identity.DoorKey, event_id: str, *,
                 max_rows: int = 200_000, keep_days: float = 14.0) -> None:
        self.store = store
        self.key = key
        self.event_id = event_id
        self.max_rows = max_rows
        self.keep_days = keep_days
        self._refused: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    @property
    def door_id(self) -> str:
        return self.key.door_id

    # -- writing ---------------------------------------------------------------------------

    def record(self, db: sqlite3.Connection, code: str, verdict: str, reason: str,
               registration_id: str | None, people: int | None = None) -> int:
        """Log one scan in the caller's transaction; returns its seq. ``people``: how many
        the verdict let in or out (an undo: how many arrivals it takes back)."""
        seq = int(db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM scans WHERE door_id=?",
                             (self.door_id,)).fetchone()[0])
        at = utcnow()
        code, reason = printable(code, MAX_CODE), printable(reason, MAX_REASON)
        verdict = verdict if _VERDICT.match(verdict or "") else "other"
        rid = registration_id if registration_id and _REG_ID.match(registration_id) else None
        people = min(max(people, 0), MAX_PEOPLE) if people is not None else None
        # unsigned here: the signature (~0.2 ms) is made when the row is first sent. (The
        # seq taken in the INSERT itself, INSERT ... SELECT MAX(seq) + 1, was slower: SQLite
        # materialises a SELECT from the table it inserts into.)
        db.execute(f"INSERT INTO scans({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                   (self.door_id, seq, self.event_id, at, code, verdict, reason, rid, people))
        if seq % PRUNE_EVERY == 0:
            self._cap(db)
        return seq

    def _cap(self, db: sqlite3.Connection) -> None:
        """Drop the event's oldest rows beyond :attr:`max_rows`."""
        over = int(db.execute("SELECT COUNT(*) FROM scans WHERE event_id=?",
                              (self.event_id,)).fetchone()[0]) - self.max_rows
        if over > 0:
            db.execute("DELETE FROM scans WHERE (door_id, seq) IN (SELECT door_id, seq"
                       " FROM scans WHERE event_id=? ORDER BY at LIMIT ?)", (self.event_id, over))
            log.info("scan log: dropped the %d oldest rows (at most %d an event)", over,
                     self.max_rows)

    def drop_ended(self, now: datetime | None = None) -> int:
        """Drop the logs of other events whose last scan is more than ``keep_days`` old."""
        now = now or datetime.now(timezone.utc)
        cutoff = int((now - timedelta(days=self.keep_days)).timestamp() // 60)
        old = [e for (e,) in self.store.db.execute(  # the per-minute counts: a door opens fast
            "SELECT event_id FROM scan_tally WHERE event_id != ? GROUP BY event_id"
            " HAVING MAX(minute) < ?", (self.event_id, cutoff))]
        if not old:
            return 0
        with self.store.write() as db:
            for event_id in old:
                delete_event(db, event_id)
        log.info("scan log: dropped the logs of %d ended events", len(old))
        return len(old)

    # -- reading ---------------------------------------------------------------------------

    def entries(self, *, verdicts: Iterable[str] = (), door_ids: Iterable[str] = (),
                limit: int | None = None, newest_first: bool = True) -> Iterator[Scan]:
        """This event's scans, newest first, optionally only some verdicts and doors. With a
        filter and a ``limit`` (the screen), only the latest :data:`FILTER_WINDOW` scans are
        searched, so a rare verdict does not read the whole day's log."""
        verdicts, door_ids = list(verdicts), list(door_ids)
        order = "DESC" if newest_first else "ASC"
        args: list[object] = [self.event_id]
        source = "scans"
        if (verdicts or door_ids) and limit is not None:
            source = (f"(SELECT * FROM scans WHERE event_id = ? ORDER BY at DESC"
                      f" LIMIT {FILTER_WINDOW})")
            args.insert(0, self.event_id)
        where: list[str] = ["s.event_id = ?"]
        for column, values in (("s.verdict", verdicts), ("s.door_id", door_ids)):
            if values:
                where.append(f"{column} IN ({','.join('?' * len(values))})")
                args.extend(values)
        sql = (f"SELECT s.at, s.door_id, COALESCE(d.name, s.door_id), s.code, s.verdict,"
               f" s.reason, s.registration_id, s.people FROM {source} s"
               f" LEFT JOIN peer_doors d ON d.door_id = s.door_id WHERE {' AND '.join(where)}"
               f" ORDER BY s.at {order}, s.door_id {order}, s.seq {order}")
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        for row in self.store.db.execute(sql, args):
            yield Scan(*row)

    def doors(self) -> list[tuple[str, str]]:
        """(door id, name) of every door in this event's log, by name."""
        rows = self.store.db.execute(
            "SELECT s.door_id, COALESCE(d.name, s.door_id) FROM"
            " (SELECT DISTINCT door_id FROM scan_tally WHERE event_id=?) s"
            " LEFT JOIN peer_doors d ON d.door_id = s.door_id", (self.event_id,)).fetchall()
        return sorted(((a, b) for a, b in rows), key=lambda r: (r[1].casefold(), r[0]))

    def verdicts(self) -> list[str]:
        return [v for (v,) in self.store.db.execute(
            "SELECT DISTINCT verdict FROM scan_tally WHERE event_id=? ORDER BY verdict",
            (self.event_id,))]

    def arrivals_by_bucket(self, bucket_s: int) -> list[tuple[str, int, int, int]]:
        """(door id, bucket start as Unix seconds, people arrived, people undone) of this
        event: arrivals are the people of admissions and of the rest of parties
        (:data:`ARRIVING`), undone the people undos took back there."""
        return [(d, int(b), int(n), int(u)) for d, b, n, u in self.store.db.execute(
            f"SELECT door_id, (minute * 60 / ?) * ? AS b,"
            f" SUM(CASE WHEN verdict IN {ARRIVING!r} THEN people ELSE 0 END),"
            f" SUM(CASE WHEN verdict = 'undo' THEN people ELSE 0 END) FROM scan_tally"
            f" WHERE event_id=? AND verdict IN {ARRIVING + ('undo',)!r} GROUP BY door_id, b",
            (bucket_s, bucket_s, self.event_id))]

    def arrivals_since(self, since: float) -> int:
        """People arrived from the minute of ``since`` (Unix seconds) on, less the people
        undos took back then (never below 0)."""
        got, undone = self.store.db.execute(
            f"SELECT COALESCE(SUM(CASE WHEN verdict IN {ARRIVING!r} THEN people END), 0),"
            f" COALESCE(SUM(CASE WHEN verdict = 'undo' THEN people END), 0) FROM scan_tally"
            f" WHERE event_id=? AND minute >= ?", (self.event_id, int(since // 60))).fetchone()
        return max(0, int(got) - int(undone))

    def door_names(self, door_ids: Iterable[str]) -> dict[str, str]:
        ids = sorted(set(door_ids))
        if not ids:
            return {}
        rows = self.store.db.execute(
            f"SELECT door_id, name FROM peer_doors WHERE door_id IN ({','.join('?' * len(ids))})",
            ids)
        return {d: n for d, n in rows}

    # -- exchange with the other doors ----------------------------------------------------

    def high_water(self) -> dict[str, int]:
        """The highest seq held of each door that can be sent on: this door's own rows, and
        other doors' (stored signed). Rows from before the log was shared are not sent."""
        rows = self.store.db.execute(
            "SELECT door_id, MAX(seq) FROM scans WHERE event_id=?"
            " AND (sig IS NOT NULL OR door_id=?) GROUP BY door_id",
            (self.event_id, self.door_id))
        return {door: seq for door, seq in rows}

    def entries_after(self, have: dict[str, int], limit: int = BATCH) -> list[dict[str, Any]]:
        """Signed rows of this event the holder of ``have`` lacks, at most ``limit``. This
        door's own rows are signed here, on the peer thread, off the check-in path."""
        out: list[dict[str, Any]] = []
        for door, top in self.high_water().items():
            start = have.get(door, 0) if isinstance(have.get(door, 0), int) else 0
            if top <= start or len(out) >= limit:
                continue
            rows = self.store.db.execute(
                "SELECT door_id, seq, at, code, verdict, reason, registration_id, sig, people"
                " FROM scans WHERE event_id=? AND door_id=? AND seq>?"
                " AND (sig IS NOT NULL OR door_id=?) ORDER BY seq LIMIT ?",
                (self.event_id, door, start, self.door_id, limit - len(out)))
            out.extend({"door": d, "seq": s, "at": at, "code": c, "verdict": v, "reason": r,
                        "reg": rid, **({"people": n} if n is not None else {}),
                        "sig": sig or self.key.sign(
                            message(self.event_id, d, s, at, c, v, r, rid, n))}
                       for d, s, at, c, v, r, rid, sig, n in rows)
        return out

    def apply(self, entries: Any, names: Any = None) -> int:
        """Store another door's rows (idempotent); returns how many were new. Rows that fail
        a check are refused and logged once per door and reason, and so are the rows a door
        removed from the event (``kiosk doors --remove``) made after its removal, as its
        journal entries are; never raises on content."""
        good = []
        removed = {door: parse_utc(at) for door, at in
                   membership.removed_at(self.store.db, self.event_id).items()}
        for entry in (entries[:BATCH] if isinstance(entries, list) else ()):
            checked = _valid(entry, self.event_id)
            if isinstance(checked, str):
                self._refuse(entry, checked)
            elif checked[0] in removed and _after(checked[2], removed[checked[0]]):
                self._refuse(entry, "a door removed from the event")
            elif checked[0] != self.door_id:
                good.append(checked)
        if not good:
            return 0
        with self.store.write() as db:
            cursor = db.executemany(
                f"INSERT OR IGNORE INTO scans({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(door, seq, self.event_id, at, code, verdict, reason, rid, sig, people)
                 for door, seq, at, code, verdict, reason, rid, sig, people in good])
            added = max(0, cursor.rowcount)  # rows inserted (a trigger's are not counted)
            names = names if isinstance(names, dict) else {}
            for door in {g[0] for g in good}:  # a door first heard of here: its name, if sent
                name = names.get(door)
                db.execute("INSERT OR IGNORE INTO peer_doors(door_id, name) VALUES (?, ?)",
                           (door, printable(name, 80) or door if isinstance(name, str) else door))
            if added:
                self._cap(db)
        return added

    def _refuse(self, entry: Any, why: str) -> None:
        door = entry.get("door") if isinstance(entry, dict) else None
        door = printable(door, 80) if isinstance(door, str) else "?"
        with self._lock:
            if (door, why) in self._refused or len(self._refused) > 1000:
                return
            self._refused.add((door, why))
        log.warning("refused a scan log row from door %s: %s (said once)", door, why)


def _after(at: str, cutoff: datetime | None) -> bool:
    """Whether a row's time is past a removal's (an unreadable removal time cuts all)."""
    when = parse_utc(at)
    return cutoff is None or when is None or when > cutoff


def drop_removed(db: sqlite3.Connection, event_id: str, door_id: str, at: str) -> int:
    """A removed door's rows made after its removal at ``at``, held from before the removal
    arrived, go (in the caller's transaction, :meth:`kiosk.peers.journal.Journal
    .take_removals`); returns how many."""
    return db.execute("DELETE FROM scans WHERE event_id=? AND door_id=?"
                      " AND julianday(at) > julianday(?)", (event_id, door_id, at)).rowcount


def _int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _valid(entry: Any, event_id: str) -> tuple | str:
    """The row as a tuple, or why it is refused: every field is checked before anything is
    stored, and the signature last (it is the dear check)."""
    if not isinstance(entry, dict):
        return "not a row"
    door, seq, at, code = entry.get("door"), entry.get("seq"), entry.get("at"), entry.get("code")
    verdict, reason, rid, sig = (entry.get("verdict"), entry.get("reason"), entry.get("reg"),
                                 entry.get("sig"))
    people = entry.get("people")
    if not (isinstance(door, str) and identity.DOOR_ID.match(door)):
        return "not a door id"
    if not _int(seq, 1, MAX_SEQ):
        return "sequence number out of range"
    if not (isinstance(at, str) and _AT.match(at)):
        return "bad time"
    if not (isinstance(code, str) and len(code) <= MAX_CODE and printable(code, MAX_CODE) == code):
        return "bad code (too long or not printable)"
    if not (isinstance(verdict, str) and _VERDICT.match(verdict)):
        return "bad verdict"
    if not (isinstance(reason, str) and len(reason) <= MAX_REASON
            and printable(reason, MAX_REASON) == reason):
        return "bad reason"
    if not (rid is None or (isinstance(rid, str) and _REG_ID.match(rid))):
        return "bad registration id"
    if not (people is None or _int(people, 0, MAX_PEOPLE)):
        return "people count out of range"
    assert isinstance(seq, int)
    if not identity.verify(door, message(event_id, door, seq, at, code, verdict, reason, rid,
                                         people), sig):
        return "signature does not verify (not written by that door, or another event)"
    return (door, seq, at, code, verdict, reason, rid, sig, people)


# -- kiosk wipe ----------------------------------------------------------------------------

def event_ids(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT DISTINCT event_id FROM scans")}


def count_event(db: sqlite3.Connection, event_id: str) -> int:
    return int(db.execute("SELECT COUNT(*) FROM scans WHERE event_id=?",
                          (event_id,)).fetchone()[0])


def delete_event(db: sqlite3.Connection, event_id: str) -> None:
    """An event's scan log, inside the caller's transaction (``kiosk wipe``, an ended event).
    Rows from before the log was shared that name no event go by their registration or
    their code, as they went before."""
    db.execute("DELETE FROM scans WHERE event_id=?", (event_id,))
    db.execute("DELETE FROM scans WHERE event_id='' AND (registration_id IN"
               " (SELECT id FROM registrations WHERE event_id=?) OR code LIKE ?)",
               (event_id, f"%{event_id}%"))
