"""Every assumption about the WebKasa API that its public documentation leaves open.

Part B of the API notes: keep them here, in one place, so that each can be changed when
the real behaviour is known. The client, the sync, the outbox and the simulator all read
these names instead of repeating the values.
"""

from __future__ import annotations

from kiosk.models import Status

API_PREFIX = "/api/v1"
PRODUCTION_URL = "https://api.webkasa.app"

STATUSES: tuple[Status, ...] = tuple(Status)  # the one list: kiosk.models.Status

# B.1: checking in is a PATCH of the registration's status; undo PATCHes the old status back.
PATCH_REGISTRATION_PATH = "/events/{event_id}/registrations/{registration_id}"
CHECKED_IN_STATUS = Status.ATTENDED
# A 404 means the registration is gone; 409/422 mean the server refuses the change.
CONFLICT_STATUS_CODES = frozenset({404, 409, 422})


def refusal_says_cancelled(code: str | None, message: str) -> bool:
    """Whether a 409/422 refusal of a status change says the registration is cancelled. The
    wording is not published: the simulator answers ``CONFLICT`` "A cancelled registration
    cannot be checked in"; a code naming the cancellation is believed too."""
    code, text = (code or "").upper(), message.lower()
    if "EVENT" in code or "event" in text:  # the event cancelled, not the registration
        return False
    return "CANCEL" in code or "cancel" in text


# B.2: reading one registration; 404/405 mean "not available here", carry on with the cache.
GET_REGISTRATION_UNAVAILABLE = frozenset({404, 405})

# B.3: the largest page is not published. Ask for this much and believe meta.limit.
REQUESTED_PAGE_SIZE = 1000

# B.4: rows shift while paging; a sync repeats its pass until it has seen meta.total ids,
# but never more often than this.
MAX_SYNC_PASSES = 4

# Capacity: which statuses hold places (1 + guest_count each) against the event's slots.
# PENDING holds its place (awaiting payment); CANCELLED frees it.
STATUSES_HOLDING_PLACES = frozenset({Status.PENDING, Status.CONFIRMED, Status.ATTENDED})

# The largest number of guests one party may bring (not published): the simulator refuses
# more, so does the walk-in form (a door accepting 50 made walk-ins the server refused), and a
# server row claiming more counts as this many against the event's capacity.
MAX_GUESTS = 20

# The status a walk-in registered at the door is created with.
WALK_IN_STATUS = Status.CONFIRMED

# B.7: QR payloads. Registration ids look like reg_abc123; event ids like evt_abc123.
REGISTRATION_ID_PATTERN = r"reg_[A-Za-z0-9_-]{1,64}"
EVENT_ID_PATTERN = r"evt_[A-Za-z0-9_-]{1,64}"

# Published rate limits (per key; shared by every kiosk using the same key).
RATE_LIMIT_GENERAL_PER_MIN = 100
RATE_LIMIT_READS_PER_MIN = 300
RATE_LIMIT_CREATES_PER_MIN_PER_IP = 10
