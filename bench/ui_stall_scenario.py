"""The GUI-stall scenario of bench/bench_ui_stall.py, importable by the tests too
(tests/ui/test_responsiveness.py runs it small, so the bench cannot rot): a door whose cache
holds the simulator's event, and a phase of scans at the door screen, idle or during a full
re-sync on the network worker, with the GUI loop's longest stall and the scan-to-verdict times.
Nothing here asserts a duration: the bench prints them as ratios to an idle run."""

from __future__ import annotations

import math
import time
from pathlib import Path

from kiosk.door import Door
from kiosk.settings import Settings


def prepare_door(sim, data_dir: Path, checkins: int = 0) -> tuple[Door, list[str]]:
    """A door whose cache holds the event and whose outbox holds ``checkins`` check-ins;
    with the CONFIRMED registration ids, to scan."""
    settings = Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1",
                        sync_interval_s=3600, push_interval_s=3600)
    door = Door.open(data_dir, settings, sim.api_key)
    door.pull()
    confirmed = [r["id"] for r in sim.registrations(sim.main_event_id, "CONFIRMED")]
    with door.store.write():  # one transaction: setting up, not what is measured
        for rid in confirmed[:checkins]:
            door.checkin(rid)
    return door, confirmed


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)] if ordered else 0.0


def phase(window, codes: list[str], *, sync: bool, scan_every_ms: int = 40,
          timeout_s: float = 600.0) -> tuple[float, list[float], int]:
    """Scan ``codes`` (or, with ``sync``, keep scanning until a full pull ends); returns the
    longest stall (ms), the scan-to-verdict times (ms) and the scans answered."""
    from PySide6.QtCore import QEventLoop, QTimer

    from kiosk.ui.stall import StallMeter

    meter = StallMeter(parent=window)
    sent: dict[str, float] = {}
    latencies: list[float] = []
    state = {"i": 0, "pulled": not sync, "error": None, "timed_out": False}
    loop = QEventLoop()

    def scan() -> None:
        if state["pulled"] and (sync or state["i"] >= len(codes)):
            if not sent:
                loop.quit()
            return
        code = codes[state["i"] % len(codes)]
        state["i"] += 1
        sent[code] = time.perf_counter()
        window.route_code(code)

    def shown(verdict) -> None:
        t = sent.pop(verdict.code, None)
        if t is not None:
            latencies.append((time.perf_counter() - t) * 1000)

    def pulled(result, error) -> None:
        state["pulled"], state["error"] = True, error

    window.door_screen.verdict_shown.connect(shown)
    window.rounds.pull_finished.connect(pulled)
    scanner = QTimer(window)
    scanner.timeout.connect(scan)

    def give_up() -> None:
        state["timed_out"] = True
        loop.quit()

    QTimer.singleShot(int(timeout_s * 1000), give_up)
    meter.start()
    scanner.start(scan_every_ms)
    if sync:
        window.rounds.pull_now()
    loop.exec()
    scanner.stop()
    meter.stop()
    window.door_screen.verdict_shown.disconnect(shown)
    window.rounds.pull_finished.disconnect(pulled)
    if state["error"] is not None:
        raise state["error"]
    if state["timed_out"]:
        raise TimeoutError(f"the phase did not end in {timeout_s} s: pulled={state['pulled']}, "
                           f"{len(sent)} scans unanswered")
    return meter.longest_stall_ms, latencies, len(latencies)
