"""The door's network half: pulls, uploads, one registration fetched, the online state.

:class:`DoorNetwork` is the part of :class:`kiosk.door.Door` that talks to the server, kept
in a module of its own so that the door's local rules (check-in, undo, walk-ins, reads)
read apart from the locking and retrying around the network. It is a base class of
``Door`` and works on the door's attributes: ``store``, ``settings``, ``client``,
``clock``, ``event_id``, ``events``, ``online``/``offline_reason``, ``_pusher`` and the two
network locks ``_net_lock`` (this process) and ``_file_lock`` (``network.lock``, every
process on the data folder).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from kiosk import door_events, outbox_table, registrations, sync
from kiosk.api import (
    CAPTIVE_PORTAL_REASON,
    ApiError,
    AuthError,
    CaptivePortal,
    RateLimited,
    ServerError,
    TransportError,
    WebKasaClient,
)
from kiosk.clock import SERVER_SKEW_META, utcnow
from kiosk.events import Events
from kiosk.models import Attendee
from kiosk.outbox import Pusher, PushResult, PushStep
from kiosk.rules import DoorError
from kiosk.settings import Settings
from kiosk.store import Store
from kiosk.sync import Progress, SyncResult, pull

if TYPE_CHECKING:
    from kiosk.peers.journal import Journal


class OfflineReason(str):
    """Why the door is offline: English text (logs, the command line) that also carries its
    ``kind`` and the raw technical ``detail``, so a screen can say it in its own language by
    kind and quote the detail only as detail."""

    TEXT = {
        "not_connected": "not connected yet",
        "rate_limited": "rate limited: pacing requests",
        "key_refused": "API key refused",
        "server": "server trouble",
        "no_connection": "no connection",
        "captive_portal": CAPTIVE_PORTAL_REASON,
    }
    kind: str
    detail: str

    def __new__(cls, kind: str, detail: str = "") -> OfflineReason:
        text = cls.TEXT[kind] + (f" ({detail})" if detail else "")
        self = super().__new__(cls, text)
        self.kind, self.detail = kind, detail
        return self


class NotConfigured(DoorError):
    pass


class NetworkBusy(DoorError):
    """Another process on this data folder is syncing or uploading (CLI exit code 8)."""


log = logging.getLogger("kiosk.sync")

ACCOUNT_EVENTS_EVERY_S = 3600.0
"""The account's events (their names, issue 20) are listed at most this often."""


class DoorNetwork:
    """The network methods of :class:`kiosk.door.Door` (see the module docstring)."""

    store: Store
    settings: Settings
    client: WebKasaClient | None
    clock: Callable[[], float]
    event_id: str
    event_ids: tuple[str, ...]  # every event the door admits to, event_id first (issue 20)
    events: Events
    journal: Journal
    peers: Any
    online: bool | None
    offline_reason: str
    _online_lock: threading.Lock
    _net_lock: threading.Lock
    _file_lock: FileLock
    _pusher: Pusher | None

    def attendee(self, registration_id: str) -> Attendee | None:
        raise NotImplementedError

    def _outbox_changed(self) -> None:
        raise NotImplementedError

    # -- network ----------------------------------------------------------------------------

    @contextmanager
    def _exclusive(self, wait_s: float | None) -> Iterator[None]:
        """Network work (pull, push) is single-writer across every process on this data
        folder: two uploads at once would send changes twice and out of order. Check-ins
        never take this lock. Raises :class:`NetworkBusy` when it is not free in time."""
        wait = self.settings.network_lock_wait_s if wait_s is None else wait_s
        with self._net_lock:
            try:
                self._file_lock.acquire(timeout=max(0.0, wait))
            except Timeout:
                raise NetworkBusy("another kiosk process is syncing") from None
            try:
                yield
            finally:
                self._file_lock.release()

    def _repair_search_index(self) -> None:
        """A pull that died half-way left the search index behind: catch it up now, unless
        another process is pulling (then that pull does it)."""
        try:
            with self._exclusive(0):
                registrations.repair_search_index(self.store)
        except NetworkBusy:
            pass

    def pull(self, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None, *,
             lock_wait_s: float | None = None, accept_removals: bool = False) -> SyncResult:
        """Pull the event's registrations. ``accept_removals``: staff confirmed that rows the
        server no longer lists are gone, however many (see :mod:`kiosk.sync`)."""
        client = self._need_client()

        def report(done: int, total: int | None) -> None:
            self.events.publish("sync_progress", done=done, total=total)
            if progress:
                progress(done, total)

        served = self.event_ids
        with self._exclusive(lock_wait_s):
            order = (*served[1:], served[0])  # the first last: its warning
            results = []
            for event_id in order:
                results.append(self._pull_one(client, event_id, report, cancelled,
                                              accept_removals))
                # which events have their whole cache (issue 20), as each is pulled
                door_events.note_pull(self.store, served, event_id, results[-1], utcnow())
            result = sync.combined(results)
            door_events.note_warning(self.store, list(zip(order, results)))  # which event
            self._save_account_events(client)  # names for other events' tickets (issue 20)
        self.events.publish("synced", result=result)
        self.events.publish("data")
        self._outbox_changed()
        return result

    def _pull_one(self, client: Any, event_id: str, report: Progress,
                  cancelled: Callable[[], bool] | None, accept_removals: bool) -> SyncResult:
        return self._network(lambda: pull(
            client, self.store, event_id, progress=report, cancelled=cancelled, clock=self.clock,
            deadline_s=self.settings.sync_deadline_s, accept_removals=accept_removals))

    def _save_account_events(self, client: Any) -> None:
        """The account's events, at most hourly, so that a ticket of one this door does not
        serve can say which it is for ("This ticket is for Workshop B") and Settings can offer
        them. Only names: a failure here is logged, never the pull's."""
        if door_events.account_events_fresh(self.store, self.clock(), ACCOUNT_EVENTS_EVERY_S):
            return
        try:
            listed = client.list_events()
        except ApiError as exc:
            log.info("the account's events not listed: %s", exc)
            return
        door_events.keep_account_events(self.store, listed, self.clock())

    def copy_from(self, address: str, door_id: str, *,
                  lock_wait_s: float | None = None) -> Any:
        """Take the server copy from the venue's puller instead of pulling from WebKasa
        (:mod:`kiosk.peers.copy`); its :class:`~kiosk.peers.copy.Copied`. Under the same
        network lock as a pull: one process of a data folder writes the copy at a time."""
        from kiosk.peers import copy

        with self._exclusive(lock_wait_s):
            copied = copy.take(self.peers, address, door_id)
        self.events.publish("synced", result=copied.result)
        self.events.publish("data")
        return copied

    def removals_waiting(self) -> int:
        """Registrations the last sync would have removed, kept until staff confirm."""
        return sum(sync.removals_waiting(self.store, e)
                   for e in self.event_ids)

    def accept_removals(self, *, lock_wait_s: float | None = None) -> int:
        """Staff confirmed the removals the last sync held back: apply them (no network)."""
        with self._exclusive(lock_wait_s):
            removed = sum(sync.accept_removals(self.store, e)
                          for e in self.event_ids)
        self.events.publish("data")
        self._outbox_changed()
        return removed

    def push(self, *, ignore_backoff: bool = False, lock_wait_s: float | None = None,
             deadline_s: float = 0.0,
             cancelled: Callable[[], bool] | None = None,
             progress: Callable[[PushStep], None] | None = None) -> PushResult:
        """Upload the outbox. ``deadline_s`` > 0 keeps draining through transient errors
        for that long (``kiosk push``/``sync`` and the GUI use ``push_deadline_s``);
        ``cancelled`` stops such a drain early (the GUI closing); ``progress`` is told what
        the upload is doing (:class:`kiosk.outbox.PushStep`)."""
        self._need_client()
        assert self._pusher is not None
        stop_at = time.monotonic() + deadline_s
        with self._exclusive(lock_wait_s):
            result = self._pusher.push(ignore_backoff=ignore_backoff, deadline_s=deadline_s,
                                       cancelled=cancelled, progress=progress)
            if not result.deferred:  # a push that tried nothing tells nothing of the network
                self._note_result(result.error)
        rounds = 0
        while (result.needs_pull and (rounds == 0 or time.monotonic() < stop_at) and rounds < 20
               and not (cancelled and cancelled())):
            rounds += 1  # a walk-in whose answer was lost: a pull shows whether it landed
            self.pull(lock_wait_s=lock_wait_s)
            with self._exclusive(lock_wait_s):
                result = self._pusher.push(ignore_backoff=True,
                                           deadline_s=max(0.0, stop_at - time.monotonic()),
                                           cancelled=cancelled, progress=progress)
                self._note_result(result.error)
        outbox_table.archive_finished(self.store)  # the outbox holds only what waits
        self._outbox_changed()
        return result

    def fetch_registration(self, registration_id: str) -> Attendee | None:
        """Network: ask the server for one registration missing from the cache (B.2).

        For an ``unknown`` verdict on a registration made after the last sync. The result goes
        into the cache, so scanning the code again gives the real verdict; None when the
        server does not know it or does not offer the call.
        """
        client = self._need_client()
        if not registration_id.startswith("reg_"):
            return None
        fetched_at, seq = self.clock(), outbox_table.observed_seq(self.store.db)
        raw: dict[str, Any] | None = None
        for event_id in self.event_ids:  # a door of several events asks each (issue 20)
            raw = self._network(partial(client.get_registration, event_id, registration_id))
            if raw is not None:
                break
        if raw is None:
            return None
        stored, _, _ = registrations.upsert_server_rows(
            self.store, event_id, [raw], sync_gen=None, fetched_at=fetched_at,
            fetched_seq=seq,
        )
        if not stored:
            return None
        self.events.publish("data")
        return self.attendee(registration_id)

    def _need_client(self) -> WebKasaClient:
        if self.client is None:
            raise NotConfigured("No API key: run 'kiosk login' or set KIOSK_API_KEY")
        return self.client

    def _network(self, call: Callable[[], Any]) -> Any:
        try:
            result = call()
        except ApiError as exc:
            self._note_result(exc)
            raise
        self._note_result(None)
        return result

    def _note_result(self, error: ApiError | None) -> None:
        """Every request's outcome, as it comes (the client's ``on_outcome``): the first
        failed request marks the door offline, the first answer online again."""
        reason: str
        if error is None:
            online, reason = True, ""
        elif isinstance(error, RateLimited):
            online, reason = True, OfflineReason("rate_limited")
        elif isinstance(error, AuthError):
            online, reason = False, OfflineReason("key_refused", str(error))
        elif isinstance(error, ServerError):
            online, reason = False, OfflineReason("server", str(error))
        elif isinstance(error, CaptivePortal):  # before TransportError: it is one
            online, reason = False, OfflineReason("captive_portal")  # log in, then wait
        elif isinstance(error, TransportError):
            online, reason = False, OfflineReason("no_connection", str(error))
        else:
            online, reason = True, ""
        if error is None and self.client is not None:
            self._save_server_skew(self.client.server_clock_skew_s)
        with self._online_lock:  # published under the lock: two threads' news in order
            if (online, reason) == (self.online, self.offline_reason):
                return
            self.online, self.offline_reason = online, reason
            self.events.publish("online", online=online, reason=reason)

    def _save_server_skew(self, skew: float | None) -> None:
        """Keep the server's clock offset for ``kiosk status`` in other processes; written
        only when it moved by a second or more, not on every answer."""
        if skew is None:
            return
        saved = self.store.get_meta(SERVER_SKEW_META)
        if saved is None or abs(float(saved) - skew) >= 1.0:
            self.store.set_meta(SERVER_SKEW_META, f"{skew:.1f}")
