"""The reference WebKasa simulator: a real HTTP server speaking the API the kiosk relies on.

The project's tests, benchmarks and ``kiosk demo`` run against this server instead of the
real service, so it is strict wherever the real service might be strict and awkward
wherever the real service might be awkward (API notes, part B). A kiosk that copes with
it should cope with WebKasa.

It is the one module over 800 lines, and ``Simulator`` the one class over 400 (issue 17's
limits): it is a stand-in for the whole service, every endpoint with every fault switch next
to the request it bends, and it is read as a specification, top to bottom, rather than
changed as a product feature is. Its state and data already live apart (``data.py``).

What it does on purpose:

* **Order** (B.4). ``GET /events/{id}/registrations`` is never in creation order by default.
  ``SimulatorConfig.order`` picks one of:

  - ``newest_first`` (default): most recently created first. A registration created while
    a sync pages pushes every row one place down, so the next page repeats a row.
  - ``status_then_id``: by status name (ATTENDED, CANCELLED, CONFIRMED, PENDING), then id.
    Every status change moves a row to another part of the list.
  - ``oldest_first``: creation order; the only stable one, for comparison.

  A ``status`` filter keeps the same order among the matching rows.
* **Page size** (B.3). ``limit`` defaults to 50 and is capped at ``page_cap`` (default 100);
  ``meta.limit`` is the limit actually applied.
* **Rate limits**. Fixed windows of ``rate_window_s`` (60 s) per bucket; a bucket's window
  starts with its first request and ``X-RateLimit-Reset`` is the Unix time it ends. GET and
  HEAD count against the key's *reads* bucket (300/min); every other method against the
  key's *general* bucket (100/min); creating a registration also against the client IP's
  *creates* bucket (10/min). Requests without a valid key count against buckets of the
  client IP. A refused (429) request consumes nothing. The headers describe the bucket
  closest to its limit. Injected proxy faults (5xx, drops) never reach the limiter.
* **Faults** (B.5). :class:`Faults` injects latency, 5xx answers (JSON, an HTML proxy
  page or an empty body), dropped connections, changes applied and then dropped or
  answered 5xx, garbled 2xx bodies, and registrations added or changed between pages.

Everything about the API's shape comes from :mod:`kiosk.contract`; the values here are the
simulator's own choices (which the real service does not publish either).
"""

from __future__ import annotations

import dataclasses
import hmac
import json
import logging
import math
import re
import secrets
import socket
import socketserver
import string
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from random import Random
from typing import Any, NamedTuple
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

from kiosk import contract
from kiosk.models import Status
from kiosk.simulator import data

log = logging.getLogger("kiosk.simulator")

ORDERS = ("newest_first", "status_then_id", "oldest_first")
ALL_SCOPES = frozenset({"events:read", "registrations:read", "registrations:write"})
SHIFT_ACTIONS = frozenset({"add", "cancel", "status"})

# Validation limits of the simulator (the real ones are not published; these are generous
# enough for real names and strict enough to catch a kiosk that sends garbage).
MAX_GUEST_COUNT = contract.MAX_GUESTS  # the door's form refuses what the server would
MAX_NAME_LENGTH = 200
MAX_EMAIL_LENGTH = 254
MAX_PHONE_LENGTH = 40
MAX_NOTES_LENGTH = 1000
MAX_BODY_BYTES = 1 << 20
_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_KEY_ALPHABET = string.ascii_letters + string.digits
_KEY_LENGTH = 64
_TRUE = frozenset({"true", "1", "yes"})
_FALSE = frozenset({"false", "0", "no"})

# The create response carries the published minimum only (unless full_create_response),
# so a kiosk cannot come to rely on fields the real API may leave out.
_CREATE_FIELDS = ("id", "event_id", "attendee_name", "attendee_email", "status", "created_at")


def generate_test_key() -> str:
    """A fresh sandbox-shaped key: ``wk_test_`` and random letters/digits, 64 characters."""
    prefix = "wk_test_"
    return prefix + "".join(secrets.choice(_KEY_ALPHABET) for _ in range(_KEY_LENGTH - len(prefix)))


# --------------------------------------------------------------------------- configuration


@dataclass(repr=False, eq=False)
class Faults:
    """Trouble to inject, changeable at any time from any thread (e.g. half-way through a test).

    Rates are probabilities per request in ``[0, 1]``. Decisions come from ``random``, seeded
    with ``seed``, so a single-threaded run injects the same faults every time.

    * ``latency_s``: delay before every answer.
    * ``write_jitter_s``: each POST/PATCH waits a random 0 to this many seconds before it is
      applied, so concurrent writes land out of order.
    * ``error_rate``: answer 5xx without touching state; the body is JSON, an HTML proxy page
      or empty.
    * ``drop_rate``: close the connection without answering, without touching state.
    * ``apply_then_drop_rate``: apply a successful POST/PATCH, then close without answering.
    * ``apply_then_error_rate``: apply a successful POST/PATCH, then answer 5xx.
    * ``malformed_rate``: a 2xx answer whose body is truncated JSON or not JSON at all.
    * ``shift_during_paging``: before each registrations list page, add N registrations,
      cancel N and change the status of N others (``shift_actions`` picks which), so rows
      move between pages. ``shift_budget`` limits how many list requests are shifted
      (None: all of them).

    A server that lies or stalls (for the registrations list unless said otherwise):

    * ``list_empty``: every page is ``data: []`` with ``total: 0``.
    * ``list_total``: ``meta.total`` says this many (``hasMore`` agrees with it).
    * ``list_endless``: ``hasMore`` is always true and pages past the end start again.
    * ``list_stuck_offset``: every page is the first, with ``offset: 0`` and ``hasMore: true``.
    * ``list_fail_from_offset``: pages from this offset on answer 503 (a sync cut short).
    * ``list_padding_bytes``: each page carries this many extra bytes (an oversized answer).
    * ``trickle_bytes_per_s``: every answer's body is sent this many bytes a second.

    The network in between:

    * ``captive_portal``: every request is answered ``302`` to a login page with an HTML
      body, as a venue Wi-Fi does before its guest logs in; nothing reaches the API.
    """

    latency_s: float = 0.0
    write_jitter_s: float = 0.0
    error_rate: float = 0.0
    drop_rate: float = 0.0
    apply_then_drop_rate: float = 0.0
    apply_then_error_rate: float = 0.0
    malformed_rate: float = 0.0
    shift_during_paging: int = 0
    shift_actions: frozenset[str] = SHIFT_ACTIONS
    shift_budget: int | None = None
    list_empty: bool = False
    list_total: int | None = None
    list_endless: bool = False
    list_stuck_offset: bool = False
    list_fail_from_offset: int | None = None
    list_padding_bytes: int = 0
    trickle_bytes_per_s: float = 0.0
    captive_portal: bool = False
    seed: int = 0
    random: Random = field(init=False, repr=False, compare=False)
    _lock: threading.Lock = field(init=False, repr=False, compare=False,
                                  default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.random = Random(self.seed)
        self.shift_actions = frozenset(self.shift_actions)
        unknown = self.shift_actions - SHIFT_ACTIONS
        if unknown:
            raise ValueError(f"unknown shift actions: {sorted(unknown)}")

    @classmethod
    def switches(cls) -> tuple[dataclasses.Field, ...]:
        """Every fault switch (all fields but the seed and the random state)."""
        return tuple(f for f in dataclasses.fields(cls) if f.init and f.name != "seed")

    def __repr__(self) -> str:
        active = {f.name: getattr(self, f.name) for f in self.switches()
                  if getattr(self, f.name) != f.default and f.name != "shift_actions"}
        return f"Faults({', '.join(f'{k}={v!r}' for k, v in active.items())})"

    def update(self, **changes: Any) -> None:
        """Set several switches at once, e.g. ``faults.update(error_rate=0.2, drop_rate=0.1)``."""
        names = {f.name for f in self.switches()}
        with self._lock:
            for name, value in changes.items():
                if name not in names:
                    raise AttributeError(f"Faults has no switch {name!r}")
                setattr(self, name, frozenset(value) if name == "shift_actions" else value)

    def clear(self) -> None:
        """All switches off (the random sequence carries on)."""
        with self._lock:
            for f in self.switches():
                setattr(self, f.name, f.default)

    def roll(self, rate: float) -> bool:
        """True with probability ``rate``; draws nothing when the rate is 0 or 1."""
        if rate <= 0:
            return False
        if rate >= 1:
            return True
        with self._lock:
            return self.random.random() < rate

    def choice(self, options: tuple[Any, ...]) -> Any:
        with self._lock:
            return options[int(self.random.random() * len(options))]

    def take_shift(self) -> int:
        """How many rows to shift before this list page (and spend one unit of budget)."""
        with self._lock:
            n = self.shift_during_paging
            if n <= 0 or self.shift_budget == 0:
                return 0
            if self.shift_budget is not None:
                self.shift_budget -= 1
            return n


@dataclass
class SimulatorConfig:
    """Everything a simulator is built from. All fields have defaults fit for a quick test."""

    host: str = "127.0.0.1"
    port: int = 0  # 0: any free port
    api_key: str | None = field(default=None, repr=False)  # None: a fresh wk_test_ key
    scopes: frozenset[str] = ALL_SCOPES
    seed: int = 1
    events: int = 4
    registrations: int = 300  # of the main event; other events get 3-25 each
    slots: int | None = None  # main event's; None: what its registrations hold + head-room
    today: date | None = None  # the main event's date; None: today by ``clock`` (UTC)
    page_cap: int = 100
    default_limit: int = 50
    order: str = "newest_first"
    rate_limits: bool = True  # False: never 429 (headers still sent, nothing counted)
    general_per_min: int = contract.RATE_LIMIT_GENERAL_PER_MIN
    reads_per_min: int = contract.RATE_LIMIT_READS_PER_MIN
    creates_per_min: int = contract.RATE_LIMIT_CREATES_PER_MIN_PER_IP
    rate_window_s: float = 60.0
    idempotency_keys: bool = False  # honour Idempotency-Key (the real API does not publish it)
    single_get: bool = True  # GET one registration (B.2); False answers 405
    full_create_response: bool = False  # False: 201 carries the published minimum only
    clock: Callable[[], float] = time.time  # Unix time; rate windows and new created_at
    faults: Faults = field(default_factory=Faults)

    def __post_init__(self) -> None:
        if self.order not in ORDERS:
            raise ValueError(f"order must be one of {ORDERS}, not {self.order!r}")
        if self.page_cap < 1 or self.default_limit < 1:
            raise ValueError("page_cap and default_limit must be >= 1")
        unknown = set(self.scopes) - ALL_SCOPES
        if unknown:
            raise ValueError(f"unknown scopes: {sorted(unknown)}")


# --------------------------------------------------------------------------- plumbing


@dataclass(frozen=True)
class Request:
    """One HTTP request as the simulator sees it; ``headers`` keys are lower case."""

    method: str
    target: str
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    client_ip: str = "127.0.0.1"


@dataclass
class Reply:
    """What to send back; ``status is None`` with ``drop`` means: close, answer nothing."""

    status: int | None
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)
    drop: bool = False

    @classmethod
    def dropped(cls) -> Reply:
        return cls(None, drop=True)


class LoggedRequest(NamedTuple):
    """An entry of :attr:`Simulator.request_log`. ``path`` is the request target as sent
    (query string included); ``status`` is None when the connection was dropped."""

    method: str
    path: str
    status: int | None

    @property
    def route(self) -> str:
        """The path without its query string."""
        return self.path.split("?", 1)[0]


@dataclass
class _Answer:
    """An API answer before encoding; ``applied`` marks a write that changed state."""

    status: int
    payload: Any
    headers: dict[str, str] = field(default_factory=dict)
    applied: bool = False


class _ApiError(Exception):
    def __init__(
        self, status: int, code: str, message: str, details: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.answer = _Answer(status, _error_body(code, message, details))


def _error_body(code: str, message: str, details: dict[str, str] | None = None) -> dict:
    body: dict[str, Any] = {"error": message, "code": code}
    if details:
        body["details"] = details
    return body


def _encode(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- rate limits


@dataclass
class _Window:
    start: float
    count: int = 0


class _Quota(NamedTuple):
    limit: int
    remaining: int
    reset: float


class _RateLimiter:
    """Fixed windows per bucket; a window opens with the bucket's first request after the last
    one closed. Not thread-safe on its own: the simulator calls it under its state lock."""

    def __init__(self) -> None:
        self._windows: dict[tuple[str, str], _Window] = {}

    def reset(self) -> None:
        self._windows.clear()

    def _window(self, bucket: tuple[str, str], now: float, window_s: float) -> _Window:
        window = self._windows.get(bucket)
        if window is None or now >= window.start + window_s:
            window = self._windows[bucket] = _Window(now)
        return window

    def hit(
        self, buckets: list[tuple[tuple[str, str], int]], now: float, window_s: float
    ) -> tuple[bool, _Quota]:
        """Count one request in every bucket, unless one is full: then count nothing.

        Returns whether it was allowed and the quota to report (the full bucket, else the
        one with the least left).
        """
        windows = [(self._window(bucket, now, window_s), limit) for bucket, limit in buckets]
        for window, limit in windows:
            if window.count >= limit:
                return False, _Quota(limit, 0, window.start + window_s)
        quotas = []
        for window, limit in windows:
            window.count += 1
            quotas.append(_Quota(limit, limit - window.count, window.start + window_s))
        return True, min(quotas, key=lambda q: (q.remaining, q.reset))


def _quota_headers(quota: _Quota) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(quota.limit),
        "X-RateLimit-Remaining": str(max(0, quota.remaining)),
        "X-RateLimit-Reset": str(math.ceil(quota.reset)),
    }


# --------------------------------------------------------------------------- routing


class _Route(NamedTuple):
    name: str  # events | event | registrations | registration
    event_id: str | None = None
    registration_id: str | None = None


_ALLOWED = {
    "events": ("GET",),
    "event": ("GET",),
    "registrations": ("GET", "POST"),
    "registration": ("GET", "PATCH"),
}
_SCOPE_FOR = {
    ("events", "GET"): "events:read",
    ("event", "GET"): "events:read",
    ("registrations", "GET"): "registrations:read",
    ("registration", "GET"): "registrations:read",
    ("registrations", "POST"): "registrations:write",
    ("registration", "PATCH"): "registrations:write",
}


def _match(path: str) -> _Route | None:
    """Map a path to a route, or None (404). A trailing slash is tolerated."""
    prefix = contract.API_PREFIX
    if path != prefix and not path.startswith(prefix + "/"):
        return None
    parts = [unquote(p) for p in path[len(prefix) :].strip("/").split("/")]
    if parts[0] != "events" or any(not p for p in parts):
        return None
    if len(parts) == 1:
        return _Route("events")
    if len(parts) == 2:
        return _Route("event", parts[1])
    if parts[2] != "registrations" or len(parts) > 4:
        return None
    if len(parts) == 3:
        return _Route("registrations", parts[1])
    return _Route("registration", parts[1], parts[3])


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values else None


def _int_param(query: dict[str, list[str]], name: str, default: int, minimum: int) -> int:
    raw = _one(query, name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise _ApiError(
            400, "VALIDATION_ERROR", f"Invalid {name}", {name: f"must be an integer >= {minimum}"}
        )
    return value


def _bool_param(query: dict[str, list[str]], name: str) -> bool | None:
    raw = _one(query, name)
    if raw is None:
        return None
    if raw.lower() in _TRUE or raw == "":
        return True
    if raw.lower() in _FALSE:
        return False
    raise _ApiError(400, "VALIDATION_ERROR", f"Invalid {name}", {name: "must be true or false"})


def _date_param(query: dict[str, list[str]], name: str) -> str | None:
    raw = _one(query, name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw[:10]).isoformat()
    except ValueError:
        raise _ApiError(
            400, "VALIDATION_ERROR", f"Invalid {name}", {name: "must be an ISO 8601 date"}
        ) from None


# --------------------------------------------------------------------------- the simulator


class Simulator:
    """WebKasa's state plus an HTTP server in front of it.

    Build it, :meth:`start` it (or use it as a context manager, or
    :func:`kiosk.simulator.running_simulator`), point a client at :attr:`url` with
    :attr:`api_key`, and inspect or change its state through the control methods below,
    which act in-process and bypass HTTP, auth, rate limits and faults.
    """

    def __init__(self, config: SimulatorConfig | None = None, **overrides: Any) -> None:
        cfg = config or SimulatorConfig()
        if overrides:
            cfg = dataclasses.replace(cfg, **overrides)
        self.config = cfg
        self.faults: Faults = cfg.faults
        self.api_key: str = cfg.api_key or generate_test_key()
        self._clock = cfg.clock
        self._lock = threading.RLock()
        self._rng = Random(f"{cfg.seed}/live")
        self._limiter = _RateLimiter()
        self._request_log: list[LoggedRequest] = []
        self._patch_log: list[tuple[str, str, str]] = []
        self._idempotent: dict[tuple[str, str, str], _Answer] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._bound_port: int | None = None  # kept so a restart comes back on the same URL
        self._load(cfg)

    # ----------------------------------------------------------------- state

    def _load(self, cfg: SimulatorConfig) -> None:
        today = cfg.today or datetime.fromtimestamp(self._clock(), timezone.utc).date()
        dataset = data.generate(
            seed=cfg.seed,
            today=today,
            events=cfg.events,
            registrations=cfg.registrations,
            slots=cfg.slots,
        )
        self.main_event_id: str = dataset.main_event_id
        self.other_event_id: str = dataset.other_event_id
        self._events: dict[str, dict] = {e["id"]: e for e in dataset.events}
        self._taken_ids: set[str] = set(self._events)
        self._regs: dict[str, dict] = {}
        self._by_event: dict[str, list[dict]] = {eid: [] for eid in self._events}
        self._counts: dict[str, dict[str, int]] = {
            eid: dict.fromkeys(contract.STATUSES, 0) for eid in self._events
        }
        self._held: dict[str, int] = dict.fromkeys(self._events, 0)
        self._version: dict[str, int] = dict.fromkeys(self._events, 0)
        self._ordered: dict[tuple[str, str | None], tuple[int, list[dict]]] = {}
        self._shifted_in: set[str] = set()
        for row in dataset.registrations:
            self._insert(row)
        if cfg.today is None:
            self._under_way(datetime.fromtimestamp(self._clock(), timezone.utc))

    def _under_way(self, now: datetime) -> None:
        """Today's two events started two hours ago and end in eight (issue 20: a door keeps
        its doors shut before an event's start), whenever the tests run. An event whose day
        in its own zone would then be yesterday by UTC (New York just after midnight UTC) is
        moved to UTC, so that ``upcoming`` still lists it."""
        midnight = datetime.combine(now.date(), datetime.min.time(), timezone.utc)
        for event_id in (self.main_event_id, self.other_event_id):
            zone = self._events[event_id]["timezone"]
            start = now - timedelta(hours=2)
            if start.astimezone(ZoneInfo(zone)).date() < now.date():
                zone, start = "UTC", max(start, midnight)
            self._move(event_id, start, now + timedelta(hours=8), zone)

    def _is_real(self, row: dict) -> bool:
        """False for rows planted with :meth:`inject_raw_row` (served, never counted)."""
        rid = row.get("id")
        return isinstance(rid, str) and self._regs.get(rid) is row

    def _insert(self, row: dict) -> None:
        event_id = row["event_id"]
        self._regs[row["id"]] = row
        self._taken_ids.add(row["id"])
        self._by_event[event_id].append(row)
        self._counts[event_id][row["status"]] += 1
        if row["status"] in contract.STATUSES_HOLDING_PLACES:
            self._held[event_id] += 1 + row["guest_count"]
        self._version[event_id] += 1

    def _change_status(self, row: dict, new: str) -> str:
        """Set a registration's status, keeping counts and places in step; returns the old."""
        old = row["status"]
        if old == new:
            return old
        event_id = row["event_id"]
        party = 1 + row["guest_count"]
        self._counts[event_id][old] -= 1
        self._counts[event_id][new] += 1
        holding = contract.STATUSES_HOLDING_PLACES
        self._held[event_id] += party * ((new in holding) - (old in holding))
        row["status"] = new
        self._version[event_id] += 1
        return old

    def _fits(self, event: dict, people: int) -> bool:
        slots = event.get("slots")
        return slots is None or self._held[event["id"]] + people <= slots

    def _now_stamp(self) -> str:
        return data.format_timestamp(self._clock(), 3)

    def _page(self, event_id: str, status: str | None, offset: int, limit: int) -> tuple[list, int]:
        """One page in the configured order, with the number of matching rows.

        The unfiltered newest/oldest orders slice the creation list directly; the others use
        an ordered copy that is rebuilt only after the event's registrations changed.
        """
        rows = self._by_event[event_id]
        order = self.config.order
        if status is None and order == "oldest_first":
            return rows[offset : offset + limit], len(rows)
        if status is None and order == "newest_first":
            n = len(rows)
            end = max(n - offset, 0)
            return rows[max(end - limit, 0) : end][::-1], n
        ordered = self._ordered_rows(event_id, status)
        return ordered[offset : offset + limit], len(ordered)

    def _ordered_rows(self, event_id: str, status: str | None) -> list[dict]:
        version = self._version[event_id]
        cached = self._ordered.get((event_id, status))
        if cached is not None and cached[0] == version:
            return cached[1]
        rows = self._by_event[event_id]
        if status is not None:
            rows = [r for r in rows if r.get("status") == status]
        order = self.config.order
        if order == "newest_first":
            ordered = rows[::-1]
        elif order == "status_then_id":
            ordered = sorted(rows, key=lambda r: (str(r.get("status")), str(r.get("id"))))
        else:
            ordered = list(rows)
        self._ordered[(event_id, status)] = (version, ordered)
        return ordered

    def _shift(self, event_id: str, n: int) -> None:
        """Another channel's changes landing between two pages of a sync (B.4)."""
        actions = self.faults.shift_actions
        event = self._events[event_id]
        rows = self._by_event[event_id]
        if "add" in actions:
            for _ in range(n):
                row = data.fake_registration(
                    self._rng, event_id, self._clock(), self._taken_ids, status=Status.CONFIRMED
                )
                row["created_at"] = self._now_stamp()
                if self._fits(event, 1 + row["guest_count"]):
                    self._insert(row)
                    self._shifted_in.add(row["id"])
        live = (Status.PENDING, Status.CONFIRMED, Status.ATTENDED)
        if "cancel" in actions:
            for row in self._sample(rows, n, live):
                self._change_status(row, Status.CANCELLED)
        if "status" in actions:
            step = {Status.PENDING: Status.CONFIRMED, Status.CONFIRMED: Status.ATTENDED,
                    Status.ATTENDED: Status.CONFIRMED}
            for row in self._sample(rows, n, live):
                self._change_status(row, step[row["status"]])

    def _sample(self, rows: list[dict], n: int, statuses: tuple[str, ...]) -> list[dict]:
        """Up to n distinct rows in ``statuses``, found by random probing (no full scan)."""
        picked: dict[str, dict] = {}
        for _ in range(n * 20):
            if len(picked) >= n or not rows:
                break
            row = rows[int(self._rng.random() * len(rows))]
            if row.get("status") in statuses and self._is_real(row):
                picked[row["id"]] = row
        return list(picked.values())

    # ----------------------------------------------------------------- control API

    def add_registration(
        self,
        event_id: str | None = None,
        *,
        attendee_name: str | None = None,
        attendee_email: str | None = None,
        status: str = Status.CONFIRMED,
        guest_count: int = 0,
        attendee_phone: str | None = None,
        notes: str | None = None,
        registration_id: str | None = None,
        created_at: str | None = None,
    ) -> dict:
        """Add a registration as if booked elsewhere (no capacity check); returns a copy.

        Unset name/e-mail are made up; ``event_id`` defaults to the main event.
        """
        if status not in contract.STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._lock:
            event_id = event_id or self.main_event_id
            if event_id not in self._events:
                raise KeyError(event_id)
            if registration_id is not None and registration_id in self._regs:
                raise ValueError(f"registration {registration_id} exists")
            row = data.fake_registration(self._rng, event_id, self._clock(), self._taken_ids)
            fake_name, fake_email = row["attendee_name"], row["attendee_email"]
            row.update(
                id=registration_id or row["id"],
                attendee_name=attendee_name if attendee_name is not None else fake_name,
                attendee_email=attendee_email if attendee_email is not None else fake_email,
                attendee_phone=attendee_phone,
                status=status,
                guest_count=guest_count,
                notes=notes,
                created_at=created_at or self._now_stamp(),
            )
            self._insert(row)
            return dict(row)

    def set_status(self, registration_id: str, status: str) -> dict:
        """Change a registration's status behind the kiosk's back; returns a copy."""
        if status not in contract.STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._lock:
            row = self._regs[registration_id]
            self._change_status(row, status)
            return dict(row)

    def rename(self, registration_id: str, attendee_name: str) -> dict:
        """Change an attendee's name behind the kiosk's back (names may hold anything a
        registration form lets through, escape sequences included); returns a copy."""
        with self._lock:
            row = self._regs[registration_id]
            row["attendee_name"] = attendee_name
            self._version[row["event_id"]] += 1
            return dict(row)

    def cancel(self, registration_id: str) -> dict:
        """Cancel a registration (as the attendee would online); returns a copy."""
        return self.set_status(registration_id, Status.CANCELLED)

    def set_event_times(self, event_id: str, start: datetime, end: datetime | None,
                        zone: str | None = None) -> None:
        """Move an event: it starts at ``start`` and ends at ``end`` (aware datetimes), as
        wall-clock times in ``zone`` (an IANA name; default: the event's own)."""
        with self._lock:
            self._move(event_id, start, end, zone or self._events[event_id]["timezone"])

    def _move(self, event_id: str, start: datetime, end: datetime | None, zone: str) -> None:
        local = start.astimezone(ZoneInfo(zone))
        self._events[event_id].update(
            start_date=local.date().isoformat(), start_time=local.strftime("%H:%M"),
            end_time=end.astimezone(ZoneInfo(zone)).strftime("%H:%M") if end else None,
            timezone=zone)

    def set_slots(self, event_id: str, slots: int | None) -> None:
        """Change an event's capacity, e.g. to make it full for a walk-in test."""
        with self._lock:
            self._events[event_id]["slots"] = slots

    def registration(self, registration_id: str) -> dict | None:
        with self._lock:
            row = self._regs.get(registration_id)
            return dict(row) if row else None

    def registrations(self, event_id: str | None = None, status: str | None = None) -> list[dict]:
        """Copies of an event's registrations (default: main event) in creation order, as the
        API serialises them; rows planted with :meth:`inject_raw_row` are left out."""
        with self._lock:
            rows = self._by_event[event_id or self.main_event_id]
            return [
                dict(r) for r in rows
                if self._is_real(r) and (status is None or r["status"] == status)
            ]

    def registrations_json(self, event_id: str | None = None) -> list[dict]:
        """Same as :meth:`registrations` (kept for callers that name the JSON shape)."""
        return self.registrations(event_id)

    def status_of(self, registration_id: str) -> str | None:
        """A registration's current status, None if it does not exist (or was deleted)."""
        with self._lock:
            row = self._regs.get(registration_id)
            return row["status"] if row else None

    def delete_registration(self, registration_id: str) -> None:
        """Remove a registration outright, as if purged on the server: it vanishes from lists
        and single reads answer 404. Its id is never handed out again."""
        with self._lock:
            row = self._regs.pop(registration_id)
            event_id = row["event_id"]
            self._by_event[event_id].remove(row)
            self._counts[event_id][row["status"]] -= 1
            if row["status"] in contract.STATUSES_HOLDING_PLACES:
                self._held[event_id] -= 1 + row["guest_count"]
            self._version[event_id] += 1

    def inject_raw_row(self, event_id: str | None, row: dict[str, Any]) -> None:
        """Serve ``row`` verbatim in the event's list pages (counted in ``meta.total``), e.g. a
        row without an id or with an unknown status, to test that a sync survives it. It is
        not a registration: counts, capacity and the control methods ignore it."""
        with self._lock:
            event_id = event_id or self.main_event_id
            self._by_event[event_id].append(dict(row))
            self._version[event_id] += 1

    def added_during_paging(self, registration_id: str) -> bool:
        """Whether ``shift_during_paging`` created this registration (a sync may miss it)."""
        with self._lock:
            return registration_id in self._shifted_in

    def counts(self, event_id: str | None = None) -> dict[str, int]:
        """Registrations per status (all four keys) for an event (default: main event)."""
        with self._lock:
            return dict(self._counts[event_id or self.main_event_id])

    def places_taken(self, event_id: str | None = None) -> int:
        """People counted against slots: 1 + guest_count per place-holding registration."""
        with self._lock:
            return self._held[event_id or self.main_event_id]

    def event(self, event_id: str | None = None) -> dict:
        """An event as ``GET /events/{id}`` serves it (default: main event)."""
        with self._lock:
            return dict(self._events[event_id or self.main_event_id])

    def event_json(self, event_id: str | None = None, include_counts: bool = False) -> dict:
        """An event as the API serialises it, with ``include_counts`` fields if asked."""
        with self._lock:
            return self._event_json(self._events[event_id or self.main_event_id], include_counts)

    def events(self) -> list[dict]:
        with self._lock:
            return [dict(e) for e in self._events.values()]

    @property
    def request_log(self) -> list[LoggedRequest]:
        """Every request answered or dropped so far, oldest first (a copy)."""
        with self._lock:
            return list(self._request_log)

    @property
    def patch_log(self) -> list[tuple[str, str, str]]:
        """``(registration_id, old, new)`` for every PATCH accepted over HTTP, no-ops included
        (old == new): a retried check-in shows up as a second entry with old == new."""
        with self._lock:
            return list(self._patch_log)

    def count_429(self) -> int:
        """How many answers so far were 429 Too Many Requests."""
        with self._lock:
            return sum(1 for entry in self._request_log if entry.status == 429)

    def reset_counters(self) -> None:
        """Forget the request and PATCH logs and start every rate-limit window afresh."""
        with self._lock:
            self._request_log.clear()
            self._patch_log.clear()
            self._limiter.reset()

    # ----------------------------------------------------------------- server lifecycle

    @property
    def url(self) -> str:
        """``http://host:port`` of the running server (no API prefix)."""
        if self._server is None:
            raise RuntimeError("simulator not started")
        host, port = self._server.server_address[:2]
        return f"http://{host.decode() if isinstance(host, bytes) else host}:{port}"

    @property
    def api_url(self) -> str:
        """:attr:`url` with the API prefix, for clients that want the full base."""
        return self.url + contract.API_PREFIX

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Simulator:
        """Bind and serve from a daemon thread; returns self.

        After :meth:`stop`, starting again binds the same port, so clients keep their URL
        (a test of "server gone, server back").
        """
        if self._server is not None:
            raise RuntimeError("simulator already started")
        self._stopping.clear()
        port = self._bound_port if self._bound_port is not None else self.config.port
        self._server = _Server((self.config.host, port), self)
        self._bound_port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="kiosk-simulator",
            daemon=True,
        )
        self._thread.start()
        log.info(
            "simulator listening on %s (main event %s, %d registrations)",
            self.url,
            self.main_event_id,
            len(self._by_event[self.main_event_id]),
        )
        return self

    def stop(self) -> None:
        """Stop serving, close every open connection and wait for all handler threads."""
        server, thread = self._server, self._thread
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.close_connections()
        server.server_close()  # joins the handler threads
        if thread is not None:
            thread.join()
        self._server = self._thread = None
        log.info("simulator stopped")

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self._server else "not started"
        return f"<Simulator {where} main_event={self.main_event_id}>"

    # ----------------------------------------------------------------- request handling

    def handle(self, request: Request) -> Reply:
        """Answer one request: faults first, then auth, rate limits and the API proper.

        Called by the HTTP handler threads; usable directly for tests without sockets.
        """
        faults = self.faults
        if faults.latency_s > 0:
            self._stopping.wait(faults.latency_s)
        if faults.write_jitter_s > 0 and request.method in ("POST", "PATCH"):
            with faults._lock:
                jitter = faults.random.uniform(0, faults.write_jitter_s)
            self._stopping.wait(jitter)
        if faults.captive_portal:
            reply = _portal_login()
        elif faults.roll(faults.drop_rate):
            reply = Reply.dropped()
        elif faults.roll(faults.error_rate):
            reply = self._injected_error()
        else:
            answer = self._safe_answer(request)
            reply = self._reply(answer)
            if answer.applied and faults.roll(faults.apply_then_drop_rate):
                reply = Reply.dropped()
            elif answer.applied and faults.roll(faults.apply_then_error_rate):
                reply = self._injected_error()
            elif 200 <= answer.status < 300 and faults.roll(faults.malformed_rate):
                reply = self._garbled(reply)
        entry = LoggedRequest(request.method, request.target, reply.status)
        with self._lock:
            self._request_log.append(entry)
        log.debug("%s %s -> %s", request.method, entry.route, reply.status or "dropped")
        return reply

    def _safe_answer(self, request: Request) -> _Answer:
        """A bug in the simulator answers a plain 500 (and is logged), never a hung client."""
        try:
            return self._answer(request)
        except Exception:
            log.exception("simulator failed on %s %s", request.method, request.target)
            return _Answer(500, _error_body("INTERNAL_ERROR", "Simulator error"))

    def _reply(self, answer: _Answer) -> Reply:
        headers = [("Content-Type", "application/json; charset=utf-8")]
        headers.extend(answer.headers.items())
        return Reply(answer.status, _encode(answer.payload), headers)

    def _answer(self, request: Request) -> _Answer:
        split = urlsplit(request.target)
        route = _match(split.path)
        query = parse_qs(split.query, keep_blank_values=True)
        presented = _presented_key(request.headers)
        with self._lock:
            now = self._clock()
            authorised = presented is not None and hmac.compare_digest(
                presented.encode(), self.api_key.encode()
            )
            owner = "key" if authorised else f"ip:{request.client_ip}"
            is_create = route is not None and route.name == "registrations" and (
                request.method == "POST"
            )
            allowed, quota = self._count(request.method, owner, request.client_ip, is_create, now)
            try:
                answer = self._dispatch(request, route, query, presented, authorised, allowed,
                                        quota, now)
            except _ApiError as exc:
                answer = exc.answer
            answer.headers.update(_quota_headers(quota))
            return answer

    def _count(
        self, method: str, owner: str, client_ip: str, is_create: bool, now: float
    ) -> tuple[bool, _Quota]:
        cfg = self.config
        if method in ("GET", "HEAD"):
            buckets = [((owner, "reads"), cfg.reads_per_min)]
        else:
            buckets = [((owner, "general"), cfg.general_per_min)]
        if is_create:
            buckets.append(((f"ip:{client_ip}", "creates"), cfg.creates_per_min))
        if not cfg.rate_limits:
            limit, _ = min(((limit, b) for b, limit in buckets))
            return True, _Quota(limit, limit, now + cfg.rate_window_s)
        return self._limiter.hit(buckets, now, cfg.rate_window_s)

    def _dispatch(
        self,
        request: Request,
        route: _Route | None,
        query: dict[str, list[str]],
        presented: str | None,
        authorised: bool,
        allowed: bool,
        quota: _Quota,
        now: float,
    ) -> _Answer:
        if presented is None:
            raise _ApiError(401, "UNAUTHORIZED", "Missing API key")
        if not authorised:
            raise _ApiError(401, "UNAUTHORIZED", "Invalid API key")
        if not allowed:
            retry_after = max(1, math.ceil(quota.reset - now))
            answer = _Answer(
                429,
                {"error": "Rate limit exceeded", "code": "RATE_LIMITED",
                 "retry_after": retry_after},
            )
            answer.headers["Retry-After"] = str(retry_after)
            return answer
        if route is None:
            raise _ApiError(404, "NOT_FOUND", "Not found")
        method = "GET" if request.method == "HEAD" else request.method
        if method not in _ALLOWED[route.name] or (
            route.name == "registration" and method == "GET" and not self.config.single_get
        ):
            allow = [m for m in _ALLOWED[route.name]
                     if self.config.single_get or route.name != "registration" or m != "GET"]
            answer = _Answer(405, _error_body("METHOD_NOT_ALLOWED", "Method not allowed"))
            answer.headers["Allow"] = ", ".join(allow)
            return answer
        scope = _SCOPE_FOR[(route.name, method)]
        if scope not in self.config.scopes:
            raise _ApiError(403, "FORBIDDEN", f"This API key lacks the {scope} scope")
        if method in ("POST", "PATCH"):
            return self._idempotent_write(request, route)
        if route.name == "events":
            return self._list_events(query, now)
        if route.name == "event":
            return _Answer(200, {"data": self._event_json(self._event_or_404(route.event_id),
                                                          _bool_param(query, "include_counts"))})
        if route.name == "registrations":
            return self._list_registrations(route.event_id, query)
        return _Answer(200, {"data": dict(self._registration_or_404(route))})

    # ----------------------------------------------------------------- endpoints

    def _event_or_404(self, event_id: str | None) -> dict:
        event = self._events.get(event_id or "")
        if event is None:
            raise _ApiError(404, "NOT_FOUND", "Event not found")
        return event

    def _registration_or_404(self, route: _Route) -> dict:
        self._event_or_404(route.event_id)
        row = self._regs.get(route.registration_id or "")
        if row is None or row["event_id"] != route.event_id:
            raise _ApiError(404, "NOT_FOUND", "Registration not found")
        return row

    def _event_json(self, event: dict, include_counts: bool | None) -> dict:
        """An event; with counts it also carries ``registration_count`` (all registrations)
        and ``registration_counts`` (per status plus ``total``)."""
        body = dict(event)
        if include_counts:
            counts = dict(self._counts[event["id"]])
            counts["total"] = sum(counts.values())
            body["registration_counts"] = counts
            body["registration_count"] = counts["total"]
        return body

    def _list_events(self, query: dict[str, list[str]], now: float) -> _Answer:
        status = _one(query, "status")
        if status is not None and status not in data.EVENT_STATUSES:
            raise _ApiError(
                400, "VALIDATION_ERROR", "Invalid status",
                {"status": f"must be one of {', '.join(data.EVENT_STATUSES)}"},
            )
        upcoming, past = _bool_param(query, "upcoming"), _bool_param(query, "past")
        start, end = _date_param(query, "start_date"), _date_param(query, "end_date")
        include_counts = _bool_param(query, "include_counts")
        limit = min(_int_param(query, "limit", self.config.default_limit, 1), self.config.page_cap)
        offset = _int_param(query, "offset", 0, 0)
        today = datetime.fromtimestamp(now, timezone.utc).date().isoformat()
        # site_id is accepted and ignored: the simulator serves a single site.
        matching = [
            e for e in self._events.values()
            if (status is None or e["status"] == status)
            and (not upcoming or e["start_date"] >= today)
            and (not past or e["start_date"] < today)
            and (start is None or e["start_date"] >= start)
            and (end is None or e["start_date"] <= end)
        ]
        matching.sort(key=lambda e: (e["start_date"], e["start_time"], e["id"]))
        page = matching[offset : offset + limit]
        return _Answer(200, {
            "data": [self._event_json(e, include_counts) for e in page],
            "meta": _meta(len(matching), limit, offset, len(page)),
        })

    def _list_registrations(self, event_id: str | None, query: dict[str, list[str]]) -> _Answer:
        event = self._event_or_404(event_id)
        status = _one(query, "status")
        if status is not None and status not in contract.STATUSES:
            raise _ApiError(
                400, "VALIDATION_ERROR", "Invalid status",
                {"status": f"must be one of {', '.join(contract.STATUSES)}"},
            )
        limit = min(_int_param(query, "limit", self.config.default_limit, 1), self.config.page_cap)
        offset = _int_param(query, "offset", 0, 0)
        shift = self.faults.take_shift()
        if shift:
            self._shift(event["id"], shift)
        faults = self.faults
        if faults.list_fail_from_offset is not None and offset >= faults.list_fail_from_offset:
            raise _ApiError(503, "UNAVAILABLE", "Service temporarily unavailable")
        if faults.list_stuck_offset:
            offset = 0
        rows, total = self._page(event["id"], status, offset, limit)
        if faults.list_endless and not rows and total:
            rows, _ = self._page(event["id"], status, offset % total, limit)
        if faults.list_empty:
            rows, total = [], 0
        meta = _meta(total if faults.list_total is None else faults.list_total, limit, offset,
                     len(rows))
        if faults.list_endless or faults.list_stuck_offset:
            meta["hasMore"] = True
        body: dict[str, Any] = {"data": [dict(r) for r in rows], "meta": meta}
        if faults.list_padding_bytes:
            body["padding"] = "x" * faults.list_padding_bytes
        return _Answer(200, body)

    def _idempotent_write(self, request: Request, route: _Route) -> _Answer:
        """POST/PATCH, replaying the stored answer for a repeated ``Idempotency-Key`` when the
        switch is on (the real API does not publish the header, so it is off by default)."""
        key = request.headers.get("idempotency-key")
        if not (self.config.idempotency_keys and key):
            return self._write(request, route)
        slot = (request.method, urlsplit(request.target).path, key)
        stored = self._idempotent.get(slot)
        if stored is not None:
            replay = _Answer(stored.status, stored.payload, dict(stored.headers))
            replay.headers["Idempotent-Replayed"] = "true"
            return replay
        answer = self._write(request, route)
        if answer.status < 500:
            self._idempotent[slot] = _Answer(answer.status, answer.payload, dict(answer.headers))
        return answer

    def _write(self, request: Request, route: _Route) -> _Answer:
        try:
            body = self._json_object(request)
            if route.name == "registrations":
                return self._create(route.event_id, body)
            return self._patch(route, body)
        except _ApiError as exc:
            return exc.answer

    def _json_object(self, request: Request) -> dict:
        content_type = request.headers.get("content-type", "")
        if "json" not in content_type.lower():
            raise _ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json")
        try:
            body = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _ApiError(400, "BAD_REQUEST", "Body is not valid JSON") from None
        if not isinstance(body, dict):
            raise _ApiError(400, "BAD_REQUEST", "Body must be a JSON object")
        return body

    def _create(self, event_id: str | None, body: dict) -> _Answer:
        event = self._event_or_404(event_id)
        fields = _validate_create(body)
        if event["status"] == "cancelled":
            raise _ApiError(409, "EVENT_CANCELLED", "Event is cancelled")
        party = 1 + fields["guest_count"]
        if fields["status"] in contract.STATUSES_HOLDING_PLACES and not self._fits(event, party):
            raise _ApiError(409, "CAPACITY_EXCEEDED", "Event is full")
        row = {
            "id": data.random_id(self._rng, "reg_", data.REGISTRATION_ID_LENGTH, self._taken_ids),
            "event_id": event["id"],
            **fields,
            "created_at": self._now_stamp(),
        }
        self._insert(row)
        log.info("created %s for %s (%s, party of %d)", row["id"], event["id"], row["status"],
                 party)
        shown = dict(row) if self.config.full_create_response else {
            k: row[k] for k in _CREATE_FIELDS
        }
        return _Answer(201, {"data": shown}, applied=True)

    def _patch(self, route: _Route, body: dict) -> _Answer:
        row = self._registration_or_404(route)
        new = body.get("status")
        if not isinstance(new, str) or new not in contract.STATUSES:
            raise _ApiError(
                422, "VALIDATION_ERROR", "Invalid status",
                {"status": f"must be one of {', '.join(contract.STATUSES)}"},
            )
        old = row["status"]
        if old == Status.CANCELLED and new == contract.CHECKED_IN_STATUS:
            raise _ApiError(409, "CONFLICT", "A cancelled registration cannot be checked in")
        if (
            old not in contract.STATUSES_HOLDING_PLACES
            and new in contract.STATUSES_HOLDING_PLACES
            and not self._fits(self._events[row["event_id"]], 1 + row["guest_count"])
        ):
            raise _ApiError(409, "CAPACITY_EXCEEDED", "Event is full")
        self._change_status(row, new)
        self._patch_log.append((row["id"], old, new))
        if old != new:
            log.info("registration %s: %s -> %s", row["id"], old, new)
        return _Answer(200, {"data": dict(row)}, applied=old != new)

    # ----------------------------------------------------------------- injected trouble

    def _injected_error(self) -> Reply:
        """A 5xx as a gateway or the service would send it: JSON, HTML or nothing."""
        kind = self.faults.choice(("json", "html", "empty"))
        if kind == "json":
            status = self.faults.choice((500, 503))
            body = _encode(_error_body("INTERNAL_ERROR", "Internal server error"))
            return Reply(status, body, [("Content-Type", "application/json")])
        if kind == "html":
            status = self.faults.choice((502, 504))
            title = "502 Bad Gateway" if status == 502 else "504 Gateway Time-out"
            page = (
                f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
                f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
                "</body>\r\n</html>\r\n"
            )
            return Reply(status, page.encode(), [("Content-Type", "text/html")])
        return Reply(self.faults.choice((500, 502, 503, 504)), b"")

    def _garbled(self, reply: Reply) -> Reply:
        """The same status and headers with a body no JSON parser accepts."""
        kind = self.faults.choice(("truncated", "text", "html"))
        if kind == "truncated":
            body = reply.body[: max(1, len(reply.body) // 2)]
        elif kind == "text":
            body = b"OK"
        else:
            body = b"<html><body>Please wait while we check your browser\xe2\x80\xa6</body></html>"
        return Reply(reply.status, body, list(reply.headers))


def _portal_login() -> Reply:
    """What a venue Wi-Fi's captive portal answers to anything before its login."""
    page = b"<html><head><title>Welcome</title></head><body>Please log in</body></html>"
    return Reply(302, page, [("Location", "http://portal.venue.example/login"),
                             ("Content-Type", "text/html")])


def _meta(total: int, limit: int, offset: int, returned: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "hasMore": offset + returned < total}


def _presented_key(headers: Mapping[str, str]) -> str | None:
    """The key from ``Authorization: Bearer`` (preferred) or ``X-API-Key``; None if neither."""
    auth = headers.get("authorization")
    if auth:
        scheme, _, credentials = auth.partition(" ")
        if scheme.lower() == "bearer" and credentials.strip():
            return credentials.strip()
        return ""  # present but unusable: invalid, not missing
    key = headers.get("x-api-key")
    if key is not None:
        return key.strip()
    return None


def _validate_create(body: dict) -> dict[str, Any]:
    """The fields of a new registration, or a 422 listing every problem at once."""
    errors: dict[str, str] = {}

    def text(name: str, required: bool, max_length: int) -> str | None:
        value = body.get(name)
        if value is None:
            if required:
                errors[name] = "is required"
            return None
        if not isinstance(value, str):
            errors[name] = "must be a string"
            return None
        if required and not value.strip():
            errors[name] = "must not be blank"
        elif len(value) > max_length:
            errors[name] = f"must be at most {max_length} characters"
        return value

    name = text("attendee_name", True, MAX_NAME_LENGTH)
    email = text("attendee_email", True, MAX_EMAIL_LENGTH)
    if email is not None and "attendee_email" not in errors and not _EMAIL_SHAPE.match(email):
        errors["attendee_email"] = "must be an e-mail address"
    phone = text("attendee_phone", False, MAX_PHONE_LENGTH)
    notes = text("notes", False, MAX_NOTES_LENGTH)
    status = body.get("status", Status.PENDING)
    if status not in contract.STATUSES:
        errors["status"] = f"must be one of {', '.join(contract.STATUSES)}"
    guests = body.get("guest_count", 0)
    if guests is None:
        guests = 0
    if isinstance(guests, bool) or not isinstance(guests, int):
        errors["guest_count"] = "must be an integer"
    elif not 0 <= guests <= MAX_GUEST_COUNT:
        errors["guest_count"] = f"must be between 0 and {MAX_GUEST_COUNT}"
    if errors:
        raise _ApiError(422, "VALIDATION_ERROR", "Validation failed", errors)
    return {
        "attendee_name": name.strip() if name else name,
        "attendee_email": email.strip() if email else email,
        "attendee_phone": phone,
        "status": status,
        "guest_count": guests,
        "notes": notes,
    }


# --------------------------------------------------------------------------- HTTP layer


class _Server(ThreadingHTTPServer):
    """A threading HTTP server whose ``server_close`` really ends every connection.

    The stdlib does not join daemon handler threads (and non-daemon ones would keep the
    interpreter alive), and a handler waits on an idle keep-alive connection until the
    client hangs up. So this server tracks its handler threads and open sockets itself:
    :meth:`close_connections` wakes the handlers, :meth:`server_close` joins them.
    """

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], simulator: Simulator) -> None:
        self.simulator = simulator
        self._open: set[socket.socket] = set()
        self._handlers: list[threading.Thread] = []
        self._open_lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind does a reverse DNS lookup (getfqdn), slow on some networks.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread,
            args=(request, client_address),
            name="kiosk-simulator-connection",
            daemon=True,
        )
        with self._open_lock:
            self._open.add(request)
            self._handlers = [t for t in self._handlers if t.is_alive()]
            self._handlers.append(thread)
        thread.start()

    def server_close(self) -> None:
        super().server_close()
        with self._open_lock:
            handlers, self._handlers = self._handlers, []
        for thread in handlers:
            thread.join()

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Wake every handler blocked on an idle keep-alive connection."""
        with self._open_lock:
            open_sockets = list(self._open)
        for sock in open_sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s failed", client_address, exc_info=True)


class _Handler(BaseHTTPRequestHandler):
    """HTTP/1.1 with keep-alive: every answer has a Content-Length, bodies are read fully."""

    protocol_version = "HTTP/1.1"
    server_version = "WebKasaSimulator/1.0"
    sys_version = ""
    # Headers and body go out in two writes; with Nagle on, the client's delayed ACK would
    # add ~40 ms to every keep-alive request.
    disable_nagle_algorithm = True
    server: _Server

    def date_time_string(self, timestamp: float | None = None) -> str:
        """The ``Date`` header by the simulator's clock (a server whose clock is off)."""
        return formatdate(self.server.simulator._clock() if timestamp is None else timestamp,
                          usegmt=True)

    def do_GET(self) -> None:
        self._serve()

    do_HEAD = do_POST = do_PATCH = do_PUT = do_DELETE = do_OPTIONS = do_GET

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except ValueError as exc:
            self.close_connection = True
            status = 413 if "large" in str(exc) else 400
            self._send(Reply(status, _encode(_error_body("BAD_REQUEST", str(exc))),
                             [("Content-Type", "application/json")]))
            return
        headers = {name.lower(): value for name, value in self.headers.items()}
        request = Request(self.command, self.path, headers, body, self.client_address[0])
        reply = self.server.simulator.handle(request)
        if reply.drop or reply.status is None:
            self._drop()
        else:
            self._send(reply)

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked()
        raw = self.headers.get("Content-Length")
        if raw is None:
            return b""
        try:
            length = int(raw)
        except ValueError:
            raise ValueError("bad Content-Length") from None
        if length < 0:
            raise ValueError("bad Content-Length")
        if length > MAX_BODY_BYTES:
            raise ValueError("body too large")
        return self.rfile.read(length)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1024)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise ValueError("bad chunk") from None
            if size == 0:
                while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            total += size
            if total > MAX_BODY_BYTES:
                raise ValueError("body too large")
            chunks.append(self.rfile.read(size))
            self.rfile.readline(8)

    def _send(self, reply: Reply) -> None:
        assert reply.status is not None
        try:
            self.send_response(reply.status)
            for name, value in reply.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self._write_body(reply.body)
        except OSError:
            self.close_connection = True

    def _write_body(self, body: bytes) -> None:
        rate = self.server.simulator.faults.trickle_bytes_per_s
        if rate <= 0:
            self.wfile.write(body)
            return
        stopping = self.server.simulator._stopping
        step = max(1, int(rate)) if rate >= 1 else 1
        for start in range(0, len(body), step):
            self.wfile.write(body[start:start + step])
            self.wfile.flush()
            if stopping.wait(step / rate):
                self.close_connection = True
                return

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        log.debug("http: " + format, *args)
