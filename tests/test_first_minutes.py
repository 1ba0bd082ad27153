"""The first ten minutes with the command line (issue 18): the simulator says how to connect a
door to it, the GUI commands say when there is no display, and writing tickets shows progress
on a terminal and says where they went. Real subprocesses."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk_cli import kiosk_env, on_a_terminal, run


def test_simulator_prints_the_line_that_connects_a_door_and_that_line_works(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "simulator", "--port", "0",
                             "--registrations", "20"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines = []
        for line in proc.stdout:  # ends when the simulator does
            lines.append(line.strip())
            if line.startswith(("connect a door:", "Ctrl+C")):
                break
        key = next(line.split()[-1] for line in lines if line.startswith("api key:"))
        connect = next((line for line in lines if line.startswith("connect a door:")), None)
        assert connect is not None, lines
        command = shlex.split(connect.removeprefix("connect a door:").split("   (")[0])
        assert command[0] == "kiosk" and "--api-url" in command and "login" in command

        # The line as printed, with the key pasted when it asks (no keyring here: the key
        # goes into the passphrase-protected file).
        env = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path / "door"),
               "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
               "KIOSK_KEY_PASSPHRASE": "correct horse battery"}
        env.pop("KIOSK_API_KEY", None)
        login = run(command[1:], env, input=key + "\n", check=True)
        assert "works" in login.stdout
        status = run(["sync"], {**env}, check=True)  # the event and URL were kept
        assert "20 registrations" in status.stdout
    finally:
        proc.terminate()
        proc.communicate(timeout=30)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11/Wayland displays are Linux's")
@pytest.mark.parametrize("args", [["demo"], ["app"], []], ids=["demo", "app", "bare"])
def test_gui_commands_without_a_display_say_so_before_qt_aborts(args, tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")}
    env["KIOSK_DATA_DIR"] = str(tmp_path / "data")
    extra = ["--data-dir", str(tmp_path / "demo")] if args == ["demo"] else []
    proc = run([*args, *extra], env, timeout=120)
    assert proc.returncode == 3, (proc.returncode, proc.stdout, proc.stderr)
    assert "No display" in proc.stderr and "kiosk demo --no-gui" in proc.stderr
    assert "reinstalling" not in proc.stderr + proc.stdout
    assert not (tmp_path / "demo").exists()  # nothing slow started first


def test_gui_check_lets_offscreen_through(tmp_path):
    """QT_QPA_PLATFORM=offscreen needs no display (the tests and the screenshots use it)."""
    from click.testing import CliRunner

    from kiosk.commands.app import require_display

    env = {"QT_QPA_PLATFORM": "wayland;offscreen", "DISPLAY": "", "WAYLAND_DISPLAY": ""}
    with CliRunner().isolation(env=env):
        require_display("kiosk app")  # no error


@pytest.fixture
def synced(sim, tmp_path):
    env = kiosk_env(sim, tmp_path / "data")
    run(["sync"], env, check=True)
    return env


def _ids(sim, n):
    return [r["id"] for r in sim.registrations_json(sim.main_event_id)
            if r["status"] == "CONFIRMED"][:n]


def test_tickets_piped_are_quiet_and_say_where_they_went(sim, synced, tmp_path):
    ids = _ids(sim, 3)
    work = tmp_path / "work"
    work.mkdir()
    proc = run(["tickets", *[a for i in ids for a in ("--id", i)]], synced, cwd=work, check=True)
    folder = work / "tickets"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"ticket-{i}.png" for i in ids)
    assert f"3 tickets written to {folder}" in proc.stdout  # the full path, not "tickets"
    assert "Writing tickets" not in proc.stderr  # no progress bar into a pipe


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_tickets_on_a_terminal_show_progress(sim, synced, tmp_path):
    ids = _ids(sim, 4)
    text, proc = on_a_terminal(["tickets", "--output", str(tmp_path / "t"),
                                *[a for i in ids for a in ("--id", i)]], synced)
    proc_stdout = proc.stdout.read()
    assert proc.returncode == 0
    assert "Writing tickets" in text and re.search(r"\b4/4\b", text), text
    assert f"4 tickets written to {Path(tmp_path / 't')}" in proc_stdout
