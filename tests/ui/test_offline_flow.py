"""The simulator stops mid-event: the door keeps admitting, uploads pile up, the status says
offline. It comes back: the uploads drain."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from kiosk import registrations
from kiosk.api import client_for
from kiosk.door import Door
from kiosk.models import VerdictKind
from kiosk.settings import Settings
from kiosk.store import Store
from ui_helpers import EVENT, make_window, seed_rows


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


class _Gate(httpx.BaseTransport):
    """The real transport to a dead port, but every request after the first waits at a gate:
    what the screen shows while the second is on its way is what a person sees after one
    failed request (the order is held, not timed)."""

    def __init__(self) -> None:
        self.real = httpx.HTTPTransport()
        self.requests = 0
        self.open = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.requests > 1:
            self.open.wait(30)
        return self.real.handle_request(request)


def _dead_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_strip_says_offline_after_the_first_failed_upload_not_after_the_drain(
        qtbot, tmp_path):
    settings = Settings(api_url=f"http://127.0.0.1:{_dead_port()}", event_id=EVENT.id,
                        device_name="Door 1")
    store = Store(tmp_path / "data")
    registrations.save_event(store, EVENT)
    registrations.upsert_server_rows(store, EVENT.id, seed_rows(), sync_gen=None,
                                     fetched_at=time.time())
    gate = _Gate()
    door = Door(store, settings, client_for(settings, "sk_test", transport=gate))
    window = make_window(qtbot, door, tmp_path)
    window.show()
    window.status_strip.set_online(True)  # as after the last good sync
    assert _checkin(qtbot, window, "reg_alan").kind is VerdictKind.ADMIT

    with qtbot.waitSignal(window.rounds.push_finished, timeout=60_000):
        assert window.rounds.push_now(force=True)
        qtbot.waitUntil(lambda: gate.requests == 2, timeout=10_000)
        # one upload failed, the next is on its way: the strip already says so
        qtbot.waitUntil(lambda: "OFFLINE" in window.status_strip.connection.text(),
                        timeout=5000)
        assert window.rounds.pushing
        assert "no connection" in window.status_strip.connection.text()
        assert "Cannot reach the server" in window.status_strip.connection.toolTip()
        gate.open.set()
    assert door.online is False
    window.close()
    door.close()


@pytest.fixture
def german(qapp):
    from kiosk.ui.i18n import install_translations

    install_translations(qapp, "de")
    yield
    install_translations(qapp, "en")


def test_the_offline_reason_is_german_and_the_technical_detail_only_a_tooltip(
        qtbot, local_door, tmp_path, german):
    from kiosk.api import TransportError

    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    strip = window.status_strip
    local_door._note_result(TransportError("Cannot reach the server (connection refused)"))
    qtbot.waitUntil(lambda: strip.online is False, timeout=5000)
    assert strip.connection.text() == "⚠ OFFLINE: keine Verbindung"
    tip = strip.connection.toolTip()
    assert "keine Verbindung" in tip
    assert "Detail: Cannot reach the server (connection refused)" in tip
