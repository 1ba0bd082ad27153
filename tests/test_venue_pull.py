"""One pull from WebKasa per venue (issue 21): linked doors agree on one door that pulls, the
others take the server copy from it over the LAN, sealed. Real ``kiosk checkin --stdin``
door processes on loopback against the simulator, each pulling on its own schedule."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx
import pytest

from door_helpers import wait_for
from kiosk.peers.auth import secret_from_setting, sign_request
from kiosk.peers.copy import COPY_PATH, PURPOSE
from kiosk.peers.sealed import Unsealable, box_key, open_box
from kiosk.simulator.testing import running_simulator
from peer_helpers import DoorProcess, free_port, query, sync_folder

SECRET = "venue secret for the tests"
FAST = {"KIOSK_SYNC_INTERVAL_S": "2", "KIOSK_PUSH_INTERVAL_S": "1",
        "KIOSK_PEER_SECRET": SECRET}


@pytest.fixture
def venue(tmp_path: Path):
    """Factory: ``venue(sim, names)`` synced doors linked with each other, each pulling by
    itself every 2 s (no ``--no-sync``), started."""
    started: list[DoorProcess] = []

    def make(sim, names: list[str]) -> list[DoorProcess]:
        ports = [free_port() for _ in names]
        made = []
        for i, name in enumerate(names):
            folder = tmp_path / name.replace(" ", "_") / "data"
            sync_folder(sim, folder, name)
            door = DoorProcess(sim, folder, name, port=ports[i],
                               peers=[p for j, p in enumerate(ports) if j != i],
                               api_url=sim.url, extra_env=FAST, args=())
            made.append(door)
            started.append(door)
        for door in made:
            door.start()
        return made

    yield make
    for door in started:
        if door.proc is not None:
            door.stop()


def meta(door: DoorProcess, key: str) -> str | None:
    rows = query(door.data_dir, "SELECT value FROM meta WHERE key=?", key)
    return rows[0][0] if rows else None


def puller_of(door: DoorProcess) -> dict | None:
    value = meta(door, "venue_puller")
    return json.loads(value) if value else None


def agreed(doors: list[DoorProcess]) -> DoorProcess | None:
    """The door every door names as the puller, itself included; None while they differ."""
    seen = [puller_of(d) for d in doors]
    if any(s is None for s in seen) or len({s["id"] for s in seen}) != 1:
        return None
    here = [d for d, s in zip(doors, seen) if s["here"]]
    return here[0] if len(here) == 1 else None


def agreed_puller(doors: list[DoorProcess]) -> DoorProcess:
    return wait_for(lambda: agreed(doors), "the doors to agree on one puller", timeout=60)


def server_copy(door: DoorProcess) -> dict[str, str]:
    return dict(query(door.data_dir, "SELECT id, status FROM registrations"
                      " WHERE origin='server' AND vanished=0"))


def on_server(sim) -> dict[str, str]:
    return {r["id"]: r["status"] for r in sim.registrations(sim.main_event_id)}


def test_one_door_pulls_and_the_others_take_what_changed_from_it(event_sim, venue):
    doors = venue(event_sim, ["Door A", "Door B", "Door C"])
    puller = agreed_puller(doors)
    followers = [d for d in doors if d is not puller]
    # the followers' own WebKasa pulls stopped: their last complete pull is the first sync
    own_pulls = {d.name: meta(d, "last_complete_gen") for d in followers}
    copied_from = {d.name: json.loads(meta(d, "copy_from") or "{}").get("door")
                   for d in followers}
    assert set(copied_from.values()) == {puller_of(puller)["id"]}

    added = event_sim.add_registration(attendee_name="Zoë Late-Booker")["id"]
    cancelled = next(r for r, s in on_server(event_sim).items()
                     if s == "CONFIRMED" and r != added)
    event_sim.cancel(cancelled)
    for door in doors:  # within two sync intervals of a pull, on every door
        wait_for(lambda d=door: server_copy(d).get(added) == "CONFIRMED"
                 and server_copy(d).get(cancelled) == "CANCELLED",
                 f"{door.name} to hear of the new and the cancelled registration", timeout=30)
    for door in doors:  # (an admission uploads: the copies say ATTENDED from then on)
        assert door.scan(cancelled)["verdict"] != "admit"
        line = door.scan(added)  # known by name (admitted here or already at another door)
        assert line["verdict"] in ("admit", "already_checked_in")
        assert line["attendee_name"] == "Zoë Late-Booker"
    assert {d.name: meta(d, "last_complete_gen") for d in followers} == own_pulls
    for door in followers:
        # the check-in uploaded meanwhile comes back by the puller's copy too
        wait_for(lambda d=door: server_copy(d) == on_server(event_sim),
                 f"{door.name} to hold the server's copy")
        assert json.loads(meta(door, "copy_from"))["gen"] > 0  # by changes, not whole copies
        listed = [json.loads(line) for line in door.run("doors", "--json").stdout.splitlines()]
        said = [x for x in listed if "puller" in x]
        assert said == [{"puller": puller.name, "puller_id": puller_of(puller)["id"],
                         "pulls_here": False}]
        assert [x["name"] for x in listed if x.get("pulls")] == [puller.name]
        text = door.run("doors").stdout
        assert f"Pulls from WebKasa for the venue: {puller.name}" in text
    assert "this door" in puller.run("doors").stdout


def test_a_puller_killed_mid_pull_is_replaced_and_no_copy_ends_partial(venue):
    # small pages, slow answers: a pull takes seconds, so the kill lands inside one
    with running_simulator(seed=11, registrations=60, slots=1000, page_cap=10) as sim:
        doors = venue(sim, ["Door A", "Door B", "Door C"])
        puller = agreed_puller(doors)
        old_id = puller_of(puller)["id"]
        sim.faults.update(latency_s=0.3)
        wait_for(lambda: int(meta(puller, "sync_gen") or 0)
                 > int(meta(puller, "last_complete_gen") or 0), "the puller to be mid-pull")
        puller.kill()
        rest = [d for d in doors if d is not puller]
        added = sim.add_registration(attendee_name="After The Kill")["id"]
        gone = next(r for r, s in on_server(sim).items() if s == "CONFIRMED" and r != added)
        sim.cancel(gone)
        sim.faults.update(latency_s=0.0)
        new = wait_for(lambda: (p := agreed(rest)) and puller_of(p)["id"] != old_id and p,
                       "another door to take over", timeout=60)
        for door in rest:
            wait_for(lambda d=door: server_copy(d) == on_server(sim),
                     f"{door.name} to hold exactly the server's copy", timeout=60)
        follower = next(d for d in rest if d is not new)
        assert json.loads(meta(follower, "copy_from"))["door"] == puller_of(new)["id"]
        assert follower.scan(added)["verdict"] == "admit"
        assert follower.scan(gone)["verdict"] != "admit"


def test_the_copy_travels_sealed_and_only_to_doors_of_the_event(event_sim, venue):
    (door,) = venue(event_sim, ["Door A"])
    wait_for(lambda: meta(door, f"copy_gen:{event_sim.main_event_id}"),
             "the door's first complete pull")
    names = [r["attendee_name"].encode() for r in event_sim.registrations(event_sim.main_event_id)]
    emails = [r["attendee_email"].encode() for r in event_sim.registrations(event_sim.main_event_id)]
    url = f"http://127.0.0.1:{door.port}{COPY_PATH}"

    def ask(secret: bytes) -> httpx.Response:
        body = json.dumps({"door": {"id": "d1_test", "name": "Test"}, "since": 0,
                           "after": 0}).encode()
        headers = sign_request(secret, "POST", COPY_PATH, body)
        return httpx.post(url, content=body, headers=headers, timeout=10), headers

    secret = secret_from_setting(SECRET, event_sim.main_event_id)
    resp, headers = ask(secret)
    assert resp.status_code == 200
    assert not any(n in resp.content for n in names + emails)  # nothing readable on the wire
    box = base64.b64decode(resp.json()["box"])
    context = f"{event_sim.main_event_id}\n{headers['X-Peer-Nonce']}".encode()
    page = json.loads(open_box(box_key(secret, PURPOSE), box, context))
    assert {r["attendee_name"] for r in page["rows"]} == {n.decode() for n in names}
    with pytest.raises(Unsealable):  # another event or another answer: it does not open
        open_box(box_key(secret, PURPOSE), box, b"evt_other\n" + headers["X-Peer-Nonce"].encode())
    with pytest.raises(Unsealable):
        open_box(box_key(secret_from_setting("another secret!", event_sim.main_event_id),
                         PURPOSE), box, context)

    stranger, _ = ask(secret_from_setting("not the event's secret", event_sim.main_event_id))
    assert stranger.status_code == 401
    assert not any(n in stranger.content for n in names + emails)


def test_the_app_hears_the_other_doors_before_its_first_pull(event_sim, tmp_path):
    """``kiosk app`` (offscreen) started beside a door it cannot hear yet: like a headless
    door, it waits to hear the others before its first pull, then takes the puller's copy
    instead of pulling from WebKasa at start. The app's door id is made the larger of the
    two, so the other door pulls for the venue; that door is held stopped (SIGSTOP) until
    the app says it is waiting, so before this the app's first pull went to WebKasa."""
    import signal
    import subprocess
    import sys

    from kiosk_cli import kiosk_env
    from test_app_process import lines_of
    from test_app_process import wait_for as wait_for_line

    folders = [tmp_path / name / "data" for name in ("one", "two")]
    for one in folders:
        sync_folder(event_sim, one, one.parent.name)
    # the door whose id comes first pulls for the venue: that one is Door B, the other the app
    folder, app_folder = sorted(folders, key=lambda f: meta_in(f, "peer_door_id") or "")
    port_app, port_b = free_port(), free_port()
    slow = {**FAST, "KIOSK_SYNC_INTERVAL_S": "600"}  # one pull each: the first
    door_b = DoorProcess(event_sim, folder, "Door B", port=port_b, peers=[port_app],
                         api_url=event_sim.url, extra_env=slow, args=()).start()
    assert door_b.proc is not None
    door_b.proc.send_signal(signal.SIGSTOP)  # listening, answering nobody
    own_pull = meta_in(app_folder, "last_complete_gen")
    env = kiosk_env(event_sim, app_folder, QT_QPA_PLATFORM="offscreen",
                    KIOSK_DEVICE_NAME="Front desk", KIOSK_PEER_PORT=str(port_app),
                    KIOSK_PEERS=f"127.0.0.1:{port_b}", KIOSK_PEER_DISCOVERY="0", **slow)
    app = subprocess.Popen([sys.executable, "-m", "kiosk", "-v", "app"], env=env, text=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen: list[str] = []
    try:
        lines = lines_of(app.stderr)
        wait_for_line(lines, "hearing the other doors before the first pull", seen, timeout=90)
        door_b.proc.send_signal(signal.SIGCONT)
        said = wait_for(lambda: json.loads(meta_in(app_folder, "venue_puller") or "null"),
                        "the app's first pull", timeout=90)
        assert said == {"id": meta_in(folder, "peer_door_id"), "name": "Door B", "here": False}
        assert meta_in(app_folder, "last_complete_gen") == own_pull  # no pull of its own
        assert json.loads(meta_in(app_folder, "copy_from"))["door"] == said["id"]
    finally:
        door_b.proc.send_signal(signal.SIGCONT)
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=60)  # (its stderr is drained by the reader thread)
        door_b.stop()
    assert app.returncode == 0, "".join(seen[-20:])


def meta_in(folder: Path, key: str) -> str | None:
    rows = query(folder, "SELECT value FROM meta WHERE key=?", key)
    return rows[0][0] if rows else None
