"""The ``kiosk`` command line as operators script it: real subprocesses, real simulator."""

import csv
import io
import json
import subprocess
import sys

from kiosk_cli import confirmed_ids, run


def test_sync_checkin_status_export_push(env, sim):
    out = run(["sync"], env, check=True)
    assert "300 registrations" in out.stdout
    rid = confirmed_ids(sim, 1)[0]
    out = run(["checkin", "--json", rid, "nonsense", "reg_unknown1"], env)
    assert out.returncode == 1  # not every code was admitted
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["verdict"] for line in lines] == ["admit", "invalid", "unknown"]
    assert lines[0]["registration_id"] == rid and lines[0]["party_size"] >= 1

    status = json.loads(run(["status", "--json"], env, check=True).stdout)
    assert status["outbox"]["pending"] == 1 and status["outbox"]["conflicts"] == 0
    assert status["slots"] == sim.event_json(sim.main_event_id)["slots"]
    assert status["counts"]["ATTENDED"] >= 1 and status["last_sync_at"]

    exported = run(["export", "--format", "csv"], env, check=True).stdout
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(exported))}
    assert len(rows) == 300
    assert rows[rid]["effective_status"] == "ATTENDED" and rows[rid]["awaiting_upload"] == "True"
    assert rows[rid]["checked_in_at"]

    run(["push"], env, check=True)
    assert sim.status_of(rid) == "ATTENDED"
    status = json.loads(run(["status", "--json"], env, check=True).stdout)
    assert status["outbox"]["pending"] == 0

    jsonl = run(["export", "--format", "jsonl"], env, check=True).stdout.splitlines()
    assert len(jsonl) == 300 and json.loads(jsonl[0])["id"]


def test_stdin_pipe_answers_each_line_as_it_arrives(env, sim):
    run(["sync", "--no-push"], env, check=True)
    ids = confirmed_ids(sim, 3)
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "checkin", "--stdin", "--json"],
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        for rid in ids:
            proc.stdin.write(rid + "\n")
            proc.stdin.flush()
            answer = json.loads(proc.stdout.readline())  # answered before the next is sent
            assert answer["registration_id"] == rid and answer["verdict"] == "admit"
        proc.stdin.write(ids[0] + "\n")
        proc.stdin.flush()
        assert json.loads(proc.stdout.readline())["verdict"] == "already_checked_in"
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def test_export_to_file_is_private(env, tmp_path):
    run(["sync", "--no-push"], env, check=True)
    target = tmp_path / "attendance.csv"
    run(["export", "--output", str(target)], env, check=True)
    assert target.stat().st_mode & 0o077 == 0
    assert target.read_text(encoding="utf-8").startswith("id,event_id,attendee_name")


def test_exit_codes_for_bad_settings(env, sim):
    no_event = {k: v for k, v in env.items() if k != "KIOSK_EVENT"}
    out = run(["status"], no_event)
    assert out.returncode == 3 and "event" in out.stderr.lower()

    out = run(["checkin", "reg_x"], env)  # never synced
    assert out.returncode == 3 and "kiosk sync" in out.stderr

    wrong_key = {**env, "KIOSK_API_KEY": "wk_test_" + "x" * 56}
    out = run(["sync"], wrong_key)
    assert out.returncode == 4 and "refused" in out.stderr
    assert wrong_key["KIOSK_API_KEY"] not in out.stderr + out.stdout

    out = run(["sync"], {**env, "KIOSK_EVENT": "evt_doesnotexist"})
    assert out.returncode == 5 and "Unknown event" in out.stderr

    out = run(["sync"], {**env, "KIOSK_API_URL": "http://127.0.0.1:9"})
    assert out.returncode == 6 and "reach" in out.stderr
    for proc in (out,):
        assert len(proc.stderr.strip().splitlines()) == 1  # one clear line, no traceback


def test_register_and_undo(env, sim):
    run(["sync", "--no-push"], env, check=True)
    out = run(["register", "--name", "Kwame Mensah", "--email", "kwame@example.org",
               "--guests", "1", "--checkin", "--json"], env, check=True)
    data = json.loads(out.stdout)
    assert data["party_size"] == 2 and data["verdict"]["verdict"] == "admit"
    out = run(["register", "--name", "X", "--email", "broken"], env)
    assert out.returncode == 1 and "email" in out.stderr
    run(["undo", data["registration_id"]], env, check=True)
    out = run(["undo", data["registration_id"]], env)
    assert out.returncode == 1 and "not checked in" in out.stderr


def test_version_and_help(env):
    assert run(["--version"], env, check=True).stdout.startswith("kiosk, version")
    helptext = run(["--help"], env, check=True).stdout
    for name in ("sync", "push", "checkin", "undo", "register", "status", "export", "simulator"):
        assert name in helptext


def test_pending_admitted_only_when_allowed(env, sim):
    run(["sync", "--no-push"], env, check=True)
    rid = next(r["id"] for r in sim.registrations_json(sim.main_event_id)
               if r["status"] == "PENDING")
    out = run(["checkin", "--json", rid], env)
    assert out.returncode == 1 and json.loads(out.stdout)["verdict"] == "pending"
    out = run(["checkin", "--json", "--allow-pending", rid], env, check=True)
    assert json.loads(out.stdout)["verdict"] == "admit"



def test_push_with_a_refusal_exits_1_and_conflicts_speak_json(env, sim):
    run(["sync"], env, check=True)
    assert json.loads(run(["conflicts", "--json"], env, check=True).stdout) == []
    rid = confirmed_ids(sim, 1)[0]
    sim.cancel(rid)  # after the sync: the door admits from its cache, the server refuses
    assert json.loads(run(["checkin", "--json", rid], env).stdout)["verdict"] == "admit"
    pushed = run(["push"], env)
    assert pushed.returncode == 1 and "1 new conflicts" in pushed.stdout
    found = json.loads(run(["conflicts", "--json"], env, check=True).stdout)
    assert [c["registration_id"] for c in found] == [rid]
    dismissed = run(["conflicts", "--dismiss", str(found[0]["outbox_id"])], env, check=True)
    assert f"Dismissed conflict #{found[0]['outbox_id']}" in dismissed.stdout
    assert json.loads(run(["conflicts", "--json"], env, check=True).stdout) == []


def test_undo_takes_any_ticket_form_and_register_json_refuses_in_json(env, sim):
    run(["sync", "--no-push"], env, check=True)
    first, second = confirmed_ids(sim, 2)
    run(["checkin", first, second], env, check=True)
    as_url = run(["undo", f"https://tickets.example.org/t/{first}"], env, check=True)
    assert "Undone" in as_url.stdout
    other_event = run(["undo", json.dumps({"id": second, "event_id": "evt_other"})], env)
    assert other_event.returncode == 1 and "another event" in other_event.stderr
    as_json = run(["undo", "--json", json.dumps({"registration_id": second,
                                                "event_id": sim.main_event_id})], env, check=True)
    assert json.loads(as_json.stdout) == {"registration_id": second, "status": "CONFIRMED"}
    assert run(["undo", "\x1b]0;garbage"], env).returncode == 1

    refused = run(["register", "--name", "X", "--email", "broken", "--json"], env)
    assert refused.returncode == 1
    assert json.loads(refused.stdout) == {"registered": False, "error": "Enter a valid email address",
                                          "field": "attendee_email", "reason": "invalid"}
