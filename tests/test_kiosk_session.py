"""The Linux kiosk session (issue 11): installed by install-linux.sh, runs only the app under
cage. Real shell scripts, with stand-ins for cage and the built program."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


def _script(path: Path, body: str) -> Path:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)
    return path


def _build_folder(tmp_path: Path) -> Path:
    """What packaging/build.py puts beside the program, with a stand-in program."""
    folder = tmp_path / "build"
    folder.mkdir()
    _script(folder / "kiosk", 'echo "kiosk 9.9"\n')
    shutil.copy(PACKAGING / "kiosk.desktop", folder / "webkasa-kiosk.desktop")
    (folder / "webkasa-kiosk.png").write_bytes(b"png")
    for name in ("install-linux.sh",):
        shutil.copy(PACKAGING / name, folder / name)
    shutil.copy(PACKAGING / "linux" / "webkasa-kiosk-session", folder / "webkasa-kiosk-session")
    shutil.copy(PACKAGING / "linux" / "webkasa-kiosk.desktop", folder / "webkasa-kiosk-session.desktop")
    return folder


def test_system_install_adds_a_login_session_that_runs_only_the_locked_app(tmp_path):
    folder = _build_folder(tmp_path)
    root = tmp_path / "root"
    env = dict(os.environ, DESTDIR=str(root), HOME=str(tmp_path / "home"))
    out = subprocess.run(["sh", str(folder / "install-linux.sh"), "--system"], env=env,
                         capture_output=True, text=True, check=True).stdout
    assert "WebKasa kiosk" in out
    session = root / "usr/share/wayland-sessions/webkasa-kiosk.desktop"
    entry = session.read_text()
    assert "Exec=/usr/local/bin/webkasa-kiosk-session" in entry and "Name=WebKasa kiosk" in entry
    script = root / "usr/local/bin/webkasa-kiosk-session"
    assert "KIOSK=${KIOSK:-/opt/webkasa-kiosk/kiosk}" in script.read_text()

    # the session starts cage with the app in self-service mode, and nothing else
    bin_dir = tmp_path / "fakebin"
    bin_dir.mkdir()
    record = tmp_path / "cage-args"
    _script(bin_dir / "cage", f'printf "%s\\n" "$@" > "{record}"\n')
    run_env = dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}",
                   KIOSK=str(root / "opt/webkasa-kiosk/kiosk"))
    subprocess.run(["sh", str(script), "--event", "evt_1"], env=run_env, check=True)
    args = record.read_text().split("\n")[:-1]
    assert args == ["-d", "--", str(root / "opt/webkasa-kiosk/kiosk"), "app", "--kiosk",
                    "--event", "evt_1"]
    assert "-s" not in args  # no switching to a text console

    # uninstall removes the session too
    subprocess.run(["sh", str(folder / "install-linux.sh"), "--system", "--uninstall"], env=env,
                   capture_output=True, check=True)
    assert not session.exists() and not script.exists()


def test_session_without_cage_says_what_to_install(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("sh",):
        os.symlink(shutil.which(tool), bin_dir / tool)
    result = subprocess.run([str(bin_dir / "sh"), str(PACKAGING / "linux" / "webkasa-kiosk-session")],
                            env={"PATH": str(bin_dir)}, capture_output=True, text=True)
    assert result.returncode == 1 and "apt install cage" in result.stderr
