"""The verdict hold: a camera verdict stays up at least ``verdict_hold_s`` (issue 11).

The camera sees whatever is held in front of it: the next person's phone, raised while the
last verdict is still up, would replace that verdict before its owner (or the steward) has
read it. So while the hold runs, a different code waits and then checks in (nothing is
dropped: its owner is standing there), in arrival order; the same code as the one on screen
is the same person still holding it up, and is ignored. Codes typed or from a USB scanner
skip the hold (the main window sends them straight on): a person chose to send them, and
seeing that verdict at once is what they want.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.codes import InvalidCode, ParsedCode
from kiosk.models import Verdict


class VerdictHold(QObject):
    """Holds camera codes while the verdict on screen is younger than the hold, and hands
    them back one at a time by :attr:`released` (each one's verdict starts a new hold)."""

    released = Signal(str, object)  # code, ParsedCode | InvalidCode | None

    def __init__(self, hold_s: Callable[[], float], parent: QObject | None = None) -> None:
        """``hold_s``: the setting, read at each verdict (Settings → Save changes it live)."""
        super().__init__(parent)
        self._hold_s = hold_s
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._release)
        self._shown_code: str | None = None
        self.held_codes: dict[str, ParsedCode | InvalidCode | None] = {}

    def hold(self, code: str, parsed: ParsedCode | InvalidCode | None = None) -> bool:
        """True when ``code`` is held back (or ignored as the code on screen); False when
        no hold runs and the caller sends it on now."""
        if not self._timer.isActive():
            return False
        if code != self._shown_code:
            self.held_codes.setdefault(code, parsed)
        return True

    def verdict_shown(self, verdict: Verdict) -> None:
        """A verdict went up: hold the next camera codes for ``verdict_hold_s``."""
        self._shown_code = verdict.code
        self._timer.start(max(0, int(self._hold_s() * 1000)))

    def _release(self) -> None:
        if self.held_codes:
            code = next(iter(self.held_codes))
            self.released.emit(code, self.held_codes.pop(code))
