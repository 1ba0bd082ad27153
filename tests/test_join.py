"""Adding a door from a door (issue 21): ``kiosk doors --invite`` on a running door,
``kiosk join`` in a new data folder, with real processes on loopback. The WebKasa simulator
only syncs the inviting door's folder; it is stopped before any door joins, so a join that
needed WebKasa fails here."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kiosk import secrets
from kiosk.peers import joining
from kiosk_cli import NULL_KEYRING, confirmed_ids
from peer_helpers import (
    DoorProcess,
    attended_at,
    dead_url,
    free_port,
    query,
    sync_folder,
    wait_for,
)

PASSPHRASE = "staff passphrase 1234"


def new_door_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """A computer that has never seen the event: no URL, key or event in its environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    return {**env, "KIOSK_DATA_DIR": str(data_dir), "KIOSK_KEY_PASSPHRASE": PASSPHRASE,
            "KIOSK_DEVICE_NAME": "Door New", **NULL_KEYRING, **extra}


def kiosk(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, text=True,
                          capture_output=True, timeout=timeout)


def invite(door: DoorProcess, *extra: str) -> str:
    result = door.run("doors", "--invite", "--json", *extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["code"]


def checkin(env: dict[str, str], code: str) -> dict:
    result = kiosk(env, "checkin", code, "--json")
    assert result.stdout, result.stderr
    return json.loads(result.stdout.splitlines()[0])


def test_a_new_door_joins_with_an_invitation_and_answers_every_code_without_webkasa(
        event_sim, doors, tmp_path):
    (a,) = doors(["Door A"], extra_env={"Door A": {"KIOSK_LANGUAGE": "de",
                                                   "KIOSK_BADGE_LAYOUT": "54x101mm"}})
    a.start()
    first, second = confirmed_ids(event_sim, 2)
    assert a.scan(first)["verdict"] == "admit"
    code = invite(a)
    total = query(a.data_dir, "SELECT COUNT(*) FROM registrations")[0][0]
    at_a = json.loads(a.run("status", "--json").stdout)
    event_sim.stop()  # the new door gets everything from Door A

    new = tmp_path / "new" / "data"
    env = new_door_env(new)
    joined = kiosk(env, "join", code, "--json")
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["registrations"] == total
    at_new = json.loads(kiosk(env, "status", "--json").stdout)
    assert at_new["counts"] == at_a["counts"] and at_new["first_sync_complete"]

    again = checkin(env, first)  # admitted at Door A before the join: the journal came too
    assert again["verdict"] == "already_checked_in" and again["checked_in_device"] == "Door A"
    assert checkin(env, second)["verdict"] == "admit"
    settings = json.loads((new / "settings.json").read_text())
    assert settings["event_id"] == event_sim.main_event_id
    assert (settings["language"], settings["badge_layout"]) == ("de", "54x101mm")
    # the key came along, and is nowhere in plain text: not in the output, not in the folder
    assert event_sim.api_key not in joined.stdout + joined.stderr
    for path in new.rglob("*"):
        if path.is_file():
            assert event_sim.api_key.encode() not in path.read_bytes(), path
    from kiosk import keys

    assert keys.unlock(new, settings["api_url"], lambda: PASSPHRASE) == event_sim.api_key
    assert not (new / joining.JOINING_DIR).exists()


def test_an_invitation_used_once_gives_a_second_door_nothing(event_sim, doors, tmp_path):
    (a,) = doors(["Door A"])
    a.start()
    code = invite(a)
    event_sim.stop()
    assert kiosk(new_door_env(tmp_path / "b"), "join", code).returncode == 0

    replayed = kiosk(new_door_env(tmp_path / "c"), "join", code)
    assert replayed.returncode == 4, replayed.stderr
    assert "used already" in replayed.stderr
    assert not (tmp_path / "c" / "kiosk.db").exists()
    assert not (tmp_path / "c" / "settings.json").exists()


def test_an_expired_invitation_gives_nothing(event_sim, doors, tmp_path):
    (a,) = doors(["Door A"])
    a.start()
    code = invite(a)
    event_sim.stop()
    # eleven minutes on: moved in Door A's folder, where the invitation is kept
    conn = sqlite3.connect(a.data_dir / "kiosk.db")
    with conn:
        conn.execute("UPDATE peer_invitations SET expires_at = expires_at - 660")
    conn.close()
    late = kiosk(new_door_env(tmp_path / "b"), "join", code)
    assert late.returncode == 4, late.stderr
    assert "expired" in late.stderr
    assert not (tmp_path / "b" / "kiosk.db").exists()


def test_an_invitation_shown_to_a_door_of_another_event_gives_nothing(event_sim, doors,
                                                                       tmp_path):
    from kiosk.api import WebKasaClient
    from kiosk.door import Door
    from kiosk.settings import Settings
    from kiosk.store import Store

    other_event = next(e["id"] for e in event_sim.events()
                       if e["id"] != event_sim.main_event_id)
    (a,) = doors(["Door A"])
    x_dir = tmp_path / "x" / "data"
    x = Door(Store(x_dir), Settings(api_url=event_sim.url, event_id=other_event,
                                    device_name="Door X"),
             WebKasaClient(event_sim.url, event_sim.api_key, timeout=5.0))
    assert x.pull().complete
    x.close()
    door_x = DoorProcess(event_sim, x_dir, "Door X", port=free_port(), peers=[],
                         api_url=dead_url(), extra_env={"KIOSK_EVENT": other_event})
    a.start()
    door_x.start()
    try:
        code = joining.decode(invite(a))
        # the same invitation, but the door at its address is Door X, of another event
        shown_to_x = joining.encode(joining.Code(code.secret, code.event_tag,
                                                 (f"127.0.0.1:{door_x.port}",)))
        event_sim.stop()
        result = kiosk(new_door_env(tmp_path / "b"), "join", shown_to_x)
        assert result.returncode == 4, result.stderr
        assert "another event" in result.stderr
        assert not (tmp_path / "b" / "kiosk.db").exists()
        # and the invitation is still good at its own door
        assert kiosk(new_door_env(tmp_path / "c"), "join", joining.encode(code)).returncode == 0
    finally:
        door_x.stop()


class StallingProxy:
    """A loopback relay to a door that forwards the request whole and the answer only in
    part, then holds it: a joining door waiting mid-transfer."""

    def __init__(self, upstream: int, forward: int = 300) -> None:
        self.upstream, self.forward = upstream, forward
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.held = threading.Event()
        self._sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        try:
            client, _ = self.listener.accept()
        except OSError:
            return
        server = socket.create_connection(("127.0.0.1", self.upstream))
        self._sockets += [client, server]
        threading.Thread(target=self._pipe, args=(client, server), daemon=True).start()
        sent = 0
        while sent < self.forward:
            chunk = server.recv(self.forward - sent)
            if not chunk:
                break
            client.sendall(chunk)
            sent += len(chunk)
        self.held.set()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while chunk := src.recv(65536):
                dst.sendall(chunk)
        except OSError:
            pass

    def close(self) -> None:
        for s in self._sockets:
            s.close()


def test_a_joining_door_killed_mid_transfer_answers_nothing_and_starts_over(
        event_sim, doors, tmp_path):
    (a,) = doors(["Door A"])
    a.start()
    rid = confirmed_ids(event_sim, 1)[0]
    code = joining.decode(invite(a))
    event_sim.stop()
    proxy = StallingProxy(a.port)
    new = tmp_path / "new" / "data"
    env = new_door_env(new)
    via_proxy = joining.encode(joining.Code(code.secret, code.event_tag,
                                            (f"127.0.0.1:{proxy.port}",)))
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "join", via_proxy], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(proxy.held.is_set, "the copy to be half-way to the new door")
        proc.kill()
        proc.wait(timeout=30)
    finally:
        proxy.close()
    half = kiosk({**env, "KIOSK_EVENT": event_sim.main_event_id}, "checkin", rid, "--json")
    assert half.returncode == 3, half.stdout + half.stderr  # not configured: no list at all
    assert "admit" not in half.stdout

    # the next join starts over with the same invitation (it is held for this door)
    result = kiosk(env, "join", joining.encode(code), "--json")
    assert result.returncode == 0, result.stderr
    assert checkin(env, rid)["verdict"] == "admit"


def test_a_door_folder_that_joined_refuses_a_second_join(event_sim, doors, tmp_path):
    (a,) = doors(["Door A"])
    a.start()
    first, second = invite(a), invite(a)
    event_sim.stop()
    env = new_door_env(tmp_path / "b")
    assert kiosk(env, "join", first).returncode == 0
    again = kiosk(env, "join", second)
    assert again.returncode == 4 and "already" in again.stderr
    assert sum(json.loads(kiosk(env, "status", "--json").stdout)["counts"].values()) > 0


@pytest.mark.parametrize("text", ["", "hello", "AAAA-" * 12, "ÄÖÜ-" * 20, "A" * 5000])
def test_garbage_for_an_invitation_is_a_usage_error_and_touches_nothing(tmp_path, text):
    env = new_door_env(tmp_path / "b")
    result = kiosk(env, "join", text)
    assert result.returncode == 2, result.stderr
    assert "invitation code" in result.stderr
    assert not (tmp_path / "b" / "kiosk.db").exists()


def test_a_mistyped_invitation_says_it_has_a_typo():
    code = joining.encode(joining.Code(b"k" * 16, joining.event_tag("evt"), ("10.0.0.5:8470",)))
    typo = code[:10] + ("B" if code[10] != "B" else "C") + code[11:]
    with pytest.raises(ValueError, match="typo"):
        joining.decode(typo)
    assert joining.decode(code.lower().replace("-", " ")).secret == b"k" * 16


def door_id_of(door: DoorProcess) -> str:
    return query(door.data_dir, "SELECT value FROM meta WHERE key='peer_door_id'")[0][0]


def held(door: DoorProcess, writer: str, rid: str) -> bool:
    return bool(query(door.data_dir, "SELECT 1 FROM peer_journal WHERE door_id=? AND"
                      " registration_id=?", writer, rid))


def test_a_removed_door_s_later_check_ins_are_refused_by_every_door_and_it_says_so(
        event_sim, doors):
    a, b, c = doors(["Door A", "Door B", "Door C"])
    event_sim.stop()
    for door in (a, b, c):
        door.start()
    before, after, later = confirmed_ids(event_sim, 3)
    assert b.scan(before)["verdict"] == "admit"
    wait_for(lambda: held(a, door_id_of(b), before) and held(c, door_id_of(b), before),
             "Door B's check-in to reach A and C")
    b_id = door_id_of(b)

    removed = a.run("doors", "--remove", b_id)
    assert removed.returncode == 0, removed.stderr
    wait_for(lambda: query(c.data_dir, "SELECT upto_seq FROM peer_removed WHERE door_id=?",
                           b_id) == [(1,)], "the removal to travel from A to C")
    assert b.scan(after)["verdict"] == "admit"  # B goes on alone, and is told it is out
    wait_for(lambda: "removed from the event by another door" in b.stderr(),
             "Door B to say it was removed")
    assert a.scan(later)["verdict"] == "admit"  # a round after B's check-in, A to C
    wait_for(lambda: held(c, door_id_of(a), later), "Door A's later check-in to reach C")
    for door in (a, c):
        assert held(door, b_id, before)  # what B wrote before the removal stays
        assert not held(door, b_id, after)
        assert not attended_at(door, after)  # B's admission counts nowhere else
    listed = [json.loads(line) for line in c.run("doors", "--json").stdout.splitlines()]
    assert {d["door_id"]: d["removed"] for d in listed if "door_id" in d}[b_id] is True


def test_removing_an_unknown_door_or_itself_is_a_usage_error(event_sim, doors):
    (a,) = doors(["Door A"])
    event_sim.stop()
    a.start()
    unknown = a.run("doors", "--remove", "d1_" + "x" * 43)
    assert unknown.returncode == 2 and "No door" in unknown.stderr
    itself = a.run("doors", "--remove", door_id_of(a))
    assert itself.returncode == 2 and "own id" in itself.stderr


def test_a_door_invited_scan_only_gets_no_key_and_shares_check_ins_with_the_inviter(
        event_sim, doors, tmp_path):
    from file_keyring import keyring_env

    (a,) = doors(["Door A"])
    a.start()
    first, second = confirmed_ids(event_sim, 2)
    code = invite(a, "--scan-only")
    event_sim.stop()
    new = tmp_path / "new" / "data"
    ring = tmp_path / "keyring.json"
    env = {**new_door_env(new), **keyring_env(ring)}
    joined = kiosk(env, "join", code, "--json")
    assert joined.returncode == 0, joined.stderr
    assert json.loads(joined.stdout)["scan_only"] is True
    stored = json.loads(ring.read_text())
    assert len(stored) == 1 and next(iter(stored)).endswith(  # the doors' secret, no key
        "peer-secret@" + json.loads((new / "settings.json").read_text())["api_url"])
    assert event_sim.api_key not in ring.read_text()
    assert not secrets.key_file(new).exists()

    # started with nothing but its folder, the new door links with A and shares check-ins
    b = DoorProcess(event_sim, new, "Door New", port=free_port(), peers=[a.port],
                    api_url=dead_url(), extra_env=keyring_env(ring))
    for name in ("KIOSK_API_KEY", "KIOSK_API_URL", "KIOSK_EVENT"):
        b.env.pop(name)
    b.start()
    try:
        assert b.scan(first)["verdict"] == "admit"
        wait_for(lambda: attended_at(a, first), "Door A to learn of the new door's check-in")
        assert a.scan(second)["verdict"] == "admit"
        wait_for(lambda: attended_at(b, second), "the new door to learn of Door A's")
    finally:
        b.stop()


def test_a_removal_signed_by_a_door_nobody_has_heard_of_is_ignored(event_sim, doors):
    """Anyone holding the peer secret can make a door key, not a history with the others."""
    import httpx

    from kiosk.peers import membership
    from kiosk.peers.auth import derive_secret, sign_request
    from kiosk.peers.identity import generate
    from kiosk.peers.node import PATH

    a, b = doors(["Door A", "Door B"])
    event_sim.stop()
    a.start()
    b.start()
    first, second = confirmed_ids(event_sim, 2)
    assert b.scan(first)["verdict"] == "admit"
    wait_for(lambda: attended_at(a, first), "Door A to learn of Door B's check-in")
    stranger = generate()
    at = "2026-01-01T10:00:00Z"
    forged = {"door": door_id_of(b), "upto": 0, "by": stranger.door_id, "at": at,
              "sig": stranger.sign(membership.removal_message(
                  event_sim.main_event_id, door_id_of(b), 0, at))}
    body = json.dumps({"door": {"id": stranger.door_id, "name": "Door T"}, "have": {},
                       "entries": [], "removed": [forged]}).encode()
    headers = sign_request(derive_secret(event_sim.api_key, event_sim.main_event_id), "POST",
                           PATH, body)
    with httpx.Client(trust_env=False, timeout=10.0) as client:
        assert client.post(f"http://127.0.0.1:{a.port}{PATH}", content=body,
                           headers=headers).status_code == 200
    assert query(a.data_dir, "SELECT COUNT(*) FROM peer_removed") == [(0,)]
    assert b.scan(second)["verdict"] == "admit"
    wait_for(lambda: attended_at(a, second), "Door B's next check-in to reach Door A")
    assert held(a, door_id_of(b), first)


def test_kiosk_doors_invite_hands_the_invitation_out_itself_when_no_door_runs(
        event_sim, doors, tmp_path):
    (a,) = doors(["Door A"])  # synced, not started: nothing listens on its peer port
    event_sim.stop()
    inviting = subprocess.Popen([sys.executable, "-m", "kiosk", "doors", "--invite", "--json"],
                                env=a.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True)
    try:
        code = json.loads(inviting.stdout.readline())["code"]
        joined = kiosk(new_door_env(tmp_path / "b"), "join", code)
        assert joined.returncode == 0, joined.stderr
        assert inviting.wait(timeout=60) == 0  # it ends once the invitation is used
    finally:
        if inviting.poll() is None:
            inviting.kill()
        inviting.communicate()


def test_a_joining_door_killed_while_writing_its_copy_answers_nothing_and_starts_over(
        tmp_path):
    """Killed while the copy is written (5,000 registrations take a good part of a second
    to load), not only while it travels: the half-built database never answers."""
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=5, registrations=5000, slots=10_000) as big:
        folder = tmp_path / "a" / "data"
        sync_folder(big, folder, "Door A")
        rid = big.registrations(big.main_event_id, "CONFIRMED")[-1]["id"]
        a = DoorProcess(big, folder, "Door A", port=free_port(), peers=[], api_url=dead_url())
    a.start()
    try:
        code = invite(a)
        new = tmp_path / "new" / "data"
        env = new_door_env(new)
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", "join", code], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: (new / joining.JOINING_DIR / "kiosk.db").exists(),
                 "the new door to start writing its copy")
        proc.kill()
        proc.wait(timeout=30)
        assert (new / joining.JOINING_DIR).exists()  # killed half-way through the copy
        half = kiosk({**env, "KIOSK_EVENT": big.main_event_id}, "checkin", rid, "--json")
        assert half.returncode == 3, half.stdout + half.stderr
        assert "admit" not in half.stdout

        wiped = kiosk(env, "wipe", "--all", "--yes")  # the half copy holds names: wiped too
        assert wiped.returncode == 0, wiped.stderr
        assert not (new / joining.JOINING_DIR).exists()
        # its claim went with it: the invitation stays used up, a new one is needed
        assert "used already" in kiosk(env, "join", code).stderr
        result = kiosk(env, "join", invite(a), "--json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["registrations"] == 5000
        assert checkin(env, rid)["verdict"] == "admit"
        assert not (new / joining.JOINING_DIR).exists()
    finally:
        a.stop()


def test_a_check_in_held_from_a_door_past_its_removal_is_taken_back(tmp_path):
    """B's admission reached this door after another door had removed B, before the removal
    did: when the removal arrives, the admission goes and the server's status shows."""
    import time

    from kiosk import registrations
    from kiosk.door import Door
    from kiosk.models import VerdictKind
    from kiosk.peers import membership
    from kiosk.peers.identity import generate
    from kiosk.peers.journal import sign_entry
    from kiosk.settings import Settings
    from kiosk.store import Store

    store = Store(tmp_path / "data")
    registrations.upsert_server_rows(store, "evt_x", [
        {"id": rid, "event_id": "evt_x", "attendee_name": rid, "attendee_email": "",
         "status": "CONFIRMED"} for rid in ("reg_1", "reg_2")],
        sync_gen=None, fetched_at=time.time())
    door = Door(store, Settings(event_id="evt_x", device_name="Door C"), None)
    try:
        b, remover = generate(), generate()
        at = "2026-01-01T10:00:00.000Z"
        door.journal.apply([sign_entry(b, "evt_x", {"seq": 1, "reg": "reg_1", "action": "admit",
                                                    "status": "ATTENDED", "hlc": 1, "at": at}),
                            sign_entry(remover, "evt_x", {"seq": 1, "reg": "reg_2",
                                                          "action": "admit",
                                                          "status": "ATTENDED", "hlc": 2,
                                                          "at": at})],
                           {b.door_id: "Door B", remover.door_id: "Door A"})
        assert door.checkin("reg_1").kind is VerdictKind.ALREADY_CHECKED_IN
        removal = {"door": b.door_id, "upto": 0, "by": remover.door_id, "at": at,
                   "sig": remover.sign(membership.removal_message("evt_x", b.door_id, 0, at))}
        assert door.journal.take_removals([removal]) == 1
        assert door.checkin("reg_1").kind is VerdictKind.ADMIT
        assert door.checkin("reg_2").kind is VerdictKind.ALREADY_CHECKED_IN  # A's stays
    finally:
        door.close()


def test_hostile_join_requests_get_nothing_and_the_invitation_still_works(event_sim, doors,
                                                                          tmp_path):
    import httpx

    from kiosk.peers.identity import generate
    from kiosk.peers.joining import JOIN_PATH

    (a,) = doors(["Door A"])
    a.start()
    code = joining.decode(invite(a))
    event_sim.stop()
    url = f"http://127.0.0.1:{a.port}{JOIN_PATH}"
    honest = {"invitation": code.id, "door": generate().door_id,
              "event": code.event_tag.hex(), "time": "1", "nonce": "00", "proof": "ab" * 32}
    bodies = [b"", b"not json", b"[]", b"{}", json.dumps({**honest, "door": ["x"]}).encode(),
              json.dumps({**honest, "invitation": "\u202e" * 50}).encode(),
              json.dumps({**honest, "time": "nan"}).encode(),
              json.dumps({**honest, "proof": "x" * 10_000}).encode(),
              json.dumps(honest).encode()]  # the right invitation, without its secret
    with httpx.Client(trust_env=False, timeout=10.0) as client:
        for body in bodies:
            answer = client.post(url, content=body)
            assert answer.status_code in (400, 401, 403), (body[:60], answer.status_code)
            assert "box" not in answer.text
    assert "Traceback" not in a.stderr()
    result = kiosk(new_door_env(tmp_path / "b"), "join", joining.encode(code))
    assert result.returncode == 0, result.stderr


def test_a_removed_door_s_scan_log_rows_after_its_removal_are_refused_and_dropped(tmp_path):
    """The scan log has its own numbering: a removed door's rows made after its removal are
    refused from then on, and those held from before the removal arrived go, as its journal
    entries past the cut-off do; what it scanned before the removal stays."""
    from kiosk import scans
    from kiosk.door import Door
    from kiosk.peers import membership
    from kiosk.peers.identity import generate
    from kiosk.settings import Settings
    from kiosk.store import Store

    def row(key, seq, at, verdict="admit"):
        entry = {"door": key.door_id, "seq": seq, "at": at, "code": f"reg_{seq}",
                 "verdict": verdict, "reason": "", "reg": f"reg_{seq}", "people": 1}
        entry["sig"] = key.sign(scans.message("evt_x", key.door_id, seq, at, entry["code"],
                                              verdict, "", entry["reg"], 1))
        return entry

    door = Door(Store(tmp_path / "data"), Settings(event_id="evt_x", device_name="Door C"), None)
    try:
        b, remover = generate(), generate()
        names = {b.door_id: "Door B", remover.door_id: "Door A"}
        door.journal.apply([], names)
        removed_at = "2026-01-01T10:00:00.000Z"
        assert door.scan_log.apply([row(b, 1, "2026-01-01T09:00:00.000Z"),
                                    row(b, 2, "2026-01-01T10:30:00.000Z"),
                                    row(remover, 1, "2026-01-01T10:30:00.000Z")], names) == 3
        removal = {"door": b.door_id, "upto": 0, "by": remover.door_id, "at": removed_at,
                   "sig": remover.sign(membership.removal_message("evt_x", b.door_id, 0,
                                                                  removed_at))}
        assert door.journal.take_removals([removal]) == 1
        held = {(s.door_id, s.code) for s in door.scan_log.entries()}
        assert held == {(b.door_id, "reg_1"), (remover.door_id, "reg_1")}  # B's later row went
        later = [row(b, 3, "2026-01-01T11:00:00.000Z"), row(b, 2, "2026-01-01T10:30:00.000Z")]
        assert door.scan_log.apply(later, names) == 0  # refused from then on
        assert door.scan_log.apply([row(b, 4, "2026-01-01T09:59:00.000Z")], names) == 1
        assert door.scan_log.apply([row(remover, 2, "2026-01-01T11:00:00.000Z")], names) == 1
        assert door.scan_log.high_water() == {b.door_id: 4, remover.door_id: 2}
    finally:
        door.close()
