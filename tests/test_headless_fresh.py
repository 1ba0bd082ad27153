"""Headless doors keep themselves fresh (issue 21): a long-running ``kiosk checkin --stdin``
pulls and uploads by itself on the GUI's schedule, says on every verdict when its copy is
old, and with ``--no-sync`` talks to nobody. Real door processes against the simulator."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from door_helpers import wait_for
from kiosk.simulator.testing import running_simulator
from kiosk_cli import confirmed_ids
from peer_helpers import DoorProcess, free_port, sync_folder

FAST = {"KIOSK_SYNC_INTERVAL_S": "1", "KIOSK_PUSH_INTERVAL_S": "1"}


@pytest.fixture
def gate(tmp_path: Path):
    """Factory: a synced ``kiosk checkin --stdin --json`` door on ``sim``, started (the
    simulator's request log then holds the door's requests alone)."""
    started: list[DoorProcess] = []

    def start(sim, *args: str) -> DoorProcess:
        folder = tmp_path / f"gate{len(started)}" / "data"
        sync_folder(sim, folder, "Gate")
        door = DoorProcess(sim, folder, "Gate", port=free_port(), peers=[], api_url=sim.url,
                           extra_env=FAST, args=args)
        started.append(door)
        sim.reset_counters()
        return door.start()

    yield start
    for door in started:
        door.stop()


def test_registration_made_after_the_door_started_is_admitted_without_a_sync(sim, gate):
    door = gate(sim)
    new = sim.add_registration(attendee_name="Late Booker")["id"]
    # unknown until the door's own pull brings it (no 'kiosk sync' anywhere)
    verdict = wait_for(lambda: (v := door.scan(new))["verdict"] == "admit" and v,
                       "the door to admit a registration made after it started")
    assert verdict["attendee_name"] == "Late Booker"


def test_checkin_through_the_pipe_reaches_the_server_by_itself(sim, gate):
    door = gate(sim)
    rid = confirmed_ids(sim, 1)[0]
    assert door.scan(rid)["verdict"] == "admit"
    wait_for(lambda: sim.status_of(rid) == "ATTENDED", "the check-in to reach the server")


def test_a_door_cut_off_from_the_server_says_its_copy_grows_old(gate):
    with running_simulator(seed=5, registrations=40, slots=100) as sim:
        door = gate(sim)
        rid = confirmed_ids(sim, 1)[0]
        wait_for(lambda: door.scan(rid)["stale_s"] is None, "a fresh copy while online")
    # the server is gone: pulls fail, and after a few intervals every verdict says so
    first = wait_for(lambda: door.scan(rid)["stale_s"], "the verdict to say the copy is old")
    later = wait_for(lambda: (s := door.scan(rid)["stale_s"]) > first and s,
                     "the copy's age to grow")
    assert later > first
    line = door.scan(rid)
    assert line["verdict"] == "already_checked_in"  # the door still answers from its copy


def test_no_sync_makes_no_request(sim, gate):
    door = gate(sim, "--no-sync")
    rid = confirmed_ids(sim, 1)[0]
    assert door.scan(rid)["verdict"] == "admit"  # a check-in waits to upload
    # three sync intervals pass with no pull: the copy turns stale
    wait_for(lambda: door.scan(rid)["stale_s"], "three sync intervals to pass")
    assert sim.request_log == []
    assert sim.status_of(rid) == "CONFIRMED"


def test_a_round_is_skipped_not_waited_for_while_another_process_syncs(synced_door, sim):
    from filelock import FileLock

    from kiosk.freshness import Freshness

    rid = confirmed_ids(sim, 1)[0]
    assert synced_door.checkin(rid).admitted
    # 'kiosk sync' would wait this long for the lock: a round must not wait at all
    synced_door.settings = synced_door.settings.with_(network_lock_wait_s=3600)
    rounds = Freshness(synced_door)
    sim.reset_counters()
    other = FileLock(str(synced_door.store.data_dir / "network.lock"))  # 'kiosk sync' elsewhere
    answers: list[bool] = []
    with other:
        both = threading.Thread(target=lambda: answers.extend(
            [rounds.pull_round(), rounds.push_round()]), daemon=True)
        both.start()
        both.join(30)
    assert answers == [False, False]
    assert sim.request_log == []
    assert rounds.push_round() is True  # the next round, the lock free again
    assert sim.status_of(rid) == "ATTENDED"


def test_the_copy_is_stale_after_three_missed_pulls_and_the_text_line_says_how_old(synced_door):
    from kiosk.clock import parse_utc
    from kiosk.freshness import stale_note, stale_s

    last = parse_utc(synced_door.store.get_meta("last_sync_at")).timestamp()
    interval = synced_door.settings.sync_interval_s
    assert stale_s(synced_door, now=last + 3 * interval) is None
    assert stale_s(synced_door, now=last + 3 * interval + 1) == 3 * interval + 1
    assert stale_note(None) == ""
    assert stale_note(12 * 60 + 5) == " (data 12 min old)"
