"""Trust between doors: one shared secret, every message signed, no message twice.

Doors of one event that share an API key trust each other without configuration: the peer
secret is HMAC-SHA256(api key, event id), a one-way derivation, so the key itself never
leaves the door and a door of another event (or with another key) gets another secret.
Doors with different keys are given the same ``peer_secret`` by staff instead.

A request is signed over method, path, timestamp, nonce and the body's hash; the server
answers only signed requests whose timestamp is within :data:`WINDOW_S` of its clock and
whose nonce it has not seen in that window, so a captured request cannot be played again,
now or later. The nonces seen are also appended to a file in the data folder and read back
on start: kept in memory only, a captured request was accepted again after the receiving
door restarted (issue 19). The answer is signed over the request's nonce and its own body, so a door
with another secret can neither read (it gets a bare 401) nor inject (its answers fail).
Bodies are not encrypted: they carry registration ids and times only, no names or e-mails.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from kiosk.peers import identity

log = logging.getLogger("kiosk.peers")

WINDOW_S = 120.0
MAX_NONCES = 200_000
_DERIVE_LABEL = b"webkasa-kiosk peer secret v1\n"
_STAMP = re.compile(r"\d{1,12}(\.\d{1,6})?\Z")  # seconds: never "nan", "inf" or "1e9"


def derive_secret(api_key: str, event_id: str) -> bytes:
    """The peer secret of doors sharing ``api_key`` for ``event_id``: one-way."""
    return hmac.new(api_key.encode(), _DERIVE_LABEL + event_id.encode(), hashlib.sha256).digest()


def secret_from_setting(peer_secret: str, event_id: str) -> bytes:
    """A staff-chosen ``peer_secret``, bound to the event like the derived one."""
    return derive_secret(peer_secret, event_id)


def _body_hash(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def _request_message(method: str, path: str, stamp: str, nonce: str, body: bytes) -> bytes:
    return "\n".join((method.upper(), path, stamp, nonce, _body_hash(body))).encode()


def _response_message(nonce: str, status: int, body: bytes) -> bytes:
    return "\n".join(("response", nonce, str(status), _body_hash(body))).encode()


def sign_request(secret: bytes, method: str, path: str, body: bytes,
                 *, now: float | None = None) -> dict[str, str]:
    stamp = f"{time.time() if now is None else now:.3f}"
    nonce = secrets.token_hex(16)
    message = _request_message(method, path, stamp, nonce, body)
    return {"X-Peer-Time": stamp, "X-Peer-Nonce": nonce,
            "X-Peer-Signature": hmac.new(secret, message, hashlib.sha256).hexdigest()}


def sign_response(secret: bytes, nonce: str, status: int, body: bytes) -> str:
    return hmac.new(secret, _response_message(nonce, status, body), hashlib.sha256).hexdigest()


# Which door is talking. The shared secret admits a door to the exchange but any holder could
# write any door id into a message; the door id is a public key, so each request and answer
# also carries the door's own signature over what the secret's HMAC covers (the nonce
# included: not replayable). A door that does not prove its id (an older kiosk, or one
# speaking for another) is still heard, but never taken as the venue's puller.
DOOR_HEADER = "X-Peer-Door"


def door_request_proof(key: Any, headers: Mapping[str, str], method: str, path: str,
                       body: bytes) -> str:
    return key.sign(_request_message(method, path, headers["X-Peer-Time"],
                                     headers["X-Peer-Nonce"], body))


def door_request_vouched(door_id: str, headers: Any, method: str, path: str,
                         body: bytes) -> bool:
    return identity.verify(door_id, _request_message(
        method, path, str(headers.get("X-Peer-Time") or ""),
        str(headers.get("X-Peer-Nonce") or ""), body), headers.get(DOOR_HEADER))


def door_answer_proof(key: Any, nonce: str, status: int, body: bytes) -> str:
    return key.sign(_response_message(nonce, status, body))


def door_answer_vouched(door_id: str, nonce: str, status: int, body: bytes,
                        proof: Any) -> bool:
    return identity.verify(door_id, _response_message(nonce, status, body), proof)


def response_ok(secret: bytes, nonce: str, status: int, body: bytes, signature: str) -> bool:
    return hmac.compare_digest(sign_response(secret, nonce, status, body), signature or "")


class Rejected(Exception):
    """A message that is not from a door with our secret, or not fresh."""


class Verifier:
    """Checks signatures and remembers nonces for the time window (thread-safe)."""

    def __init__(self, secret: bytes, *, clock: Callable[[], float] = time.time,
                 nonce_file: Path | None = None) -> None:
        self.secret = secret
        self.clock = clock
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()
        self._file = Path(nonce_file) if nonce_file is not None else None
        self._appended = 0
        if self._file is not None:
            self._load()

    def _load(self) -> None:
        """The nonces of the window that a process before this one answered."""
        now = self.clock()
        try:
            text = self._file.read_text(encoding="ascii", errors="replace")  # type: ignore[union-attr]
        except FileNotFoundError:
            return
        except OSError as exc:
            log.warning("cannot read the peer nonces (%s): refusing requests for %.0f s",
                        exc, WINDOW_S)
            self._refuse_until = now + WINDOW_S
            return
        for line in text.splitlines():
            until, _, nonce = line.partition(" ")
            try:
                expiry = float(until)
            except ValueError:
                continue
            if expiry > now and 0 < len(nonce) <= 64:
                self._seen[nonce] = expiry
        self._rewrite(now)

    _refuse_until = 0.0

    def _rewrite(self, now: float) -> None:
        """Keep only the live nonces on disk (atomically), so the file never grows all day."""
        assert self._file is not None
        tmp = self._file.with_name(self._file.name + ".tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as fh:
                fh.writelines(f"{t:.3f} {n}\n" for n, t in self._seen.items() if t > now)
            os.replace(tmp, self._file)
        except OSError as exc:
            log.warning("cannot write the peer nonces: %s", exc)
        self._appended = 0

    def _remember(self, nonce: str, expiry: float, now: float) -> None:
        self._seen[nonce] = expiry
        if self._file is None:
            return
        if self._appended >= 4096:
            self._rewrite(now)
            return
        try:
            with open(self._file, "a", encoding="ascii") as fh:
                fh.write(f"{expiry:.3f} {nonce}\n")
            self._appended += 1
        except OSError as exc:
            log.warning("cannot write the peer nonces: %s", exc)

    def check(self, method: str, path: str, body: bytes, headers: Mapping[str, str]) -> str:
        """The request's nonce when it is authentic and fresh; else :class:`Rejected`."""
        stamp = headers.get("X-Peer-Time") or ""
        nonce = headers.get("X-Peer-Nonce") or ""
        signature = headers.get("X-Peer-Signature") or ""
        if not (stamp and nonce and signature) or len(nonce) > 64:
            raise Rejected("unsigned message")
        message = "\n".join((method.upper(), path, stamp, nonce, _body_hash(body))).encode()
        expected = hmac.new(self.secret, message, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, signature):
            raise Rejected("bad signature (another API key or peer secret?)")
        if not _STAMP.match(stamp):
            raise Rejected("bad timestamp")
        sent = float(stamp)
        now = self.clock()
        if abs(now - sent) > WINDOW_S:
            raise Rejected(f"stale or replayed message ({now - sent:+.0f}s; clocks apart?)")
        if now < self._refuse_until:
            raise Rejected("the nonces of the last minutes are unreadable: waiting them out")
        with self._lock:
            if nonce in self._seen:
                raise Rejected("replayed message")
            if len(self._seen) >= MAX_NONCES:
                self._seen = {n: t for n, t in self._seen.items() if t > now}
                if len(self._seen) >= MAX_NONCES:
                    raise Rejected("too many messages")
            self._remember(nonce, sent + WINDOW_S, now)
            if len(self._seen) % 1024 == 0:
                self._seen = {n: t for n, t in self._seen.items() if t > now}
        return nonce
