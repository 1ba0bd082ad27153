"""The staff console's details pane: one registration's name, status, party, contact, notes,
when and where it was checked in, its upload state, badge history and id.

It only shows; the console decides what can be done with the registration. Attendee data is
plain text (never markup) and long names, e-mails and phones are elided with the full text as
tooltip, so attendee data never widens the pane."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from kiosk.models import Attendee, Status
from kiosk.ui.badges import BadgeHistory
from kiosk.ui.door_types import Door
from kiosk.ui.fit import ElidedLabel
from kiosk.ui.plain import plain
from kiosk.ui.tasks import Tasks
from kiosk.ui.verdict_view import format_when, party_words

STATUS_TEXT = {
    Status.CONFIRMED: QT_TRANSLATE_NOOP("Status", "Confirmed"),
    Status.PENDING: QT_TRANSLATE_NOOP("Status", "Pending"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("Status", "Cancelled"),
    Status.ATTENDED: QT_TRANSLATE_NOOP("Status", "Checked in"),
}


def status_label(attendee: Attendee) -> str:
    """The status in the UI's language (the server's word for an unknown one), with marks
    for "waiting to upload", "conflict" and "walk-in"."""
    status = attendee.effective_status
    text = QCoreApplication.translate("Status", STATUS_TEXT[status]) if status in STATUS_TEXT \
        else status
    extra = []
    if attendee.awaiting_upload:
        extra.append("↑")
    if attendee.conflict:
        extra.append("⚠")
    if attendee.local_only:
        extra.append(QCoreApplication.translate("Status", "walk-in"))
    return text + (" " + " ".join(extra) if extra else "")


class RegistrationDetails(QGroupBox):
    """"Registration": the selected person's details, one labelled row each; the name heads
    the pane across its whole width. ``show_for(None)`` says "Nothing selected"."""

    def __init__(self, door: Door, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Attendee | None = None
        self.form = form = QFormLayout(self)
        self.d_name = ElidedLabel(self, Qt.TextElideMode.ElideRight)
        self.d_name.setObjectName("heading")
        form.addRow(self.d_name)
        self.d_status = QLabel(self)
        self.d_status.setObjectName("statusBadge")
        self.d_party = QLabel(self)
        self.d_party.setWordWrap(True)
        self.d_email = ElidedLabel(self)
        self.d_phone = ElidedLabel(self, Qt.TextElideMode.ElideRight)
        self.d_notes = QLabel(self)
        self.d_notes.setWordWrap(True)
        self.d_checked = QLabel(self)
        self.d_checked.setWordWrap(True)  # "… on <door name>": the door's name can be long
        self.d_sync = QLabel(self)
        self.d_sync.setWordWrap(True)
        self.d_badge = BadgeHistory(door, tasks, self)  # every door's (issue 21)
        self.d_id = QLabel(self)
        self.d_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = (self.d_name, self.d_status, self.d_party, self.d_email, self.d_phone,
                       self.d_notes, self.d_checked, self.d_sync, self.d_badge, self.d_id)
        for label in self.labels[1:]:  # the name heads the pane, without a title
            plain(label)
            form.addRow(QLabel(self), label)  # row titles: retranslate()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Registration"))
        titles = (self.tr("Name"), self.tr("Status"), self.tr("Party"), self.tr("Email"),
                  self.tr("Phone"), self.tr("Notes"), self.tr("Checked in"), self.tr("Upload"),
                  self.tr("Badge"), self.tr("Id"))
        for title, label in zip(titles, self.labels):
            label.setAccessibleName(title)
            if label is not self.d_name:  # the name heads the pane, without a row title
                self.form.labelForField(label).setText(title)
        self.show_for(self.current)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels"):
            self.retranslate()

    def show_for(self, attendee: Attendee | None) -> None:
        self.current = attendee
        self.d_badge.show_for(attendee.id if attendee is not None else None)
        self.setEnabled(attendee is not None)
        if attendee is None:
            for label in self.labels:
                label.setText("")
            self.d_name.setText(self.tr("Nothing selected"))
            return
        reg = attendee.registration
        status = attendee.effective_status
        self.d_name.setText(reg.attendee_name)
        self.d_status.setText(status_label(attendee))
        self.d_status.setProperty("status", status)
        self.d_status.style().unpolish(self.d_status)
        self.d_status.style().polish(self.d_status)
        self.d_party.setText(party_words(reg.guest_count, admitted=False))
        self.d_email.setText(reg.attendee_email)
        self.d_phone.setText(reg.attendee_phone or "—")
        self.d_notes.setText(reg.notes or "—")
        if attendee.checked_in_at:
            self.d_checked.setText(self.tr("{when} on {device}").format(
                when=format_when(attendee.checked_in_at), device=attendee.checked_in_device or "?"))
        else:
            self.d_checked.setText("—")
        if attendee.conflict:
            self.d_sync.setText(self.tr("Conflict: {why}").format(why=attendee.conflict))
        elif attendee.awaiting_upload:
            self.d_sync.setText(self.tr("Waiting to upload"))
        else:
            self.d_sync.setText(self.tr("Up to date"))
        self.d_id.setText(reg.id)
