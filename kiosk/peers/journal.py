"""The door-to-door journal: every door's check-ins and undos, append-only, in SQLite.

Each door numbers its own entries 1, 2, 3... (``seq``) and stamps them with a hybrid logical
clock (``hlc``). Doors exchange the entries the other lacks by per-door high-water marks; an
entry is accepted only right after the previous one of its door, so a high-water mark always
means "everything up to here". Entries carry ids and times only: registration, action, the
status an undo restores, times, and for one that moves part of a party how many people
(issue 20). No names or e-mails ever leave the door.

Issue 20 adds comings and goings: ``enter`` (more of a checked-in party: the rest of it, or a
re-entry) and ``exit``. They never change a status and are never uploaded; the status rules
below read ``admit`` and ``undo`` only (:data:`STATUS_ACTIONS`), and who of a party is inside
is folded from all of them (:func:`kiosk.rules.fold_presence`) into ``peer_presence``. The
badges a door prints travel here too (:data:`BADGE_ACTIONS`, issue 21: badges once per
venue, :mod:`kiosk.badges.jobs`); they say nothing of who is in or of a status.

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

from kiosk import contract, scans
from kiosk.clock import utcnow
from kiosk.models import Status
from kiosk.peers import identity, membership
from kiosk.peers.hlc import MAX_HLC, HybridClock, ceiling
from kiosk.registrations import EFFECTIVE
from kiosk.rules import Presence, fold_presence
from kiosk.store import Store

log = logging.getLogger("kiosk.peers")

STATUS_ACTIONS = ("admit", "undo")  # a check-in and its reversal: uploaded to WebKasa
MOVES = ("enter", "exit")  # issue 20: people of a checked-in party coming and going, never uploaded
# Badges once per venue (issue 21): a door's badge prints travel in the journal too, but
# never say who is in (materialise, double entries and uploads read PRESENCE rows only).
BADGE_ACTIONS = ("badge", "reprint")
ACTIONS = STATUS_ACTIONS + MOVES + BADGE_ACTIONS
NEWER_ACTION = re.compile(r"[a-z][a-z_]{0,31}\Z")
"""An action a newer kiosk may journal that this one does not know. Its entry, signed by its
door, is kept and passed on but read by nothing here: refusing it would leave a gap in that
door's sequence, and every later entry of the door (its check-ins too) would wait behind it
for as long as the venue runs two versions."""
MAX_PEOPLE = 1 + contract.MAX_GUESTS  # the most one entry moves: a whole party
_PRESENCE = f"j.action IN {STATUS_ACTIONS + MOVES!r}"  # a constant: SQL, never input
_STATUS = f"j.action IN {STATUS_ACTIONS!r}"  # double entries: two admits, no undo between
STATUSES = contract.STATUSES
MAX_ID = 100
MAX_SEQ = 2**40
MAX_NAME = 80
_REG_ID = re.compile(rf"[\x21-\x7e]{{1,{MAX_ID}}}\Z")  # printable ASCII, no spaces
_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z\Z")


def entry_message(event_id: str, door: str, seq: int, rid: str, action: str, status: str,
                  hlc: int, at: str, people: int | None = None) -> bytes:
    """What a door signs: every field, and the event, so an entry means one thing only.
    An entry that moves part of a party (issue 20) signs its count too, as version 2; one
    for the whole party is signed as every entry before it was, so old entries still verify."""
    fields = ["kiosk journal v1", event_id, door, str(seq), rid, action, status, str(hlc), at]
    if people is not None:
        fields[0] = "kiosk journal v2"
        fields.append(str(people))
    return "\n".join(fields).encode()


def sign_entry(key: identity.DoorKey, event_id: str, entry: dict[str, Any]) -> dict[str, Any]:
    """``entry`` as ``key``'s door sends it: with its door id and signature."""
    signed = {**entry, "door": key.door_id}
    signed["sig"] = key.sign(entry_message(
        event_id, key.door_id, signed["seq"], signed["reg"], signed["action"], signed["status"],
        signed["hlc"], signed["at"], signed.get("people")))
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
class BadgePrint:
    """One journalled badge: the automatic one (``badge``) or a staff ``reprint``."""
    action: str
    door_id: str
    door_name: str
    at: str
    hlc: int


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
               status: str, at: str, people: int | None = None) -> int:
        """Journal a local check-in, undo, entry or exit in the caller's transaction;
        ``people``: how many of the party it moves (None: the whole party). Returns its seq."""
        seq = int(db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM peer_journal"
                             " WHERE door_id=?", (self.door_id,)).fetchone()[0])
        hlc = self.clock.now()
        sig = self.key.sign(entry_message(self.event_id, self.door_id, seq, registration_id,
                                          action, status, hlc, at, people))
        db.execute(
            "INSERT INTO peer_journal(door_id, seq, registration_id, action, status, hlc, at,"
            " sig, people) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (self.door_id, seq, registration_id, action, status, hlc, at, sig, people),
        )
        if action == "undo" or (action == "admit" and people is None):
            # the latest entry by the clock (it observed every entry it holds): after an
            # undo nothing is to say, after a whole admission all are inside, so no row
            # either way (kiosk.rules.fold_presence), without reading the history
            db.execute("DELETE FROM peer_presence WHERE registration_id=?", (registration_id,))
        else:
            refresh_presence(db, registration_id)  # issue 20
        return seq

    def admitted_elsewhere(self, db: sqlite3.Connection, registration_id: str) -> bool:
        """Whether the check-in now shown for this registration came from another door."""
        row = db.execute(
            "SELECT door_id, action FROM peer_journal WHERE registration_id=?"
            " AND action IN ('admit', 'undo') ORDER BY hlc DESC, door_id DESC LIMIT 1",
            (registration_id,),
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
                "SELECT door_id, seq, registration_id, action, status, hlc, at, sig, people"
                " FROM peer_journal WHERE door_id=? AND seq>? AND sig IS NOT NULL"
                " ORDER BY seq LIMIT ?",
                (door, start, limit - len(out)),
            )
            out.extend(
                {"door": d, "seq": s, "reg": r, "action": a, "status": st, "hlc": h, "at": at,
                 "sig": sig, **({"people": n} if n is not None else {})}
                for d, s, r, a, st, h, at, sig, n in rows
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
                continue
            if checked[3] not in ACTIONS:
                self._refuse(entry, f"action {checked[3]!r} of a newer kiosk: kept and passed"
                                    " on, not understood here; update this door", kept=True)
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
            removed = membership.cutoffs(db, self.event_id)
            for door, seq, rid, action, status, hlc, at, sig, people in good:
                if door == self.door_id:
                    continue
                if door in removed and seq > removed[door]:
                    self._refuse({"door": door}, "a door removed from the event")
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
                    " status, hlc, at, sig, people) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (door, seq, rid, action, status, hlc, at, sig, people),
                )
                db.execute("INSERT OR IGNORE INTO peer_doors(door_id, name) VALUES (?, ?)",
                           (door, door))
                tops[door] = seq
                self.clock.observe(hlc)
                touched.add(rid)
                added += 1
            for rid in touched:
                self.materialise(db, rid)
                refresh_presence(db, rid)  # issue 20
        if added:
            log.info("took %d entries from other doors", added)
        return added

    def removals(self) -> list[dict[str, Any]]:
        """The event's removed doors, as they travel with every exchange."""
        return membership.removals(self.store.db, self.event_id)

    def remove_door(self, door_id: str) -> dict[str, Any]:
        """Remove another door from the event: its entries held now stay, later ones are
        refused here and, once the removal has travelled, at every door."""
        upto = self.high_water().get(door_id, 0)
        return membership.remove(self.store, self.key, self.event_id, door_id, upto, utcnow())

    def take_removals(self, values: Any, *, from_any_door: bool = False) -> int:
        """Keep the removals another door sent (each checked by its signer's key, a door
        this one knows, unless ``from_any_door``: the copy a joining door takes from the
        door it trusts with everything); entries of a removed door held past its cut-off
        go, and what the door shows follows."""
        if not values or not isinstance(values, list):
            return 0
        if not from_any_door:
            known = {d for (d,) in self.store.db.execute("SELECT door_id FROM peer_doors")}
            values = [v for v in values if isinstance(v, dict) and v.get("by") in known]
            if not values:
                return 0
        with self.store.write() as db:
            news = membership.take_removals(db, self.event_id, values)
            touched: set[str] = set()
            for removal in news:
                touched.update(rid for (rid,) in db.execute(
                    "SELECT registration_id FROM peer_journal WHERE door_id=? AND seq>?",
                    (removal["door"], removal["upto"])))
                db.execute("DELETE FROM peer_journal WHERE door_id=? AND seq>?",
                           (removal["door"], removal["upto"]))
                scans.drop_removed(db, self.event_id, removal["door"], removal["at"])
            for rid in touched:
                if _history(db, rid):
                    self.materialise(db, rid)
                else:  # only the removed door had let them in: the server's word shows
                    db.execute("DELETE FROM checkins WHERE registration_id=? AND NOT EXISTS"
                               " (SELECT 1 FROM outbox WHERE registration_id=?) AND NOT EXISTS"
                               " (SELECT 1 FROM outbox_archive WHERE registration_id=?)",
                               (rid, rid, rid))
        for removal in news:
            if removal["door"] == self.door_id:
                log.warning("this door was removed from the event by door %s: the other "
                            "doors refuse its check-ins from now on", removal["by"])
            else:
                log.info("door %s was removed from the event by door %s", removal["door"],
                         removal["by"])
        return len(news)

    def is_removed(self, door_id: str) -> bool:
        return membership.is_removed(self.store.db, self.event_id, door_id)

    def _refuse(self, entry: Any, why: str, *, kept: bool = False) -> None:
        """Log, once per door and reason, an entry refused (or ``kept`` unread)."""
        door = entry.get("door") if isinstance(entry, dict) else None
        door = _printable(door) if isinstance(door, str) else "?"
        with self._refused_lock:
            if (door, why) in self._refused or len(self._refused) > 1000:
                return
            self._refused.add((door, why))
        log.warning("%s a journal entry from door %s: %s (said once)",
                    "kept" if kept else "refused", door, why)

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
        rows = [row for row in _history(db, registration_id) if row[1] in STATUS_ACTIONS]
        if not rows:
            return  # only comings and goings (issue 20): the status is the server's
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
        """Registrations admitted again while already in: :func:`double_entries_in`."""
        return double_entries_in(self.store.db)

    def double_entry_count(self) -> int:
        """How many double entries :meth:`double_entries` lists, read from the counts the
        journal's triggers keep (a status refresh must not group the day's journal)."""
        return int(self.store.db.execute(
            "SELECT COALESCE(SUM(runs), 0) FROM peer_doubles").fetchone()[0])

    def overtaken(self, registration_id: str) -> bool:
        """Whether this door's last change of a registration must not be uploaded: another
        door made a later change, or it is the second admission of a double entry."""
        rows = [row for row in _history(self.store.db, registration_id)
                if row[1] in STATUS_ACTIONS]  # entries and exits are never uploaded
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

    # -- badges once per venue (issue 21) -----------------------------------------------------

    def record_badge(self, db: sqlite3.Connection, registration_id: str, action: str) -> int:
        """Journal a badge of this door (``badge`` or ``reprint``) in the caller's
        transaction, so the other doors print no second automatic badge."""
        assert action in BADGE_ACTIONS
        return self.record(db, registration_id, action, Status.ATTENDED, utcnow())

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
    db.execute("DELETE FROM peer_presence WHERE event_id=?", (event_id,))
    db.execute("DELETE FROM meta WHERE key='peer_door_id'")


# -- double entries (issue 10) -------------------------------------------------------------

def double_entries_in(db: sqlite3.Connection) -> list[DoubleEntry]:
    """Registrations admitted again while already in (two doors that could not see each
    other), each with every admission of that run, first first. Only the registrations
    ``peer_doubles`` names are read (kiosk.peers.schema), not the whole journal."""
    rows = db.execute(
        f"""SELECT j.registration_id, j.action, j.door_id, COALESCE(d.name, j.door_id),
                  j.at, j.hlc
           FROM peer_doubles x JOIN peer_journal j ON j.registration_id = x.registration_id
           LEFT JOIN peer_doors d ON d.door_id = j.door_id WHERE {_STATUS}
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


# -- badges once per venue (issue 21) ------------------------------------------------------

def badge_prints(db: sqlite3.Connection, registration_id: str) -> list[BadgePrint]:
    """Every door's badges of a registration that this door holds, oldest first (this
    door's own journalled by :meth:`Journal.record_badge`)."""
    rows = db.execute(
        """SELECT j.action, j.door_id, COALESCE(d.name, j.door_id), j.at, j.hlc
           FROM peer_journal j LEFT JOIN peer_doors d ON d.door_id = j.door_id
           WHERE j.registration_id=? AND j.action IN ('badge', 'reprint')
           ORDER BY j.hlc, j.door_id""", (registration_id,)).fetchall()
    return [BadgePrint(*row) for row in rows]


def _history(db: sqlite3.Connection, registration_id: str) -> list[tuple]:
    """(door, action, status, hlc, at, door name, people) of a registration, oldest first."""
    return [tuple(r) for r in db.execute(
        f"""SELECT j.door_id, j.action, j.status, j.hlc, j.at, COALESCE(d.name, j.door_id),
                   j.people
           FROM peer_journal j LEFT JOIN peer_doors d ON d.door_id = j.door_id
           WHERE j.registration_id=? AND {_PRESENCE} ORDER BY j.hlc, j.door_id""", (registration_id,),
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
    sig, people = entry.get("sig"), entry.get("people")
    if not (isinstance(door, str) and identity.DOOR_ID.match(door)):
        return "not a door id (a door from before signed entries?)"
    if not _int(seq, 1, MAX_SEQ):
        return "sequence number out of range"
    if not (isinstance(rid, str) and _REG_ID.match(rid)):
        return "bad registration id"
    if not (isinstance(action, str) and NEWER_ACTION.match(action)) or status not in STATUSES:
        return "unknown action or status"
    if people is not None and not _int(people, 1, MAX_PEOPLE):
        return "people count out of range"
    if not _int(hlc, 1, MAX_HLC):
        return "clock value out of range"
    if not (isinstance(at, str) and _AT.match(at)):
        return "bad time"
    assert isinstance(seq, int) and isinstance(hlc, int)  # checked above
    if not identity.verify(door, entry_message(event_id, door, seq, rid, action, status, hlc, at,
                                               people), sig):
        return "signature does not verify (not written by that door, or another event)"
    return (door, seq, rid, action, status, hlc, at, sig, people)


# -- who is inside (issue 20) --------------------------------------------------------------

def refresh_presence(db: sqlite3.Connection, registration_id: str) -> None:
    """Keep ``peer_presence`` right for one registration after a journal change, in the
    caller's transaction: a row only while its party is not simply all inside (part of it
    came, or it left), so the count of who is inside reads a few rows, never the journal."""
    reg = db.execute("SELECT event_id, guest_count FROM registrations WHERE id=?",
                     (registration_id,)).fetchone()
    if reg is None:
        return  # not in this door's cache: kept in the journal, not counted
    party = 1 + min(max(int(reg[1] or 0), 0), contract.MAX_GUESTS)
    rows = _history(db, registration_id)
    state = fold_presence(((row[1], row[6]) for row in rows), party)
    if state is None or (state.inside >= party and not state.left):
        db.execute("DELETE FROM peer_presence WHERE registration_id=?", (registration_id,))
        return
    left_at = next((row[4] for row in reversed(rows) if row[1] == "exit"), None)
    db.execute(
        """INSERT INTO peer_presence(registration_id, event_id, inside, arrived, left_at)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(registration_id) DO UPDATE SET event_id=excluded.event_id,
               inside=excluded.inside, arrived=excluded.arrived, left_at=excluded.left_at""",
        (registration_id, reg[0], state.inside, state.arrived,
         left_at if state.left else None),
    )


def presence(db: sqlite3.Connection, registration_id: str, party: int) -> Presence | None:
    """How many of a party are inside; None when the journal says nothing beyond a whole
    admission (a checked-in party is then all inside)."""
    row = db.execute("SELECT inside, arrived, left_at FROM peer_presence"
                     " WHERE registration_id=?", (registration_id,)).fetchone()
    if row is None:
        return None
    return Presence(min(int(row[0]), party), party, left=row[2] is not None, left_at=row[2],
                    arrived=min(int(row[1]), party))


def people_in_and_inside(db: sqlite3.Connection, event_id: str,
                         checked_in: int) -> tuple[int, int]:
    """(people who came in, people inside now). ``checked_in``: every checked-in party,
    guests included, as :func:`kiosk.registrations.counts` gives it; less the people of
    those parties who have not come yet, and for who is inside, who went out too. Reads the
    few ``peer_presence`` rows of the event."""
    not_come, out = db.execute(
        f"""SELECT COALESCE(SUM(MAX(0, (1 + MIN(r.guest_count, :cap)) - p.arrived)), 0),
                   COALESCE(SUM(MAX(0, (1 + MIN(r.guest_count, :cap)) - p.inside)), 0)
            FROM peer_presence p JOIN registrations r ON r.id = p.registration_id
            LEFT JOIN checkins c ON c.registration_id = r.id
            WHERE p.event_id = :event AND ({EFFECTIVE}) = 'ATTENDED'""",
        {"event": event_id, "cap": contract.MAX_GUESTS},
    ).fetchone()
    return max(0, checked_in - int(not_come)), max(0, checked_in - int(out))


def arrived(db: sqlite3.Connection, registration_id: str, party: int) -> int:
    """People of a party some door let in since its last undo, by every door's journal
    (0: no door admitted it, e.g. checked in on the server): what an undo takes back
    from the arrivals (kiosk.stats)."""
    party = min(party, 1 + contract.MAX_GUESTS)
    state = fold_presence(((row[1], row[6]) for row in _history(db, registration_id)), party)
    return state.arrived if state is not None else 0
