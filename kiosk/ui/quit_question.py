"""The question "Quit the check-in kiosk?" (issue 18), split out of the main window.

Quit sits next to "Self-service mode" and acted on one click: the window asks first. The
question does not block the door (``open``, not ``exec``); Escape keeps it running.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class QuitQuestion(QObject):
    """The question over ``window``; ``quit`` runs when it is answered Quit."""

    def __init__(self, window: QWidget, quit: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.quit = quit
        self.box: QMessageBox | None = None  # while it asks

    def ask(self) -> None:
        """Open the question, unless it is up already."""
        if self.box is not None and self.box.isVisible():
            return
        box = QMessageBox(QMessageBox.Icon.Question, "", "", parent=self.window)
        quit_button = box.addButton("", QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton("", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: object) -> None:
            if button is quit_button:
                self.quit()

        box.buttonClicked.connect(answered)
        box.finished.connect(lambda _: setattr(self, "box", None))
        self.box = box
        self.retranslate()
        box.open()

    def retranslate(self) -> None:
        """The question's words in the language installed now (it may be up when the
        language changes)."""
        box = self.box
        if box is None:
            return
        box.setWindowTitle(self.tr("Quit"))
        box.setText(self.tr("Quit the check-in kiosk? This door stops checking people in "
                            "until it is started again."))
        for button in box.buttons():
            quit_it = box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole
            button.setText(self.tr("Quit") if quit_it else self.tr("Keep running"))
