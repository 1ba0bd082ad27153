"""Badge printing in the GUI (issue 12): after the verdict, off the GUI thread, never on the
door lane, so a slow or missing printer can never hold up a check-in.

The door records the badge inside the check-in's transaction (``badge_on_admit``); this
object prints the waiting ones on the ``system`` lane (slow calls into the operating system:
the print spooler), in order, and reports how many still wait, for the status strip and
"Needs attention".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.badges.content import SAMPLE, BadgeContent
from kiosk.badges.jobs import BadgeQueue, BadgeSummary, PrintRun
from kiosk.badges.layouts import get_layout
from kiosk.models import Verdict, VerdictKind
from kiosk.ui.badge_print import preview_image, print_queue
from kiosk.ui.door_types import Door
from kiosk.ui.tasks import Tasks

log = logging.getLogger("kiosk.ui")
LANE = "system"


class BadgePrinter(QObject):
    summary_changed = Signal(object)  # BadgeSummary
    run_finished = Signal(object)  # PrintRun

    def __init__(self, door: Door, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.summary = BadgeSummary()

    def _queue(self) -> BadgeQueue:
        return BadgeQueue(self.door.store, self.door.event_id, self.door.device_name)

    def on_verdict(self, verdict: Verdict) -> None:
        """After an admit: print what waits (the door recorded the badge with the check-in)."""
        if verdict.kind is VerdictKind.ADMIT and self.door.settings.badge_on_admit:
            self.print_waiting()

    def print_waiting(self) -> None:
        self.tasks.run(self._print, on_done=self._done, on_error=self._error, lane=LANE,
                       name="print_badges")

    def print_for(self, registration_id: str) -> None:
        """Staff's "Print badge": the first badge, or a counted reprint."""
        def work() -> tuple[PrintRun, BadgeSummary]:
            job = self._queue().request(registration_id)
            return self._print(only={job.id})

        self.tasks.run(work, on_done=self._done, on_error=self._error, lane=LANE,
                       name="print_badge")

    def refresh(self) -> None:
        self.tasks.run(lambda: self._queue().summary(), on_done=self._set_summary,
                       lane="local", name="badge_summary")

    def _print(self, only: set[int] | None = None) -> tuple[PrintRun, BadgeSummary]:
        settings = self.door.settings
        queue = self._queue()
        run = print_queue(queue, settings.badge_printer, settings.badge_layout, settings,
                          only=only)
        return run, queue.summary()

    def _done(self, result: tuple[PrintRun, BadgeSummary]) -> None:
        run, summary = result
        self._set_summary(summary)
        self.run_finished.emit(run)

    def _error(self, error: BaseException) -> None:
        log.warning("badge printing failed: %s", error)
        self.refresh()

    def _set_summary(self, summary: BadgeSummary) -> None:
        self.summary = summary
        self.summary_changed.emit(summary)


def waiting_text(summary: BadgeSummary) -> str:
    """One line for the status strip and Needs attention; empty when nothing waits."""
    from kiosk.ui.counts import counts

    if not summary.waiting:
        return ""
    if summary.failed:
        return counts().badges_failed(summary.waiting, summary.last_error or "printer failed")
    return counts().badges_waiting(summary.waiting)


class BadgePreview(QLabel):
    """The live preview in Settings: the same painting as the printed badge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(220, 220)
        self.layout_key = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Badge preview"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def show_badge(self, layout_key: str, *, notes_band: bool, qr: bool,
                   content: BadgeContent = SAMPLE) -> None:
        self.layout_key = layout_key
        layout = get_layout(layout_key)
        width = 200 if layout.height_mm > layout.width_mm else 280
        self.setPixmap(QPixmap.fromImage(
            preview_image(content, layout, width_px=width, notes_band=notes_band, qr=qr)))
