"""The UI thread never blocks: a sync of 20,000 registrations and a push of 1,000 check-ins run
on the network worker while the door screen keeps taking codes. The event loop's longest
stall is printed; its target (under 50 ms) is checked by bench/bench_ui_stall.py, not here: a
loaded 2-core CI machine makes any duration assertion flaky."""

from __future__ import annotations

from conftest import make_window
from stall_scenario import prepare_door, run_scenario

from kiosk.ui.app import tune_gc


def test_big_sync_and_push_never_stall_the_door(qtbot, tmp_path):
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=11, registrations=20_000, rate_limits=False, page_cap=1000,
                           slots=60_000) as sim:
        door, confirmed = prepare_door(sim, tmp_path / "data", 1000)
        window = make_window(qtbot, door, tmp_path)
        window.show()
        tune_gc()
        report = run_scenario(window, confirmed)
        window.close()
        door.close()
    print(f"\nlongest stall {report.longest_stall_ms:.1f} ms, p99 {report.p99_stall_ms:.1f} ms, "
          f"{report.scans_during_load} scans answered during the load")
    assert report.registrations >= 20_000
    assert report.checkins_pushed >= 1000
    assert report.scans_during_load >= 20  # the door kept answering while the load ran
