"""The responsiveness scenario, shared by tests/ui/test_responsiveness.py and
bench/bench_ui_stall.py: a sync of N registrations and a push of M check-ins on the
network worker while the door screen keeps taking codes; the GUI loop's stalls are measured."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.door import Door
from kiosk.settings import Settings


@dataclass
class StallReport:
    registrations: int
    checkins_pushed: int
    longest_stall_ms: float
    p99_stall_ms: float
    scans_during_load: int
    longest_scan_to_verdict_ms: float
    seconds: float


def prepare_door(sim, data_dir: Path, checkins: int) -> tuple[Door, list[str]]:
    """A door whose cache holds the event and whose outbox holds ``checkins`` check-ins."""
    settings = Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1",
                        sync_interval_s=3600, push_interval_s=3600)
    door = Door.open(data_dir, settings, sim.api_key)
    door.pull()
    confirmed = [r["id"] for r in sim.registrations(sim.main_event_id, "CONFIRMED")]
    with door.store.write():  # one transaction: setting up, not what is measured
        for rid in confirmed[:checkins]:
            door.checkin(rid)
    return door, confirmed


def run_scenario(window, confirmed: list[str], scan_every_ms: int = 40,
                 timeout_s: float = 120.0) -> StallReport:
    """Pull everything again and push the outbox while codes keep arriving at the door."""
    from kiosk.ui.stall import StallMeter

    app = QApplication.instance()
    meter = StallMeter(parent=window)
    door = window.door
    codes = iter(confirmed[len(confirmed) // 2:] + confirmed[: len(confirmed) // 2])
    sent: dict[str, float] = {}
    latencies: list[float] = []
    done = {"pull": False, "push": False}
    pushed = {"n": 0}

    def scan() -> None:
        code = next(codes, None)
        if code is not None:
            sent[code] = time.perf_counter()
            window.route_code(code)

    def shown(verdict) -> None:
        t = sent.pop(verdict.code, None)
        if t is not None:
            latencies.append(time.perf_counter() - t)

    def pulled(result, error) -> None:
        if error is not None:
            raise error
        done["pull"] = True
        window.rounds.push_now(force=True)

    def pushed_(result, error) -> None:
        if error is not None:
            raise error
        pushed["n"] += result.sent
        if result.remaining:
            window.rounds.push_now(force=True)
        else:
            done["push"] = True

    window.door_screen.verdict_shown.connect(shown)
    window.rounds.pull_finished.connect(pulled)
    window.rounds.push_finished.connect(pushed_)
    scanner = QTimer(window)
    scanner.timeout.connect(scan)
    loop = QEventLoop()
    watchdog = QTimer(window)

    def check_done() -> None:
        if done["pull"] and done["push"]:
            loop.quit()

    watchdog.timeout.connect(check_done)
    deadline = QTimer(window)
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    started = time.perf_counter()
    meter.start()
    scanner.start(scan_every_ms)
    watchdog.start(20)
    deadline.start(int(timeout_s * 1000))
    window.rounds.pull_now()
    loop.exec()
    scanner.stop()
    meter.stop()
    watchdog.stop()
    deadline.stop()
    elapsed = time.perf_counter() - started
    window.door_screen.verdict_shown.disconnect(shown)
    window.rounds.pull_finished.disconnect(pulled)
    window.rounds.push_finished.disconnect(pushed_)
    app.processEvents()
    if not (done["pull"] and done["push"]):
        raise TimeoutError(f"sync/push did not finish in {timeout_s}s: {done}")
    return StallReport(
        registrations=door.status().places_taken and sum(door.status().counts.values()),
        checkins_pushed=pushed["n"],
        longest_stall_ms=meter.longest_stall_ms,
        p99_stall_ms=meter.percentile_ms(99),
        scans_during_load=len(latencies),
        longest_scan_to_verdict_ms=max(latencies, default=0.0) * 1000,
        seconds=elapsed,
    )
