"""Plain value types shared by the core, the command line and the UI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """A registration's status, as the API spells it. A StrEnum, so a value read from
    SQLite or JSON compares equal to its member; SQL text keeps the plain words."""

    PENDING = "PENDING"
    CONFIRMED = "CONFIRMED"
    CANCELLED = "CANCELLED"
    ATTENDED = "ATTENDED"


class VerdictKind(StrEnum):
    ADMIT = "admit"
    ALREADY_CHECKED_IN = "already_checked_in"
    PENDING = "pending"
    CANCELLED = "cancelled"
    WRONG_EVENT = "wrong_event"
    NOT_OPEN = "not_open"  # before the doors open (issue 20): staff may admit anyway
    UNKNOWN = "unknown"
    INVALID = "invalid"
    ERROR = "error"  # the check-in could not be recorded (a storage fault): not admitted
    # comings and goings (issue 20, kiosk.rules.judge_door)
    ADMIT_REST = "admit_rest"  # more of a party that came in parts
    REENTRY = "reentry"  # a party that left comes back
    EXIT = "exit"  # at an exit door: the party leaves
    NOT_ADMITTED = "not_admitted"  # at an exit door: a ticket that never came in
    ALREADY_LEFT = "already_left"  # at an exit door: nobody of the party is inside
    NO_REENTRY = "no_reentry"  # the party left and the event allows one entry only
    FULL = "full"  # max_inside reached: wait for someone to leave

    @property
    def tone(self) -> str:
        """``go`` (green), ``look`` (amber: staff should have a look) or ``stop`` (red)."""
        if self in GO_KINDS:
            return "go"
        if self in (VerdictKind.ALREADY_CHECKED_IN, VerdictKind.PENDING, VerdictKind.FULL,
                    VerdictKind.ALREADY_LEFT, VerdictKind.NOT_OPEN):
            return "look"
        return "stop"

    @property
    def lets_in(self) -> bool:
        """Whether people go in on this verdict (an admission, the rest of a party, a
        re-entry)."""
        return self in (VerdictKind.ADMIT, VerdictKind.ADMIT_REST, VerdictKind.REENTRY)


GO_KINDS = frozenset({VerdictKind.ADMIT, VerdictKind.ADMIT_REST, VerdictKind.REENTRY,
                      VerdictKind.EXIT})


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    title: str
    slots: int | None = None
    start_date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    timezone: str | None = None
    location: str | None = None
    status: str | None = None
    description: str | None = None
    registration_count: int | None = None


@dataclass(frozen=True, slots=True)
class Registration:
    id: str
    event_id: str
    attendee_name: str
    attendee_email: str
    status: str
    attendee_phone: str | None = None
    guest_count: int = 0
    notes: str | None = None
    created_at: str | None = None

    @property
    def party_size(self) -> int:
        return 1 + max(0, self.guest_count)


@dataclass(frozen=True, slots=True)
class Attendee:
    """A registration as the door sees it: the server's record merged with local changes."""

    registration: Registration
    effective_status: str
    checked_in_at: str | None = None
    checked_in_device: str | None = None
    awaiting_upload: bool = False
    conflict: str | None = None
    vanished: bool = False
    local_only: bool = False  # a walk-in whose creation has not reached the server yet

    @property
    def id(self) -> str:
        return self.registration.id

    @property
    def party_size(self) -> int:
        return self.registration.party_size


@dataclass(frozen=True, slots=True)
class Verdict:
    code: str
    kind: VerdictKind
    message: str
    registration_id: str | None = None
    attendee_name: str | None = None
    party_size: int | None = None
    guest_count: int | None = None
    notes: str | None = None
    checked_in_at: str | None = None
    checked_in_device: str | None = None
    status: str | None = None
    people: int | None = None
    """How many people this verdict lets in or out (issue 20); None: nobody moves."""
    party_in: int | None = None
    """How many of the party are inside after it (issue 20); None: not known here."""
    # Event times (issue 20, part 6): the wall-clock words, in the event's zone
    doors_open: str | None = None
    """NOT_OPEN: when the doors open (``18:30``, ``18:30 Europe/London`` in another zone)."""
    event_ended: str | None = None
    """An admission after the event's end: when it ended, for a warning to staff."""
    event_title: str | None = None
    """The ticket's event (issue 20, part 2): of a wrong-event ticket when known, and of
    every ticket at a door that serves several events."""

    @property
    def admitted(self) -> bool:
        return self.kind is VerdictKind.ADMIT

    @property
    def done(self) -> bool:
        """The door did what the scan asked: someone went in or out (a green verdict)."""
        return self.kind in GO_KINDS

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["verdict"] = str(self.kind)
        del data["kind"]
        return data


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    pending: int = 0
    conflicts: int = 0
    oldest_pending_at: str | None = None


@dataclass(frozen=True, slots=True)
class EventCounts:
    """One served event's counts (issue 20, part 2), or the door's total (``event_id`` "")."""

    event_id: str
    title: str | None
    counts: dict[str, int]
    people_in: int
    places_taken: int
    slots: int | None
    places_left: int | None
    inside: int = 0
    """Who of the event is inside now (issue 20): people admitted less people who left."""

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        if not self.event_id:
            del data["event_id"], data["title"]
        return data


@dataclass(frozen=True, slots=True)
class StatusReport:
    event: Event | None
    counts: dict[str, int] = field(default_factory=dict)
    people_in: int = 0
    places_taken: int = 0
    places_left: int | None = None
    last_sync_at: str | None = None
    outbox: OutboxSummary = field(default_factory=OutboxSummary)
    sync_warning: str | None = None
    """Set when the last sync did not believe the server, or stopped early: tell staff."""
    sync_warning_event: str | None = None
    """The event (title) the sync warning is about, at a door of several events."""
    first_sync_complete: bool = True
    """False while only part of the event is cached (the first sync was cut short)."""
    removals_waiting: int = 0
    """Registrations the last sync would have removed, kept until staff confirm."""
    double_entries: int = 0  # admitted at two doors that could not see each other (issue 10)
    doors_linked: int | None = None  # other doors heard from lately; None: not linking
    puller: str | None = None
    """The name of the linked door that pulls from WebKasa for the venue (issue 21); None
    when not linking or no door can pull."""
    pulls_here: bool = False  # this door is the venue's puller
    clock_skew_s: float | None = None
    """The linked doors' clocks minus this door's (median, seconds); None: none linked.
    Staff are warned beyond a minute (issue 19): a wrong clock orders changes wrongly."""
    server_clock_skew_s: float | None = None
    """The WebKasa server's clock minus this door's by its ``Date`` header (seconds), from the
    last good answer; None before one. Warned beyond a minute as well."""
    inside: int = 0
    """Who is inside now (issue 20): people admitted less people who left, every door's."""
    max_inside: int = 0
    """The occupancy limit (setting ``max_inside``); 0: none."""
    events: tuple[EventCounts, ...] = ()
    """Each served event's counts (issue 20); the fields above add them up."""

    @property
    def occupancy(self) -> str:
        """``""``, ``"near"`` (90% of ``max_inside``) or ``"full"``."""
        if self.max_inside <= 0:
            return ""
        if self.inside >= self.max_inside:
            return "full"
        return "near" if self.inside * 10 >= self.max_inside * 9 else ""

    def to_json(self) -> dict[str, Any]:
        return {
            "event": asdict(self.event) if self.event else None,
            "counts": dict(self.counts),
            "people_in": self.people_in,
            "slots": self._slots(),
            "places_taken": self.places_taken,
            "places_left": self.places_left,
            "last_sync_at": self.last_sync_at,
            "outbox": asdict(self.outbox),
            "sync_warning": self.sync_warning,
            "sync_warning_event": self.sync_warning_event,
            "first_sync_complete": self.first_sync_complete,
            "removals_waiting": self.removals_waiting,
            "double_entries": self.double_entries,
            "doors_linked": self.doors_linked,
            "puller": self.puller,
            "pulls_here": self.pulls_here,
            "clock_skew_s": None if self.clock_skew_s is None else round(self.clock_skew_s, 1),
            "server_clock_skew_s": (None if self.server_clock_skew_s is None
                                    else round(self.server_clock_skew_s, 1)),
            "inside": self.inside,
            "max_inside": self.max_inside or None,
            "occupancy": self.occupancy or None,
            "events": [e.to_json() for e in self.events],
            "total": {"counts": dict(self.counts), "people_in": self.people_in,
                      "places_taken": self.places_taken, "places_left": self.places_left,
                      "slots": self._slots()},
        }

    def _slots(self) -> int | None:
        if not self.events:
            return self.event.slots if self.event else None
        known = [e.slots for e in self.events]
        return None if None in known else sum(e or 0 for e in known)


@dataclass(frozen=True, slots=True)
class Conflict:
    outbox_id: int
    registration_id: str | None
    operation: str
    http_status: int | None
    message: str
    created_at: str
    attendee_name: str | None = None
    # Structured, so each screen words it in its language (issue 11): ``message`` is the
    # English sentence for the command line and logs.
    kind: str = ""
    """Why: one of the ``rules.CONFLICT_*`` kinds."""
    action: str = ""
    """The change refused: "check_in", "set_status", "walk_in" or "double_entry"."""
    detail: str = ""
    """The server's own words, as it wrote them (empty when it gave none)."""
    admissions: tuple[DoorAdmission, ...] = ()
    """A double entry's admissions, first (the one kept) first."""


@dataclass(frozen=True, slots=True)
class DoorAdmission:
    """One admission of a double entry: when (ISO UTC) and at which door."""

    at: str
    door_name: str
