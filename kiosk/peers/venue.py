"""Pull from WebKasa, or take the copy from the venue's puller? One answer for every door.

The GUI's network rounds (``kiosk.ui.schedule``) and a headless door's
(:class:`kiosk.freshness.Freshness`) both call :func:`pull` when a pull is due, so they
choose alike: the puller (:meth:`kiosk.peers.node.PeerNode.puller`) pulls from WebKasa; every
other linked door takes what changed from it over the LAN (:mod:`kiosk.peers.copy`), and so
the venue spends one door's list reads of the key's budget instead of one per door.

It takes over by itself: a puller that is gone is no longer linked after
:data:`~kiosk.peers.node.LINKED_S` and the next door in line pulls at its next round; a
puller that answers but whose copy is older than :data:`TAKEOVER_PULLS` sync intervals (its
WebKasa pulls fail, its schedule stopped), or that gives no copy this round, and this door
pulls from WebKasa itself. ``kiosk sync`` run by hand always pulls from WebKasa.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

from kiosk.peers.copy import CopyFailed
from kiosk.sync import SyncResult

log = logging.getLogger("kiosk.sync")

TAKEOVER_PULLS = 2
"""A puller's copy older than this many sync intervals is not enough: pull from WebKasa."""
PULLER_META = "venue_puller"
"""JSON {id, name, here}: who pulled for this door last, for ``kiosk doors`` in another process."""
SETTLE_S = 10.0
"""At most this long a door with other doors to link with waits for them before its first
pull (:func:`settle`): the time a door counts as linked (``LINKED_S``)."""
SETTLE_ROUND_S = 3.0
"""At most an exchange round (``ANTI_ENTROPY_S``, 2 s) and some after every door answered:
each door's answer says whether it pulls by itself once its schedule has started, and one
more exchange with each, asked for at once, is awaited (usually milliseconds)."""


def settle(door: Any, stop: Callable[[float], bool],
           monotonic: Callable[[], float] = time.monotonic) -> None:
    """Before a door's first pull: with other doors to link with, wait until every door it
    knows of has answered and then answered once more (so each knows which of the others
    pull: a door's first message may leave before its schedule starts), at most
    :data:`SETTLE_S`. Doors started together (the app's and the headless ones alike) would
    otherwise each pull from WebKasa once before they agree who pulls for the venue. The
    second answer is asked for at once: waiting a whole round for it (3 s) held up every
    door's first pull. ``stop(s)`` waits up to ``s`` seconds and is true once the door
    stops (then this returns at once)."""
    node = door.peers
    if node is None or not node.peers:
        return
    log.info("hearing the other doors before the first pull (at most %.0f s)", SETTLE_S)
    start = monotonic()
    all_linked_at: float | None = None  # monotonic
    linked_stamp = 0.0  # the node's clock then, as its answers are stamped
    while monotonic() - start < SETTLE_S:
        if all_linked_at is None and node.linked() >= len(node.peers):
            all_linked_at, linked_stamp = monotonic(), node.clock()
            node.ask_all_now()
        if all_linked_at is not None and (node.heard_from_all_since(linked_stamp)
                                          or monotonic() - all_linked_at > SETTLE_ROUND_S):
            return
        if stop(0.1):
            return


def pull(door: Any, *, cancelled: Callable[[], bool] | None = None,
         lock_wait_s: float | None = None) -> SyncResult:
    """A due pull round: from the venue's puller when that is another door and its copy is
    fresh enough, else from WebKasa (raises as :meth:`kiosk.door.Door.pull` does)."""
    node = door.peers
    chosen = node.puller() if node is not None else None
    # the copy is of the doors' network's event (the first): a door serving several
    # events (issue 20) pulls them all from WebKasa itself
    if chosen is not None and chosen[2] is not None and len(door.event_ids) == 1:
        door_id, name, address = chosen
        try:
            copied = door.copy_from(address, door_id, lock_wait_s=lock_wait_s)
        except CopyFailed as exc:
            log.info("no server copy from %s (%s): pulling from WebKasa", name, exc)
        else:
            _note(door, door_id, name, here=False)
            if copied.age_s <= TAKEOVER_PULLS * door.settings.sync_interval_s:
                return copied.result
            log.info("the copy of %s is %.0f s old: pulling from WebKasa", name, copied.age_s)
    if node is not None:
        _note(door, node.journal.door_id, door.device_name, here=True)
    return door.pull(cancelled=cancelled, lock_wait_s=lock_wait_s)


def _note(door: Any, door_id: str, name: str, *, here: bool) -> None:
    value = json.dumps({"id": door_id, "name": name, "here": here})
    if door.store.get_meta(PULLER_META) != value:
        door.store.set_meta(PULLER_META, value)


def last_puller(door: Any) -> dict[str, Any] | None:
    """Who pulled for this door last ({id, name, here}), as the running door noted it."""
    try:
        found = json.loads(door.store.get_meta(PULLER_META) or "null")
    except ValueError:
        return None
    return found if isinstance(found, dict) else None
