"""Personal data on the door laptop: private file permissions, and ``kiosk wipe`` removing
every trace of an event (database and its journals, logs, tracked exports, the settings'
event, the keyring entry), run through the real command line in-process."""

from __future__ import annotations

import logging
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import main
from kiosk.secrets import SERVICE
from kiosk.settings import load
from kiosk.wipe import record_export, tracked_exports
from kiosk_cli import kiosk_env


def _reset_logging() -> None:
    """``kiosk``'s logging is configured once per process; each CLI call here is a new run."""
    root = logging.getLogger("kiosk")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    if hasattr(root, "_kiosk_configured"):
        del root._kiosk_configured


@pytest.fixture
def kiosk(tmp_path, monkeypatch):
    """``kiosk(*args, input=...)`` runs the command line on ``tmp_path/data``."""
    for name in ("KIOSK_API_URL", "KIOSK_API_KEY", "KIOSK_EVENT", "KIOSK_DATA_DIR"):
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "data"

    def run(*args: str, input: str | None = None, code: int | None = 0):
        _reset_logging()
        result = CliRunner().invoke(main, ["--data-dir", str(data), *args], input=input,
                                    catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, result.output
        return result

    run.data = data  # type: ignore[attr-defined]
    yield run
    _reset_logging()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def set_up_door(kiosk, sim, memory_keyring) -> Path:
    """Log in (key to the keyring), sync, check one person in, export: a used door laptop."""
    data = kiosk.data
    kiosk("--api-url", sim.url, "--api-key", sim.api_key, "login", "--event", sim.main_event_id)
    assert memory_keyring.entries[(SERVICE, sim.url)] == sim.api_key
    kiosk("sync")
    rid = next(r["id"] for r in sim.registrations_json(sim.main_event_id)
               if r["status"] == "CONFIRMED")
    kiosk("checkin", rid)
    return data


def test_private_permissions_and_wipe_of_the_event(kiosk, sim, memory_keyring, tmp_path):
    data = set_up_door(kiosk, sim, memory_keyring)
    export = tmp_path / "attendance.csv"
    kiosk("export", "--output", str(export))
    record_export(data, export, sim.main_event_id)  # what an exporter that tracks does

    # everything personal is readable by this user only
    assert mode(data) == 0o700 and mode(data / "logs") == 0o700
    for name in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "settings.json", "logs/kiosk.log"):
        if (data / name).exists():
            assert mode(data / name) == 0o600, name
    assert mode(export) == 0o600
    for path in data.rglob("*"):  # the key is in the keyring, nowhere on disk
        assert not path.is_file() or sim.api_key.encode() not in path.read_bytes(), path

    # a check-in that has not reached WebKasa stops the wipe
    refused = kiosk("wipe", "--yes", code=1)
    assert "not uploaded to WebKasa" in refused.output and (data / "kiosk.db").exists()
    kiosk("push")

    # asked, and told no: nothing goes
    kiosk("wipe", input="n\n", code=1)
    assert (data / "kiosk.db").exists() and export.exists()

    result = kiosk("wipe", "--yes")
    for gone in ("kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "logs/kiosk.log"):
        assert not (data / gone).exists(), gone
    assert not export.exists() and not tracked_exports(data)
    assert str(data / "kiosk.db") in result.output and str(export) in result.output
    assert "keyring" in result.output
    assert (SERVICE, sim.url) not in memory_keyring.entries
    settings = load(data)
    assert settings.event_id is None and settings.api_url == sim.url  # the rest is kept
    assert sim.main_event_id in result.output

    # again: nothing left to remove for that event
    assert "Nothing to remove" in kiosk("wipe", "--event", sim.main_event_id).output


def test_wipe_one_event_keeps_the_others_and_the_key(kiosk, sim, memory_keyring):
    data = set_up_door(kiosk, sim, memory_keyring)
    kiosk("push")
    kiosk("--event", sim.other_event_id, "sync")  # a second event in the same database
    gone = sim.registrations_json(sim.main_event_id)
    kept = sim.registrations_json(sim.other_event_id)
    marker = gone[0]["attendee_email"].encode()

    result = kiosk("wipe", "--event", sim.main_event_id, "--yes", "--keep-key")
    assert "rows of " + sim.main_event_id in result.output
    with sqlite3.connect(data / "kiosk.db") as db:
        events = {r[0] for r in db.execute("SELECT DISTINCT event_id FROM registrations")}
        count = db.execute("SELECT COUNT(*) FROM registrations").fetchone()[0]
        hits = db.execute("SELECT COUNT(*) FROM registrations_fts WHERE registrations_fts "
                          "MATCH ?", (f'"{gone[0]["attendee_email"]}"',)).fetchone()[0]
    assert events == {sim.other_event_id} and count == len(kept) and hits == 0
    # overwritten on disk, not just unlinked from the b-tree
    for suffix in ("", "-wal"):
        path = Path(f"{data / 'kiosk.db'}{suffix}")
        if path.exists():
            assert marker not in path.read_bytes(), suffix
    assert memory_keyring.entries[(SERVICE, sim.url)] == sim.api_key  # --keep-key
    assert load(data).event_id is None  # it was the configured event


def test_wipe_all_removes_the_folder(kiosk, sim, memory_keyring):
    data = set_up_door(kiosk, sim, memory_keyring)
    (data / "notes-of-the-organiser.txt").write_text("not ours", encoding="utf-8")
    kiosk("wipe", "--all", "--yes", code=1)  # the unsent check-in again
    result = kiosk("wipe", "--all", "--yes", "--force")
    assert "settings" in result.output and "keyring" in result.output
    assert sorted(p.name for p in data.iterdir()) == ["notes-of-the-organiser.txt"]
    assert not memory_keyring.entries
    (data / "notes-of-the-organiser.txt").unlink()
    _reset_logging()
    # only the folder is left to remove, then nothing
    kiosk("wipe", "--all", "--yes")
    assert not data.exists()


def test_wipe_needs_an_event_and_knows_an_unknown_one(kiosk, sim, memory_keyring):
    assert "No event to wipe" in kiosk("wipe", "--yes", code=3).output
    set_up_door(kiosk, sim, memory_keyring)
    result = kiosk("wipe", "--event", "evt_notours123", "--yes")
    assert "Nothing to remove" in result.output
    assert (kiosk.data / "kiosk.db").exists() and memory_keyring.entries
    kiosk("wipe", "--event", "evt_x", "--all", code=2)


def test_exports_are_private_and_found_by_wipe(sim, tmp_path):
    from kiosk.wipe import plan_wipe

    data = tmp_path / "data"
    env = kiosk_env(sim, data)
    subprocess.run([sys.executable, "-m", "kiosk", "sync"], env=env, check=True,
                   capture_output=True, timeout=120)
    export = tmp_path / "elsewhere" / "attendance.csv"
    export.parent.mkdir()
    subprocess.run([sys.executable, "-m", "kiosk", "export", "--output", str(export)], env=env,
                   check=True, capture_output=True, timeout=120)
    assert export.stat().st_mode & 0o077 == 0
    assert export in [p for p, _ in plan_wipe(data, sim.main_event_id).files]
    for path in [data / "kiosk.db", data / "settings.json", data / "logs" / "kiosk.log"]:
        if path.exists():
            assert path.stat().st_mode & 0o077 == 0, path


def test_each_file_beside_the_database_is_labelled_for_what_it_is(kiosk, sim, memory_keyring):
    """The list shown before a wipe named ``network.lock`` a "database journal" (issue 11)."""
    from kiosk.wipe import plan_wipe

    data = set_up_door(kiosk, sim, memory_keyring)
    for name in ("network.lock", "kiosk.db-wal", "kiosk.db-shm", "kiosk.db-journal",
                 "kiosk.db-intent", "pin_lock.json"):
        (data / name).touch()  # the door's own may be gone once its process ended
    labels = {path.name: what for path, what in plan_wipe(data, None).files}
    assert labels["network.lock"].startswith("lock file") and "journal" not in labels["network.lock"]
    assert labels["kiosk.db-wal"].startswith("database write-ahead log")
    assert labels["kiosk.db-shm"].startswith("database shared-memory")
    assert labels["kiosk.db-journal"] == "database rollback journal"
    assert labels["kiosk.db-intent"].startswith("lock file")
    assert labels["kiosk.db"].startswith("the database")
    assert labels["pin_lock.json"] == "count of wrong staff PINs"
    result = kiosk("wipe", "--all", "--yes", "--force")
    assert "network.lock" in result.output and "lock file" in result.output


def test_wiping_an_event_removes_its_badge_jobs(tmp_path):
    """``badge_jobs`` has an event id like the other tables: a wipe of the event takes its
    badges (who asked, when, which printer) with it, and leaves another event's alone."""
    from kiosk import registrations, wipe
    from kiosk.badges.jobs import BadgeQueue
    from kiosk.store import Store

    store = Store(tmp_path / "d")
    try:
        for event_id, rid in (("evt_gone", "reg_gone"), ("evt_kept", "reg_kept")):
            registrations.upsert_server_rows(
                store, event_id, [{"id": rid, "attendee_name": "Ada", "status": "CONFIRMED"}],
                sync_gen=1, fetched_at=1.0)
            BadgeQueue(store, event_id, "Door 1").request(rid)
        wipe.delete_event(store, "evt_gone")
        left = store.db.execute("SELECT registration_id FROM badge_jobs").fetchall()
        assert [tuple(r) for r in left] == [("reg_kept",)]
    finally:
        store.close()
