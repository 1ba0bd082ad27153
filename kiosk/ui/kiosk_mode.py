"""Self-service mode: the door screen only, fullscreen, and no way out without staff.

While locked, an application-wide filter swallows Escape, Alt+F4, Ctrl+Q and Ctrl+W (as
key presses and as shortcut overrides, so no action sees them) and the main window refuses
to close. Staff unlock with the PIN (:mod:`kiosk.ui.pin`) or by scanning a staff code.
"""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.pin import check_pin

log = logging.getLogger("kiosk.ui")

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_META = Qt.KeyboardModifier.MetaModifier


def is_escape_key(event: QKeyEvent) -> bool:
    """Keys that would leave the kiosk: Escape, Alt+F4, Ctrl/Cmd+Q, Ctrl/Cmd+W, Close/Quit."""
    key = event.key()
    mods = event.modifiers()
    if key == Qt.Key.Key_Escape:
        return True
    if key == Qt.Key.Key_F4 and mods & (_ALT | _CTRL):
        return True
    if key in (Qt.Key.Key_Q, Qt.Key.Key_W) and mods & (_CTRL | _META):
        return True
    if event.matches(QKeySequence.StandardKey.Quit) or event.matches(QKeySequence.StandardKey.Close):
        return True
    return False


class KioskLock(QObject):
    """The lock's state and its key filter. ``locked`` is read by the main window's closeEvent."""

    locked_changed = Signal(bool)
    unlock_failed = Signal()

    def __init__(
        self,
        pin_hash: Callable[[], str],
        staff_codes: Callable[[], tuple[str, ...]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._staff_codes = staff_codes
        self.locked = False
        self.blocked_keys = 0  # for tests and the log: keys swallowed while locked

    @property
    def can_unlock(self) -> bool:
        return bool(self._pin_hash() or self._staff_codes())

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        QApplication.instance().installEventFilter(self)
        log.info("self-service mode locked")
        self.locked_changed.emit(True)

    def _unlock(self, how: str) -> None:
        if not self.locked:
            return
        self.locked = False
        QApplication.instance().removeEventFilter(self)
        log.info("self-service mode unlocked by %s", how)
        self.locked_changed.emit(False)

    def try_pin(self, pin: str) -> bool:
        stored = self._pin_hash()
        if stored and pin and check_pin(pin, stored):
            self._unlock("PIN")
            return True
        self.unlock_failed.emit()
        return False

    def try_code(self, code: str) -> bool:
        """A scanned code that is a staff code unlocks; any other code returns False."""
        if self.locked and code.strip() and code.strip() in self._staff_codes():
            self._unlock("staff code")
            return True
        return False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self.locked and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            if isinstance(event, QKeyEvent) and is_escape_key(event):
                if event.type() == QEvent.Type.KeyPress:
                    self.blocked_keys += 1
                event.accept()
                return True
        return False


class PinDialog(QDialog):
    """Ask for the staff PIN. Any key that would leave the kiosk is already swallowed."""

    def __init__(self, lock: KioskLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setWindowTitle(self.tr("Staff unlock"))
        self.setModal(True)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.message = QLabel(self.tr("Enter the staff PIN, or scan a staff code."), self)
        self.message.setWordWrap(True)
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("PIN"), self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        lock.locked_changed.connect(self._on_locked_changed)

    def submit(self) -> None:
        if self.lock.try_pin(self.pin.text()):
            self.accept()
        else:
            self.pin.clear()
            self.error.setText(self.tr("Wrong PIN"))

    def _on_locked_changed(self, locked: bool) -> None:
        if not locked:  # unlocked by a staff code while the dialog was open
            self.accept()


class SetPinDialog(QDialog):
    """Choose a staff PIN (4 to 12 digits), entered twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set staff PIN"))
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit, name in ((self.first, self.tr("New PIN")), (self.second, self.tr("Repeat PIN"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Self-service mode can only be left with this PIN."), self))
        form.addRow(self.tr("New PIN"), self.first)
        form.addRow(self.tr("Repeat PIN"), self.second)
        form.addRow(self.error)
        form.addRow(buttons)

    def submit(self) -> None:
        pin = self.first.text()
        if not (pin.isdigit() and 4 <= len(pin) <= 12):
            self.error.setText(self.tr("Use 4 to 12 digits."))
        elif pin != self.second.text():
            self.error.setText(self.tr("The two PINs differ."))
        else:
            self.accept()

    def value(self) -> str:
        return self.first.text()
