"""The simulator stops mid-event: the door keeps admitting, uploads pile up, the status says
offline. It comes back: the uploads drain."""

from __future__ import annotations

import pytest

from kiosk.door import Door
from kiosk.models import VerdictKind
from kiosk.settings import Settings
from ui_helpers import make_window


@pytest.fixture
def sim():
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=5, registrations=120, rate_limits=False) as simulator:
        yield simulator


def _checkin(qtbot, window, code):
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        window.route_code(code)
    return blocker.args[0]


def _push(qtbot, window):
    with qtbot.waitSignal(window.rounds.push_finished, timeout=60_000) as blocker:
        assert window.rounds.push_now(force=True)
    return blocker.args


def _status(qtbot, window):
    with qtbot.waitSignal(window.status_updated, timeout=5000) as blocker:
        window.refresh_status()
    return blocker.args[0]


def test_door_keeps_admitting_offline_and_drains_when_back(qtbot, sim, tmp_path):
    settings = Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1")
    door = Door.open(tmp_path / "data", settings, sim.api_key)
    door.pull()
    window = make_window(qtbot, door, tmp_path)
    window.show()
    confirmed = [r["id"] for r in sim.registrations(sim.main_event_id, "CONFIRMED")][:4]

    assert _checkin(qtbot, window, confirmed[0]).kind is VerdictKind.ADMIT
    _push(qtbot, window)
    qtbot.waitUntil(lambda: window.status_strip.online is True, timeout=5000)
    assert sim.registration(confirmed[0])["status"] == "ATTENDED"

    port = int(sim.url.rsplit(":", 1)[1])
    sim.stop()
    for rid in confirmed[1:]:
        assert _checkin(qtbot, window, rid).kind is VerdictKind.ADMIT  # offline, still admitting
    result, error = _push(qtbot, window)
    qtbot.waitUntil(lambda: window.status_strip.online is False, timeout=5000)
    report = _status(qtbot, window)
    assert report.outbox.pending == 3
    assert "OFFLINE" in window.status_strip.connection.text()
    assert "3 waiting" in window.status_strip.uploads.text()

    sim.config.port = port  # the same address as before the outage
    sim.start()
    _push(qtbot, window)
    qtbot.waitUntil(lambda: window.status_strip.online is True, timeout=5000)
    report = _status(qtbot, window)
    assert report.outbox.pending == 0
    assert "all sent" in window.status_strip.uploads.text()
    assert all(sim.registration(r)["status"] == "ATTENDED" for r in confirmed)
    window.close()
    door.close()
