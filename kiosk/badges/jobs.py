"""The badge queue: which badges are wanted, printed or still waiting. No Qt here.

Rules, in one place:

- **Print once.** A registration has at most one ``first`` badge (a unique index says so). The
  door records it inside the check-in's own transaction when ``badge_on_admit`` is on
  (:func:`want_first`), so a crash between the verdict and the printer loses no badge.
- **Reprints are a staff action**, each one a ``reprint`` row with the door that asked and
  when, so they can be counted and read back ("reprinted by Door 2 at 14:03").
- **A check-in never waits for the printer.** Printing happens after the verdict, elsewhere
  (:mod:`kiosk.badges.printing`). A badge that could not be printed stays in the queue
  (``failed``, with the reason) and is printed later, in the order it was asked for.
- A badge asked for at the door whose check-in has been undone since is not printed.
- **Once per venue** (issue 21). With the door's journal (:mod:`kiosk.peers.journal`), the
  automatic badge is journalled (``badge``) in the check-in's transaction and travels to the
  other doors with the admission itself; a door that holds another door's ``badge`` entry
  asks for no automatic badge, and staff's badge there is a counted reprint. Reprints are
  journalled (``reprint``) when printed, so every door counts them and names their door.
  Two doors admitting one party before either has the other's entries (a double entry
  within one exchange round trip, or during a partition) may both print: the later door's
  badge, still waiting when the first door's entry arrives, is cancelled, but one already
  printed stays printed.

A job is claimed (``printing``) before it is sent to a printer, so two processes on one
database (the app and ``kiosk badge --pending``) do not print it twice; a claim older than
:data:`STALE_CLAIM_S` (the process died mid-print) counts as waiting again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk import registrations
from kiosk.badges.content import BadgeContent, badge_content
from kiosk.clock import TODAY, local_time, utcnow
from kiosk.models import Status
from kiosk.peers import journal as peer_journal
from kiosk.store import Store

if TYPE_CHECKING:
    from kiosk.peers.journal import BadgePrint, Journal

STALE_CLAIM_S = 120.0
WAITING_STATES = ("waiting", "failed")

_COLUMNS = """j.id, j.registration_id, j.event_id, j.kind, j.trigger, j.requested_by,
    j.requested_at, j.state, j.attempts, j.printer, j.printed_at, j.last_error,
    r.attendee_name"""


@dataclass(frozen=True, slots=True)
class BadgeJob:
    id: int
    registration_id: str
    event_id: str
    kind: str  # "first" | "reprint"
    trigger: str  # "admit" | "staff"
    requested_by: str
    requested_at: str
    state: str  # "waiting" | "printing" | "printed" | "failed" | "cancelled"
    attempts: int = 0
    printer: str | None = None
    printed_at: str | None = None
    last_error: str | None = None
    attendee_name: str | None = None

    @property
    def waiting(self) -> bool:
        return self.state in WAITING_STATES

    def describe(self) -> str:
        """One line for staff: ``reprinted by Door 2 at 14:03``, ``waiting: printer offline``."""
        verb = "reprinted" if self.kind == "reprint" else "printed"
        if self.state == "printed":
            return f"{verb} by {self.requested_by} at {_hhmm(self.printed_at)}"
        if self.state == "cancelled":
            return f"not printed: {self.last_error or 'cancelled'}"
        what = "reprint" if self.kind == "reprint" else "badge"
        asked = f"{what} asked by {self.requested_by} at {_hhmm(self.requested_at)}"
        if self.state == "printing":
            return f"{asked}, being printed by another process"
        if self.state == "failed":
            return f"{asked}, waiting: {self.last_error or 'printing failed'}"
        return f"{asked}, waiting to print"


class AlreadyPrinted(Exception):
    """The registration's one automatic badge exists (here, or at another door: ``venue``);
    another one is a (counted) reprint."""

    def __init__(self, job: BadgeJob | None, venue: VenueBadges | None = None) -> None:
        text = venue.describe() if venue is not None and venue.first is not None else None
        super().__init__(text or (job.describe() if job else "printed"))
        self.job = job
        self.venue = venue


@dataclass(frozen=True, slots=True)
class VenueBadges:
    """A registration's badges at every door this door has heard from (the journal)."""
    first: BadgePrint | None = None
    reprints: tuple[BadgePrint, ...] = ()

    def describe(self) -> str:
        """``printed by Door A at 14:03, reprinted 2 times (Door B, Door A)``; empty when
        no door has printed one."""
        if self.first is None and not self.reprints:
            return ""
        parts = []
        if self.first is not None:
            parts.append(f"printed by {self.first.door_name} at {_hhmm(self.first.at)}")
        if self.reprints:
            n = len(self.reprints)
            doors = ", ".join(dict.fromkeys(p.door_name for p in self.reprints))
            parts.append(f"reprinted {n} time{'s' if n != 1 else ''} ({doors})")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class BadgeSummary:
    waiting: int = 0
    failed: int = 0
    last_error: str | None = None


def _hhmm(value: str | None) -> str:
    """A badge's time as staff read it: always ``14:03``, ``?`` when missing."""
    return local_time(value, other_day=TODAY, missing="?")


def want_first(db: sqlite3.Connection, registration_id: str, event_id: str, device: str,
               trigger: str = "admit", journal: Journal | None = None) -> int | None:
    """Record the registration's one automatic badge, inside the caller's transaction.

    Returns the new job's id, or None when the registration already has its first badge
    (printed or waiting), here or, by ``journal``, at any door: each registration prints
    once automatically per venue. The new badge is journalled for the other doors.
    """
    if journal is not None and peer_journal.badge_prints(db, registration_id):
        return None  # a door of this venue printed (or is printing) its badge
    cur = db.execute(
        """INSERT INTO badge_jobs(registration_id, event_id, kind, trigger, requested_by,
               requested_at) VALUES (?, ?, 'first', ?, ?, ?)
           ON CONFLICT DO NOTHING""",
        (registration_id, event_id, trigger, device, utcnow()),
    )
    if not cur.rowcount:
        return None
    if journal is not None:
        journal.record_badge(db, registration_id, "badge")
    return cur.lastrowid


class BadgeQueue:
    """The badge jobs of one event on one database. With the door's ``journal``, badges
    are once per venue (module docstring); ``notify`` is called after a journalled reprint
    (the door publishes ``journal``, so its peers hear of it at once)."""

    def __init__(self, store: Store, event_id: str, device: str,
                 *, clock: Callable[[], float] | None = None, journal: Journal | None = None,
                 notify: Callable[[], None] | None = None) -> None:
        self.store = store
        self.event_id = event_id
        self.device = device
        self.clock = clock or store.clock
        self.journal = journal
        self.notify = notify

    # -- asking for badges ---------------------------------------------------------------

    def request(self, registration_id: str, *, reprint: bool = True) -> BadgeJob:
        """Staff asked for a badge: the first one, or a reprint (counted) once one exists.

        While a badge of this registration still waits to print, asking again gives that
        job back instead of queueing a second badge. With ``reprint=False`` a registration
        whose first badge was printed raises :class:`AlreadyPrinted` (``kiosk badge`` without
        ``--reprint``).
        """
        with self.store.write() as db:
            waiting = self._jobs(
                "j.registration_id=? AND j.state IN ('waiting', 'failed') ORDER BY j.id LIMIT 1",
                (registration_id,), db)
            if waiting:
                return waiting[0]
            job_id = want_first(db, registration_id, self.event_id, self.device, "staff",
                                self.journal)
            if job_id is None and not reprint:
                first = self._jobs("j.registration_id=? AND j.kind='first'", (registration_id,),
                                   db)
                raise AlreadyPrinted(first[0] if first else None,
                                     self.venue(registration_id, db))
            if job_id is None:
                job_id = db.execute(
                    """INSERT INTO badge_jobs(registration_id, event_id, kind, trigger,
                           requested_by, requested_at) VALUES (?, ?, 'reprint', 'staff', ?, ?)""",
                    (registration_id, self.event_id, self.device, utcnow()),
                ).lastrowid
            assert job_id is not None  # an INSERT that went through has a row id
            return self._job(job_id, db)

    # -- printing ----------------------------------------------------------------------------

    def waiting(self) -> list[BadgeJob]:
        """Badges still to print, oldest request first (stale claims included)."""
        stale = self.clock() - STALE_CLAIM_S
        return self._jobs(
            "j.event_id=? AND (j.state IN ('waiting', 'failed')"
            " OR (j.state='printing' AND j.claimed_at < ?)) ORDER BY j.id",
            (self.event_id, stale))

    def claim(self, job_id: int) -> bool:
        """Take a waiting job for printing; False when another process has it or it is done."""
        stale = self.clock() - STALE_CLAIM_S
        with self.store.write() as db:
            cur = db.execute(
                "UPDATE badge_jobs SET state='printing', claimed_at=?, attempts=attempts+1"
                " WHERE id=? AND (state IN ('waiting', 'failed')"
                " OR (state='printing' AND claimed_at < ?))",
                (self.clock(), job_id, stale))
            return cur.rowcount == 1

    def printed(self, job_id: int, printer: str) -> BadgeJob:
        with self.store.write() as db:
            cur = db.execute("UPDATE badge_jobs SET state='printed', printer=?, printed_at=?,"
                             " last_error=NULL, claimed_at=NULL WHERE id=? AND state != 'printed'",
                             (printer, utcnow(), job_id))
            job = self._job(job_id, db)
            journalled = cur.rowcount == 1 and job.kind == "reprint" and self.journal is not None
            if journalled:
                assert self.journal is not None
                self.journal.record_badge(db, job.registration_id, "reprint")
        if journalled and self.notify is not None:
            self.notify()
        return job

    def failed(self, job_id: int, printer: str, error: str) -> BadgeJob:
        with self.store.write() as db:
            db.execute("UPDATE badge_jobs SET state='failed', printer=?, last_error=?,"
                       " claimed_at=NULL WHERE id=?", (printer, error[:500], job_id))
            return self._job(job_id, db)

    def cancel(self, job_id: int, reason: str) -> None:
        with self.store.write() as db:
            db.execute("UPDATE badge_jobs SET state='cancelled', last_error=?, claimed_at=NULL"
                       " WHERE id=? AND state != 'printed'", (reason[:500], job_id))

    # -- reading -------------------------------------------------------------------------------

    def job(self, job_id: int) -> BadgeJob:
        """The job as it is now (another process may have printed it meanwhile)."""
        return self._job(job_id)

    def history(self, registration_id: str) -> list[BadgeJob]:
        return self._jobs("j.registration_id=? ORDER BY j.id", (registration_id,))

    def reprint_count(self, registration_id: str) -> int:
        return int(self.store.db.execute(
            "SELECT COUNT(*) FROM badge_jobs WHERE registration_id=? AND kind='reprint'"
            " AND state='printed'", (registration_id,)).fetchone()[0])

    def venue(self, registration_id: str, db: sqlite3.Connection | None = None
              ) -> VenueBadges:
        """The registration's badges at every door (without a journal: this door's)."""
        if self.journal is None:
            return VenueBadges()
        prints = peer_journal.badge_prints(db or self.store.db, registration_id)
        firsts = [p for p in prints if p.action == "badge"]
        return VenueBadges(firsts[0] if firsts else None,
                           tuple(p for p in prints if p.action == "reprint"))

    def printed_elsewhere(self, job: BadgeJob) -> BadgePrint | None:
        """Another door's automatic badge journalled before this door's ``job`` (a double
        entry whose entries crossed while the badge waited here), else None."""
        if self.journal is None or job.kind != "first":
            return None
        first = self.venue(job.registration_id).first
        return first if first is not None and first.door_id != self.journal.door_id else None

    def summary(self) -> BadgeSummary:
        stale = self.clock() - STALE_CLAIM_S
        row = self.store.db.execute(
            """SELECT COUNT(*), SUM(state='failed'),
                      (SELECT last_error FROM badge_jobs WHERE event_id=? AND state='failed'
                       ORDER BY id DESC LIMIT 1)
               FROM badge_jobs WHERE event_id=? AND (state IN ('waiting', 'failed')
                   OR (state='printing' AND claimed_at < ?))""",
            (self.event_id, self.event_id, stale)).fetchone()
        return BadgeSummary(waiting=row[0] or 0, failed=row[1] or 0, last_error=row[2])

    def _job(self, job_id: int, db: sqlite3.Connection | None = None) -> BadgeJob:
        found = self._jobs("j.id=?", (job_id,), db)
        if not found:
            raise KeyError(job_id)
        return found[0]

    def _jobs(self, where: str, args: tuple, db: sqlite3.Connection | None = None
              ) -> list[BadgeJob]:
        rows = (db or self.store.db).execute(
            f"SELECT {_COLUMNS} FROM badge_jobs j"
            f" LEFT JOIN registrations r ON r.id = j.registration_id WHERE {where}", args,
        ).fetchall()
        return [BadgeJob(*row) for row in rows]


Send = Callable[[BadgeContent, BadgeJob], str]
"""Prints one badge and returns where it went (the printer's name or the PDF file); raises
with a message for staff when it could not."""


def delete_event(db: sqlite3.Connection, event_id: str) -> None:
    """An event's badge jobs, inside ``kiosk wipe``'s transaction."""
    db.execute("DELETE FROM badge_jobs WHERE event_id=?", (event_id,))


@dataclass(frozen=True, slots=True)
class PrintRun:
    printed: list[BadgeJob]
    failed: BadgeJob | None = None  # the job that stopped the run; it and the rest wait
    cancelled: int = 0


def print_waiting(queue: BadgeQueue, send: Send, *, only: set[int] | None = None) -> PrintRun:
    """Prints the waiting badges oldest first, stopping at the first failure.

    Stopping keeps the order: a printer that is offline or out of paper fails the next
    badge too, and the badges must come out in the order people were admitted. An automatic
    badge whose check-in has been undone since is cancelled, not printed.
    """
    printed: list[BadgeJob] = []
    cancelled = 0
    event = registrations.event(queue.store.db, queue.event_id)
    for job in queue.waiting():
        if only is not None and job.id not in only:
            continue
        if not queue.claim(job.id):
            continue  # another process is printing it
        attendee = registrations.attendee(queue.store.db, job.registration_id)
        if attendee is None:
            queue.cancel(job.id, "registration not in the local cache")
            cancelled += 1
            continue
        if job.trigger == "admit" and attendee.effective_status != Status.ATTENDED:
            queue.cancel(job.id, "check-in undone")
            cancelled += 1
            continue
        elsewhere = queue.printed_elsewhere(job) if job.trigger == "admit" else None
        if elsewhere is not None:
            queue.cancel(job.id, f"badge printed by {elsewhere.door_name}")
            cancelled += 1
            continue
        try:
            where = send(badge_content(attendee, event), job)
        except Exception as exc:  # any printer trouble: the badge waits, staff see why
            return PrintRun(printed, queue.failed(job.id, job.printer or "", str(exc) or
                                                  type(exc).__name__), cancelled)
        printed.append(queue.printed(job.id, where))
    return PrintRun(printed, None, cancelled)
