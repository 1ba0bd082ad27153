"""The door: the one object the command line and the UI drive.

Everything here except :meth:`Door.pull` and :meth:`Door.push` is local: it reads and writes
the SQLite cache and never waits on the network. A check-in is committed to disk together
with its outbox entry before its verdict is returned. Methods may be called from any thread.

The door publishes plain events through :attr:`Door.events` (names: ``checkin``, ``undo``,
``register``, ``outbox``, ``online``, ``sync_progress``, ``synced``, ``data``, ``journal``),
which the UI turns into Qt signals; ``journal`` (a check-in or undo was journalled) tells the
peer node to push it to the other doors now.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from filelock import FileLock

from kiosk import checkins, outbox_table, registrations, rules
from kiosk.api import WebKasaClient, client_for
from kiosk.clock import DOORS_SKEW_META, SERVER_SKEW_META, utcnow
from kiosk.codes import InvalidCode, ParsedCode, clean, parse_code
from kiosk.contract import WALK_IN_STATUS
from kiosk.door_network import DoorNetwork, NetworkBusy, NotConfigured, OfflineReason  # noqa: F401
from kiosk.events import Events
from kiosk.models import (
    Attendee,
    Conflict,
    DoorAdmission,
    Event,
    Status,
    StatusReport,
    Verdict,
    VerdictKind,
)
from kiosk.outbox import Pusher
from kiosk.peers.journal import Journal
from kiosk.rules import (  # noqa: F401 (the pure rules; also re-exported for callers)
    MAX_GUESTS,
    DoorError,
    WalkIn,
    WalkInInvalid,
    can_undo,
    judge,
    party_text,
    validate_walk_in,
)
from kiosk.rules import with_ as _with
from kiosk.settings import Settings
from kiosk.store import Store
from kiosk.sync import WARNING_KIND_META, SyncWarning
from kiosk.sync import WARNING_META as SYNC_WARNING_META

log = logging.getLogger("kiosk.door")

NOT_DOWNLOADED = ("Not downloaded yet: the first sync is incomplete. "
                  "Run a sync, or check the ticket at the desk")


class CapacityError(DoorError):
    """The party does not fit in the places left."""


class NothingToUndo(DoorError):
    pass



class Door(DoorNetwork):
    """One event at one door: the verdicts, their records, and the way to the server.

    For: the command line and the UI drive everything through it: scans and staff check-ins
    (judged by :mod:`kiosk.rules`, recorded with :mod:`kiosk.checkins`), undo, walk-ins,
    the reads of the cache (:mod:`kiosk.registrations`), the conflicts staff settle, and
    the network work: pulls (:mod:`kiosk.sync`) and uploads (:class:`kiosk.outbox.Pusher`),
    written in :class:`kiosk.door_network.DoorNetwork`. Exports live in :mod:`kiosk.exports`.

    Owns: its :class:`Store` (closed by :meth:`close`), the API client, the door-to-door
    journal (:attr:`journal`) and the running peer node (:attr:`peers`), the network lock
    (``network.lock``: one process at a time syncs or uploads), the online state, and
    :attr:`events`.

    Threading: any method may be called from any thread. Local work commits in the
    store's write transactions (check-ins ahead of background batches) and never waits on
    the network; :meth:`pull`, :meth:`push` and :meth:`fetch_registration` are serialised
    by a lock in this process and by ``network.lock`` across processes. Events are
    published on the calling thread.
    """

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
        self.offline_reason: str = OfflineReason("not_connected")
        self._online_lock = threading.Lock()  # requests report from several threads
        self._net_lock = threading.Lock()
        # peers (issue 10): every local check-in and undo is journalled for the other doors
        self.journal = Journal(store, self.device_name, settings.event_id or "")
        self.peers: Any = None  # the running kiosk.peers.node.PeerNode, when linked
        # pulls from WebKasa on a schedule (the GUI, a headless door without --no-sync):
        # such a door may be chosen as the venue's puller (kiosk.peers.venue)
        self.pulls_by_itself = False
        self._file_lock = FileLock(str(store.data_dir / "network.lock"), thread_local=False)
        self._pusher = (
            Pusher(client, store, clock=clock, on_change=self._outbox_changed,
                   overtaken=self.journal.overtaken) if client else None
        )
        if client is not None:
            client.on_outcome = self._note_result
        if registrations.search_index_behind(store.db):
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
    ) -> Door:
        store = Store(data_dir, clock=clock)
        client = None
        if api_key:
            client = client_for(settings, api_key, transport=transport)
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
        return registrations.event(self.store.db, self.event_id)

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
        from kiosk.repair import storage_problem

        verdict = unrecorded_verdict(code, storage_problem(exc) or f"Database error: {exc}")
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
                checkins.record_scan(db, text, verdict.kind, None, self.device_name)
            self.events.publish("checkin", verdict=verdict)
            return verdict
        if parsed.event_id and parsed.event_id != self.event_id:
            verdict = Verdict(text, VerdictKind.WRONG_EVENT, "Ticket for another event",
                              registration_id=parsed.registration_id)
            with self.store.write() as db:
                checkins.record_scan(db, text, verdict.kind, parsed.registration_id,
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
            attendee = registrations.attendee(db, registration_id)
            verdict = judge(code, attendee, self.event_id, allow_pending)
            if verdict.registration_id is None:  # unknown here: say which id was asked for
                verdict = _with(verdict, registration_id=registration_id)
                if not self.first_sync_complete:
                    verdict = _with(verdict, message=NOT_DOWNLOADED)
            if verdict.kind is VerdictKind.ADMIT and attendee is not None:
                at = checkins.set_local_status(db, attendee, Status.ATTENDED, self.device_name,
                                               now=self.store.clock())
                self.journal.record(db, attendee.id, "admit", Status.ATTENDED, at)  # peers
                verdict = _with(verdict, checked_in_at=at, checked_in_device=self.device_name)
                self._want_badge(db, attendee.id)
            checkins.record_scan(db, code, verdict.kind, registration_id, self.device_name)
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

        Rules (the server's word wins, see ``registrations.EFFECTIVE``): a change the server
        refused or that never left this kiosk is simply forgotten, never "undone" into another
        write; only a change that reached (or may have reached) the server is reversed, and
        then with a status the server had before this kiosk changed it.
        """
        with self.store.write() as db:
            attendee = registrations.attendee(db, registration_id)
            if attendee is None or attendee.registration.event_id != self.event_id:
                raise NothingToUndo("No such registration for this event")
            if not can_undo(attendee):
                raise NothingToUndo(f"{attendee.registration.attendee_name} is not checked in")
            local = checkins.checkin_row(db, registration_id)
            reached_server = checkins.reached_server(db, registration_id)
            if (local is not None and not reached_server
                    and not self.journal.admitted_elsewhere(db, registration_id)):  # peers
                # the check-in never left this kiosk: forget it instead of sending two PATCHes
                checkins.forget_local_change(db, registration_id)
            else:
                previous = local["previous_status"] if local is not None else None
                server = attendee.registration.status
                restore = next((s for s in (previous, server) if s and s != Status.ATTENDED),
                               Status.CONFIRMED)
                checkins.reverse_local_change(db, attendee, restore, self.device_name,
                                              now=self.store.clock())
            checkins.record_scan(db, registration_id, "undo", registration_id, self.device_name)
            restored = registrations.attendee(db, registration_id)  # peers: journal the undo
            self.journal.record(db, registration_id, "undo",
                                restored.effective_status if restored else Status.CONFIRMED,
                                utcnow())
        log.info("undo %s", registration_id)
        self.events.publish("journal")
        result = registrations.attendee(self.store.db, registration_id)
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
            now = self.store.clock()
            rid = checkins.insert_local_registration(db, self.event_id, fields, WALK_IN_STATUS,
                                                     now=now)
            outbox_table.enqueue(db, "create", self.event_id, rid,
                                 {**fields, "status": WALK_IN_STATUS}, created_ts=now)
            if check_in:
                attendee = registrations.attendee(db, rid)
                assert attendee is not None
                at = checkins.set_local_status(db, attendee, Status.ATTENDED, self.device_name,
                                               now=self.store.clock())
                verdict = _with(judge(rid, attendee, self.event_id, False),
                                checked_in_at=at, checked_in_device=self.device_name)
                self._want_badge(db, rid)
                checkins.record_scan(db, rid, verdict.kind, rid, self.device_name)
        attendee = registrations.attendee(self.store.db, rid)
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
        _, _, held = registrations.counts(self.store.db, self.event_id)
        return event.slots - held

    # -- reads -----------------------------------------------------------------------------

    def attendee(self, registration_id: str) -> Attendee | None:
        attendee = registrations.attendee(self.store.db, registration_id)
        if attendee and attendee.registration.event_id != self.event_id:
            return None
        return attendee

    def attendees(self, status: str | None = None) -> Iterator[Attendee]:
        return registrations.attendees(self.store.db, self.event_id, status=status)

    def search(self, query: str, limit: int = 50) -> list[Attendee]:
        query = clean(query)[:200]
        exact = self.attendee(query) if query.startswith(("reg_", "local_")) else None
        if exact:
            return [exact]
        return registrations.search(self.store.db, self.event_id, query, limit)

    def status(self) -> StatusReport:
        event = self.event
        counts, people_in, held = registrations.counts(self.store.db, self.event_id)
        left = event.slots - held if event and event.slots is not None else None
        puller = self.peers.puller() if self.peers is not None else None
        return StatusReport(
            event=event, counts=counts, people_in=people_in, places_taken=held,
            places_left=left, last_sync_at=self.store.get_meta("last_sync_at"),
            outbox=outbox_table.summary(self.store.db),
            sync_warning=SyncWarning.restore(self.store.get_meta(SYNC_WARNING_META),
                                             self.store.get_meta(WARNING_KIND_META)),
            first_sync_complete=self.first_sync_complete,
            removals_waiting=self.removals_waiting(),
            double_entries=self.journal.double_entry_count(),  # peers (issue 10), a kept count
            doors_linked=self.peers.linked() if self.peers is not None else None,
            puller=puller[1] if puller else None,
            pulls_here=bool(puller and puller[2] is None),
            clock_skew_s=(self.peers.clock_skew() if self.peers is not None
                          else self._meta_float(DOORS_SKEW_META)),
            server_clock_skew_s=self._meta_float(SERVER_SKEW_META),
        )

    def _meta_float(self, key: str) -> float | None:
        value = self.store.get_meta(key)
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None

    @property
    def first_sync_complete(self) -> bool:
        """False while the cache holds only part of the event (the first sync was cut short):
        a code missing from it may simply not be downloaded yet."""
        return self.store.get_meta("last_sync_at") is not None

    def conflicts(self) -> list[Conflict]:
        """What needs attention: refused uploads, then double entries (issue 10)."""
        return outbox_table.conflicts(self.store.db) + self._double_entries()

    def _double_entries(self) -> list[Conflict]:
        """A registration admitted at two doors that could not see each other: both
        admissions are kept; this says when and where each happened (outbox id 0: nothing
        to retry or dismiss). The times stay ISO UTC in ``admissions``: each screen shows them
        in local time, in its language."""
        found = []
        for double in self.journal.double_entries():
            attendee = registrations.attendee(self.store.db, double.registration_id)
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
        if not outbox_table.dismiss_conflict(self.store, outbox_id, self.clock()):
            raise DoorError("No such conflict")
        self._outbox_changed()

    def retry_conflict(self, outbox_id: int) -> None:
        if not outbox_table.retry_conflict(self.store, outbox_id):
            raise DoorError("No such conflict")
        self._outbox_changed()

    def _outbox_changed(self) -> None:
        self.events.publish("outbox", summary=outbox_table.summary(self.store.db))


def unrecorded_verdict(code: str, problem: str) -> Verdict:
    """The ``error`` verdict of a check-in the storage could not record: it admits nobody.
    Also what a scanner pipe answers when the door could not even open its database (a full
    disk when it started): every line still gets its answer."""
    log.error("check-in of %r not recorded: %s", code, problem)
    return Verdict(code, VerdictKind.ERROR, f"Not recorded, do not admit: {problem}")
