"""One data folder, several processes: network work is single-writer, check-ins never wait."""

import json
import subprocess
import sys
from pathlib import Path

from filelock import FileLock

from kiosk import registrations
from kiosk.settings import Settings, save
from kiosk.store import Store
from kiosk_cli import confirmed_ids, run


def test_push_while_another_process_syncs_says_busy_with_exit_8(env, sim):
    data = Path(env["KIOSK_DATA_DIR"])
    run(["sync"], env, check=True)
    save(Settings(network_lock_wait_s=0.2), data)
    rid = confirmed_ids(sim, 1)[0]
    with FileLock(str(data / "network.lock")):  # this test process is "syncing"
        checked = run(["checkin", "--json", rid], env)  # check-ins never wait on the lock
        assert json.loads(checked.stdout)["verdict"] == "admit"
        busy = run(["push"], env)
        assert busy.returncode == 8
        assert "another kiosk process is syncing" in busy.stderr
        assert run(["sync"], env).returncode == 8
    assert sim.status_of(rid) == "CONFIRMED"
    run(["push"], env, check=True)
    assert sim.status_of(rid) == "ATTENDED"


def test_interleaved_sync_generations_never_mark_live_rows_vanished(env, sim):
    run(["sync"], env, check=True)
    store = Store(Path(env["KIOSK_DATA_DIR"]))
    try:
        older, newer = registrations.next_sync_gen(store), registrations.next_sync_gen(store)
        rows = sim.registrations_json(sim.main_event_id)
        registrations.upsert_server_rows(store, sim.main_event_id, rows, sync_gen=newer, fetched_at=0.0)
        # the older sync finishes last: the rows the newer one saw are not gone
        assert registrations.mark_vanished(store, sim.main_event_id, older) == 0
    finally:
        store.close()


def test_two_syncs_at_once_never_mark_live_registrations_vanished(env, sim):
    run(["sync"], env, check=True)
    procs = [subprocess.Popen([sys.executable, "-m", "kiosk", "sync"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    codes = [p.wait(timeout=120) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert set(codes) <= {0, 8} and 0 in codes
    store = Store(Path(env["KIOSK_DATA_DIR"]))
    try:
        gone = store.db.execute("SELECT COUNT(*) FROM registrations WHERE vanished=1").fetchone()
        live = store.db.execute("SELECT COUNT(*) FROM registrations").fetchone()
    finally:
        store.close()
    assert gone[0] == 0 and live[0] == 300


def test_two_pushes_at_once_keep_undo_then_checkin_in_order(env, sim):
    run(["sync"], env, check=True)
    ids = confirmed_ids(sim, 6)
    run(["checkin", *ids], env, check=True)
    run(["push"], env, check=True)
    for rid in ids:  # undone, then admitted again: the server must end ATTENDED
        run(["undo", rid], env, check=True)
    run(["checkin", *ids], env, check=True)  # one process admits them all again
    sim.faults.write_jitter_s = 0.4  # concurrent writes land out of order
    procs = [subprocess.Popen([sys.executable, "-m", "kiosk", "push"], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    codes = [p.communicate(timeout=120) and p.returncode for p in procs]
    sim.faults.write_jitter_s = 0
    assert set(codes) <= {0, 8} and 0 in codes
    assert [sim.status_of(rid) for rid in ids] == ["ATTENDED"] * len(ids)
