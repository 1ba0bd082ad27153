"""Check-ins first across processes (issue 9): a check-in in one process goes ahead of the
background batches (sync pages, search indexing, archiving) another process is writing.

Two real processes share one data folder. Order-based: the other process records, at the
start of each of its batches, how many check-ins it can see; no sleeps, no durations (the
deadlines only keep a broken build from hanging).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from kiosk import registrations
from kiosk import store as store_module
from kiosk.door import Door
from kiosk.settings import Settings
from kiosk.store import Store

EVENT = "evt_xproc"
DEADLINE_S = 60.0  # a hang guard, never a measurement
HELD_BATCH = 3

# Process A: background batches, the way the sync writes its pages; batch HELD_BATCH keeps
# the write lock until the test says "go" on stdin.
BATCHES = f"""
import sys
from pathlib import Path
from kiosk.store import Store
store = Store(Path(sys.argv[1]))
for n in range(1, {HELD_BATCH} + 3):
    with store.write(background=True) as db:
        seen = db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
        db.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"batch {{n}}", str(seen)))
        if n == {HELD_BATCH}:
            print("holding", flush=True)
            assert sys.stdin.readline() == "go\\n"
store.close()
print("done", flush=True)
"""


def rows(n: int) -> list[dict]:
    return [{"id": f"reg_x{i:04d}", "event_id": EVENT, "attendee_name": f"Person {i}",
             "status": "CONFIRMED"} for i in range(n)]


@pytest.mark.skipif(store_module.fcntl is None, reason="no flock: SQLite's lock alone orders")
def test_checkin_in_another_process_goes_before_the_next_batch(tmp_path):
    data = tmp_path / "data"
    store = Store(data)
    registrations.upsert_server_rows(store, EVENT, rows(3), sync_gen=None, fetched_at=1.0)
    door = Door(store, Settings(event_id=EVENT, device_name="Door 1"), None)
    batches = subprocess.Popen([sys.executable, "-c", BATCHES, str(data)], text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert batches.stdout.readline() == "holding\n"  # A is inside a batch, holding the lock
        asked = threading.Event()
        verdicts = []

        def check_in() -> None:
            # the check-in's first BEGIN IMMEDIATE: it has announced itself and now waits
            # for A's lock
            store.db.set_trace_callback(lambda sql: sql == "BEGIN IMMEDIATE" and asked.set())
            verdicts.append(door.checkin("reg_x0001"))
            store.db.set_trace_callback(None)

        checkin = threading.Thread(target=check_in)
        checkin.start()
        assert asked.wait(DEADLINE_S)
        out, err = batches.communicate("go\n", timeout=DEADLINE_S)
        checkin.join(DEADLINE_S)
    finally:
        if batches.poll() is None:
            batches.kill()
            batches.wait()
    assert batches.returncode == 0 and out == "done\n", err
    assert verdicts and verdicts[0].admitted
    seen = {key: int(value) for key, value in store.db.execute(
        "SELECT key, value FROM meta WHERE key LIKE 'batch %'")}
    # the held batch began before the check-in; the very next batch of A began after it
    # had committed, although A asked for the lock again at once
    assert seen[f"batch {HELD_BATCH}"] == 0
    assert seen[f"batch {HELD_BATCH + 1}"] == 1, seen
    door.close()


def test_without_flock_sqlite_alone_orders_the_writers(tmp_path, monkeypatch):
    """Windows has no fcntl: check-ins and background writers still work, ordered by the
    in-process lane and SQLite's lock, and no intent file is made."""
    monkeypatch.setattr(store_module, "fcntl", None)
    store = Store(tmp_path / "data")
    registrations.upsert_server_rows(store, EVENT, rows(3), sync_gen=None, fetched_at=1.0)
    door = Door(store, Settings(event_id=EVENT, device_name="Door 1"), None)
    assert door.checkin("reg_x0002").admitted
    assert registrations.attendee(store.db, "reg_x0001") is not None
    assert not (tmp_path / "data" / "kiosk.db-intent").exists()
    door.close()


@pytest.mark.skipif(not hasattr(os, "SCHED_BATCH"), reason="Linux scheduling policies only")
def test_bulk_loading_does_not_preempt_checkins_on_wakeup(tmp_path):
    """The sync's thread, and the page fetchers it starts, run as SCHED_BATCH while they
    load (they do not preempt a check-in when they wake), and go back afterwards."""
    store = Store(tmp_path / "data")
    seen = []
    with store.bulk():
        seen.append(os.sched_getscheduler(0))
        fetcher = threading.Thread(target=lambda: seen.append(os.sched_getscheduler(0)))
        fetcher.start()
        fetcher.join(DEADLINE_S)
    seen.append(os.sched_getscheduler(0))
    assert seen == [os.SCHED_BATCH, os.SCHED_BATCH, os.SCHED_OTHER]
    store.close()


HOLDER = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_SH)  # announced, then stuck (a stopped or hung process)
print("holding", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(store_module.fcntl is None, reason="no flock: nothing to get stuck on")
def test_a_checkin_stuck_in_another_process_does_not_hang_the_sync(tmp_path, monkeypatch,
                                                                   caplog):
    """A process that announced a check-in and then stopped (Ctrl+Z, a debugger) must not
    hold the sync back for ever: after INTENT_WAIT_S the batch writes anyway."""
    monkeypatch.setattr(store_module, "INTENT_WAIT_S", 0.05)
    store = Store(tmp_path / "data")
    intent = f"{store.path}{store_module.INTENT_SUFFIX}"
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, intent], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == "holding\n"
        written = threading.Event()

        def batch():
            with store.write(background=True) as db:
                db.execute("INSERT INTO meta(key, value) VALUES ('batch', 'written')")
            written.set()

        worker = threading.Thread(target=batch, daemon=True)
        worker.start()
        assert written.wait(DEADLINE_S), "the batch waited for ever on a stuck check-in"
        assert holder.poll() is None  # it still holds the file: the batch went past it
        assert store.get_meta("batch") == "written"
        assert "writing anyway" in caplog.text
    finally:
        holder.stdin.close()
        holder.wait(DEADLINE_S)
        store.close()
