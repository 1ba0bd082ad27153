"""Measuring how long the GUI event loop goes without running (for the test and the bench).

A precise 5 ms timer notes when it actually fires; any gap beyond the interval is time the
event loop was blocked. The UI's promise is a longest stall under 50 ms while a big sync
and a big upload run in the background.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer


class StallMeter(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_s = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.gaps: list[float] = []

    def start(self) -> None:
        self.gaps.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    @property
    def longest_stall_ms(self) -> float:
        return max((g - self.interval_s for g in self.gaps), default=0.0) * 1000

    def percentile_ms(self, p: float) -> float:
        if not self.gaps:
            return 0.0
        ordered = sorted(self.gaps)
        return (ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] - self.interval_s) * 1000
