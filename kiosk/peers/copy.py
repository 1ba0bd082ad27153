"""One pull from WebKasa per venue: the server copy handed from the puller to the others.

Linked doors agree on one door that pulls (:meth:`kiosk.peers.node.PeerNode.puller`); the
others ask it for the rows of its copy that changed since the generation they last took
(:func:`kiosk.registrations.server_copy_since`), page by page, on the peer port
(:data:`COPY_PATH`). The copy carries names, e-mails and notes, so it never travels in the
clear: each page is sealed (:mod:`kiosk.peers.sealed`, AES-256-GCM) under a key derived from
the peer secret for this purpose, bound to the event id and to the request's nonce, so only
a door of the event that asked can open it, and a page replayed into another answer does not
open.

Why a taker's copy is never wrong, only behind:
- It asks "since generation G *of door P*": another puller, or a puller that answers with a
  generation below G (its folder was wiped), means the whole copy again (since 0), after
  which rows it was not given are dropped as a pull drops them.
- What it records is the puller's generation read *before* the first page, so a pull
  finishing while pages travel is asked for again next time, never skipped.
- A page whose box does not open, a page of another event, a puller that vanishes half-way:
  the rows already stored are true server rows (each one as the puller read it), and the
  generation is not moved on, so the next round asks for the same again.
- Who wins against a local check-in stays :data:`kiosk.registrations.EFFECTIVE`: a row
  brought here counts as read after this door's outbox stood at ``s`` only when the puller
  had not even started the pull that read it when it answered a request sent at ``s``
  (``marks``). Until such a mark exists the local change keeps winning, as it does when a
  door's own read is older than the change.
- How fresh the copy is: ``last_sync_at`` becomes the time of the puller's pull (its age as
  the puller measured it, so no two clocks are compared), never the time of the transfer.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kiosk import outbox_table, registrations
from kiosk.peers import identity
from kiosk.peers.sealed import Unsealable, box_key, open_box, seal
from kiosk.sync import COPY_GEN_META, SyncResult

log = logging.getLogger("kiosk.peers")

COPY_PATH = "/peer/v1/server-copy"
PURPOSE = "server-copy"
FROM_META = "copy_from"
"""JSON: the door this copy was taken from, its generation taken, and the marks."""
MAX_PAGES = 10_000
MAX_MARKS = 8


class CopyFailed(Exception):
    """The puller gave no usable copy this round (unreachable, not signed, not sealed for
    us, none yet): the caller pulls from WebKasa instead."""


@dataclass(frozen=True)
class Copied:
    result: SyncResult
    age_s: float
    """How old the puller's pull was when it answered (by its own clock)."""


def _context(event_id: str, nonce: str) -> bytes:
    return f"{event_id}\n{nonce}".encode()


def _signed(event_id: str, nonce: str, box: bytes) -> bytes:
    """What the puller signs with its door key: the sealed page, for this request and event.
    The peer secret only admits a door to the exchange; the signature says which door's copy
    it is, so no door with the secret can hand out a copy in another door's name."""
    return b"kiosk server copy v1\n" + _context(event_id, nonce) + b"\n" + box


# -- the puller's side -----------------------------------------------------------------------

def answer(node: Any, body: dict[str, Any], nonce: str) -> dict[str, Any]:
    """A page of this door's server copy for the door that asked, sealed for it."""
    since, after = body.get("since"), body.get("after")
    if not isinstance(since, int) or not isinstance(after, int) or not (
            _count(since) and _count(after)):
        raise ValueError("since and after are whole numbers")
    door = node.door
    store = door.store
    copy_gen = store.get_meta(COPY_GEN_META.format(event_id=door.event_id))
    if copy_gen is None:  # no complete copy yet: nothing to give
        return {"door": node._me(), "none": True}
    last = store.get_meta("last_sync_at")
    started = int(store.get_meta("sync_gen") or 0)
    rows, next_after = registrations.server_copy_since(store.db, door.event_id, since, after)
    page: dict[str, Any] = {
        "event_id": door.event_id, "gen": int(copy_gen), "started": started,
        "own": copy_gen == store.get_meta("last_complete_gen"),
        "age_s": _age(last, node.clock()), "rows": rows, "next": next_after,
    }
    if after == 0:
        raw = registrations.event_raw(store.db, door.event_id)
        page["event"] = raw
    sealed = seal(box_key(node.secret, PURPOSE), json.dumps(page, ensure_ascii=False).encode(),
                  _context(door.event_id, nonce))
    return {"door": node._me(), "box": base64.b64encode(sealed).decode("ascii"),
            "sig": node.journal.key.sign(_signed(door.event_id, nonce, sealed))}


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62


def _age(last_sync_at: str | None, now: float) -> float | None:
    from kiosk.clock import parse_utc

    last = parse_utc(last_sync_at)
    return None if last is None else max(0.0, now - last.timestamp())


# -- the taker's side ------------------------------------------------------------------------

def take(node: Any, address: str, door_id: str) -> Copied:
    """Bring this door's copy up to the puller's at ``address`` (door ``door_id``). The
    caller holds the door's network lock. Raises :class:`CopyFailed`."""
    door = node.door
    store = door.store
    began = time.monotonic()
    state = _state(store, door_id)
    since = state["gen"]
    seq = outbox_table.observed_seq(store.db)  # before the first request: see the marks
    asked_at = node.clock()  # the pull's age is counted back from here: never too young
    first = _page(node, address, door_id, since, 0)
    if first.get("gen", 0) < since:  # the puller went back: its folder was wiped
        since, state = 0, {"door": door_id, "gen": 0, "marks": []}
        first = _page(node, address, door_id, 0, 0)
    gen_taken, own, age = first["gen"], first["own"], first["age_s"]
    state["marks"] = (state["marks"] + [[first["started"], seq]])[-MAX_MARKS:]
    local_gen = registrations.next_sync_gen(store)
    bound = max((s for started, s in state["marks"][:-1] if started < gen_taken), default=None)
    fetched_at = asked_at - (age or 0.0)
    if isinstance(first.get("event"), dict):
        registrations.save_event_raw(store, door.event_id, first["event"])
    stored = skipped = pages = 0
    page = first
    while True:
        n, bad = registrations.apply_server_copy(store, door.event_id, page["rows"],
                                                 gen=local_gen, fetched_seq=bound,
                                                 fetched_at=fetched_at)
        stored, skipped, pages = stored + n, skipped + bad, pages + 1
        nxt = page.get("next")
        if nxt is None:
            break
        if not _count(nxt) or pages >= MAX_PAGES:
            raise CopyFailed("the puller's paging does not move")
        page = _page(node, address, door_id, since, nxt)
    vanished = 0
    if since == 0:  # a whole copy: what it did not bring is gone, as after a complete pull
        vanished = registrations.mark_vanished(store, door.event_id, local_gen)
    if own and bound is not None:
        registrations.raise_fetched_seq(store, door.event_id, bound)
    state["gen"] = gen_taken
    with store.write():
        store.set_meta(FROM_META, json.dumps(state))
        store.set_meta(COPY_GEN_META.format(event_id=door.event_id), str(local_gen))
        if age is not None:
            store.set_meta("last_sync_at", _iso(fetched_at))
    log.info("server copy from %s: %d rows changed since generation %d (%d pages)",
             door_id, stored, since, pages)
    return Copied(SyncResult(stored, skipped, pages, 0, True, vanished, None,
                             time.monotonic() - began), age if age is not None else 0.0)


def _state(store: Any, door_id: str) -> dict[str, Any]:
    """What was taken last from ``door_id``; generation 0 when it was another door."""
    try:
        state = json.loads(store.get_meta(FROM_META) or "{}")
    except ValueError:
        state = {}
    if not isinstance(state, dict) or state.get("door") != door_id or not _count(
            state.get("gen")) or not isinstance(state.get("marks"), list):
        return {"door": door_id, "gen": 0, "marks": []}
    state["marks"] = [m for m in state["marks"] if isinstance(m, list) and len(m) == 2
                      and _count(m[0]) and _count(m[1])]
    return state


def _page(node: Any, address: str, door_id: str, since: int, after: int) -> dict[str, Any]:
    """One page, opened and checked; :class:`CopyFailed` when it is not a good one."""
    try:
        reply, nonce = node.post(address, COPY_PATH, {"door": node._me(), "since": since,
                                                      "after": after})
    except Exception as exc:  # noqa: BLE001 - unreachable, refused, not signed: all the same
        raise CopyFailed(f"no copy from the door at {address}: {exc}") from None
    if (reply.get("door") or {}).get("id") != door_id:
        raise CopyFailed("another door answers at that address now")
    if reply.get("none"):
        raise CopyFailed("the puller has no complete copy yet")
    try:
        box = base64.b64decode(str(reply.get("box") or ""), validate=True)
    except ValueError as exc:
        raise CopyFailed(f"the copy does not open: {exc}") from None
    if not identity.verify(door_id, _signed(node.door.event_id, nonce, box), reply.get("sig")):
        raise CopyFailed("the copy is not signed by the door asked")
    try:
        page = json.loads(open_box(box_key(node.secret, PURPOSE), box,
                                   _context(node.door.event_id, nonce)))
    except (ValueError, Unsealable) as exc:
        raise CopyFailed(f"the copy does not open: {exc}") from None
    if (not isinstance(page, dict) or page.get("event_id") != node.door.event_id
            or not _count(page.get("gen")) or not _count(page.get("started"))
            or not isinstance(page.get("rows"), list)):
        raise CopyFailed("a malformed copy page")
    age = page.get("age_s")
    page["age_s"] = float(age) if isinstance(age, (int, float)) and 0 <= age < 1e9 else None
    page["own"] = page.get("own") is True
    return page


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")
