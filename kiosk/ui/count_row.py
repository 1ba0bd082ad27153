"""A staff console row "[button] [n] of N": admit part of a party, or let part of it out.

It follows the console's registration, asks the door what a scan in its ``MODE`` would do
(off the GUI thread), offers a count when the answer allows one, and records the number
chosen as a check-in in that mode; the console shows the verdict as for its own check-ins.
Subclasses say when to offer (:meth:`take`) and give the words (:meth:`retranslate`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from kiosk.models import Verdict
from kiosk.ui.door_types import Door
from kiosk.ui.plain import plain
from kiosk.ui.tasks import Tasks


class CountRow(QWidget):
    MODE = "entry"

    def __init__(self, door: Door, tasks: Tasks, console: Any) -> None:
        """``console``: the :class:`kiosk.ui.staff_console.StaffConsole` it sits in (its
        ``selected`` and ``verdict`` signals, its ``current`` and its verdict message)."""
        super().__init__(console)
        self.door, self.tasks = door, tasks
        self.rid: str | None = None
        self.total = 0  # the N of "of N"
        console.selected.connect(self.follow)
        console.verdict.connect(lambda _: self.follow(console.current))
        self.checked_in = console._checked_in  # the console's answer to any check-in
        self.spin = QSpinBox(self)
        self.spin.setMinimum(1)
        self.of = QLabel(self)
        plain(self.of)
        self.button = QPushButton(self)
        self.button.clicked.connect(lambda: self.record(self.spin.value()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.spin)
        row.addWidget(self.of, 1)
        self.hide()
        self.retranslate()

    def follow(self, attendee: Any) -> None:
        """Another registration, or the same after a change: what would the door do?"""
        self.rid = attendee.id if attendee is not None else None
        self.hide()
        if self.rid is None:
            return
        rid, mode = self.rid, self.MODE
        self.tasks.run(lambda: self.door.preview_id(rid, mode=mode),
                       on_done=lambda verdict: self._previewed(rid, verdict),
                       on_error=lambda _: None, lane="local", name=f"{mode}_preview")

    def _previewed(self, rid: str, verdict: Verdict) -> None:
        if rid == self.rid:
            self.take(verdict)

    def take(self, verdict: Verdict) -> None:
        """Offer a count when ``verdict`` (the door's answer for a scan now) allows one."""
        raise NotImplementedError

    def offer(self, most: int, total: int, *, shown: bool = True) -> None:
        """Up to ``most`` may go through, "of ``total``"."""
        self.total = total
        self.spin.setMaximum(max(1, most))
        self.spin.setValue(max(1, most))
        self.retranslate()
        self.setVisible(shown)

    def record(self, people: int) -> None:
        rid, mode = self.rid, self.MODE
        if rid is None:
            return
        self.hide()
        self.tasks.run(lambda: self.door.checkin_id(rid, people=people, mode=mode),
                       on_done=self.checked_in, on_error=lambda _: self.follow(None),
                       lane="door", name=f"{mode}_part")

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "spin"):
            self.retranslate()
