"""Badge printing in the GUI (issue 12): after the verdict, off the GUI thread, never on the
door lane, so a slow or missing printer can never hold up a check-in.

The door records the badge inside the check-in's transaction (``badge_on_admit``); this
object prints the waiting ones on the ``system`` lane (slow calls into the operating system:
the print spooler), in order, and reports how many still wait, for the status strip and
"Needs attention".
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.badges.content import SAMPLE, BadgeContent
from kiosk.badges.jobs import BadgeQueue, BadgeSummary, PrintRun, VenueBadges
from kiosk.badges.layouts import get_layout
from kiosk.clock import TODAY, local_time
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
        return self.door.badge_queue()

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


class BadgeHistory(QLabel):
    """The staff console's "Badge" line: which door printed the registration's badge and
    how many reprints every door has made, and where (issue 21: badges once per venue).
    Read from the journal on the ``local`` lane; an answer about someone no longer shown
    is dropped."""

    def __init__(self, door: Door, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.setWordWrap(True)  # door names can be long
        self.registration_id: str | None = None
        self.venue: VenueBadges | None = None

    def show_for(self, registration_id: str | None) -> None:
        """Read the badges of ``registration_id`` (again: a reprint or another door's entry
        may have arrived); None empties the line."""
        if registration_id != self.registration_id:
            self.venue = None
            self.registration_id = registration_id
            self.retranslate()
        if registration_id is None:
            return
        self.tasks.run(lambda: self.door.badge_queue().venue(registration_id),
                       on_done=lambda venue: self._answer(registration_id, venue),
                       lane="local", name="badge_history")

    def refresh(self) -> None:
        self.show_for(self.registration_id)

    def _answer(self, registration_id: str, venue: VenueBadges) -> None:
        if registration_id == self.registration_id:
            self.venue = venue
            self.retranslate()

    def retranslate(self) -> None:
        venue = self.venue
        if venue is None:
            self.setText("" if self.registration_id is None else "…")
            return
        lines = []
        if venue.first is not None:
            lines.append(self.tr("Printed by {door} at {time}").format(
                door=venue.first.door_name, time=local_time(venue.first.at, other_day=TODAY,
                                                            missing="?")))
        elif not venue.reprints:
            lines.append(self.tr("Not printed"))
        if venue.reprints:
            doors = ", ".join(dict.fromkeys(p.door_name for p in venue.reprints))
            lines.append(self.tr("Reprinted %n time(s): {doors}", "", len(venue.reprints))
                         .format(doors=doors))
        self.setText("\n".join(lines))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


def waiting_text(summary: BadgeSummary) -> str:
    """One line for the status strip and Needs attention; empty when nothing waits."""
    from kiosk.ui.counts import counts

    if not summary.waiting:
        return ""
    if summary.failed:
        return counts().badges_failed(summary.waiting, summary.last_error or "printer failed")
    return counts().badges_waiting(summary.waiting)


class BadgePreview(QLabel):
    """The live preview in Settings: the same painting as the printed badge, drawn to fit
    the room it is given (a picture larger than its label is cut: the title at the top and
    the notes band at the bottom went missing), with the sample's words in the UI's
    language."""

    MAX_WIDTH = 360

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 160)
        # the picture follows the label's size, never the other way round
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout_key = ""
        self._options: dict[str, bool] = {"notes_band": True, "qr": True}
        self._content: BadgeContent | None = None
        self.retranslate()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(280, 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.minimumSize()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Badge preview"))
        if self.layout_key:
            self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self.layout_key:
            self._draw()

    def show_badge(self, layout_key: str, *, notes_band: bool, qr: bool,
                   content: BadgeContent | None = None) -> None:
        """Show ``content`` (by default a sample, in the UI's language) on ``layout_key``."""
        self.layout_key = layout_key
        self._options = {"notes_band": notes_band, "qr": qr}
        self._content = content
        self._draw()

    def sample(self) -> BadgeContent:
        """The sample badge, its words in the language installed (a name stays a name)."""
        return replace(
            SAMPLE,
            party=self.tr("+%n guest(s)", "", 2),
            event_title=self.tr("Spring Conference"),
            event_date=self.tr("Sat 14 Mar 2026, 09:00"),
            band=self.tr("Speaker"),
        )

    def _draw(self) -> None:
        layout = get_layout(self.layout_key)
        room = self.contentsRect()
        aspect = layout.width_mm / layout.height_mm
        width = int(min(self.MAX_WIDTH, room.width(), room.height() * aspect)) - 1
        if width < 20:
            return
        self.setPixmap(QPixmap.fromImage(preview_image(
            self._content or self.sample(), layout, width_px=width, **self._options)))
