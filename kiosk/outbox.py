"""Uploading local changes, in order, exactly once in effect.

Each outbox entry is a status PATCH (check-in, undo) or the creation of a walk-in. The head
of the queue is sent first; while it cannot be sent (no network, 5xx, 429) nothing behind it
is, so the server sees changes in the order they were made. Transport trouble is retried
forever with jittered exponential backoff; a refusal (404/409/422 and other 4xx) turns the
entry into a *conflict* for staff to see, and the queue moves on.

The server is the organiser's word: an undo is sent only while the server still holds the
check-in it reverses (read first, API notes B.2), else it is dropped and listed for staff
(an undo once turned a cancellation made after the upload back into CONFIRMED); and a
refusal saying the registration is cancelled makes the door say cancelled.

Why nothing is sent twice in effect:
- before a request goes out its entry is stamped ``sent_at`` in a committed transaction, so
  a later undo knows the change may have reached the server and sends the reverse, instead
  of quietly dropping it;
- a status PATCH is idempotent: sending it again after a lost answer sets the same status;
- a create is not. When a create's answer was lost (``maybe_applied``), it is not resent
  until a full pull has run since; then the cache is searched for a registration with the
  same name, email and party size that first appeared after the walk-in was recorded, and
  if one is there it *is* the walk-in: the entry is linked to it instead of creating a twin.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk import outbox_table, rules
from kiosk.api import (
    ApiError,
    AuthError,
    RateLimited,
    Rejected,
    ServerError,
    TransportError,
    WebKasaClient,
)
from kiosk.contract import CONFLICT_STATUS_CODES, refusal_says_cancelled
from kiosk.models import Status
from kiosk.outbox_table import OutboxEntry
from kiosk.registrations import clean_registration
from kiosk.store import Store

log = logging.getLogger("kiosk.outbox")

BACKOFF_CAP_S = 300.0
DOWN_AFTER = 3  # consecutive failures to connect at all: the network is down, stop draining


@dataclass(frozen=True)
class PushResult:
    sent: int
    conflicts: int
    remaining: int
    error: ApiError | None = None
    needs_pull: bool = False
    deferred: bool = False  # nothing tried: the head of the queue waits out its backoff

    @property
    def complete(self) -> bool:
        return self.error is None and self.remaining == 0 and not self.needs_pull


@dataclass(frozen=True)
class PushStep:
    """What a push is doing now, for a person watching (``kiosk push`` on a terminal: a
    minute of retries used to print nothing, issue 18)."""

    number: int  # the entry being sent: 1 for this push's first
    total: int  # entries waiting when the push started (never less than ``number``)
    retry_in: float | None = None  # it failed for a passing reason: next try in this many s
    error: ApiError | None = None  # why, with ``retry_in``


_RNG = random.Random()


def backoff(attempts: int, rng: random.Random | None = None) -> float:
    """Seconds before attempt ``attempts + 1``: exponential, capped, with full jitter."""
    ceiling = min(BACKOFF_CAP_S, 2.0 ** min(attempts, 16))
    return (rng or _RNG).uniform(ceiling / 2, ceiling)


class Pusher:
    """Sends the outbox's head, in order, until it is empty, blocked or out of time.

    Owned by the door (one per door, used under its network lock). It reads and marks entries
    through :mod:`kiosk.outbox_table` inside the store's write transactions, so a crash at
    any point leaves each entry either not sent, stamped sent, or finished: never lost.
    """

    def __init__(
        self,
        client: WebKasaClient,
        store: Store,
        *,
        clock: Callable[[], float] = time.time,
        on_change: Callable[[], None] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        overtaken: Callable[[str], bool] | None = None,
    ) -> None:
        self.client = client
        # peers (issue 10): a change another door has overtaken is not uploaded
        self.overtaken = overtaken
        self.store = store
        self.clock = clock  # wall clock: only for stamps stored across processes
        self.monotonic = monotonic  # deadlines and waits within this push
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.on_change = on_change or (lambda: None)

    def push(self, *, ignore_backoff: bool = False, max_items: int | None = None,
             deadline_s: float = 0.0,
             cancelled: Callable[[], bool] | None = None,
             progress: Callable[[PushStep], None] | None = None) -> PushResult:
        """Upload from the head on. With ``deadline_s`` a transient failure (transport, 5xx,
        429) does not end the push: the head is retried after a short jittered wait until the
        deadline (monotonic), or until the server could not be reached ``DOWN_AFTER`` times
        in a row (the network is down; the stored backoff then takes over). ``cancelled``
        ends a long drain early (the GUI closing), between entries and during the waits.
        ``progress`` hears of each entry before it is sent and of each wait before a retry."""
        sent = conflicts = 0
        stop_at = self.monotonic() + deadline_s
        tries = unreachable = 0
        total = outbox_table.summary(self.store.db).pending if progress else 0
        number, current = 0, None
        while max_items is None or sent + conflicts < max_items:
            entry = outbox_table.head(self.store.db)
            if entry is None:
                break
            if progress and entry.id != current:
                number, current = number + 1, entry.id
                total = max(total, number)
            if not ignore_backoff and self._waiting(entry):
                return self._result(sent, conflicts, deferred=sent + conflicts == 0)
            if (entry.op == "status" and self.overtaken
                    and self.overtaken(entry.registration_id)):  # peers (issue 10)
                outbox_table.supersede(self.store, entry.id)
                log.info("outbox entry %d overtaken by another door's change", entry.id)
                continue
            if entry.op == "create" and entry.sent_at is not None and not self._pulled_since(entry):
                return self._result(sent, conflicts, needs_pull=True)
            if progress:
                progress(PushStep(number, total))
            try:
                outcome = self._send(entry)
            except _Overtaken as exc:
                self._overtaken(entry, exc)
                conflicts += 1
                continue
            except Rejected as exc:
                if isinstance(exc, AuthError):
                    self._retry_later(entry, exc)
                    return self._result(sent, conflicts, error=exc)
                self._conflict(entry, exc)
                conflicts += 1
                continue
            except (TransportError, ServerError, RateLimited) as exc:
                self._retry_later(entry, exc)
                down = isinstance(exc, TransportError) and not exc.maybe_applied
                unreachable = unreachable + 1 if down else 0
                tries += 1
                wait = (exc.retry_after if isinstance(exc, RateLimited)
                        else self.rng.uniform(0.05, min(2.0, 0.1 * 2 ** tries)))
                if unreachable >= DOWN_AFTER or self.monotonic() + wait > stop_at:
                    return self._result(sent, conflicts, error=exc)
                log.info("retrying entry %d in %.2fs: %s", entry.id, wait, exc)
                if progress:
                    progress(PushStep(number, total, retry_in=wait, error=exc))
                if self._wait_unless(wait, cancelled):
                    return self._result(sent, conflicts, error=exc)
                ignore_backoff = True  # this push waited already
                continue
            tries = unreachable = 0
            if outcome:
                sent += 1
            self.on_change()
        return self._result(sent, conflicts)

    def _wait_unless(self, wait: float, cancelled: Callable[[], bool] | None) -> bool:
        """Sleep ``wait`` seconds in short steps; True as soon as ``cancelled()`` says so."""
        if cancelled is None:
            self.sleep(wait)
            return False
        while wait > 0 and not cancelled():
            step = min(0.05, wait)
            self.sleep(step)
            wait -= step
        return cancelled()

    # -- one entry -----------------------------------------------------------------------

    def _send(self, entry: OutboxEntry) -> bool:
        if entry.registration_id.startswith("local_") and entry.op != "create":
            # the walk-in this change belongs to was never created on the server
            raise Rejected("The walk-in this change belongs to was not registered", 409)
        if entry.op == "create":
            return self._create(entry)
        if rules.reverses_admission(entry.payload) and self._server_says_already(entry):
            return True
        outbox_table.mark_sent(self.store, entry.id, self.clock())
        data = self.client.update_status(
            entry.event_id, entry.registration_id, entry.payload["status"]
        )
        outbox_table.finish_status(self.store, entry, clean_registration(data, entry.event_id),
                                   self.clock())
        return True

    def _create(self, entry: OutboxEntry) -> bool:
        if entry.sent_at is not None:
            twin = outbox_table.find_twin(self.store.db, entry)
            if twin:
                log.info("walk-in %s already reached the server as %s", entry.registration_id, twin)
                self._link(entry, twin, None)
                return True
        outbox_table.mark_sent(self.store, entry.id, self.clock())
        body = {k: v for k, v in entry.payload.items() if v not in (None, "")}
        data = self.client.create_registration(
            entry.event_id, body, idempotency_key=f"kiosk-{entry.registration_id}"
        )
        rid = data.get("id")
        if not isinstance(rid, str) or not rid:
            raise ServerError("The server created a registration but sent no id", 200)
        self._link(entry, rid, data)
        return True

    def _server_says_already(self, entry: OutboxEntry) -> bool:
        """Before an undo: read the registration (B.2). Raises :class:`_Overtaken` when the
        server holds neither the check-in being reversed nor the status being restored (the
        organiser changed it since); True when it already holds the restored status (the
        entry is done without a write). Where the call is not offered, the undo is sent."""
        seq = outbox_table.observed_seq(self.store.db)
        raw = self.client.get_registration(entry.event_id, entry.registration_id)
        row = clean_registration(raw, entry.event_id) if raw is not None else None
        if row is None or row["id"] != entry.registration_id or row["status"] == Status.ATTENDED:
            return False
        if row["status"] == entry.payload["status"]:
            outbox_table.finish_status(self.store, entry, row, self.clock())
            return True
        raise _Overtaken(row, seq)

    def _waiting(self, entry: OutboxEntry) -> bool:
        """The stored retry time is wall clock (it must survive the process); a wait longer
        than any backoff means the clock was set back since, so the entry is due now
        instead of stalling for the size of the jump."""
        wait = entry.next_attempt_at - self.clock()
        return 0 < wait <= BACKOFF_CAP_S

    def _pulled_since(self, entry: OutboxEntry) -> bool:
        """A complete pull *started* after the send: ordered by sync generation, not clocks."""
        done = self.store.get_meta("last_complete_gen")
        return done is not None and entry.sent_gen is not None and int(done) > entry.sent_gen

    # -- bookkeeping (the SQL lives in kiosk.outbox_table) -------------------------------------

    def _link(self, entry: OutboxEntry, server_id: str, data: dict | None) -> None:
        """The walk-in now has a server id: re-key its local rows and later entries."""
        status = (data or {}).get("status") or Status.CONFIRMED
        outbox_table.link_walk_in(self.store, entry, server_id, status, self.clock())

    def _conflict(self, entry: OutboxEntry, exc: Rejected) -> None:
        log.warning("outbox entry %d (%s %s) refused: %s", entry.id, entry.op,
                    entry.registration_id, exc)
        message = explain_conflict(entry, exc)
        learnt = None
        if (entry.op == "status" and exc.status_code in CONFLICT_STATUS_CODES
                and refusal_says_cancelled(exc.code, str(exc))):
            learnt = {"id": entry.registration_id, "status": Status.CANCELLED}
        outbox_table.mark_conflict(self.store, entry.id, exc.status_code, message,
                                   server_row=learnt, now=self.clock())
        self.on_change()

    def _overtaken(self, entry: OutboxEntry, exc: _Overtaken) -> None:
        log.warning("undo %d of %s not sent: the server now says %s", entry.id,
                    entry.registration_id, exc.row["status"])
        message = rules.conflict_message(rules.CONFLICT_UNDO_OVERTAKEN, server=exc.row["status"])
        outbox_table.mark_conflict(self.store, entry.id, None, message, server_row=exc.row,
                                   fetched_seq=exc.seq, now=self.clock())
        self.on_change()

    def _retry_later(self, entry: OutboxEntry, exc: ApiError) -> None:
        if isinstance(exc, RateLimited):
            delay = exc.retry_after
        else:
            delay = backoff(entry.attempts)
        outbox_table.postpone(self.store, entry.id, self.clock() + delay, str(exc))
        log.info("upload of entry %d postponed %.1fs: %s", entry.id, delay, exc)

    def _result(self, sent: int, conflicts: int, *, error: ApiError | None = None,
                needs_pull: bool = False, deferred: bool = False) -> PushResult:
        remaining = outbox_table.summary(self.store.db).pending
        return PushResult(sent, conflicts, remaining, error, needs_pull, deferred)


class _Overtaken(Exception):
    """An undo the server has overtaken: ``row`` is what it holds, read after ``seq``."""

    def __init__(self, row: dict, seq: int) -> None:
        super().__init__(row["status"])
        self.row, self.seq = row, seq


def explain_conflict(entry: OutboxEntry, exc: Rejected) -> str:
    """What happened, and what staff can do, in one or two sentences (kiosk.rules words it;
    the UI translates it by its kind and shows the server's words apart)."""
    kind = rules.conflict_kind(entry.op, entry.registration_id, exc.status_code)
    return rules.conflict_message(kind, server=str(exc))
