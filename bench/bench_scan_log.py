"""Check-in latency with the scan log (issue 20), without it, and with another tree's code.

    python bench/bench_scan_log.py [--rounds 6] [--per 100] [--baseline-tree DIR]

The scan log's row is written on the check-in path (in the check-in's transaction), so every
check-in pays for it. Three ways, interleaved round by round so that load from elsewhere
falls on all alike, each in a child process on a cache of its own synced from one simulator:

- ``log``: this tree as it is;
- ``no-log``: this tree with the scan log's write replaced by nothing;
- ``baseline`` (with ``--baseline-tree``, e.g. ``git archive main | tar -x -C /tmp/main``):
  that tree's code, as the door was before (it wrote an unsigned ``scans`` row too).

Admits and refusals (an unknown code) are timed apart; each is fsynced. Prints p50 and p99
of each and their ratios to ``no-log`` and to ``baseline``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def child(folder: Path, url: str, key: str, event: str, mode: str, per: int) -> None:
    """One round in this process: ``per`` admits and ``per`` refusals, times as JSON."""
    from kiosk.api import WebKasaClient
    from kiosk.door import Door
    from kiosk.settings import Settings
    from kiosk.store import Store

    settings = Settings(api_url=url, event_id=event, device_name="bench")
    door = Door(Store(folder), settings, None)
    if not door.store.get_meta("last_sync_at"):
        with WebKasaClient(url, key) as client:
            door.client = client
            assert door.pull().complete
        door.client = None
    if mode == "no-log":
        door.scan_log.record = lambda *a, **k: 0  # type: ignore[method-assign]
    ids = [a.id for a in door.attendees(status="CONFIRMED")][:per]
    times: dict[str, list[float]] = {"admit": [], "refusal": []}
    for i, rid in enumerate(ids):
        for kind, code in (("admit", rid), ("refusal", f"reg_unknown_{os.getpid()}_{i}")):
            t = time.perf_counter()
            door.checkin(code)
            times[kind].append((time.perf_counter() - t) * 1000)
    door.close()
    print(json.dumps(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--per", type=int, default=100, help="admits (and refusals) a round")
    parser.add_argument("--baseline-tree", type=Path, help="another checkout to compare with")
    parser.add_argument("--child", nargs=6, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        folder, url, key, event, mode, per = args.child
        child(Path(folder), url, key, event, mode, int(per))
        return

    sys.path.insert(0, str(ROOT))
    from kiosk.simulator.testing import running_simulator

    ways = {"log": ROOT, "no-log": ROOT}
    if args.baseline_tree:
        ways["baseline"] = args.baseline_tree.resolve()
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    results: dict[str, dict[str, list[float]]] = {w: {"admit": [], "refusal": []} for w in ways}
    try:
        with running_simulator(seed=3, registrations=2 * args.per * args.rounds + 100,
                               rate_limits=False) as sim:
            for round_no in range(args.rounds):
                order = list(ways) if round_no % 2 == 0 else list(reversed(ways))
                for way in order:
                    env = {**os.environ, "PYTHONPATH": str(ways[way])}
                    out = subprocess.run(
                        [sys.executable, str(Path(__file__).resolve()), "--child",
                         str(tmp / way), sim.url, sim.api_key, sim.main_event_id, way,
                         str(args.per)],
                        env=env, capture_output=True, text=True, check=True, timeout=600)
                    for kind, times in json.loads(out.stdout.splitlines()[-1]).items():
                        results[way][kind] += times
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"check-in latency, {args.rounds} interleaved rounds of {args.per} admits and "
          f"{args.per} refusals each way (ms; every check-in fsynced):")
    for kind in ("admit", "refusal"):
        for way in ways:
            v = results[way][kind]
            line = f"  {kind:8} {way:9} p50 {statistics.median(v):6.2f}  p99 {pct(v, 0.99):6.2f}"
            for base in ("no-log", "baseline"):
                if base in ways and base != way:
                    b = results[base][kind]
                    line += (f"   / {base}: p50 {statistics.median(v) / statistics.median(b):.2f}x"
                             f" p99 {pct(v, 0.99) / pct(b, 0.99):.2f}x")
            print(line)


if __name__ == "__main__":
    main()
