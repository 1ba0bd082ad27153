"""Mistakes and interruptions on the command line (issue 19): one line and an exit code, never
a traceback; exports that never replace a device, a pipe or a link; JSON even when there is
nothing to list. Real subprocesses."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.simulator.testing import running_simulator
from kiosk_cli import kiosk_env, run


@pytest.fixture(scope="module")
def synced(tmp_path_factory):
    """A door's environment with its event synced (20 registrations); the commands below
    fail before they change anything, so the tests share it."""
    with running_simulator(seed=7, registrations=20, slots=100) as sim:
        env = kiosk_env(sim, tmp_path_factory.mktemp("door") / "data")
        run(["sync"], env, check=True)
        yield env


def _message_lines(stderr: str) -> list[str]:
    """What a person reads, without click's usage reminder ("Usage: ...", "Try ...")."""
    return [line for line in stderr.splitlines()
            if line.strip() and not line.startswith(("Usage:", "Try '"))]


@pytest.mark.parametrize("args, code, words", [
    (["conflicts", "--dismiss", "99999999999999999999999"], 2, "--dismiss"),
    (["export", "--output", "{tmp}/no-such-folder/x.csv"], 2, "no folder"),
    (["export", "--output", ""], 2, "no file name"),
    (["tickets", "--output", "/dev/null/x"], 2, "not a folder"),
    (["tickets", "--output", ""], 2, "no folder given"),
    (["simulator", "--port", "99999999"], 2, "--port"),
    (["simulator", "--port", "-1"], 2, "--port"),
    (["--data-dir", "/dev/null", "status"], 2, "not a folder"),
    (["status", "--data-dir", "/dev/null/data"], 2, "not a folder"),
])
def test_a_mistake_is_one_line_and_its_exit_code_never_a_traceback(synced, tmp_path, args,
                                                                   code, words):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    out = run(args, synced, timeout=60)
    assert "Traceback" not in out.stderr
    lines = _message_lines(out.stderr)
    assert len(lines) == 1 and lines[0].startswith("Error:"), out.stderr
    assert words in lines[0].lower(), lines
    assert out.returncode == code, out.stderr


def test_doors_with_no_other_doors_say_so_and_json_is_an_empty_list(synced):
    out = run(["doors", "--json"], synced, check=True)
    assert json.loads(out.stdout) == []  # as 'conflicts --json' says it: not an empty output
    assert run(["doors"], synced, check=True).stdout.strip() == "No other doors seen yet."


def _device_link(tmp_path: Path) -> Path:
    link = tmp_path / "full.csv"
    link.symlink_to("/dev/full")
    return link


def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    return path


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full and FIFOs")
@pytest.mark.parametrize("make", [_device_link, _fifo], ids=["link-to-dev-full", "fifo"])
def test_export_never_replaces_a_device_or_a_pipe(synced, tmp_path, make):
    """Run as root, ``export --output /dev/full`` once put a file where the device was."""
    target = make(tmp_path)
    before = {p.name: (p.lstat().st_mode, os.readlink(p) if p.is_symlink() else None)
              for p in tmp_path.iterdir()}
    out = run(["export", "--output", str(target)], synced)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "regular file" in out.stderr and len(_message_lines(out.stderr)) == 1
    after = {p.name: (p.lstat().st_mode, os.readlink(p) if p.is_symlink() else None)
             for p in tmp_path.iterdir()}
    assert after == before  # the device, pipe or link as it was, and no file left beside it
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


def test_export_through_a_link_writes_the_file_and_keeps_the_link(synced, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    run(["export", "--output", str(link)], synced, check=True)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert real.read_text(encoding="utf-8").startswith("id,event_id,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latest.csv", "real.csv"]


def test_ctrl_c_stops_a_door_pipe_as_its_normal_end_not_partial(synced):
    """A door pipe runs until stopped: Ctrl+C is its normal end (the exit code of what it
    answered, 0 here), never "partial" (1) and never a traceback; one-shot commands give 130
    (the test below)."""
    code = confirmed_ids_of(synced)[0]
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "checkin", "--stdin", "--no-sync"],
                            env=synced, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        proc.stdin.write(code + "\n")
        proc.stdin.flush()
        assert proc.stdout.readline()  # its verdict: the process is now waiting for more
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == "1 code answered, 1 admitted (stopped by SIGINT)"


def test_ctrl_c_at_a_question_exits_130_and_a_no_stays_1(tmp_path):
    with running_simulator(seed=3, registrations=5) as sim:
        env = kiosk_env(sim, tmp_path / "data")
        run(["sync"], env, check=True)
        codes = []
        for answer in (None, "n"):
            proc = subprocess.Popen([sys.executable, "-m", "kiosk", "wipe"], env=env,
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE)
            try:
                seen = b""
                while b"Remove all of this?" not in seen:  # the question, without a line end
                    chunk = os.read(proc.stdout.fileno(), 4096)
                    assert chunk, seen
                    seen += chunk
                if answer is None:
                    proc.send_signal(signal.SIGINT)
                else:
                    proc.stdin.write(answer.encode() + b"\n")
                    proc.stdin.flush()
                proc.communicate(timeout=60)
            finally:
                proc.kill()
            codes.append(proc.returncode)
        assert codes == [130, 1]
        assert (tmp_path / "data" / "kiosk.db").exists()  # nothing was wiped


def confirmed_ids_of(env: dict[str, str]) -> list[str]:
    """Confirmed registration ids of the door's cached event, read back by export."""
    import csv
    import io

    rows = csv.DictReader(io.StringIO(run(["export"], env, check=True).stdout))
    return [r["id"] for r in rows if r["effective_status"] == "CONFIRMED"]
