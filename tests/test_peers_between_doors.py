"""Between doors (issue 19): what a running door refuses from the peer port, with real
``kiosk checkin --stdin`` processes on loopback and attacks sent as real signed requests
(the attacker holds the peer secret, as every door of the event does)."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import socket
import time
from pathlib import Path

import httpx
import pytest

from kiosk.peers.auth import derive_secret, sign_request
from kiosk.peers.hlc import COUNTER_BITS
from kiosk.peers.identity import generate
from kiosk.peers.journal import sign_entry
from kiosk.peers.node import PATH
from kiosk_cli import confirmed_ids
from peer_helpers import attended_at, query, wait_for

AT = "2026-01-01T10:00:00.000Z"


def secret_of(sim) -> bytes:
    return derive_secret(sim.api_key, sim.main_event_id)


def exchange_body(speaker, entries: list[dict], names: dict | None = None) -> bytes:
    return json.dumps({"door": {"id": speaker.door_id, "name": "Door T"}, "have": {},
                       "entries": entries, "names": names or {}}).encode()


def post(port: int, body: bytes, headers: dict[str, str]) -> httpx.Response:
    with httpx.Client(trust_env=False, timeout=10.0) as client:
        return client.post(f"http://127.0.0.1:{port}{PATH}", content=body, headers=headers)


def post_signed(sim, port: int, body: bytes) -> httpx.Response:
    return post(port, body, sign_request(secret_of(sim), "POST", PATH, body))


def no_traceback(text: str) -> bool:
    return "Traceback" not in text and "Exception occurred" not in text


def test_an_entry_stamped_2_to_the_63_is_refused_and_a_restarted_door_still_checks_in(
        event_sim, doors):
    (a,) = doors(["Door A"])
    event_sim.stop()
    a.start()
    poison, later = confirmed_ids(event_sim, 2)
    t = generate()
    entry = sign_entry(t, event_sim.main_event_id, {
        "seq": 1, "reg": poison, "action": "admit", "status": "ATTENDED",
        "hlc": 2**63 - 1, "at": AT})
    assert post_signed(event_sim, a.port, exchange_body(t, [entry])).status_code == 200
    assert query(a.data_dir, "SELECT COUNT(*) FROM peer_journal WHERE door_id=?",
                 t.door_id) == [(0,)]  # the answer comes after the entries are handled
    a.stop()
    a.start()  # a restarted door took MAX(hlc) as its clock and died on its first scan
    assert a.scan(later)["verdict"] == "admit"
    assert a.stderr().count("clock value out of range") == 1  # logged once, not per entry


def test_a_forged_entry_in_another_door_s_name_is_refused_and_its_real_one_arrives(
        event_sim, doors):
    a, b = doors(["Door A", "Door B"])
    event_sim.stop()
    a.start()
    b.start()
    first, forged, real = confirmed_ids(event_sim, 3)
    assert b.scan(first)["verdict"] == "admit"
    wait_for(lambda: attended_at(a, first), "Door A to learn of Door B's check-in")
    b_id = query(b.data_dir, "SELECT value FROM meta WHERE key='peer_door_id'")[0][0]
    # anyone with the shared secret writes "door B, entry 2", signed with their own key
    attacker = generate()
    entry = {**sign_entry(attacker, event_sim.main_event_id, {
        "seq": 2, "reg": forged, "action": "admit", "status": "ATTENDED",
        "hlc": query(a.data_dir, "SELECT MAX(hlc) FROM peer_journal")[0][0] + 1, "at": AT}),
        "door": b_id}
    assert post_signed(event_sim, a.port, exchange_body(attacker, [entry])).status_code == 200
    assert not attended_at(a, forged)
    assert b.scan(real)["verdict"] == "admit"  # Door B's real entry 2
    wait_for(lambda: attended_at(a, real), "Door A to take Door B's real entry 2")
    assert a.scan(real)["verdict"] == "already_checked_in"
    assert not attended_at(a, forged)
    assert "signature does not verify" in a.stderr()
    doors_json = [json.loads(line) for line in a.run("doors", "--json").stdout.splitlines()]
    assert [d["lag"] for d in doors_json if d.get("door_id") == b_id] == [0]


def test_a_one_shot_process_stamps_real_time_after_a_door_two_days_fast(event_sim, doors):
    (a,) = doors(["Door A"])
    event_sim.stop()
    a.start()
    fast_rid, mine = confirmed_ids(event_sim, 2)
    fast = generate()
    two_days_ahead = int((time.time() + 2 * 86400) * 1000) << COUNTER_BITS
    entry = sign_entry(fast, event_sim.main_event_id, {
        "seq": 1, "reg": fast_rid, "action": "admit", "status": "ATTENDED",
        "hlc": two_days_ahead, "at": AT})
    assert post_signed(event_sim, a.port, exchange_body(fast, [entry])).status_code == 200
    assert attended_at(a, fast_rid)  # kept: that door did admit the ticket
    done = a.run("checkin", mine, "--json")  # a one-shot process on the same folder
    assert done.returncode == 0, done.stderr
    (stamp,), = query(a.data_dir, "SELECT hlc FROM peer_journal WHERE registration_id=?", mine)
    assert stamp < two_days_ahead
    assert (stamp >> COUNTER_BITS) < (time.time() + 3600) * 1000


def test_malformed_signed_bodies_get_400_without_a_traceback(event_sim, doors):
    (a,) = doors(["Door A"])
    event_sim.stop()
    a.start()
    door = {"id": generate().door_id, "name": "Door T"}
    for bad in ({"door": door, "entries": 5}, {"door": door, "names": [1]},
                {"door": door, "have": [1]}, {"door": {"id": 5}}, [1], "door", None):
        body = json.dumps(bad).encode()
        assert post_signed(event_sim, a.port, body).status_code == 400, bad
    deep = b"[" * 100_000 + b"]" * 100_000
    assert post_signed(event_sim, a.port, deep).status_code == 400
    assert no_traceback(a.stderr()), a.stderr()[-3000:]


def test_a_signed_nan_time_is_refused(event_sim, doors):
    (a,) = doors(["Door A"])
    event_sim.stop()
    a.start()
    secret = secret_of(event_sim)
    door = {"id": generate().door_id, "name": "Door T"}
    body = json.dumps({"door": door, "have": {}}).encode()
    nonce = secrets.token_hex(16)
    message = "\n".join(("POST", PATH, "nan", nonce, hashlib.sha256(body).hexdigest())).encode()
    nan = {"X-Peer-Time": "nan", "X-Peer-Nonce": nonce,
           "X-Peer-Signature": hmac.new(secret, message, hashlib.sha256).hexdigest()}
    assert post(a.port, body, nan).status_code == 401


def test_a_request_replayed_after_the_door_restarts_is_refused(event_sim, doors):
    (a,) = doors(["Door A"])
    event_sim.stop()
    a.start()
    secret = secret_of(event_sim)
    body = json.dumps({"door": {"id": generate().door_id, "name": "Door T"},
                       "have": {}}).encode()
    captured = sign_request(secret, "POST", PATH, body)
    assert post(a.port, body, captured).status_code == 200
    a.stop()
    a.start()
    assert post(a.port, body, captured).status_code == 401  # the same bytes, after a restart
    assert no_traceback(a.stderr()), a.stderr()[-3000:]


def _threads(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise AssertionError("no thread count")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_hundreds_of_idle_connections_neither_stop_a_real_door_nor_fill_the_log(
        event_sim, doors):
    a, c = doors(["Door A", "Door C"])
    event_sim.stop()
    a.start()
    first, second = confirmed_ids(event_sim, 2)
    assert a.scan(first)["verdict"] == "admit"
    idle: list[socket.socket] = []
    try:
        for i in range(300):  # a stranger without the secret, from another address
            s = socket.socket()
            s.bind(("127.0.0.2", 0))
            s.connect(("127.0.0.1", a.port))
            if i % 3 == 0:
                s.sendall(b"POST " + PATH.encode() + b" HTTP/1.1\r\nContent-Length: 10\r\n")
            idle.append(s)
        # a real door started now links and shares through the same port
        c.start()
        assert c.scan(second)["verdict"] == "admit"
        wait_for(lambda: attended_at(a, second), "Door A to learn of Door C's check-in")
        wait_for(lambda: attended_at(c, first), "Door C to learn of Door A's check-in")
        # every idle socket has been accepted by now (one accept loop, in order)
        assert _threads(a.proc.pid) < 150
    finally:
        for s in idle:  # hang up hard, as a crashed client does (a reset, mid-request)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            s.close()
    wait_for(lambda: "too many connections" in a.stderr(), "the note in Door A's log")
    assert a.scan(second)["verdict"] == "already_checked_in"
    assert a.stderr().count("too many connections") == 1
    assert no_traceback(a.stderr()), a.stderr()[-3000:]
