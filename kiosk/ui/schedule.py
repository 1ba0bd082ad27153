"""The main window's clock: when to pull, when to push, when to read the status again.

Timers only. The schedule says a round is due by a signal; the main window runs the round on
a worker and skips it while the last one still runs (never two network jobs of a kind at
once). Kept apart so the window is wiring, and so a test can fire a round by emitting the
signal instead of waiting for a timer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

STATUS_REFRESH_MS = 250  # coalesce bursts of door events into one status read
STATUS_EVERY_MS = 30_000  # and read it now and then anyway: "last synced 5 min ago" ages


class Schedule(QObject):
    """Pull every ``sync_interval_s``, push every ``push_interval_s`` (both once started), and
    the status read: soon after a change (coalesced) and every :data:`STATUS_EVERY_MS`."""

    pull_due = Signal()
    push_due = Signal()
    status_due = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = QTimer(self)
        self._status.setSingleShot(True)
        self._status.setInterval(STATUS_REFRESH_MS)
        self._status.timeout.connect(self.status_due)
        self._pull = QTimer(self)
        self._pull.timeout.connect(self.pull_due)
        self._push = QTimer(self)
        self._push.timeout.connect(self.push_due)
        self._slow_status = QTimer(self)
        self._slow_status.setInterval(STATUS_EVERY_MS)
        self._slow_status.timeout.connect(self.status_due)
        self._slow_status.start()

    @property
    def running(self) -> bool:
        """The network rounds run (the status reads always do, until :meth:`shutdown`)."""
        return self._pull.isActive()

    def start(self, sync_interval_s: int, push_interval_s: int) -> None:
        """(Re)start the network rounds, with a pull right away (at the next event loop turn)."""
        self._pull.start(max(5, sync_interval_s) * 1000)
        self._push.start(max(1, push_interval_s) * 1000)
        QTimer.singleShot(0, self.pull_due.emit)

    def stop(self) -> None:
        self._pull.stop()
        self._push.stop()

    def status_soon(self) -> None:
        """Something changed: read the status once, shortly, however many changes follow."""
        if not self._status.isActive():
            self._status.start()

    def shutdown(self) -> None:
        self.stop()
        self._slow_status.stop()
        self._status.stop()
