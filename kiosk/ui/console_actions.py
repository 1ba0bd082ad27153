"""Two of the staff console's actions that follow what the door would do (issue 20):
"Admit anyway" once the console's check-in was refused because the doors are not open yet,
and "Let out [n] of N" for a party that is inside, so that exits need no scan.

Like :class:`kiosk.ui.party_count.PartAdmit`, each follows the console's registration, asks
the door off the GUI thread, and hands the verdict of what it records to the console, which
shows it as for its own check-ins. Neither is ever on a self-service screen: the console is
staff-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton

from kiosk.models import Verdict, VerdictKind
from kiosk.ui.count_row import CountRow
from kiosk.ui.door_types import Door
from kiosk.ui.tasks import Tasks


class AdmitAnyway(QPushButton):
    """Shown after the console's check-in of the selected registration was "Doors open at
    …" (``NOT_OPEN``); a click checks it in with ``anyway=True``, as the verdict screen's
    button does. Hidden once another registration is selected or another verdict came."""

    def __init__(self, door: Door, tasks: Tasks, console: Any) -> None:
        """``console``: the :class:`kiosk.ui.staff_console.StaffConsole` it sits in."""
        super().__init__(console)
        self.door, self.tasks = door, tasks
        self.rid: str | None = None
        self.checked_in = console._checked_in  # the console's answer to any check-in
        console.verdict.connect(self.follow)
        console.selected.connect(lambda attendee: self.follow(None))
        self.clicked.connect(self.admit)
        self.hide()
        self.retranslate()

    def follow(self, verdict: Verdict | None) -> None:
        self.rid = None
        if verdict is not None and verdict.kind is VerdictKind.NOT_OPEN:
            self.rid = verdict.registration_id or None
        self.setVisible(self.rid is not None)

    def admit(self) -> None:
        rid = self.rid
        if rid is None:
            return
        self.hide()
        self.tasks.run(lambda: self.door.checkin_id(rid, anyway=True),
                       on_done=self.checked_in, on_error=lambda _: self.follow(None),
                       lane="door", name="checkin_anyway")

    def retranslate(self) -> None:
        self.setText(self.tr("Admit anyway"))
        self.setAccessibleName(self.tr("Admit before the doors open"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "rid"):
            self.retranslate()


class LetOut(CountRow):
    """"Let out [n] of N inside" for the selected registration while some of its party are
    inside by every door's journal: records their exit as a scan at an exit door would."""

    MODE = "exit"

    def take(self, verdict: Verdict) -> None:
        if verdict.kind is VerdictKind.EXIT and verdict.people:
            self.offer(verdict.people, verdict.people)  # all of those inside may go

    def retranslate(self) -> None:
        self.button.setText(self.tr("Let out"))
        self.button.setAccessibleName(self.tr("Let out of the venue"))
        self.of.setText(self.tr("of {n} inside").format(n=self.total))
        self.setToolTip(self.tr("Record that they left, without a scan at an exit door"))
        self.spin.setAccessibleName(self.tr("People leaving"))
