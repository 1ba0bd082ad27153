"""Core performance figures: sync time, peak memory, check-in latency, outbox drain rate.

    python bench/bench_core.py [--quick]

Prints each figure next to its floor or baseline measured in the same run:
- sync of 20,000 and 100,000 registrations against the simulator with a page cap and a
  per-request latency, next to the floor set by pages x latency;
- peak memory growth during the 100,000 sync (process RSS), which must stay flat;
- check-in latency (p50/p99) at 100,000 registrations, next to a bare primary-key SELECT;
- outbox drain rate against the simulator's write rate limit.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import tempfile
import time
import os
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.api import WebKasaClient  # noqa: E402
from kiosk.door import Door  # noqa: E402
from kiosk.settings import Settings  # noqa: E402
from kiosk.simulator.testing import running_simulator  # noqa: E402
from kiosk.store import Store  # noqa: E402


def make_door(sim, data_dir: Path) -> Door:
    settings = Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="bench")
    return Door(Store(data_dir), settings, WebKasaClient(sim.url, sim.api_key))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


class RssSampler(threading.Thread):
    """Peak resident memory while a sync runs (Linux /proc; sampled every 20 ms).

    tracemalloc would slow the sync it measures several-fold, so the process's RSS is read."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.start_rss = self.peak = self.rss()

    @staticmethod
    def rss() -> int:
        try:
            return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            return 0

    def run(self) -> None:
        while not self.stop.wait(0.02):
            self.peak = max(self.peak, self.rss())


def bench_sync(n: int, page_cap: int, latency: float, *, memory: bool) -> Door:
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    with running_simulator(seed=1, registrations=n, page_cap=page_cap, rate_limits=False) as sim:
        sim.faults.latency_s = latency
        door = make_door(sim, tmp)
        sampler = RssSampler()
        sampler.start()
        started = time.perf_counter()
        result = door.pull()
        seconds = time.perf_counter() - started
        sampler.stop.set()
        sampler.join()
        peak = sampler.peak - sampler.start_rss
        pages = math.ceil(n / page_cap) + 1  # + the event itself
        floor = pages * latency
        print(f"sync {n:>7,} regs, cap {page_cap}, {latency * 1000:.0f} ms/request: "
              f"{seconds:6.2f} s  (floor pages x latency = {floor:.2f} s, ratio "
              f"{seconds / floor:.2f}; {result.requests} list requests, complete={result.complete})")
        if memory:
            print(f"  process memory growth during the sync: {peak / 1e6:.1f} MB for {n:,} rows "
                  f"(simulator included; the SQLite page cache is capped at 64 MB)")
        sim.faults.latency_s = 0
        door.client.close()
        door.client = None
        return door


def bench_checkin(door: Door, samples: int) -> None:
    ids = [a.id for a in door.attendees(status="CONFIRMED")][:samples]
    bare = []
    db = door.store.db
    for rid in ids:
        t = time.perf_counter()
        db.execute("SELECT * FROM registrations WHERE id=?", (rid,)).fetchone()
        bare.append((time.perf_counter() - t) * 1000)
    times = []
    for rid in ids:
        t = time.perf_counter()
        verdict = door.checkin(rid)
        times.append((time.perf_counter() - t) * 1000)
        assert verdict.admitted
    print(f"check-in at {door.status().counts and sum(door.status().counts.values()):,} "
          f"registrations ({len(ids)} admits, each fsynced): p50 {statistics.median(times):.2f} ms,"
          f" p99 {pct(times, 0.99):.2f} ms  (bare PK SELECT p50 {statistics.median(bare):.3f} ms)")
    repeats = []
    for rid in ids[:200]:
        t = time.perf_counter()
        door.checkin(rid)
        repeats.append((time.perf_counter() - t) * 1000)
    print(f"  repeat scan (already checked in): p50 {statistics.median(repeats):.2f} ms, "
          f"p99 {pct(repeats, 0.99):.2f} ms")


def bench_outbox(n: int, limit: int, window_s: float) -> None:
    """Drain n check-ins against a write budget of ``limit`` per ``window_s`` (shortened from
    the real minute so the run stays short; the rate is what counts)."""
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    with running_simulator(seed=2, registrations=max(n * 2, 500), page_cap=1000,
                           general_per_min=limit, rate_window_s=window_s) as sim:
        door = make_door(sim, tmp)
        door.pull()
        for rid in [a.id for a in door.attendees(status="CONFIRMED")][:n]:
            door.checkin(rid)
        sim.reset_counters()
        started = time.perf_counter()
        sent = 0
        while door.store.outbox_summary().pending:
            sent += door.push(ignore_backoff=True).sent
        seconds = time.perf_counter() - started
        budget = limit / window_s
        rate = sent / seconds
        print(f"outbox drain: {sent} check-ins in {seconds:.1f} s = {rate:.1f}/s against a write "
              f"limit of {budget:.1f}/s ({rate / budget:.0%} of the budget; "
              f"{sim.count_429()} answers were 429)")
        door.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes for a smoke run")
    args = parser.parse_args()
    big = 20_000 if args.quick else 100_000
    bench_sync(20_000, 500, 0.02, memory=True).close()
    door = bench_sync(big, 500, 0.02, memory=True)
    bench_checkin(door, 500 if args.quick else 2000)
    door.close()
    bench_outbox(60 if args.quick else 150, 20, 4.0)


if __name__ == "__main__":
    main()
