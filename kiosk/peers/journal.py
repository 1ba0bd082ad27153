"""The door-to-door journal: every door's check-ins and undos, append-only, in SQLite.

Each door numbers its own entries 1, 2, 3... (``seq``) and stamps them with a hybrid logical
clock (``hlc``). Doors exchange the entries the other lacks by per-door high-water marks; an
entry is accepted only right after the previous one of its door, so a high-water mark always
means "everything up to here". Entries carry ids and times only: registration, action, the
status an undo restores, times. No names or e-mails ever leave the door.

What the door shows comes from here (:meth:`Journal.materialise`): the latest entry of a
registration, ordered by (hlc, door id), decides whether it is in; the earliest admission
since the last undo is the one shown ("first scan wins"). Two admissions in a row, with no
undo between them, are a *double entry*: both are kept, both doors list it, and only the
first is uploaded (:meth:`Journal.overtaken`).

Every entry is signed by the door that wrote it (:mod:`kiosk.peers.identity`) and checked
field by field before it is stored (:func:`_valid`): the shared secret admits a door to the
exchange, but only door B's key speaks for door B. An entry that fails is refused, logged
once per door and reason, and never stops a check-in (issue 19).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kiosk import contract
from kiosk.clock import utcnow
from kiosk.models import Status
from kiosk.peers import identity
from kiosk.peers.hlc import MAX_HLC, HybridClock, ceiling
from kiosk.store import Store

log = logging.getLogger("kiosk.peers")

ACTIONS = ("admit", "undo")
STATUSES = contract.STATUSES
MAX_ID = 100
MAX_SEQ = 2**40
MAX_NAME = 80
_REG_ID = re.compile(rf"[\x21-\x7e]{{1,{MAX_ID}}}\Z")  # printable ASCII, no spaces
_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z\Z")


def entry_message(event_id: str, door: str, seq: int, rid: str, action: str, status: str,
                  hlc: int, at: str) -> bytes:
    """What a door signs: every field, and the event, so an entry means one thing only."""
    return "\n".join(("kiosk journal v1", event_id, door, str(seq), rid, action, status,
                      str(hlc), at)).encode()


def sign_entry(key: identity.DoorKey, event_id: str, entry: dict[str, Any]) -> dict[str, Any]:
    """``entry`` as ``key``'s door sends it: with its door id and signature."""
    signed = {**entry, "door": key.door_id}
    signed["sig"] = key.sign(entry_message(
        event_id, key.door_id, signed["seq"], signed["reg"], signed["action"], signed["status"],
        signed["hlc"], signed["at"]))
    return signed


@dataclass(frozen=True, slots=True)
class Admission:
    door_id: str
    door_name: str
    at: str
    hlc: int


@dataclass(frozen=True, slots=True)
class DoubleEntry:
    registration_id: str
    admissions: tuple[Admission, ...]  # first (the one shown and uploaded) first


@dataclass(frozen=True, slots=True)
class DoorInfo:
    door_id: str
    name: str
    address: str | None
    last_contact: float | None
    their_seq: int
    have: int

    @property
    def lag(self) -> int:
        """Entries of that door it has told us about and we do not hold yet."""
        return max(0, self.their_seq - self.have)


class Journal:
    """One per store. ``record`` runs inside the caller's write transaction."""

    def __init__(self, store: Store, door_name: str, event_id: str = "") -> None:
        self.store = store
        self.door_name = door_name
        self.event_id = event_id or ""
        # Every event the door admits to (issue 20): the journal is signed for the first,
        # and carries the check-ins of all of them.
        self.served: set[str] = {self.event_id}
        self.key = self._identity()
        self.door_id: str = self.key.door_id
        self._refused: set[tuple[str, str]] = set()  # (door, reason) logged already
        self._refused_lock = threading.Lock()
        # this door's clock starts at the latest stamp it holds, but never at one past the
        # drift guard: a door two days fast must not move every process opened after it
        last = store.db.execute("SELECT MAX(hlc) FROM peer_journal WHERE hlc <= ?",
                                (min(ceiling(), MAX_HLC),)).fetchone()[0] or 0
        self.clock = HybridClock(last)
        known = store.db.execute("SELECT name FROM peer_doors WHERE door_id=?",
                                 (self.door_id,)).fetchone()
        if known is None or known[0] != door_name:
            # only a first open or a renamed door writes: opening a door must not need the
            # write lock (a check-in answers with an error verdict while the disk is locked)
            with store.write() as db:
                db.execute(
                    "INSERT INTO peer_doors(door_id, name) VALUES (?, ?)"
                    " ON CONFLICT(door_id) DO UPDATE SET name=excluded.name",
                    (self.door_id, door_name),
                )

    def _identity(self) -> identity.DoorKey:
        """This door's key pair, made on first open and after a wipe (Store.delete_event
        drops ``peer_door_id``: the renumbered journal must be a new door to the others).

        Journals from before issue 19 have an id ``door_<hex>`` and unsigned entries: this
        door's own are moved to its key's id and signed here, once, so its history stays
        valid and travels again; an upgraded door that held them unsigned drops its copy
        when the signed one arrives (:meth:`apply`)."""
        path = self.store.data_dir / identity.KEY_FILE
        key = identity.load(path)
        if key is not None and self.store.get_meta("peer_door_id") == key.door_id:
            return key  # the usual open: no write
        with self.store.write() as db:
            row = db.execute("SELECT value FROM meta WHERE key='peer_door_id'").fetchone()
            stored = row[0] if row else None
            key = identity.load(path)
            if key is not None and stored == key.door_id:
                return key  # another process made it meanwhile
            if key is None or not stored:
                key = identity.create(path)
            if stored and stored != key.door_id:
                rows = db.execute(
                    "SELECT seq, registration_id, action, status, hlc, at FROM peer_journal"
                    " WHERE door_id=? ORDER BY seq", (stored,)).fetchall()
                db.execute("DELETE FROM peer_journal WHERE door_id=?", (stored,))
                db.executemany(
                    "INSERT OR REPLACE INTO peer_journal(door_id, seq, registration_id, action,"
                    " status, hlc, at, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(key.door_id, seq, rid, action, status, hlc, at,
                      key.sign(entry_message(self.event_id, key.door_id, seq, rid, action,
                                             status, hlc, at)))
                     for seq, rid, action, status, hlc, at in rows])
                db.execute("DELETE FROM peer_doors WHERE door_id=?", (stored,))
                if rows:
                    log.info("signed this door's %d earlier journal entries with its door key",
                             len(rows))
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('peer_door_id', ?)",
                       (key.door_id,))
        return key

    # -- local changes ---------------------------------------------------------------------

    def record(self, db: sqlite3.Connection, registration_id: str, action: str,
               status: str, at: str) -> int:
        """Journal a local check-in or undo in the caller's transaction; returns its seq."""
        seq = int(db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM peer_journal"
                             " WHERE door_id=?", (self.door_id,)).fetchone()[0])
        hlc = self.clock.now()
        sig = self.key.sign(entry_message(self.event_id, self.door_id, seq, registration_id,
                                          action, status, hlc, at))
        db.execute(
            "INSERT INTO peer_journal(door_id, seq, registration_id, action, status, hlc, at,"
            " sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (self.door_id, seq, registration_id, action, status, hlc, at, sig),
        )
        return seq

    def admitted_elsewhere(self, db: sqlite3.Connection, registration_id: str) -> bool:
        """Whether the check-in now shown for this registration came from another door."""
        row = db.execute(
            "SELECT door_id, action FROM peer_journal WHERE registration_id=?"
            " ORDER BY hlc DESC, door_id DESC LIMIT 1", (registration_id,),
        ).fetchone()
        return row is not None and row[1] == "admit" and row[0] != self.door_id

    # -- exchange --------------------------------------------------------------------------

    def high_water(self) -> dict[str, int]:
        rows = self.store.db.execute("SELECT door_id, MAX(seq) FROM peer_journal GROUP BY door_id")
        return {door: seq for door, seq in rows}

    def entries_after(self, have: dict[str, int], limit: int = 500) -> list[dict[str, Any]]:
        """Signed entries the holder of ``have`` lacks, in seq order per door, at most
        ``limit``. Unsigned ones (other doors' from before issue 19) are never sent on."""
        out: list[dict[str, Any]] = []
        for door, top in self.high_water().items():
            start = int(have.get(door, 0) or 0)
            if top <= start or len(out) >= limit or not door.startswith(identity.ID_PREFIX):
                continue
            rows = self.store.db.execute(
                "SELECT door_id, seq, registration_id, action, status, hlc, at, sig"
                " FROM peer_journal WHERE door_id=? AND seq>? AND sig IS NOT NULL"
                " ORDER BY seq LIMIT ?",
                (door, start, limit - len(out)),
            )
            out.extend(
                {"door": d, "seq": s, "reg": r, "action": a, "status": st, "hlc": h, "at": at,
                 "sig": sig}
                for d, s, r, a, st, h, at, sig in rows
            )
        return out

    def door_names(self, door_ids: Iterable[str]) -> dict[str, str]:
        ids = list(set(door_ids))
        if not ids:
            return {}
        rows = self.store.db.execute(
            f"SELECT door_id, name FROM peer_doors WHERE door_id IN ({','.join('?' * len(ids))})",
            ids,
        )
        return {d: n for d, n in rows}

    def apply(self, entries: list[Any], names: dict[str, Any]) -> int:
        """Store another door's entries (idempotent) and update what this door shows.

        Entries that fail a check (:func:`_valid`: a field's type, range or length, the
        door's signature, this event) are refused and logged once per door and reason;
        entries claiming to be this door's and entries that would leave a gap in a door's
        sequence are skipped. Returns the number of new entries; never raises on content.
        """
        good = []
        for entry in entries if isinstance(entries, list) else ():
            checked = _valid(entry, self.event_id)
            if isinstance(checked, str):
                self._refuse(entry, checked)
            else:
                good.append(checked)
        good.sort(key=lambda e: (e[0], e[1]))
        if not good:
            return 0
        added = 0
        touched: set[str] = set()
        with self.store.write() as db:
            for door, name in (names.items() if isinstance(names, dict) else ()):
                if (isinstance(door, str) and isinstance(name, str) and door != self.door_id
                        and identity.DOOR_ID.match(door)):
                    db.execute(
                        "INSERT INTO peer_doors(door_id, name) VALUES (?, ?)"
                        " ON CONFLICT(door_id) DO UPDATE SET name=excluded.name",
                        (door, _printable(name)),
                    )
            tops: dict[str, int] = {}
            for door, seq, rid, action, status, hlc, at, sig in good:
                if door == self.door_id:
                    continue
                other = db.execute("SELECT event_id FROM registrations WHERE id=?",
                                   (rid,)).fetchone()
                if other is not None and self.event_id and other[0] not in self.served:
                    self._refuse({"door": door}, "a registration of another event")
                    continue
                if door not in tops:
                    tops[door] = db.execute(
                        "SELECT COALESCE(MAX(seq), 0) FROM peer_journal WHERE door_id=?", (door,)
                    ).fetchone()[0]
                if seq != tops[door] + 1:
                    continue  # already held, or a gap: the sender will send the rest later
                # the same change held unsigned from before issue 19, re-signed by its door
                db.execute("DELETE FROM peer_journal WHERE registration_id=? AND hlc=?"
                           " AND action=? AND at=? AND sig IS NULL AND door_id != ?",
                           (rid, hlc, action, at, self.door_id))
                db.execute(
                    "INSERT OR IGNORE INTO peer_journal(door_id, seq, registration_id, action,"
                    " status, hlc, at, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (door, seq, rid, action, status, hlc, at, sig),
                )
                db.execute("INSERT OR IGNORE INTO peer_doors(door_id, name) VALUES (?, ?)",
                           (door, door))
                tops[door] = seq
                self.clock.observe(hlc)
                touched.add(rid)
                added += 1
            for rid in touched:
                self.materialise(db, rid)
        if added:
            log.info("took %d entries from other doors", added)
        return added

    def _refuse(self, entry: Any, why: str) -> None:
        door = entry.get("door") if isinstance(entry, dict) else None
        door = _printable(door) if isinstance(door, str) else "?"
        with self._refused_lock:
            if (door, why) in self._refused or len(self._refused) > 1000:
                return
            self._refused.add((door, why))
        log.warning("refused a journal entry from door %s: %s (said once)", door, why)

    def note_contact(self, door_id: str, name: str, address: str | None, their_seq: int,
                     now: float) -> None:
        if door_id == self.door_id or not identity.DOOR_ID.match(door_id or ""):
            return
        their_seq = min(max(int(their_seq), 0), MAX_SEQ)
        with self.store.write() as db:
            db.execute(
                """INSERT INTO peer_doors(door_id, name, address, last_contact, their_seq)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(door_id) DO UPDATE SET name=excluded.name,
                       address=COALESCE(excluded.address, peer_doors.address),
                       last_contact=excluded.last_contact,
                       their_seq=MAX(peer_doors.their_seq, excluded.their_seq)""",
                (door_id, _printable(name), address, now, their_seq),
            )

    # -- what the door shows -----------------------------------------------------------------

    def materialise(self, db: sqlite3.Connection, registration_id: str) -> None:
        """Make the local check-in row say what the journal says.

        The row's ``uploaded_at`` stays empty, so the journal's word wins over the cached
        server copy (which may predate the other door's upload). No outbox entry is made:
        the door that made a change uploads it.
        """
        reg = db.execute("SELECT event_id, status FROM registrations WHERE id=?",
                         (registration_id,)).fetchone()
        if reg is None:
            return  # not in this door's cache (a walk-in made elsewhere): kept, not shown
        rows = _history(db, registration_id)
        if not rows:
            return
        latest = rows[-1]
        if latest[1] == "admit":
            first = len(rows) - 1
            while first > 0 and rows[first - 1][1] == "admit":
                first -= 1
            want = (Status.ATTENDED, rows[first][4], rows[first][5])
        else:
            want = (latest[2], None, latest[5])
        current = db.execute(
            "SELECT status, checked_in_at, device FROM checkins WHERE registration_id=?",
            (registration_id,),
        ).fetchone()
        if current is not None and tuple(current) == want:
            return
        db.execute(
            """INSERT INTO checkins(registration_id, event_id, status, previous_status,
                   checked_in_at, device, changed_at, uploaded_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
               ON CONFLICT(registration_id) DO UPDATE SET status=excluded.status,
                   checked_in_at=excluded.checked_in_at, device=excluded.device,
                   changed_at=excluded.changed_at, uploaded_at=NULL,
                   uploaded_seq=NULL""",
            (registration_id, reg[0], want[0],
             reg[1] if reg[1] != Status.ATTENDED else Status.CONFIRMED, want[1], want[2], utcnow()),
        )

    def double_entries(self) -> list[DoubleEntry]:
        """Registrations admitted again while already in (two doors that could not see each
        other), each with every admission of that run, first first. Only the registrations
        ``peer_doubles`` names are read (kiosk.peers.schema), not the whole journal."""
        rows = self.store.db.execute(
            """SELECT j.registration_id, j.action, j.door_id, COALESCE(d.name, j.door_id),
                      j.at, j.hlc
               FROM peer_doubles x JOIN peer_journal j ON j.registration_id = x.registration_id
               LEFT JOIN peer_doors d ON d.door_id = j.door_id
               ORDER BY j.registration_id, j.hlc, j.door_id"""
        ).fetchall()
        found: list[DoubleEntry] = []
        run: list[Admission] = []
        current: str | None = None

        def close() -> None:
            if len(run) > 1 and current is not None:
                found.append(DoubleEntry(current, tuple(run)))

        for rid, action, door, name, at, hlc in rows:
            if rid != current:
                close()
                current, run = rid, []
            if action == "admit":
                run.append(Admission(door, name, at, hlc))
            else:
                close()
                run = []
        close()
        return found

    def double_entry_count(self) -> int:
        """How many double entries :meth:`double_entries` lists, read from the counts the
        journal's triggers keep (a status refresh must not group the day's journal)."""
        return int(self.store.db.execute(
            "SELECT COALESCE(SUM(runs), 0) FROM peer_doubles").fetchone()[0])

    def overtaken(self, registration_id: str) -> bool:
        """Whether this door's last change of a registration must not be uploaded: another
        door made a later change, or it is the second admission of a double entry."""
        rows = _history(self.store.db, registration_id)
        mine = [i for i, row in enumerate(rows) if row[0] == self.door_id]
        if not mine:
            return False  # made before the journal existed: upload as before
        last = mine[-1]
        if rows[last][1] == "admit":
            if last > 0 and rows[last - 1][1] == "admit":
                return True  # the second admission of a double entry: the first one is sent
            # admissions after ours are double entries behind it: ours is the one to send
            return any(row[1] != "admit" for row in rows[last + 1:])
        return last < len(rows) - 1  # a later change elsewhere is sent by its own door

    def doors(self) -> list[DoorInfo]:
        have = self.high_water()
        rows = self.store.db.execute(
            "SELECT door_id, name, address, last_contact, their_seq FROM peer_doors"
            " WHERE door_id != ? ORDER BY name, door_id", (self.door_id,),
        ).fetchall()
        return [DoorInfo(d, n, a, c, s, have.get(d, 0)) for d, n, a, c, s in rows]


def delete_event(db: sqlite3.Connection, event_id: str) -> None:
    """An event's journal entries, inside ``kiosk wipe``'s transaction (before the event's
    registrations go: an entry carries only its registration's id). The door's own
    numbering then has holes or restarts, so the next open takes a new door id, and other
    doors never skip its new entries as ones they already hold."""
    db.execute("DELETE FROM peer_journal WHERE registration_id IN"
               " (SELECT id FROM registrations WHERE event_id=?)", (event_id,))
    db.execute("DELETE FROM meta WHERE key='peer_door_id'")


def _history(db: sqlite3.Connection, registration_id: str) -> list[tuple]:
    """(door, action, status, hlc, at, door name) of a registration, oldest first."""
    return [tuple(r) for r in db.execute(
        """SELECT j.door_id, j.action, j.status, j.hlc, j.at, COALESCE(d.name, j.door_id)
           FROM peer_journal j LEFT JOIN peer_doors d ON d.door_id = j.door_id
           WHERE j.registration_id=? ORDER BY j.hlc, j.door_id""", (registration_id,),
    )]


def _printable(text: str) -> str:
    """A name from another machine, as stored: no control characters, at most 80."""
    return "".join(c for c in text if c.isprintable())[:MAX_NAME] or "?"


def _int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _valid(entry: Any, event_id: str) -> tuple | str:
    """The entry as a row, or why it is refused. Every field is checked before anything is
    stored: one entry stamped 2**63-1 once stopped every door (issue 19)."""
    if not isinstance(entry, dict):
        return "not an entry"
    door, seq, rid = entry.get("door"), entry.get("seq"), entry.get("reg")
    action, status, hlc, at = entry.get("action"), entry.get("status"), entry.get("hlc"), entry.get("at")
    sig = entry.get("sig")
    if not (isinstance(door, str) and identity.DOOR_ID.match(door)):
        return "not a door id (a door from before signed entries?)"
    if not _int(seq, 1, MAX_SEQ):
        return "sequence number out of range"
    if not (isinstance(rid, str) and _REG_ID.match(rid)):
        return "bad registration id"
    if action not in ACTIONS or status not in STATUSES:
        return "unknown action or status"
    if not _int(hlc, 1, MAX_HLC):
        return "clock value out of range"
    if not (isinstance(at, str) and _AT.match(at)):
        return "bad time"
    assert isinstance(seq, int) and isinstance(hlc, int)  # checked above
    if not identity.verify(door, entry_message(event_id, door, seq, rid, action, status, hlc, at),
                           sig):
        return "signature does not verify (not written by that door, or another event)"
    return (door, seq, rid, action, status, hlc, at, sig)
