"""Doors sharing check-ins over the LAN (issue 10), with real ``kiosk`` processes.

Each door is a ``kiosk checkin --stdin --json`` process with its own data folder, linked to
the others by static peers on loopback (discovery off). The simulator only syncs the folders
first; while the doors run, WebKasa is unreachable. Waits are on conditions; propagation
time is measured in bench/bench_peers.py, not asserted here.
"""

from __future__ import annotations

import json

from door_helpers import wait_for
from kiosk.peers.identity import generate
from kiosk.peers.journal import sign_entry
from kiosk_cli import confirmed_ids
from peer_helpers import attended_at, query, shown_status


def test_checkin_at_one_door_is_refused_at_the_other_two(event_sim, doors):
    a, b, c = doors(["Door A", "Door B", "Door C"])
    event_sim.stop()  # WebKasa is gone for the rest of the test
    for door in (a, b, c):
        door.start()
    rid, other = confirmed_ids(event_sim, 2)

    assert a.scan(rid)["verdict"] == "admit"
    for door in (b, c):
        wait_for(lambda d=door: attended_at(d, rid), f"{door.name} to learn of the check-in")
        verdict = door.scan(rid)
        assert verdict["verdict"] == "already_checked_in"
        assert verdict["checked_in_device"] == "Door A"
        assert "Door A" in verdict["message"]
    # and the other way round, from the last door
    assert c.scan(other)["verdict"] == "admit"
    wait_for(lambda: attended_at(a, other), "Door A to learn of Door C's check-in")
    assert a.scan(other)["checked_in_device"] == "Door C"
    # no names or e-mails in what travelled: the journal holds ids and times only
    columns = [row[1] for row in query(a.data_dir, "PRAGMA table_info(peer_journal)")]
    assert columns == ["door_id", "seq", "registration_id", "action", "status", "hlc", "at",
                       "sig", "people"]  # people: how many of the party moved (issue 20)


def test_undo_at_the_other_door_reopens_everywhere(event_sim, doors):
    a, b = doors(["Door A", "Door B"])
    event_sim.stop()
    a.start()
    b.start()
    rid = confirmed_ids(event_sim, 1)[0]
    assert a.scan(rid)["verdict"] == "admit"
    wait_for(lambda: attended_at(b, rid), "Door B to learn of the check-in")

    undone = b.run("undo", rid, "--json")
    assert undone.returncode == 0, undone.stderr
    assert json.loads(undone.stdout)["status"] == "CONFIRMED"
    wait_for(lambda: not attended_at(a, rid), "Door A to learn of the undo")
    assert a.scan(rid)["verdict"] == "admit"  # in again, at Door A
    wait_for(lambda: attended_at(b, rid), "Door B to learn of the new check-in")
    assert b.scan(rid)["verdict"] == "already_checked_in"


def test_a_killed_door_catches_up_when_restarted(event_sim, doors):
    a, b = doors(["Door A", "Door B"])
    event_sim.stop()
    a.start()
    b.start()
    first, second, third = confirmed_ids(event_sim, 3)
    assert b.scan(first)["verdict"] == "admit"
    wait_for(lambda: attended_at(a, first), "Door A to learn of Door B's check-in")

    b.kill()
    assert a.scan(second)["verdict"] == "admit"
    assert a.scan(third)["verdict"] == "admit"
    assert shown_status(b.data_dir, second) is None  # Door B really missed them
    b.start()
    for rid in (second, third):
        wait_for(lambda r=rid: attended_at(b, r), "the restarted door to catch up")
        assert b.scan(rid)["verdict"] == "already_checked_in"


def test_double_entry_during_a_partition_is_kept_shown_on_both_and_uploaded_once(
        event_sim, doors):
    # Doors point at ports where nothing listens: a partition. WebKasa is unreachable too.
    a, b = doors(["Door A", "Door B"], linked=False)
    rid = confirmed_ids(event_sim, 1)[0]
    a.start()
    b.start()
    assert a.scan(rid)["verdict"] == "admit"
    assert b.scan(rid)["verdict"] == "admit"  # neither knows of the other
    a.stop()
    b.stop()

    # the network heals: the same doors, now pointing at each other
    a.env["KIOSK_PEERS"] = f"127.0.0.1:{b.port}"
    b.env["KIOSK_PEERS"] = f"127.0.0.1:{a.port}"
    a.start()
    b.start()
    for door in (a, b):
        wait_for(lambda d=door: len(query(d.data_dir, "SELECT 1 FROM peer_journal WHERE "
                                          "registration_id=? AND action='admit'", rid)) == 2,
                 f"{door.name} to hold both admissions")
    first_door = {a.scan(rid)["checked_in_device"], b.scan(rid)["checked_in_device"]}
    assert len(first_door) == 1  # both show the same (first) admission
    for door in (a, b):
        status = json.loads(door.run("status", "--json").stdout)
        assert status["double_entries"] == 1
        listed = [json.loads(line) for line in door.run("doors", "--json").stdout.splitlines()]
        double = [d for d in listed if d.get("double_entry") == rid]
        assert double and sorted(x["door"] for x in double[0]["admissions"]) == ["Door A",
                                                                                 "Door B"]
        assert double[0]["admissions"][0]["door"] in first_door
    a.stop()
    b.stop()

    # WebKasa is back: each door uploads; the second admission is never sent
    event_sim.reset_counters()
    for door in (a, b):
        pushed = door.run("push", api_url=event_sim.url)
        assert pushed.returncode == 0, pushed.stdout + pushed.stderr
    patches = [p for p in event_sim.patch_log if p[0] == rid]
    assert patches == [(rid, "CONFIRMED", "ATTENDED")]
    assert event_sim.status_of(rid) == "ATTENDED"


def test_every_change_reaches_webkasa_once_and_the_latest_wins(event_sim, doors):
    a, b = doors(["Door A", "Door B"])  # WebKasa unreachable while they work
    a.start()
    b.start()
    x, y, z = confirmed_ids(event_sim, 3)
    # x: in at A.  y: in at A, undone at B, in again at B.  z: in at B, undone at A.
    assert a.scan(x)["verdict"] == "admit"
    assert a.scan(y)["verdict"] == "admit"
    wait_for(lambda: attended_at(b, y), "Door B to learn of y")
    assert b.run("undo", y).returncode == 0
    wait_for(lambda: not attended_at(a, y), "Door A to learn of y's undo")
    assert b.scan(y)["verdict"] == "admit"
    assert b.scan(z)["verdict"] == "admit"
    wait_for(lambda: attended_at(a, z), "Door A to learn of z")
    assert a.run("undo", z).returncode == 0
    wait_for(lambda: attended_at(a, y) and not attended_at(b, z), "both doors to agree")
    a.stop()
    b.stop()

    event_sim.reset_counters()
    for door in (b, a):
        pushed = door.run("push", api_url=event_sim.url)
        assert pushed.returncode == 0, pushed.stdout + pushed.stderr
    effective = [p for p in event_sim.patch_log if p[1] != p[2]]
    assert sorted(effective) == sorted([(x, "CONFIRMED", "ATTENDED"),
                                        (y, "CONFIRMED", "ATTENDED")])
    assert (event_sim.status_of(x), event_sim.status_of(y), event_sim.status_of(z)) == (
        "ATTENDED", "ATTENDED", "CONFIRMED")
    # pushing again changes nothing
    event_sim.reset_counters()
    for door in (a, b):
        assert door.run("push", api_url=event_sim.url).returncode == 0
    assert event_sim.patch_log == []


def test_a_door_with_another_secret_can_read_nothing_and_inject_nothing(event_sim, doors):
    a, c = doors(["Door A", "Door C"],
                 extra_env={"Door C": {"KIOSK_PEER_SECRET": "not the event's secret"}})
    event_sim.stop()
    a.start()
    c.start()
    mine, theirs = confirmed_ids(event_sim, 2)
    assert a.scan(mine)["verdict"] == "admit"
    assert c.scan(theirs)["verdict"] == "admit"
    wait_for(lambda: "rejected a message from 127.0.0.1" in a.stderr(), "Door A to reject C")
    wait_for(lambda: "rejected a message from 127.0.0.1" in c.stderr(), "Door C to reject A")
    for door, other in ((a, theirs), (c, mine)):
        assert query(door.data_dir, "SELECT COUNT(*) FROM peer_journal WHERE registration_id=?",
                     other) == [(0,)]
        assert shown_status(door.data_dir, other) is None
    names = {row[0] for row in query(a.data_dir, "SELECT name FROM peer_doors")}
    assert "Door C" not in names


def test_a_replayed_or_stale_message_is_rejected(event_sim, doors):
    import httpx

    from kiosk.peers.auth import derive_secret, response_ok, sign_request
    from kiosk.peers.node import PATH

    (a,) = doors(["Door A"])
    event_sim.stop()
    a.start()
    mine, injected, later = confirmed_ids(event_sim, 3)
    assert a.scan(mine)["verdict"] == "admit"
    secret = derive_secret(event_sim.api_key, event_sim.main_event_id)  # the doors' secret
    url = f"http://127.0.0.1:{a.port}{PATH}"
    t = generate()

    def message(rid: str, seq: int) -> bytes:
        return json.dumps({
            "door": {"id": t.door_id, "name": "Door T"}, "have": {},
            "entries": [sign_entry(t, event_sim.main_event_id, {
                "seq": seq, "reg": rid, "action": "admit", "status": "ATTENDED",
                "hlc": 1 << 16, "at": "2026-01-01T10:00:00.000Z"})],
            "names": {t.door_id: "Door T"},
        }).encode()

    body = message(injected, 1)
    headers = sign_request(secret, "POST", PATH, body)
    first = httpx.post(url, content=body, headers=headers)
    assert first.status_code == 200
    assert response_ok(secret, headers["X-Peer-Nonce"], 200, first.content,
                       first.headers["X-Peer-Signature"])
    assert mine in [e["reg"] for e in first.json()["entries"]]  # a real door can read
    assert attended_at(a, injected)

    replay = httpx.post(url, content=body, headers=headers)  # the same bytes, again
    assert replay.status_code == 401 and "entries" not in replay.json()

    old_body = message(later, 2)
    stale = httpx.post(url, content=old_body,
                       headers=sign_request(secret, "POST", PATH, old_body,
                                            now=__import__("time").time() - 600))
    assert stale.status_code == 401
    tampered_headers = sign_request(secret, "POST", PATH, body)
    tampered = httpx.post(url, content=old_body, headers=tampered_headers)  # body swapped
    assert tampered.status_code == 401
    assert shown_status(a.data_dir, later) is None
    assert query(a.data_dir, "SELECT MAX(seq) FROM peer_journal WHERE door_id=?",
                 t.door_id) == [(1,)]
    assert "replayed message" in a.stderr() or "rejected a message" in a.stderr()
