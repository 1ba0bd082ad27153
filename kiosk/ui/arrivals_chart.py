"""Arrivals at a glance (issue 20): arrivals (people) per ten minutes stacked by door, the rate now,
and when the expected arrivals will be in.

The chart is pyqtgraph (it draws in Qt's own scene, is small, and uses numpy, already here),
not a hand-made one. The numbers come from :mod:`kiosk.stats`, computed on the ``local``
lane when the main window's schedule reads the status (soon after a change, and every 30 s)
and only while this screen is shown: never on the check-in path. ``kiosk stats --png`` draws
the same widget offscreen (:func:`render_png`).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from kiosk import stats
from kiosk.stats import Arrivals
from kiosk.ui.door_types import Door
from kiosk.ui.plain import plain
from kiosk.ui.tasks import Tasks

log = logging.getLogger("kiosk.ui")

MIN_SPAN_S = 3600
# one colour a door, told apart in colour-blind vision too (Okabe-Ito)
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
           "#000000")


class ArrivalsChart(QWidget):
    """The chart and its two lines of text; :meth:`show_arrivals` draws given numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arrivals: Arrivals | None = None
        self.now = 0.0
        self.rate = QLabel(self)
        self.rate.setObjectName("heading")
        self.estimate = QLabel(self)
        self.estimate.setWordWrap(True)
        for label in (self.rate, self.estimate):
            plain(label)
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(y=True, alpha=0.3)
        self.legend = self.plot.addLegend(offset=(10, 10))
        layout = QVBoxLayout(self)
        layout.addWidget(self.rate)
        layout.addWidget(self.estimate)
        layout.addWidget(self.plot, 1)
        self.setMinimumHeight(240)
        self.retranslate()

    def retranslate(self) -> None:
        self.plot.setAccessibleName(self.tr("Arrivals per 10 minutes, by door"))
        self.plot.setLabel("left", self.tr("Arrivals per 10 minutes"))
        self._texts()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "plot"):
            self.retranslate()

    def show_arrivals(self, arrivals: Arrivals, now: float) -> None:
        self.arrivals, self.now = arrivals, now
        self.plot.clear()
        self.legend.clear()
        if arrivals.starts:
            x = np.array(arrivals.starts, dtype=float)
            bottom = np.zeros(len(x))
            for i, door in enumerate(arrivals.doors):
                heights = np.array(arrivals.counts[door], dtype=float)
                colour = QColor(COLOURS[i % len(COLOURS)])
                bars = pg.BarGraphItem(x0=x, width=arrivals.bucket_s * 0.9, y0=bottom,
                                       height=heights, brush=colour, pen=pg.mkPen(None),
                                       name=door)
                self.plot.addItem(bars)  # named: the legend lists it
                bottom = bottom + heights
            step = max(1, len(x) // 8)
            ticks = [(t, stats.local_hm(t)) for t in arrivals.starts[::step]]
            self.plot.getAxis("bottom").setTicks([ticks])
            # at least an hour wide: the first minutes' one bar is not a wall of colour
            right = max(x[-1] + arrivals.bucket_s, x[0] + MIN_SPAN_S)
            self.plot.setXRange(x[0] - arrivals.bucket_s * 0.1, right, padding=0)
            self.plot.setYRange(0, max(1.0, float(bottom.max()) * 1.15), padding=0)
        self._texts()

    def _texts(self) -> None:
        arr = self.arrivals
        if arr is None:
            self.rate.setText("")
            self.estimate.setText("")
            return
        rate = round(arr.rate_per_min)
        self.rate.setText(self.tr("%n a minute at the moment", "", rate))
        if arr.expected_left == 0:
            text = self.tr("Everyone expected is in ({arrived} arrivals).").format(
                arrived=arr.total)
        elif arr.all_in_at is not None:
            text = self.tr("{left} still expected: all in by about {time} at this rate.").format(
                left=arr.expected_left, time=stats.local_hm(arr.all_in_at))
        else:
            text = self.tr("{left} still expected; too few arrivals yet to say when all "
                           "will be in.").format(left=arr.expected_left)
        self.estimate.setText(text)


class ArrivalsScreen(QWidget):
    """The chart as a tab: it reads the numbers on the ``local`` lane when shown and when
    the schedule says (:meth:`refresh_if_shown`), one read at a time."""

    def __init__(self, door: Door, tasks: Tasks, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.clock = clock
        self.chart = ArrivalsChart(self)
        self.loads = 0
        self._reading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)

    def refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self._reading:
            return
        self._reading = True
        now = self.clock()
        door = self.door
        self.tasks.run(lambda: stats.arrivals(door, now), on_done=lambda a: self._loaded(a, now),
                       on_error=self._failed, lane="local", name="arrivals")

    def _loaded(self, arrivals: Arrivals, now: float) -> None:
        self._reading = False
        self.loads += 1
        self.chart.show_arrivals(arrivals, now)

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        log.warning("arrivals not read: %s", error)


def render_png(arrivals: Arrivals, now: float, path: Path, size: tuple[int, int] = (960, 540)
               ) -> None:
    """Draw the chart to a PNG without a display (``kiosk stats --png``): Qt's offscreen
    platform unless one is set; raises OSError when the file cannot be written."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(sys.argv[:1])
    chart = ArrivalsChart()
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(*size)
    chart.show_arrivals(arrivals, now)
    chart.show()  # laid out (never on a screen), so the grab has the right geometry
    QApplication.processEvents()
    image = chart.grab()
    chart.close()
    chart.deleteLater()
    if not image.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
