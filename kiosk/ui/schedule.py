"""The main window's clock and its network rounds.

:class:`Schedule` is timers only: it says by a signal when a pull, a push or a status read is
due. :class:`NetworkRounds` runs a pull or push on a worker when asked, and skips it while the
last one still runs (never two network jobs of a kind at once). The main window connects the
two. Kept apart so the window is wiring, and so a test can run a round without a timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.peers import venue
from kiosk.ui.door_types import Door
from kiosk.ui.tasks import Task, Tasks

log = logging.getLogger("kiosk.ui")

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


class NetworkRounds(QObject):
    """Runs a pull or a push on the ``net`` lane when asked (by the schedule, or staff's Sync
    now), never two of a kind at once; each answer comes back by signal."""

    pull_finished = Signal(object, object)  # result, error
    push_finished = Signal(object, object)  # result, error

    def __init__(self, door: Door, tasks: Tasks, pending: Callable[[], int | None],
                 parent: QObject | None = None) -> None:
        """``pending``: check-ins waiting to upload, as last read (None: not read yet)."""
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self._pending = pending
        self.pulling = self.pushing = False
        self._push_task: Task | None = None
        self._pull_task: Task | None = None
        self._settled = False
        door.pulls_by_itself = door.client is not None  # it may be the venue's puller

    def pull_now(self) -> bool:
        if self.pulling or self.door.client is None:
            return False
        self.pulling = True
        first, self._settled = not self._settled, True

        def pull(task: Task) -> Any:
            if first:  # as a headless door: hear the other doors before the first pull
                venue.settle(self.door, task.cancelled_within)
            # from WebKasa, or the copy from the venue's puller, as a headless door chooses;
            # lock_wait_s=0: when another process is syncing, this round is skipped
            return venue.pull(self.door, cancelled=lambda: task.cancelled, lock_wait_s=0)

        self._pull_task = self.tasks.run(
            pull, on_done=lambda r: self._pulled(r, None),
            on_error=lambda e: self._pulled(None, e), lane="net", name="pull", pass_task=True)
        return True

    def _pulled(self, result: Any, error: BaseException | None) -> None:
        self.pulling = False
        if error is not None:
            log.info("pull failed: %s", error)
        self.pull_finished.emit(result, error)

    def push_now(self, force: bool = False) -> bool:
        """Upload waiting check-ins; skipped when nothing waits (unless forced) or one runs."""
        if self.pushing or self.door.client is None:
            return False
        if not force and self._pending() == 0:
            return False
        self.pushing = True
        # Like `kiosk push`: one round drains through transient errors for up to
        # push_deadline_s, so a flaky network does not leave most of a queue for later
        # rounds. It runs on the net lane (check-ins never wait for it) and stops as soon
        # as the window closes (shutdown cancels the task).
        deadline = max(0.0, self.door.settings.push_deadline_s)
        self._push_task = self.tasks.run(
            lambda task: self.door.push(ignore_backoff=force, lock_wait_s=0, deadline_s=deadline,
                                        cancelled=lambda: task.cancelled),
            on_done=lambda r: self._pushed(r, None), on_error=lambda e: self._pushed(None, e),
            lane="net", name="push", pass_task=True)
        return True

    def _pushed(self, result: Any, error: BaseException | None) -> None:
        self.pushing = False
        if error is not None:
            log.info("push failed: %s", error)
        self.push_finished.emit(result, error)

    def cancel(self) -> None:
        """The window closes: a long upload drain, or the wait for the other doors before
        the first pull, ends at its next step."""
        for task in (self._push_task, self._pull_task):
            if task is not None:
                task.cancel()
