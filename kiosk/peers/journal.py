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
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from dataclasses import dataclass
from typing import Any, Iterable

from kiosk import contract
from kiosk.models import Status
from kiosk.peers.hlc import HybridClock
from kiosk.clock import utcnow
from kiosk.store import Store

log = logging.getLogger("kiosk.peers")

ACTIONS = ("admit", "undo")
STATUSES = contract.STATUSES
MAX_ID = 100


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

    def __init__(self, store: Store, door_name: str) -> None:
        self.store = store
        self.door_name = door_name
        door_id = store.get_meta("peer_door_id")
        if not door_id:
            door_id = "door_" + uuid.uuid4().hex[:16]
            store.set_meta("peer_door_id", door_id)
        self.door_id: str = door_id
        last = store.db.execute("SELECT MAX(hlc) FROM peer_journal").fetchone()[0] or 0
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

    # -- local changes ---------------------------------------------------------------------

    def record(self, db: sqlite3.Connection, registration_id: str, action: str,
               status: str, at: str) -> int:
        """Journal a local check-in or undo in the caller's transaction; returns its seq."""
        seq = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM peer_journal WHERE door_id=?",
                         (self.door_id,)).fetchone()[0]
        db.execute(
            "INSERT INTO peer_journal(door_id, seq, registration_id, action, status, hlc, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (self.door_id, seq, registration_id, action, status, self.clock.now(), at),
        )
        return int(seq)

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
        """Entries the holder of ``have`` lacks, in seq order per door, at most ``limit``."""
        out: list[dict[str, Any]] = []
        for door, top in self.high_water().items():
            start = int(have.get(door, 0) or 0)
            if top <= start or len(out) >= limit:
                continue
            rows = self.store.db.execute(
                "SELECT door_id, seq, registration_id, action, status, hlc, at FROM peer_journal"
                " WHERE door_id=? AND seq>? ORDER BY seq LIMIT ?",
                (door, start, limit - len(out)),
            )
            out.extend(
                {"door": d, "seq": s, "reg": r, "action": a, "status": st, "hlc": h, "at": at}
                for d, s, r, a, st, h, at in rows
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

        Malformed entries, entries claiming to be this door's and entries that would leave
        a gap in a door's sequence are skipped. Returns the number of new entries.
        """
        good = sorted(filter(None, (_valid(e) for e in entries)), key=lambda e: (e[0], e[1]))
        if not good:
            return 0
        added = 0
        touched: set[str] = set()
        with self.store.write() as db:
            for door, name in names.items():
                if (isinstance(door, str) and isinstance(name, str) and door != self.door_id
                        and 0 < len(door) <= MAX_ID):
                    db.execute(
                        "INSERT INTO peer_doors(door_id, name) VALUES (?, ?)"
                        " ON CONFLICT(door_id) DO UPDATE SET name=excluded.name",
                        (door, name[:80]),
                    )
            tops: dict[str, int] = {}
            for door, seq, rid, action, status, hlc, at in good:
                if door == self.door_id:
                    continue
                if door not in tops:
                    tops[door] = db.execute(
                        "SELECT COALESCE(MAX(seq), 0) FROM peer_journal WHERE door_id=?", (door,)
                    ).fetchone()[0]
                if seq != tops[door] + 1:
                    continue  # already held, or a gap: the sender will send the rest later
                db.execute(
                    "INSERT OR IGNORE INTO peer_journal(door_id, seq, registration_id, action,"
                    " status, hlc, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (door, seq, rid, action, status, hlc, at),
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

    def note_contact(self, door_id: str, name: str, address: str | None, their_seq: int,
                     now: float) -> None:
        if door_id == self.door_id or not door_id or len(door_id) > MAX_ID:
            return
        with self.store.write() as db:
            db.execute(
                """INSERT INTO peer_doors(door_id, name, address, last_contact, their_seq)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(door_id) DO UPDATE SET name=excluded.name,
                       address=COALESCE(excluded.address, peer_doors.address),
                       last_contact=excluded.last_contact,
                       their_seq=MAX(peer_doors.their_seq, excluded.their_seq)""",
                (door_id, name[:80], address, now, int(their_seq)),
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
        current = None

        def close() -> None:
            if len(run) > 1:
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


def _valid(entry: Any) -> tuple | None:
    if not isinstance(entry, dict):
        return None
    door, seq, rid = entry.get("door"), entry.get("seq"), entry.get("reg")
    action, status, hlc, at = entry.get("action"), entry.get("status"), entry.get("hlc"), entry.get("at")
    if not (isinstance(door, str) and 0 < len(door) <= MAX_ID):
        return None
    if not (isinstance(rid, str) and 0 < len(rid) <= MAX_ID):
        return None
    if not (isinstance(seq, int) and not isinstance(seq, bool) and seq > 0):
        return None
    if not (isinstance(hlc, int) and not isinstance(hlc, bool) and 0 <= hlc < 2**63):
        return None
    if action not in ACTIONS or status not in STATUSES or not (isinstance(at, str) and len(at) <= 40):
        return None
    return (door, seq, rid, action, status, hlc, at)
