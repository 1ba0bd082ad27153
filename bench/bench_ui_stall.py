"""The GUI during a big sync, as ratios to the same GUI idle (issue 9).

    QT_QPA_PLATFORM=offscreen python bench/bench_ui_stall.py [--rows 100000] [--scans 100]

Fills a cache with --rows registrations (not measured), then runs the same stream of scans
(one every 40 ms at the door screen) twice: idle, and while the network worker re-syncs every
registration. Prints, each next to the idle figure of the same run:
- the longest stall of the GUI event loop (target < 50 ms during a 100k sync);
- scan-to-verdict p99 (target < 100 ms during a 100k sync).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", "--registrations", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=100, help="scans in the idle phase")
    parser.add_argument("--page-cap", type=int, default=100,
                        help="largest page the simulator serves (WebKasa: 100)")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from kiosk.simulator.testing import running_simulator
    from kiosk.ui.app import make_app, tune_gc
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sounds import Sounds
    from ui_stall_scenario import pct, phase, prepare_door

    app = make_app(language="en")
    with tempfile.TemporaryDirectory() as tmp, running_simulator(
        seed=11, registrations=args.rows, rate_limits=False, page_cap=args.page_cap,
        slots=args.rows * 3,
    ) as sim:
        door, confirmed = prepare_door(sim, Path(tmp) / "data", 0)
        window = MainWindow(door, data_dir=Path(tmp) / "data", start_camera=False,
                            schedule=False, sounds=Sounds(backend="silent"))
        window.resize(1280, 800)
        window.show()
        tune_gc()  # as run_app does once the window is up
        half = len(confirmed) // 2
        idle_stall, idle_times, _ = phase(window, confirmed[:args.scans], sync=False)
        started = time.perf_counter()
        busy_stall, busy_times, answered = phase(window, confirmed[half:], sync=True)
        seconds = time.perf_counter() - started
        window.shutdown()
        door.close()
    QApplication.processEvents()
    print(f"GUI during a full sync of {args.rows:,} registrations ({seconds:.1f} s, "
          f"{answered} scans answered during it), against the same scans idle:")
    print(f"  longest event-loop stall: {busy_stall:.1f} ms vs idle {idle_stall:.1f} ms = "
          f"{busy_stall / max(idle_stall, 0.1):.2f}x (target < 50 ms)")
    print(f"  scan-to-verdict p99:      {pct(busy_times, 0.99):.1f} ms vs idle "
          f"{pct(idle_times, 0.99):.1f} ms = "
          f"{pct(busy_times, 0.99) / max(pct(idle_times, 0.99), 0.1):.2f}x (target < 100 ms)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
