"""The venue's list reads of WebKasa: four linked doors against one door alone (issue 21).

    python bench/bench_venue_pull.py [--duration 600] [--interval 120] [--doors 4]

Each door is a real ``kiosk checkin --stdin --json`` process pulling by itself every
``--interval`` seconds (no ``--no-sync``), linked with the others by static peers on
loopback, against the WebKasa simulator (``--registrations`` rows, 100 a page). First one
door runs alone for ``--duration`` seconds, then ``--doors`` doors together for as long,
each on a folder synced beforehand; the simulator's request log counts the registrations
list reads (``GET .../registrations``) of each run, from the doors' start to the end. The
issue's target: the venue's reads at most 1.3 times one door's. A short default run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from kiosk.simulator.testing import running_simulator  # noqa: E402
from peer_helpers import DoorProcess, free_port, sync_folder  # noqa: E402


def list_reads(sim) -> int:
    return sum(1 for r in sim.request_log
               if r.method == "GET" and r.route.endswith("/registrations"))


def run(sim, n: int, duration: float, interval: int, root: Path) -> tuple[int, int]:
    """(list reads, every request) of ``n`` linked doors over ``duration`` seconds."""
    ports = [free_port() for _ in range(n)]
    doors = []
    for i in range(n):
        folder = root / f"run{n}" / f"door{i}" / "data"
        sync_folder(sim, folder, f"Door {i + 1}")
        doors.append(DoorProcess(
            sim, folder, f"Door {i + 1}", port=ports[i],
            peers=[p for j, p in enumerate(ports) if j != i], api_url=sim.url,
            extra_env={"KIOSK_SYNC_INTERVAL_S": str(interval),
                       "KIOSK_PEER_SECRET": "the bench's peer secret"}, args=()))
    sim.reset_counters()
    try:
        for door in doors:
            door.start()
        time.sleep(duration)  # a bench: the run's length is the measurement, not a wait
        reads, every = list_reads(sim), len(sim.request_log)
    finally:
        for door in doors:
            door.stop()
    return reads, every


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per run")
    parser.add_argument("--interval", type=int, default=10, help="sync_interval_s")
    parser.add_argument("--doors", type=int, default=4)
    parser.add_argument("--registrations", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, running_simulator(
            seed=3, registrations=args.registrations, slots=10 * args.registrations,
            rate_limits=False) as sim:
        one, one_all = run(sim, 1, args.duration, args.interval, Path(tmp))
        many, many_all = run(sim, args.doors, args.duration, args.interval, Path(tmp))
    print(f"{args.duration:.0f} s per run, sync_interval_s {args.interval}, "
          f"{args.registrations} registrations")
    print(f"1 door:  {one} list reads ({one_all} requests in all)")
    print(f"{args.doors} doors: {many} list reads ({many_all} requests in all)")
    ratio = many / one if one else float("nan")
    print(f"ratio {ratio:.2f} (target: at most 1.3)")


if __name__ == "__main__":
    main()
