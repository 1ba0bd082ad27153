"""The one background helper: run a callable in a worker thread, get the answer by signal.

Four lanes, each one thread, so work in one lane runs in order and never overlaps:

- ``door``: check-ins and the other staff writes at the door (undo, walk-ins). Nothing
  else runs here, so a verdict never queues behind a status refresh, a search or an export
  (a lane of its own, not a priority queue: a refresh already running would still be in the
  way of a queue's next item). SQLite in WAL mode lets it write while ``local`` reads.
- ``local``: reads of the SQLite cache (status, searches, lists, export, conflicts).
- ``net``: the network (pull, push, listing events).
- ``system``: slow calls into the operating system (probing cameras, the keyring, opening
  a door's files in the setup wizard), which must not hold up the other three.

Results and errors come back on the GUI thread through a queued signal; the callable
itself must never touch a widget.

Tests may build :class:`Tasks` with ``inline=True`` to run everything synchronously.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("kiosk.ui")

LANES = ("door", "local", "net", "system")


class Task:
    """A handle on submitted work: ``cancel()`` asks it to stop (it checks ``cancelled``)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancelled_within(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for a cancel; whether it came."""
        return self._cancel.wait(timeout)


class _Gate:
    """Whether a :class:`Tasks`' callbacks may still run: closed by ``shutdown`` and when
    the :class:`Tasks` (and so the screen that owns it) is deleted."""

    def __init__(self) -> None:
        self.closed = False

    def close(self, *_: object) -> None:
        self.closed = True


_relay: _Relay | None = None


def _shared_relay() -> _Relay:
    """The process's one relay, made on the GUI thread by the first :class:`Tasks`."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is queued to it.

    Everything a task holds (its callable, callbacks, result and error, whose traceback holds
    the callable's frames) travels in one list, the *parcel*, and the worker keeps no other
    reference. :meth:`_deliver` empties the parcel, so the last reference to a screen's
    lambda or bound method always dies here, on the GUI thread. Had a worker dropped it,
    Python would free the screen there and Qt would delete a widget off the GUI thread (a
    rare segfault: tests/ui/test_tasks.py).

    One relay serves every :class:`Tasks` of the process and is never deleted. It once was a
    child of its :class:`Tasks`, so closing a dialog deleted it in C++ while a worker was
    emitting on it: a segfault in ``work`` that no ``RuntimeError`` guard can catch
    (tests/ui/test_gui_thread.py, about one run in three). Whether anyone still listens is
    the :class:`_Gate`'s to say."""

    finished = Signal(object, object, object)  # task, gate, parcel: [fn, on_done, on_error,
    #                                            result, error]

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    @Slot(object, object, object)
    def _deliver(self, task: Task, gate: _Gate, parcel: list) -> None:
        if not parcel:
            return
        _fn, on_done, on_error, result, error = parcel
        parcel.clear()
        if gate.closed:  # the window went while the task ran: nobody to tell
            return
        try:
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    log.error("background task %s failed: %r", task.name, error)
            elif on_done is not None:
                on_done(result)
        except Exception:  # a bug in a callback must not kill the event loop
            log.exception("callback of task %s failed", task.name)


class Tasks(QObject):
    """Run callables off the GUI thread; deliver ``on_done(result)`` / ``on_error(exc)`` on it."""

    busy_changed = Signal(str, bool)  # lane, busy

    def __init__(self, *, inline: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline
        self._relay = _shared_relay()
        self._gate = _Gate()
        self.destroyed.connect(self._gate.close)
        self._pools = {
            lane: ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"kiosk-{lane}")
            for lane in LANES
        }
        self._running: dict[str, int] = {lane: 0 for lane in LANES}
        self._lock = threading.Lock()
        self._closed = False

    def run(
        self,
        fn: Callable[..., Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        lane: str = "local",
        name: str | None = None,
        pass_task: bool = False,
    ) -> Task:
        """Queue ``fn()`` (or ``fn(task)`` with ``pass_task``) on ``lane``."""
        task = Task(name or getattr(fn, "__name__", "task"))
        if self._closed:
            task.done.set()
            return task
        parcel: list[Any] = [fn, on_done, on_error]  # see _Relay: only the parcel holds them
        del fn, on_done, on_error
        relay, gate = self._relay, self._gate

        def work() -> None:
            try:
                parcel.append(parcel[0](task) if pass_task else parcel[0]())
                parcel.append(None)
            except Exception as exc:  # handed to on_error on the GUI thread
                parcel[3:] = [None, exc]
            finally:
                task.done.set()
                with self._lock:
                    self._running[lane] -= 1
            try:
                relay.finished.emit(task, gate, parcel)  # even when closed: freed on the GUI thread
            except RuntimeError:  # the application itself has ended
                pass

        with self._lock:
            self._running[lane] += 1
        if self.inline:
            work()
        else:
            self._pools[lane].submit(work)
        return task

    def busy(self, lane: str) -> bool:
        with self._lock:
            return self._running[lane] > 0

    def shutdown(self, wait: bool = True) -> None:
        """Stop accepting work; with ``wait`` let running work finish (callbacks are dropped)."""
        self._closed = True
        self._gate.close()
        for pool in self._pools.values():
            pool.shutdown(wait=wait, cancel_futures=True)
