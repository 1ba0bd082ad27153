"""Choosing the staff passphrase for the key file, when a key is replaced in the settings on a
computer without a keyring (:func:`kiosk.keys.store` says so). The setup asks for it on its
first page instead; the passphrase goes to :mod:`kiosk.keys` and is kept nowhere."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from kiosk.secrets import MIN_PASSPHRASE


class NewPassphraseDialog(QDialog):
    """A new staff passphrase, typed twice, at least :data:`MIN_PASSPHRASE` characters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self._labels = (QLabel(self), QLabel(self))
        form = QFormLayout(self)
        form.addRow(self.intro)
        for label, edit in zip(self._labels, (self.first, self.second)):
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow(self.error)
        form.addRow(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keep the API key in a file"))
        self.intro.setText(self.tr(
            "No system keyring: the key will be kept in a file encrypted with a staff "
            "passphrase (at least {n} characters), asked each time the kiosk starts."
        ).format(n=MIN_PASSPHRASE))
        for label, edit, text, name in (
                (self._labels[0], self.first, self.tr("Staff &passphrase"),
                 self.tr("Staff passphrase")),
                (self._labels[1], self.second, self.tr("Passphrase &again"),
                 self.tr("Staff passphrase again"))):
            label.setText(text)
            edit.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_labels"):
            self.retranslate()

    def submit(self) -> None:
        if len(self.first.text()) < MIN_PASSPHRASE:
            self.error.setText(self.tr("Choose a staff passphrase of at least {n} "
                                       "characters.").format(n=MIN_PASSPHRASE))
        elif self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()

    def take(self) -> str:
        """The passphrase, cleared from the fields: it is handed on, not kept here."""
        passphrase = self.first.text()
        self.first.clear()
        self.second.clear()
        return passphrase
