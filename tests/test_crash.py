"""A kiosk killed with SIGKILL mid-stream loses nothing it already answered."""

import json
import os
import signal
import subprocess
import sys

from kiosk import outbox_table, registrations
from kiosk.store import Store
from kiosk_cli import confirmed_ids, kiosk_env


def test_sigkill_during_checkins_loses_nothing_answered(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data")
    subprocess.run([sys.executable, "-m", "kiosk", "sync", "--no-push"], env=env, check=True,
                   capture_output=True, timeout=120)
    ids = confirmed_ids(sim, 40)
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "checkin", "--stdin", "--json"],
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    answered = []
    for rid in ids[:25]:
        proc.stdin.write(rid + "\n")
        proc.stdin.flush()
        answered.append(json.loads(proc.stdout.readline()))
    # more codes in flight, then the power goes
    for rid in ids[25:]:
        proc.stdin.write(rid + "\n")
    proc.stdin.flush()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)

    store = Store(tmp_path / "data")
    assert all(a["verdict"] == "admit" for a in answered)
    for answer in answered:
        attendee = registrations.attendee(store.db, answer["registration_id"])
        assert attendee.effective_status == "ATTENDED" and attendee.awaiting_upload
    pending = outbox_table.summary(store.db).pending
    assert 25 <= pending <= 40  # every answered one, perhaps a few more, nothing twice
    queued = store.db.execute(
        "SELECT registration_id, COUNT(*) FROM outbox GROUP BY registration_id HAVING COUNT(*) > 1"
    ).fetchall()
    assert queued == []
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
