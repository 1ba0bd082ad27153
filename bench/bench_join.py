"""The time a new door takes to join from a door and answer every code (issue 21).

    python bench/bench_join.py [--rows 20000] [--checkins 500] [--rounds 3]

Door A is a real ``kiosk checkin --stdin --json`` process on a folder synced with
``--rows`` registrations from the simulator; it admits ``--checkins`` of them, so the journal
travels too. Each round makes an invitation (``kiosk doors --invite --json``), stops nothing
but WebKasa (the simulator is stopped before the first join: a join that asked it would
fail), and times ``kiosk join`` in a new folder as a process, then one ``kiosk checkin`` of
the last registration there: "ready to answer every code". The issue's target is 10 s for
20,000 registrations.

Baselines measured in the same run: a ``kiosk status`` process on A's folder (what starting
Python and opening a door costs), and the full sync that filled A's folder from the
simulator (what the same door would cost from WebKasa).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from kiosk.api import WebKasaClient
from kiosk.door import Door
from kiosk.settings import Settings
from kiosk.simulator.testing import running_simulator
from kiosk.store import Store
from kiosk_cli import NULL_KEYRING
from peer_helpers import DoorProcess, dead_url, free_port


def kiosk(env: dict[str, str], *args: str) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kiosk", *args], env=env, text=True,
                          capture_output=True, timeout=600)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"kiosk {args[0]} failed: {proc.stderr}")
    return elapsed, proc


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--checkins", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-join-"))
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    with running_simulator(seed=3, registrations=args.rows, slots=args.rows * 2) as sim:
        folder = work / "a" / "data"
        door = Door(Store(folder), Settings(api_url=sim.url, event_id=sim.main_event_id,
                                            device_name="Door A"),
                    WebKasaClient(sim.url, sim.api_key, timeout=30.0))
        start = time.perf_counter()
        assert door.pull().complete
        sync_s = time.perf_counter() - start
        door.close()
        rows = sim.registrations(sim.main_event_id, "CONFIRMED")
        a = DoorProcess(sim, folder, "Door A", port=free_port(), peers=[], api_url=dead_url())
        a.start()
        sim.stop()
    try:
        for row in rows[:args.checkins]:
            a.scan(row["id"])
        last = rows[-1]["id"]
        status_s = [kiosk(a.env, "status")[0] for _ in range(args.rounds)]
        join_s, ready_s = [], []
        for n in range(args.rounds):
            code = json.loads(a.run("doors", "--invite", "--json").stdout)["code"]
            env = {**clean, **NULL_KEYRING, "KIOSK_DATA_DIR": str(work / f"new{n}"),
                   "KIOSK_KEY_PASSPHRASE": "bench passphrase 1234"}
            took, proc = kiosk(env, "join", code, "--json")
            joined = json.loads(proc.stdout)
            answered, verdict = kiosk(env, "checkin", last, "--json")
            assert json.loads(verdict.stdout.splitlines()[0])["verdict"] == "admit"
            join_s.append(took)
            ready_s.append(took + answered)
    finally:
        a.stop()
        shutil.rmtree(work, ignore_errors=True)
    base = statistics.median(status_s)
    print(f"rows {args.rows}, journal entries {joined['entries']}, registrations copied "
          f"{joined['registrations']}, rounds {args.rounds}")
    print(f"kiosk join (process): median {statistics.median(join_s):.2f} s "
          f"({statistics.median(join_s) / base:.1f} x a kiosk status process, "
          f"{base:.2f} s), min {min(join_s):.2f} s, max {max(join_s):.2f} s")
    print(f"join + first check-in answered: median {statistics.median(ready_s):.2f} s, "
          f"max {max(ready_s):.2f} s (target 10 s)")
    print(f"the same folder by a full sync from the simulator: {sync_s:.2f} s "
          f"(join is {sync_s / statistics.median(join_s):.1f} x faster)")


if __name__ == "__main__":
    main()
