"""Where a check-in's time goes (``bench_core.py --phases``; Linux, it reads schedstat).

For each check-in: the wait in ``Store._begin`` for the write lock (and how many tries found
it busy), the COMMIT (the WAL's fsync with ``synchronous=FULL``), the rest, the thread's CPU
time and its run-queue delay (runnable, but another task had the CPU) from
``/proc/thread-self/schedstat``. Only this bench process is instrumented: the connection
class of the check-in's thread and ``Store._begin`` are wrapped, nothing in the product.
"""

from __future__ import annotations

import functools
import math
import sqlite3
import statistics
import threading
import time

from kiosk.store import Store


def _sched() -> tuple[float, float]:
    """(CPU ms, run-queue delay ms) of this thread so far."""
    with open("/proc/thread-self/schedstat") as f:
        cpu, delay, _ = f.read().split()
    return int(cpu) / 1e6, int(delay) / 1e6


class CheckinPhases:
    def __init__(self) -> None:
        self.records: list[dict[str, float]] = []
        self._current = threading.local()
        phases = self

        def timed(name, real, *args, **kwargs):
            rec = getattr(phases._current, "rec", None)
            if rec is None:
                return real(*args, **kwargs)
            t, (_, d) = time.perf_counter(), _sched()
            try:
                return real(*args, **kwargs)
            finally:
                now, (_, d2) = time.perf_counter(), _sched()
                rec[name] += (now - t) * 1000
                rec[name + " runq"] += d2 - d
                phases._current.ended = now, d2  # the last phase's end

        class TimedConnection(sqlite3.Connection):
            def execute(self, sql, *args):
                rec = getattr(phases._current, "rec", None)
                if rec is not None and sql == "COMMIT":
                    return timed("commit", super().execute, sql, *args)
                try:
                    return super().execute(sql, *args)
                except sqlite3.OperationalError:
                    if rec is not None and sql == "BEGIN IMMEDIATE":
                        rec["busy"] += 1
                    raise

        sqlite3.connect = functools.partial(sqlite3.connect, factory=TimedConnection)
        begin = Store._begin
        Store._begin = lambda *a, **k: timed("lock wait", begin, *a, **k)

    def wrap(self, checkin):
        """``door.checkin`` timed phase by phase."""
        phases = self

        @functools.wraps(checkin)
        def timed_checkin(*args, **kwargs):
            rec = dict.fromkeys(("lock wait", "lock wait runq", "busy", "commit",
                                 "commit runq"), 0.0)
            phases._current.rec = rec
            cpu, delay = _sched()
            t = time.perf_counter()
            phases._current.ended = t, delay
            try:
                return checkin(*args, **kwargs)
            finally:
                rec["wall"] = (time.perf_counter() - t) * 1000
                cpu2, delay2 = _sched()
                rec["cpu"], rec["runq"] = cpu2 - cpu, delay2 - delay
                ended, ended_delay = phases._current.ended  # after the COMMIT: events, counts
                rec["after commit"] = (time.perf_counter() - ended) * 1000
                rec["after commit runq"] = delay2 - ended_delay
                phases._current.rec = None
                phases.records.append(rec)

        return timed_checkin

    def take(self) -> list[dict[str, float]]:
        records, self.records = self.records, []
        return records


def summary(name: str, records: list[dict[str, float]]) -> str:
    """The mean of each phase over the check-ins around the p99 (the 1% slowest) and over all."""
    ordered = sorted(records, key=lambda r: r["wall"])
    tail = ordered[max(0, math.ceil(0.99 * len(ordered)) - 1):] or ordered

    def line(label: str, rs: list[dict[str, float]]) -> str:
        m = {k: statistics.mean(r.get(k, 0.0) for r in rs) for k in rs[0]}
        other = m["wall"] - m["lock wait"] - m["commit"]
        return (f"  {label}: {m['wall']:.2f} ms = lock wait {m['lock wait']:.2f} "
                f"({m['busy']:.1f} busy tries) + commit {m['commit']:.2f} + rest {other:.2f} "
                f"(after the commit {m['after commit']:.2f}); run-queue delay {m['runq']:.2f} ms "
                f"in all (in the lock wait {m['lock wait runq']:.2f}, in the commit "
                f"{m['commit runq']:.2f}, after it {m['after commit runq']:.2f}); "
                f"CPU {m['cpu']:.2f} ms")

    return "\n".join((f"phases of a check-in, {name} ({len(records)}):",
                      line("slowest 1%", tail), line("all       ", records)))
