"""The door: the one object the command line and the UI drive.

Everything here except :meth:`Door.pull` and :meth:`Door.push` is local: it reads and writes
the SQLite cache and never waits on the network. A check-in is committed to disk together
with its outbox entry before its verdict is returned. Methods may be called from any thread.

The door publishes plain events through :attr:`Door.events` (names: ``checkin``, ``undo``,
``register``, ``outbox``, ``online``, ``sync_progress``, ``synced``, ``data``), which the UI
turns into Qt signals.
"""

from __future__ import annotations

import csv
import logging
import os
import socket
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Callable, Iterator

import httpx
from filelock import FileLock, Timeout

from kiosk import rules
from kiosk.api import ApiError, AuthError, RateLimited, ServerError, TransportError, WebKasaClient
from kiosk.codes import InvalidCode, ParsedCode, clean, parse_code
from kiosk.contract import WALK_IN_STATUS
from kiosk.events import Events
from kiosk.models import (Attendee, Conflict, DoorAdmission, Event, Status, StatusReport, Verdict,
                          VerdictKind)
from kiosk.outbox import PushResult, Pusher
from kiosk.peers.journal import Journal
from kiosk.rules import (  # noqa: F401 (the pure rules; also re-exported for callers)
    MAX_GUESTS, DoorError, WalkIn, WalkInInvalid, can_undo, judge, party_text, validate_walk_in,
)
from kiosk.rules import with_ as _with
from kiosk.settings import Settings
from kiosk.clock import utcnow
from kiosk.store import Store
from kiosk.text import json_line, terminal_safe
from kiosk.sync import WARNING_META as SYNC_WARNING_META
from kiosk.sync import SyncResult, pull

log = logging.getLogger("kiosk.door")

EXPORT_FIELDS = (
    "id", "event_id", "attendee_name", "attendee_email", "attendee_phone", "status",
    "guest_count", "notes", "created_at", "effective_status", "party_size", "checked_in_at",
    "checked_in_device", "awaiting_upload", "conflict",
)
NOT_DOWNLOADED = ("Not downloaded yet: the first sync is incomplete. "
                  "Run a sync, or check the ticket at the desk")


class NotConfigured(DoorError):
    pass


class CapacityError(DoorError):
    """The party does not fit in the places left."""


class NothingToUndo(DoorError):
    pass


class NetworkBusy(DoorError):
    """Another process on this data folder is syncing or uploading (CLI exit code 8)."""


Progress = Callable[[int, "int | None"], None]


class Door:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        client: WebKasaClient | None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not settings.event_id:
            raise NotConfigured("No event chosen: pass --event evt_... or set KIOSK_EVENT")
        self.store = store
        self.settings = settings
        self.client = client
        self.clock = clock
        self.event_id: str = settings.event_id
        self.device_name = settings.device_name or socket.gethostname() or "kiosk"
        self.events = Events()
        self.online: bool | None = None
        self.offline_reason = "not connected yet"
        self._net_lock = threading.Lock()
        # peers (issue 10): every local check-in and undo is journalled for the other doors
        self.journal = Journal(store, self.device_name, settings.event_id or "")
        self.peers: Any = None  # the running kiosk.peers.node.PeerNode, when linked
        self._file_lock = FileLock(str(store.data_dir / "network.lock"), thread_local=False)
        self._pusher = (
            Pusher(client, store, clock=clock, on_change=self._outbox_changed,
                   overtaken=self.journal.overtaken) if client else None
        )
        if store.search_index_behind():
            self._repair_search_index()

    @classmethod
    def open(
        cls,
        data_dir: Path,
        settings: Settings,
        api_key: str | None,
        *,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> "Door":
        store = Store(data_dir, clock=clock)
        client = None
        if api_key:
            client = WebKasaClient(
                settings.api_url, api_key, auth_scheme=settings.auth_scheme,
                timeout=settings.request_timeout_s, transport=transport,
                deadline=settings.request_deadline_s,
                max_answer_bytes=int(settings.max_answer_mb * 1_048_576),
            )
        try:
            return cls(store, settings, client, clock=clock)
        except Exception:
            store.close()
            raise

    def close(self) -> None:
        if self.peers is not None:  # peers (issue 10)
            self.peers.stop()
            self.peers = None
        if self.client:
            self.client.close()
        self.store.close()

    @property
    def event(self) -> Event | None:
        return self.store.event(self.event_id)

    # -- check-in ------------------------------------------------------------------------

    def checkin(self, code: str | bytes,
                parsed: ParsedCode | InvalidCode | None = None) -> Verdict:
        """The verdict for a scanned code, recorded on disk before it is returned; when it
        cannot be recorded (disk full, database locked), an ``error`` verdict that admits
        nobody, so that a scanner pipe keeps answering. ``parsed``: what the scan pipeline
        already made of ``code`` (it is not parsed twice); None parses it here."""
        try:
            return self._checkin(code, parsed)
        except sqlite3.Error as exc:
            return self._not_recorded(clean(code)[:200] if code else "", exc)

    def _not_recorded(self, code: str, exc: sqlite3.Error) -> Verdict:
        from kiosk.storage import storage_problem

        problem = storage_problem(exc) or f"Database error: {exc}"
        log.error("check-in of %r not recorded: %s", code, exc)
        verdict = Verdict(code, VerdictKind.ERROR, f"Not recorded, do not admit: {problem}")
        self.events.publish("checkin", verdict=verdict)
        return verdict

    def _checkin(self, code: str | bytes, parsed: ParsedCode | InvalidCode | None) -> Verdict:
        text = clean(code)[:200] if code else ""
        if parsed is None:
            try:
                parsed = parse_code(code)
            except InvalidCode as exc:
                parsed = exc
        if isinstance(parsed, InvalidCode):
            verdict = Verdict(text, VerdictKind.INVALID, str(parsed))
            with self.store.write() as db:
                self.store.record_scan(db, text, verdict.kind, None, self.device_name)
            self.events.publish("checkin", verdict=verdict)
            return verdict
        if parsed.event_id and parsed.event_id != self.event_id:
            verdict = Verdict(text, VerdictKind.WRONG_EVENT, "Ticket for another event",
                              registration_id=parsed.registration_id)
            with self.store.write() as db:
                self.store.record_scan(db, text, verdict.kind, parsed.registration_id,
                                       self.device_name)
            self.events.publish("checkin", verdict=verdict)
            return verdict
        return self._admit(text, parsed.registration_id, self.settings.allow_pending)

    def checkin_id(self, registration_id: str, *, allow_pending: bool | None = None) -> Verdict:
        """Staff check-in from the console (search result): same rules, by id."""
        allow = self.settings.allow_pending if allow_pending is None else allow_pending
        try:
            return self._admit(registration_id, registration_id, allow)
        except sqlite3.Error as exc:
            return self._not_recorded(registration_id, exc)

    def _admit(self, code: str, registration_id: str, allow_pending: bool) -> Verdict:
        with self.store.write() as db:
            attendee = self.store.attendee(registration_id)
            verdict = judge(code, attendee, self.event_id, allow_pending)
            if verdict.registration_id is None:  # unknown here: say which id was asked for
                verdict = _with(verdict, registration_id=registration_id)
                if not self.first_sync_complete:
                    verdict = _with(verdict, message=NOT_DOWNLOADED)
            if verdict.kind is VerdictKind.ADMIT and attendee is not None:
                at = self.store.set_local_status(db, attendee, Status.ATTENDED, self.device_name)
                self.journal.record(db, attendee.id, "admit", Status.ATTENDED, at)  # peers
                verdict = _with(verdict, checked_in_at=at, checked_in_device=self.device_name)
                self._want_badge(db, attendee.id)
            self.store.record_scan(db, code, verdict.kind, registration_id, self.device_name)
        log.info("check-in %s: %s", registration_id, verdict.kind)
        if verdict.kind is VerdictKind.ADMIT:
            self.events.publish("journal")  # peers: push it to the other doors now
        self.events.publish("checkin", verdict=verdict)
        if verdict.kind is VerdictKind.ADMIT:
            self._outbox_changed()
        return verdict

    def _want_badge(self, db: Any, registration_id: str) -> None:
        """With ``badge_on_admit``, the admit records its badge in the same transaction; it is
        printed after the verdict, never before (kiosk.badges.jobs)."""
        if self.settings.badge_on_admit:
            from kiosk.badges.jobs import want_first

            want_first(db, registration_id, self.event_id, self.device_name)

    def undo(self, registration_id: str) -> Attendee:
        """Reverse a check-in: locally at once, on the server by restoring the old status.

        Rules (the server's word wins, see ``store.EFFECTIVE``): a change the server refused
        or that never left this kiosk is simply forgotten, never "undone" into another
        write; only a change that reached (or may have reached) the server is reversed, and
        then with a status the server had before this kiosk changed it.
        """
        with self.store.write() as db:
            attendee = self.store.attendee(registration_id)
            if attendee is None or attendee.registration.event_id != self.event_id:
                raise NothingToUndo("No such registration for this event")
            if not can_undo(attendee):
                raise NothingToUndo(f"{attendee.registration.attendee_name} is not checked in")
            local = self.store.checkin_row(registration_id)
            reached_server = self.store.reached_server(db, registration_id)
            if (local is not None and not reached_server
                    and not self.journal.admitted_elsewhere(db, registration_id)):  # peers
                # the check-in never left this kiosk: forget it instead of sending two PATCHes
                self.store.forget_local_change(db, registration_id)
            else:
                previous = local["previous_status"] if local is not None else None
                server = attendee.registration.status
                restore = next((s for s in (previous, server) if s and s != Status.ATTENDED),
                               Status.CONFIRMED)
                self.store.reverse_local_change(db, attendee, restore, self.device_name)
            self.store.record_scan(db, registration_id, "undo", registration_id, self.device_name)
            restored = self.store.attendee(registration_id)  # peers: journal the undo
            self.journal.record(db, registration_id, "undo",
                                restored.effective_status if restored else Status.CONFIRMED, utcnow())
        log.info("undo %s", registration_id)
        self.events.publish("journal")
        result = self.store.attendee(registration_id)
        assert result is not None
        self.events.publish("undo", registration_id=registration_id)
        self._outbox_changed()
        return result

    # -- walk-ins --------------------------------------------------------------------------

    def register(self, walk_in: WalkIn, *, check_in: bool = False) -> tuple[Attendee, Verdict | None]:
        fields = validate_walk_in(walk_in)
        party = 1 + fields["guest_count"]
        verdict = None
        with self.store.write() as db:
            left = self._places_left()
            if left is not None and party > left:
                raise CapacityError(
                    f"Only {max(left, 0)} place{'s' if left != 1 else ''} left; "
                    f"this party needs {party}"
                )
            rid = self.store.insert_local_registration(db, self.event_id, fields, WALK_IN_STATUS)
            self.store.enqueue(db, "create", self.event_id, rid,
                               {**fields, "status": WALK_IN_STATUS})
            if check_in:
                attendee = self.store.attendee(rid)
                assert attendee is not None
                at = self.store.set_local_status(db, attendee, Status.ATTENDED, self.device_name)
                verdict = _with(judge(rid, attendee, self.event_id, False),
                                checked_in_at=at, checked_in_device=self.device_name)
                self._want_badge(db, rid)
                self.store.record_scan(db, rid, verdict.kind, rid, self.device_name)
        attendee = self.store.attendee(rid)
        assert attendee is not None
        log.info("walk-in %s registered (party of %d)", rid, party)
        self.events.publish("register", attendee=attendee)
        if verdict:
            self.events.publish("checkin", verdict=verdict)
        self._outbox_changed()
        return attendee, verdict

    def _places_left(self) -> int | None:
        event = self.event
        if event is None or event.slots is None:
            return None
        _, _, held = self.store.counts(self.event_id)
        return event.slots - held

    # -- reads -----------------------------------------------------------------------------

    def attendee(self, registration_id: str) -> Attendee | None:
        attendee = self.store.attendee(registration_id)
        if attendee and attendee.registration.event_id != self.event_id:
            return None
        return attendee

    def attendees(self, status: str | None = None) -> Iterator[Attendee]:
        return self.store.attendees(self.event_id, status=status)

    def search(self, query: str, limit: int = 50) -> list[Attendee]:
        query = clean(query)[:200]
        exact = self.attendee(query) if query.startswith(("reg_", "local_")) else None
        return [exact] if exact else self.store.search(self.event_id, query, limit)

    def status(self) -> StatusReport:
        event = self.event
        counts, people_in, held = self.store.counts(self.event_id)
        left = event.slots - held if event and event.slots is not None else None
        return StatusReport(
            event=event, counts=counts, people_in=people_in, places_taken=held,
            places_left=left, last_sync_at=self.store.get_meta("last_sync_at"),
            outbox=self.store.outbox_summary(),
            sync_warning=self.store.get_meta(SYNC_WARNING_META),
            first_sync_complete=self.first_sync_complete,
            double_entries=self.journal.double_entry_count(),  # peers (issue 10), a kept count
            doors_linked=self.peers.linked() if self.peers is not None else None,
            clock_skew_s=self.peers.clock_skew() if self.peers is not None else None,
        )

    @property
    def first_sync_complete(self) -> bool:
        """False while the cache holds only part of the event (the first sync was cut short):
        a code missing from it may simply not be downloaded yet."""
        return self.store.get_meta("last_sync_at") is not None

    def conflicts(self) -> list[Conflict]:
        """What needs attention: refused uploads, then double entries (issue 10)."""
        return self.store.conflicts() + self._double_entries()

    def _double_entries(self) -> list[Conflict]:
        """A registration admitted at two doors that could not see each other: both
        admissions are kept; this says when and where each happened (outbox id 0: nothing
        to retry or dismiss). The times stay ISO UTC in ``admissions``: each screen shows them
        in local time, in its language."""
        found = []
        for double in self.journal.double_entries():
            attendee = self.store.attendee(double.registration_id)
            found.append(Conflict(
                outbox_id=0, registration_id=double.registration_id, operation="double entry",
                http_status=None, created_at=double.admissions[-1].at,
                message=rules.conflict_message(rules.CONFLICT_DOUBLE_ENTRY).format(
                    n=len(double.admissions)),
                attendee_name=attendee.registration.attendee_name if attendee else None,
                kind=rules.CONFLICT_DOUBLE_ENTRY, action="double_entry",
                admissions=tuple(DoorAdmission(a.at, a.door_name) for a in double.admissions),
            ))
        return found

    def dismiss_conflict(self, outbox_id: int) -> None:
        """Accept the server's word: the entry is closed and the server's status shows."""
        if not self.store.dismiss_conflict(outbox_id, self.clock()):
            raise DoorError("No such conflict")
        self._outbox_changed()

    def retry_conflict(self, outbox_id: int) -> None:
        if not self.store.retry_conflict(outbox_id):
            raise DoorError("No such conflict")
        self._outbox_changed()

    def export(self, fh: IO[str], fmt: str = "csv") -> int:
        """Every registration with its effective status; returns the number of rows."""
        rows = (export_row(a) for a in self.attendees())
        count = 0
        if fmt == "jsonl":
            for row in rows:
                fh.write(json_line(row) + "\n")
                count += 1
        elif fmt == "csv":
            writer = csv.DictWriter(fh, fieldnames=EXPORT_FIELDS)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: _csv_safe(v) for k, v in row.items()})
                count += 1
        else:
            raise DoorError(f"Unknown export format {fmt!r}")
        return count

    def export_to(self, path: Path, fmt: str = "csv") -> int:
        """Export to a file readable by this user only, written whole or not at all, and
        remembered so that ``kiosk wipe`` removes it after the event."""
        from kiosk.wipe import record_export

        path = Path(path)
        tmp = path.with_name(path.name + ".part")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            count = self.export(fh, fmt)
        tmp.replace(path)
        record_export(self.store.data_dir, path, self.event_id)
        return count

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
                self.store.repair_search_index()
        except NetworkBusy:
            pass

    def pull(self, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None, *,
             lock_wait_s: float | None = None) -> SyncResult:
        client = self._need_client()

        def report(done: int, total: int | None) -> None:
            self.events.publish("sync_progress", done=done, total=total)
            if progress:
                progress(done, total)

        with self._exclusive(lock_wait_s):
            result = self._network(
                lambda: pull(client, self.store, self.event_id, progress=report,
                             cancelled=cancelled, clock=self.clock,
                             deadline_s=self.settings.sync_deadline_s)
            )
        self.events.publish("synced", result=result)
        self.events.publish("data")
        self._outbox_changed()
        return result

    def push(self, *, ignore_backoff: bool = False, lock_wait_s: float | None = None,
             deadline_s: float = 0.0,
             cancelled: Callable[[], bool] | None = None) -> PushResult:
        """Upload the outbox. ``deadline_s`` > 0 keeps draining through transient errors
        for that long (``kiosk push``/``sync`` and the GUI use ``push_deadline_s``);
        ``cancelled`` stops such a drain early (the GUI closing)."""
        self._need_client()
        assert self._pusher is not None
        stop_at = time.monotonic() + deadline_s
        with self._exclusive(lock_wait_s):
            result = self._pusher.push(ignore_backoff=ignore_backoff, deadline_s=deadline_s,
                                       cancelled=cancelled)
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
                                           cancelled=cancelled)
                self._note_result(result.error)
        self.store.archive_finished()  # the outbox holds only what waits (store.py, #4)
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
        fetched_at, seq = self.clock(), self.store.observed_seq()
        raw = self._network(lambda: client.get_registration(self.event_id, registration_id))
        if raw is None:
            return None
        stored, _, _ = self.store.upsert_server_rows(
            self.event_id, [raw], sync_gen=None, fetched_at=fetched_at, fetched_seq=seq
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
        if error is None or isinstance(error, RateLimited):
            online, reason = True, "rate limited: pacing requests" if error else ""
        elif isinstance(error, AuthError):
            online, reason = False, "API key refused"
        elif isinstance(error, ServerError):
            online, reason = False, f"server trouble ({error})"
        elif isinstance(error, TransportError):
            online, reason = False, f"no connection ({error})"
        else:
            online, reason = True, ""
        if (online, reason) != (self.online, self.offline_reason):
            self.online, self.offline_reason = online, reason
            self.events.publish("online", online=online, reason=reason)

    def _outbox_changed(self) -> None:
        self.events.publish("outbox", summary=self.store.outbox_summary())


def export_row(attendee: Attendee) -> dict[str, Any]:
    reg = attendee.registration
    return {
        "id": reg.id, "event_id": reg.event_id, "attendee_name": reg.attendee_name,
        "attendee_email": reg.attendee_email, "attendee_phone": reg.attendee_phone,
        "status": reg.status, "guest_count": reg.guest_count, "notes": reg.notes,
        "created_at": reg.created_at, "effective_status": attendee.effective_status,
        "party_size": reg.party_size, "checked_in_at": attendee.checked_in_at,
        "checked_in_device": attendee.checked_in_device,
        "awaiting_upload": attendee.awaiting_upload, "conflict": attendee.conflict,
    }


def _csv_safe(value: Any) -> Any:
    """Spreadsheets run cells that start with = + - @ as formulas: defuse them. A CSV is also
    read with ``cat``: escape sequences and other controls in a cell are neutralised."""
    if isinstance(value, str):
        value = terminal_safe(value, keep="\n\t")
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
