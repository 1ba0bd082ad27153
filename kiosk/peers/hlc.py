"""A hybrid logical clock (Kulkarni et al., 2014), packed into one sortable integer.

Doors' wall clocks disagree by seconds or minutes when the venue has no internet. Ordering
changes by wall time alone would let an undo made *after* seeing a check-in sort before it.
An HLC timestamp is ``(milliseconds << 16) | counter``: it follows the wall clock when the
clocks agree, and never goes backwards or below a timestamp this door has already seen, so a
change made after receiving another door's change always sorts after it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

COUNTER_BITS = 16
# A peer whose clock is more than this ahead does not drag ours along (a door set to next
# year would otherwise make every later change look older than its own).
MAX_DRIFT_MS = 24 * 3600 * 1000
# No entry is stamped after 2100-01-01: a larger value is a bug or an attack (issue 19: one
# entry at 2**63-1 made every later stamp overflow SQLite's INTEGER and stopped each door).
MAX_HLC = (4_102_444_800_000 << COUNTER_BITS) - 1


def physical_ms(hlc: int) -> int:
    return hlc >> COUNTER_BITS


def ceiling(wall: Callable[[], float] = time.time) -> int:
    """The largest timestamp a door takes as its own clock: the drift guard from now."""
    return ((int(wall() * 1000) + MAX_DRIFT_MS) << COUNTER_BITS) | ((1 << COUNTER_BITS) - 1)


class HybridClock:
    def __init__(self, last: int = 0, *, wall: Callable[[], float] = time.time) -> None:
        # A stored value past the drift guard (a door two days fast) must not become ours:
        # a one-shot process would stamp the future while long-running doors stamp now.
        self._last = last if 0 <= last <= ceiling(wall) else 0
        self._wall = wall
        self._lock = threading.Lock()

    def now(self) -> int:
        """A timestamp greater than every one issued or observed before."""
        with self._lock:
            self._last = max(self._last + 1, int(self._wall() * 1000) << COUNTER_BITS)
            return self._last

    def observe(self, remote: int) -> None:
        """Take in another door's timestamp, so that our next change sorts after it."""
        if physical_ms(remote) > int(self._wall() * 1000) + MAX_DRIFT_MS:
            return
        with self._lock:
            self._last = max(self._last, remote)
