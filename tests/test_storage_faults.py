"""Storage faults (issue 8): a full disk, a read-only folder, a damaged database or search
index, a newer schema, a lock held for long, an interrupted first sync, and names full of
escape sequences. Real processes on real files; the full and read-only disks are real tmpfs
mounts (root only: skipped where mounting is not allowed)."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_cli import confirmed_ids, kiosk_env, run


def _one_line_error(proc, code, words):
    assert proc.returncode == code, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and words in errors[0], proc.stderr


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    """A real little disk (tmpfs), for filling up and turning read-only."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root and the right to mount)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], capture_output=True)


def _fill(disk: Path) -> Path:
    filler = disk / "filler"
    # unbuffered: a buffered file whose last write half-failed raises ENOSPC again when it is
    # closed, outside the suppress (it did, depending on how much the database took)
    with open(filler, "wb", buffering=0) as fh:
        with contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
    with contextlib.suppress(OSError):  # the last few bytes too
        with open(filler, "ab", buffering=0) as fh:
            while True:
                fh.write(b"\0")
                fh.flush()
    return filler


def test_a_full_disk_gives_error_verdicts_and_the_pipe_keeps_answering(sim, tmp_path):
    with tmpfs(tmp_path / "disk", "24m") as disk:
        env = kiosk_env(sim, disk / "data")
        assert run(["sync", "--no-push"], env).returncode == 0
        ids = confirmed_ids(sim, 3)
        # --no-sync: the disk alone fills; a background upload would also empty the outbox
        proc = subprocess.Popen([sys.executable, "-m", "kiosk", "checkin", "--stdin", "--json",
                                 "--no-sync"],
                                env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

        def ask(code):
            proc.stdin.write(code + "\n")
            proc.stdin.flush()
            return json.loads(proc.stdout.readline())

        try:
            assert ask(ids[0])["verdict"] == "admit"
            filler = _fill(disk)
            full = ask(ids[1])
            assert full["verdict"] == "error" and "disk is full" in full["message"]
            assert ask(ids[2])["verdict"] == "error"  # still answering
            filler.unlink()
            assert ask(ids[1])["verdict"] == "admit"  # space again: recorded now
        finally:
            proc.stdin.close()
            stderr = proc.stderr.read()
            proc.wait(timeout=30)
        assert proc.returncode == 7
        assert "Traceback" not in stderr
        status = json.loads(run(["status", "--json"], env).stdout)
        assert status["outbox"]["pending"] == 2  # the two admitted, nothing else


def test_a_door_started_on_a_full_disk_answers_every_line(sim, tmp_path):
    with tmpfs(tmp_path / "disk", "24m") as disk:
        env = kiosk_env(sim, disk / "data")
        assert run(["sync", "--no-push"], env).returncode == 0
        ids = confirmed_ids(sim, 3)
        _fill(disk)
        out = run(["checkin", "--stdin", "--json"], env, input="".join(i + "\n" for i in ids))
        assert "Traceback" not in out.stderr
        verdicts = [json.loads(line) for line in out.stdout.splitlines()]
        assert [v["verdict"] for v in verdicts] == ["error"] * 3, out.stderr
        assert "disk is full" in verdicts[0]["message"]
        assert out.returncode == 7


def test_a_read_only_folder_is_one_line_and_exit_7(sim, tmp_path):
    with tmpfs(tmp_path / "disk", "24m") as disk:
        env = kiosk_env(sim, disk / "data")
        assert run(["sync", "--no-push"], env).returncode == 0
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        try:
            out = run(["checkin", confirmed_ids(sim, 1)[0]], env)
            assert out.returncode == 7, (out.stdout, out.stderr)
            assert "Traceback" not in out.stderr
            assert "read-only" in out.stdout + out.stderr or "writable" in out.stderr
            fresh = run(["status"], {**env, "KIOSK_DATA_DIR": str(disk / "new")})
            _one_line_error(fresh, 7, "read-only")
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(disk)], capture_output=True)


def test_a_newer_schema_is_one_line_and_exit_7(env, tmp_path):
    assert run(["sync", "--no-push"], env).returncode == 0
    with contextlib.closing(sqlite3.connect(tmp_path / "data" / "kiosk.db")) as db:
        db.execute("PRAGMA user_version=99")
    _one_line_error(run(["status"], env), 7, "newer kiosk")


def test_repair_refuses_a_newer_schema_as_every_command_does(env, tmp_path):
    assert run(["sync", "--no-push"], env).returncode == 0
    with contextlib.closing(sqlite3.connect(tmp_path / "data" / "kiosk.db")) as db:
        db.execute("PRAGMA user_version=99")
    out = run(["repair"], env)
    _one_line_error(out, 7, "newer kiosk")
    assert "healthy" not in out.stdout


def test_a_door_pipe_on_a_newer_schema_answers_every_line(env, sim, tmp_path):
    assert run(["sync", "--no-push"], env).returncode == 0
    with contextlib.closing(sqlite3.connect(tmp_path / "data" / "kiosk.db")) as db:
        db.execute("PRAGMA user_version=99")
    out = run(["checkin", "--stdin", "--json"], env,
              input="".join(i + "\n" for i in confirmed_ids(sim, 2)))
    assert out.returncode == 7 and "Traceback" not in out.stderr
    verdicts = [json.loads(line) for line in out.stdout.splitlines()]
    assert [v["verdict"] for v in verdicts] == ["error", "error"]
    assert "newer kiosk" in verdicts[0]["message"]


def test_a_damaged_search_index_structure_record_is_rebuilt_by_repair(env, sim, tmp_path):
    from kiosk.door import Door
    from kiosk.settings import Settings

    assert run(["sync", "--no-push"], env).returncode == 0
    rid = confirmed_ids(sim, 1)[0]
    with contextlib.closing(sqlite3.connect(tmp_path / "data" / "kiosk.db")) as db:
        # row 10 is FTS5's structure record: without it the index cannot even be opened
        db.execute("UPDATE registrations_fts_data SET block = x'00000000ffffffffffffffffff'"
                   " WHERE id = 10")
        db.commit()
    sim.rename(rid, "Quentin Zebedee")
    _one_line_error(run(["sync", "--no-push"], env), 7, "kiosk repair")

    repaired = run(["repair"], env)
    assert repaired.returncode == 0, (repaired.stdout, repaired.stderr)
    assert "healthy" in repaired.stdout
    assert run(["sync", "--no-push"], env).returncode == 0
    door = Door.open(tmp_path / "data", Settings(event_id=sim.main_event_id), None)
    try:
        assert [a.id for a in door.search("Zebedee")] == [rid]
    finally:
        door.close()


def test_a_damaged_database_file_is_one_line_and_exit_7(env, tmp_path):
    assert run(["sync", "--no-push"], env).returncode == 0
    path = tmp_path / "data" / "kiosk.db"
    with open(path, "r+b") as fh:
        fh.write(b"this is not a database at all" * 4)
    _one_line_error(run(["status"], env), 7, "damaged")
    _one_line_error(run(["repair"], env), 7, "damaged beyond")
    assert path.exists()  # kept for whoever wants to recover it


def test_a_damaged_search_index_is_repaired_keeping_every_record(env, sim, tmp_path):
    from kiosk.door import Door
    from kiosk.settings import Settings

    assert run(["sync", "--no-push"], env).returncode == 0
    rid = confirmed_ids(sim, 1)[0]
    assert run(["checkin", rid], env).returncode == 0
    with contextlib.closing(sqlite3.connect(tmp_path / "data" / "kiosk.db")) as db:
        db.execute("UPDATE registrations_fts_data SET block = randomblob(length(block))"
                   " WHERE id > 10")
        # and its structure record, which every change of the index reads (random bytes
        # there are not always noticed: a sync that writes its pages in few statements
        # changed the index too seldom to trip over damaged segments every time)
        db.execute("UPDATE registrations_fts_data SET block = x'00000000ffffffffffffffffff'"
                   " WHERE id = 1")
        db.commit()
    sim.rename(rid, "Quentin Zebedee")
    for other in confirmed_ids(sim, 120)[1:]:  # enough changes that the index merges segments
        sim.rename(other, "Someone Else")
    _one_line_error(run(["sync", "--no-push"], env), 7, "kiosk repair")

    repaired = run(["repair"], env)
    assert repaired.returncode == 0, repaired.stderr
    assert "1 uploads waiting" in repaired.stdout and "healthy" in repaired.stdout
    assert run(["sync", "--no-push"], env).returncode == 0
    door = Door.open(tmp_path / "data", Settings(event_id=sim.main_event_id), None)
    try:
        assert [a.id for a in door.search("Zebedee")] == [rid]
        assert door.attendee(rid).effective_status == "ATTENDED"
        assert door.status().outbox.pending == 1
    finally:
        door.close()


def test_a_lock_held_for_long_is_an_error_verdict_not_a_hang(env, sim, tmp_path):
    assert run(["sync", "--no-push"], env).returncode == 0
    holder = sqlite3.connect(tmp_path / "data" / "kiosk.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:  # a door waits lock_wait_s (30 s by default) for the database, then says so
        out = run(["checkin", "--json", confirmed_ids(sim, 1)[0]], {**env, "KIOSK_LOCK_WAIT_S": "1"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert out.returncode == 7 and "Traceback" not in out.stderr
    verdict = json.loads(out.stdout)
    assert verdict["verdict"] == "error" and "locked" in verdict["message"]


def test_an_interrupted_first_sync_is_not_presented_as_ready(env, sim, tmp_path):
    sim.faults.update(list_fail_from_offset=100)
    assert run(["sync"], env).returncode == 6
    with contextlib.closing(sqlite3.connect(tmp_path / "data" / "kiosk.db")) as db:
        cached = {row[0] for row in db.execute("SELECT id FROM registrations")}
    assert 0 < len(cached) < 300
    missing = next(r for r in confirmed_ids(sim, 300) if r not in cached)
    present = next(r for r in confirmed_ids(sim, 300) if r in cached)

    _one_line_error(run(["status"], env), 3, "First sync incomplete")
    out = run(["checkin", "--json", missing, present], env)
    first, second = (json.loads(line) for line in out.stdout.splitlines())
    assert first["verdict"] == "unknown" and "Not downloaded yet" in first["message"]
    assert second["verdict"] == "admit"

    sim.faults.clear()
    assert run(["sync", "--no-push"], env).returncode == 0
    assert run(["status"], env).returncode == 0
    again = json.loads(run(["checkin", "--json", "reg_doesnotexist"], env).stdout)
    assert again["message"] == "No such registration for this event"


EVIL = "Eve\x1b]0;owned\x07\x1b[2J\x9b31m Mallory\u202egnp.exe"


def test_names_cannot_drive_the_terminal(env, sim):
    rid = confirmed_ids(sim, 1)[0]
    sim.rename(rid, EVIL)
    assert run(["sync", "--no-push"], env).returncode == 0

    text = run(["checkin", rid], env).stdout
    assert "Mallory" in text
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in text

    line = run(["checkin", "--json", rid], env).stdout
    assert not any(ch in line for ch in "\x1b\x07\x9b\u202e")
    assert json.loads(line)["attendee_name"] == EVIL  # escaped, not lost

    exported = run(["export", "--format", "csv"], env).stdout
    assert not any(ch in exported for ch in "\x1b\x07\x9b\u202e")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(exported))}
    assert "Mallory" in rows[rid]["attendee_name"]

    jsonl = run(["export", "--format", "jsonl"], env).stdout
    assert not any(ch in jsonl for ch in "\x1b\x07\x9b\u202e")
    names = {json.loads(x)["id"]: json.loads(x)["attendee_name"] for x in jsonl.splitlines()}
    assert names[rid] == EVIL
