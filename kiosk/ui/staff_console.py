"""Staff console: search as you type, a registration's details, check in / undo / admit pending.

Searches run on the local worker over the cache's full-text index; a newer query makes an
older answer stale, so answers carry a sequence number and late ones are dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.door_events import judged_against
from kiosk.models import GO_KINDS, Attendee, Status, Verdict, VerdictKind
from kiosk.rules import can_undo, judge
from kiosk.ui.console_actions import AdmitAnyway, LetOut
from kiosk.ui.door_types import Door
from kiosk.ui.fit import ButtonGrid, fit_columns
from kiosk.ui.party_count import PartAdmit
from kiosk.ui.plain import plain, plain_tooltip
from kiosk.ui.registration_details import RegistrationDetails, status_label
from kiosk.ui.tasks import Tasks
from kiosk.ui.verdict_view import format_when, headline, party_text, reason

log = logging.getLogger("kiosk.ui")

SEARCH_DELAY_MS = 150
COLUMNS = ("name", "email", "phone", "status", "party", "checked_in")


class StaffConsole(QWidget):
    """Search and act on one registration: check in, admit pending, undo, print a badge.
    It owns the search (on the ``local`` lane, late answers dropped), the results table,
    the details pane and the last action's message, which follows a language switch."""

    verdict = Signal(object)  # a check-in made here (the main window may show it)
    selected = Signal(object)  # Attendee | None: staff turned to another registration
    print_badge = Signal(str)  # registration id: staff asked for its badge (issue 12)

    def __init__(self, door: Door, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.allow_pending = door.settings.allow_pending
        self.results: list[Attendee] = []
        self.current: Attendee | None = None
        self._seq = 0
        self.searches_done = 0

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule)
        self.search.returnPressed.connect(self.run_search)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # headers readable, the name never collapsed, long e-mails elided (kiosk.ui.fit)
        self.table.setWordWrap(False)
        self.columns = fit_columns(self.table)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _: self.check_in())
        self.count = QLabel(self)

        self.details = RegistrationDetails(door, tasks, self)

        self.checkin_button = QPushButton(self)
        self.checkin_button.setObjectName("primary")
        self.checkin_button.clicked.connect(self.check_in)
        self.pending_button = QPushButton(self)
        self.pending_button.clicked.connect(self.admit_pending)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo)
        self.badge_button = QPushButton(self)
        self.badge_button.clicked.connect(self.request_badge)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self._message_text: Callable[[], str] = str  # the last action, in the current language
        # whom the message is about, and the status it describes (None: any): a message that
        # no longer applies is cleared, never left beside a different person or status
        self._message_about: tuple[str, str | None] | None = None
        self.undo_box: QMessageBox | None = None  # "Undo the check-in of …?" while it asks
        plain(self.message, self.count)

        # two to a row, or one when long translations ("Einlass zurücknehmen") do not fit
        buttons = ButtonGrid([self.checkin_button, self.badge_button, self.pending_button,
                              self.undo_button], self)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.addWidget(self.details)
        rl.addWidget(buttons)
        rl.addWidget(PartAdmit(door, tasks, self))  # "Admit 2 of 4" (issue 20)
        rl.addWidget(AdmitAnyway(door, tasks, self))  # before the doors open (issue 20)
        rl.addWidget(LetOut(door, tasks, self))  # "Let out 2 of 3 inside" (issue 20)
        rl.addWidget(self.message)
        rl.addStretch(1)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.addWidget(self.search)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        # Large text in a short window: the details scroll rather than have their wrapped
        # lines cut (a splitter gives a pane its minimum height, not its height for width)
        pane = QScrollArea(self)
        pane.setWidget(right)
        pane.setWidgetResizable(True)
        right.setAutoFillBackground(False)  # the window's background, as before
        pane.viewport().setAutoFillBackground(False)
        pane.setFrameShape(QFrame.Shape.NoFrame)
        pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([3000, 1000])  # 3:1 from the start, not from the panes' size hints
        pane.setMaximumWidth(480)  # the table needs the width more than the details do
        # A row that comes later ("Admit 2 of 4", "Let out", "Admit anyway") makes the pane
        # taller; the scroll area did not always hear of it, and squeezed the wrapped details
        # 29 px short of their text (tests/ui/test_no_clipped_text.py). Told at once here.
        self._pane = pane
        pane.viewport().installEventFilter(self)
        right.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language installed now: at start and on each language switch
        (the attract screen's, or Settings'); the results and details are redrawn too."""
        self.search.setPlaceholderText(self.tr("Search name, email or phone…"))
        self.search.setAccessibleName(self.tr("Search registrations"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Email"), self.tr("Phone"), self.tr("Status"),
            self.tr("Party"), self.tr("Checked in"),
        ])
        self.table.setAccessibleName(self.tr("Search results"))
        self.count.setAccessibleName(self.tr("Result count"))
        self.details.retranslate()
        self.checkin_button.setText(self.tr("&Check in"))
        self.checkin_button.setAccessibleName(self.tr("Check in the selected registration"))
        self.pending_button.setText(self.tr("Admit &pending"))
        self.pending_button.setAccessibleName(self.tr("Admit a pending registration"))
        self.undo_button.setText(self.tr("&Undo check-in"))
        self.undo_button.setAccessibleName(self.tr("Undo the check-in"))
        self.badge_button.setText(self.tr("Print &badge"))
        self.badge_button.setAccessibleName(
            self.tr("Print a name badge for the selected registration"))
        self.message.setAccessibleName(self.tr("Last action"))
        self.message.setText(self._message_text())
        self._undo_texts()
        self._fill_table(self.results)
        self.show_details(self.current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LayoutRequest and watched is self._pane.viewport():
            self._pane.setWidgetResizable(True)  # fits the details to their height again
        elif event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize) \
                and watched is self._pane.widget():
            self._fit_pane()
        return super().eventFilter(watched, event)

    def _fit_pane(self) -> None:
        """The details at least as tall as their wrapped lines need at the pane's width: a
        scroll area sizes its contents by their size hint, not their height for width, and
        a row shown later left the wrapped details 29 px short under load."""
        inner = self._pane.widget()
        if inner.hasHeightForWidth():
            need = inner.heightForWidth(self._pane.viewport().width())
            if need > 0 and inner.minimumHeight() != need:
                inner.setMinimumHeight(need)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_message_text"):
            self.retranslate()

    def show_message(self, text: Callable[[], str], about: str | None = None,
                     status: str | None = None) -> None:
        """The last action's outcome; ``text`` is called again after a language switch.
        It is about registration ``about`` (the one shown, by default) in ``status`` (any
        when None), and cleared once the details show another registration or status:
        "Check-in undone: … is Confirmed again" beside "Checked in", or "ADMIT: José" while
        someone else is selected, told staff something false (issue 18)."""
        if about is None and self.current is not None:
            about = self.current.id
        self._message_about = (about, status) if about is not None else None
        self._message_text = text
        self.message.setText(text())

    def clear_message(self) -> None:
        self._message_about = None
        self._message_text = str
        self.message.clear()

    def _message_applies_to(self, attendee: Attendee | None) -> bool:
        if self._message_about is None:
            return True
        rid, status = self._message_about
        return attendee is not None and attendee.id == rid and (
            status is None or attendee.effective_status == status)

    # -- search -------------------------------------------------------------------------

    def _schedule(self) -> None:
        self._timer.start()

    def run_search(self) -> None:
        self._timer.stop()
        query = self.search.text().strip()
        self._seq += 1
        seq = self._seq
        if not query:
            self._show_results(seq, [])
            return
        self.tasks.run(lambda: self.door.search(query, 100),
                       on_done=lambda rows: self._show_results(seq, rows),
                       on_error=self._failed, lane="local", name="search")

    def refresh(self) -> None:
        """Registrations changed: run the search again and reload the details."""
        if self.search.text().strip():
            self.run_search()
        if self.current is not None:
            rid = self.current.id
            self.tasks.run(lambda: self.door.attendee(rid), on_done=self._reloaded,
                           on_error=self._failed, lane="local", name="attendee")

    def _reloaded(self, attendee: Attendee | None) -> None:
        if attendee is not None and self.current is not None and attendee.id == self.current.id:
            self.show_details(attendee)

    def _show_results(self, seq: int, rows: list[Attendee]) -> None:
        if seq != self._seq:
            return  # a newer search is under way
        self._fill_table(rows)
        self.searches_done += 1

    def _fill_table(self, rows: list[Attendee]) -> None:
        selected = self.current.id if self.current else None
        self.results = list(rows)
        self.table.setRowCount(len(rows))
        for r, a in enumerate(rows):
            reg = a.registration
            cells = (reg.attendee_name, reg.attendee_email, reg.attendee_phone or "",
                     status_label(a), str(a.party_size), format_when(a.checked_in_at))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                item.setToolTip(plain_tooltip(text))
                self.table.setItem(r, c, item)
        self.count.setText(self.tr("{n} found").format(n=len(rows)) if self.search.text().strip()
                           else self.tr("Type to search"))
        for r, a in enumerate(rows):
            if a.id == selected:
                self.table.selectRow(r)
                break
        else:
            # the row highlighted before is someone else now: a single hit is selected (and
            # shown), never a stale row beside another person's details
            self.table.clearSelection()
            if len(rows) == 1:
                self.table.selectRow(0)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.results):
            self.show_details(self.results[rows[0].row()])

    # -- details and actions ------------------------------------------------------------

    def show_details(self, attendee: Attendee | None) -> None:
        before = self.current.id if self.current is not None else None
        self.current = attendee
        if not self._message_applies_to(attendee):
            self.clear_message()
        if (attendee.id if attendee is not None else None) != before:
            self.selected.emit(attendee)
        self.details.show_for(attendee)
        if attendee is None:
            for b in (self.checkin_button, self.pending_button, self.undo_button,
                      self.badge_button):
                b.setEnabled(False)
            return
        self.badge_button.setEnabled(True)
        reg = attendee.registration
        # the buttons offer what the door would do with this registration (kiosk.rules)
        event_id = judged_against(attendee, self.door.event_ids)  # its own event (issue 20)
        at_door = judge(reg.id, attendee, event_id, allow_pending=False).kind
        self.checkin_button.setEnabled(at_door is VerdictKind.ADMIT)
        self.pending_button.setVisible(at_door is VerdictKind.PENDING)
        self.pending_button.setEnabled(at_door is VerdictKind.PENDING and self.allow_pending)
        self.pending_button.setToolTip(
            "" if self.allow_pending else
            self.tr("Admitting pending registrations is switched off in Settings.")
        )
        self.undo_button.setEnabled(can_undo(attendee))

    def check_in(self) -> None:
        if self.current is None:
            return
        rid = self.current.id
        self.tasks.run(lambda: self.door.checkin_id(rid), on_done=self._checked_in,
                       on_error=self._failed, lane="door", name="checkin_id")

    def request_badge(self) -> None:
        if self.current is not None:
            self.print_badge.emit(self.current.id)
            name = self.current.registration.attendee_name
            self.show_message(lambda: self.tr("Printing the badge of {name}…").format(name=name))

    def admit_pending(self) -> None:
        if self.current is None or not self.allow_pending:
            return
        rid = self.current.id
        self.tasks.run(lambda: self.door.checkin_id(rid, allow_pending=True),
                       on_done=self._checked_in, on_error=self._failed, lane="door",
                       name="admit_pending")

    def undo(self) -> None:
        """Ask first, naming the person: a click meant for "Print badge" once undid a
        check-in unasked, and the person no longer counted as in (issue 18). The question
        does not block the door (``open``, not ``exec``); Escape and Enter keep the
        check-in."""
        if self.current is None:
            return
        rid, name = self.current.id, self.current.registration.attendee_name
        box = QMessageBox(QMessageBox.Icon.Question, "", "", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # attendee data is never markup
        box.setProperty("attendeeName", name)
        confirm = box.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is confirm:
                self.undo_now(rid)

        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _: setattr(self, "undo_box", None))
        self.undo_box = box
        self._undo_texts()
        box.open()

    def _undo_texts(self) -> None:
        """The undo question's words, in the language installed now (it may be up when the
        language changes)."""
        box = self.undo_box
        if box is None:
            return
        for button in box.buttons():
            undo = box.buttonRole(button) == QMessageBox.ButtonRole.DestructiveRole
            button.setText(self.tr("Undo check-in") if undo else self.tr("Keep checked in"))
        box.setWindowTitle(self.tr("Undo check-in"))
        box.setText(self.tr(
            "Undo the check-in of {name}? They will no longer count as checked in."
        ).format(name=box.property("attendeeName")))

    def undo_now(self, rid: str) -> None:
        """Undo the check-in of ``rid`` without asking (staff confirmed it)."""
        self.tasks.run(lambda: self.door.undo(rid), on_done=self._undone,
                       on_error=self._failed, lane="door", name="undo")

    def _checked_in(self, verdict: Verdict) -> None:
        def text() -> str:
            if verdict.kind in GO_KINDS:  # in, back in, the rest of a party, or out
                return f"{headline(verdict)}: {verdict.attendee_name} — {party_text(verdict)}"
            if verdict.kind is VerdictKind.NOT_OPEN:  # "Doors open at 18:30.", translated
                return f"{headline(verdict)}: {reason(verdict)}"
            return f"{headline(verdict)}: {verdict.message}"

        self.show_message(text, verdict.registration_id or None,
                          Status.ATTENDED if verdict.admitted else None)
        self.verdict.emit(verdict)
        self.refresh()

    def _undone(self, attendee: Attendee) -> None:
        self.show_details(attendee)
        self.show_message(lambda: self.tr("Check-in undone: {name} is {status} again").format(
            name=attendee.registration.attendee_name, status=status_label(attendee)),
            attendee.id, attendee.effective_status)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        log.info("staff action failed: %s", error)
        self.show_message(lambda: str(error))

    def set_allow_pending(self, allow: bool) -> None:
        self.allow_pending = allow
        self.show_details(self.current)
