"""Core performance figures: check-ins first, work that does not grow, sync speed.

    python bench/bench_core.py [--rows 100000] [--all]

Each figure is printed as a ratio to a baseline measured in the same run (issue 9 targets):
- check-in p99 during a full sync of --rows registrations in another process, / idle (<= 2x;
  with --phases, where the check-ins' time went: lock wait, commit, run-queue delay);
- check-in p99 after 100,000 finished uploads, and with 20,000 waiting, / a fresh store
  (<= 1.5x);
- a full sync of --rows registrations, / a bare client fetching every page (<= 1.1x).
With --all also: peak memory during the sync and the outbox drain rate.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk import outbox_table  # noqa: E402
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
        while outbox_table.summary(door.store.db).pending:
            sent += door.push(ignore_backoff=True).sent
        seconds = time.perf_counter() - started
        budget = limit / window_s
        rate = sent / seconds
        print(f"outbox drain: {sent} check-ins in {seconds:.1f} s = {rate:.1f}/s against a write "
              f"limit of {budget:.1f}/s ({rate / budget:.0%} of the budget; "
              f"{sim.count_429()} answers were 429)")
        door.close()


# -- issue 9: check-ins first, work that does not grow, sync speed -----------------------------

SYNC_SCRIPT = """
import sys
from pathlib import Path
from kiosk.door import Door
from kiosk.settings import Settings
url, key, event, data = sys.argv[1:5]
door = Door.open(Path(data), Settings(api_url=url, event_id=event, device_name="sync"), key)
print("pulling", flush=True)
result = door.pull()
door.close()
print("done", result.stored, result.complete, flush=True)
"""


def checkin_times(door: Door, ids: list[str], until=None, rate: float = 0.0) -> list[float]:
    """Milliseconds per check-in (each an admit, fsynced), back to back or, with ``rate``,
    that many a second; with ``until``, going round the ids again until it returns True."""
    times: list[float] = []
    i = 0
    due = time.perf_counter()
    while i < len(ids) or (until is not None and not until()):
        rid = ids[i % len(ids)]
        if i >= len(ids):
            door.undo(rid)  # so the next check-in is an admit again
        if rate:  # pacing, not synchronisation: the scans arrive at this rate
            due += 1 / rate
            time.sleep(max(0.0, due - time.perf_counter()))
        t = time.perf_counter()
        door.checkin(rid)
        times.append((time.perf_counter() - t) * 1000)
        i += 1
    return times


class SimulatorProcess:
    """``kiosk simulator`` in its own process, so that serving pages does not take this
    process's interpreter lock from the check-ins being measured."""

    def __init__(self, rows: int, latency: float = 0.0) -> None:
        self.key = "wk_test_bench_core"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "simulator", "--port", "0", "--seed", "3",
             "--registrations", str(rows), "--slots", str(rows * 3), "--no-rate-limit",
             "--api-key", self.key, "--latency", str(latency)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT)
        for line in self.proc.stdout:
            if line.startswith("listening on "):
                self.url = line.split()[-1]
            if line.startswith("main event: "):
                self.event_id = line.split()[2]
                break

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait()


def bench_checkin_during_sync(rows: int, samples: int, phases: bool = False,
                              rate: float = 50.0) -> None:
    """Check-ins in this process while another process re-syncs every registration (the
    server a third process). With ``phases``, where the check-ins' time went as well.

    The scans come ``rate`` a second (50: ten times a busy door's peak, several doors' worth
    on one data folder), idle and during the sync alike. Back to back (``rate`` 0) they are a
    stress test, not a door: check-ins go first, so they then hold the write lock nearly
    all the time and the sync in the other process all but stops."""
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    sim = SimulatorProcess(rows)
    tracer = None
    if phases:
        from checkin_phases import CheckinPhases, summary

        tracer = CheckinPhases()  # before the door's connections are made
    try:
        settings = Settings(api_url=sim.url, event_id=sim.event_id, device_name="bench")
        door = Door(Store(tmp), settings, WebKasaClient(sim.url, sim.key))
        if tracer:
            door.checkin = tracer.wrap(door.checkin)
        door.pull()
        ids = [a.id for a in door.attendees(status="CONFIRMED")]
        idle = checkin_times(door, ids[:samples], rate=rate)
        idle_phases = tracer and tracer.take()
        sync = subprocess.Popen(
            [sys.executable, "-c", SYNC_SCRIPT, sim.url, sim.key, sim.event_id, str(tmp)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert sync.stdout.readline().strip() == "pulling"
        started = time.perf_counter()
        busy = checkin_times(door, ids[samples:samples * 2], rate=rate,
                             until=lambda: sync.poll() is not None)
        took = time.perf_counter() - started
        busy_phases = tracer and tracer.take()
        finished = sync.stdout.read().strip()
        sync.wait()
        door.close()
    finally:
        sim.close()
    ratio = pct(busy, 0.99) / pct(idle, 0.99)
    print(f"check-in p99 during a full sync of {rows:,} in another process: "
          f"{pct(busy, 0.99):.2f} ms vs idle {pct(idle, 0.99):.2f} ms = {ratio:.2f}x "
          f"(target <= 2x; {len(busy)} check-ins, {rate or 'back to back'}/s, during the "
          f"sync of {took:.1f} s; p50 {statistics.median(busy):.2f} vs "
          f"{statistics.median(idle):.2f} ms; {finished})")
    if tracer:
        print(summary("idle", idle_phases))
        print(summary("during the sync", busy_phases))


def bench_checkin_long_day(samples: int) -> None:
    """Check-ins after a long day, against a fresh store, both filled by SQL."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from test_day_long import EVENT, fill

    def run(finished: int, waiting: int) -> list[float]:
        store = Store(Path(tempfile.mkdtemp(prefix="kiosk-bench-")))
        fill(store, finished, waiting, fresh=samples)
        door = Door(store, Settings(event_id=EVENT, device_name="bench"), None)
        ids = [f"reg_n{i:07d}" for i in range(1, samples + 1)]
        times = checkin_times(door, ids)
        door.close()
        return times

    idle = run(0, 0)
    for finished, waiting in ((100_000, 0), (0, 20_000)):
        times = run(finished, waiting)
        print(f"check-in p99 with {finished:,} finished and {waiting:,} waiting uploads: "
              f"{pct(times, 0.99):.2f} ms vs a fresh store {pct(idle, 0.99):.2f} ms = "
              f"{pct(times, 0.99) / pct(idle, 0.99):.2f}x (target <= 1.5x)")


def bare_fetch(client: WebKasaClient, event_id: str) -> int:
    """Fetch every page one after the other, as the API is paged; the rows fetched."""
    offset = fetched = 0
    while True:
        page = client.list_registrations(event_id, offset=offset)
        fetched += len(page.data)
        offset = page.offset + len(page.data)
        if not page.data or not page.has_more and (page.total is None or offset >= page.total):
            return fetched


def bench_sync_vs_bare(rows: int, latency: float, rounds: int, *, in_process: bool) -> None:
    """A full sync into an empty cache, against a bare client that only fetches every page,
    on the same simulator. Interleaved (bare, sync, bare, sync, ...) and the medians compared,
    so that the machine's load while one of them ran does not decide the ratio.

    ``in_process`` (the default, as in earlier runs) serves the pages from a thread of this
    process, where serving competes with the sync for the interpreter lock; otherwise the
    simulator runs in a process of its own, as a real server would."""
    bares: list[float] = []
    syncs: list[float] = []
    with contextlib.ExitStack() as stack:
        if in_process:
            sim = stack.enter_context(running_simulator(seed=4, registrations=rows,
                                                        rate_limits=False))
            sim.faults.latency_s = latency
            url, key, event_id = sim.url, sim.api_key, sim.main_event_id
        else:
            server = SimulatorProcess(rows, latency)
            stack.callback(server.close)
            url, key, event_id = server.url, server.key, server.event_id
        for _ in range(rounds):
            with WebKasaClient(url, key) as client:
                started = time.perf_counter()
                fetched = bare_fetch(client, event_id)
                bares.append(time.perf_counter() - started)
            tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
            settings = Settings(api_url=url, event_id=event_id, device_name="bench")
            door = Door(Store(tmp), settings, WebKasaClient(url, key))
            started = time.perf_counter()
            result = door.pull()
            syncs.append(time.perf_counter() - started)
            door.close()
            shutil.rmtree(tmp, ignore_errors=True)
            assert result.complete and result.stored == fetched, result
            print(f"  round {len(syncs)}: bare {bares[-1]:.2f} s, sync {syncs[-1]:.2f} s = "
                  f"{syncs[-1] / bares[-1]:.2f}x", flush=True)
    bare, full = statistics.median(bares), statistics.median(syncs)
    where = "in this process" if in_process else "in its own process"
    print(f"full sync of {rows:,} ({latency * 1000:.0f} ms a request, simulator {where}): "
          f"median {full:.2f} s vs a bare fetch of every page median {bare:.2f} s = "
          f"{full / bare:.2f}x (target <= 1.1x; {rounds} interleaved rounds; "
          f"{result.requests} requests a sync)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000,
                        help="registrations in the syncs (smaller for a quick run)")
    parser.add_argument("--samples", type=int, default=400, help="check-ins per figure")
    parser.add_argument("--latency-ms", type=float, default=5.0,
                        help="simulated network latency per request in the sync-vs-bare figure")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved bare/sync rounds of the sync-vs-bare figure (medians)")
    parser.add_argument("--only-sync", action="store_true",
                        help="only the sync-vs-bare figure")
    parser.add_argument("--sim-process", action="store_true",
                        help="sync-vs-bare with the simulator in a process of its own")
    parser.add_argument("--checkin-rate", type=float, default=50.0,
                        help="check-ins a second in the check-in-during-sync figure (0: back "
                             "to back, a stress test in which the other process's sync stalls)")
    parser.add_argument("--phases", action="store_true",
                        help="also where the check-ins' time went during the sync (Linux)")
    parser.add_argument("--all", action="store_true",
                        help="also the older figures: memory, check-in at size, outbox drain")
    args = parser.parse_args()
    if not args.only_sync:
        bench_checkin_long_day(args.samples)
        bench_checkin_during_sync(args.rows, args.samples, args.phases, args.checkin_rate)
    bench_sync_vs_bare(args.rows, args.latency_ms / 1000, args.rounds,
                       in_process=not args.sim_process)
    if args.all:
        door = bench_sync(args.rows, 500, 0.02, memory=True)
        bench_checkin(door, args.samples)
        door.close()
        bench_outbox(150, 20, 4.0)


if __name__ == "__main__":
    main()
