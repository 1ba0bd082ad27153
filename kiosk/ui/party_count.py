"""How many of a party are here (issue 20): a party of 4 whose first two arrive is admitted
as "2 of 4", and the rest stay open for the next scan.

:class:`PartyQuestion` is self-service's question, one big button per number, over the
door's stage (setting ``partial_parties``); :class:`PartAdmit` is the staff console's
"Admit [2] of 4" row. Neither records anything: the screen that shows them checks the
ticket in with the number chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.door_types import Door
from kiosk.ui.plain import plain
from kiosk.ui.tasks import Tasks

PER_ROW = 5


class PartyQuestion(QFrame):
    """"How many of you are here?" with buttons 1..n and Cancel; ``chosen(n)`` or
    ``cancelled``. Big enough for a finger on a tablet."""

    chosen = Signal(int)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyQuestion")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.count = 0
        self.party = 0
        self.title = QLabel(self)
        self.title.setObjectName("partyTitle")
        self.detail = QLabel(self)
        self.detail.setObjectName("partyDetail")
        for label in (self.title, self.detail):
            plain(label)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        self.numbers: list[QPushButton] = []
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("partyCancel")
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addSpacing(24)
        layout.addLayout(self.grid)
        layout.addSpacing(24)
        layout.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.hide()
        self.retranslate()

    def ask(self, count: int, party: int) -> None:
        """Up to ``count`` of a party of ``party`` may come in now."""
        self.count, self.party = count, party
        for button in self.numbers:
            self.grid.removeWidget(button)
            button.deleteLater()
        self.numbers = []
        for n in range(1, count + 1):
            button = QPushButton(str(n), self)
            button.setObjectName("partyNumber")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(96, 96)
            button.clicked.connect(lambda _=False, k=n: self._choose(k))
            self.grid.addWidget(button, (n - 1) // PER_ROW, (n - 1) % PER_ROW)
            self.numbers.append(button)
        self.retranslate()
        self.show()
        self.raise_()

    def retranslate(self) -> None:
        self.title.setText(self.tr("How many of you are here?"))
        self.detail.setText(self.tr("Your ticket is for {n}. The others can come later with "
                                    "the same ticket.").format(n=self.party)
                            if self.party else "")
        self.cancel.setText(self.tr("Not now"))
        for button in self.numbers:
            button.setAccessibleName(self.tr("%n people", "", int(button.text())))
        self.setAccessibleName(self.title.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "numbers"):
            self.retranslate()

    def _choose(self, n: int) -> None:
        self.hide()
        self.chosen.emit(n)

    def _cancel(self) -> None:
        self.hide()
        self.cancelled.emit()


class PartAdmit(QWidget):
    """The staff console's "Admit [n] of 4": shown for a party of two or more that may come
    in (a new admission or the rest of a party). It follows the console's registration,
    asks the door what a scan would do (off the GUI thread), and checks in the number chosen;
    the console shows the verdict as for its own check-ins."""

    admit = Signal(int)

    def __init__(self, door: Door, tasks: Tasks, console: Any) -> None:
        """``console``: the :class:`kiosk.ui.staff_console.StaffConsole` it sits in (its
        ``selected`` and ``verdict`` signals, its ``current`` and its verdict message)."""
        super().__init__(console)
        self.door, self.tasks = door, tasks
        self.rid: str | None = None
        self.party = 0
        console.selected.connect(self.follow)
        console.verdict.connect(lambda _: self.follow(console.current))
        self.checked_in = console._checked_in  # the console's answer to any check-in
        self.admit.connect(self._admit)
        self.spin = QSpinBox(self)
        self.spin.setMinimum(1)
        self.of = QLabel(self)
        plain(self.of)
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: self.admit.emit(self.spin.value()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.spin)
        row.addWidget(self.of, 1)
        self.hide()
        self.retranslate()

    def follow(self, attendee: Any) -> None:
        """Another registration, or the same after a change: offer what the door would do."""
        self.rid = attendee.id if attendee is not None else None
        self.hide()
        if self.rid is None:
            return
        rid = self.rid
        self.tasks.run(lambda: self.door.preview_id(rid, mode="entry"),
                       on_done=lambda verdict: self._previewed(rid, verdict),
                       on_error=lambda _: None, lane="local", name="party_preview")

    def _previewed(self, rid: str, verdict: Any) -> None:
        if rid == self.rid and verdict.kind.lets_in and verdict.party_size:
            self.offer(verdict.people or 0, verdict.party_size)

    def _admit(self, people: int) -> None:
        rid = self.rid
        if rid is None:
            return
        self.tasks.run(lambda: self.door.checkin_id(rid, people=people, mode="entry"),
                       on_done=self.checked_in, on_error=lambda _: self.follow(None),
                       lane="door", name="checkin_part")

    def offer(self, outside: int, party: int) -> None:
        """Up to ``outside`` of a party of ``party`` may come in; hidden for one person."""
        self.party = party
        self.spin.setMaximum(max(1, outside))
        self.spin.setValue(max(1, outside))
        self.setVisible(outside > 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Admit"))
        self.of.setText(self.tr("of {n}").format(n=self.party))
        self.setToolTip(self.tr("Admit part of the party; the rest stay open for a later scan"))
        self.spin.setAccessibleName(self.tr("People to admit"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "spin"):
            self.retranslate()
