"""Stopping the long-running headless commands (``kiosk scan``, ``kiosk checkin --stdin``) on
SIGTERM and SIGINT alike, whatever the process inherited.

A door started from a script in the background (``nohup kiosk scan &``) inherits SIGINT as
*ignored*, and Python then installs no KeyboardInterrupt for it: Ctrl+C's signal did nothing
and the door ran on until killed (issue 19). SIGTERM, what ``kill`` and service managers send,
ended the process wherever it was, peers not told. Both now ask the loop to finish the code in
hand and end as it does at the end of its input: closing line, exit code, door closed.
tests/test_stop_signals.py starts both commands with SIGINT ignored and stops each both ways.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Stopped(Exception):
    """A stop signal came while the loop was blocked waiting for input (:meth:`StopSignals.waiting`)."""


class StopSignals:
    """SIGTERM and SIGINT handlers for the length of a ``with`` block; the previous ones are
    put back at its end (the command may run inside a test process).

    A signal never interrupts a check-in half way: it is only recorded (:attr:`signal_name`),
    and the loop looks at :attr:`requested` between codes. Only a loop blocked on its input
    (a pipe that stays quiet) is woken, inside :meth:`waiting`. Signals reach handlers on the
    main thread only; elsewhere nothing is installed and nothing changes.
    """

    def __init__(self) -> None:
        self.signal_name: str | None = None
        self._waiting = False
        self._previous: dict[int, Any] = {}

    @property
    def requested(self) -> bool:
        return self.signal_name is not None

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            for signum in STOP_SIGNALS:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        for signum, previous in self._previous.items():
            signal.signal(signum, previous)
        self._previous.clear()

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self.signal_name = signal.Signals(signum).name
        if self._waiting:
            raise Stopped(self.signal_name)

    @contextmanager
    def waiting(self) -> Iterator[None]:
        """Around a blocking read: a stop signal, before or during it, raises :class:`Stopped`.
        (Python retries a read that a signal interrupted unless the handler raises.)"""
        self._waiting = True  # first, so a signal from here on raises; one before is seen below
        try:
            if self.requested:
                raise Stopped(self.signal_name)
            yield
        finally:
            self._waiting = False

    def summary(self, answered: int, admitted: int, *, ended: str = "end of input") -> str:
        """The closing line of a long-running command, the same however it ended."""
        how = f"stopped by {self.signal_name}" if self.requested else ended
        return f"{answered} code{'' if answered == 1 else 's'} answered, {admitted} admitted ({how})"
