"""First run: the API URL and key, the event, and a first sync that can be cancelled.

The key goes to the operating system's keyring (:mod:`kiosk.secrets`) and is never shown
again in full: later screens show it masked (``wk_live_…9f3a``). Every network call runs on
the ``net`` worker, and the keyring, the settings file and opening the door's database run
on the ``system`` worker; the wizard only reacts to the answers. Sync progress reaches it
the way it reaches the main window: the door's events through a :class:`DoorBridge`.

Without a keyring (Linux without Secret Service) the first page says so before anything else
and offers the fallbacks: the key from ``KIOSK_API_KEY`` (not stored), or a file encrypted
with a staff passphrase that :func:`unlock_key_file` asks for when the app starts.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kiosk.contract import PRODUCTION_URL
from kiosk.event_times import times_of, wall_clock
from kiosk.logs import mask
from kiosk.models import Event
from kiosk.settings import Settings
from kiosk.settings import save as save_settings
from kiosk.ui.bridge import DoorBridge
from kiosk.ui.door_types import Door, DoorFactory, open_door
from kiosk.ui.i18n import add_row, set_row_label
from kiosk.ui.join_page import JoinPage
from kiosk.ui.plain import plain, plain_tooltip
from kiosk.ui.tasks import Task, Tasks

log = logging.getLogger("kiosk.ui")


def event_line(event: Event) -> str:
    parts = [event.title]
    when = " ".join(p for p in (event.start_date, event.start_time) if p)
    if when:
        parts.append(when)
    if event.location:
        parts.append(event.location)
    if event.registration_count is not None:
        count = (f"{event.registration_count}/{event.slots}" if event.slots
                 else str(event.registration_count))
        parts.append(QCoreApplication.translate("SetupWizard", "{n} registered").format(n=count))
    return " — ".join(parts)


def next_event_row(events: list[Event], now: datetime) -> int:
    """The row of the event to offer first: the earliest that has not ended (an event under
    way still needs its door), else the one that ended last; -1 for no events. The server's
    order is by start, so its first row can be one that ended this morning. Without an end
    time an event lasts until its day ends."""
    def ends(event: Event) -> datetime | None:
        times = times_of(event, now)
        return times.end if times is not None else None

    timed = [(ends(e), wall_clock(e, e.start_time, now), i) for i, e in enumerate(events)]
    open_ = [(start, i) for end, start, i in timed if end is not None and end >= now
             and start is not None]
    if open_:
        return min(open_)[1]
    ended = [(end, i) for end, _start, i in timed if end is not None]
    return max(ended)[1] if ended else (0 if events else -1)


class ConnectionPage(QWizardPage):
    """The server and the key: where the key will be kept (keyring, or a file encrypted with
    a staff passphrase when there is none), checked by listing the events on the ``net`` lane
    before Next goes on."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.url = QLineEdit(wizard.settings.api_url or PRODUCTION_URL, self)
        self.key = QLineEdit(self)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.scheme = QComboBox(self)
        self.scheme.addItem("", "bearer")  # named by retranslate()
        self.scheme.addItem("X-API-Key", "x-api-key")
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(wizard.settings.auth_scheme)))
        self.keyring_note = QLabel(self)
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit(self)
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        plain(self.error)
        self.checking = False
        self.checked = False
        self.next_when_known = False
        # The note and the error sit in a box layout around the form, not in spanning form
        # rows: a form row gave the wrapped German note two lines' height for three (cut
        # off top and bottom). The error line keeps its room when empty, so the fields do
        # not jump when an error comes or goes.
        page = QVBoxLayout(self)
        page.addWidget(self.keyring_note)
        form = QFormLayout()
        for field in (self.url, self.key, self.scheme, self.passphrase, self.passphrase_again):
            add_row(form, field)
        page.addLayout(form)
        page.addWidget(self.error)
        page.addStretch(1)
        self.join_button = QPushButton(self)  # issue 21: no key to type, a door invites
        self.join_button.setAutoDefault(False)
        self.join_button.clicked.connect(wizard.join_nearby)
        page.addWidget(self.join_button)
        self.url.textChanged.connect(self._edited)
        self.key.textChanged.connect(self._edited)
        self.form = form
        for field in (self.passphrase, self.passphrase_again):
            field.textChanged.connect(self._edited)
        self.key.textChanged.connect(
            lambda _: [form.setRowVisible(f, self.needs_passphrase())
                       for f in (self.passphrase, self.passphrase_again)])
        self.retranslate()
        self._keep_room_for_error()
        self._show_keyring_state(form)

    def _show_keyring_state(self, form: QFormLayout) -> None:
        """Say before anything is typed where the key will be kept, and ask for a passphrase
        when it is to go into the encrypted file. Called again when the keyring probe
        (on the ``system`` lane, see :class:`SetupWizard`) answers."""
        if self.w.has_keyring:
            self.keyring_note.hide()
        self._keyring_words()
        for field in (self.passphrase, self.passphrase_again):
            form.setRowVisible(field, self.needs_passphrase())

    def _keyring_words(self) -> None:
        """The subtitle and the note for what is known of the keyring so far."""
        from kiosk.secrets import MIN_PASSPHRASE

        w = self.w
        if w.has_keyring is False:
            self.setSubTitle(self.tr("This computer has no system keyring."))
        else:
            self.setSubTitle(self.tr("The API key is stored in this computer's keyring, never in a file."))
        if w.has_keyring is None:  # the probe has not answered yet
            self.keyring_note.setText(self.tr("Looking for this computer's keyring…"))
        elif w.has_keyring is False:
            self.keyring_note.setText(self.tr(
                "No system keyring: the key from KIOSK_API_KEY is used and not stored. "
                "Start the kiosk with it set each time, or type a key here to keep it "
                "in a file encrypted with a staff passphrase.") if w.key_from_env else self.tr(
                "No system keyring: the key will be kept in a file encrypted with a staff "
                "passphrase (at least {n} characters), asked each time the kiosk starts. "
                "Or start the kiosk with the key in KIOSK_API_KEY.").format(n=MIN_PASSPHRASE))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if not hasattr(self, "checked"):
            return
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._keep_room_for_error()

    def _keep_room_for_error(self) -> None:
        """Two lines for the error, shown or not (large text makes the lines taller)."""
        self.error.ensurePolished()
        self.error.setMinimumHeight(2 * self.error.fontMetrics().lineSpacing())

    def retranslate(self) -> None:
        """Every text in the language installed now: at start, and on each LanguageChange."""
        self.setTitle(self.tr("Connect to WebKasa"))
        self._keyring_words()
        self.url.setAccessibleName(self.tr("API URL"))
        self.key.setAccessibleName(self.tr("API key"))
        self.key.setPlaceholderText(self.tr("Saved key {masked} (leave empty to keep it)")
                                    .format(masked=mask(self.w.api_key)) if self.w.api_key
                                    else "wk_live_…")
        self.scheme.setAccessibleName(self.tr("How the key is sent"))
        self.scheme.setItemText(0, self.tr("Authorization: Bearer"))
        self.passphrase.setAccessibleName(self.tr("Staff passphrase"))
        self.passphrase_again.setAccessibleName(self.tr("Staff passphrase again"))
        for field, label in ((self.url, self.tr("API &URL")), (self.key, self.tr("API &key")),
                             (self.scheme, self.tr("Key &sent as")),
                             (self.passphrase, self.tr("Staff &passphrase")),
                             (self.passphrase_again, self.tr("Passphrase &again"))):
            set_row_label(self, field, label)
        self.join_button.setText(self.tr("Join a door nearby…"))

    def nextId(self) -> int:  # noqa: N802 (Qt name)
        return self.w.join_id if self.w.joining else super().nextId()

    def needs_passphrase(self) -> bool:
        """No keyring, and a key to store (one typed here, not only the environment's)."""
        return self.w.has_keyring is False and (bool(self.key.text().strip())
                                                or not self.w.key_from_env)

    def _edited(self) -> None:
        self.checked = False
        self.next_when_known = False  # still typing: Next is pressed again when done
        self.error.clear()

    def entered_key(self) -> str | None:
        return self.key.text().strip() or self.w.api_key

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        if self.checked or self.w.joining:
            return True
        if self.checking:
            return False
        if self.w.has_keyring is None:  # the probe has not answered: where the key goes is open
            self.error.setText(self.tr("Looking for this computer's keyring…"))
            self.next_when_known = True  # go on by itself when it answers
            return False
        key = self.entered_key()
        url = self.url.text().strip().rstrip("/")
        if not url.startswith(("https://", "http://")):
            self.error.setText(self.tr("The URL must start with https://"))
            return False
        if not key:
            self.error.setText(self.tr("Enter the API key from your WebKasa dashboard."))
            return False
        if self.needs_passphrase():
            from kiosk.secrets import MIN_PASSPHRASE

            if len(self.passphrase.text()) < MIN_PASSPHRASE:
                self.error.setText(self.tr("Choose a staff passphrase of at least {n} "
                                           "characters.").format(n=MIN_PASSPHRASE))
                return False
            if self.passphrase.text() != self.passphrase_again.text():
                self.error.setText(self.tr("The two passphrases differ."))
                return False
        self.checking = True
        self.error.setText(self.tr("Connecting…"))
        scheme = self.scheme.currentData()
        self.w.tasks.run(lambda: self.w.list_events(url, key, scheme), lane="net",
                         on_done=self._listed, on_error=self._failed, name="list_events")
        return False

    def _listed(self, events: list[Event]) -> None:
        self.checking = False
        self.checked = True
        self.error.clear()
        self.w.events = events
        self.w.next()

    def _failed(self, error: BaseException) -> None:
        self.checking = False
        from kiosk.api import AuthError, TransportError

        if isinstance(error, AuthError):
            text = self.tr("The key was refused. Check it and its scopes (events:read, "
                           "registrations:read, registrations:write).")
        elif isinstance(error, TransportError):
            text = self.tr("Cannot reach the server: {why}").format(why=error)
        else:
            text = self.tr("The server answered with an error: {why}").format(why=error)
        self.error.setText(text)


class EventPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.list = QListWidget(self)
        # long titles and places wrap instead of scrolling sideways; the tooltip has it all
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(lambda _: self.completeChanged.emit())
        self.list.itemActivated.connect(lambda _: wizard.next())
        self.hint = QLabel(self)  # several events at one door (issue 20)
        self.hint.setWordWrap(True)
        plain(self.hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the event"))
        self.setSubTitle(self.tr("Upcoming events, with how many are registered."))
        self.hint.setText(self.tr("Select the door's event; tick any more events this door "
                                  "also admits to (a conference and its workshops)."))
        self.list.setAccessibleName(self.tr("Events"))
        if self.list.count():  # shown: redraw the lines ("n registered"), keep the choice
            row, also = self.list.currentRow(), self.also_chosen()
            self.initializePage()
            self.list.setCurrentRow(row)
            self.tick([e.id for e in also])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "list"):
            self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        self.list.clear()
        also = set(self.w.settings.event_ids)
        for event in self.w.events:
            item = QListWidgetItem(event_line(event))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            item.setToolTip(plain_tooltip(event_line(event)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if event.id in also
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not self.w.events:
            self.list.addItem(self.tr("No upcoming events for this key."))
        current = self.w.settings.event_id
        ids = [e.id for e in self.w.events]
        self.list.setCurrentRow(ids.index(current) if current in ids
                                else next_event_row(self.w.events, self.w.now()))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        item = self.list.currentItem()
        if item is not None:  # chosen before the list was shown: it may be further down
            self.list.scrollToItem(item)

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return 0 <= self.list.currentRow() < len(self.w.events)

    def chosen(self) -> Event:
        """The door's event (the selected row): its doors' network and journal."""
        return self.w.events[self.list.currentRow()]

    def also_chosen(self) -> list[Event]:
        """The other events ticked: this door admits to them too (issue 20)."""
        primary = self.list.currentRow()
        return [event for row, event in enumerate(self.w.events)
                if row != primary and row < self.list.count()
                and self.list.item(row).checkState() == Qt.CheckState.Checked]

    def tick(self, event_ids: list[str]) -> None:
        for row, event in enumerate(self.w.events[:self.list.count()]):
            self.list.item(row).setCheckState(Qt.CheckState.Checked if event.id in event_ids
                                              else Qt.CheckState.Unchecked)


class SyncPage(QWizardPage):
    """The first sync, on the ``net`` lane, with its progress and a Stop button: the door
    works offline once it is done, and the app finishes a stopped one in the background."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.bar = QProgressBar(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        plain(self.label)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.bridge: DoorBridge | None = None
        self.task: Task | None = None
        self.finished = False
        self.outcome = ""  # done | cancelled | failed
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("First sync"))
        self.setSubTitle(self.tr("Copying the registrations to this computer, so the door "
                                 "works without a network."))
        self.bar.setAccessibleName(self.tr("Sync progress"))
        self.cancel_button.setText(self.tr("&Stop syncing"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "outcome"):
            self.retranslate()

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        self.finished = False
        self.outcome = ""
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Connecting…"))
        self.cancel_button.setEnabled(True)
        self.task = self.w.commit(on_done=self._committed, on_error=self._not_committed)

    def _not_committed(self, error: BaseException) -> None:
        self._done_with("failed", self.tr("Could not save the settings: {why}").format(why=error))

    def _committed(self, door: Door) -> None:
        if self.task is not None and self.task.cancelled:
            self._done_with("cancelled", self.tr("Sync stopped. The app finishes it in the "
                                                 "background once it is open."))
            return
        if self.bridge is not None:
            self.bridge.detach()
        self.bridge = DoorBridge(door.events, self)  # the one progress path (as the app's)
        self.bridge.sync_progress.connect(self._progress)

        def work(task: Task) -> Any:
            return door.pull(cancelled=lambda: task.cancelled)

        self.task = self.w.tasks.run(work, pass_task=True, lane="net", name="first_sync",
                                     on_done=self._synced, on_error=self._sync_failed)

    def _progress(self, done: int, total: Any) -> None:
        if total:
            self.bar.setRange(0, int(total))
            self.bar.setValue(min(done, int(total)))
            self.label.setText(self.tr("{done} of %n registrations", "", int(total))
                               .format(done=done))
        else:
            self.label.setText(self.tr("%n registrations", "", done))

    def cancel(self) -> None:
        if self.task is not None and not self.finished:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Stopping…"))

    def _synced(self, result: Any) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._done_with("done", self.tr("%n registrations ready. The door works offline from "
                                        "now on.", "", int(getattr(result, "stored", 0) or 0)))

    def _sync_failed(self, error: BaseException) -> None:
        from kiosk.sync import SyncCancelled

        if isinstance(error, SyncCancelled) or (self.task is not None and self.task.cancelled):
            self._done_with("cancelled", self.tr("Sync stopped. The app finishes it in the "
                                                 "background once it is open."))
        else:
            self._done_with("failed", self.tr("Sync failed: {why}. The app retries in the "
                                              "background.").format(why=error))

    def _done_with(self, outcome: str, text: str) -> None:
        if self.bridge is not None:
            self.bridge.detach()
            self.bridge = None
        self.finished = True
        self.outcome = outcome
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)
        self.label.setText(text)
        self.cancel_button.setEnabled(False)
        self.completeChanged.emit()
        finish = self.w.button(QWizard.WizardButton.FinishButton)
        if self.isComplete() and finish.isEnabled():
            finish.setFocus()  # not left on Cancel, where the disabled Stop button sent it

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.finished and self.w.door is not None

    def nextId(self) -> int:  # noqa: N802 (Qt name)
        return -1  # the join page comes after it in order, not after it in the setup


class SetupWizard(QWizard):
    """The first run: connection, event, first sync. It owns the pages, its own worker
    lanes (unless given some), the keyring probe, and the door it opens; results after
    ``exec()``: :attr:`settings`, :attr:`api_key`, :attr:`door`."""

    keyring_known = Signal(bool)  # the keyring probe answered (tests, accessibility tools)

    def __init__(
        self,
        data_dir: Path,
        settings: Settings | None = None,
        *,
        api_key: str | None = None,
        door_factory: DoorFactory = open_door,
        tasks: Tasks | None = None,
        transport: Any = None,
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.now = now or (lambda: datetime.now(timezone.utc))  # which event comes next
        self.retranslate()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.data_dir = Path(data_dir)
        self.settings = settings or Settings()
        self.api_key = api_key
        # asked on the system lane below (a keyring backend may take seconds to answer);
        # None until then, and the first page says it is looking
        self.has_keyring: bool | None = None
        self.key_from_env = bool(api_key) and api_key == os.environ.get("KIOSK_API_KEY")
        self.transport = transport
        self.events: list[Event] = []
        self.door: Door | None = None
        self._unclaimed: Door | None = None  # opened by a commit whose answer was dropped
        self._own_tasks = tasks is None
        self.tasks = tasks or Tasks(parent=self)
        self.door_factory = door_factory
        self.joining = False  # "Join a door nearby" chosen on the first page (issue 21)
        self.join_id = -1
        self.connection = ConnectionPage(self)
        self.event_page = EventPage(self)
        self.sync_page = SyncPage(self)
        self.join_page = JoinPage(self)
        for page in (self.connection, self.event_page, self.sync_page, self.join_page):
            page_id = self.addPage(page)
            page.installEventFilter(self)  # its layout asks for room: fit_page()
        self.join_id = page_id
        self._fit_asked = False
        self.currentIdChanged.connect(lambda _: self._ask_fit())
        from kiosk import secrets

        self.tasks.run(secrets.keyring_usable, lane="system", name="keyring_probe",
                       on_done=self._keyring_answered,
                       on_error=lambda _: self._keyring_answered(False))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        # Enter goes forward (Next, or Finish on the last page) wherever the focus is: the
        # other buttons are pressed with the mouse or Space. After the first sync the Stop
        # button is disabled and the focus fell to Cancel, so Enter ended the setup.
        self.sync_page.cancel_button.setAutoDefault(False)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            button = self.button(which)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.leave_box: QMessageBox | None = None  # "Leave the setup?", while it is asked
        self.resize(720, 480)

    def _keyring_answered(self, usable: bool) -> None:
        self.has_keyring = bool(usable)
        page = self.connection
        page._show_keyring_state(page.form)
        self.keyring_known.emit(self.has_keyring)
        if page.next_when_known and self.currentPage() is page:
            page.next_when_known = False
            page.error.clear()
            self.next()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the check-in kiosk"))

    def join_nearby(self) -> None:
        """The first page's "Join a door nearby": on to the join page."""
        self.joining = True
        self.next()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)  # the pages follow: Qt sends them LanguageChange too
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def list_events(self, url: str, key: str, scheme: str) -> list[Event]:
        """Worker thread: the upcoming events with their counts."""
        from kiosk.api import client_for

        chosen = self.settings.with_(api_url=url, auth_scheme=scheme)
        with client_for(chosen, key, transport=self.transport) as client:
            return client.list_events(upcoming=True, include_counts=True)

    def commit(self, on_done: Callable[[Door], None],
               on_error: Callable[[BaseException], None]) -> Task:
        """Store the key in the keyring, save the settings and open the door, on the
        ``system`` worker (a keyring may take seconds to answer); ``on_done(door)`` follows
        on the GUI thread. The page's choices are read here, on the GUI thread."""
        key = self.connection.entered_key()
        url = self.connection.url.text().strip().rstrip("/")
        event = self.event_page.chosen()
        settings = self.settings.with_(
            api_url=url, auth_scheme=self.connection.scheme.currentData(), event_id=event.id,
            event_ids=tuple(e.id for e in self.event_page.also_chosen()))
        old, self.door = self.door, None
        data_dir, factory = self.data_dir, self.door_factory
        has_keyring = self.has_keyring
        passphrase = (self.connection.passphrase.text()
                      if not has_keyring and self.connection.needs_passphrase() else None)

        def work() -> Door:
            from kiosk import keys

            if key and key != keys.resolve(data_dir, url):
                if has_keyring or passphrase is not None:
                    keys.store(data_dir, url, key, lambda: passphrase)
                # else: the environment's key, used for this run and stored nowhere
            save_settings(settings, data_dir)
            if old is not None:
                old.close()
            self._unclaimed = factory(data_dir, settings, key)
            return self._unclaimed

        def opened(door: Door) -> None:
            self._unclaimed = None
            self.settings, self.api_key, self.door = settings, key, door
            log.info("setup: event %s on %s, key %s", event.id, url, mask(key or ""))
            on_done(door)

        return self.tasks.run(work, on_done=opened, on_error=on_error, lane="system",
                              name="setup_commit")

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: asked first, saying what is kept."""
        if not self.isVisible():
            self._leave()
            return
        if self.leave_box is not None:  # already asked
            return
        if self.door is None and (self.currentPage() is not self.sync_page
                                  or self.sync_page.outcome == "failed"):
            text = self.tr("Nothing is saved: the setup starts again next time the app opens.")
        else:
            text = self.tr("The key and the event are saved: the app opens with them next "
                           "time and finishes the first sync then.")
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(),
                          self.tr("Leave the setup?"), parent=self)
        box.setInformativeText(text)
        leave = box.addButton(self.tr("&Leave the setup"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Continue the setup"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)

        def answered() -> None:
            self.leave_box = None
            if box.clickedButton() is leave:
                self._leave()

        box.finished.connect(answered)
        self.leave_box = box
        box.open()

    def _leave(self) -> None:
        if self.sync_page.task is not None and not self.sync_page.finished:
            self.sync_page.task.cancel()
        super().reject()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LayoutRequest:
            self._ask_fit()
        return super().eventFilter(watched, event)

    def _ask_fit(self) -> None:
        if not self._fit_asked:  # once per turn of the event loop, after the layouts ran
            self._fit_asked = True
            QTimer.singleShot(0, self, self.fit_page)

    def fit_page(self) -> None:
        """Grow the wizard (never shrink it, never past the screen) until the page's wrapped
        texts have the height they need. A fixed size cut off the German keyring note, and
        with large text squeezed every row of the first page into each other."""
        self._fit_asked = False
        page = self.currentPage()
        layout = page.layout() if page is not None else None
        if layout is None or not self.isVisible():
            return
        width = page.width()
        need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                else layout.totalMinimumSize().height())
        short = need - page.height()
        if short <= 0:
            return
        frame = self.frameGeometry().height() - self.height()
        room = self.screen().availableGeometry().height() - frame
        height = min(self.height() + short, room)
        if height > self.height():
            self.resize(self.width(), height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._ask_fit()

    def done(self, result: int) -> None:
        if self._own_tasks:
            self.tasks.shutdown(wait=True)
            if self._unclaimed is not None:  # closed before the commit's answer arrived
                self._unclaimed.close()
                self._unclaimed = None
        super().done(result)


class PassphraseDialog(QDialog):
    """Asks the staff passphrase that opens the key file (no keyring on this computer)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = QLabel(self)
        self.prompt.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.prompt, self.field, self.error, buttons):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock the API key"))
        self.prompt.setText(self.tr("This computer has no system keyring: the API key is in "
                                    "a file encrypted with the staff passphrase."))
        self.field.setAccessibleName(self.tr("Staff passphrase"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "error"):
            self.retranslate()


def unlock_key_file(data_dir: Path, api_url: str, parent: QWidget | None = None, *,
                    tries: int = 3, dialog: PassphraseDialog | None = None) -> str | None:
    """At start without a keyring: the key from the encrypted file (:func:`kiosk.keys.unlock`),
    with the passphrase from ``KIOSK_KEY_PASSPHRASE`` or asked in a dialog. None when there is
    no such file or staff cancel (the setup then asks for a key); every wrong passphrase is
    logged."""
    from kiosk import keys, secrets

    shown: list[PassphraseDialog] = [dialog] if dialog is not None else []
    asked = False

    def ask_staff() -> str | None:
        nonlocal asked
        if not shown:  # made only when the environment's passphrase did not open the file
            shown.append(PassphraseDialog(parent))
        dialog = shown[0]
        if asked:  # asked again only after a wrong one
            dialog.error.setText(dialog.tr("Wrong passphrase. Try again."))
        asked = True
        dialog.field.clear()
        return dialog.field.text() if dialog.exec() else None

    try:
        return keys.unlock(data_dir, api_url, ask_staff, tries=tries)
    except secrets.WrongPassphrase:
        return None
    except secrets.KeyFileDamaged as exc:  # the setup then asks for the key again
        log.error("%s", exc)
        return None
