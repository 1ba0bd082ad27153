"""The first-run wizard's "Join a door nearby" page (issue 21): the invitation another door
shows (Settings → Doors) read by this computer's camera, or its text code typed, then the
copy fetched over the LAN (:func:`kiosk.peers.joining.join`) on the ``system`` worker lane
with its steps on the page, and the door opened. No WebKasa request, no key to type.

The camera is the door's own :class:`kiosk.ui.camera.Camera` (the same scan pipeline as the
door screen): the first code it reads that is an invitation fills the field and starts.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from kiosk.ui.camera import Camera
from kiosk.ui.i18n import add_row, set_row_label
from kiosk.ui.plain import plain

log = logging.getLogger("kiosk.ui")


class _Steps(QObject):
    """The join's steps, from the worker thread to the page by a queued signal."""

    step = Signal(str)


class JoinPage(QWizardPage):
    """Join with an invitation: scan or type it, watch the steps, finish. The wizard's
    results (:attr:`SetupWizard.door`, ``settings``) are set when the door is open."""

    joined = Signal()  # the door is open (tests, accessibility tools)
    failed = Signal(str)

    def __init__(self, wizard: Any, camera: Camera | None = None) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.camera = camera or Camera(self)
        self.camera.code.connect(self._scanned)
        self.code = QLineEdit(self)
        self.scan_button = QPushButton(self)
        self.scan_button.clicked.connect(self.scan)
        self.join_button = QPushButton(self)
        self.join_button.clicked.connect(self.start)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.progress = QLabel(self)
        self.progress.setWordWrap(True)
        self.progress.setObjectName("joinProgress")
        plain(self.intro, self.progress)
        form = QFormLayout()
        add_row(form, self.code)
        page = QVBoxLayout(self)
        page.addWidget(self.intro)
        page.addLayout(form)
        page.addWidget(self.scan_button)
        page.addWidget(self.join_button)
        page.addWidget(self.progress)
        page.addStretch(1)
        self.busy = False
        self.done = False
        self._steps = _Steps(self)
        self._steps.step.connect(self._show_step)
        self.setFinalPage(True)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "join_button"):
            self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Join a door nearby"))
        self.intro.setText(self.tr(
            "On a door of the event, open Settings → Doors and press \"Invite a door\". Hold "
            "its QR code up to this computer's camera, or type the code under it."))
        set_row_label(self, self.code, self.tr("Invitation &code"))
        self.code.setAccessibleName(self.tr("Invitation code"))
        self.scan_button.setText(self.tr("&Scan the QR code with the camera"))
        self.join_button.setText(self.tr("&Join"))

    def isComplete(self) -> bool:  # noqa: N802 (Qt name)
        return self.done

    def nextId(self) -> int:  # noqa: N802 (Qt name)
        return -1

    # -- reading the invitation -----------------------------------------------------------

    def scan(self, source: str | None = None) -> None:
        """Start the camera (``source``: a video file or stream instead, as in the tests)."""
        self.progress.setText(self.tr("Hold the invitation's QR code up to the camera…"))
        self.camera.start(self.w.settings, source, realtime=True)

    def _scanned(self, text: str, parsed: Any) -> None:
        from kiosk.peers import joining

        if self.busy or self.done:
            return
        try:
            joining.decode(text)
        except ValueError:
            return  # a ticket or another code in view: not an invitation, keep looking
        self.camera.stop()
        self.code.setText(text)
        self.start()

    # -- joining -----------------------------------------------------------------------------

    def start(self) -> None:
        from kiosk.peers import joining

        text = self.code.text().strip()
        try:
            joining.decode(text)
        except joining.BadCode as exc:
            self.progress.setText(self.tr("Not an invitation: {why}").format(
                why=self._reason(exc.kind, str(exc))))
            return
        self.busy = True
        self.join_button.setEnabled(False)
        self.scan_button.setEnabled(False)
        self.progress.setText(self.tr("Joining…"))
        wizard, steps = self.w, self._steps
        data_dir, name = wizard.data_dir, wizard.settings.device_name
        passphrase = wizard.connection.passphrase.text() or None

        def work() -> Any:
            from kiosk import keys
            from kiosk.settings import load

            result = joining.join(data_dir, text, device_name=name,
                                  new_passphrase=(lambda: passphrase),
                                  progress=steps.step.emit)
            settings = load(data_dir)
            key = keys.resolve(data_dir, settings.api_url, ask=(lambda: passphrase))
            return result, settings, key, wizard.door_factory(data_dir, settings, key)

        self.w.tasks.run(work, on_done=self._joined, on_error=self._failed, lane="system",
                         name="join_door")

    @Slot(str)
    def _show_step(self, step: str) -> None:
        """A step of :func:`kiosk.peers.joining.join` ("asking the door at ADDRESS",
        "copying N registrations"), in the staff's language."""
        what, _, rest = step.partition(" ")
        if what == "asking":
            self.progress.setText(self.tr("Asking the door at {address}…").format(
                address=rest.rpartition(" ")[2]))
        elif what == "copying":
            self.progress.setText(self.tr("Copying {count} registrations…").format(
                count=rest.partition(" ")[0]))

    def _joined(self, answer: Any) -> None:
        result, settings, key, door = answer
        self.w.settings, self.w.api_key, self.w.door = settings, key, door
        self.busy, self.done = False, True
        self.progress.setText(self.tr("Joined from {door}. Registrations copied: {count}. "
                                      "Press Finish.").format(door=result.inviter,
                                                              count=result.registrations))
        self.completeChanged.emit()
        self.joined.emit()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.join_button.setEnabled(True)
        self.scan_button.setEnabled(True)
        why = self._reason(getattr(error, "kind", "other"), str(error))
        self.progress.setText(self.tr("Not joined: {why}").format(why=why))
        self.failed.emit(why)

    def _reason(self, kind: str, detail: str) -> str:
        """Why, in the staff's language (:class:`kiosk.peers.joining.JoinError` kinds);
        the core's own words for the rare rest."""
        words = {
            "not_code": self.tr("this is not an invitation code"),
            "typo": self.tr("the code has a typo: check it against the other door"),
            "version": self.tr("the other door runs another version of the kiosk: update both"),
            "used": self.tr("this invitation was used already: make a new one"),
            "expired": self.tr("this invitation expired: make a new one"),
            "other_event": self.tr("the door that answered is at another event"),
            "unreachable": self.tr("no inviting door answered. Is it running, on this network, "
                                   "with its peer port open?"),
            "folder": self.tr("this computer is a door of an event already"),
            "keyring": self.tr("this computer has no keyring for the doors' secret: invite it "
                               "with the API key (not scan only)"),
        }
        return words.get(kind, detail)

    def cleanupPage(self) -> None:  # noqa: N802 (Qt name)
        self.camera.stop()  # Back: the camera is not left running
        self.w.joining = False
