"""Settings → Doors (issue 21): invite a new door (a QR code, its text code and a countdown),
and the doors of the event with "Remove".

The invitation is made and kept in the data folder, and the doors listed, on the ``local``
worker lane; the app's own peer port hands the invitation out (:mod:`kiosk.peers.joining`).
The countdown is a one-second timer that also asks, off the GUI thread, whether the new door
has joined yet.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.plain import plain
from kiosk.ui.tasks import Tasks

QR_PIXELS = 220


def qr_pixmap(text: str, pixels: int = QR_PIXELS) -> QPixmap:
    """The invitation's QR code as a pixmap (segno draws it; no camera needed to read it)."""
    import io

    import segno

    out = io.BytesIO()
    qr = segno.make(text, error="m")
    qr.save(out, kind="png", scale=max(1, pixels // qr.symbol_size(border=2)[0]), border=2)
    image = QPixmap()
    image.loadFromData(out.getvalue(), "PNG")
    return image


class DoorsPage(QWidget):
    """Invite a door, see the doors, remove one. ``door`` is the running door (None in a
    dialog opened without one: then the page only says so)."""

    invited = Signal()  # an invitation is on the screen
    listed = Signal()  # the list of doors was read
    state_changed = Signal(str)  # "waiting", "joining", "used", "expired"

    def __init__(self, door: Any, tasks: Tasks, parent: QWidget | None = None,
                 clock: Any = time.time) -> None:
        super().__init__(parent)
        self.door, self.tasks, self.clock = door, tasks, clock
        self.invitation: Any = None  # kiosk.peers.joining.Made on the screen
        self.state = ""
        self.scan_only = QCheckBox(self)
        self.invite_button = QPushButton(self)
        self.invite_button.clicked.connect(self.invite)
        self.qr = QLabel(self)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code = QLabel(self)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        plain(self.code, self.countdown, self.notice)
        self.doors = QListWidget(self)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.doors_title = QLabel(self)
        left = QVBoxLayout()
        for widget in (self.invite_button, self.scan_only, self.qr, self.code, self.countdown):
            left.addWidget(widget)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.doors_title)
        right.addWidget(self.doors, 1)
        right.addWidget(self.remove_button)
        right.addWidget(self.notice)
        row = QHBoxLayout(self)
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.linked = door is not None and door.peers is not None
        self.invite_button.setEnabled(self.linked)
        self.retranslate()
        if door is not None:
            self.refresh()

    def dialog_tab_text(self, dialog: Any) -> str:
        """The title of this page's tab in ``dialog`` (what a person reads on the tab)."""
        return str(dialog._tabs.tabText(dialog._tabs.indexOf(self)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_timer"):
            self.retranslate()

    def retranslate(self) -> None:
        self.invite_button.setText(self.tr("&Invite a door"))
        self.scan_only.setText(self.tr("Scan only (do not hand over the API key)"))
        self.doors_title.setText(self.tr("Doors of this event"))
        self.remove_button.setText(self.tr("&Remove the selected door"))
        self.doors.setAccessibleName(self.tr("Doors of this event"))
        self.qr.setAccessibleName(self.tr("Invitation QR code"))
        if not self.linked:
            self.notice.setText(self.tr("This door is not linked with other doors (no API key "
                                        "or peer secret, or its port is taken): it cannot "
                                        "invite one."))
        self._show_state()

    # -- inviting ---------------------------------------------------------------------------

    def invite(self) -> None:
        door, scan_only = self.door, self.scan_only.isChecked()

        def make() -> Any:
            from kiosk.peers import joining

            node = door.peers
            return joining.invite(door.store, door.event_id,
                                  [f"{a}:{node.port}"
                                   for a in joining.lan_addresses(door.settings.peer_bind)],
                                  scan_only=scan_only)

        self.invite_button.setEnabled(False)
        self.tasks.run(make, on_done=self._invited, on_error=self._failed, lane="local",
                       name="invite_door")

    def _invited(self, made: Any) -> None:
        self.invitation, self.state = made, "waiting"
        self.qr.setPixmap(qr_pixmap(made.text))
        self.code.setText(made.text)
        self.invite_button.setEnabled(True)
        self._show_state()
        self._timer.start()
        self.invited.emit()

    def _failed(self, error: BaseException) -> None:
        self.invite_button.setEnabled(True)
        self.notice.setText(self.tr("Not done: {error}").format(error=str(error)))

    def _tick(self) -> None:
        made = self.invitation
        if made is None:
            return
        store, now = self.door.store, self.clock()

        def ask() -> str:
            from kiosk.peers import membership

            return membership.invitation_state(store.db, made.id, now)

        self.tasks.run(ask, on_done=self._state, lane="local", name="invitation_state")
        self._show_state()

    def _state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            if state in ("used", "expired"):
                self._timer.stop()
                self.qr.clear()
                self.refresh()
            self._show_state()
            self.state_changed.emit(state)

    def _show_state(self) -> None:
        made = self.invitation
        if made is None:
            self.countdown.setText(self.tr("A new door joins with this code: 'kiosk join' or "
                                           "\"Join a door nearby\" in its setup."))
            return
        left = max(0, int(made.expires_at - self.clock()))
        if self.state == "used":
            self.countdown.setText(self.tr("The new door has joined."))
        elif self.state == "expired" or left == 0:
            self.countdown.setText(self.tr("The invitation expired unused."))
        elif self.state == "joining":
            self.countdown.setText(self.tr("A door is joining…"))
        else:
            self.countdown.setText(self.tr("Valid for {minutes}:{seconds:02d}, for one door")
                                   .format(minutes=left // 60, seconds=left % 60))

    # -- the doors ----------------------------------------------------------------------------

    def refresh(self) -> None:
        journal = self.door.journal

        def read() -> tuple[list[Any], set[str]]:
            return journal.doors(), {r["door"] for r in journal.removals()}

        self.tasks.run(read, on_done=self._listed, lane="local", name="list_doors")

    def _listed(self, found: tuple[list[Any], set[str]]) -> None:
        doors, removed = found
        self.doors.clear()
        for info in doors:
            text = info.name if info.door_id not in removed else self.tr(
                "{name} (removed)").format(name=info.name)
            item = QListWidgetItem(text, self.doors)
            item.setData(Qt.ItemDataRole.UserRole, info.door_id)
            item.setToolTip(info.door_id)
        self.remove_button.setEnabled(bool(doors))
        self.listed.emit()

    def remove_selected(self) -> None:
        item = self.doors.currentItem()
        if item is None:
            self.notice.setText(self.tr("Choose a door in the list first."))
            return
        door_id, journal = item.data(Qt.ItemDataRole.UserRole), self.door.journal
        self.tasks.run(lambda: journal.remove_door(door_id), on_done=self._removed,
                       on_error=self._failed, lane="local", name="remove_door")

    def _removed(self, removal: dict[str, Any]) -> None:
        self.notice.setText(self.tr("Removed: the other doors refuse its check-ins from now "
                                    "on."))
        if self.door.peers is not None:
            self.door.peers.wake_all()  # the removal goes out with the next exchange
        self.refresh()
