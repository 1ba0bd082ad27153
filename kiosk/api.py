"""The WebKasa API client (httpx).

Errors form a small tree, so callers decide by kind, never by parsing messages::

    ApiError                 anything that went wrong talking to the API
    ├── TransportError       no answer (connection refused, dropped, timed out): retry later
    │   └── CaptivePortal    a redirect or an HTML page instead of the API: a login wall
    ├── RateLimited          429: wait ``retry_after`` seconds
    ├── ServerError          5xx, or a 2xx whose body is unreadable: retry with backoff
    └── Rejected             4xx that retrying will not fix (``status_code``, ``code``)
        └── AuthError        401/403: the key is wrong, revoked or lacks a scope

``TransportError`` and ``ServerError`` carry ``maybe_applied``: the request reached (or may
have reached) the server, so a write may have taken effect although no answer came back.

Every request has an overall deadline (``deadline``) on top of httpx's per-read timeout, so
a server trickling a byte a second cannot hold a request for hours, and an answer larger
than ``max_answer_bytes`` is refused while it arrives instead of filling memory: the body is
streamed and both are checked chunk by chunk.

Reads are retried here (a few times, with jittered exponential backoff, via tenacity);
writes are not: the outbox owns their retries because only it knows what is safe to resend.
The API key never appears in ``repr``, in errors or in logs.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

import httpx
import tenacity

from kiosk import __version__
from kiosk.contract import (
    API_PREFIX,
    GET_REGISTRATION_UNAVAILABLE,
    PATCH_REGISTRATION_PATH,
    REQUESTED_PAGE_SIZE,
)
from kiosk.logs import mask, redact, register_secret
from kiosk.models import Event

if TYPE_CHECKING:
    from kiosk.settings import Settings

log = logging.getLogger("kiosk.api")

MAX_ERROR_TEXT = 200
MAX_RATE_WAIT_S = 120.0
MAX_ANSWER_BYTES = 20 * 1024 * 1024


class ApiError(Exception):
    """Base of every API failure; ``str(exc)`` is a one-line message fit for staff."""

    status_code: int | None = None
    maybe_applied: bool = False


class TransportError(ApiError):
    def __init__(self, message: str, *, maybe_applied: bool = False) -> None:
        super().__init__(message)
        self.maybe_applied = maybe_applied


class CaptivePortal(TransportError):
    """The network answered in the API's place: a redirect (venue Wi-Fi sending every request
    to its login page) or an HTML page. The API is not reachable yet, so this is "offline",
    retried like any transport trouble and never a refusal: once a portal's 302 made every
    waiting upload a permanent conflict, and nothing was retried when the network came back."""

    def __init__(self, *, maybe_applied: bool = False) -> None:
        super().__init__(CAPTIVE_PORTAL_REASON, maybe_applied=maybe_applied)


CAPTIVE_PORTAL_REASON = "The network wants a login (captive portal)"


class RateLimited(ApiError):
    status_code = 429

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServerError(ApiError):
    maybe_applied = True

    def __init__(self, message: str, status_code: int | None) -> None:
        super().__init__(message)
        self.status_code = status_code


class Rejected(ApiError):
    def __init__(self, message: str, status_code: int, code: str | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code


class AuthError(Rejected):
    pass


class AnswerTooLarge(ServerError):
    """The answer is larger than the client accepts; asking again would not make it smaller."""


@dataclass(frozen=True, slots=True)
class Page:
    data: list[dict[str, Any]]
    total: int | None
    limit: int
    offset: int
    has_more: bool | None


class Pacer:
    """Keeps a fleet of kiosks sharing one key under the rate limit.

    It reads ``X-RateLimit-Remaining``/``Reset`` of every answer (separately for reads and
    writes, which have separate budgets) and, once the remaining budget runs low, spreads the
    rest of it over what is left of the window instead of spending it at once and hitting 429.
    """

    def __init__(
        self,
        *,
        low_water: float = 0.25,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.low_water = low_water
        self.clock = clock
        self.sleep = sleep
        self._lock = threading.Lock()
        self._budget: dict[str, tuple[int, int, float]] = {}  # kind -> (limit, remaining, reset)
        self._blocked_until: dict[str, float] = {}

    def delay(self, kind: str) -> float:
        """Seconds to wait before the next request of this kind."""
        now = self.clock()
        with self._lock:
            wait = max(0.0, self._blocked_until.get(kind, 0.0) - now)
            budget = self._budget.get(kind)
        if budget:
            limit, remaining, reset = budget
            window_left = max(0.0, reset - now)
            if window_left > 0 and remaining <= 0:
                wait = max(wait, window_left)
            elif window_left > 0 and remaining < limit * self.low_water:
                wait = max(wait, window_left / (remaining + 1))
        return min(wait, MAX_RATE_WAIT_S)

    def wait(self, kind: str) -> None:
        delay = self.delay(kind)
        if delay > 0:
            log.debug("pacing %s requests: waiting %.2fs", kind, delay)
            self.sleep(delay)

    def observe(self, kind: str, headers: httpx.Headers) -> None:
        try:
            limit = int(headers["X-RateLimit-Limit"])
            remaining = int(headers["X-RateLimit-Remaining"])
            reset = float(headers["X-RateLimit-Reset"])
        except (KeyError, ValueError):
            return
        with self._lock:
            if reset < self.clock():  # a window that already reset tells nothing
                self._budget.pop(kind, None)
            else:
                self._budget[kind] = (limit, remaining, reset)

    def block(self, kind: str, seconds: float) -> None:
        with self._lock:
            self._blocked_until[kind] = max(
                self._blocked_until.get(kind, 0.0), self.clock() + seconds
            )


def _kind(method: str) -> str:
    return "read" if method == "GET" else "write"


class WebKasaClient:
    """The WebKasa registrations API over one pooled httpx client.

    Reads are retried (tenacity, jittered backoff, bounded by ``request_deadline_s``); writes
    never are, so the outbox alone decides whether a change is sent again. Every failure is
    one of the named errors above. Requests are paced to the key's published budget
    (:class:`Pacer`), answers larger than ``max_answer_bytes`` are refused as they arrive,
    and the key never reaches a log or an error text (:func:`redact`). Build it from the
    settings with :func:`client_for`; the transport is injectable for tests.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        auth_scheme: str = "bearer",
        timeout: float = 10.0,
        deadline: float | None = None,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        transport: httpx.BaseTransport | None = None,
        pacer: Pacer | None = None,
        read_attempts: int = 4,
        backoff_max_s: float = 8.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if auth_scheme not in ("bearer", "x-api-key"):
            raise ValueError(f"unknown auth scheme {auth_scheme!r}")
        self.base_url = base_url.rstrip("/")
        # a key pasted or piped with a newline (or spaces) around it is the same key
        self._key = clean_key(api_key)
        register_secret(api_key)
        register_secret(self._key)
        self.deadline = deadline if deadline is not None else 3 * timeout
        self.max_answer_bytes = max_answer_bytes
        self.auth_scheme = auth_scheme
        self.pacer = pacer or Pacer()
        self.read_attempts = read_attempts
        self.backoff_max_s = backoff_max_s
        self.clock = clock
        self.server_clock_skew_s: float | None = None
        """The server's clock minus ours (seconds) by the ``Date`` header of the last good
        answer; None before one. A door whose clock is wrong stamps its check-ins wrongly."""
        self.on_outcome: Callable[[ApiError | None], None] | None = None
        """Told of every single request's outcome (None: the server answered usefully), from
        the thread that made it. The door marks itself offline from the first failure,
        instead of after a read's retries or an upload's drain (a minute of "Online" while
        every request timed out)."""
        self._http = httpx.Client(
            base_url=self.base_url + API_PREFIX,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            transport=transport,
            headers={"User-Agent": f"webkasa-kiosk/{__version__}", "Accept": "application/json"},
            follow_redirects=False,
        )

    def __repr__(self) -> str:
        return f"WebKasaClient({self.base_url!r}, auth={self.auth_scheme})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> WebKasaClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- published calls ---------------------------------------------------------------

    def list_events(self, **filters: Any) -> list[Event]:
        """Every event matching the filters (``upcoming=True``, ``include_counts=True``, ...)."""
        params = {k: _param(v) for k, v in filters.items() if v is not None}
        events: list[Event] = []
        offset = 0
        while True:
            page = self._page("/events", {**params, "limit": 100, "offset": offset})
            events.extend(event_from_api(e) for e in page.data if isinstance(e, dict))
            offset += len(page.data)
            if not page.data or not _more(page, offset):
                return events

    def get_event(self, event_id: str) -> Event:
        body = self._request("GET", f"/events/{_seg(event_id)}")
        return event_from_api(_data_object(body))

    def list_registrations(
        self,
        event_id: str,
        *,
        status: str | None = None,
        limit: int = REQUESTED_PAGE_SIZE,
        offset: int = 0,
    ) -> Page:
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        if status:
            params["status"] = status
        return self._page(f"/events/{_seg(event_id)}/registrations", params)

    def iter_registrations(self, event_id: str, **kwargs: Any) -> Iterator[Page]:
        """Pages of an event's registrations, front to back (no protection against shifts:
        :mod:`kiosk.sync` adds that)."""
        offset = 0
        while True:
            page = self.list_registrations(event_id, offset=offset, **kwargs)
            yield page
            offset = page.offset + len(page.data)
            if not page.data or not _more(page, offset):
                return

    def create_registration(
        self, event_id: str, body: dict[str, Any], *, idempotency_key: str | None = None
    ) -> dict[str, Any]:
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        answer = self._request(
            "POST", f"/events/{_seg(event_id)}/registrations", json=body, headers=headers
        )
        return _data_object(answer)

    # -- assumed calls (API notes part B) ----------------------------------------------

    def get_registration(self, event_id: str, registration_id: str) -> dict[str, Any] | None:
        """One registration, or None where the server does not offer this call (B.2)."""
        try:
            answer = self._request(
                "GET", f"/events/{_seg(event_id)}/registrations/{_seg(registration_id)}"
            )
        except Rejected as exc:
            if exc.status_code in GET_REGISTRATION_UNAVAILABLE:
                return None
            raise
        return _data_object(answer)

    def update_status(self, event_id: str, registration_id: str, status: str) -> dict[str, Any]:
        path = PATCH_REGISTRATION_PATH.format(
            event_id=_seg(event_id), registration_id=_seg(registration_id)
        )
        return _data_object(self._request("PATCH", path, json={"status": status}))

    # -- plumbing ----------------------------------------------------------------------

    def _page(self, path: str, params: dict[str, Any]) -> Page:
        body = self._request("GET", path, params=params)
        data = body.get("data")
        meta = body.get("meta")
        if not isinstance(data, list) or not isinstance(meta, dict):
            raise ServerError("The server's list answer is malformed (no data/meta)", 200)
        try:
            limit = int(meta.get("limit") or len(data) or params.get("limit", 0))
            offset = int(meta.get("offset", params.get("offset", 0)))
            total = int(meta["total"]) if meta.get("total") is not None else None
        except (TypeError, ValueError):
            raise ServerError("The server's list answer has unreadable paging fields",
                              200) from None
        has_more = meta.get("hasMore")
        return Page(data, total, limit, offset, has_more if isinstance(has_more, bool) else None)

    def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        if method != "GET":
            return self._request_once(method, path, **kwargs)
        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception(_worth_retrying),
            stop=tenacity.stop_after_attempt(self.read_attempts),
            wait=_wait_for(self.backoff_max_s),
            sleep=self.pacer.sleep,
            reraise=True,
            before_sleep=lambda state: log.info(
                "GET %s failed (%s); retry %d", path,
                state.outcome.exception() if state.outcome else None, state.attempt_number
            ),
        )
        return retrying(self._request_once, method, path, **kwargs)

    def _request_once(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            answer = self._exchange(method, path, **kwargs)
        except ApiError as exc:
            self._tell(exc)
            raise
        self._tell(None)
        return answer

    def _tell(self, error: ApiError | None) -> None:
        if self.on_outcome is None:
            return
        try:
            self.on_outcome(error)
        except Exception:  # an observer's trouble must not become the request's
            log.exception("request outcome observer failed")

    def _exchange(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        kind = _kind(method)
        self.pacer.wait(kind)
        headers = {**self._auth_headers(), **(kwargs.pop("headers", None) or {})}
        started = time.monotonic()
        try:
            with self._http.stream(method, path, headers=headers, **kwargs) as response:
                content = self._read_body(method, response, started)
        except httpx.TimeoutException as exc:
            # a write whose answer timed out may well have been applied
            sent = not isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout))
            raise TransportError(f"{method} timed out", maybe_applied=sent) from None
        except (httpx.ConnectError, httpx.UnsupportedProtocol) as exc:
            raise TransportError(f"Cannot reach the server ({self._short(exc)})") from None
        except httpx.LocalProtocolError:
            # h11 quotes the offending header, which may be the key itself: never repeat it
            raise TransportError("A request header cannot be sent (check the API key for "
                                 "stray characters)") from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise TransportError(
                f"The connection dropped ({self._short(exc)})", maybe_applied=True
            ) from None
        except httpx.HTTPError as exc:
            raise TransportError(f"Network error ({self._short(exc)})",
                                 maybe_applied=True) from None
        self.pacer.observe(kind, response.headers)
        log.debug("%s %s -> %d", method, path, response.status_code)
        answer = self._interpret(method, response, content)
        self._note_server_time(response.headers.get("Date"))
        return answer

    def _note_server_time(self, date: str | None) -> None:
        """Record how far the server's clock is from ours, from a good answer's ``Date``
        header (whole seconds: enough to warn of a clock a minute or more off)."""
        try:
            server = parsedate_to_datetime(date or "").timestamp()
        except (TypeError, ValueError, IndexError, OverflowError):
            return
        if math.isfinite(server):
            self.server_clock_skew_s = server - self.clock()

    def _read_body(self, method: str, response: httpx.Response, started: float) -> bytes:
        """The whole body, refused as soon as it is too large or too slow in coming."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_answer_bytes:
            raise AnswerTooLarge(self._too_large(method), response.status_code)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_answer_bytes:
                raise AnswerTooLarge(self._too_large(method), response.status_code)
            if time.monotonic() - started > self.deadline:
                raise TransportError(
                    f"{method} timed out: the server took more than {self.deadline:.0f}s to answer",
                    maybe_applied=method != "GET",
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def _too_large(self, method: str) -> str:
        return (f"The server's answer to {method} is larger than "
                f"{self.max_answer_bytes / 1_048_576:.0f} MB; refused")

    def _short(self, exc: BaseException) -> str:
        """An exception as one line of error text, never with the key in it (this text
        ends up in logs, in ``outbox.last_error`` and on screen)."""
        text = _short(exc)
        if self._key:
            text = text.replace(self._key, mask(self._key))
        return redact(text)

    def _interpret(self, method: str, response: httpx.Response, content: bytes) -> dict[str, Any]:
        status = response.status_code
        if _captive_portal(response):
            # a 2xx page in answer to a write cannot prove the write went nowhere
            raise CaptivePortal(maybe_applied=method != "GET" and 200 <= status < 300)
        body = _json_or_none(content)
        if 200 <= status < 300:
            if not isinstance(body, dict):
                raise ServerError(f"The server's answer to {method} is not readable JSON", status)
            return body
        message, code = _error_text(body, response, content)
        if status == 429:
            retry_after = _retry_after(response, body)
            self.pacer.block(_kind(method), retry_after)
            raise RateLimited(f"Rate limited: retry in {retry_after:.0f}s", retry_after)
        if status >= 500:
            raise ServerError(f"Server error {status}: {message}", status)
        if status in (401, 403):
            raise AuthError(f"API key refused ({status}): {message}", status, code)
        raise Rejected(f"Refused ({status}): {message}", status, code)

    def _auth_headers(self) -> dict[str, str]:
        if not self._key:
            return {}
        if not all(33 <= ord(ch) <= 126 for ch in self._key):
            # h11 would quote the whole header (key included) in its error, or fail to encode it
            raise AuthError("The API key contains spaces, line breaks or other characters a key "
                            "cannot have: enter it again", 401, "MALFORMED_KEY")
        if self.auth_scheme == "x-api-key":
            return {"X-API-Key": self._key}
        return {"Authorization": f"Bearer {self._key}"}


def _wait_for(backoff_max_s: float) -> Callable[[tenacity.RetryCallState], float]:
    jitter = tenacity.wait_random_exponential(multiplier=0.25, max=backoff_max_s)

    def wait(state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, RateLimited):
            return 0.0  # the pacer already blocks until Retry-After
        return jitter(state)

    return wait


def client_for(settings: Settings, api_key: str | None, **overrides: Any) -> WebKasaClient:
    """The client the settings describe (URL, auth scheme, timeout, deadline, answer size).
    The door, the commands and the setup all build theirs here, so a setting changed by
    staff reaches every request; ``overrides`` are for what a caller injects (a transport)."""
    options: dict[str, Any] = {
        "auth_scheme": settings.auth_scheme,
        "timeout": settings.request_timeout_s,
        "deadline": settings.request_deadline_s,
        "max_answer_bytes": int(settings.max_answer_mb * 1_048_576),
    }
    return WebKasaClient(settings.api_url, api_key, **{**options, **overrides})


def clean_key(key: str | None) -> str:
    """A key as given by a flag, the environment, the keyring, a prompt or a paste, without
    the whitespace and line ends around it."""
    return (key or "").strip()


def _captive_portal(response: httpx.Response) -> bool:
    """A redirect, 511 (Network Authentication Required), or an HTML page where the API
    answers JSON: something between the kiosk and the API answered instead. 5xx pages stay
    server trouble (a gateway's error page)."""
    status = response.status_code
    html = response.headers.get("content-type", "").split(";")[0].strip().lower() == "text/html"
    return 300 <= status < 400 or status == 511 or (html and status < 500)


def _worth_retrying(exc: BaseException) -> bool:
    if isinstance(exc, AnswerTooLarge):
        return False
    return isinstance(exc, (TransportError, ServerError, RateLimited))


def _more(page: Page, next_offset: int) -> bool:
    if page.has_more is not None:
        return page.has_more
    return page.total is not None and next_offset < page.total


def _param(value: Any) -> Any:
    return ("true" if value else "false") if isinstance(value, bool) else value


def _seg(value: str) -> str:
    """An id as one path segment: anything that could escape the path is refused."""
    if not value or any(ch in value for ch in "/?#%\\") or value in (".", ".."):
        raise Rejected(f"Not a valid id: {value[:40]!r}", 400)
    return value


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:MAX_ERROR_TEXT]


def _json_or_none(content: bytes) -> Any:
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def _error_text(body: Any, response: httpx.Response, content: bytes) -> tuple[str, str | None]:
    if isinstance(body, dict):
        error: Any = body.get("error")
        code: Any = body.get("code")
        if isinstance(error, dict):  # some gateways nest it
            error, code = error.get("message"), error.get("code", code)  # type: ignore[union-attr]
        text = str(error) if error else (response.reason_phrase or "error")
        fields = _field_errors(body.get("details", body.get("errors")))
        if fields:  # which field failed, in the server's words: "Validation failed" hid it
            text = f"{text}: {fields}"
        return redact(text[:MAX_ERROR_TEXT]), str(code)[:MAX_ERROR_TEXT] if code else None
    kind = response.headers.get("content-type", "").split(";")[0] or "no content type"
    if not content:
        return f"{response.reason_phrase or 'error'} (empty answer)", None
    return f"{response.reason_phrase or 'error'} (unreadable {kind} answer)", None


def _field_errors(details: Any) -> str:
    """A refusal's per-field reasons as one line (``guest_count: must be between 0 and
    20``), from ``{"field": "why"}`` or ``[{"field": ..., "message": ...}]``; "" if none."""
    if isinstance(details, dict):
        pairs = [(k, v) for k, v in details.items()]
    elif isinstance(details, list):
        pairs = [(d.get("field", ""), d.get("message", "")) if isinstance(d, dict) else ("", d)
                 for d in details]
    else:
        return ""
    parts = []
    for name, why in pairs:
        why = "; ".join(map(str, why)) if isinstance(why, list) else str(why)
        parts.append(f"{name}: {why}" if name else why)
    return "; ".join(p for p in parts if p)


def _retry_after(response: httpx.Response, body: Any) -> float:
    for value in (
        response.headers.get("Retry-After"),
        body.get("retry_after") if isinstance(body, dict) else None,
    ):
        try:
            seconds = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        if seconds >= 0:
            return min(seconds, MAX_RATE_WAIT_S)
    return 30.0


def _data_object(body: dict[str, Any]) -> dict[str, Any]:
    data = body.get("data")
    if not isinstance(data, dict):
        raise ServerError("The server's answer has no data object", 200)
    return data


def event_from_api(raw: dict[str, Any]) -> Event:
    if not isinstance(raw.get("id"), str):
        raise ServerError("An event in the server's answer has no id", 200)
    counts = raw.get("registration_counts") or raw.get("counts")
    total = raw.get("registration_count")
    if total is None and isinstance(counts, dict):
        total = counts.get("total")
    slots = raw.get("slots")
    return Event(
        id=raw["id"],
        title=str(raw.get("title") or raw["id"]),
        slots=int(slots) if isinstance(slots, (int, float)) and slots >= 0 else None,
        start_date=_opt(raw.get("start_date")),
        start_time=_opt(raw.get("start_time")),
        end_time=_opt(raw.get("end_time")),
        timezone=_opt(raw.get("timezone")),
        location=_opt(raw.get("location")),
        status=_opt(raw.get("status")),
        description=_opt(raw.get("description")),
        registration_count=int(total) if isinstance(total, (int, float)) else None,
    )


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)
