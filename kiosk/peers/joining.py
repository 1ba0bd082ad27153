"""Adding a door from a door (issue 21): a one-time invitation, and the new door's copy.

**The invitation** is the inviting door's addresses (each IPv4 address its peer port
listens on, and the port), a tag of the event id and a 16-byte one-time secret, written as
a short base32 text code in groups of four (:func:`encode`), which the QR code also holds.
The secret never travels: the joining door proves it holds it (an HMAC over the request
under a key derived from it), and the answer is sealed (:mod:`kiosk.peers.sealed`) under
another key derived from it, bound to the invitation. Whoever sees the traffic reads
nothing; whoever replays it gets a box it cannot open. The inviting door keeps the
invitation in its data folder (:mod:`kiosk.peers.membership`): ten minutes, one door.

**The copy** carries what a door needs to answer every code at once, and makes no WebKasa
request: the API URL and the event, the API key (or, "scan only", just the peer secret),
the settings a venue shares (:data:`SHARED_SETTINGS`), the server copy of the
registrations, the doors' journal and the removed doors.

**Nothing half-done.** The joining door builds its database in ``.joining/`` inside its
data folder and moves it into place only when complete; its settings (the event) are
written last. A door killed on the way has no database, or one without an event: it
answers no code ("not configured") and the next ``kiosk join`` starts over with the same
invitation, which stays claimed by that door (its door key is made first).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import math
import os
import secrets
import shutil
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from kiosk.peers import identity, membership
from kiosk.peers.auth import WINDOW_S, derive_secret
from kiosk.peers.sealed import Unsealable, box_key, open_box, seal

log = logging.getLogger("kiosk.peers")

VERSION = 1
SECRET_BYTES = 16
TAG_BYTES = 4
CHECK_BYTES = 2
MAX_ADDRESSES = 4
JOINING_DIR = ".joining"
CLAIM_KEY = ".join_key"
JOIN_PATH = "/peer/v1/join"  # served by kiosk.peers.node's peer port
JOIN_DONE_PATH = "/peer/v1/join/done"
RAW_SECRET = "raw1:"  # a stored peer secret that is the secret itself (a door joined scan-only)
SHARED_SETTINGS = ("staff_codes", "kiosk_pin_hash", "language", "badge_layout",
                   "badge_on_admit", "badge_notes_band", "badge_qr")
"""The settings a venue shares: what a new door takes from the door that invites it."""
MAX_ANSWER = 256 * 1024 * 1024


class JoinError(Exception):
    """Why this door did not join, in words for staff; ``kind`` names the reason for a
    screen that words it in the staff's language: "used", "expired", "other_event",
    "unreachable", "version", "folder", "keyring" or "other"."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


class BadCode(ValueError):
    """Text that is not an invitation; ``kind``: "not_code", "typo" or "version"."""

    def __init__(self, message: str, kind: str = "not_code") -> None:
        super().__init__(message)
        self.kind = kind


class NoDoorAnswered(JoinError):
    """No address of the invitation answered as the inviting door."""


@dataclass(frozen=True, slots=True)
class Code:
    """An invitation as its text code carries it."""

    secret: bytes
    event_tag: bytes
    addresses: tuple[str, ...]  # host:port

    @property
    def id(self) -> str:
        return invitation_id(self.secret)


def event_tag(event_id: str) -> bytes:
    return hashlib.sha256(b"kiosk event\n" + event_id.encode()).digest()[:TAG_BYTES]


def invitation_id(secret: bytes) -> str:
    """The invitation's public name: a hash of its secret, which it does not reveal."""
    return hashlib.sha256(b"kiosk invitation id\n" + secret).hexdigest()[:32]


def encode(code: Code) -> str:
    """The text code: base32 (no 0/1/8/9 to misread), in groups of four for typing."""
    raw = bytes([VERSION]) + code.secret + code.event_tag
    for address in code.addresses:
        host, _, port = address.rpartition(":")
        raw += socket.inet_aton(host) + int(port).to_bytes(2, "big")
    raw += hashlib.sha256(raw).digest()[:CHECK_BYTES]
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def decode(text: str) -> Code:
    """The invitation a text code (typed, scanned) holds; ValueError saying what is wrong."""
    cleaned = "".join(c for c in str(text).upper() if c.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if not 30 <= len(cleaned) <= 200:
        raise BadCode("this is not an invitation code")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (binascii.Error, ValueError):
        raise BadCode("this is not an invitation code") from None
    body, check = raw[:-CHECK_BYTES], raw[-CHECK_BYTES:]
    if hashlib.sha256(body).digest()[:CHECK_BYTES] != check:
        raise BadCode("the invitation code has a typo: check it against the other door", "typo")
    if body[0] != VERSION:
        raise BadCode("an invitation from another version of the kiosk: update both doors",
                      "version")
    head = 1 + SECRET_BYTES + TAG_BYTES
    tail = body[head:]
    if not tail or len(tail) % 6:
        raise BadCode("this is not an invitation code")
    addresses = tuple(f"{socket.inet_ntoa(tail[i:i + 4])}:{int.from_bytes(tail[i + 4:i + 6], 'big')}"
                      for i in range(0, len(tail), 6))
    return Code(body[1:1 + SECRET_BYTES], body[1 + SECRET_BYTES:head], addresses)


def lan_addresses(bind: str) -> list[str]:
    """The IPv4 addresses another door may reach this one's peer port at: the bound one, or
    every interface's (ifaddr, which zeroconf already needs), loopback last."""
    if bind not in ("", "0.0.0.0"):
        return [bind]
    import ifaddr

    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ip.ip.startswith(("127.", "169.254.")):
                found.append(ip.ip)
    return list(dict.fromkeys(found))[:MAX_ADDRESSES - 1] + ["127.0.0.1"]


@dataclass(frozen=True, slots=True)
class Made:
    """An invitation just made: its text code (the QR holds the same), and until when."""

    text: str
    id: str
    expires_at: float
    addresses: tuple[str, ...]


def invite(store: Any, event_id: str, addresses: list[str], *, scan_only: bool = False,
           now: float | None = None, ttl_s: float = membership.INVITATION_TTL_S) -> Made:
    """A new one-time invitation to this door's event, kept in its data folder."""
    if not event_id:
        raise JoinError("this door has no event to invite another door to")
    secret = secrets.token_bytes(SECRET_BYTES)
    code = Code(secret, event_tag(event_id), tuple(addresses[:MAX_ADDRESSES]))
    expires = (time.time() if now is None else now) + ttl_s
    membership.add_invitation(store, code.id, event_id, secret, expires, scan_only)
    return Made(encode(code), code.id, expires, code.addresses)


# -- the proof and the box -------------------------------------------------------------------

def _proof(secret: bytes, path: str, invitation: str, door: str, stamp: str, nonce: str) -> str:
    message = "\n".join((path, invitation, door, stamp, nonce)).encode()
    return hmac.new(box_key(secret, "invitation proof"), message, hashlib.sha256).hexdigest()


def _context(invitation: str) -> bytes:
    return b"kiosk invitation\n" + invitation.encode()


def _request(code: Code, path: str, door_id: str) -> dict[str, str]:
    stamp, nonce = f"{time.time():.3f}", secrets.token_hex(16)
    return {"invitation": code.id, "door": door_id, "event": code.event_tag.hex(),
            "time": stamp, "nonce": nonce,
            "proof": _proof(code.secret, path, code.id, door_id, stamp, nonce)}


# -- the inviting door's side --------------------------------------------------------------

def answer(node: Any, path: str, body: bytes, client_host: str) -> tuple[int, dict[str, Any], None]:
    """The peer port's answer to a joining door (kiosk.peers.node): a sealed copy, or why
    not. Unsigned: the box is authenticated by its cipher, and a refusal carries nothing."""
    store, event_id = node.door.store, node.journal.event_id
    try:
        data = json.loads(body)
        invitation, door, stamp, nonce, proof, tag = (
            data[k] for k in ("invitation", "door", "time", "nonce", "proof", "event"))
        if not all(isinstance(v, str) and 0 < len(v) <= 100
                   for v in (invitation, door, stamp, nonce, proof, tag)):
            raise ValueError("fields")
        if not identity.DOOR_ID.match(door):
            raise ValueError("door id")
        sent = float(stamp)
        if not math.isfinite(sent):
            raise ValueError("time")
    except (ValueError, KeyError, TypeError, RecursionError):
        node.log_rejected(client_host, "malformed invitation request")
        return 400, {"error": "bad request"}, None
    if tag != event_tag(event_id).hex():
        return 403, {"error": "this invitation is for another event"}, None
    secret = membership.secret_of(store.db, invitation)
    if secret is None:
        state = membership.invitation_state(store.db, invitation, node.clock())
        why = {"used": "this invitation was used already", "expired": "this invitation expired",
               "joining": "this invitation was used already"}.get(
                   state, "this invitation is unknown here")
        node.log_rejected(client_host, f"invitation refused: {why}")
        return 403, {"error": why}, None
    if not hmac.compare_digest(_proof(secret, path, invitation, door, stamp, nonce), proof):
        node.log_rejected(client_host, "invitation request without the invitation's secret")
        return 401, {"error": "not authorised"}, None
    now = node.clock()
    if abs(now - sent) > WINDOW_S:
        return 401, {"error": "clocks more than 2 minutes apart: set the clocks"}, None
    if path == JOIN_DONE_PATH:
        if membership.finish(store, invitation, door, now):
            log.info("door %s joined this event with an invitation", door)
        return 200, {"ok": True}, None
    try:
        claimed = membership.claim(store, invitation, event_id, door, now)
    except membership.Refused as exc:
        node.log_rejected(client_host, f"invitation refused: {exc}")
        return 403, {"error": str(exc)}, None
    copy = json.dumps(bundle(node, claimed.scan_only), separators=(",", ":")).encode()
    box = seal(box_key(secret, "invitation"), copy, _context(invitation))
    log.info("handing this door's copy to a joining door (%d bytes sealed)", len(box))
    return 200, {"box": base64.b64encode(box).decode()}, None


def bundle(node: Any, scan_only: bool) -> dict[str, Any]:
    """Everything a new door needs to answer every code, from this door's folder."""
    from kiosk import registrations

    door, journal = node.door, node.journal
    settings, db = door.settings, door.store.db
    event_id = journal.event_id
    found = registrations.event(db, event_id)
    entries = journal.entries_after({}, 10**9)
    return {
        "version": VERSION,
        "event_id": event_id,
        "api_url": settings.api_url,
        "auth_scheme": settings.auth_scheme,
        "event": registrations.event_data(db, event_id) if found else None,
        "key": None if scan_only else node.api_key,
        "peer_secret": node.secret.hex(),
        "settings": {name: getattr(settings, name) for name in SHARED_SETTINGS},
        "rows": registrations.server_copy_rows(db, event_id),
        "last_sync_at": door.store.get_meta("last_sync_at"),
        "journal": entries,
        "names": journal.door_names([journal.door_id, *(e["door"] for e in entries)]),
        "removed": journal.removals(),
        "inviter": {"id": journal.door_id, "name": door.device_name},
    }


# -- the joining door's side ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Joined:
    event_id: str
    registrations: int
    entries: int
    inviter: str
    key_stored: Path | None | bool  # False: scan only (no key); None: the keyring
    address: str


Progress = Callable[[str], None]


def fetch(code: Code, door_id: str, *, timeout: float = 30.0,
          progress: Progress | None = None) -> tuple[dict[str, Any], str]:
    """The inviting door's copy, opened, and the address that gave it; :class:`JoinError`
    when no address answers or the invitation gives nothing."""
    problems = []
    with httpx.Client(timeout=httpx.Timeout(timeout, connect=2.0), trust_env=False) as http:
        for address in code.addresses:
            if progress:
                progress(f"asking the door at {address}")
            try:
                resp = http.post(f"http://{address}{JOIN_PATH}",
                                 json=_request(code, JOIN_PATH, door_id))
            except httpx.HTTPError as exc:
                problems.append(f"{address}: {type(exc).__name__}")
                continue
            if resp.status_code in (401, 403):
                why = _error(resp)
                if resp.status_code == 401 and why == "not authorised":
                    problems.append(f"{address}: not the inviting door")
                    continue  # another program or door at that address: try the next
                kind = ("used" if "used" in why else "expired" if "expired" in why
                        else "other_event" if "another event" in why else "other")
                raise JoinError(f"The door at {address} refused: {why}", kind)
            if resp.status_code != 200:
                problems.append(f"{address}: HTTP {resp.status_code}")
                continue
            if len(resp.content) > MAX_ANSWER:
                raise JoinError("the inviting door's answer is too large")
            try:
                box = base64.b64decode(resp.json()["box"], validate=True)
                plain = open_box(box_key(code.secret, "invitation"), box, _context(code.id))
                copy = json.loads(plain)
            except (Unsealable, ValueError, KeyError, TypeError, binascii.Error):
                problems.append(f"{address}: an answer that does not open with this invitation")
                continue
            if not isinstance(copy, dict) or copy.get("version") != VERSION:
                raise JoinError("the inviting door runs another version of the kiosk", "version")
            if event_tag(str(copy.get("event_id"))) != code.event_tag:
                raise JoinError("the inviting door is at another event now", "other_event")
            return copy, address
    raise NoDoorAnswered("No inviting door answered (" + "; ".join(problems) + "). Is it running "
                         "and on this network, and is its peer port open?", "unreachable")


def _error(resp: httpx.Response) -> str:
    try:
        return str(resp.json().get("error"))[:200]
    except (ValueError, AttributeError):
        return f"HTTP {resp.status_code}"


def confirm(code: Code, address: str, door_id: str) -> None:
    """Tell the inviting door this one has everything: the invitation is used up. Best
    effort: unconfirmed, it is still claimed by this door and expires in minutes."""
    try:
        httpx.post(f"http://{address}{JOIN_DONE_PATH}",
                   json=_request(code, JOIN_DONE_PATH, door_id), timeout=5.0, trust_env=False)
    except httpx.HTTPError as exc:
        log.info("could not tell the inviting door the join is done: %s", exc)


def join(data_dir: Path, text: str, *, device_name: str = "",
         new_passphrase: Callable[[], str | None] | None = None,
         progress: Progress | None = None) -> Joined:
    """Make ``data_dir`` a door of the inviting door's event; :class:`JoinError` (nothing
    changed that a later join does not replace) or ``ValueError`` for a bad code."""
    from kiosk import settings as settings_mod

    code = decode(text)
    data_dir = Path(data_dir)
    current = settings_mod.load(data_dir)
    if current.event_id:
        raise JoinError(f"{data_dir} is a door of event {current.event_id} already: join "
                        "from a new data folder, or 'kiosk wipe' this one first", "folder")
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    # who claims the invitation: kept apart from the door key, which opening a door on an
    # empty folder replaces, so that a join killed on the way starts over as the same claimant
    claim_path = data_dir / CLAIM_KEY
    claimant = identity.load(claim_path) or identity.create(claim_path)
    copy, address = fetch(code, claimant.door_id, progress=progress)
    event_id = str(copy["event_id"])
    if progress:
        progress(f"copying {len(copy.get('rows') or [])} registrations")
    counts = _build(data_dir, copy, device_name or current.device_name or "")
    stored = _keep_secrets(data_dir, copy, event_id, new_passphrase)
    shared = settings_mod.from_dict(copy.get("settings") or {}, source="the inviting door")
    changes = {name: getattr(shared, name) for name in SHARED_SETTINGS
               if name in (copy.get("settings") or {})}
    settings_mod.save(current.with_(
        api_url=str(copy.get("api_url") or current.api_url),
        auth_scheme=settings_mod.convert("auth_scheme", copy.get("auth_scheme") or "bearer"),
        event_id=event_id, **changes), data_dir)  # last: the folder is a door from here on
    confirm(code, address, claimant.door_id)
    claim_path.unlink(missing_ok=True)
    inviter = copy.get("inviter") or {}
    return Joined(event_id, counts[0], counts[1], str(inviter.get("name") or "?"), stored,
                  address)


def _build(data_dir: Path, copy: dict[str, Any], device_name: str) -> tuple[int, int]:
    """The new database, built aside and moved into place complete."""
    from kiosk import registrations
    from kiosk.api import event_from_api
    from kiosk.peers.journal import Journal
    from kiosk.store import DB_NAME, Store

    event_id = str(copy["event_id"])
    work = data_dir / JOINING_DIR
    shutil.rmtree(work, ignore_errors=True)  # what a join killed before left
    work.mkdir(mode=0o700)
    store = Store(work)
    try:
        raw_event = copy.get("event")
        if isinstance(raw_event, dict):
            try:
                registrations.save_event(store, event_from_api(raw_event), raw_event)
            except (ValueError, KeyError, TypeError) as exc:
                raise JoinError(f"the inviting door's event is unreadable ({exc})") from None
        stored = registrations.load_server_copy(store, event_id, copy.get("rows"),
                                                fetched_at=time.time())
        journal = Journal(store, device_name or "door", event_id)
        journal.take_removals(copy.get("removed"), from_any_door=True)
        entries = journal.apply(copy.get("journal") or [], copy.get("names") or {})
        last_sync = copy.get("last_sync_at")
        if isinstance(last_sync, str) and len(last_sync) <= 40:
            store.set_meta("last_sync_at", last_sync)
        store.set_meta("joined_from", str((copy.get("inviter") or {}).get("id") or "")[:100])
        store.flush()
    finally:
        store.close()
    for suffix in ("-wal", "-shm", ""):  # an older half-join's files: never beside the new one
        (data_dir / (DB_NAME + suffix)).unlink(missing_ok=True)
    fd = os.open(work / DB_NAME, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(work / DB_NAME, data_dir / DB_NAME)
    os.replace(work / identity.KEY_FILE, data_dir / identity.KEY_FILE)  # the new door's id
    shutil.rmtree(work, ignore_errors=True)
    return stored, entries


def _keep_secrets(data_dir: Path, copy: dict[str, Any], event_id: str,
                  new_passphrase: Callable[[], str | None] | None) -> Path | None | bool:
    """The API key into the keyring or the key file (kiosk.keys); the peer secret into the
    keyring when the key does not give it (scan only, or a chosen peer secret)."""
    from kiosk import keys
    from kiosk import secrets as secret_store
    from kiosk.logs import register_secret

    api_url = str(copy.get("api_url") or "")
    key = copy.get("key")
    peer_secret = copy.get("peer_secret")
    stored: Path | None | bool = False
    if isinstance(peer_secret, str):
        register_secret(peer_secret)
    if isinstance(key, str) and key.strip():
        register_secret(key)
        try:
            stored = keys.store(data_dir, api_url, key.strip(), new_passphrase)
        except keys.NeedPassphrase as exc:
            raise JoinError(str(exc)) from None
    if isinstance(peer_secret, str) and not (
            isinstance(key, str) and derive_secret(key.strip(), event_id).hex() == peer_secret):
        try:
            secret_store.set_peer_secret(api_url, RAW_SECRET + peer_secret)
        except secret_store.NoKeyring:
            raise JoinError("This computer has no system keyring to keep the doors' shared "
                            "secret in: invite it with the API key (not scan only)",
                            "keyring") from None
    return stored
