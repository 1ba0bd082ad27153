"""Who belongs to an event's doors: the invitations a door made, and the doors removed.

**Invitations** (``peer_invitations``). A door adds another by showing a one-time
invitation (:mod:`kiosk.peers.joining`): ten minutes, one door. Its row is written in the
data folder, so whichever process serves the peer port (the app, a scanner pipe) hands it
out, and "once" survives a restart. The first door that proves it holds the secret
*claims* the invitation (its door id is kept); only that door may fetch again (a joining
door killed mid-transfer starts over), and when it says it is done the invitation is used
and its secret erased. Another door, a used or expired invitation, or one of another event
gets nothing. Claiming is one ``UPDATE ... WHERE claimed_by IS NULL OR claimed_by = ?``:
two joiners racing cannot both win, whatever process answers them.

**Removals** (``peer_removed``). ``kiosk doors --remove ID`` records that door's removal
with the last entry of it this door held (``upto_seq``), signed with this door's key; the
removal travels with every exchange, each door checks its signature (by a door it has
heard of: anyone holding the peer secret can make a key, not a history) and keeps it, and from
then on refuses the removed door's entries after ``upto_seq`` and its requests
(:meth:`kiosk.peers.journal.Journal.apply`, :mod:`kiosk.peers.node`), and its scan log rows
made after the removal's time (:meth:`kiosk.scans.ScanLog.apply`; the scan log numbers its
rows apart from the journal, so the removal's time is its cut-off there).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from kiosk.peers import identity
from kiosk.store import Store

INVITATION_TTL_S = 600.0
MAX_REMOVALS = 1000  # a list from another door is read up to this many


@dataclass(frozen=True, slots=True)
class Invitation:
    id: str
    event_id: str
    secret: bytes
    expires_at: float
    scan_only: bool
    claimed_by: str | None


class Refused(Exception):
    """An invitation that gives nothing: unknown, used, expired, of another event, or
    claimed by another door. The message says which, for the joining door's staff."""


# -- invitations -------------------------------------------------------------------------

def add_invitation(store: Store, invitation_id: str, event_id: str, secret: bytes,
                   expires_at: float, scan_only: bool) -> None:
    with store.write() as db:
        # expired invitations keep no secret: a copy of the folder later opens nothing
        db.execute("UPDATE peer_invitations SET secret=NULL WHERE expires_at < ?",
                   (store.clock(),))
        db.execute(
            "INSERT INTO peer_invitations(id, event_id, secret, expires_at, scan_only)"
            " VALUES (?, ?, ?, ?, ?)",
            (invitation_id, event_id, secret.hex(), expires_at, int(scan_only)))


def claim(store: Store, invitation_id: str, event_id: str, door_id: str,
          now: float) -> Invitation:
    """The invitation, claimed by ``door_id`` (again, for the same door); :class:`Refused`
    when it gives nothing."""
    with store.write() as db:
        row = db.execute(
            "SELECT event_id, secret, expires_at, scan_only, claimed_by, used_at"
            " FROM peer_invitations WHERE id=?", (invitation_id,)).fetchone()
        if row is None:
            raise Refused("this invitation is unknown here")
        event, secret, expires_at, scan_only, claimed_by, used_at = row
        if used_at is not None or secret is None and expires_at >= now:
            raise Refused("this invitation was used already")
        if expires_at < now:
            raise Refused("this invitation expired")
        if event != event_id:
            raise Refused("this invitation is for another event")
        if claimed_by is not None and claimed_by != door_id:
            raise Refused("this invitation was used already")
        db.execute("UPDATE peer_invitations SET claimed_by=? WHERE id=?"
                   " AND (claimed_by IS NULL OR claimed_by=?)",
                   (door_id, invitation_id, door_id))
    return Invitation(invitation_id, event, bytes.fromhex(secret), expires_at,
                      bool(scan_only), door_id)


def secret_of(db: sqlite3.Connection, invitation_id: str) -> bytes | None:
    """The live secret of an invitation (to check a joiner's proof); None when it has none
    any more (used or expired) or never existed."""
    row = db.execute("SELECT secret FROM peer_invitations WHERE id=?",
                     (invitation_id,)).fetchone()
    return bytes.fromhex(row[0]) if row and row[0] else None


def finish(store: Store, invitation_id: str, door_id: str, now: float) -> bool:
    """The claiming door has everything: the invitation is used and its secret erased."""
    with store.write() as db:
        return db.execute(
            "UPDATE peer_invitations SET used_at=?, secret=NULL WHERE id=? AND claimed_by=?"
            " AND used_at IS NULL", (now, invitation_id, door_id)).rowcount == 1


def invitation_state(db: sqlite3.Connection, invitation_id: str, now: float) -> str:
    """"waiting", "joining", "used", "expired" or "unknown" (the invite screen's line)."""
    row = db.execute("SELECT expires_at, claimed_by, used_at FROM peer_invitations"
                     " WHERE id=?", (invitation_id,)).fetchone()
    if row is None:
        return "unknown"
    if row[2] is not None:
        return "used"
    if row[0] < now:
        return "expired"
    return "joining" if row[1] else "waiting"


def delete_event(db: sqlite3.Connection, event_id: str) -> None:
    """An event's invitations (their secrets with them) and removals, in ``kiosk wipe``'s
    transaction."""
    db.execute("DELETE FROM peer_invitations WHERE event_id=?", (event_id,))
    db.execute("DELETE FROM peer_removed WHERE event_id=?", (event_id,))


# -- removals ----------------------------------------------------------------------------

def removal_message(event_id: str, door_id: str, upto_seq: int, at: str) -> bytes:
    return "\n".join(("kiosk remove door v1", event_id, door_id, str(upto_seq), at)).encode()


def remove(store: Store, key: identity.DoorKey, event_id: str, door_id: str,
           upto_seq: int, at: str) -> dict[str, Any]:
    """Record, signed by ``key``'s door, that ``door_id`` is removed after entry
    ``upto_seq``; returns the removal as it travels."""
    removal = {"door": door_id, "upto": upto_seq, "by": key.door_id, "at": at,
               "sig": key.sign(removal_message(event_id, door_id, upto_seq, at))}
    with store.write() as db:
        _insert(db, event_id, removal)
    return removal


def _insert(db: sqlite3.Connection, event_id: str, removal: dict[str, Any]) -> bool:
    """Keep a removal; when the door was removed before, the earlier cut-off stays."""
    return db.execute(
        "INSERT INTO peer_removed(door_id, event_id, upto_seq, by_door, at, sig)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(door_id) DO UPDATE SET"
        " upto_seq=excluded.upto_seq, by_door=excluded.by_door, at=excluded.at,"
        " sig=excluded.sig WHERE excluded.upto_seq < peer_removed.upto_seq",
        (removal["door"], event_id, removal["upto"], removal["by"], removal["at"],
         removal["sig"])).rowcount == 1


def removals(db: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    """Every removal of the event as it travels between doors."""
    return [{"door": d, "upto": u, "by": b, "at": at, "sig": s} for d, u, b, at, s in db.execute(
        "SELECT door_id, upto_seq, by_door, at, sig FROM peer_removed WHERE event_id=?"
        " ORDER BY door_id", (event_id,))]


def cutoffs(db: sqlite3.Connection, event_id: str) -> dict[str, int]:
    """Removed door -> the last of its entries still taken."""
    return {d: u for d, u in db.execute(
        "SELECT door_id, upto_seq FROM peer_removed WHERE event_id=?", (event_id,))}


def removed_at(db: sqlite3.Connection, event_id: str) -> dict[str, str]:
    """Removed door -> when it was removed (its remover's clock, signed): the scan log
    (kiosk.scans) has no sequence the removal names, so it takes the door's scans up to then."""
    return {d: at for d, at in db.execute(
        "SELECT door_id, at FROM peer_removed WHERE event_id=?", (event_id,))}


def is_removed(db: sqlite3.Connection, event_id: str, door_id: str) -> bool:
    return db.execute("SELECT 1 FROM peer_removed WHERE event_id=? AND door_id=?",
                      (event_id, door_id)).fetchone() is not None


def valid_removal(value: Any, event_id: str) -> dict[str, Any] | None:
    """A removal from another door, checked field by field and by its signer's key."""
    if not isinstance(value, dict):
        return None
    door, upto, by, at, sig = (value.get(k) for k in ("door", "upto", "by", "at", "sig"))
    if not (isinstance(door, str) and identity.DOOR_ID.match(door)
            and isinstance(by, str) and identity.DOOR_ID.match(by) and by != door
            and isinstance(upto, int) and not isinstance(upto, bool) and 0 <= upto < 2**40
            and isinstance(at, str) and 0 < len(at) <= 40 and at.isprintable()):
        return None
    if not identity.verify(by, removal_message(event_id, door, upto, at), sig):
        return None
    return {"door": door, "upto": upto, "by": by, "at": at, "sig": sig}


def take_removals(db: sqlite3.Connection, event_id: str, values: Any) -> list[dict[str, Any]]:
    """Keep the valid removals of ``values`` (another door's list) in the caller's
    transaction; returns those that were news. A door removed itself cannot remove others."""
    if not isinstance(values, list):
        return []
    known = cutoffs(db, event_id)
    news = []
    for value in values[:MAX_REMOVALS]:
        door = value.get("door") if isinstance(value, dict) else None
        upto = value.get("upto") if isinstance(value, dict) else None
        if isinstance(door, str) and isinstance(upto, int) and door in known \
                and known[door] <= upto:
            continue  # held already (every exchange carries the list): no signature to check
        removal = valid_removal(value, event_id)
        if removal is None or removal["by"] in known:
            continue
        if removal["door"] in known and known[removal["door"]] <= removal["upto"]:
            continue
        if _insert(db, event_id, removal):
            known[removal["door"]] = removal["upto"]
            news.append(removal)
    return news
