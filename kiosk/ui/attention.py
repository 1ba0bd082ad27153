"""Needs attention: outbox conflicts, double entries and badges waiting to print, what
happened and what staff can do about each."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk import rules
from kiosk.clock import local_time
from kiosk.models import Conflict
from kiosk.ui.door_types import Door
from kiosk.ui.tasks import Tasks
from kiosk.ui.verdict_view import format_when

COMPARED_TODAY = "%H:%M:%S"
COMPARED_OTHER_DAY = "%Y-%m-%d %H:%M:%S"
"""Times set side by side to say which came first: to the second, or two admissions in the
same minute read alike and "the first is kept" cannot be checked."""

log = logging.getLogger("kiosk.ui")

# The core's conflict sentences (kiosk.rules.CONFLICT_TEXT, which has no Qt), listed here so
# lupdate sees them; translated when shown. Same English text, keyed by the same kind.
CONFLICT_TEXT = {
    rules.CONFLICT_WALK_IN_FULL: QT_TRANSLATE_NOOP(
        "Conflict", "The server refused this walk-in: the event is full there. Check with the "
        "organiser; undo the check-in if the person must leave."),
    rules.CONFLICT_WALK_IN_REFUSED: QT_TRANSLATE_NOOP(
        "Conflict", "The server refused this walk-in ({server}). Correct the details and "
        "register again."),
    rules.CONFLICT_NEVER_REGISTERED: QT_TRANSLATE_NOOP(
        "Conflict", "This walk-in was never registered on the server, so its check-in cannot "
        "be sent."),
    rules.CONFLICT_GONE: QT_TRANSLATE_NOOP(
        "Conflict", "The registration no longer exists on the server. Check the person's "
        "ticket with the organiser."),
    rules.CONFLICT_REFUSED: QT_TRANSLATE_NOOP(
        "Conflict", "The server refused the check-in (the registration may have been "
        "cancelled after it was admitted here). Speak to the attendee or the organiser, then "
        "dismiss or undo."),
    rules.CONFLICT_OTHER: QT_TRANSLATE_NOOP("Conflict", "The server refused this change: {server}"),
    rules.CONFLICT_CANCELLED: QT_TRANSLATE_NOOP(
        "Conflict", "Cancelled on the server after it was admitted here: this person was let in "
        "from the cached list. Speak to the organiser, then dismiss."),
    rules.CONFLICT_UNDO_OVERTAKEN: QT_TRANSLATE_NOOP(
        "Conflict", "This undo was not sent: the server changed the registration after this "
        "door's check-in (it now says {server}). The server's status stands; speak to the "
        "organiser if that is wrong, then dismiss."),
    rules.CONFLICT_DOUBLE_ENTRY: QT_TRANSLATE_NOOP(
        "Conflict", "Admitted {n} times while the doors could not see each other. The first is "
        "the one kept and uploaded."),
}
ACTIONS = {
    "check_in": QT_TRANSLATE_NOOP("Conflict", "check-in"),
    "set_status": QT_TRANSLATE_NOOP("Conflict", "status change"),
    "walk_in": QT_TRANSLATE_NOOP("Conflict", "walk-in registration"),
    "double_entry": QT_TRANSLATE_NOOP("Conflict", "double entry"),
}


def conflict_reason(c: Conflict) -> str:
    """Why, in the UI's language. The server's own words (``detail``) are not translated:
    they are quoted, so nobody takes them for the kiosk's."""
    text = CONFLICT_TEXT.get(c.kind)
    if text is None:  # a conflict this version does not know: the core's sentence as it is
        return c.message
    server = f"“{c.detail}”" if c.detail else "–"
    return QCoreApplication.translate("Conflict", str(text)).format(
        server=server, n=max(len(c.admissions), 2))


def admissions_text(c: Conflict) -> str:
    """A double entry's admissions, in local time to the second with the doors' names."""
    return "; ".join(QCoreApplication.translate("Conflict", "{when} at {door}").format(
        when=compared_time(a.at), door=a.door_name) for a in c.admissions)


def compared_time(iso: str | None) -> str:
    """A local time shown beside another to say which came first (to the second)."""
    return local_time(iso, today=COMPARED_TODAY, other_day=COMPARED_OTHER_DAY, missing="")


class AttentionScreen(QWidget):
    """What staff must look at: uploads the server refused, double entries between doors,
    and badges waiting for a printer. It owns the list, explains the selected item and
    offers what can be done (retry, accept the server's answer, open the registration,
    print the waiting badges); :attr:`count_changed` feeds the tab's title."""

    count_changed = Signal(int)  # everything listed: conflicts, double entries, badges waiting
    open_registration = Signal(str)
    print_badges = Signal()  # staff asked to print the badges waiting (issue 12)

    def __init__(self, door: Door, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.conflicts: list[Conflict] = []
        self.badge_summary: Any = None  # BadgeSummary, once the badge printer has reported
        self.count = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._selected)
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.explain.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open)
        buttons = QHBoxLayout()
        for b in (self.retry_button, self.dismiss_button, self.open_button):
            buttons.addWidget(b)
        # badges waiting because the printer failed (issue 12): what and a way to retry
        self.badges = QLabel(self)
        self.badges.setWordWrap(True)
        self.badges.setTextFormat(Qt.TextFormat.PlainText)
        self.badges_button = QPushButton(self)
        self.badges_button.clicked.connect(self.print_badges)
        badge_row = QHBoxLayout()
        badge_row.addWidget(self.badges, 1)
        badge_row.addWidget(self.badges_button)
        self.badges.hide()
        self.badges_button.hide()
        # registrations a sync would have removed, kept until staff confirm (issue 19)
        self.removals = 0
        self.removals_text = QLabel(self)
        self.removals_text.setWordWrap(True)
        self.removals_text.setTextFormat(Qt.TextFormat.PlainText)
        self.removals_button = QPushButton(self)
        self.removals_button.clicked.connect(self.accept_removals)
        removals_row = QHBoxLayout()
        removals_row.addWidget(self.removals_text, 1)
        removals_row.addWidget(self.removals_button)
        self.removals_text.hide()
        self.removals_button.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(removals_row)
        layout.addLayout(badge_row)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.explain, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language installed now: at start and on each language switch
        (the list and the explanation are redrawn from what they show)."""
        self.heading.setText(self.tr("Needs attention"))
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.explain.setAccessibleName(self.tr("What happened and what to do"))
        self.retry_button.setText(self.tr("&Retry upload"))
        self.retry_button.setAccessibleName(self.tr("Retry the upload"))
        self.dismiss_button.setText(self.tr("Accept the server's &version"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss: accept the server's version"))
        self.open_button.setText(self.tr("&Open registration"))
        self.badges.setAccessibleName(self.tr("Badges waiting to print"))
        self.badges_button.setText(self.tr("Print &waiting badges"))
        self.removals_button.setText(self.tr("&Remove them"))
        self.removals_button.setAccessibleName(
            self.tr("Remove the registrations the server no longer lists"))
        self._show_removals()
        self._show_conflicts()
        self._show_badges()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "badges_button"):
            self.retranslate()

    def refresh(self) -> None:
        self.tasks.run(self.door.conflicts, on_done=self.set_conflicts,
                       on_error=lambda e: log.warning("cannot read conflicts: %s", e),
                       lane="local", name="conflicts")
        self.tasks.run(self.door.removals_waiting, on_done=self.set_removals,
                       on_error=lambda e: log.warning("cannot read removals: %s", e),
                       lane="local", name="removals_waiting")

    def set_removals(self, count: int) -> None:
        self.removals = count
        self._show_removals()
        self._count()

    def _show_removals(self) -> None:
        """A sync never removes more than a tenth of the registrations by itself: staff
        confirm here (a second bad answer from the server once emptied the door)."""
        text = self.tr(
            "The last sync would remove %n registrations the server no longer lists. They "
            "are kept, since the server may have answered wrongly. Remove them only when the "
            "organiser confirms they are gone.", "", self.removals) if self.removals else ""
        self.removals_text.setText(text)
        self.removals_text.setVisible(bool(text))
        self.removals_button.setVisible(bool(text))

    def accept_removals(self) -> None:
        self.tasks.run(self.door.accept_removals, on_done=lambda _: self.refresh(),
                       on_error=self._failed, lane="net", name="accept_removals")

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        current = self.current()
        self.conflicts = list(conflicts)
        self._show_conflicts(current)
        self._count()

    def _show_intro(self) -> None:
        """Say what is listed, by kind: a double entry between doors is no refusal."""
        doubles = sum(c.operation == "double entry" for c in self.conflicts)
        refused = len(self.conflicts) - doubles
        if refused and doubles:
            text = self.tr("Changes the server refused, and people admitted at two doors while "
                           "the doors could not see each other. Nothing here stops the door; "
                           "settle each when you can.")
        elif doubles:
            text = self.tr("People admitted at two doors while the doors could not see each "
                           "other. Nothing here stops the door.")
        elif refused:
            text = self.tr("Changes the server refused. Nothing here stops the door; settle "
                           "each when you can.")
        else:
            text = self.tr("Nothing here stops the door.")
        self.intro.setText(text)

    def _show_conflicts(self, current: Conflict | None = None) -> None:
        self._show_intro()
        current = current or self.current()
        self.list.clear()
        for c in self.conflicts:
            who = c.attendee_name or c.registration_id or "?"
            item = QListWidgetItem(f"⚠ {who} — {self.what_happened(c)}")
            item.setData(Qt.ItemDataRole.UserRole, c.outbox_id)
            self.list.addItem(item)
        if not self.conflicts:
            self.list.addItem(self.tr("No refused changes.") if self._waiting()
                              else self.tr("Nothing needs attention."))
        row = next((i for i, c in enumerate(self.conflicts)
                    if current and c.outbox_id == current.outbox_id), 0 if self.conflicts else -1)
        self.list.setCurrentRow(row)
        self._selected(row)

    def _count(self) -> None:
        """The tab's number: every conflict and double entry listed, and every badge waiting."""
        count = len(self.conflicts) + self._waiting() + (1 if self.removals else 0)
        if count != self.count:
            self.count = count
            self.count_changed.emit(count)

    def _waiting(self) -> int:
        return self.badge_summary.waiting if self.badge_summary is not None else 0

    def set_badges(self, summary) -> None:
        self.badge_summary = summary
        self._show_badges()
        self._show_conflicts()
        self._count()

    def _show_badges(self) -> None:
        from kiosk.ui.badges import waiting_text

        summary = self.badge_summary
        text = waiting_text(summary) if summary is not None else ""
        if text and summary.failed:
            text += "\n" + self.tr("Check-ins go on. Fix the printer (paper, cable, power, the "
                                   "printer chosen in Settings → Badges), then print the waiting "
                                   "badges: they come out in the order people were admitted.")
        self.badges.setText(text)
        self.badges.setVisible(bool(text))
        self.badges_button.setVisible(bool(text))

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def what_happened(self, c: Conflict) -> str:
        if c.operation == "double entry":  # two doors admitted it while apart (issue 10)
            return self.tr("double entry: {why}").format(
                why=f"{conflict_reason(c)} {admissions_text(c)}".strip())
        op = QCoreApplication.translate("Conflict", str(ACTIONS[c.action])) if c.action in ACTIONS \
            else self.tr("check-in or undo")
        if c.http_status in (401, 403):
            return self.tr("the {op} was refused: the API key may not write").format(op=op)
        return self.tr("{op}: {why}").format(op=op, why=conflict_reason(c))

    def what_to_do(self, c: Conflict) -> str:
        if c.operation == "double entry":
            return self.tr("Nothing is lost and the server is told once. If two people came "
                           "in on one ticket, find the second one with the organiser.")
        if c.kind == rules.CONFLICT_UNDO_OVERTAKEN:
            return self.tr("Nothing to send: the organiser's change stands. Accept the "
                           "server's version to close this.")
        if c.http_status == 404:
            return self.tr("The guest was admitted here but the server no longer knows the "
                           "registration. Check with the organiser; register them as a walk-in "
                           "if they should be counted, then accept the server's version.")
        if c.http_status in (409, 422):
            return self.tr("The server's record differs (for example the registration was "
                           "cancelled after it was admitted offline). Talk to the guest or the "
                           "organiser. Accept the server's version to close this, or retry if "
                           "the organiser has fixed the record.")
        if c.http_status in (401, 403):
            return self.tr("Ask the organiser for a key with registrations:write, enter it in "
                           "Settings, then retry.")
        return self.tr("Retry the upload; if it fails again, accept the server's version and "
                       "tell the organiser.")

    def _selected(self, row: int) -> None:
        c = self.conflicts[row] if 0 <= row < len(self.conflicts) else None
        for b in (self.retry_button, self.dismiss_button, self.open_button):
            b.setEnabled(c is not None)
        if c is None:
            self.explain.setText("")
            return
        self.open_button.setEnabled(bool(c.registration_id))
        if c.operation == "double entry":  # nothing to retry or dismiss
            self.retry_button.setEnabled(False)
            self.dismiss_button.setEnabled(False)
        self.explain.setText(
            self.tr("What happened ({when}): {what}\n\nWhat you can do: {todo}").format(
                when=format_when(c.created_at), what=self.what_happened(c), todo=self.what_to_do(c)))

    def retry(self) -> None:
        c = self.current()
        if c is not None:
            self.tasks.run(lambda: self.door.retry_conflict(c.outbox_id),
                           on_done=lambda _: self.refresh(), on_error=self._failed,
                           lane="local", name="retry_conflict")

    def dismiss(self) -> None:
        c = self.current()
        if c is not None:
            self.tasks.run(lambda: self.door.dismiss_conflict(c.outbox_id),
                           on_done=lambda _: self.refresh(), on_error=self._failed,
                           lane="local", name="dismiss_conflict")

    def _open(self) -> None:
        c = self.current()
        if c is not None and c.registration_id:
            self.open_registration.emit(c.registration_id)

    def _failed(self, error: BaseException) -> None:
        self.explain.setText(str(error))
        self.refresh()
