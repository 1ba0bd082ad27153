"""The verdict the whole queue can read from three metres.

Full-window colour (green admit, amber "have a look", red no entry), and never colour
alone: every tone has its own icon shape (circle with a tick, triangle with "!", octagon
with a cross) and its own headline word. The view is not modal and takes no focus, so the
next scan is taken while it shows; a new verdict simply replaces the old one.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk import rules
from kiosk.clock import local_time, parse_utc
from kiosk.models import Verdict, VerdictKind
from kiosk.ui.resources import resource_path

TONE_ICON = {"go": "admit.svg", "look": "look.svg", "stop": "stop.svg"}
# "Already in" and "See the desk" share the amber tone but not the shape (issue 11).
KIND_ICON = {VerdictKind.ALREADY_CHECKED_IN: "already.svg"}
# The same shapes as text, for one-line places (the staff banner): never colour alone.
TONE_MARK = {"go": "✔", "look": "⚠", "stop": "⛔"}
KIND_MARK = {VerdictKind.ALREADY_CHECKED_IN: "☑"}


def icon_for(verdict: Verdict) -> str:
    return KIND_ICON.get(verdict.kind, TONE_ICON[verdict.kind.tone])


def mark_for(verdict: Verdict) -> str:
    return KIND_MARK.get(verdict.kind, TONE_MARK[verdict.kind.tone])
# A party going out or coming back in (issue 20): when it first came is no news to anyone
MOVES_WITHOUT_EARLIER = frozenset({VerdictKind.EXIT, VerdictKind.REENTRY, VerdictKind.ADMIT_REST})
# Seconds a verdict stays up unless replaced or tapped away: refusals stay longer.
HOLD_SECONDS = {"go": 3.0, "look": 7.0, "stop": 7.0}



def headline(verdict: Verdict) -> str:
    kind = verdict.kind
    return {
        VerdictKind.ADMIT: QCoreApplication.translate("Verdict", "ADMIT"),
        VerdictKind.ALREADY_CHECKED_IN: QCoreApplication.translate("Verdict", "ALREADY IN"),
        VerdictKind.PENDING: QCoreApplication.translate("Verdict", "SEE THE DESK"),
        VerdictKind.CANCELLED: QCoreApplication.translate("Verdict", "NO ENTRY"),
        VerdictKind.WRONG_EVENT: QCoreApplication.translate("Verdict", "NO ENTRY"),
        VerdictKind.NOT_OPEN: QCoreApplication.translate("Verdict", "NOT OPEN YET"),
        VerdictKind.UNKNOWN: QCoreApplication.translate("Verdict", "NO ENTRY"),
        VerdictKind.INVALID: QCoreApplication.translate("Verdict", "NOT A TICKET"),
        VerdictKind.ERROR: QCoreApplication.translate("Verdict", "SEE THE DESK"),
        # comings and goings (issue 20)
        VerdictKind.ADMIT_REST: QCoreApplication.translate("Verdict", "ADMIT"),
        VerdictKind.REENTRY: QCoreApplication.translate("Verdict", "WELCOME BACK"),
        VerdictKind.EXIT: QCoreApplication.translate("Verdict", "GOODBYE"),
        VerdictKind.NOT_ADMITTED: QCoreApplication.translate("Verdict", "NOT ADMITTED"),
        VerdictKind.ALREADY_LEFT: QCoreApplication.translate("Verdict", "ALREADY OUT"),
        VerdictKind.NO_REENTRY: QCoreApplication.translate("Verdict", "NO RE-ENTRY"),
        VerdictKind.FULL: QCoreApplication.translate("Verdict", "FULL"),
    }[kind]


def reason(verdict: Verdict) -> str:
    """One line saying why, in the UI's language (the core's message is the fallback)."""
    kind = verdict.kind
    text = {
        VerdictKind.ADMIT: QCoreApplication.translate("Verdict", "Welcome!"),
        VerdictKind.ALREADY_CHECKED_IN:
            QCoreApplication.translate("Verdict", "This ticket was already checked in."),
        VerdictKind.PENDING:
            QCoreApplication.translate("Verdict", "Registration not confirmed yet (awaiting payment)."),
        VerdictKind.CANCELLED: QCoreApplication.translate("Verdict", "This registration was cancelled."),
        VerdictKind.WRONG_EVENT: QCoreApplication.translate("Verdict", "This ticket is for another event."),
        VerdictKind.UNKNOWN: QCoreApplication.translate("Verdict", "This ticket is not on the list."),
        VerdictKind.INVALID: QCoreApplication.translate("Verdict", "This code is not a ticket."),
        VerdictKind.ADMIT_REST: QCoreApplication.translate("Verdict", "The rest of the party."),
        VerdictKind.REENTRY: QCoreApplication.translate("Verdict", "Welcome back!"),
        VerdictKind.EXIT: QCoreApplication.translate("Verdict", "See you soon."),
        VerdictKind.NOT_ADMITTED:
            QCoreApplication.translate("Verdict", "This ticket was never checked in."),
        VerdictKind.ALREADY_LEFT:
            QCoreApplication.translate("Verdict", "Nobody of this party is inside."),
        VerdictKind.NO_REENTRY:
            QCoreApplication.translate("Verdict", "This event allows one entry only."),
        VerdictKind.FULL: QCoreApplication.translate("Verdict", "Full: wait for someone to leave."),
    }.get(kind)
    if kind is VerdictKind.WRONG_EVENT and verdict.event_title:  # issue 20: say which
        text = QCoreApplication.translate("Verdict", "This ticket is for {event}.").format(
            event=verdict.event_title)
    elif kind is VerdictKind.ADMIT and verdict.event_title:  # a door of several events
        text = QCoreApplication.translate("Verdict", "Welcome to {event}!").format(
            event=verdict.event_title)
    if kind is VerdictKind.NOT_OPEN:
        text = QCoreApplication.translate("Verdict", "Doors open at {time}.").format(
            time=verdict.doors_open or "?")
    return text or verdict.message


def ended_text(verdict: Verdict) -> str:
    """For staff: an admission after the event's end says when it ended (issue 20)."""
    if not verdict.event_ended:
        return ""
    return QCoreApplication.translate("Verdict", "Warning: the event ended at {time}.").format(
        time=verdict.event_ended)


# The wording of each party phrase, for translation; which phrase applies is the door's rule
# (kiosk.rules.party_phrase), never decided here.
PARTY_WORDS = {
    rules.ADMIT_ONE: QT_TRANSLATE_NOOP("Verdict", "Admit {n}"),
    rules.ADMIT_ONE_GUEST: QT_TRANSLATE_NOOP("Verdict", "Admit {n}: 1 + 1 guest"),
    rules.ADMIT_GUESTS: QT_TRANSLATE_NOOP("Verdict", "Admit {n}: 1 + {g} guests"),
    rules.PARTY_ONE: QT_TRANSLATE_NOOP("Verdict", "Party of 1"),
    rules.PARTY_ONE_GUEST: QT_TRANSLATE_NOOP("Verdict", "Party of {n} (1 + 1 guest)"),
    rules.PARTY_GUESTS: QT_TRANSLATE_NOOP("Verdict", "Party of {n} (1 + {g} guests)"),
}


def party_words(guest_count: int, *, admitted: bool) -> str:
    """:func:`kiosk.rules.party_phrase` in the UI's language."""
    phrase = rules.party_phrase(guest_count, admitted=admitted)
    return QCoreApplication.translate("Verdict", PARTY_WORDS[phrase.template]).format(
        n=phrase.size, g=phrase.guests)


def party_text(verdict: Verdict) -> str:
    """``Admit 3: 1 + 2 guests``; ``Admit 1``; for a refusal, ``Party of 3 (1 + 2 guests)``;
    part of a party, or a party going out, by how many move (issue 20)."""
    size = verdict.party_size
    if size is None:
        return ""
    moving = moving_text(verdict, size)
    if moving:
        return moving
    guests = verdict.guest_count if verdict.guest_count is not None else max(0, size - 1)
    return party_words(guests, admitted=verdict.kind is VerdictKind.ADMIT)


def moving_text(verdict: Verdict, size: int) -> str:
    """How many of the party go in or out, when it is not simply the whole party admitted."""
    n = verdict.people
    if n is None:
        return ""
    kind = verdict.kind
    if kind is VerdictKind.EXIT:
        return QCoreApplication.translate("Verdict", "{k} of {n} leaving").format(k=n, n=size)
    if kind is VerdictKind.REENTRY:
        return QCoreApplication.translate("Verdict", "Admit {n} again").format(n=n)
    if kind is VerdictKind.ADMIT_REST:
        before = (verdict.party_in or n) - n
        if before + n >= size:
            return QCoreApplication.translate(
                "Verdict", "{i} of {n} in: admit the other {k}").format(i=before, n=size, k=n)
        return QCoreApplication.translate("Verdict", "{i} of {n} in: admit {k} more").format(
            i=before, n=size, k=n)
    if kind is VerdictKind.ADMIT and n < size:
        return QCoreApplication.translate("Verdict", "Admit {k} of {n}").format(k=n, n=size)
    return ""


def format_when(iso: str | None, now: datetime | None = None) -> str:
    """An ISO time as local ``18:05`` today, else ``12 Mar 18:05`` with the month named in
    the UI's language (``12 März 18:05``): strftime's ``%b`` is always English here."""
    when = parse_utc(iso) if iso else None
    if when is None:
        return local_time(iso, now, missing="")
    local = when.astimezone()
    today = (now or datetime.now(timezone.utc)).astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return QLocale().toString(QDateTime(local.replace(tzinfo=None)), "d MMM HH:mm")


def earlier_text(verdict: Verdict) -> str:
    if not verdict.checked_in_at or verdict.kind in MOVES_WITHOUT_EARLIER:
        return ""
    when = format_when(verdict.checked_in_at)
    if verdict.checked_in_device:
        return QCoreApplication.translate("Verdict", "Checked in at {when} on {device}").format(
            when=when, device=verdict.checked_in_device
        )
    return QCoreApplication.translate("Verdict", "Checked in at {when}").format(when=when)


def spoken_text(verdict: Verdict) -> str:
    """What is said aloud: the verdict, the party and why, but not the name or the staff
    notes (the queue can hear it)."""
    parts = [headline(verdict).capitalize(), party_text(verdict), reason(verdict)]
    return ". ".join(p.rstrip(".") for p in parts if p) + "."


def accessible_summary(verdict: Verdict, notes: bool = True) -> str:
    parts = [headline(verdict), verdict.attendee_name or "", party_text(verdict),
             reason(verdict), earlier_text(verdict), (verdict.notes or "") if notes else ""]
    return ". ".join(p for p in parts if p)


class ToneIcon(QWidget):
    """The tone's SVG shape, scaled to the widget."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer: QSvgRenderer | None = None
        self.icon_name = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(QSize(120, 120))

    def set_tone(self, tone: str, icon: str | None = None) -> None:
        self.icon_name = icon or TONE_ICON[tone]
        self._renderer = QSvgRenderer(str(resource_path("icons", self.icon_name)), self)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if self._renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, QRectF(self.rect()))


class VerdictView(QFrame):
    """Shows one verdict until it times out, is tapped away, or another one replaces it."""

    dismissed = Signal()
    admit_anyway = Signal(object)  # the NOT_OPEN Verdict staff chose to admit (issue 20)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictView")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoFillBackground(True)
        self.verdict: Verdict | None = None
        self.tone = ""
        self.text_scale = 1.0  # 1.3 in large-text mode
        # Registration notes ("Allergic to nuts") are for staff: off on the public
        # self-service screen (issue 18), where the door screen turns this off.
        self.show_notes = True
        # Staff may admit before the doors open; self-service never (the door screen sets it).
        self.staff_actions = True

        self.icon = ToneIcon(self)
        self.headline = self._label("verdictHeadline")
        self.name = self._label("verdictName")
        self.party = self._label("verdictParty")
        self.notes = self._label("verdictNotes")
        self.earlier = self._label("verdictEarlier")
        self.reason = self._label("verdictReason")
        self.notes.setFrameShape(QFrame.Shape.Box)
        self.warning = self._label("verdictWarning")
        self.anyway = QPushButton(self)
        self.anyway.setObjectName("verdictAnyway")
        self.anyway.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        self.anyway.clicked.connect(self._admit_anyway)
        self.anyway.hide()

        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.icon)
        top.addSpacing(24)
        top.addWidget(self.headline)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        layout.addLayout(top)
        for label in (self.name, self.party, self.reason, self.warning, self.earlier, self.notes):
            layout.addWidget(label)
        layout.addWidget(self.anyway, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        """A language switch while a verdict is up: its words follow, its time does not restart."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "verdict", None):
            self._show_texts(self.verdict)

    def _show_texts(self, verdict: Verdict) -> None:
        self.headline.setText(headline(verdict))
        self.name.setText(verdict.attendee_name or "")
        self.party.setText(party_text(verdict))
        self.reason.setText(reason(verdict))
        self.earlier.setText(earlier_text(verdict))
        notes = (verdict.notes or "").strip() if self.show_notes else ""
        self.notes.setText(
            QCoreApplication.translate("Verdict", "Note: {notes}").format(notes=notes) if notes else "")
        self.warning.setText(ended_text(verdict) if self.staff_actions else "")
        for label in (self.name, self.party, self.reason, self.warning, self.earlier, self.notes):
            label.setVisible(bool(label.text()))
        self.anyway.setText(QCoreApplication.translate("Verdict", "Admit anyway"))
        self.anyway.setVisible(self.staff_actions and verdict.kind is VerdictKind.NOT_OPEN
                               and verdict.registration_id is not None)
        self.setAccessibleName(accessible_summary(verdict, notes=self.show_notes))

    def show_verdict(self, verdict: Verdict, hold: float | None = None) -> None:
        self.verdict = verdict
        self.tone = verdict.kind.tone
        self.setProperty("tone", self.tone)
        self.icon.set_tone(self.tone, icon_for(verdict))
        self._show_texts(verdict)
        for widget in (self, self.headline, self.name, self.party, self.reason, self.earlier,
                       self.notes, self.warning):
            widget.style().unpolish(widget)  # the tone's colours come from the style sheet
            widget.style().polish(widget)
        self._apply_fonts()
        self.show()
        self.raise_()
        seconds = HOLD_SECONDS[self.tone] if hold is None else hold
        if seconds > 0:
            self._timer.start(int(seconds * 1000))
        else:
            self._timer.stop()

    def _admit_anyway(self) -> None:
        verdict = self.verdict
        if verdict is not None and verdict.kind is VerdictKind.NOT_OPEN and self.staff_actions:
            self.admit_anyway.emit(verdict)

    def dismiss(self) -> None:
        self._timer.stop()
        if self.isVisible():
            self.hide()
            self.dismissed.emit()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.dismiss()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        # Sizes follow the window so a 1280x800 tablet and a 1080p screen both read well. They
        # are set as this view's own style sheet, which wins over the app's and the window's
        # (large-text mode sets a font size for every widget there).
        unit = max(8, min(self.height() / 22, self.width() / 34)) * self.text_scale
        sizes = {"verdictHeadline": (3.2, True), "verdictName": (2.2, True),
                 "verdictParty": (1.7, True), "verdictReason": (1.1, False),
                 "verdictEarlier": (1.1, False), "verdictNotes": (1.3, False),
                 "verdictWarning": (1.1, True), "verdictAnyway": (1.3, True)}
        sheet = "".join(
            f"#{name} {{ font-size: {int(unit * factor)}px; "
            f"font-weight: {'bold' if bold else 'normal'}; }}\n"
            for name, (factor, bold) in sizes.items())
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        side = int(unit * 4.2)
        self.icon.setFixedSize(side, side)
