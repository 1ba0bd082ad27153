"""Which way the door lets people through (issue 20): Entry, Exit or Both, as three buttons
staff can see beside the ticket field. A press changes the running door at once; the main
window saves it as the ``door_mode`` setting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.rules import DOOR_MODES


class DoorModeSwitch(QWidget):
    """Entry | Exit | Both. The buttons never take focus: a USB scanner types into the door."""

    mode_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doorModeSwitch")
        self.mode = "entry"
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for mode in DOOR_MODES:
            button = QPushButton(self)
            button.setObjectName("doorMode")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, m=mode: self._pressed(m))
            self.group.addButton(button)
            self.buttons[mode] = button
            row.addWidget(button)
        self.buttons[self.mode].setChecked(True)
        self.retranslate()

    def retranslate(self) -> None:
        names = {"entry": self.tr("Entry"), "exit": self.tr("Exit"), "both": self.tr("Both ways")}
        for mode, button in self.buttons.items():
            button.setText(names[mode])
            button.setAccessibleName(self.tr("Door mode: {mode}").format(mode=names[mode]))
        self.setToolTip(self.tr("Which way this door lets people through"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "buttons"):
            self.retranslate()

    def set_mode(self, mode: str) -> None:
        """Show ``mode`` (from the settings) without announcing it."""
        self.mode = mode if mode in self.buttons else "entry"
        self.buttons[self.mode].setChecked(True)

    def _pressed(self, mode: str) -> None:
        if mode != self.mode:
            self.mode = mode
            self.mode_changed.emit(mode)
