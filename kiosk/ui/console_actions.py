"""Two of the staff console's actions that follow what the door would do (issue 20):
"Admit anyway" once the console's check-in was refused because the doors are not open yet,
and "Let out [n] of N" for a party that is inside, so that exits need no scan.

Like :class:`kiosk.ui.party_count.PartAdmit`, each follows the console's registration, asks
the door off the GUI thread, and hands the verdict of what it records to the console, which
shows it as for its own check-ins. Neither is ever on a self-service screen: the console is
staff-only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from kiosk.models import Verdict, VerdictKind
from kiosk.ui.door_types import Door
from kiosk.ui.plain import plain
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


class LetOut(QWidget):
    """"Let out [n] of N inside" for the selected registration while some of its party are
    inside by every door's journal: records their exit as a scan at an exit door would."""

    let_out = Signal(int)

    def __init__(self, door: Door, tasks: Tasks, console: Any) -> None:
        """``console``: the :class:`kiosk.ui.staff_console.StaffConsole` it sits in."""
        super().__init__(console)
        self.door, self.tasks = door, tasks
        self.rid: str | None = None
        self.inside = 0
        console.selected.connect(self.follow)
        console.verdict.connect(lambda _: self.follow(console.current))
        self.checked_in = console._checked_in
        self.let_out.connect(self._let_out)
        self.spin = QSpinBox(self)
        self.spin.setMinimum(1)
        self.of = QLabel(self)
        plain(self.of)
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: self.let_out.emit(self.spin.value()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.spin)
        row.addWidget(self.of, 1)
        self.hide()
        self.retranslate()

    def follow(self, attendee: Any) -> None:
        """Another registration, or the same after a change: is any of its party inside?"""
        self.rid = attendee.id if attendee is not None else None
        self.hide()
        if self.rid is None:
            return
        rid = self.rid
        self.tasks.run(lambda: self.door.preview_id(rid, mode="exit"),
                       on_done=lambda verdict: self._previewed(rid, verdict),
                       on_error=lambda _: None, lane="local", name="exit_preview")

    def _previewed(self, rid: str, verdict: Verdict) -> None:
        if rid == self.rid and verdict.kind is VerdictKind.EXIT and verdict.people:
            self.offer(verdict.people)

    def offer(self, inside: int) -> None:
        """``inside`` of the party are in: up to as many may go."""
        self.inside = inside
        self.spin.setMaximum(max(1, inside))
        self.spin.setValue(max(1, inside))
        self.retranslate()
        self.show()

    def _let_out(self, people: int) -> None:
        rid = self.rid
        if rid is None:
            return
        self.hide()
        self.tasks.run(lambda: self.door.checkin_id(rid, people=people, mode="exit"),
                       on_done=self.checked_in, on_error=lambda _: self.follow(None),
                       lane="door", name="let_out")

    def retranslate(self) -> None:
        self.button.setText(self.tr("Let out"))
        self.button.setAccessibleName(self.tr("Let out of the venue"))
        self.of.setText(self.tr("of {n} inside").format(n=self.inside))
        self.setToolTip(self.tr("Record that they left, without a scan at an exit door"))
        self.spin.setAccessibleName(self.tr("People leaving"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "spin"):
            self.retranslate()
