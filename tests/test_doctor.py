"""``kiosk doctor`` (issue 21): one line a check before the doors open, ``--json`` for
scripts, exit 0 all ok, 1 warnings, 2 problems. Real simulator, real ``kiosk`` processes; the
camera is a small video file, the wrong clock the simulator's."""

from __future__ import annotations

import json
import socket
import sqlite3
import time

import pytest

from kiosk.simulator.testing import running_simulator
from kiosk_cli import confirmed_ids, kiosk_env, run
from peer_helpers import attended_at, dead_url, free_port, wait_for
from scan_helpers import empty_frame, write_video


def doctor(env, *args: str, key: str) -> tuple[int, dict[str, dict]]:
    """Runs ``kiosk doctor --json``; its exit code and the checks by name. The key is never
    in what it prints, plain or JSON."""
    plain = run(["doctor", *args], env)
    proc = run(["doctor", "--json", *args], env)
    for out in (plain.stdout, plain.stderr, proc.stdout, proc.stderr):
        assert key not in out
    assert "Traceback" not in plain.stderr + proc.stderr, plain.stderr + proc.stderr
    assert plain.returncode == proc.returncode
    checks = json.loads(proc.stdout)
    assert all(set(c) == {"check", "state", "detail", "todo"} for c in checks)
    assert len(plain.stdout.splitlines()) == len(checks)  # one line a check
    return proc.returncode, {c["check"]: c for c in checks}


@pytest.fixture
def door_env(sim, tmp_path):
    """A door with a video file for a camera and a peer port nobody else uses."""
    video = write_video(tmp_path / "camera.avi", [empty_frame((320, 240), seed=i) for i in range(5)])
    return kiosk_env(sim, tmp_path / "data", KIOSK_CAMERA_SOURCE=str(video),
                     KIOSK_PEER_PORT=str(free_port()))


def test_a_synced_door_with_a_camera_is_ready(sim, door_env):
    run(["sync", "--no-push"], door_env, check=True)
    code, checks = doctor(door_env, key=sim.api_key)
    not_ok = {name: c for name, c in checks.items() if c["state"] != "ok"}
    assert set(not_ok) <= {"disk space"}, not_ok  # the test machine's disk is not ours
    assert code == (1 if not_ok else 0)
    assert "found" in checks["server and event"]["detail"]
    assert "gives pictures" in checks["camera"]["detail"]
    assert checks["other doors"]["detail"].startswith("none seen")


def test_a_door_never_synced_has_a_problem_and_exits_2(sim, door_env):
    code, checks = doctor(door_env, key=sim.api_key)
    assert code == 2
    assert checks["last full pull"]["state"] == "problem"
    assert "kiosk sync" in checks["last full pull"]["todo"]


def test_a_server_clock_five_minutes_ahead_is_a_clock_warning(tmp_path):
    with running_simulator(seed=7, registrations=20, clock=lambda: time.time() + 300) as sim:
        env = kiosk_env(sim, tmp_path / "data", KIOSK_PEER_PORT=str(free_port()))
        run(["sync", "--no-push"], env, check=True)
        code, checks = doctor(env, "--no-camera", key=sim.api_key)
    assert checks["clock (server)"]["state"] == "warning"
    assert "behind the WebKasa server's" in checks["clock (server)"]["detail"]
    assert code == 1 and "camera" not in checks


def test_a_server_out_of_reach_is_a_warning_not_a_crash(sim, door_env):
    run(["sync", "--no-push"], door_env, check=True)
    offline = {**door_env, "KIOSK_API_URL": dead_url()}
    code, checks = doctor(offline, key=sim.api_key)
    assert checks["server and event"]["state"] == "warning"
    assert "cannot reach the server" in checks["server and event"]["detail"]
    assert code == 1


def test_a_refused_key_and_a_camera_that_does_not_open_are_problems(sim, door_env, tmp_path):
    wrong = "wk_test_" + "x" * 32
    env = {**door_env, "KIOSK_API_KEY": wrong,
           "KIOSK_CAMERA_SOURCE": str(tmp_path / "no-such-camera.avi")}
    code, checks = doctor(env, key=wrong)
    assert code == 2
    assert checks["server and event"]["state"] == "problem"
    assert "refused the key" in checks["server and event"]["detail"]
    assert checks["camera"]["state"] == "problem"
    assert "--list-cameras" in checks["camera"]["todo"] and "--no-camera" in checks["camera"]["todo"]


def test_a_pdf_badge_printer_is_checked_only_when_badges_print(sim, door_env, tmp_path):
    run(["sync", "--no-push"], door_env, check=True)
    _, checks = doctor(door_env, "--no-camera", key=sim.api_key)
    assert "badge printer" not in checks
    env = {**door_env, "KIOSK_BADGE_ON_ADMIT": "1"}
    _, checks = doctor(env, "--no-camera", key=sim.api_key)
    assert checks["badge printer"]["state"] == "problem"
    env["KIOSK_BADGE_PRINTER"] = f"pdf:{tmp_path / 'badges'}"
    _, checks = doctor(env, "--no-camera", key=sim.api_key)
    assert checks["badge printer"]["state"] == "ok"
    env["KIOSK_BADGE_PRINTER"] = "No Such Label Printer"
    _, checks = doctor(env, "--no-camera", key=sim.api_key)
    assert checks["badge printer"]["state"] == "problem"
    assert "not known to the system" in checks["badge printer"]["detail"]


def test_a_running_door_holding_its_peer_port_is_fine_and_its_linked_door_is_seen(
        event_sim, doors):
    a, b = doors(["Door A", "Door B"])
    a.start()
    b.start()
    rid = confirmed_ids(event_sim, 1)[0]
    assert a.scan(rid)["verdict"] == "admit"
    wait_for(lambda: attended_at(b, rid), "Door B to learn of the check-in")
    proc = a.run("doctor", "--json", "--no-camera")
    assert event_sim.api_key not in proc.stdout + proc.stderr
    checks = {c["check"]: c for c in json.loads(proc.stdout)}
    assert checks["peer port"]["state"] == "ok", checks["peer port"]
    assert "this door is running" in checks["peer port"]["detail"]
    assert checks["other doors"]["detail"].startswith("1 seen"), checks["other doors"]
    a.stop()
    b.stop()  # nobody advertises now; door A knows Door B, and no longer by a peers list
    alone = {**a.env, "KIOSK_PEER_DISCOVERY": "1", "KIOSK_PEERS": ""}
    _, checks = doctor(alone, "--no-camera", key=event_sim.api_key)
    assert checks["mDNS"]["state"] == "warning", checks["mDNS"]
    assert "peers" in checks["mDNS"]["todo"]


def test_a_peer_port_held_by_another_program_is_a_warning(sim, door_env):
    run(["sync", "--no-push"], door_env, check=True)
    with socket.socket() as other:
        other.bind(("0.0.0.0", int(door_env["KIOSK_PEER_PORT"])))
        other.listen()
        code, checks = doctor(door_env, "--no-camera", key=sim.api_key)
    assert checks["peer port"]["state"] == "warning"
    assert "in use by another program" in checks["peer port"]["detail"]
    assert code == 1


def test_a_key_in_the_passphrase_file_is_found_and_never_shown(sim, door_env):
    env = {k: v for k, v in door_env.items() if k != "KIOSK_API_KEY"}  # no keyring either
    code, checks = doctor(env, "--no-camera", key=sim.api_key)
    assert code == 2 and checks["key store"]["state"] == "problem"
    assert "kiosk login" in checks["key store"]["todo"]
    run(["login", "--event", sim.main_event_id], env, check=True,
        input=f"{sim.api_key}\ncorrect horse\ncorrect horse\n")

    _, checks = doctor({**env, "KIOSK_KEY_PASSPHRASE": "correct horse"}, "--no-camera",
                       key=sim.api_key)
    assert checks["key store"]["state"] == "ok" and "KIOSK_KEY_PASSPHRASE" in checks["key store"]["detail"]
    assert checks["server and event"]["state"] == "ok"
    _, checks = doctor(env, "--no-camera", key=sim.api_key)  # staff type it at the door
    assert checks["key store"]["state"] == "ok" and "passphrase" in checks["key store"]["detail"]
    assert checks["server and event"]["state"] == "warning"
    code, checks = doctor({**env, "KIOSK_KEY_PASSPHRASE": "wrong horse!"}, "--no-camera",
                          key=sim.api_key)
    assert code == 2 and checks["key store"]["state"] == "problem"


def test_a_damaged_database_is_a_problem_line_not_a_crash(sim, door_env, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "kiosk.db").write_bytes(b"not a database, " * 512)
    code, checks = doctor(door_env, "--no-camera", key=sim.api_key)
    assert code == 2 and checks["data folder"]["state"] == "problem"
    assert "kiosk repair" in checks["data folder"]["detail"] + checks["data folder"]["todo"]


def test_a_full_pull_hours_old_is_a_warning(sim, door_env, tmp_path):
    run(["sync", "--no-push"], door_env, check=True)
    db = sqlite3.connect(tmp_path / "data" / "kiosk.db")
    with db:  # the last full pull, as a door that has not synced since early this morning
        db.execute("UPDATE meta SET value = ? WHERE key = 'last_sync_at'",
                   (time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() - 5 * 3600)),))
    db.close()
    code, checks = doctor(door_env, "--no-camera", key=sim.api_key)
    assert checks["last full pull"]["state"] == "warning"
    assert "5 h ago" in checks["last full pull"]["detail"]
    assert "kiosk sync" in checks["last full pull"]["todo"]
    assert code == 1


def test_a_door_of_two_events_checks_each_event(sim, door_env):
    both = {**door_env, "KIOSK_EVENT": f"{sim.main_event_id},{sim.other_event_id}"}
    run(["sync", "--no-push"], both, check=True)
    code, checks = doctor(both, key=sim.api_key)
    server = checks["server and event"]
    assert server["state"] == "ok", server
    for event_id in (sim.main_event_id, sim.other_event_id):
        assert f"{sim.event(event_id)['title']!r} ({event_id})" in server["detail"]

    gone = {**door_env, "KIOSK_EVENT": f"{sim.main_event_id},evt_gone"}  # the second is not
    code, checks = doctor(gone, key=sim.api_key)
    assert code == 2
    server = checks["server and event"]
    assert server["state"] == "problem" and server["detail"] == "event evt_gone not found"
