"""Codes from a USB barcode scanner (keyboard wedge), taken on every screen.

An application-wide event filter sees every key press before any widget does, so a scan is
caught while a dialog is open or the search box has focus. Printable keys are held back
while :class:`kiosk.scan.wedge.WedgeAssembler` (Qt-free) decides: a scan never reaches the
focused widget; keys a person typed are replayed to the widget they were meant for, in
order, a fraction of a second later. This module only moves Qt key events; every timing
rule lives in the assembler.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.scan.wedge import KeyEvent, Passthrough, WedgeAssembler, WedgeScan

log = logging.getLogger("kiosk.scan")

_COMMAND_MODS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_KEY_NAMES = {
    Qt.Key.Key_Return: "enter", Qt.Key.Key_Enter: "enter", Qt.Key.Key_Tab: "tab",
    Qt.Key.Key_Shift: "shift", Qt.Key.Key_Control: "control", Qt.Key.Key_Alt: "alt",
    Qt.Key.Key_AltGr: "altgr", Qt.Key.Key_Meta: "meta", Qt.Key.Key_CapsLock: "capslock",
    Qt.Key.Key_NumLock: "numlock",
}
POLL_MS = 30


@dataclass
class _Held:
    receiver: QWidget
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


def key_name(event: QKeyEvent) -> str:
    key = event.key()
    return _KEY_NAMES.get(key) or QKeySequence(key).toString().lower() or f"key{key}"


class WedgeFilter(QObject):
    """Install once on the QApplication; emits ``scanned(code)`` for every scanner code."""

    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        assembler: Any | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.assembler = assembler if assembler is not None else WedgeAssembler()
        self._held: list[_Held] = []
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.enabled = True

    def install(self, app: QApplication | None = None) -> None:
        (app or QApplication.instance()).installEventFilter(self)

    def uninstall(self, app: QApplication | None = None) -> None:
        self._timer.stop()
        self._replay()
        self.assembler.reset()
        (app or QApplication.instance()).removeEventFilter(self)

    # -- the filter -------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self._replaying or not self.enabled or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(obj, QWidget) or not isinstance(event, QKeyEvent):
            return False
        now = self._clock()
        text = event.text()
        if event.isAutoRepeat():  # a key held down is a person
            self._apply(self.assembler.feed(KeyEvent("", now, "autorepeat")))
            return False
        printable = (len(text) == 1 and text.isprintable()
                     and not (event.modifiers() & _COMMAND_MODS))
        if printable:
            self._apply(self.assembler.feed(KeyEvent(text, now)))
            self._held.append(_Held(obj, event.key(), event.modifiers(), text))
            if not self._timer.isActive():
                self._timer.start()
            return True
        name = key_name(event)
        if event.modifiers() & _COMMAND_MODS and name not in _KEY_NAMES.values():
            name = "shortcut"  # Ctrl+C etc.: types no text, so it ends a burst as typing
        outputs = self.assembler.feed(KeyEvent("", now, name))
        passed_key = self._apply(outputs)
        if name in ("enter", "tab") and not passed_key:
            return True  # the scanner's suffix (or a doubled one) is not the user's
        return False

    # -- helpers ----------------------------------------------------------------------

    def _apply(self, outputs: list) -> bool:
        """Act on the assembler's answer; True if it handed a non-text key back to the user."""
        passed_key = False
        for out in outputs:
            if isinstance(out, WedgeScan):
                self._held.clear()
                log.info("scanner code taken (%d characters%s)", len(out.text),
                         f", repaired: {out.repaired}" if out.repaired else "")
                self.scanned.emit(out.text)
            elif isinstance(out, Passthrough):
                if out.text:
                    self._replay(len(out.text))
                if out.key:
                    passed_key = True
        if not self._held:
            self._timer.stop()
        return passed_key

    def _poll(self) -> None:
        self._apply(self.assembler.poll(self._clock()))

    def _replay(self, count: int | None = None) -> None:
        """Send the first ``count`` held keys (all by default) to their widgets, in order."""
        count = len(self._held) if count is None else count
        held, self._held = self._held[:count], self._held[count:]
        if not held:
            return
        self._replaying = True
        try:
            for item in held:
                if not shiboken6.isValid(item.receiver):
                    continue
                press = QKeyEvent(QEvent.Type.KeyPress, item.key, item.modifiers, item.text)
                QApplication.sendEvent(item.receiver, press)
        finally:
            self._replaying = False
