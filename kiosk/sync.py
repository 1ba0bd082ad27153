"""Pulling an event's registrations into the local store.

The list order is not published and rows shift while we page with ``offset`` (API notes
B.4): a registration added before our offset pushes a row we have not read onto a page we
already read, a cancellation can move one backwards. So a sync is a sequence of passes:
every row read is stamped with this sync's generation, and a pass ends with a count of the
distinct rows stamped. If that count is short of ``meta.total`` a row was missed, and
another pass runs (bounded by ``MAX_SYNC_PASSES``). Only a sync that saw everything marks the
rows it never saw as vanished. Rows read twice keep the later read, which is the newer.

A server may also lie or stall, and a sync must not turn that into a door that lets nobody
in. So every pass reads at most as many pages as ``meta.total`` allows plus a margin, a page
whose offset does not move ends it, and the whole sync has a deadline. And a complete sync
that would mark more than a tenth of the cached registrations as gone (an empty answer, a
``total`` far too small) is not believed by itself, however often it is repeated: two bad
answers in a row once removed every registration ("2120 gone", exit 0). The rows are kept,
the removals recorded as waiting (``HELD_META``, with the count) and staff told
(``sync_warning``); only staff remove them, by confirming (*Needs attention*, or
``kiosk sync --accept-removals``: :func:`accept_removals`).

Pages are written as they arrive, in small transactions that let check-ins go first, so
memory stays flat however large the event. Local check-ins live in another table and are
never touched.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from kiosk import outbox_table, registrations
from kiosk.api import Page, WebKasaClient
from kiosk.clock import utcnow
from kiosk.contract import MAX_SYNC_PASSES, REQUESTED_PAGE_SIZE
from kiosk.registrations import ServerRows, prepare_server_rows
from kiosk.store import Store

log = logging.getLogger("kiosk.sync")

PAGE_MARGIN = 3
"""Pages a pass may read beyond what ``meta.total`` needs (rows added while paging)."""
MAX_PAGES_WITHOUT_TOTAL = 2000
"""Pages a pass may read from a server that gives no total."""
WARNING_META = "sync_warning"
HELD_META = "vanish_held:{event_id}"
REMOVALS_SHARE = 10
"""A sync removes by itself at most a tenth of the cached registrations: one more is held
for staff to confirm (:func:`removals_waiting`, :func:`accept_removals`)."""

Progress = Callable[[int, "int | None"], None]
"""A progress callback: (registrations read so far, total or None when the server gives
none). The door's :meth:`kiosk.door.Door.pull` takes one too."""

FETCH_AHEAD = 2
"""Pages on their way while one is written. The bench (bench/bench_core.py) measured one page
ahead at 1.3-1.5x the time a bare client takes to fetch every page, because writing a page
cost about as much as fetching it; with the writes made cheaper and two pages ahead the
sync keeps the network busy. Only while the read budget lasts: once the pacer spreads
requests, one at a time."""


class SyncCancelled(Exception):
    pass


WARNING_KIND_META = "sync_warning_kind"
COPY_GEN_META = "copy_gen:{event_id}"
"""The sync generation this door's copy of an event is complete up to, by its own pull or a
copy taken from another door: what it tells the doors that copy from it (kiosk.peers.copy).
Per event: a door switched to another event has no complete copy of it until it pulls."""


class SyncWarning(str):
    """A warning for staff: English text (logs, the command line, ``sync_warning``) that
    also carries its ``kind`` and the numbers in it (``params``), so a screen can say it in
    its own language. Stored beside the text (:data:`WARNING_KIND_META`) and brought back
    with :meth:`restore`."""

    TEXT = {
        "paging_stuck": "the server's paging does not move (offset stays at {offset}); "
                        "stopped with {seen} registrations read",
        "too_many_pages": "the server kept saying there is more after {pages} pages "
                          "(its total of {total} needs {needed}); stopped",
        "deadline": "the sync deadline passed; stopped with {seen} of {total} "
                    "registrations read",
        "removals_held": "the server's list left out {unseen} of {cached} cached "
                         "registrations; they are kept until staff confirm the removal "
                         "(Needs attention, or 'kiosk sync --accept-removals')",
    }
    kind: str
    params: dict

    def __new__(cls, kind: str, **params: object) -> SyncWarning:
        self = super().__new__(cls, cls.TEXT[kind].format(**params))
        self.kind, self.params = kind, params
        return self

    def stored(self) -> str:
        return json.dumps({"kind": self.kind, "params": self.params})

    @classmethod
    def restore(cls, text: str | None, stored: str | None) -> str | None:
        """The warning as stored: a SyncWarning when its kind was kept, else the text."""
        if not text or not stored:
            return text
        try:
            raw = json.loads(stored)
            warning = cls(raw["kind"], **raw["params"])
        except (ValueError, KeyError, TypeError, IndexError):
            return text
        return warning if warning == text else text


@dataclass(frozen=True)
class SyncResult:
    stored: int
    skipped: int
    passes: int
    requests: int
    complete: bool
    vanished: int
    total: int | None
    seconds: float
    warning: str | None = None
    """Something staff should know: paging stopped early, or removals held back."""


def pull(
    client: WebKasaClient,
    store: Store,
    event_id: str,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_size: int = REQUESTED_PAGE_SIZE,
    clock: Callable[[], float] = time.time,
    deadline_s: float | None = None,
    accept_removals: bool = False,
) -> SyncResult:
    """Pull every registration of ``event_id`` (see the module docstring). With
    ``accept_removals`` the rows a complete sync did not see are removed however many they
    are: staff confirmed them."""
    started = clock()
    stop_at = time.monotonic() + deadline_s if deadline_s else math.inf
    warning: str | None = None
    started_iso = utcnow()
    event = client.get_event(event_id)
    registrations.save_event(store, event)
    gen = registrations.next_sync_gen(store)
    stored = skipped = requests = passes = seen = shown = 0
    total: int | None = None
    complete = False
    registrations.defer_search_index(store)
    try:
        with store.bulk(), store.checkpoints_aside(), ThreadPoolExecutor(
                FETCH_AHEAD, thread_name_prefix="kiosk-sync-fetch") as pool:

            def fetch(offset: int, limit: int) -> tuple[float, int, Page, ServerRows]:
                fetched_at = clock()  # before the request: the row is at least this fresh
                # ... and newer than every local change up to here
                seq = outbox_table.observed_seq(store.db)
                page = client.list_registrations(event_id, limit=limit, offset=offset)
                # checked here, so that the writer (the sync's slowest lane) only writes
                return fetched_at, seq, page, prepare_server_rows(page.data, event_id)

            while passes < MAX_SYNC_PASSES and not complete and warning is None:
                passes += 1
                skipped_this_pass = pages = read = 0
                # Pages on their way, in list order: (offset asked, answer).
                ahead: deque[tuple[int, Future]] = deque([(0, pool.submit(fetch, 0, page_size))])
                while ahead:
                    asked, pending = ahead.popleft()
                    fetched_at, seq, page, rows = pending.result()
                    requests += 1
                    pages += 1
                    offset = page.offset + len(page.data)
                    total = page.total if page.total is not None else total
                    more = page.has_more if page.has_more is not None else (
                        total is not None and offset < total
                    )
                    limit = page.limit or page_size  # believe the server's cap (B.3)
                    if page.offset != asked or len(page.data) != limit or not more:
                        _drop(ahead)  # asked for past the end, or from the wrong offset
                    if page.data and more:
                        warning = _paging_trouble(pages, asked, offset, total, limit, stop_at,
                                                  _so_far(seen, read, total))
                    if warning is not None:
                        _drop(ahead)
                    elif page.data and more and not (cancelled and cancelled()):
                        _fetch_ahead(ahead, pool, fetch, offset, limit, total,
                                     FETCH_AHEAD if client.pacer.delay("read") == 0 else 1)
                    n, bad, _ = registrations.upsert_server_rows(
                        store, event_id, rows, sync_gen=gen, fetched_at=fetched_at,
                        fetched_seq=seq, count_fresh=False)
                    stored += n
                    read += n
                    skipped += bad
                    skipped_this_pass += bad
                    shown = max(shown, _so_far(seen, read, total))  # never backwards
                    if progress:
                        progress(shown, total)
                    if cancelled and cancelled():
                        _drop(ahead)
                        raise SyncCancelled()
                    # the search index catches up while the next page is on its way
                    while (ahead and not ahead[0][1].done()
                           and registrations.catch_up_search_index(store)):
                        pass
                seen = registrations.count_seen(store.db, event_id, gen)
                complete = warning is None and (total is None
                                                or seen + skipped_this_pass >= total)
                if not complete and warning is None:
                    log.info("sync pass %d saw %d of %d registrations; paging again",
                             passes, seen, total)
    finally:
        _finish_search_index(store)
    vanished = 0
    if complete and not skipped:
        vanished, warning = _remove_vanished(store, event_id, gen, accept_removals)
    with store.write():  # the sync's bookkeeping in one transaction: one fsync, not five
        if complete:
            store.set_meta("last_sync_at", utcnow())
            store.set_meta("last_pull_started_at", str(started))
            store.set_meta("last_pull_started_iso", started_iso)
            store.set_meta("last_complete_gen", str(gen))
            # what the doors copying from this one are given (kiosk.peers.copy)
            store.set_meta(COPY_GEN_META.format(event_id=event_id), str(gen))
        store.set_meta(WARNING_META, warning)
        store.set_meta(WARNING_KIND_META,
                       warning.stored() if isinstance(warning, SyncWarning) else None)
    if not complete:
        log.warning("sync incomplete after %d passes: saw %s of %s", passes, seen, total)
    if warning:
        log.warning("sync: %s", warning)
    return SyncResult(stored, skipped, passes, requests, complete, vanished, total,
                      clock() - started, warning)


def combined(results: list[SyncResult]) -> SyncResult:
    """The pulls of a door's events (issue 20) as one: complete when every one is; the
    last one's warning (the door's first event is pulled last), else the first found."""
    if len(results) == 1:
        return results[0]
    totals = [r.total for r in results]
    warnings = [r.warning for r in results if r.warning]
    return SyncResult(
        stored=sum(r.stored for r in results), skipped=sum(r.skipped for r in results),
        passes=max(r.passes for r in results), requests=sum(r.requests for r in results),
        complete=all(r.complete for r in results), vanished=sum(r.vanished for r in results),
        total=None if None in totals else sum(t or 0 for t in totals),
        seconds=sum(r.seconds for r in results),
        warning=results[-1].warning or (warnings[0] if warnings else None))


def _so_far(seen: int, read: int, total: int | None) -> int:
    """Registrations seen so far, for progress: those counted after the passes before, and
    the rows read in this one (a row read twice counts twice here, never past the total;
    whether the pass saw everything is decided by an exact count as it ends)."""
    return seen + read if total is None else min(seen + read, total)


def _finish_search_index(store: Store) -> None:
    """Index what the pull's rows left behind (also after a failed pull). Like the pages,
    these batches need not each reach the disk: the index can be rebuilt from the table."""
    try:
        with store.bulk(), store.checkpoints_aside():
            registrations.repair_search_index(store)
    except sqlite3.Error as exc:  # do not hide why the sync stopped
        log.warning("search index not caught up: %s", exc)


def _fetch_ahead(ahead: deque, pool: ThreadPoolExecutor, fetch: Callable, offset: int,
                 limit: int, total: int | None, depth: int) -> None:
    """Keep up to ``depth`` of the next pages on their way, never asking past ``total``."""
    want = ahead[-1][0] + limit if ahead else offset
    while len(ahead) < depth and (not ahead or total is None or want < total):
        ahead.append((want, pool.submit(fetch, want, limit)))
        want += limit


def _drop(ahead: deque) -> None:
    """Forget pages asked for ahead (those already on their way finish unread)."""
    while ahead:
        ahead.popleft()[1].cancel()


def _paging_trouble(pages: int, asked: int, next_offset: int, total: int | None, limit: int,
                    stop_at: float, seen: int) -> str | None:
    """Why this pass must not ask for another page, or None to go on."""
    if next_offset <= asked:
        return SyncWarning("paging_stuck", offset=asked, seen=seen)
    allowed = (math.ceil(total / max(1, limit)) + PAGE_MARGIN if total is not None
               else MAX_PAGES_WITHOUT_TOTAL)
    if pages >= allowed:
        return SyncWarning("too_many_pages", pages=pages, total=total,
                           needed=allowed - PAGE_MARGIN)
    if time.monotonic() > stop_at:
        return SyncWarning("deadline", seen=seen, total=total if total is not None else "?")
    return None


def _remove_vanished(store: Store, event_id: str, gen: int,
                     accept: bool) -> tuple[int, str | None]:
    """Mark the rows a complete sync did not see as gone, unless that is more than a tenth
    of the cache and staff have not confirmed: then keep them, record them as waiting and
    say so (returns the count marked and a warning for staff)."""
    unseen, cached = registrations.count_unseen(store.db, event_id, gen)
    key = HELD_META.format(event_id=event_id)
    if unseen and unseen * REMOVALS_SHARE > cached and not accept:
        store.set_meta(key, json.dumps({"gen": gen, "unseen": unseen, "cached": cached}))
        return 0, SyncWarning("removals_held", unseen=unseen, cached=cached)
    store.set_meta(key, None)
    return (registrations.mark_vanished(store, event_id, gen) if unseen else 0), None


def removals_waiting(store: Store, event_id: str) -> int:
    """How many registrations the last complete sync would have removed and kept for staff
    to confirm; 0 when none wait."""
    held = store.get_meta(HELD_META.format(event_id=event_id))
    return int(json.loads(held)["unseen"]) if held else 0


def accept_removals(store: Store, event_id: str) -> int:
    """Staff confirmed: remove the registrations the last complete sync did not see (rows
    seen by a later sync are kept, see :func:`registrations.mark_vanished`); returns how
    many were removed."""
    key = HELD_META.format(event_id=event_id)
    held = store.get_meta(key)
    if not held:
        return 0
    # stamped with a generation of their own, so doors copying from this one learn of it
    removed = registrations.mark_vanished(store, event_id, int(json.loads(held)["gen"]),
                                          changed_gen=registrations.next_sync_gen(store))
    with store.write():
        store.set_meta(key, None)
        store.set_meta(WARNING_META, None)
    log.info("sync: staff confirmed the removal of %d registrations", removed)
    return removed
