"""A one-line verdict shown above the staff screens while staff work away from the door.

A camera or scanner check-in must never pull staff off Search or Walk-in (what they were
typing would land in the door's code field), yet they should see what the door decided: the
verdict is recorded and sounded as usual, and shown here. The banner takes no focus.

It comes and goes in room kept for it (:class:`BannerSlot`, in the toolbar beside the
actions): a banner pushed in above the tabs moved every button down by its height and back
up when it left, and a click meant for "Print badge" landed on "Undo check-in" (issue 18;
tests/ui/test_staff_console.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.models import Verdict
from kiosk.ui.fit import ElidedLabel
from kiosk.ui.verdict_view import HOLD_SECONDS, headline, mark_for, party_text, reason


class VerdictBanner(QWidget):
    """Tone-coloured strip: mark, headline, name, why. A click on it, or on its "Show door"
    button, opens the door screen; where the banner is narrow (a small screen, German, large
    text) the button gives its room to the text."""

    open_door = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # one line that takes the width it is given (a long name is elided, not a wider window)
        self.text = ElidedLabel(self, Qt.TextElideMode.ElideRight)  # plain text: attendee data
        self.text.setObjectName("verdictBannerText")
        self.door = QPushButton(self)
        self.door.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.door.clicked.connect(self.open_door)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.door)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.verdict: Verdict | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """The button and the verdict up now, in the language installed (its time unchanged)."""
        self.door.setText(QCoreApplication.translate("Verdict", "Show door"))
        if self.verdict is not None:
            self._show_text(self.verdict)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "verdict"):
            self.retranslate()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_door.emit()
        super().mousePressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.door.setVisible(self.width() >= 3 * self.door.sizeHint().width())

    def _show_text(self, verdict: Verdict) -> None:
        parts = [f"{mark_for(verdict)} {headline(verdict)}", verdict.attendee_name or "",
                 party_text(verdict), reason(verdict)]
        self.text.setText(" · ".join(p for p in parts if p))
        self.setAccessibleName(self.text.text())

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        tone = verdict.kind.tone
        self._show_text(verdict)
        self.setProperty("tone", tone)
        for widget in (self, self.text):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.show()
        self._timer.start(int(HOLD_SECONDS[tone] * 2000))


class BannerSlot(QWidget):
    """The banner's room, kept whether a banner is up or not, so nothing beside or below it
    moves when a banner comes or goes (or when staff switch tabs). It takes the width it is
    given: the banner's text is elided, never the reason for a wider window."""

    def __init__(self, banner: VerdictBanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.banner = banner
        policy = banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        banner.setSizePolicy(policy)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 0, 0, 0)  # apart from the toolbar's Quit
        layout.addWidget(banner)
