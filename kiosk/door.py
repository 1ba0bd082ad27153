"""The door: one object the command line and the UI drive. (Interface first; bodies in progress.)

Everything here except :meth:`Door.pull` and :meth:`Door.push` is local: it reads and writes
the SQLite cache only and never waits on the network. A check-in is committed to disk
(with its outbox entry) before its verdict is returned.

The door publishes plain events through :attr:`Door.events` (see :class:`kiosk.events.Events`),
which the UI turns into Qt signals.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from kiosk.models import Attendee, Conflict, StatusReport, Verdict


@dataclass(frozen=True)
class WalkIn:
    attendee_name: str
    attendee_email: str
    attendee_phone: str | None = None
    guest_count: int = 0
    notes: str | None = None


class CapacityError(Exception):
    """The party does not fit in the places left; ``str(exc)`` says how many are left."""


class WalkInInvalid(ValueError):
    """A walk-in form field is wrong; ``field`` names it, ``str(exc)`` says why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


Progress = Callable[[int, int | None], None]  # (rows stored so far, total or None)
Cancelled = Callable[[], bool]
