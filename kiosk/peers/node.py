"""One door's link to the others: a small HTTP server, a client, and a worker per peer.

Why this shape:
- **Push on write.** A local check-in publishes ``journal`` on the door's event bus; every
  peer's worker wakes and sends the new entries at once, so the other doors know within one
  HTTP round trip (bench/bench_peers.py measures it).
- **Anti-entropy.** Every :data:`ANTI_ENTROPY_S` each worker also exchanges high-water marks
  with its peer, so a door that was off, unplugged or partitioned catches up by itself
  within seconds of coming back, in both directions, and entries of a third door travel
  through any door that has them.
- **One exchange call** does both: the request carries our high-water marks and the entries
  we believe the peer lacks; the answer carries the peer's marks and what we lack.
- **Stdlib server** (``ThreadingHTTPServer``): one endpoint, a few requests a second; it
  needs no framework. Anyone on the LAN can reach its port, secret or not, so it bounds
  what a stranger can hold: :data:`MAX_CONNECTIONS` in all, :data:`MAX_PER_ADDRESS` from
  one address (more are closed as accepted, no thread), and a connection that sends
  nothing for :data:`READ_TIMEOUT_S` is closed. 1,024 idle sockets once left a door at
  100% CPU, unable to answer a real door or to link after a restart (issue 19). The client
  is httpx, as for the API, with ``trust_env=False`` so a proxy setting never sends LAN
  traffic elsewhere.

A door that finds no peers works exactly as before: the journal is written either way.
"""

from __future__ import annotations

import json
import logging
import math
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from kiosk.clock import CLOCK_WARN_S, DOORS_SKEW_META
from kiosk.peers import copy, joining
from kiosk.peers.auth import (
    DOOR_HEADER,
    Rejected,
    Verifier,
    derive_secret,
    door_answer_proof,
    door_answer_vouched,
    door_request_proof,
    door_request_vouched,
    response_ok,
    secret_from_setting,
    sign_request,
    sign_response,
)
from kiosk.peers.copy import COPY_PATH
from kiosk.peers.joining import JOIN_DONE_PATH, JOIN_PATH, RAW_SECRET

log = logging.getLogger("kiosk.peers")

PATH = "/peer/v1/exchange"
ANTI_ENTROPY_S = 2.0
LINKED_S = 10.0  # a door heard from within this is "linked"
MAX_BODY = 4 * 1024 * 1024
BATCH = 500
REJECT_LOG_EVERY_S = 60.0
NONCE_FILE = "peer_nonces"  # the requests answered within the window (kiosk.peers.auth)
READ_TIMEOUT_S = 10.0  # a peer sends every 2 s: longer silence is not a door
MAX_CONNECTIONS = 64
MAX_PER_ADDRESS = 8
SKEW_WARN_S = CLOCK_WARN_S  # clocks further apart than this are shown to staff
MAX_LEARNED = 64  # doors that called us and were added back: a worker thread each
LEARNED_GIVE_UP_S = 600.0  # a learned door silent this long is dropped (it can call again)


def resolve_secret(settings: Any, api_key: str | None) -> bytes | None:
    """The peer secret: ``peer_secret`` (env or keyring) when set, else derived from the
    API key and the event id; None when neither is there (the door then stays alone)."""
    from kiosk.secrets import get_peer_secret

    event_id = settings.event_id or ""
    chosen = get_peer_secret(settings.api_url)
    if chosen and chosen.startswith(RAW_SECRET):  # as handed to a joining door
        try:
            return bytes.fromhex(chosen[len(RAW_SECRET):])
        except ValueError:
            log.warning("the stored peer secret is damaged: this door stays alone")
            return None
    if chosen:
        return secret_from_setting(chosen, event_id)
    if api_key:
        return derive_secret(api_key, event_id)
    return None


def start_for(door: Any, api_key: str | None) -> PeerNode | None:
    """Link a door with the others of its event, as its settings say; None when it cannot
    (no secret, or the port is taken: then it works alone, as before)."""
    secret = resolve_secret(door.settings, api_key)
    if secret is None:
        log.info("no API key or peer secret: this door stays alone")
        return None
    node = PeerNode(door, secret, port=door.settings.peer_port, host=door.settings.peer_bind,
                    static_peers=door.settings.peers, discovery=door.settings.peer_discovery,
                    nonce_file=door.store.data_dir / NONCE_FILE)
    try:
        node.start()
    except OSError as exc:
        log.warning("cannot listen for other doors on port %s (%s): this door stays alone",
                    door.settings.peer_port, exc)
        node.stop()
        return None
    node.api_key = api_key  # handed to a door joining with an invitation (kiosk.peers.joining)
    door.peers = node
    return node


def door_listening(address: str, secret: bytes, door_id: str, timeout: float = 3.0) -> str | None:
    """The id of the door answering at ``address`` (``host:port``) with ``secret``, asked as
    door ``door_id`` with nothing to send (a door asked by itself answers and learns
    nothing); None when nothing there answers so signed. For ``kiosk doctor``: a port in use
    by this data folder's running door is fine, by another program it is not."""
    body = json.dumps({"door": {"id": door_id}, "have": {}, "entries": []}).encode()
    headers = sign_request(secret, "POST", PATH, body)
    headers["Content-Type"] = "application/json"
    try:
        resp = httpx.post(f"http://{address}{PATH}", content=body, headers=headers,
                          timeout=timeout)
        signed = response_ok(secret, headers["X-Peer-Nonce"], resp.status_code, resp.content,
                             resp.headers.get("X-Peer-Signature", ""))
        answer = resp.json() if signed and resp.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        return None
    door = answer.get("door") if isinstance(answer, dict) else None
    found = door.get("id") if isinstance(door, dict) else None
    return found if isinstance(found, str) else None


@dataclass
class Peer:
    address: str  # host:port
    source: str  # "static", "discovered" or "learned" (it called us)
    door_id: str | None = None
    name: str | None = None
    their_have: dict[str, int] | None = None
    their_scans: dict[str, int] | None = None  # its scan log's high-water marks
    last_ok: float | None = None
    wake: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None
    failing: bool = False
    linked_once: bool = False
    skew: float | None = None  # its clock minus ours, seconds, from the last round trip
    added_at: float = field(default_factory=time.time)
    can_pull: bool = False  # it pulls from WebKasa on a schedule (kiosk.peers.copy)


class PeerNode:
    """This door's place in the event's LAN exchange: a small HTTP server for the other
    doors, a client that pulls their journals in rounds, and discovery (mDNS or a static
    list). Every request is signed with the shared peer secret and every journal entry with
    its origin door's own key; what fails a check is refused and logged once. Runs on
    threads of its own; the door's check-in path never waits for it.
    """

    def __init__(self, door: Any, secret: bytes, *, port: int = 0, host: str = "0.0.0.0",
                 static_peers: tuple[str, ...] = (), discovery: bool = False,
                 discovery_interfaces: list[str] | None = None,
                 clock: Callable[[], float] = time.time,
                 nonce_file: Any = None) -> None:
        self.door = door
        self.journal = door.journal
        self.scan_log = door.scan_log  # the scan log travels with the journal (issue 20)
        self.secret = secret
        self.host = host
        self.port = port
        self.clock = clock
        self.verifier = Verifier(secret, clock=clock, nonce_file=nonce_file)
        self.static_peers = tuple(p.strip() for p in static_peers if p and p.strip())
        self.discovery_enabled = discovery
        self.discovery_interfaces = discovery_interfaces  # None: every interface
        self.discovery: Any = None
        self.peers: dict[str, Peer] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._server_thread: threading.Thread | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._rejected_logged: dict[str, float] = {}
        self._saved_skew: float | None = None
        self._http = httpx.Client(timeout=httpx.Timeout(3.0, connect=1.0), trust_env=False)
        self.api_key: str | None = None

    # -- life cycle -------------------------------------------------------------------------

    def start(self) -> PeerNode:
        self._server = _Server((self.host, self.port), _Handler)
        self._server.node = self  # type: ignore[attr-defined]
        self.port = self._server.server_address[1]
        # stop() waits for the serving loop's next look (0.5 s by default): a door closing
        # (the app quitting, a door process stopping) should not wait half a second for it
        self._server_thread = threading.Thread(target=self._server.serve_forever,
                                               kwargs={"poll_interval": 0.05},
                                               name="peer-server", daemon=True)
        self._server_thread.start()
        self._unsubscribe = self.door.events.subscribe(self._on_event)
        for address in self.static_peers:
            self.add_peer(address, "static")
        if self.discovery_enabled:
            from kiosk.peers.discovery import Discovery

            self.discovery = Discovery(self, self.discovery_interfaces)
            self.discovery.start()
        log.info("door %s (%s) listening for other doors on port %d",
                 self.door.device_name, self.journal.door_id, self.port)
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._unsubscribe:
            self._unsubscribe()
        if self.discovery is not None:
            self.discovery.stop()
        with self._lock:
            peers = list(self.peers.values())
        for peer in peers:
            peer.wake.set()
        for peer in peers:
            if peer.thread is not None:
                peer.thread.join(timeout=5)
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        self._http.close()

    # -- peers ------------------------------------------------------------------------------

    def add_peer(self, address: str, source: str) -> None:
        address = address.strip()
        if not address or ":" not in address or self._stop.is_set():
            return
        with self._lock:
            if address in self.peers:
                return
            if source == "learned" and sum(
                    p.source == "learned" for p in self.peers.values()) >= MAX_LEARNED:
                log.warning("not linking back with %s: %d doors learned already",
                            address, MAX_LEARNED)
                return
            peer = Peer(address, source, added_at=self.clock())
            self.peers[address] = peer
            peer.thread = threading.Thread(target=self._run_peer, args=(peer,),
                                           name=f"peer-{address}", daemon=True)
            peer.thread.start()
        log.info("linking with door at %s (%s)", address, source)

    def linked(self) -> int:
        """How many other doors answered within the last :data:`LINKED_S` seconds."""
        now = self.clock()
        with self._lock:
            return len({p.door_id for p in self.peers.values()
                        if not p.failing and p.last_ok is not None
                        and now - p.last_ok < LINKED_S})

    def ask_all_now(self) -> None:
        """Exchange with every door now instead of at the next round."""
        with self._lock:
            for peer in self.peers.values():
                peer.wake.set()

    def heard_from_all_since(self, since: float) -> bool:
        """Every door linked now answered or called after ``since`` (this node's clock), so
        what it says of itself (whether it pulls) is as of then."""
        with self._lock:
            return all(p.last_ok is not None and p.last_ok > since
                       for p in self.peers.values() if not p.failing)

    def _save_skew(self) -> None:
        """Keep the doors' clock offset for ``kiosk status`` in another process; written
        only when it moved by a second or more."""
        skew = self.clock_skew()
        if skew is not None and (self._saved_skew is None or abs(skew - self._saved_skew) >= 1):
            self.door.store.set_meta(DOORS_SKEW_META, f"{skew:.1f}")
            self._saved_skew = skew

    def clock_skew(self) -> float | None:
        """How far the other doors' clocks are from this one's, in seconds (positive: they
        are ahead), the median over the doors linked now; None when none is. More than
        :data:`SKEW_WARN_S` is shown to staff: entries of a door two days fast sort after
        every change made elsewhere until its clock is right."""
        now = self.clock()
        with self._lock:
            skews = sorted(p.skew for p in self.peers.values()
                           if p.skew is not None and not p.failing and p.last_ok is not None
                           and now - p.last_ok < LINKED_S)
        if not skews:
            return None
        middle = len(skews) // 2
        return skews[middle] if len(skews) % 2 else (skews[middle - 1] + skews[middle]) / 2

    def _on_event(self, name: str, payload: dict[str, Any]) -> None:
        if name == "journal":
            self.wake_all()

    def wake_all(self) -> None:
        with self._lock:
            for peer in self.peers.values():
                peer.wake.set()

    # -- client side ------------------------------------------------------------------------

    def _run_peer(self, peer: Peer) -> None:
        while not self._stop.is_set():
            peer.wake.clear()
            try:
                while self.exchange(peer) and not self._stop.is_set():
                    pass  # more to send or to fetch: go on at once
                if peer.failing or not peer.linked_once:
                    log.info("linked with %s at %s", peer.name, peer.address)
                    self.door.events.publish("data")  # the GUI's "n doors linked"
                peer.failing, peer.linked_once = False, True
            except (_Self, _Duplicate) as exc:
                log.info("%s is %s: not linking twice", peer.address,
                         "this door itself" if isinstance(exc, _Self) else "linked already")
                with self._lock:
                    self.peers.pop(peer.address, None)
                return
            except (httpx.HTTPError, ValueError, Rejected) as exc:
                if not peer.failing:
                    level = logging.WARNING if isinstance(exc, Rejected) else logging.INFO
                    log.log(level, "door at %s not reachable: %s", peer.address, exc)
                    if peer.linked_once:
                        self.door.events.publish("data")
                peer.failing = True
                if self._give_up(peer):
                    return
            except Exception:  # a bug must not end the link for good
                log.exception("exchange with %s failed", peer.address)
            peer.wake.wait(ANTI_ENTROPY_S)

    def _give_up(self, peer: Peer) -> bool:
        """Drop a learned door that has not answered for :data:`LEARNED_GIVE_UP_S`: each
        costs a thread, and a door that comes back calls us and is learned again. Doors
        from the settings or from mDNS are kept (mDNS removes its own)."""
        since = peer.last_ok if peer.last_ok is not None else peer.added_at
        if peer.source != "learned" or self.clock() - since < LEARNED_GIVE_UP_S:
            return False
        log.info("door at %s silent for %.0f s: no longer linking with it", peer.address,
                 self.clock() - since)
        with self._lock:
            if self.peers.get(peer.address) is peer:
                del self.peers[peer.address]
        return True

    def exchange(self, peer: Peer) -> bool:
        """One round trip with a peer; True when there is more to do right away."""
        entries = self.journal.entries_after(peer.their_have, BATCH) if peer.their_have is not None else []
        scans = (self.scan_log.entries_after(peer.their_scans, BATCH)
                 if peer.their_scans is not None else [])
        body = json.dumps({
            "door": self._me(),
            "have": self.journal.high_water(),
            "entries": entries,
            "names": self.journal.door_names(e["door"] for e in entries + scans),
            "scan_have": self.scan_log.high_water(),
            "scans": scans,
            "removed": self.journal.removals(),
        }, separators=(",", ":")).encode()
        sent = self.clock()
        headers = sign_request(self.secret, "POST", PATH, body, now=sent)
        headers[DOOR_HEADER] = door_request_proof(self.journal.key, headers, "POST", PATH, body)
        headers["Content-Type"] = "application/json"
        resp = self._http.post(f"http://{peer.address}{PATH}", content=body, headers=headers)
        received = self.clock()
        if not response_ok(self.secret, headers["X-Peer-Nonce"], resp.status_code, resp.content,
                           resp.headers.get("X-Peer-Signature", "")):
            raise Rejected(f"answer not signed with our secret (HTTP {resp.status_code}; "
                           "another API key or peer secret?)")
        if resp.status_code == 403:
            raise Rejected("this door was removed from the event by another door: "
                           "the others refuse its check-ins")
        if resp.status_code != 200:
            raise ValueError(f"HTTP {resp.status_code}")
        data = resp.json()
        if not isinstance(data, dict) or not isinstance(data.get("door") or {}, dict):
            raise ValueError("malformed answer")
        door = data.get("door") or {}
        door_id = str(door.get("id") or "")
        their_time = data.get("time")
        if isinstance(their_time, (int, float)) and math.isfinite(their_time):
            peer.skew = their_time - (sent + received) / 2
        if door_id == self.journal.door_id:
            raise _Self()
        if self.journal.is_removed(door_id):  # its answer is not read (its entries refused)
            raise Rejected(f"the door at {peer.address} was removed from the event")
        if peer.source != "static" and self._linked_elsewhere(peer, door_id):
            raise _Duplicate()
        self.journal.take_removals(data.get("removed"))
        added = self.journal.apply(data.get("entries") or [], data.get("names") or {})
        added += self.scan_log.apply(data.get("scans") or [], data.get("names"))  # issue 20
        have = _have(data.get("have"))
        first_contact = peer.their_have is None
        peer.their_have = have
        # a door from before the scan log sends no marks: it is sent no rows (it keeps none)
        peer.their_scans = _have(data["scan_have"]) if "scan_have" in data else None
        peer.door_id, peer.name = door_id, str(door.get("name") or door_id)[:80]
        peer.can_pull = door.get("pull") is True and door_answer_vouched(  # auth.DOOR_HEADER
            door_id, headers["X-Peer-Nonce"], 200, resp.content, resp.headers.get(DOOR_HEADER))
        peer.last_ok = self.clock()
        self._save_skew()
        self.journal.note_contact(door_id, peer.name, peer.address, have.get(door_id, 0),
                                  self.clock())
        if added:
            self._gossip(except_address=peer.address)
        return bool(data.get("more")) or len(entries) >= BATCH or len(scans) >= BATCH or (
            first_contact and bool(self.journal.entries_after(have, 1)
                                   or (peer.their_scans is not None
                                       and self.scan_log.entries_after(peer.their_scans, 1))))

    def _linked_elsewhere(self, peer: Peer, door_id: str) -> bool:
        """The same door reached through another address (static name and discovered IP)."""
        with self._lock:
            return any(p is not peer and p.door_id == door_id and not p.failing
                       and p.last_ok is not None for p in self.peers.values())

    def _gossip(self, except_address: str) -> None:
        """New entries from one door go on to the others without waiting a round."""
        with self._lock:
            for address, peer in self.peers.items():
                if address != except_address:
                    peer.wake.set()
        self.door.events.publish("data")

    def _me(self) -> dict[str, Any]:
        return {"id": self.journal.door_id, "name": self.door.device_name, "port": self.port,
                "pull": self.can_pull()}

    # -- one pull from WebKasa per venue (kiosk.peers.copy) ----------------------------------

    def can_pull(self) -> bool:
        """This door pulls from WebKasa on a schedule (it has a key and a running
        schedule: ``kiosk scan --no-sync`` or a door without a key never does)."""
        return bool(getattr(self.door, "pulls_by_itself", False)) and self.door.client is not None

    def puller(self) -> tuple[str, str, str | None] | None:
        """The door of the venue that pulls from WebKasa: of the doors linked now that
        can pull (this one included), the smallest door id. Every door sees the same doors
        linked (within :data:`LINKED_S`), so they agree without a vote; a partition ends
        with a puller on each side until the doors see each other again. (door id, name,
        address), the address None when it is this door; None when no door can pull."""
        now = self.clock()
        found: list[tuple[str, str, str | None]] = []
        if self.can_pull():
            found.append((self.journal.door_id, self.door.device_name, None))
        with self._lock:
            for p in self.peers.values():
                if (p.can_pull and p.door_id and not p.failing and p.last_ok is not None
                        and now - p.last_ok < LINKED_S):
                    found.append((p.door_id, p.name or p.door_id, p.address))
        return min(found) if found else None

    def post(self, address: str, path: str, payload: dict[str, Any]) -> tuple[dict[str, Any], str]:
        """A signed request to another door; (its signed answer, the request's nonce).
        :class:`Rejected` when the answer is not signed with our secret, ValueError when
        it is not a 200 with a JSON object."""
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = sign_request(self.secret, "POST", path, body, now=self.clock())
        headers["Content-Type"] = "application/json"
        resp = self._http.post(f"http://{address}{path}", content=body, headers=headers)
        if not response_ok(self.secret, headers["X-Peer-Nonce"], resp.status_code, resp.content,
                           resp.headers.get("X-Peer-Signature", "")):
            raise Rejected(f"answer not signed with our secret (HTTP {resp.status_code})")
        if resp.status_code != 200:
            raise ValueError(f"HTTP {resp.status_code}")
        data = resp.json()
        if not isinstance(data, dict):
            raise ValueError("malformed answer")
        return data, headers["X-Peer-Nonce"]

    # -- server side ------------------------------------------------------------------------

    def handle(self, method: str, path: str, body: bytes, headers: Any,
               client_host: str) -> tuple[int, dict[str, Any], str | None]:
        """(status, answer, nonce to sign it with); a rejected request gets no signature."""
        if path in (JOIN_PATH, JOIN_DONE_PATH) and method == "POST":
            return joining.answer(self, path, body, client_host)
        if path not in (PATH, COPY_PATH) or method != "POST":
            return 404, {"error": "not found"}, None
        try:
            nonce = self.verifier.check(method, path, body, headers)
        except Rejected as exc:
            self.log_rejected(client_host, str(exc))
            return 401, {"error": "not authorised"}, None
        if path == COPY_PATH:
            try:
                asked = json.loads(body)
                if not isinstance(asked, dict):
                    raise ValueError("not an object")
                return 200, copy.answer(self, asked, nonce), nonce
            except (ValueError, RecursionError):
                self.log_rejected(client_host, "malformed server-copy request")
                return 400, {"error": "bad request"}, nonce
        try:
            data, door_id, name, have = _parse(body)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            self.log_rejected(client_host, "malformed request")
            return 400, {"error": "bad request"}, nonce
        if door_id == self.journal.door_id:
            return 200, {"door": self._me(), "have": {}, "entries": [],
                         "time": self.clock()}, nonce
        self.journal.take_removals(data.get("removed"))
        if self.journal.is_removed(door_id):
            self.log_rejected(client_host, f"door {door_id} was removed from the event")
            return 403, {"error": "removed"}, nonce
        added = self.journal.apply(data.get("entries") or [], data.get("names") or {})
        added += self.scan_log.apply(data.get("scans") or [], data.get("names"))  # issue 20
        pulls = data["door"].get("pull") is True and door_request_vouched(
            door_id, headers, method, path, body)  # only a door proving its id pulls for us
        port = data["door"].get("port")
        address = f"{client_host}:{port}" if isinstance(port, int) and 0 < port < 65536 else None
        self.journal.note_contact(door_id, name, address, have.get(door_id, 0), self.clock())
        if address and address not in self.peers:
            self.add_peer(address, "learned")  # it knows us: we push to it too
        with self._lock:
            for peer in self.peers.values():
                if peer.door_id == door_id or peer.address == address:
                    peer.last_ok = self.clock()
                    peer.door_id = peer.door_id or door_id
                    peer.can_pull = pulls
                    if peer.failing or not peer.linked_once:
                        # it is up now (it started after us): link back at once, not at
                        # the next round, so doors started together link in one go
                        peer.wake.set()
        entries = self.journal.entries_after(have, BATCH)
        scans = (self.scan_log.entries_after(_have(data["scan_have"]), BATCH)
                 if "scan_have" in data else [])  # a door from before the scan log: none
        if added:
            self._gossip(except_address=address or "")
        return 200, {
            "door": self._me(), "have": self.journal.high_water(), "entries": entries,
            "names": self.journal.door_names(e["door"] for e in entries + scans),
            "scan_have": self.scan_log.high_water(), "scans": scans,
            "more": len(entries) >= BATCH or len(scans) >= BATCH, "time": self.clock(),
            "removed": self.journal.removals(),
        }, nonce

    def log_rejected(self, host: str, why: str) -> None:
        now = self.clock()
        if now - self._rejected_logged.get(host, 0.0) >= REJECT_LOG_EVERY_S:
            if len(self._rejected_logged) > 1000:  # a sweep of many addresses
                self._rejected_logged.clear()
            self._rejected_logged[host] = now
            log.warning("rejected a message from %s: %s", host, why)


def _have(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k)[:100]: v for k, v in value.items()
            if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**62}


def _parse(body: bytes) -> tuple[dict[str, Any], str, str, dict[str, int]]:
    """A signed request's body, checked for shape; ValueError (a 400) when it is not one."""
    data = json.loads(body)
    if not isinstance(data, dict) or not isinstance(data.get("door"), dict):
        raise ValueError("no door")
    door = data["door"]
    door_id = door.get("id")
    if not isinstance(door_id, str) or not 0 < len(door_id) <= 100:
        raise ValueError("no door id")
    name = door.get("name") or door_id
    if not isinstance(name, str):
        raise ValueError("bad door name")
    if (not isinstance(data.get("entries") or [], list)
            or not isinstance(data.get("scans") or [], list)
            or not isinstance(data.get("names") or {}, dict)):
        raise ValueError("bad entries")
    if not isinstance(data.get("have") or {}, dict):
        raise ValueError("bad high-water marks")
    return data, door_id, name[:80], _have(data.get("have"))


class _Self(Exception):
    pass


class _Duplicate(Exception):
    pass


class _Server(ThreadingHTTPServer):
    """Bounded: a stranger's idle sockets cost a counter, not a thread or a traceback."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64
    node: PeerNode

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._open: dict[str, int] = {}
        self._open_lock = threading.Lock()
        self._noted: dict[tuple[str, str], float] = {}
        super().__init__(*args, **kwargs)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        host = client_address[0]
        with self._open_lock:
            total = sum(self._open.values())
            mine = self._open.get(host, 0)
            if total >= MAX_CONNECTIONS or mine >= MAX_PER_ADDRESS:
                full = True
            else:
                self._open[host] = mine + 1
                full = False
        if full:
            self.note(host, "too many connections open: closing new ones")
        return not full

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._open_lock:
                left = self._open.get(client_address[0], 1) - 1
                if left > 0:
                    self._open[client_address[0]] = left
                else:
                    self._open.pop(client_address[0], None)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints "Exception occurred..." and a traceback to stderr for each;
        # a peer that hangs up mid-answer is not news, and a flood of them filled terminals
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            self.note(client_address[0], f"connection dropped ({type(exc).__name__})")
        else:
            log.exception("peer connection from %s failed", client_address[0])

    def note(self, host: str, what: str) -> None:
        """Log a stranger's misbehaviour once a minute per address and kind: quietly."""
        now = time.monotonic()
        with self._open_lock:
            if now - self._noted.get((host, what), -REJECT_LOG_EVERY_S) < REJECT_LOG_EVERY_S:
                return
            if len(self._noted) > 1000:
                self._noted.clear()
            self._noted[(host, what)] = now
        log.warning("peer port: %s from %s (said once a minute)", what, host)


class _Handler(BaseHTTPRequestHandler):
    server_version = "kiosk-peer"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    timeout = READ_TIMEOUT_S  # idle or slow connections are closed, not kept for good

    def setup(self) -> None:
        super().setup()
        # headers and body go out as two writes: without this, Nagle's algorithm and the
        # client's delayed ACK hold the body back ~40 ms on every keep-alive exchange
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def finish(self) -> None:
        try:
            super().finish()
        finally:  # each connection has its own thread: give back its SQLite connection
            self.server.node.door.store.close_thread_connection()  # type: ignore[attr-defined]

    def do_POST(self) -> None:  # noqa: N802
        node: PeerNode = self.server.node  # type: ignore[attr-defined]
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._reply(413, {"error": "too large"}, None, node)
            return
        body = self.rfile.read(length)
        path = self.path.split("?", 1)[0]
        try:
            status, answer, nonce = node.handle("POST", path, body, self.headers,
                                                self.client_address[0])
        except Exception:
            log.exception("peer request failed")
            status, answer, nonce = 500, {"error": "internal"}, None
        self._reply(status, answer, nonce, node)

    def do_GET(self) -> None:  # noqa: N802
        self._reply(404, {"error": "not found"}, None, self.server.node)  # type: ignore[attr-defined]

    def _reply(self, status: int, answer: dict[str, Any], nonce: str | None,
               node: PeerNode) -> None:
        data = json.dumps(answer, separators=(",", ":")).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if nonce is not None:
                self.send_header("X-Peer-Signature",
                                 sign_response(node.secret, nonce, status, data))
                self.send_header(DOOR_HEADER,
                                 door_answer_proof(node.journal.key, nonce, status, data))
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the peer hung up: BrokenPipeError tracebacks once filled terminals
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # quiet: our own log says enough
        log.debug("peer http %s: " + format, self.client_address[0], *args)
