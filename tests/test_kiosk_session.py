"""The Linux kiosk session (issue 11): installed by install-linux.sh, runs only the app under
cage. Real shell scripts: first with stand-ins for cage and the built program, then for real
(cage, the app, a screenshot of the screen)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from screenshots import edge_problems, is_attract

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
    for name in ("service", "sysusers", "env"):
        shutil.copy(PACKAGING / "linux" / f"webkasa-kiosk-gate.{name}", folder)
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

    # uninstall removes the session and the gate's service too (its settings file stays)
    out = subprocess.run(["sh", str(folder / "install-linux.sh"), "--system", "--uninstall"],
                         env=env, capture_output=True, check=True, text=True).stdout
    assert not session.exists() and not script.exists()
    assert not (root / "etc/systemd/system/webkasa-kiosk-gate.service").exists()
    assert "/etc/webkasa-kiosk/gate.env" in out
    # what is left and how to remove it, with no command that was just removed and no doc
    # that is not in the bundle
    assert "~/.local/share/webkasa-kiosk of each user" in out
    assert "docs/" not in out and "run 'kiosk wipe'" not in out


def test_system_install_adds_the_headless_gate_service(tmp_path):
    """``kiosk scan`` as a service of its own user, its key in a root-only file (issue 21)."""
    folder = _build_folder(tmp_path)
    root = tmp_path / "root"
    env = dict(os.environ, DESTDIR=str(root), HOME=str(tmp_path / "home"))
    subprocess.run(["sh", str(folder / "install-linux.sh"), "--system"], env=env,
                   capture_output=True, text=True, check=True)
    unit = root / "etc/systemd/system/webkasa-kiosk-gate.service"
    lines = unit.read_text().splitlines()
    for line in ("ExecStart=/opt/webkasa-kiosk/kiosk scan --source 0", "User=webkasa-gate",
                 "Restart=on-failure", "After=network-online.target",
                 "EnvironmentFile=/etc/webkasa-kiosk/gate.env"):
        assert line in lines
    assert "u webkasa-gate" in (root / "usr/lib/sysusers.d/webkasa-kiosk-gate.conf").read_text()
    settings = root / "etc/webkasa-kiosk/gate.env"
    assert settings.stat().st_mode & 0o777 == 0o600
    assert "KIOSK_API_KEY=" in settings.read_text()
    # a second install keeps the key and event already set
    settings.write_text("KIOSK_API_KEY=wk_secret\n")
    subprocess.run(["sh", str(folder / "install-linux.sh"), "--system"], env=env,
                   capture_output=True, text=True, check=True)
    assert settings.read_text() == "KIOSK_API_KEY=wk_secret\n"
    assert settings.stat().st_mode & 0o777 == 0o600

    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze not installed: the unit is not verified")
    # systemd checks the unit as installed, its program looked for in the scratch root
    checked = tmp_path / "verify" / unit.name
    checked.parent.mkdir()
    checked.write_text(unit.read_text().replace("ExecStart=/", f"ExecStart={root}/"))
    verify = subprocess.run(["systemd-analyze", "verify", "--man=no", str(checked)],
                            capture_output=True, text=True)
    assert verify.returncode == 0, verify.stderr
    assert unit.name not in verify.stderr, verify.stderr  # unknown keys are only warned of


def test_session_without_cage_says_what_to_install(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("sh",):
        os.symlink(shutil.which(tool), bin_dir / tool)
    result = subprocess.run([str(bin_dir / "sh"), str(PACKAGING / "linux" / "webkasa-kiosk-session")],
                            env={"PATH": str(bin_dir)}, capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "apt install cage" in result.stderr


# ---------------------------------------------------------------------------------------
# The session for real: cage, the app inside it, a screenshot of what the attendee sees.

SESSION_TOOLS = ("cage", "grim", "Xvfb", "Xwayland")


def _missing_session_tools() -> list[str]:
    return [tool for tool in SESSION_TOOLS if shutil.which(tool) is None]


def _as_non_root() -> list[str]:
    """cage refuses to start as root. The session runs as the person logged in; here (CI runs
    as root) it runs in a user namespace, where it is not root but still reads this checkout."""
    if os.geteuid() != 0:
        return []
    if shutil.which("unshare") is None:
        pytest.skip("running as root: cage refuses root, and unshare (util-linux) is missing")
    if subprocess.run(["unshare", "--user", "true"], capture_output=True, check=False).returncode != 0:
        pytest.skip("running as root: cage refuses root, and this machine allows no user "
                    "namespace (unshare --user) to run it as another user")
    return ["unshare", "--user"]


def _poll(what: str, check, deadline_s: float, every_s: float = 0.2):
    """check() until it returns something true, for at most deadline_s."""
    end = time.monotonic() + deadline_s
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > end:
            raise AssertionError(f"gave up waiting for {what} after {deadline_s:.0f} s")
        time.sleep(every_s)


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    """An X server for cage to draw in (wlroots' x11 backend). cage's headless backend in
    Debian 12 (wlroots 0.15) stops repainting after the window's first resize, so its
    screenshots show the window's first, small frame; drawn into an X window it repaints."""
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1024x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as answer:
        number = answer.readline().strip()  # written once the server is ready
    if not number:
        proc.kill()
        proc.wait(10)
        raise AssertionError("Xvfb did not start")
    return proc, f":{number}"


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _cmdline(pid: int) -> list[str]:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_text().split("\0")
    except OSError:
        return []


def _end_group(proc: subprocess.Popen) -> None:
    """End a process group started by the test: SIGTERM, then SIGKILL what is left."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(15)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # anything the group left behind
    except ProcessLookupError:
        pass
    if proc.poll() is None:
        proc.wait(15)


def _end_app(cage: subprocess.Popen) -> list[int]:
    """SIGTERM to the app inside cage (as a service manager or staff quitting would end it):
    cage then ends by itself and removes its sockets (cage 0.1.4 aborts on its own SIGTERM)."""
    app = [pid for pid in _children(cage.pid) if "--kiosk" in _cmdline(pid)]
    for pid in app:
        os.kill(pid, signal.SIGTERM)
    if app:
        try:
            cage.wait(30)
        except subprocess.TimeoutExpired:
            pass
    return app


def _screen_problems(path: Path) -> list[str]:
    """What is wrong with a screenshot of the locked kiosk: the attract screen must fill the
    whole output (no black compositor background on any side)."""
    from PIL import Image

    with Image.open(path) as image:
        rgb = image.convert("RGB")
    w, h = rgb.size
    px = rgb.load()
    problems = edge_problems(rgb)
    edge = ([(x, 0) for x in range(w)] + [(x, h - 1) for x in range(w)]
            + [(0, y) for y in range(h)] + [(w - 1, y) for y in range(h)])
    black = sum(1 for xy in edge if max(px[xy]) < 8)
    if black:
        problems.append(f"{black} black pixels on the border (the window does not fill it)")
    share = sum(1 for y in range(0, h, 4) for x in range(0, w, 4) if is_attract(px[x, y])) / (
        len(range(0, h, 4)) * len(range(0, w, 4)))
    if share < 0.6:
        problems.append(f"only {share:.0%} of the screen is the attract screen")
    return problems


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kiosk session is Linux's")
def test_kiosk_session_under_cage_fills_the_screen_with_the_locked_app(sim, tmp_path):
    missing = _missing_session_tools()
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: apt install cage grim xvfb xwayland)")
    prefix = _as_non_root()

    # Installed as users install it, with the program being this checkout.
    folder = _build_folder(tmp_path)
    _script(folder / "kiosk", f'exec "{sys.executable}" -m kiosk "$@"\n')
    root = tmp_path / "root"
    subprocess.run(["sh", str(folder / "install-linux.sh"), "--system"], check=True,
                   capture_output=True, env=dict(os.environ, DESTDIR=str(root),
                                                 HOME=str(tmp_path / "home")))
    session = root / "usr/local/bin/webkasa-kiosk-session"

    # A synced event, a staff code (self-service needs one), the key for this process only.
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "WAYLAND_", "DISPLAY", "XDG_SESSION", "WLR_"))}
    env.update(KIOSK_API_URL=sim.url, KIOSK_API_KEY=sim.api_key, KIOSK_EVENT=sim.main_event_id,
               KIOSK_DATA_DIR=str(data), KIOSK_STAFF_CODES="STAFF-TEST",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", HOME=str(tmp_path / "home"))
    subprocess.run([sys.executable, "-m", "kiosk", "sync"], env=env, check=True,
                   capture_output=True, timeout=120)

    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    xvfb, display = _start_xvfb()
    try:
        env.update(XDG_RUNTIME_DIR=str(runtime), WLR_BACKENDS="x11", DISPLAY=display,
                   WLR_LIBINPUT_NO_DEVICES="1", WLR_RENDERER="pixman",
                   KIOSK=str(root / "opt/webkasa-kiosk/kiosk"))
        log = tmp_path / "session.log"
        shot = tmp_path / "screen.png"
        problems: list[str] = []
        with open(log, "w") as out:
            cage = subprocess.Popen([*prefix, "sh", str(session),
                                     "--camera", str(tmp_path / "none.avi")],
                                    env=env, stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        try:
            app_log = data / "logs" / "kiosk.log"

            def shown() -> bool:
                assert cage.poll() is None, f"the session ended:\n{log.read_text()[-3000:]}"
                return (app_log.exists()
                        and "kiosk window shown (self-service: True)" in app_log.read_text())

            _poll("the locked kiosk window", shown, 90)
            sockets = _poll("cage's Wayland socket",
                            lambda: sorted(runtime.glob("wayland-*[0-9]")), 10)
            grim_env = {k: v for k, v in env.items() if k != "DISPLAY"}
            grim_env["WAYLAND_DISPLAY"] = sockets[0].name

            def screen_ok() -> bool:  # the first frames may still be the window growing
                nonlocal problems
                taken = subprocess.run(["grim", str(shot)], env=grim_env, capture_output=True,
                                       text=True, timeout=30, check=False)
                assert taken.returncode == 0, taken.stderr
                problems = _screen_problems(shot)
                return not problems

            try:
                _poll("a screenshot of the kiosk filling the screen", screen_ok, 30, every_s=0.5)
            except AssertionError:
                raise AssertionError(f"{shot}: {'; '.join(problems)}") from None

            # The app ends (staff quit it; here SIGTERM, as a service manager would): so does
            # the session.
            assert len(_end_app(cage)) == 1, [_cmdline(p) for p in _children(cage.pid)]
            assert cage.returncode == 0, log.read_text()[-3000:]
        finally:
            if cage.poll() is None:
                _end_app(cage)
            _end_group(cage)
    finally:
        _end_group(xvfb)
