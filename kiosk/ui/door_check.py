"""Settings → "Check this door" (issue 21): ``kiosk doctor``'s checks, on a button.

The checks (:func:`kiosk.doctor.run_checks`) take seconds (a GET to WebKasa, two seconds of
listening for other doors on mDNS, a camera waking up), so they run on the ``system`` lane
and the page fills in when they answer; the dialog stays usable meanwhile. One row a check:
its mark (ok / warning / problem), what was found and what to do, worded here in the UI's
language from the check's ``kind`` (a check with no kind keeps the doctor's English).

The camera is never opened a second time while the door screen holds it: a camera opened
twice fails or takes the door's picture away. The door's own camera says instead whether
pictures come (:func:`kiosk.doctor.camera_in_use`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.doctor import OK, PROBLEM, WARNING, Check
from kiosk.settings import Settings
from kiosk.ui.camera import Camera
from kiosk.ui.plain import plain
from kiosk.ui.tasks import Tasks

LANE = "system"
MARKS = {OK: "✓", WARNING: "⚠", PROBLEM: "✗"}

_tr = QCoreApplication.translate
_NONE = ""

# check id -> its title
TITLES = {
    "key store": QT_TRANSLATE_NOOP("DoorCheck", "Key"),
    "event": QT_TRANSLATE_NOOP("DoorCheck", "Event"),
    "server and event": QT_TRANSLATE_NOOP("DoorCheck", "Server and event"),
    "last full pull": QT_TRANSLATE_NOOP("DoorCheck", "Last full download"),
    "data folder": QT_TRANSLATE_NOOP("DoorCheck", "Data folder"),
    "clock (server)": QT_TRANSLATE_NOOP("DoorCheck", "Clock (server)"),
    "clock (doors)": QT_TRANSLATE_NOOP("DoorCheck", "Clock (other doors)"),
    "other doors": QT_TRANSLATE_NOOP("DoorCheck", "Other doors"),
    "mDNS": QT_TRANSLATE_NOOP("DoorCheck", "Finding other doors"),
    "peer port": QT_TRANSLATE_NOOP("DoorCheck", "Peer port"),
    "camera": QT_TRANSLATE_NOOP("DoorCheck", "Camera"),
    "badge printer": QT_TRANSLATE_NOOP("DoorCheck", "Badge printer"),
    "disk space": QT_TRANSLATE_NOOP("DoorCheck", "Disk space"),
}
_SYNC_NOW = QT_TRANSLATE_NOOP("DoorCheck", "Download the registrations (Sync now).")
# kind -> (what was found, what to do), with {placeholders} from the check's args
TEXTS = {
    "key_given": (QT_TRANSLATE_NOOP("DoorCheck", "Key {key} given for this process, stored "
                                                 "nowhere"), _NONE),
    "key_keyring": (QT_TRANSLATE_NOOP("DoorCheck", "Key {key} in the system keyring"), _NONE),
    "key_none": (QT_TRANSLATE_NOOP("DoorCheck", "No API key for {url}"),
                 QT_TRANSLATE_NOOP("DoorCheck", "Enter the key on the Connection tab and "
                                                "save.")),
    "server_ok": (QT_TRANSLATE_NOOP("DoorCheck", "Key accepted; event “{title}” found"),
                  _NONE),
    "server_ok_events": (QT_TRANSLATE_NOOP("DoorCheck", "Key accepted; events found: {titles}"),
                         _NONE),  # a door of several events (issue 20)
    "server_refused_key": (
        QT_TRANSLATE_NOOP("DoorCheck", "The server refused the key: {why}"),
        QT_TRANSLATE_NOOP("DoorCheck", "Check the key and its permissions; enter a new one "
                                       "and save.")),
    "server_no_event": (
        QT_TRANSLATE_NOOP("DoorCheck", "Event {event} not found on the server"),
        QT_TRANSLATE_NOOP("DoorCheck", "Set up the door again and choose its event.")),
    "server_unreachable": (
        QT_TRANSLATE_NOOP("DoorCheck", "Cannot reach the server: {why}"),
        QT_TRANSLATE_NOOP("DoorCheck", "Check the network; check-ins work offline and upload "
                                       "later.")),
    "sync_never": (QT_TRANSLATE_NOOP("DoorCheck", "Never fully downloaded: the door may not "
                                                  "know every registration"), _SYNC_NOW),
    "sync_stale": (QT_TRANSLATE_NOOP("DoorCheck", "Last full download {minutes} min ago"),
                   _SYNC_NOW),
    "sync_ok": (QT_TRANSLATE_NOOP("DoorCheck", "Last full download {minutes} min ago"), _NONE),
    "doors_none": (QT_TRANSLATE_NOOP("DoorCheck", "None seen (fine for a single door)"),
                   _NONE),
    "camera_ok": (QT_TRANSLATE_NOOP("DoorCheck", "{what} gives pictures ({size})"), _NONE),
    "camera_in_use": (QT_TRANSLATE_NOOP("DoorCheck", "In use by this door and giving "
                                                     "pictures"), _NONE),
    "camera_in_use_dark": (
        QT_TRANSLATE_NOOP("DoorCheck", "In use by this door, but no picture yet"),
        QT_TRANSLATE_NOOP("DoorCheck", "Look at the camera message on the door screen; choose "
                                       "another camera on the Camera tab if it stays dark.")),
    "disk_ok": (QT_TRANSLATE_NOOP("DoorCheck", "{mb} MB free"), _NONE),
    "disk_low": (QT_TRANSLATE_NOOP("DoorCheck", "Only {mb} MB free"),
                 QT_TRANSLATE_NOOP("DoorCheck", "Free some space before the doors open.")),
    "event_none": (
        QT_TRANSLATE_NOOP("DoorCheck", "No event chosen"),
        QT_TRANSLATE_NOOP("DoorCheck", "Set up the door and choose its event.")),
    "data_folder": (
        QT_TRANSLATE_NOOP("DoorCheck", "The data folder cannot be opened: {why}"),
        QT_TRANSLATE_NOOP("DoorCheck", "Run 'kiosk repair' on this door's data folder.")),
    "key_file_damaged": (
        QT_TRANSLATE_NOOP("DoorCheck", "The key file is damaged: {why}"),
        QT_TRANSLATE_NOOP("DoorCheck", "Enter the key again on the Connection tab and save.")),
    "key_passphrase_file": (
        QT_TRANSLATE_NOOP("DoorCheck", "Key in the passphrase-protected file {where}; staff "
                                       "type the passphrase when the door starts"),
        _NONE),
    "key_file_locked": (
        QT_TRANSLATE_NOOP("DoorCheck", "Key file {where}: {why}"),
        QT_TRANSLATE_NOOP("DoorCheck", "Set KIOSK_KEY_PASSPHRASE to the staff passphrase.")),
    "key_file_open": (
        QT_TRANSLATE_NOOP("DoorCheck", "Key {key} in the file {where}"),
        _NONE),
    "server_no_key": (
        QT_TRANSLATE_NOOP("DoorCheck", "Not checked: no key at hand"),
        QT_TRANSLATE_NOOP("DoorCheck", "Enter the key on the Connection tab and save.")),
    "server_refused": (
        QT_TRANSLATE_NOOP("DoorCheck", "The server refused: {why}"),
        _NONE),
    "clock_unmeasured": (
        QT_TRANSLATE_NOOP("DoorCheck", "Not measured yet"),
        _NONE),
    "clock_off": (
        QT_TRANSLATE_NOOP("DoorCheck", "Off by {seconds} s"),
        QT_TRANSLATE_NOOP("DoorCheck", "Set this computer's clock (turn on network time).")),
    "clock_ok": (
        QT_TRANSLATE_NOOP("DoorCheck", "Within 60 s ({seconds} s)"),
        _NONE),
    "doors_seen": (
        QT_TRANSLATE_NOOP("DoorCheck", "{n} seen; {behind} entries still to fetch"),
        _NONE),
    "port_any": (
        QT_TRANSLATE_NOOP("DoorCheck", "Any free port"),
        _NONE),
    "port_unusable": (
        QT_TRANSLATE_NOOP("DoorCheck", "Cannot listen on port {port}: {why}"),
        QT_TRANSLATE_NOOP("DoorCheck", "Check peer_bind and peer_port in the settings.")),
    "port_free": (
        QT_TRANSLATE_NOOP("DoorCheck", "Port {port} free for the other doors"),
        _NONE),
    "port_this_door": (
        QT_TRANSLATE_NOOP("DoorCheck", "Port {port}: this door is running and listening"),
        _NONE),
    "port_in_use_door": (
        QT_TRANSLATE_NOOP("DoorCheck", "Port {port} is in use by another door of this event"),
        QT_TRANSLATE_NOOP("DoorCheck", "Stop it, or choose another peer_port (the same on every door).")),
    "port_in_use": (
        QT_TRANSLATE_NOOP("DoorCheck", "Port {port} is in use by another program"),
        QT_TRANSLATE_NOOP("DoorCheck", "Stop it, or choose another peer_port (the same on every door).")),
    "mdns_off": (
        QT_TRANSLATE_NOOP("DoorCheck", "Discovery off: the doors link through the peers setting"),
        _NONE),
    "mdns_unavailable": (
        QT_TRANSLATE_NOOP("DoorCheck", "Finding doors on the network is not possible here: {why}"),
        QT_TRANSLATE_NOOP("DoorCheck", "List the other doors in the peers setting (host:port).")),
    "mdns_heard": (
        QT_TRANSLATE_NOOP("DoorCheck", "Other doors of this event heard on the network: {n}"),
        _NONE),
    "mdns_blocked": (
        QT_TRANSLATE_NOOP("DoorCheck", "No other door of this event heard on the network "
                                       "(multicast blocked?)"),
        QT_TRANSLATE_NOOP("DoorCheck", "List the other doors in the peers setting (host:port).")),
    "mdns_none": (
        QT_TRANSLATE_NOOP("DoorCheck", "No other door of this event heard (fine for a single door)"),
        _NONE),
    "camera_fails": (
        QT_TRANSLATE_NOOP("DoorCheck", "The camera {source} does not open: {why}"),
        QT_TRANSLATE_NOOP("DoorCheck", "Choose a camera on the Camera tab, or use the USB scanner.")),
    "camera_dark": (
        QT_TRANSLATE_NOOP("DoorCheck", "{what} opened but gave no picture"),
        QT_TRANSLATE_NOOP("DoorCheck", "Choose a camera on the Camera tab, or use the USB scanner.")),
    "printer_none": (
        QT_TRANSLATE_NOOP("DoorCheck", "Badges print on admission, but no badge printer is chosen"),
        QT_TRANSLATE_NOOP("DoorCheck", "Choose a badge printer on the Badges tab.")),
    "printer_pdf_ok": (
        QT_TRANSLATE_NOOP("DoorCheck", "PDF badges go to {folder}"),
        _NONE),
    "printer_pdf_unwritable": (
        QT_TRANSLATE_NOOP("DoorCheck", "Cannot write PDF badges in {folder}"),
        QT_TRANSLATE_NOOP("DoorCheck", "Choose a writable folder for the PDF badges.")),
    "printer_ok": (
        QT_TRANSLATE_NOOP("DoorCheck", "Printer {printer} is ready"),
        _NONE),
    "printer_stopped": (
        QT_TRANSLATE_NOOP("DoorCheck", "Printer {printer} is stopped or in error"),
        QT_TRANSLATE_NOOP("DoorCheck", "Look at the printer (paper, labels, lid) and resume "
                                       "it in the system's printer settings.")),
    "printer_unknown": (
        QT_TRANSLATE_NOOP("DoorCheck", "Printer {printer} is not known to the system (known: {known})"),
        QT_TRANSLATE_NOOP("DoorCheck", "Connect and add the printer, or choose one of those "
                                       "known on the Badges tab.")),
    "disk_full": (QT_TRANSLATE_NOOP("DoorCheck", "Only {mb} MB free"),
                  QT_TRANSLATE_NOOP("DoorCheck", "Free space now: the door stops recording "
                                                 "check-ins when the disk is full.")),
}


def check_texts(check: Check) -> tuple[str, str, str]:
    """(title, what was found, what to do) of ``check`` in the language installed now."""
    title = TITLES.get(check.check)
    name = _tr("DoorCheck", title) if title else check.check
    texts = TEXTS.get(check.kind)
    if texts is None:
        return name, check.detail, check.todo
    args = dict(check.args)
    try:
        found = _tr("DoorCheck", texts[0]).format(**args)
        todo = _tr("DoorCheck", texts[1]).format(**args) if texts[1] else ""
    except (KeyError, IndexError):  # a translation naming a value the check has not
        return name, check.detail, check.todo
    return name, found, todo


class DoorCheckPage(QWidget):
    """The Settings tab with the "Check this door" button and one row a check."""

    finished = Signal(object)  # list[Check]: the rows now shown

    def __init__(self, settings: Callable[[], Settings], data_dir: Path | None,
                 tasks: Tasks, camera: Camera | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.tasks = tasks
        self.camera = camera
        self.checks: list[Check] = []
        self.running = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.run)
        self.button.setEnabled(data_dir is not None)  # a dialog with no door folder to check
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        plain(self.intro, self.status)
        # the rows scroll: a dozen checks with their advice are taller than the dialog, and
        # a wrapped label squeezed below its height for its width is cut
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows = QWidget(self.scroll)
        self.grid = QGridLayout(self.rows)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(99, 1)  # rows at the top, the room left below them
        self.scroll.setWidget(self.rows)
        self.row_labels: list[tuple[QLabel, QLabel, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)
        self.retranslate()

    def run(self) -> None:
        """Run every check on the ``system`` lane; the rows fill in when they answer."""
        if self.running or self.data_dir is None:
            return
        self.running = True
        self.button.setEnabled(False)
        self.retranslate()
        settings, data_dir = self.settings(), self.data_dir
        camera: bool | Check = True
        if self.camera is not None and self.camera.running:
            from kiosk.doctor import camera_in_use

            camera = camera_in_use(self.camera.frames_seen > 0)

        def work() -> list[Check]:
            from kiosk.doctor import run_checks
            from kiosk.ui.badge_print import printers_accepting

            # no key given: the doctor finds it where the door keeps it (keyring, key file)
            return run_checks(data_dir, settings, None, camera=camera,
                              printers=printers_accepting)

        self.tasks.run(work, on_done=self._show, on_error=self._failed, lane=LANE,
                       name="door_check")

    def _show(self, checks: list[Check]) -> None:
        self.running = False
        self.checks = list(checks)
        self.button.setEnabled(True)
        self.retranslate()
        self.finished.emit(self.checks)

    def _failed(self, error: BaseException) -> None:
        self._show([Check("door check", PROBLEM, str(error) or type(error).__name__,
                          "")])

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Will this door work today? Checks the key, the server, "
                                   "the last download, the clocks, the other doors, the "
                                   "camera, the badge printer and the disk."))
        self.button.setText(self.tr("Check this &door"))
        self.button.setAccessibleName(self.tr("Check this door"))
        if self.running:
            self.status.setText(self.tr("Checking… the door keeps working meanwhile."))
        elif self.checks:
            states = [c.state for c in self.checks]
            self.status.setText(self.tr("{ok} ok, {warnings} warnings, {problems} problems")
                                .format(ok=states.count(OK), warnings=states.count(WARNING),
                                        problems=states.count(PROBLEM)))
        else:
            self.status.setText("")
        self._fill()

    def _fill(self) -> None:
        while len(self.row_labels) < len(self.checks):
            row = len(self.row_labels)
            labels = (QLabel(self.rows), QLabel(self.rows), QLabel(self.rows))
            for column, label in enumerate(labels):
                plain(label)
                label.setWordWrap(column == 2)
                self.grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            self.row_labels.append(labels)
        words = {OK: self.tr("ok"), WARNING: self.tr("warning"), PROBLEM: self.tr("problem")}
        for i, (mark, title, text) in enumerate(self.row_labels):
            shown = i < len(self.checks)
            for label in (mark, title, text):
                label.setVisible(shown)
            if not shown:
                continue
            check = self.checks[i]
            name, found, todo = check_texts(check)
            mark.setText(f"{MARKS.get(check.state, '?')} {words.get(check.state, check.state)}")
            mark.setProperty("state", check.state)
            title.setText(name)
            text.setText(found if not todo else
                         self.tr("{found}\nWhat to do: {todo}").format(found=found, todo=todo))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "grid"):
            self.retranslate()
