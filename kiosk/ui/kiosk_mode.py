"""Self-service mode: the door screen only, fullscreen, and no way out without staff.

While locked, an application-wide filter swallows Escape, Alt+F4, Ctrl+Q and Ctrl+W (as
key presses and as shortcut overrides, so no action sees them) and the main window refuses
to close. Staff unlock with the PIN (:mod:`kiosk.ui.pin`) or by scanning a staff code.

Wrong PINs are counted in a small file in the data folder (:data:`PIN_STATE_FILE`), so a
restart (a crash under the kiosk session, a killed process) does not start the count over,
and self-service needs a staff code: after :data:`LOCKOUT_AFTER` wrong PINs only a staff
code unlocks.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.i18n import add_row, set_row_label
from kiosk.ui.pin import check_pin

log = logging.getLogger("kiosk.ui")

_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_META = Qt.KeyboardModifier.MetaModifier

FREE_TRIES = 3      # wrong PINs before any delay (fat fingers are normal)
LOCKOUT_AFTER = 10  # wrong PINs in a row before only a staff code can unlock
MAX_DELAY_S = 300.0
PIN_STATE_FILE = "pin_lock.json"
"""Wrong PINs in a row and when the PIN may be tried again, in the data folder."""


def pin_delay(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong PINs in a row.

    Doubles from 5 s after the free tries, so guessing all 10,000 four-digit PINs is not
    possible within an event; after :data:`LOCKOUT_AFTER` the PIN is refused outright.
    """
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY_S, 5.0 * 2 ** (failures - FREE_TRIES))


def is_escape_key(event: QKeyEvent) -> bool:
    """Keys that would leave the kiosk: Escape, Alt+F4, Ctrl/Cmd+Q, Ctrl/Cmd+W, Close/Quit,
    and any key with Alt or Super held: with the keyboard grabbed those reach the app instead
    of the window manager, and Alt+Space must not press the focused Staff button."""
    key = event.key()
    mods = event.modifiers()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Menu):
        return True
    if mods & (_ALT | _META) and key not in (Qt.Key.Key_Alt, Qt.Key.Key_Meta):
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
        clock: Callable[[], float] = time.time,
        state_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._pin_hash = pin_hash
        self._staff_codes = staff_codes
        # Wall-clock time, because the next allowed try must outlive a restart (a monotonic
        # clock starts over with the machine). The clock may jump: see wait_seconds.
        self.clock = clock  # injectable, so tests need not sleep through the delays
        self.locked = False
        self.blocked_keys = 0  # for tests and the log: keys swallowed while locked
        self.state_path = state_path
        self.failures = 0  # wrong PINs in a row; reset only by an unlock
        self._next_try_at = 0.0
        self._load()

    def _load(self) -> None:
        """The count of a previous run. A file that cannot be read counts as locked out (a
        staff code still unlocks): failing open would let a crash reset the count."""
        if self.state_path is None or not self.state_path.exists():
            return
        try:
            state = json.loads(self.state_path.read_text(encoding="utf-8"))
            self.failures = max(0, int(state["failures"]))
            self._next_try_at = float(state["next_try_at"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("cannot read %s (%s): the PIN stays locked until a staff code",
                        self.state_path, exc)
            self.failures, self._next_try_at = LOCKOUT_AFTER, 0.0

    def _save(self) -> None:
        """Written atomically (temp file + rename, fsync) before the refusal shows."""
        if self.state_path is None:
            return
        try:
            self.state_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            tmp = self.state_path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"failures": self.failures, "next_try_at": self._next_try_at}, fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.state_path)
        except OSError as exc:  # the count in memory still holds for this run
            log.warning("cannot save the wrong-PIN count to %s: %s", self.state_path, exc)

    @property
    def pin_locked_out(self) -> bool:
        """Too many wrong PINs: only a scanned staff code unlocks now."""
        return self.failures >= LOCKOUT_AFTER

    def wait_seconds(self) -> float:
        """Seconds until the PIN may be tried again (0 when it may be tried now).

        Capped at the delay the count calls for: a clock set back (or a saved time from a
        clock that was ahead) never makes staff wait longer than that. A clock set forward
        can shorten a wait, by at most :data:`MAX_DELAY_S`, and only for someone who can
        already change the system clock; it never lifts the lockout, which is a count, not
        a time."""
        return max(0.0, min(self._next_try_at - self.clock(), pin_delay(self.failures)))

    @property
    def can_unlock(self) -> bool:
        """Only with a staff code: after LOCKOUT_AFTER wrong PINs nothing else unlocks."""
        return bool(self._staff_codes())

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
        counted = self.failures or self._next_try_at
        self.failures = 0
        self._next_try_at = 0.0
        if counted:
            self._save()
        QApplication.instance().removeEventFilter(self)
        log.info("self-service mode unlocked by %s", how)
        self.locked_changed.emit(False)

    def try_pin(self, pin: str) -> bool:
        """Check the PIN unless locked out or still waiting; every refusal is logged."""
        if self.pin_locked_out:
            log.warning("PIN refused: locked out after %d wrong PINs; scan a staff code",
                        self.failures)
            self.unlock_failed.emit()
            return False
        if self.wait_seconds() > 0:
            log.warning("PIN refused: tried %.0f s too early after %d wrong PINs",
                        self.wait_seconds(), self.failures)
            self.unlock_failed.emit()
            return False
        stored = self._pin_hash()
        if stored and pin and check_pin(pin, stored):
            self._unlock("PIN")
            return True
        self.failures += 1
        self._next_try_at = self.clock() + pin_delay(self.failures)
        self._save()
        log.warning("wrong staff PIN (%d in a row)%s", self.failures,
                    "; locked out until a staff code is scanned" if self.pin_locked_out else "")
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


PIN_IDLE_S = 20.0
"""Default of ``Settings.pin_idle_s``: an untouched PIN dialog closes after this long."""

KEYPAD_BUTTON_PX = 72  # a fingertip is about 10 mm; kiosk.qss says the same


class PinDialog(QDialog):
    """Ask for the staff PIN, with a number pad for touch-only screens. Any key that would
    leave the kiosk is already swallowed.

    Left untouched for ``idle_s`` seconds it closes by itself: a passer-by who tapped
    "Staff" and walked away must not leave the door refusing every ticket (issue 18). A
    ticket scanned while it is open closes it too (see ``MainWindow.route_code``)."""

    def __init__(self, lock: KioskLock, parent: QWidget | None = None,
                 idle_s: float = PIN_IDLE_S) -> None:
        super().__init__(parent)
        self.lock = lock
        self.setModal(True)
        # no minimise or maximise in its title bar: a hidden dialog would hold the grab
        self.setWindowFlags(Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint
                            | Qt.WindowType.WindowTitleHint)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.pin.setMaxLength(12)
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        cancel.setProperty("keypad", True)  # as easy to hit as the digits
        cancel.style().unpolish(cancel)  # polished already, when the button box made it
        cancel.style().polish(cancel)
        self.cancel_key = cancel
        form = QFormLayout()
        add_row(form, self.pin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(form)
        layout.addLayout(self._keypad())
        self.ok_key.setDefault(True)  # Enter on a keyboard unlocks too
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(1, int(idle_s * 1000)))
        self.idle_timer.timeout.connect(self._idle)
        self.installEventFilter(self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        lock.locked_changed.connect(self._on_locked_changed)
        self.retranslate()
        self.show_state()

    def _keypad(self) -> QGridLayout:
        """Digits, delete and OK, each at least :data:`KEYPAD_BUTTON_PX` square. The keys
        never take focus, so a keyboard keeps typing into the PIN field."""
        grid = QGridLayout()
        grid.setSpacing(8)
        self.digit_keys: list[QPushButton] = []
        for n in range(10):
            key = self._key(str(n), lambda _=False, d=str(n): self.pin.insert(d))
            self.digit_keys.append(key)
            row, col = (3, 1) if n == 0 else ((n - 1) // 3, (n - 1) % 3)
            grid.addWidget(key, row, col)
        self.delete_key = self._key("⌫", lambda: self.pin.backspace())
        self.ok_key = self._key("", self.submit)
        grid.addWidget(self.delete_key, 3, 0)
        grid.addWidget(self.ok_key, 3, 2)
        return grid

    def _key(self, text: str, slot: Callable[[], object]) -> QPushButton:
        key = QPushButton(text, self)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoDefault(False)
        key.setMinimumSize(KEYPAD_BUTTON_PX, KEYPAD_BUTTON_PX)
        key.setProperty("keypad", True)  # its size and type in kiosk.qss, over the buttons' own
        key.clicked.connect(slot)
        return key

    def retranslate(self) -> None:
        """Every text in the language installed now: at start, and when the attendee
        switched language on the attract screen (LanguageChange)."""
        self.setWindowTitle(self.tr("Staff unlock"))
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        self.message.setText(self.tr("Enter the staff PIN, or scan a staff code."))
        self.ok_key.setText(self.tr("OK"))
        self.ok_key.setAccessibleName(self.tr("Unlock"))
        self.delete_key.setAccessibleName(self.tr("Delete the last digit"))
        set_row_label(self, self.pin, self.tr("PIN"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ok_key"):
            self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.idle_timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Any key or touch in the dialog: someone is there, so the idle time starts over."""
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.TouchBegin) and self.idle_timer.isActive():
            self.idle_timer.start()
        return False

    def _idle(self) -> None:
        log.info("PIN dialog untouched for %.0f s: closed, the door admits again",
                 self.idle_timer.interval() / 1000)
        self.reject()

    def submit(self) -> None:
        self.idle_timer.start()
        if self.lock.try_pin(self.pin.text()):
            self.accept()
            return
        self.pin.clear()
        self.show_state(wrong=True)

    def show_state(self, wrong: bool = False) -> None:
        """Say why the PIN cannot be tried now (lockout, wait) or that it was wrong."""
        if self.lock.pin_locked_out:
            self.error.setText(self.tr("Too many wrong PINs. Scan a staff code to unlock."))
        elif (wait := self.lock.wait_seconds()) > 0:
            self.error.setText(self.tr("Wrong PIN. Try again in {s} s.").format(s=int(wait + 0.999)))
        elif wrong:
            self.error.setText(self.tr("Wrong PIN"))

    def _on_locked_changed(self, locked: bool) -> None:
        if not locked:  # unlocked by a staff code while the dialog was open
            self.accept()


class SetPinDialog(QDialog):
    """Choose a staff PIN (4 to 12 digits), entered twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel("", self)
        self.error.setObjectName("fieldError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.intro = QLabel(self)
        form.addRow(self.intro)
        add_row(form, self.first)
        add_row(form, self.second)
        form.addRow(self.error)
        form.addRow(buttons)
        self._form = form
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language installed now (at start, and on a language switch
        while the dialog is open)."""
        self.setWindowTitle(self.tr("Set staff PIN"))
        self.intro.setText(self.tr("Self-service mode can only be left with this PIN."))
        for edit, name in ((self.first, self.tr("New PIN")), (self.second, self.tr("Repeat PIN"))):
            edit.setAccessibleName(name)
            self._form.labelForField(edit).setText(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_form"):
            self.retranslate()

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


class ScreenHold(QObject):
    """Holds the screen for self-service mode: the window on top, fullscreen, the keyboard
    grabbed (so the window manager's Super+D, Alt+Tab and Alt+Space do not reach it, where
    the platform allows), and whenever focus leaves the app or the window is minimised anyway,
    it takes them back. It also owns the PIN dialog, which keeps focus while open. Real
    lock-down is the kiosk session (packaging/linux, docs/self-service.md); this is what an
    app can do on its own.

    On X11 the grab is a real X keyboard grab on Qt's own connection, so the window
    manager's key bindings never see a key. X refuses it until the window is mapped and drops
    it when the window is unmapped, so it is retried until it holds; a watchdog notices the
    window hidden by "show desktop" or a desktop switch and brings it back through the
    window manager (:mod:`kiosk.ui.x11`). ``tests/ui/test_window_manager.py`` checks the
    screen under openbox."""

    WATCH_MS = 500  # how soon a hidden or unfocused kiosk is noticed on X11

    def __init__(self, window: QWidget, lock: KioskLock,
                 pin_idle_s: Callable[[], float] = lambda: PIN_IDLE_S) -> None:
        super().__init__(window)
        self.window = window
        self.lock = lock
        self.pin_idle_s = pin_idle_s
        self.pin_dialog: PinDialog | None = None
        self.reclaims = 0  # times the screen was taken back (tests, log)
        self._lost = False  # warned about losing the screen; quiet until it is back
        self.x11 = QGuiApplication.platformName() == "xcb"
        self._grabbed: QWindow | None = None  # the window holding the X keyboard grab
        self._watch = QTimer(self)
        self._watch.setInterval(self.WATCH_MS)
        self._watch.timeout.connect(self._check)
        window.installEventFilter(self)  # its minimise and activation changes
        QGuiApplication.instance().focusWindowChanged.connect(self.focus_window_changed)

    def set_locked(self, locked: bool) -> None:
        """Locked: on top, fullscreen and focused. Unlocked: an ordinary window again."""
        window = self.window
        if locked:
            window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            window.showFullScreen()
            window.activateWindow()
            if self.x11:
                from kiosk.ui import x11

                x11.pin_to_every_desktop(self._native_id())
                self._watch.start()
            self._grab_keyboard()
        else:
            self._watch.stop()
            self._release_keyboard()
            window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, False)
            window.showNormal()

    def ask_unlock(self) -> None:
        """The discreet Staff button: the PIN dialog, over the door (never modal-blocking)."""
        if self.lock.locked:
            self.pin_dialog = PinDialog(self.lock, self.window,
                                        min(600.0, max(1.0, self.pin_idle_s())))
            self.pin_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.pin_dialog.finished.connect(self._pin_dialog_closed)
            self.pin_dialog.open()
            self._grab_keyboard()

    def _pin_dialog_closed(self) -> None:
        self.pin_dialog = None
        self._grabbed = None  # X dropped the dialog's grab with its window
        self._grab_keyboard()

    def _grab_keyboard(self) -> bool:
        """Grab the keyboard for the PIN dialog if open, else the window. True when held."""
        if not self.lock.locked:
            return False
        target = self.pin_dialog if self.pin_dialog is not None else self.window
        if not self.x11:
            target.grabKeyboard()
            return True
        handle = target.windowHandle()
        if handle is None or not handle.isExposed():
            return False  # X refuses a grab on an unmapped window; the watchdog retries
        if self._grabbed is handle:
            return True
        if handle.setKeyboardGrabEnabled(True):
            self._grabbed = handle
            log.info("keyboard grabbed for the %s", "PIN dialog" if target is self.pin_dialog
                     else "self-service window")
            return True
        return False

    def _native_id(self) -> int:
        """The X window the window manager manages: the window handle's, which Qt makes
        anew when the flags change (the widget's own ``winId()`` may be an older one)."""
        handle = self.window.windowHandle()
        return int(handle.winId() if handle is not None else self.window.winId())

    def _release_keyboard(self) -> None:
        self.window.releaseKeyboard()
        if self._grabbed is not None:
            self._grabbed.setKeyboardGrabEnabled(False)
            self._grabbed = None

    def _check(self) -> None:
        """The X11 watchdog: the window still shown, and the keyboard still grabbed."""
        if not self.lock.locked:
            return
        handle = self.window.windowHandle()
        if handle is None or not handle.isExposed() or self.window.isMinimized():
            self._grabbed = None  # an unmapped window has lost its grab
            self.reclaim()
        elif QApplication.activeWindow() is None or (
                self.pin_dialog is not None and self.pin_dialog.isMinimized()):
            self.reclaim()
        else:
            self._lost = False
            self._grab_keyboard()

    def focus_window_changed(self, window: object) -> None:
        if self.lock.locked and window is None:  # focus went to another program
            QTimer.singleShot(0, self.reclaim)

    def reclaim(self) -> None:
        """Back to fullscreen, on top and focused (the PIN dialog, if open, keeps focus)."""
        if not self.lock.locked:
            return
        self.reclaims += 1
        if not self._lost:  # once, not every half second while the window manager resists
            log.warning("self-service window lost focus or was minimised; taking it back")
        self._lost = self.x11
        window = self.window
        if not window.isFullScreen() or window.isMinimized():
            window.showFullScreen()
        if self.x11:
            from kiosk.ui import x11

            x11.bring_back(self._native_id())
        window.raise_()
        window.activateWindow()
        if self.pin_dialog is not None:
            if self.pin_dialog.isMinimized():  # its title bar's button, where the WM shows one
                self.pin_dialog.showNormal()
            self.pin_dialog.raise_()
            self.pin_dialog.activateWindow()
        self._grabbed = None  # whatever hid the window may have ended the grab: take it anew
        self._grab_keyboard()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """The window minimised, or no longer active with no other window of ours active:
        take it back (at the next event loop turn, once the change is done)."""
        if obj is self.window and self.lock.locked:
            window = self.window
            if event.type() == QEvent.Type.WindowStateChange and (window.isMinimized()
                                                                 or not window.isFullScreen()):
                QTimer.singleShot(0, self.reclaim)
            elif (event.type() == QEvent.Type.ActivationChange and not window.isActiveWindow()
                  and QApplication.activeWindow() is None):
                QTimer.singleShot(0, self.reclaim)
        return False
