"""A server that lies or stalls (issue 8): an empty or short list, endless or stuck paging, a
trickle, oversized answers. None of it may empty the door's list, hang a sync or fill memory.
Real simulator on loopback with its fault switches; the CLI ones in real processes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from door_helpers import make_client, make_door
from kiosk.api import AnswerTooLarge, TransportError
from kiosk.models import VerdictKind
from kiosk.settings import Settings, save
from kiosk_cli import confirmed_ids


def test_an_empty_answer_does_not_empty_the_door_until_staff_confirm(synced_door, sim):
    sim.faults.update(list_empty=True)
    result = synced_door.pull()
    assert result.vanished == 0
    assert "left out 300 of 300" in result.warning
    assert synced_door.status().sync_warning == result.warning
    assert synced_door.checkin(confirmed_ids(sim, 1)[0]).kind is VerdictKind.ADMIT

    again = synced_door.pull()  # a second bad answer is no more believed than the first
    assert again.vanished == 0 and "left out 300 of 300" in again.warning
    assert synced_door.status().removals_waiting == 300

    assert synced_door.accept_removals() == 300  # staff confirmed
    assert synced_door.status().sync_warning is None
    assert synced_door.status().removals_waiting == 0
    assert synced_door.checkin(confirmed_ids(sim, 1)[0]).kind is VerdictKind.UNKNOWN


def test_a_too_small_total_does_not_drop_the_rest(synced_door, sim):
    sim.faults.update(list_total=50)
    result = synced_door.pull()
    assert result.complete and result.vanished == 0 and "left out 200 of 300" in result.warning
    sim.faults.clear()
    honest = synced_door.pull()  # the server tells the truth again: nothing was gone
    assert honest.vanished == 0 and honest.warning is None
    assert sum(synced_door.status().counts.values()) == 300


def test_a_few_real_removals_are_applied_at_once(synced_door, sim):
    gone = confirmed_ids(sim, 3)
    for rid in gone:
        sim.delete_registration(rid)
    result = synced_door.pull()
    assert result.vanished == 3 and result.warning is None
    assert synced_door.checkin(gone[0]).kind is VerdictKind.UNKNOWN


def test_endless_has_more_stops_at_what_the_total_allows(door, sim):
    sim.faults.update(list_endless=True)
    result = door.pull()
    assert not result.complete and "kept saying there is more" in result.warning
    # 300 rows in pages of 100: 3 pages, plus a margin of 3
    assert result.requests == 6
    assert door.status().sync_warning == result.warning


def test_an_offset_that_never_moves_ends_the_pass(door, sim):
    sim.faults.update(list_stuck_offset=True)
    result = door.pull()
    assert not result.complete and "does not move" in result.warning
    assert result.requests == 2


def test_every_sync_has_a_deadline(tmp_path):
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=3, registrations=300, page_cap=10) as sim:
        sim.faults.update(latency_s=0.1)
        door = make_door(sim, tmp_path / "data", sync_deadline_s=0.3)
        seen = []
        try:
            result = door.pull(progress=lambda done, total: seen.append(done))
        finally:
            door.close()
    assert not result.complete and "deadline" in result.warning
    assert seen and seen[-1] < 300  # progress was reported up to where it stopped


def test_a_trickling_server_cannot_hold_a_request(sim):
    sim.faults.update(trickle_bytes_per_s=20)
    with make_client(sim, deadline=0.5, read_attempts=1) as client:
        with pytest.raises(TransportError, match="timed out"):
            client.get_event(sim.main_event_id)


def test_an_oversized_list_answer_is_refused_not_retried(sim):
    sim.faults.update(list_padding_bytes=3 * 1_048_576)
    with make_client(sim, max_answer_bytes=1_048_576) as client:
        with pytest.raises(AnswerTooLarge):
            client.list_registrations(sim.main_event_id)
    lists = [r for r in sim.request_log if r.route.endswith("/registrations")]
    assert len(lists) == 1


def test_a_party_counts_at_most_the_walk_in_maximum_against_capacity(door, sim):
    from kiosk.door import MAX_GUESTS, WalkIn

    sim.inject_raw_row(None, {"id": "reg_huge", "event_id": sim.main_event_id,
                              "attendee_name": "Lies", "attendee_email": "l@example.com",
                              "status": "CONFIRMED", "guest_count": 10_000})
    door.pull()
    before = door.status().places_left
    assert before is not None and before > 0
    door.register(WalkIn("Walk In", "walk@example.com"))
    assert door.status().places_left == before - 1
    held = door.status().places_taken
    assert held == sim.places_taken() + 1 + MAX_GUESTS + 1


# -- the command line, in real processes ----------------------------------------------------


def _run(args, env, timeout=120):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)


def test_sync_and_status_tell_staff_when_the_list_is_not_believed(env, sim):
    assert _run(["sync"], env).returncode == 0
    sim.faults.update(list_empty=True)
    out = _run(["sync"], env)
    assert out.returncode == 1
    assert "WARNING: the server's list left out 300 of 300" in out.stdout
    status = _run(["status", "--json"], env)
    assert status.returncode == 0
    report = json.loads(status.stdout)
    assert "left out 300" in report["sync_warning"] and report["counts"]["CONFIRMED"] > 0
    assert "WARNING" in _run(["status"], env).stdout


def test_sync_reports_a_trickling_server(env, sim, tmp_path):
    save(Settings(request_deadline_s=1.0), tmp_path / "data")
    sim.faults.update(trickle_bytes_per_s=20)
    out = _run(["sync"], env)
    assert out.returncode == 6, out.stderr
    assert "timed out" in out.stderr and "Traceback" not in out.stderr


def test_sync_refuses_an_oversized_answer(env, sim, tmp_path):
    save(Settings(max_answer_mb=1.0), tmp_path / "data")
    sim.faults.update(list_padding_bytes=2 * 1_048_576)
    out = _run(["sync"], env)
    assert out.returncode == 6, out.stderr
    assert "larger than 1 MB" in out.stderr
