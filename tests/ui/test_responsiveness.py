"""Check-ins go ahead of everything (issue 9), shown by order, not by the clock.

Each test holds a slower job in the middle of its work on a ``threading.Event`` (a status
refresh on the cache's read lane; a sync between two page writes on the network lane), scans
a code, and asserts the verdict is on screen while that job is still held. Routed through
the held job's queue, the check-in could only answer after the release, and the test fails
(no sleeps, no durations: a loaded machine only makes it slower, never wrong). How long
things take is measured by bench/bench_ui_stall.py, as ratios to an idle run.
"""

from __future__ import annotations

import threading

import pytest

from kiosk.models import VerdictKind
from ui_helpers import make_window

HELD_S = 60  # a held job gives up after this, so a failing test cannot hang the suite
VERDICT_WAIT_MS = 20_000  # generous for a loaded machine; the job is held far longer


class Hold:
    """A gate a worker waits at: ``entered`` once it got there, ``release()`` lets it go."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.gate = threading.Event()

    def wait_here(self) -> None:
        self.entered.set()
        self.gate.wait(HELD_S)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def hold():
    h = Hold()
    yield h
    h.release()


def _scan_and_wait(qtbot, window, hold, code):
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=VERDICT_WAIT_MS) as shown:
        window.route_code(code)
    assert not hold.gate.is_set(), "the verdict came only after the held job was released"
    return shown.args[0]


def test_a_checkin_does_not_wait_for_a_status_refresh(qtbot, local_door, tmp_path, hold,
                                                      monkeypatch):
    window = make_window(qtbot, local_door, tmp_path)
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)  # the first refresh
    real_status = local_door.status

    def held_status():
        hold.wait_here()  # a refresh of a big cache, frozen half-way
        return real_status()

    monkeypatch.setattr(local_door, "status", held_status)
    window.refresh_status()
    try:
        qtbot.waitUntil(hold.entered.is_set, timeout=10_000)
        verdict = _scan_and_wait(qtbot, window, hold, "reg_alan")
        assert verdict.kind is VerdictKind.ADMIT and verdict.registration_id == "reg_alan"
        assert local_door.attendee("reg_alan").effective_status == "ATTENDED"  # on disk
        with qtbot.waitSignal(window.status_updated, timeout=10_000) as updated:
            hold.release()  # the refresh finishes afterwards, and sees the check-in
        assert updated.args[0].people_in >= 2
    finally:
        hold.release()  # before pytest-qt closes the window, which waits for its workers


def test_a_checkin_does_not_wait_for_a_sync_between_its_page_writes(qtbot, tmp_path, hold):
    from kiosk.door import Door
    from kiosk.settings import Settings
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=5, registrations=600, page_cap=100, rate_limits=False) as sim:
        settings = Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1",
                            sync_interval_s=3600, push_interval_s=3600)
        door = Door.open(tmp_path / "data", settings, sim.api_key)
        door.pull()  # a cache to check in against
        rid = next(r["id"] for r in sim.registrations(sim.main_event_id, "CONFIRMED"))
        pages = []

        def hold_after_first_page(name, payload):
            if name == "sync_progress" and not pages:  # the network worker, page 1 written
                pages.append(payload)
                hold.wait_here()

        unsubscribe = door.events.subscribe(hold_after_first_page)
        try:
            window = make_window(qtbot, door, tmp_path)
            assert window.rounds.pull_now()
            qtbot.waitUntil(hold.entered.is_set, timeout=20_000)
            assert window.rounds.pulling
            verdict = _scan_and_wait(qtbot, window, hold, rid)
            assert verdict.kind is VerdictKind.ADMIT
            with qtbot.waitSignal(window.rounds.pull_finished, timeout=30_000) as pulled:
                hold.release()
            assert pulled.args[1] is None  # the held sync then completed normally
        finally:
            hold.release()
            unsubscribe()
            window.close()
            door.close()


def test_checkins_have_a_lane_of_their_own(qtbot, local_door, tmp_path, hold, monkeypatch):
    """The same guarantee for the staff console's check-in button."""
    window = make_window(qtbot, local_door, tmp_path)
    real_search = local_door.search

    def held_search(query, limit=50):
        hold.wait_here()
        return real_search(query, limit)

    monkeypatch.setattr(local_door, "search", held_search)
    console = window.console
    console.show_details(local_door.attendee("reg_alan"))
    console.search.setText("Ada")
    console.run_search()
    qtbot.waitUntil(hold.entered.is_set, timeout=10_000)
    try:
        with qtbot.waitSignal(console.verdict, timeout=VERDICT_WAIT_MS) as checked:
            console.checkin_button.click()
        assert not hold.gate.is_set()
        assert checked.args[0].kind is VerdictKind.ADMIT
    finally:
        hold.release()  # before pytest-qt closes the window, which waits for its workers


def test_the_order_check_catches_a_checkin_queued_behind_a_refresh(qtbot, local_door, tmp_path,
                                                                    hold, monkeypatch):
    """The check above can fail: with check-ins sent down the read lane (as before issue 9),
    the verdict comes only after the held refresh. Order, not time, tells them apart."""
    window = make_window(qtbot, local_door, tmp_path)
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    real_run = window.tasks.run

    def one_queue(fn, **kw):
        if kw.get("lane") == "door":
            kw["lane"] = "local"
        return real_run(fn, **kw)

    monkeypatch.setattr(window.tasks, "run", one_queue)
    real_status = local_door.status
    monkeypatch.setattr(local_door, "status", lambda: (hold.wait_here(), real_status())[1])
    order = []
    window.door_screen.verdict_shown.connect(lambda v: order.append("verdict"))
    window.status_updated.connect(lambda r: order.append("status"))
    window.refresh_status()
    try:
        qtbot.waitUntil(hold.entered.is_set, timeout=10_000)
        window.route_code("reg_alan")  # queued now, behind the held refresh
    finally:
        hold.release()
    qtbot.waitUntil(lambda: "verdict" in order, timeout=VERDICT_WAIT_MS)
    assert order[:2] == ["status", "verdict"]


def test_the_gui_stall_bench_scenario_runs(qtbot, sim, tmp_path):
    """bench/bench_ui_stall.py's scenario, small, so the bench cannot rot: every scan sent at
    the door screen is answered, idle and during a full re-sync (the bench prints the
    durations; nothing here measures them)."""
    from ui_stall_scenario import phase, prepare_door

    door, confirmed = prepare_door(sim, tmp_path / "data")
    try:
        window = make_window(qtbot, door, tmp_path)
        window.show()
        _, idle_times, idle_answered = phase(window, confirmed[:5], sync=False, timeout_s=120)
        assert idle_answered == len(idle_times) == 5
        phase(window, confirmed[5:], sync=True, timeout_s=120)  # raises if the pull failed
        assert door.status().sync_warning is None
    finally:
        window.close()
        door.close()
