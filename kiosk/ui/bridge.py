"""The door's plain events turned into Qt signals (the only adapter between them).

The door calls its subscribers from whatever thread did the work; each signal here is
emitted from that thread and, because the bridge lives on the GUI thread, Qt queues it to
the widgets connected to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.events import Events

log = logging.getLogger("kiosk.ui")


class DoorBridge(QObject):
    checkin = Signal(object)  # Verdict
    undo = Signal(str)  # registration id
    outbox = Signal(object)  # OutboxSummary
    online = Signal(bool, object)  # online, reason (str; kiosk.door_network.OfflineReason)
    sync_progress = Signal(int, object)  # done, total or None
    synced = Signal(object)  # SyncResult
    data = Signal()  # registrations changed
    changed = Signal()  # any of the above: status worth refreshing

    def __init__(self, events: Events | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None
        self._events: Events | None = None
        if events is not None:
            self.attach(events)

    def attach(self, events: Events) -> None:
        self.detach()
        self._events = events
        self._unsubscribe = events.subscribe(self._on_event)

    def detach(self) -> None:
        if self._events is None:
            return
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._events = None
        self._unsubscribe = None

    def _on_event(self, name: str, payload: dict[str, Any]) -> None:
        # Any thread. Only emit signals here: no widget, no blocking.
        try:
            if name == "checkin":
                self.checkin.emit(payload["verdict"])
            elif name == "undo":
                self.undo.emit(str(payload.get("registration_id", "")))
            elif name == "outbox":
                self.outbox.emit(payload.get("summary"))
            elif name == "online":
                self.online.emit(bool(payload.get("online")), payload.get("reason") or "")
            elif name == "sync_progress":
                self.sync_progress.emit(int(payload.get("done", 0)), payload.get("total"))
                return  # progress alone does not change the counts shown
            elif name == "synced":
                self.synced.emit(payload.get("result"))
            elif name == "data":
                self.data.emit()
            else:
                return
            self.changed.emit()
        except RuntimeError:  # the bridge was deleted while a worker still reported
            log.debug("door event %s after the bridge closed", name)
