"""A headless door keeps its copy fresh by itself: the GUI's network schedule without Qt.

``kiosk scan`` and ``kiosk checkin --stdin`` run for a whole event. Before, they pulled and
uploaded only when someone ran ``kiosk sync`` from cron: a registration made at the desk
was ``unknown`` at the gate, and check-ins reached WebKasa hours late. :class:`Freshness`
pulls every ``sync_interval_s`` and uploads every ``push_interval_s`` while something waits,
as the GUI's ``kiosk.ui.schedule`` does, on one background thread: a verdict never waits for
the network (check-ins never take the network lock). Every round takes the door's network
lock without waiting: another process syncing means this round is skipped, not queued.

:func:`stale_s` says how old the copy is once it is older than a few intervals, so every
verdict line can say that it was judged on old data.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from kiosk import outbox_table
from kiosk.api import ApiError
from kiosk.clock import parse_utc
from kiosk.door import Door, DoorError
from kiosk.peers import venue
from kiosk.store import StoreError

log = logging.getLogger("kiosk.sync")

SETTLE_S = 10.0
"""At most this long a door with other doors to link with waits for them before its first
pull (:meth:`Freshness._settle`): the time a door counts as linked (``LINKED_S``)."""
SETTLE_ROUND_S = 3.0
"""At most an exchange round (``ANTI_ENTROPY_S``, 2 s) and some after every door answered:
each door's answer says whether it pulls by itself once its schedule has started, and one
more exchange with each, asked for at once, is awaited (usually milliseconds)."""
STALE_AFTER_PULLS = 3
"""The copy is stale once this many pulls in a row are missed (``sync_interval_s`` each)."""


def stale_s(door: Door, now: float | None = None) -> float | None:
    """Seconds since the last complete pull when that is more than :data:`STALE_AFTER_PULLS`
    sync intervals ago (or there never was one), else None: the copy is fresh."""
    last = parse_utc(door.store.get_meta("last_sync_at"))
    if last is None:
        return None  # never synced: the commands refuse to start (or say "not downloaded")
    age = max(0.0, (door.clock() if now is None else now) - last.timestamp())
    return age if age > STALE_AFTER_PULLS * door.settings.sync_interval_s else None


def stale_note(age_s: float | None) -> str:
    """`` (data 12 min old)`` for a verdict's text line; empty when fresh."""
    if age_s is None:
        return ""
    if age_s < 60:
        return f" (data {age_s:.0f} s old)"
    if age_s < 3 * 3600:
        return f" (data {age_s // 60:.0f} min old)"
    return f" (data {age_s // 3600:.0f} h old)"


class Freshness:
    """Pulls and uploads on a background thread until :meth:`stop`.

    A pull right away, then every ``sync_interval_s``; an upload every ``push_interval_s``
    when the outbox holds something (a drain of up to ``push_deadline_s`` through transient
    errors, as the GUI's). Failures are logged and the next round tries again.
    """

    def __init__(self, door: Door, *, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.door = door
        self._monotonic = monotonic
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.door.client is None:
            log.info("no API key: this door does not pull or upload by itself")
            return
        self.door.pulls_by_itself = True  # it may be chosen as the venue's puller
        self._thread = threading.Thread(target=self._run, name="kiosk-freshness", daemon=True)
        self._thread.start()

    def stop(self, wait_s: float = 10.0) -> None:
        """End the rounds: a pull or upload under way stops at its next step (one request
        at most, so up to ``request_deadline_s``; ``wait_s`` bounds how long that is waited for)."""
        self._stopped.set()
        if self._thread is not None:
            self._thread.join(wait_s)
            self._thread = None

    def _run(self) -> None:
        settings = self.door.settings
        self._settle()
        now = self._monotonic()
        next_pull, next_push = now, now + settings.push_interval_s
        while not self._stopped.is_set():
            now = self._monotonic()
            if now >= next_pull:
                self.pull_round()
                next_pull = self._monotonic() + settings.sync_interval_s
            if now >= next_push:
                self.push_round()
                next_push = self._monotonic() + settings.push_interval_s
            self._stopped.wait(max(0.0, min(next_pull, next_push) - self._monotonic()))

    def _settle(self) -> None:
        """A door with other doors to link with waits, before its first pull, until every
        door it knows of has answered and then answered once more (so each knows which of
        the others pull: a door's first message may leave before its schedule starts), at
        most :data:`SETTLE_S`: doors started together would otherwise each pull from
        WebKasa once before they agree who pulls for the venue. The second answer is asked
        for at once; waiting a whole round for it (3 s) held up every door's first pull."""
        node = self.door.peers
        if node is None or not node.peers:
            return
        start = self._monotonic()
        all_linked_at: float | None = None  # monotonic
        linked_stamp = 0.0  # the node's clock then, as its answers are stamped
        while not self._stopped.is_set() and self._monotonic() - start < SETTLE_S:
            if all_linked_at is None and node.linked() >= len(node.peers):
                all_linked_at, linked_stamp = self._monotonic(), node.clock()
                node.ask_all_now()
            if all_linked_at is not None and (
                    node.heard_from_all_since(linked_stamp)
                    or self._monotonic() - all_linked_at > SETTLE_ROUND_S):
                return
            self._stopped.wait(0.1)

    def pull_round(self) -> bool:
        """One pull (from WebKasa, or the server copy from the venue's puller:
        :func:`kiosk.peers.venue.pull`), unless another process is syncing; True when it
        completed."""
        try:
            result = venue.pull(self.door, cancelled=self._stopped.is_set, lock_wait_s=0)
        except Exception as exc:  # noqa: BLE001 - the next round tries again
            self._failed("pull", exc)
            return False
        return result.complete

    def push_round(self) -> bool:
        """Upload the outbox when something waits; True when something was sent."""
        try:
            if outbox_table.summary(self.door.store.db).pending == 0:
                return False
            result = self.door.push(lock_wait_s=0, deadline_s=self.door.settings.push_deadline_s,
                                    cancelled=self._stopped.is_set)
        except Exception as exc:  # noqa: BLE001 - the next round tries again
            self._failed("upload", exc)
            return False
        return result.sent > 0

    def _failed(self, what: str, exc: Exception) -> None:
        if self._stopped.is_set():
            return  # the command is ending: a round cut short is no news
        if isinstance(exc, (ApiError, DoorError, StoreError)):
            log.info("background %s skipped: %s", what, exc)  # NetworkBusy is a DoorError
        else:
            log.warning("background %s failed", what, exc_info=True)
