"""The command line as people type it (issue 11): options after the sub-command, JSON that is
always JSON, confirmations, exit codes, local times. Real subprocesses, real simulator."""

from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from door_helpers import make_door
from kiosk.commands.core import local_time
from kiosk_cli import FAILING_KEYRING, NULL_KEYRING, confirmed_ids, kiosk_env, run


@pytest.fixture
def env(sim, tmp_path):
    return kiosk_env(sim, tmp_path / "data", TZ="Europe/Berlin")


@pytest.fixture
def synced(env):
    run(["sync"], env, check=True)
    return env


def test_common_options_after_the_subcommand(sim, env, tmp_path):
    bare = {k: v for k, v in env.items() if not k.startswith("KIOSK_")}
    data = tmp_path / "after"
    out = run(["sync", "--api-url", sim.url, "--api-key", sim.api_key, "--event",
               sim.main_event_id, "--data-dir", str(data)], bare, check=True)
    assert "300 registrations" in out.stdout
    assert (data / "kiosk.db").is_file() and (data / "logs" / "kiosk.log").is_file()
    assert not (tmp_path / "data").exists()  # nothing went to the environment's folder
    # after the sub-command wins over the environment and over the option before it
    out = run(["--event", "evt_wrong", "status", "--json", "--data-dir", str(data),
               "--event", sim.main_event_id], env, check=True)
    assert json.loads(out.stdout)["event"]["id"] == sim.main_event_id
    # -v after the sub-command turns the INFO log on the console on
    rid = confirmed_ids(sim, 1)[0]
    out = run(["checkin", rid, "-v", "--data-dir", str(data)], env, check=True)
    assert re.search(rf"^INFO kiosk\.door: check-in {rid}", out.stderr, re.M), out.stderr
    # a command's own option of the same name keeps its meaning (wipe --event: what to wipe)
    out = run(["wipe", "--data-dir", str(data), "--event", "evt_nothing_here", "--yes"], env,
              check=True)
    assert "Nothing to remove" in out.stdout


def test_conflicts_json_is_always_a_list_and_actions_confirm(sim, synced):
    env = synced
    out = run(["conflicts", "--json"], env, check=True)
    assert json.loads(out.stdout) == []
    assert "No conflicts" in run(["conflicts"], env, check=True).stdout

    rid = confirmed_ids(sim, 1)[0]
    run(["checkin", rid], env, check=True)
    sim.cancel(rid)  # the server cancelled it meanwhile: the upload is refused
    out = run(["push"], env)
    assert out.returncode == 1, out.stdout + out.stderr  # new conflicts are not success
    assert "1 new conflicts" in out.stdout and "kiosk conflicts" in out.stderr

    (conflict,) = json.loads(run(["conflicts", "--json"], env, check=True).stdout)
    assert conflict["registration_id"] == rid
    cid = conflict["outbox_id"]
    out = run(["conflicts", "--retry", str(cid)], env, check=True)
    assert f"#{cid}" in out.stdout and "queued again" in out.stdout
    assert run(["push"], env).returncode == 1  # refused again
    cid = json.loads(run(["conflicts", "--json"], env, check=True).stdout)[0]["outbox_id"]
    out = run(["conflicts", "--json", "--dismiss", str(cid)], env, check=True)
    assert json.loads(out.stdout) == []  # stdout stays JSON; the confirmation is on stderr
    assert f"Dismissed conflict #{cid}" in out.stderr
    out = run(["conflicts", "--dismiss", str(cid)], env)
    assert out.returncode == 1 and "No such conflict" in out.stderr


def test_register_json_refusal_is_json(sim, synced):
    out = run(["register", "--json", "--name", "Ann", "--email", "not-an-address"], synced)
    assert out.returncode == 1
    answer = json.loads(out.stdout)
    assert answer["registered"] is False and answer["error"] and answer["field"]
    sim.set_slots(sim.main_event_id, sim.places_taken(sim.main_event_id) + 2)
    run(["sync", "--no-push"], synced, check=True)  # the door learns the event is nearly full
    out = run(["register", "--json", "--name", "Big Party", "--email", "big@example.org",
               "--guests", "5"], synced)
    assert out.returncode == 1
    answer = json.loads(out.stdout)
    assert answer["registered"] is False and answer["reason"] == "capacity" and answer["error"]


@pytest.mark.parametrize("form", ["url", "json", "bare"])
def test_undo_takes_the_code_forms_checkin_takes(sim, synced, form):
    from kiosk.codes import ticket_payload

    rid = confirmed_ids(sim, 1)[0]
    code = {"url": f"https://tickets.example.org/t?id={rid}",
            "json": ticket_payload(rid, sim.main_event_id), "bare": rid}[form]
    run(["checkin", code], synced, check=True)
    out = run(["undo", "--json", code], synced, check=True)
    assert json.loads(out.stdout) == {"registration_id": rid, "status": "CONFIRMED"}


def test_undo_refuses_garbage_clearly(synced):
    out = run(["undo", "<script>"], synced)
    assert out.returncode == 1 and out.stderr.strip() and "Traceback" not in out.stderr


def test_already_checked_in_shows_local_time_and_door(sim, synced):
    rid = confirmed_ids(sim, 1)[0]
    run(["--api-url", sim.url, "checkin", rid], synced, check=True)
    env = {**synced, "TZ": "Asia/Tokyo"}  # far from UTC: a raw UTC time would show
    out = run(["checkin", rid], env)
    line = out.stdout.strip()
    at = json.loads(run(["checkin", "--json", rid], env).stdout)["checked_in_at"]
    assert at.endswith("Z")  # JSON keeps ISO UTC
    tokyo = datetime.fromisoformat(at).astimezone(timezone.utc)
    expected = f"{(tokyo.hour + 9) % 24:02d}:{tokyo.minute:02d}"
    assert re.search(rf"Already checked in at (\d{{4}}-\d\d-\d\d )?{expected} on \S+", line), line
    assert "T" not in line.split(" at ", 1)[1] and "Z" not in line.split(" at ", 1)[1]


def test_local_time_adds_the_date_when_not_today():
    now = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
    today = local_time("2026-11-25T11:30:00.000Z", now=now)
    other = local_time("2026-11-20T11:30:00.000Z", now=now)
    assert re.fullmatch(r"\d\d:\d\d", today)
    assert re.fullmatch(r"2026-11-\d\d \d\d:\d\d", other)
    assert local_time(None) == "never" and local_time("garbage") == "garbage"


def test_status_shows_server_and_local_counts_labelled(sim, synced):
    rid = confirmed_ids(sim, 1)[0]
    before = json.loads(run(["status", "--json"], synced, check=True).stdout)
    run(["checkin", rid], synced, check=True)
    after = json.loads(run(["status", "--json"], synced, check=True).stdout)
    assert after["counts"]["ATTENDED"] == before["counts"]["ATTENDED"] + 1
    assert after["server_counts"] == before["server_counts"]  # not uploaded: the server's word
    assert after["people_in"] > before["people_in"]
    text = run(["status"], synced, check=True).stdout
    local = re.search(r"By status, with this door's changes: .*ATTENDED (\d+)", text)
    server = re.search(r"By status, as the server last said: .*ATTENDED (\d+).*1 local change",
                       text)
    assert local and server, text
    assert int(local.group(1)) == int(server.group(1)) + 1


def test_double_entries_show_local_time_and_door_names(sim, synced):
    """A double entry (two doors admitted one ticket while apart) was printed as raw ISO UTC
    ("2030-05-01T18:05:00.000Z at Door 1") with "HTTP None" (issue 11)."""
    rid = confirmed_ids(sim, 1)[0]
    run(["checkin", rid], synced, check=True)  # admitted here ...
    door = make_door(sim, Path(synced["KIOSK_DATA_DIR"]))  # the same folder, in-process
    try:  # ... and at another door that could not see this one
        from kiosk.peers.identity import generate
        from kiosk.peers.journal import sign_entry

        other = generate()
        door.journal.apply([sign_entry(other, door.event_id, {
            "seq": 1, "reg": rid, "action": "admit", "status": "ATTENDED",
            "hlc": door.journal.clock.now() + 1, "at": "2030-05-01T18:05:00.000Z"})],
            {other.door_id: "Door 2"})
    finally:
        door.close()
    env = {**synced, "TZ": "Asia/Tokyo"}  # 18:05 UTC is 03:05 the next day there
    conflicts = run(["conflicts"], env, check=True).stdout
    doors = run(["doors"], env, check=True).stdout
    for text in (conflicts, doors):
        assert "2030-05-02 03:05 at Door 2" in text, text
        assert "T18:05" not in text and "18:05" not in text
    assert "HTTP None" not in conflicts and "HTTP" not in conflicts
    assert re.search(r"#0 double entry .*Admitted 2 times", conflicts), conflicts
    data = json.loads(run(["conflicts", "--json"], env, check=True).stdout)
    [double] = [c for c in data if c["kind"] == "double_entry"]
    assert double["admissions"][-1] == {"at": "2030-05-01T18:05:00.000Z", "door_name": "Door 2"}


@pytest.mark.parametrize("placement", ["before", "after"])
def test_data_dir_after_the_subcommand_governs_the_log_and_database(sim, tmp_path, placement):
    """``kiosk sync --data-dir X`` keeps its database and its log in X, as ``kiosk --data-dir X
    sync`` does; neither the environment's folder nor the default one gets a log folder."""
    env = kiosk_env(sim, tmp_path / "env-data", XDG_DATA_HOME=str(tmp_path / "xdg"),
                    HOME=str(tmp_path / "home"))
    data = tmp_path / "chosen"
    option = ["--data-dir", str(data)]
    rid = confirmed_ids(sim, 1)[0]
    for command in (["sync"], ["checkin", rid]):
        run(option + command if placement == "before" else command + option, env, check=True)
    assert (data / "kiosk.db").is_file()
    log = (data / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert re.search(rf"INFO kiosk\.door \w+: check-in {rid}: admit", log), log
    assert not (tmp_path / "env-data").exists()
    # without the environment's folder, the default one is left alone too
    bare = {k: v for k, v in env.items() if k != "KIOSK_DATA_DIR"}
    run(option + ["status"] if placement == "before" else ["status"] + option, bare, check=True)
    assert not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


NO_KEYRING = {  # how a computer without a usable keyring looks to the keyring library
    "fail": FAILING_KEYRING,  # headless Linux
    "null": NULL_KEYRING,
    # Secret Service named in the configuration, but no session bus to reach it
    "no-bus": {"PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
               "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"},
}


@pytest.mark.parametrize("machine", sorted(NO_KEYRING))
def test_wipe_prints_no_keyring_warning_without_a_keyring(sim, tmp_path, machine):
    env = kiosk_env(sim, tmp_path / "data", **NO_KEYRING[machine])
    run(["sync"], env, check=True)
    for args in (["wipe", "--yes"], ["wipe", "--all", "--yes"]):
        out = run(args, env, check=True)
        assert "Removed:" in out.stdout
        assert "WARNING" not in out.stderr and "keyring" not in out.stderr.lower(), out.stderr
    assert not (tmp_path / "data").exists()
