"""Issue 8: the GUI's background upload drains through a flaky network like `kiosk push`
(bounded by push_deadline_s, on the net lane), and stops when the window closes."""

from __future__ import annotations

import logging
import time

import pytest

from kiosk.door import Door
from kiosk.models import Status, VerdictKind
from kiosk.settings import Settings
from ui_helpers import make_window


@pytest.fixture
def sim():
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=7, registrations=300, slots=1000, rate_limits=False) as s:
        yield s


def _door_with_checkins(sim, tmp_path, n: int, **settings) -> tuple[Door, list[str]]:
    door = Door.open(tmp_path / "data", Settings(api_url=sim.url, event_id=sim.main_event_id,
                                                 device_name="Door 1", **settings), sim.api_key)
    door.pull()
    ids = [r["id"] for r in sim.registrations(sim.main_event_id, Status.CONFIRMED)][:n]
    assert len(ids) == n
    assert all(door.checkin(rid).kind is VerdictKind.ADMIT for rid in ids)
    return door, ids


def test_one_background_upload_drains_120_checkins_through_faults(qtbot, sim, tmp_path):
    door, ids = _door_with_checkins(sim, tmp_path, 120, push_deadline_s=600)
    # The jittered waits between retries (about 50 of them, 8.5 s in all) are real waits,
    # a twentieth as long: the drain still waits between tries on the net lane while the
    # window runs, and what is checked (nothing lost, nothing sent twice) is the same.
    door._pusher.sleep = lambda seconds: time.sleep(seconds / 20)
    window = make_window(qtbot, door, tmp_path)
    sim.faults.error_rate = 0.2  # fails without touching the server
    sim.faults.apply_then_drop_rate = 0.2  # applied, but the answer is lost
    with qtbot.waitSignal(window.rounds.push_finished, timeout=280_000) as blocker:
        assert window.rounds.push_now()  # what the push timer calls
    sim.faults.error_rate = sim.faults.apply_then_drop_rate = 0
    result, error = blocker.args
    assert error is None and result.error is None
    assert all(sim.registration(rid)["status"] == Status.ATTENDED for rid in ids)
    report = door.status()
    # none lost; none sent twice (a second ATTENDED would come back as a conflict)
    assert report.outbox.pending == 0 and report.outbox.conflicts == 0


def test_closing_the_window_ends_a_long_upload_drain(qtbot, sim, tmp_path, caplog):
    door, _ = _door_with_checkins(sim, tmp_path, 3, push_deadline_s=3600)
    window = make_window(qtbot, door, tmp_path)
    sim.faults.error_rate = 1.0  # every upload fails: the drain would go on for an hour
    caplog.set_level(logging.INFO, logger="kiosk")

    def retries() -> int:
        return sum("retrying entry" in r.getMessage() for r in caplog.records)

    assert window.rounds.push_now(force=True)
    qtbot.waitUntil(lambda: retries() >= 2, timeout=30_000)
    before = retries()
    window.shutdown()  # waits for the net lane: returns only once the drain has stopped
    assert window.rounds._push_task is not None and window.rounds._push_task.done.is_set()
    assert retries() - before <= 1  # stopped at its next step, not after the deadline
    assert door.status().outbox.pending == 3  # nothing lost: still waiting for next time
    door.close()
