"""Walk-in registration: a short form, validated by the door's rules, checked in in one step.
At a door of several events staff choose the event (the first by default); the places left
shown, and the capacity the door checks, are that event's."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.door import CapacityError
from kiosk.models import EventCounts
from kiosk.rules import MAX_GUESTS, WalkIn, WalkInInvalid
from kiosk.ui.door_types import Door
from kiosk.ui.plain import plain
from kiosk.ui.tasks import Tasks
from kiosk.ui.verdict_view import party_text

log = logging.getLogger("kiosk.ui")


MAX_FORM_WIDTH = 640


class WalkInForm(QWidget):
    """A short form for someone not registered: name, email, phone, guests, notes, and
    "check in now". The door's rules validate it (the field at fault gets focus) and the
    registration and check-in run in one step on the ``door`` lane."""

    registered = Signal(object, object)  # Attendee, Verdict | None

    def __init__(self, door: Door, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.event_choice = QComboBox(self)  # the door's events, from the status report (set_events)
        self.event_choice.currentIndexChanged.connect(self._show_places)
        self._events: tuple[EventCounts, ...] = ()
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.guests = QSpinBox(self)
        self.guests.setRange(0, MAX_GUESTS)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.check_in = QCheckBox(self)
        self.check_in.setChecked(True)
        self.places = QLabel(self)
        self._places_left: int | None = None
        self._result_text: Callable[[], str] = str  # the last result, in the current language
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        plain(self.places, self.error, self.result)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("primary")
        self.submit_button.clicked.connect(self.submit)
        self.fields = {
            "event": self.event_choice, "attendee_name": self.name, "attendee_email": self.email,
            "attendee_phone": self.phone, "guest_count": self.guests, "notes": self.notes,
        }
        self.form = form = QFormLayout()
        for widget in self.fields.values():
            label = QLabel(self)  # its text is set by retranslate()
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.setRowVisible(self.event_choice, False)  # shown at a door of several events
        self.name.returnPressed.connect(self.submit)
        # the last result is about the last walk-in: it goes once staff start on the next
        self.name.textEdited.connect(self._next_walk_in)
        self.email.returnPressed.connect(self.submit)
        self.phone.returnPressed.connect(self.submit)
        # a form column of readable width, not fields stretched across a wide screen
        column = QWidget(self)
        column.setMaximumWidth(MAX_FORM_WIDTH)
        outer = QHBoxLayout(self)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.check_in)
        layout.addWidget(self.places)
        layout.addWidget(self.error)
        layout.addWidget(self.submit_button)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every fixed text in the language installed now (called at start and on each
        language switch, the way Qt Designer's ``retranslateUi`` does)."""
        self.heading.setText(self.tr("Register a walk-in"))
        self.check_in.setText(self.tr("Check in now"))
        self.places.setAccessibleName(self.tr("Places left"))
        self.error.setAccessibleName(self.tr("Form error"))
        self.result.setAccessibleName(self.tr("Registration result"))
        self.submit_button.setText(self.tr("&Register"))
        for widget, label, accessible in (
            (self.event_choice, self.tr("E&vent"), self.tr("Event to register for")),
            (self.name, self.tr("&Name"), self.tr("Attendee name")),
            (self.email, self.tr("&Email"), self.tr("Attendee email")),
            (self.phone, self.tr("&Phone (optional)"), self.tr("Attendee phone")),
            (self.guests, self.tr("&Guests"), self.tr("Number of guests")),
            (self.notes, self.tr("N&otes"), self.tr("Notes for staff")),
        ):
            widget.setAccessibleName(accessible)
            field_label = self.form.labelForField(widget)
            if isinstance(field_label, QLabel):
                field_label.setText(label)
        self.set_places_left(self._places_left)
        self.result.setText(self._result_text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "form"):
            self.retranslate()

    def set_places_left(self, left: int | None) -> None:
        self._places_left = left
        self.places.setText("" if left is None else self.tr("%n places left", "", left))

    def set_events(self, events: Sequence[EventCounts]) -> None:
        """The door's events and their places left (the status report's ``events``): the
        event choice appears at a door of several, and keeps the event staff chose."""
        chosen = self.event_id()
        self._events = tuple(events)
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        for one in self._events:
            self.event_choice.addItem(one.title or one.event_id, one.event_id)
        index = self.event_choice.findData(chosen) if chosen is not None else -1
        self.event_choice.setCurrentIndex(max(index, 0))
        self.event_choice.blockSignals(False)
        self.form.setRowVisible(self.event_choice, len(self._events) > 1)
        self._show_places()

    def event_id(self) -> str | None:
        """The event chosen; None: the door's first (a door of one event, or not known yet)."""
        data = self.event_choice.currentData()
        return data if isinstance(data, str) else None

    def _show_places(self) -> None:
        index = self.event_choice.currentIndex()
        if 0 <= index < len(self._events):
            self.set_places_left(self._events[index].places_left)

    def submit(self) -> None:
        walk_in = WalkIn(
            attendee_name=self.name.text(),
            attendee_email=self.email.text(),
            attendee_phone=self.phone.text() or None,
            guest_count=self.guests.value(),
            notes=self.notes.toPlainText() or None,
        )
        check_in = self.check_in.isChecked()
        event_id = self.event_id()
        self.submit_button.setEnabled(False)
        self.error.clear()
        self.tasks.run(lambda: self.door.register(walk_in, check_in=check_in, event_id=event_id),
                       on_done=self._done, on_error=self._failed, lane="door", name="walk_in")

    def _done(self, result: tuple) -> None:
        attendee, verdict = result
        self.submit_button.setEnabled(True)
        name = attendee.registration.attendee_name
        if verdict is not None:
            self._result_text = lambda: self.tr("Registered and checked in: {name}. {party}"
                                                ).format(name=name, party=party_text(verdict))
        else:
            self._result_text = lambda: self.tr("Registered: {name}").format(name=name)
        self.result.setText(self._result_text())
        for widget in (self.name, self.email, self.phone):
            widget.clear()
        self.notes.clear()
        self.guests.setValue(0)
        self.name.setFocus()
        self.registered.emit(attendee, verdict)

    def _next_walk_in(self) -> None:
        if self.result.text():
            self._result_text = str
            self.result.clear()

    def _failed(self, error: BaseException) -> None:
        self.submit_button.setEnabled(True)
        self._result_text = str
        self.result.clear()
        if isinstance(error, WalkInInvalid):
            self.error.setText(str(error))
            widget = self.fields.get(error.field)
            if widget is not None:
                widget.setFocus()
        elif isinstance(error, CapacityError):
            self.error.setText(self.tr("Event full: {why}").format(why=error))
        else:
            log.warning("walk-in failed: %s", error)
            self.error.setText(str(error))
