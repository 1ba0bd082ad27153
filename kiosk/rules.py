"""The door's rules, pure: who is admitted, how a party is counted, what a walk-in form needs.

Nothing here reads or writes anything. :class:`kiosk.door.Door` applies these rules and
records the outcome; the UI asks the same functions what the door would say (which buttons
a registration gets, what its party reads like) instead of deriving it a second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from kiosk import contract
from kiosk.codes import clean
from kiosk.models import Attendee, Status, Verdict, VerdictKind

MAX_GUESTS = contract.MAX_GUESTS
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
_PHONE = re.compile(r"^[0-9+()\-./ ]{3,40}$")


class DoorError(Exception):
    """A request the door cannot carry out; ``str(exc)`` is a message for staff."""


class WalkInInvalid(DoorError, ValueError):
    """A walk-in form field is wrong; ``field`` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class WalkIn:
    attendee_name: str
    attendee_email: str
    attendee_phone: str | None = None
    guest_count: int = 0
    notes: str | None = None


# -- verdicts ------------------------------------------------------------------------------

# What :func:`judge` says (the scan log keeps it as the reason; the staff console shows it
# in the UI's language, kiosk/ui/scan_reasons.py, held to these by a test).
NO_SUCH_REGISTRATION = "No such registration for this event"
GONE_FROM_SERVER = "This registration no longer exists on the server"
ANOTHER_EVENT = "Registered for another event"
ALREADY_IN_AT = "Already checked in at {when} on {where}"
ALREADY_IN_SERVER = "Already checked in (recorded on the server)"
REGISTRATION_CANCELLED = "Registration cancelled"
NOT_CONFIRMED = "Registration not confirmed yet (payment pending): send to the desk"


def judge(code: str, attendee: Attendee | None, event_id: str, allow_pending: bool) -> Verdict:
    """The verdict rules, in one place. Pure: it decides, the caller records."""
    if attendee is None or attendee.vanished:
        message = GONE_FROM_SERVER if attendee else NO_SUCH_REGISTRATION
        return Verdict(code, VerdictKind.UNKNOWN, message,
                       registration_id=attendee.id if attendee else None)
    reg = attendee.registration
    base: dict[str, Any] = dict(
        registration_id=reg.id, attendee_name=reg.attendee_name, party_size=reg.party_size,
        guest_count=reg.guest_count, notes=reg.notes, status=attendee.effective_status,
    )
    if reg.event_id != event_id:
        return Verdict(code, VerdictKind.WRONG_EVENT, ANOTHER_EVENT, **base)
    status = attendee.effective_status
    if status == Status.ATTENDED:
        when = attendee.checked_in_at
        where = attendee.checked_in_device
        message = (ALREADY_IN_AT.format(when=when, where=where) if when
                   else ALREADY_IN_SERVER)
        return Verdict(code, VerdictKind.ALREADY_CHECKED_IN, message, checked_in_at=when,
                       checked_in_device=where, **base)
    if status == Status.CANCELLED:
        return Verdict(code, VerdictKind.CANCELLED, REGISTRATION_CANCELLED, **base)
    if status == Status.PENDING and not allow_pending:
        return Verdict(code, VerdictKind.PENDING, NOT_CONFIRMED, **base)
    return Verdict(code, VerdictKind.ADMIT, party_text(reg.guest_count), **base)


def with_(verdict: Verdict, **changes: Any) -> Verdict:
    return replace(verdict, **changes)


def can_undo(attendee: Attendee | None) -> bool:
    """Only a checked-in registration has a check-in to reverse."""
    return attendee is not None and attendee.effective_status == Status.ATTENDED


def people_in(attendees: Iterable[Attendee]) -> int:
    """People inside: every checked-in party, guests included."""
    return sum(a.party_size for a in attendees if a.effective_status == Status.ATTENDED)


# -- comings and goings (issue 20) -----------------------------------------------------------

DOOR_MODES = ("entry", "exit", "both")
GOODBYE = "Goodbye"
WELCOME_BACK = "Welcome back: admit {n}"
ADMIT_PART = "Admit {k} of {n}"
REST_OF_PARTY = "{i} of {n} in: admit the other {k}"
SOME_OF_REST = "{i} of {n} in: admit {k} more"
NEVER_ADMITTED = "Not admitted: this ticket was never checked in"
ALREADY_LEFT = "Already left: nobody of this party is inside"
NO_REENTRY = "Already left: this event allows one entry only"
FULL = "Full: wait for someone to leave"


@dataclass(frozen=True, slots=True)
class Presence:
    """How many of a checked-in party are inside, by the journal of every door."""

    inside: int
    party: int
    left: bool = False  # it went out: nobody of it inside since its last exit
    left_at: str | None = None
    arrived: int = 0  # people of it who came in (a party that left has still come)


def fold_presence(moves: Iterable[tuple[str, int | None]], party: int) -> Presence | None:
    """A party's journal, oldest first, as (action, people): who of it is inside. None when
    nothing moved since its last undo (nothing to say beyond its status). An admission or
    an entry without a count moves the whole party; nobody is counted twice or below zero,
    whatever order two doors that could not see each other wrote their entries in."""
    inside: int | None = None
    left = False
    arrived = 0
    for action, people in moves:
        n = party if people is None else max(0, people)
        if action == "undo":
            inside, left, arrived = None, False, 0
            continue
        if action == "admit":
            inside, left = min(party, max(inside or 0, n)), False
        elif action == "enter":
            inside, left = min(party, (party if inside is None else inside) + n), False
        elif action == "exit":
            if inside is None:  # checked in without the journal: the whole party came
                arrived = party
            inside = max(0, (party if inside is None else inside) - n)
            left = inside == 0
        arrived = max(arrived, inside or 0)
    return None if inside is None else Presence(inside, party, left, arrived=arrived)


@dataclass(frozen=True, slots=True)
class Movement:
    """What the door does on a scan: the verdict shown, and the journal entry to record
    (``action`` ``admit``, ``enter`` or ``exit``; None: nothing moves) for ``people``
    (None: the whole party)."""

    verdict: Verdict
    action: str | None = None
    people: int | None = None


def judge_door(verdict: Verdict, presence: Presence | None, *, mode: str,
               allow_reentry: bool, people: int | None = None, inside: int = 0,
               max_inside: int = 0) -> Movement:
    """The door's word on a :func:`judge` verdict, given who of the party is inside
    (``presence``; None: all of a checked-in party), the door's mode, and who is inside the
    venue (``inside`` against ``max_inside``, 0: no limit). ``people``: how many of the
    party staff admit or let out (None: everyone who can)."""
    party = verdict.party_size or 1
    if verdict.kind is VerdictKind.ALREADY_CHECKED_IN:
        in_now = party if presence is None else presence.inside
        left = presence is not None and presence.left
        if mode == "exit" or (mode == "both" and in_now > 0):
            if in_now == 0:
                return Movement(replace(verdict, kind=VerdictKind.ALREADY_LEFT,
                                        message=ALREADY_LEFT, party_in=0))
            n = in_now if people is None else min(max(people, 1), in_now)
            return Movement(replace(verdict, kind=VerdictKind.EXIT, message=GOODBYE, people=n,
                                    party_in=in_now - n), "exit", n)
        if in_now >= party:
            return Movement(replace(verdict, party_in=party))
        if left and not allow_reentry:
            return Movement(replace(verdict, kind=VerdictKind.NO_REENTRY, message=NO_REENTRY,
                                    party_in=0))
        rest = party - in_now
        n = rest if people is None else min(max(people, 1), rest)
        if _full(inside, n, max_inside):
            return Movement(replace(verdict, kind=VerdictKind.FULL, message=FULL,
                                    party_in=in_now))
        if left:
            kind, message = VerdictKind.REENTRY, WELCOME_BACK.format(n=n)
        else:
            kind = VerdictKind.ADMIT_REST
            message = (REST_OF_PARTY if n == rest else SOME_OF_REST).format(i=in_now, n=party,
                                                                            k=n)
        return Movement(replace(verdict, kind=kind, message=message, people=n,
                                party_in=in_now + n), "enter", n)
    if mode == "exit" and verdict.kind in (VerdictKind.ADMIT, VerdictKind.PENDING):
        return Movement(replace(verdict, kind=VerdictKind.NOT_ADMITTED, message=NEVER_ADMITTED))
    if verdict.kind is VerdictKind.ADMIT:
        n = party if people is None else min(max(people, 1), party)
        if _full(inside, n, max_inside):
            return Movement(replace(verdict, kind=VerdictKind.FULL, message=FULL, party_in=0))
        if n < party:
            return Movement(replace(verdict, message=ADMIT_PART.format(k=n, n=party), people=n,
                                    party_in=n), "admit", n)
        return Movement(replace(verdict, people=party, party_in=party), "admit", None)
    return Movement(verdict)


def _full(inside: int, coming: int, max_inside: int) -> bool:
    return max_inside > 0 and inside + coming > max_inside


# -- parties -------------------------------------------------------------------------------

# The six ways a party is said. The UI keeps a translation of each (kiosk/ui/verdict_view.py),
# keyed by these very strings; the rule of which one applies lives only here.
ADMIT_ONE = "Admit {n}"
ADMIT_ONE_GUEST = "Admit {n}: 1 + 1 guest"
ADMIT_GUESTS = "Admit {n}: 1 + {g} guests"
PARTY_ONE = "Party of 1"
PARTY_ONE_GUEST = "Party of {n} (1 + 1 guest)"
PARTY_GUESTS = "Party of {n} (1 + {g} guests)"


@dataclass(frozen=True, slots=True)
class PartyPhrase:
    """Which wording a party takes, and its numbers: ``template.format(n=size, g=guests)``."""

    template: str
    size: int
    guests: int

    def text(self) -> str:
        return self.template.format(n=self.size, g=self.guests)


def party_phrase(guest_count: int, *, admitted: bool = True) -> PartyPhrase:
    """``Admit 3: 1 + 2 guests`` for an admission, ``Party of 3 (1 + 2 guests)`` otherwise."""
    guests = max(0, guest_count)
    if guests == 0:
        template = ADMIT_ONE if admitted else PARTY_ONE
    elif guests == 1:
        template = ADMIT_ONE_GUEST if admitted else PARTY_ONE_GUEST
    else:
        template = ADMIT_GUESTS if admitted else PARTY_GUESTS
    return PartyPhrase(template, 1 + guests, guests)


def party_text(guest_count: int, *, admitted: bool = True) -> str:
    """``Admit 1`` / ``Admit 3: 1 + 2 guests`` (the core's English; the UI translates the
    same :func:`party_phrase`)."""
    return party_phrase(guest_count, admitted=admitted).text()


# -- walk-ins ------------------------------------------------------------------------------

def validate_walk_in(walk_in: WalkIn) -> dict[str, Any]:
    """The form's fields, cleaned, or :class:`WalkInInvalid` naming the first wrong one."""
    name = clean(walk_in.attendee_name or "")
    email = clean(walk_in.attendee_email or "")
    phone = clean(walk_in.attendee_phone or "") or None
    notes = clean(walk_in.notes or "") or None
    if not name:
        raise WalkInInvalid("attendee_name", "Enter the attendee's name")
    if len(name) > 200:
        raise WalkInInvalid("attendee_name", "The name is too long (200 characters at most)")
    if not _EMAIL.match(email) or len(email) > 254:
        raise WalkInInvalid("attendee_email", "Enter a valid email address")
    if phone and not _PHONE.match(phone):
        raise WalkInInvalid("attendee_phone", "Enter a phone number (digits, spaces, + - ( ))")
    try:
        guests = int(walk_in.guest_count)
    except (TypeError, ValueError):
        raise WalkInInvalid("guest_count", "Guests must be a whole number") from None
    if not 0 <= guests <= MAX_GUESTS:
        raise WalkInInvalid("guest_count", f"Guests must be between 0 and {MAX_GUESTS}")
    if notes and len(notes) > 1000:
        raise WalkInInvalid("notes", "Notes are too long (1000 characters at most)")
    return {"attendee_name": name, "attendee_email": email, "attendee_phone": phone,
            "guest_count": guests, "notes": notes}


# -- conflicts -----------------------------------------------------------------------------

# Why an upload is waiting for staff, as a stable kind (kept on models.Conflict) and its
# English sentence. The UI keeps a translation of each sentence (kiosk/ui/attention.py),
# keyed by these very strings; ``{server}`` is the server's own words, never translated.
CONFLICT_WALK_IN_FULL = "walk_in_full"
CONFLICT_WALK_IN_REFUSED = "walk_in_refused"
CONFLICT_NEVER_REGISTERED = "never_registered"
CONFLICT_GONE = "gone"
CONFLICT_REFUSED = "refused"
CONFLICT_OTHER = "other"
CONFLICT_CANCELLED = "cancelled_on_server"
CONFLICT_DOUBLE_ENTRY = "double_entry"
CONFLICT_UNDO_OVERTAKEN = "undo_overtaken"

CONFLICT_TEXT = {
    CONFLICT_WALK_IN_FULL: "The server refused this walk-in: the event is full there. "
                           "Check with the organiser; undo the check-in if the person must leave.",
    CONFLICT_WALK_IN_REFUSED: "The server refused this walk-in ({server}). Correct the details "
                              "and register again.",
    CONFLICT_NEVER_REGISTERED: "This walk-in was never registered on the server, so its "
                               "check-in cannot be sent.",
    CONFLICT_GONE: "The registration no longer exists on the server. Check the person's ticket "
                   "with the organiser.",
    CONFLICT_REFUSED: "The server refused the check-in (the registration may have been cancelled "
                      "after it was admitted here). Speak to the attendee or the organiser, then "
                      "dismiss or undo.",
    CONFLICT_OTHER: "The server refused this change: {server}",
    CONFLICT_CANCELLED: "Cancelled on the server after it was admitted here: this person was let "
                        "in from the cached list. Speak to the organiser, then dismiss.",
    CONFLICT_UNDO_OVERTAKEN: "This undo was not sent: the server changed the registration after "
                             "this door's check-in (it now says {server}). The server's status "
                             "stands; speak to the organiser if that is wrong, then dismiss.",
    CONFLICT_DOUBLE_ENTRY: "Admitted {n} times while the doors could not see each other. The "
                           "first is the one kept and uploaded.",
}


def conflict_kind(op: str, registration_id: str | None, http_status: int | None,
                  reverses_admission: bool = False) -> str:
    """Why an outbox entry (``op`` 'create' or 'status') became a conflict. No HTTP status:
    the sync read a cancellation before the check-in was sent
    (kiosk.outbox_table.server_cancellations_win), or, for an undo (``reverses_admission``),
    the server no longer held the check-in it would reverse (kiosk.outbox.Pusher).
    """
    if op == "create":
        return CONFLICT_WALK_IN_FULL if http_status == 409 else CONFLICT_WALK_IN_REFUSED
    if http_status is None and reverses_admission:
        return CONFLICT_UNDO_OVERTAKEN
    if http_status is None:
        return CONFLICT_CANCELLED
    if (registration_id or "").startswith("local_"):
        return CONFLICT_NEVER_REGISTERED
    if http_status == 404:
        return CONFLICT_GONE
    if http_status in contract.CONFLICT_STATUS_CODES:
        return CONFLICT_REFUSED
    return CONFLICT_OTHER


def reverses_admission(payload: dict[str, Any]) -> bool:
    """Whether a status change is an undo of a check-in (what ``Door.undo`` queues)."""
    return (payload.get("previous") == Status.ATTENDED
            and payload.get("status") != Status.ATTENDED)


def conflict_message(kind: str, server: str = "") -> str:
    """The English sentence for a conflict, with the server's words where it has a place."""
    return CONFLICT_TEXT[kind].format(server=server, n="{n}")


def server_words(kind: str, message: str) -> str:
    """The server's own words inside a stored sentence (empty when the kind has none), so a
    screen can show them apart from its own, translated, text."""
    template = CONFLICT_TEXT.get(kind, "")
    if "{server}" not in template:
        return ""
    before, after = template.split("{server}")
    if message.startswith(before) and message.endswith(after):
        return message[len(before):len(message) - len(after)]
    return message  # written by an older version: all of it may be the server's
