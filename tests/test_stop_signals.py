"""The long-running headless doors (``kiosk checkin --stdin``, ``kiosk scan``) stop on SIGINT
and SIGTERM alike, with their closing line and usual exit code, even when started from a
script in the background, which leaves SIGINT ignored (``nohup kiosk scan &``, issue 19)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from kiosk_cli import confirmed_ids, run

STOPS = pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM],
                                ids=lambda s: signal.Signals(s).name)


# What a shell without job control does to a command it starts in the background: SIGINT
# ignored, then exec. (Not preexec_fn: the simulator's threads run in this process.)
IGNORING_SIGINT = ("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
                   "os.execv(sys.executable, [sys.executable, '-m', 'kiosk', *sys.argv[1:]])")


def _start(args: list[str], env: dict[str, str], **streams) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", IGNORING_SIGINT, *args], env=env, text=True,
                            **streams)


def _stopped(proc: subprocess.Popen, signum: int) -> int:
    """The exit code after ``signum``; the process is killed if it does not end."""
    proc.send_signal(signum)
    try:
        return proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise AssertionError(f"{signal.Signals(signum).name} did not stop it") from None


@STOPS
def test_a_stdin_door_started_in_the_background_stops_on(signum, env, sim, tmp_path):
    run(["sync", "--no-push"], env, check=True)
    ids = confirmed_ids(sim, 2)
    stderr_path = tmp_path / "stderr.txt"
    with open(stderr_path, "w") as stderr:
        proc = _start(["checkin", "--stdin", "--json"], env, stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, stderr=stderr)
    try:
        for rid in ids:  # answered: the loop runs, its handlers are in
            proc.stdin.write(rid + "\n")
            proc.stdin.flush()
            assert json.loads(proc.stdout.readline())["verdict"] == "admit"
        code = _stopped(proc, signum)  # stdin stays open: only the signal can end it
    finally:
        proc.stdin.close()
        proc.stdout.close()
    stderr = stderr_path.read_text()
    assert code == 0, stderr  # every code admitted, as at the end of its input
    assert f"2 codes answered, 2 admitted (stopped by {signal.Signals(signum).name})" in stderr
    assert "Traceback" not in stderr and "Aborted" not in stderr, stderr
    # what it answered is recorded: a second door process on the folder sees it
    again = run(["checkin", "--json", ids[0]], env)
    assert json.loads(again.stdout)["verdict"] == "already_checked_in"


@STOPS
def test_a_camera_door_started_in_the_background_stops_on(signum, env, sim):
    run(["sync", "--no-push"], env, check=True)
    proc = _start(["scan", "--source", "7"], env, stdout=subprocess.PIPE,
                  stderr=subprocess.PIPE)  # no camera 7: it keeps reconnecting until stopped
    try:
        said = []
        for line in proc.stderr:  # the source's news comes after the handlers are in
            said.append(line)
            if "source reconnecting" in line:
                break
        assert said and "source reconnecting" in said[-1], "".join(said)
        code = _stopped(proc, signum)
        stderr = "".join(said) + proc.stderr.read()
    finally:
        proc.stdout.close()
        proc.stderr.close()
    assert code == 0, stderr
    assert f"0 codes answered, 0 admitted (stopped by {signal.Signals(signum).name})" in stderr
    assert "Traceback" not in stderr and "Aborted" not in stderr, stderr
