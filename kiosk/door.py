"""The door: the one object the command line and the UI drive.

Everything here except :meth:`Door.pull` and :meth:`Door.push` is local: it reads and writes
the SQLite cache and never waits on the network. A check-in is committed to disk together
with its outbox entry before its verdict is returned. Methods may be called from any thread.

The door publishes plain events through :attr:`Door.events` (names: ``checkin``, ``undo``,
``register``, ``outbox``, ``online``, ``sync_progress``, ``synced``, ``data``, ``journal``),
which the UI turns into Qt signals; ``journal`` (a check-in or undo was journalled, or any
scan logged) tells the peer node to push it to the other doors now.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
from filelock import FileLock

from kiosk import (
    checkins,
    door_events,
    door_moves,
    door_report,
    outbox_table,
    registrations,
)
from kiosk.api import WebKasaClient, client_for
from kiosk.clock import SERVER_SKEW_META, utcnow
from kiosk.codes import InvalidCode, ParsedCode, clean, parse_code
from kiosk.contract import WALK_IN_STATUS
from kiosk.door_network import DoorNetwork, NetworkBusy, NotConfigured, OfflineReason  # noqa: F401
from kiosk.events import Events
from kiosk.models import (
    Attendee,
    Conflict,
    Event,
    Status,
    StatusReport,
    Verdict,
    VerdictKind,
)
from kiosk.outbox import Pusher
from kiosk.peers import journal as journal_presence  # who is inside (issue 20)
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
from kiosk.scans import ScanLog
from kiosk.settings import Settings
from kiosk.store import Store

if TYPE_CHECKING:
    from kiosk.badges.jobs import BadgeQueue

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
        self.event_id: str = settings.event_id  # the first: the doors' network's (peers)
        self.event_ids: tuple[str, ...] = settings.served_events  # issue 20: all it admits to
        self.device_name = settings.device_name or socket.gethostname() or "kiosk"
        self.events = Events()
        self.online: bool | None = None
        self.offline_reason: str = OfflineReason("not_connected")
        self._online_lock = threading.Lock()  # requests report from several threads
        self._net_lock = threading.Lock()
        # peers (issue 10): every local check-in and undo is journalled for the other doors
        self.journal = Journal(store, self.device_name, settings.event_id or "")
        self.journal.served = set(self.event_ids)
        self.peers: Any = None  # the running kiosk.peers.node.PeerNode, when linked
        # the scan log (issue 20): every verdict, shared with the other doors like the journal
        self.scan_log = ScanLog(store, self.journal.key, self.event_id,
                                max_rows=settings.scan_log_max_rows,
                                keep_days=settings.scan_log_keep_days)
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
        try:  # an ended event's scan log goes (it is read first: usually nothing to write)
            self.scan_log.drop_ended()
        except sqlite3.Error as exc:
            log.warning("could not drop the scan logs of ended events: %s", exc)

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
        store = Store(data_dir, clock=clock, lock_wait_s=settings.lock_wait_s)
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
                parsed: ParsedCode | InvalidCode | None = None, *,
                people: int | None = None, mode: str | None = None,
                anyway: bool = False) -> Verdict:
        """The verdict for a scanned code, recorded on disk before it is returned; when it
        cannot be recorded (disk full, database locked), an ``error`` verdict that admits
        nobody, so that a scanner pipe keeps answering. ``parsed``: what the scan pipeline
        already made of ``code`` (it is not parsed twice); None parses it here. ``people``:
        how many of the party staff admit or let out (None: all); ``mode``: ``entry``,
        ``exit`` or ``both`` for this scan (None: the ``door_mode`` setting). ``anyway``:
        staff admit before the doors open (issue 20); never for self-service."""
        try:
            return self._checkin(code, parsed, people, mode, anyway)
        except sqlite3.Error as exc:
            return self._not_recorded(clean(code)[:200] if code else "", exc)

    def _not_recorded(self, code: str, exc: sqlite3.Error) -> Verdict:
        from kiosk.repair import storage_problem

        verdict = unrecorded_verdict(code, storage_problem(exc) or f"Database error: {exc}")
        self.events.publish("checkin", verdict=verdict)
        return verdict

    def _checkin(self, code: str | bytes, parsed: ParsedCode | InvalidCode | None,
                 people: int | None = None, mode: str | None = None,
                 anyway: bool = False) -> Verdict:
        text = clean(code)[:200] if code else ""
        if parsed is None:
            try:
                parsed = parse_code(code)
            except InvalidCode as exc:
                parsed = exc
        if isinstance(parsed, InvalidCode):
            verdict = Verdict(text, VerdictKind.INVALID, str(parsed))
            with self.store.write() as db:
                self._log_scan(db, text, verdict, None)
            self.events.publish("journal")  # peers: the scan log's row goes out now
            self.events.publish("checkin", verdict=verdict)
            return verdict
        if parsed.event_id and parsed.event_id not in self.event_ids:
            verdict = Verdict(text, VerdictKind.WRONG_EVENT, door_events.OTHER_EVENT,
                              registration_id=parsed.registration_id)
            with self.store.write() as db:
                verdict = door_events.other_event(self.store, db, verdict, parsed.event_id)
                self._log_scan(db, text, verdict, parsed.registration_id)
            self.events.publish("journal")  # peers: the scan log's row goes out now
            self.events.publish("checkin", verdict=verdict)
            return verdict
        return self._admit(text, parsed.registration_id, self.settings.allow_pending,
                           people, mode, anyway)

    def checkin_id(self, registration_id: str, *, allow_pending: bool | None = None,
                   people: int | None = None, mode: str | None = None,
                   anyway: bool = False) -> Verdict:
        """Staff check-in from the console (search result): same rules, by id."""
        allow = self.settings.allow_pending if allow_pending is None else allow_pending
        try:
            return self._admit(registration_id, registration_id, allow, people, mode, anyway)
        except sqlite3.Error as exc:
            return self._not_recorded(registration_id, exc)

    def _admit(self, code: str, registration_id: str, allow_pending: bool,
               people: int | None = None, mode: str | None = None,
               anyway: bool = False) -> Verdict:
        with self.store.write() as db:
            attendee = registrations.attendee(db, registration_id)
            event_id = door_events.judged_against(attendee, self.event_ids)  # its own event
            verdict = judge(code, attendee, event_id, allow_pending)
            verdict = door_events.name_the_event(self.store, db, verdict, attendee,
                                                 self.event_ids)
            verdict = door_moves.judge_times(db, self.settings, verdict, event_id, self.now,
                                             anyway)  # doors open, ended (issue 20)
            if verdict.registration_id is None:  # unknown here: say which id was asked for
                verdict = _with(verdict, registration_id=registration_id)
                if not self.first_sync_complete:
                    verdict = _with(verdict, message=NOT_DOWNLOADED)
            # exits, re-entry, parties in parts, the occupancy limit (issue 20)
            move = door_moves.movement(db, self.settings, verdict, attendee, people, mode)
            verdict = move.verdict
            if move.action == "admit" and attendee is not None:
                at = checkins.set_local_status(db, attendee, Status.ATTENDED, self.device_name,
                                               now=self.store.clock())
                self.journal.record(db, attendee.id, "admit", Status.ATTENDED, at,  # peers
                                    move.people)
                verdict = _with(verdict, checked_in_at=at, checked_in_device=self.device_name)
                self._want_badge(db, attendee.id)
            elif move.action is not None and attendee is not None:  # an entry or exit
                self.journal.record(db, attendee.id, move.action, attendee.effective_status,
                                    utcnow(), move.people)
            self._log_scan(db, code, verdict, registration_id)
        log.info("check-in %s: %s", registration_id, verdict.kind)
        self.events.publish("journal")  # peers: push it (and the scan log's row) out now
        self.events.publish("checkin", verdict=verdict)
        if verdict.kind is VerdictKind.ADMIT:
            self._outbox_changed()
        return verdict

    def _log_scan(self, db: Any, code: str, verdict: Verdict, registration_id: str | None) -> None:
        """The scan log's row (kiosk.scans), in the check-in's transaction: whatever verdict
        the rules gave, as data, with its message as the reason."""
        self.scan_log.record(db, code, str(verdict.kind), verdict.message or "",
                             registration_id, verdict.people)

    def preview(self, code: str | bytes,
                parsed: ParsedCode | InvalidCode | None = None) -> Verdict:
        """The verdict a scan of ``code`` would get now, recording nothing: self-service
        asks how many of a party are here before it checks the ticket in (issue 20)."""
        if parsed is None:
            try:
                parsed = parse_code(code)
            except InvalidCode as exc:
                parsed = exc
        text = clean(code)[:200] if code else ""
        if isinstance(parsed, InvalidCode):
            return Verdict(text, VerdictKind.INVALID, str(parsed))
        return self.preview_id(parsed.registration_id, text)

    def preview_id(self, registration_id: str, code: str | None = None,
                   mode: str | None = None) -> Verdict:
        """:meth:`preview` by registration id (the staff console's "Admit 2 of 4", with
        ``mode`` entry); ``mode`` None: the ``door_mode`` setting."""
        return door_moves.preview(self.store.db, self.settings, self.event_ids,
                                  registration_id, code, mode, self.now())

    def now(self) -> datetime:
        """Now by this door's clock, corrected by the WebKasa server's when the last answer
        said this clock is off (issue 19): a door whose clock is an hour slow must not keep
        its doors shut an hour too long."""
        skew = door_report.meta_float(self.store, SERVER_SKEW_META) or 0.0
        return datetime.fromtimestamp(self.clock() + skew, timezone.utc)

    def _want_badge(self, db: Any, registration_id: str) -> None:
        """With ``badge_on_admit``, the admit records its badge in the same transaction; it is
        printed after the verdict, never before (kiosk.badges.jobs)."""
        if self.settings.badge_on_admit:
            from kiosk.badges.jobs import want_first

            want_first(db, registration_id, self.event_id, self.device_name,
                       journal=self.journal)  # once per venue (issue 21)

    def badge_queue(self) -> BadgeQueue:
        """This door's badge queue, badges once per venue through its journal (issue 21)."""
        from kiosk.badges.jobs import BadgeQueue

        return BadgeQueue(self.store, self.event_id, self.device_name, journal=self.journal,
                          notify=lambda: self.events.publish("journal"))

    def undo(self, registration_id: str) -> Attendee:
        """Reverse a check-in: locally at once, on the server by restoring the old status.

        Rules (the server's word wins, see ``registrations.EFFECTIVE``): a change the server
        refused or that never left this kiosk is simply forgotten, never "undone" into another
        write; only a change that reached (or may have reached) the server is reversed, and
        then with a status the server had before this kiosk changed it.
        """
        with self.store.write() as db:
            attendee = registrations.attendee(db, registration_id)
            if attendee is None or attendee.registration.event_id not in self.event_ids:
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
            self.scan_log.record(db, registration_id, "undo", "", registration_id,  # issue 20
                                 journal_presence.arrived(db, registration_id,
                                                          attendee.party_size))
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

    def register(self, walk_in: WalkIn, *, check_in: bool = False,
                 event_id: str | None = None) -> tuple[Attendee, Verdict | None]:
        """Register a walk-in for ``event_id``, one of the events this door serves (None:
        the first), if the party fits in that event's places left; ``check_in``: admit it
        in the same transaction."""
        event_id = event_id or self.event_id
        if event_id not in self.event_ids:
            raise WalkInInvalid("event", f"This door does not serve the event {event_id!r}")
        fields = validate_walk_in(walk_in)
        party = 1 + fields["guest_count"]
        verdict = None
        with self.store.write() as db:
            left = self.places_left(event_id)
            if left is not None and party > left:
                raise CapacityError(
                    f"Only {max(left, 0)} place{'s' if left != 1 else ''} left; "
                    f"this party needs {party}"
                )
            now = self.store.clock()
            rid = checkins.insert_local_registration(db, event_id, fields, WALK_IN_STATUS,
                                                     now=now)
            outbox_table.enqueue(db, "create", event_id, rid,
                                 {**fields, "status": WALK_IN_STATUS}, created_ts=now)
            if check_in:
                attendee = registrations.attendee(db, rid)
                assert attendee is not None
                at = checkins.set_local_status(db, attendee, Status.ATTENDED, self.device_name,
                                               now=self.store.clock())
                verdict = _with(judge(rid, attendee, event_id, False),
                                checked_in_at=at, checked_in_device=self.device_name)
                self._want_badge(db, rid)
                self._log_scan(db, rid, verdict, rid)
        attendee = registrations.attendee(self.store.db, rid)
        assert attendee is not None
        log.info("walk-in %s registered (party of %d)", rid, party)
        self.events.publish("register", attendee=attendee)
        if verdict:
            self.events.publish("checkin", verdict=verdict)
        self._outbox_changed()
        return attendee, verdict

    def places_left(self, event_id: str | None = None) -> int | None:
        """Places left in ``event_id`` (None: the first event), None when it has no limit
        or is not known yet."""
        event_id = event_id or self.event_id
        event = registrations.event(self.store.db, event_id)
        if event is None or event.slots is None:
            return None
        _, _, held = registrations.counts(self.store.db, event_id)
        return event.slots - held

    # -- reads -----------------------------------------------------------------------------

    def attendee(self, registration_id: str) -> Attendee | None:
        attendee = registrations.attendee(self.store.db, registration_id)
        if attendee and attendee.registration.event_id not in self.event_ids:
            return None
        return attendee

    def attendees(self, status: str | None = None) -> Iterator[Attendee]:
        return door_events.attendees(self.store.db, self.event_ids, status=status)

    def search(self, query: str, limit: int = 50) -> list[Attendee]:
        query = clean(query)[:200]
        exact = self.attendee(query) if query.startswith(("reg_", "local_")) else None
        if exact:
            return [exact]
        return door_events.search(self.store.db, self.event_ids, query, limit)

    def status(self) -> StatusReport:
        """Counts, outbox, sync and the other doors, built by :mod:`kiosk.door_report`."""
        return door_report.status(self.store, self.settings, self.event_ids, self.journal,
                                  self.peers, first_sync_complete=self.first_sync_complete,
                                  removals_waiting=self.removals_waiting())

    @property
    def first_sync_complete(self) -> bool:
        """False while the cache holds only part of the event (the first sync was cut short):
        a code missing from it may simply not be downloaded yet. At a door of several events,
        until every one has had a complete pull (issue 20)."""
        return door_events.all_pulled(self.store, self.event_ids)

    def conflicts(self) -> list[Conflict]:
        """What needs attention: refused uploads, then double entries (issue 10)."""
        return (outbox_table.conflicts(self.store.db)
                + door_report.double_entries(self.store.db, self.journal))

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
