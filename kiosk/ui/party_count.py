"""How many of a party are here (issue 20): a party of 4 whose first two arrive is admitted
as "2 of 4", and the rest stay open for the next scan.

:class:`PartyQuestion` is self-service's question, one big button per number, over the
door's stage (setting ``partial_parties``); :class:`PartAdmit` is the staff console's
"Admit [2] of 4" row. Neither records anything: the screen that shows them checks the
ticket in with the number chosen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.models import Verdict
from kiosk.ui.count_row import CountRow
from kiosk.ui.plain import plain

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


class PartAdmit(CountRow):
    """The staff console's "Admit [n] of 4": shown for a party of two or more that may come
    in (a new admission or the rest of a party)."""

    MODE = "entry"

    def take(self, verdict: Verdict) -> None:
        if verdict.kind.lets_in and verdict.party_size:
            outside = verdict.people or 0
            self.offer(outside, verdict.party_size, shown=outside > 1)  # not for one person

    def retranslate(self) -> None:
        self.button.setText(self.tr("Admit"))
        self.of.setText(self.tr("of {n}").format(n=self.total))
        self.setToolTip(self.tr("Admit part of the party; the rest stay open for a later scan"))
        self.spin.setAccessibleName(self.tr("People to admit"))
