"""Issues 11 and 18: the real app (``kiosk app --kiosk`` on a synced data folder with a staff
code) on a real X server (Xvfb) under a real window manager (openbox, its default key
bindings), driven with xdotool. Every key a desktop uses to leave a full-screen window is
sent for real, one after the other with nothing in between, and after each the test looks
at the screen: the attract screen fills it edge to edge (no black desktop, no window menu)
and the kiosk owns the active window. Skipped, naming what is missing, without Xvfb,
openbox, xdotool or xprop (Debian: xvfb openbox xdotool x11-utils; CI installs them, see
.ci/run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from door_helpers import wait_for
from kiosk_cli import kiosk_env
from screenshots import edge_problems

NEEDED = ("Xvfb", "openbox", "xdotool", "xprop")
MISSING = [name for name in NEEDED if shutil.which(name) is None]
pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"needs {', '.join(MISSING)} (Debian: apt-get install xvfb openbox "
                          "xdotool x11-utils) for the real window-manager test")

SIZE = (1024, 768)
STAFF_CODE = "STAFF-WM"
# Switch windows, show the desktop, switch desktops, the window menu, close, the root menu,
# Super alone, and a second round in another order: openbox's default bindings and the
# usual desktops' ones.
ESCAPE_KEYS = ("alt+Tab", "super+d", "ctrl+alt+Left", "ctrl+alt+Right", "alt+space", "alt+F4",
               "alt+Escape", "ctrl+alt+Tab", "super+e", "super", "ctrl+Escape", "ctrl+alt+d",
               "super+d", "alt+space", "ctrl+alt+Right", "alt+Tab")

SHOW_DESKTOP = ("from kiosk.ui import x11\n"
                "x = x11._x11(); x.send(x.root, '_NET_SHOWING_DESKTOP', 1); x.flush()\n")


class XSession:
    """Xvfb with openbox on default settings (an empty home, so no user configuration)."""

    def __init__(self, tmp_path: Path) -> None:
        self.procs: list[subprocess.Popen] = []
        self._closing: list = []  # files the session's processes write to
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                 f"{SIZE[0]}x{SIZE[1]}x24", "-nolisten", "tcp"],
                                pass_fds=(write,), stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        home = tmp_path / "home"
        home.mkdir()
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("QT_", "WAYLAND_", "XDG_CONFIG", "XDG_SESSION"))}
        self.env.update(DISPLAY=self.display, QT_QPA_PLATFORM="xcb", HOME=str(home))
        # the server answers before the window manager is started: under a full suite in
        # parallel, openbox once found no display at the number Xvfb had just written
        wait_for(lambda: self.x("xprop", "-root", "-len", "0", "_NET_SUPPORTED") is not None,
                 "Xvfb to answer", timeout=90)
        wm_log = tmp_path / "openbox.log"
        log = wm_log.open("w")
        self._closing.append(log)
        wm = self.spawn(["openbox", "--sm-disable"], stdout=log, stderr=log)

        def managed() -> bool:
            nonlocal wm
            if wm.poll() is not None:  # it gave up: start it again, once the server answers
                wm = self.spawn(["openbox", "--sm-disable"], stdout=log, stderr=log)
            return "window id" in (self.x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK") or "")

        try:  # a loaded CI machine (tests in parallel) once took over 30 s here
            wait_for(managed, "the window manager", timeout=90)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; openbox said: {wm_log.read_text()[-2000:]!r}") from None

    def spawn(self, argv, env=None, **kw) -> subprocess.Popen:
        proc = subprocess.Popen(argv, env=env or self.env, **kw)
        self.procs.append(proc)
        return proc

    def x(self, *argv: str) -> str | None:
        out = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=30)
        return out.stdout.strip() if out.returncode == 0 else None

    def active_pid(self) -> int | None:
        """The process owning _NET_ACTIVE_WINDOW."""
        out = self.x("xprop", "-root", "_NET_ACTIVE_WINDOW") or ""
        window = out.split("#", 1)[1].strip().split(",")[0] if "#" in out else "0x0"
        if int(window, 16) == 0:
            return None
        pid = self.x("xdotool", "getwindowpid", str(int(window, 16)))
        return int(pid) if pid else None

    def screenshot(self):
        from PIL import ImageGrab

        return ImageGrab.grab(xdisplay=self.display).convert("RGB")

    def caught_up(self, turn: int) -> None:
        """Wait until the window manager has handled everything sent before now: ask it to
        change the number of desktops (a client message it reads after the key events)
        and wait for the answer on the root window."""
        want = 4 + turn % 2
        self.x("xdotool", "set_num_desktops", str(want))
        wait_for(lambda: (self.x("xprop", "-root", "_NET_NUMBER_OF_DESKTOPS") or "")
                 .endswith(f"= {want}"), "the window manager to catch up")

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            if proc.stdout:
                proc.stdout.close()
        for file in self._closing:
            file.close()


def screen_problems(image, baseline) -> list[str]:
    """What a person would see wrong: the attract screen not edge to edge (black desktop,
    another window), or anything drawn over it (a window menu, a dialog) compared with the
    locked kiosk as it first came up."""
    problems = edge_problems(image)
    # every 4th pixel of every 4th row, as arrays (pixel by pixel in Python took 0.2 s a
    # look, and the test looks after each of its 19 keys)
    px = np.asarray(image, dtype=np.int16)[::4, ::4]
    base = np.asarray(baseline, dtype=np.int16)[::4, ::4]
    black = float((px.max(axis=2) < 8).mean())
    if black > 0.01:
        problems.append(f"{black:.0%} of the screen black")
    changed = float((np.abs(px - base).max(axis=2) > 40).mean())
    if changed > 0.01:
        problems.append(f"{changed:.0%} of the screen differs from the attract screen "
                        "(a menu or another window over it)")
    return problems


@pytest.fixture
def xsession(tmp_path):
    session = XSession(tmp_path)
    try:
        yield session
    finally:
        session.close()


def test_no_escape_key_gets_the_screen_from_the_locked_kiosk(xsession, sim, tmp_path):
    """Issue 18: under openbox Super+D and a desktop switch left a black screen that never
    came back, and Alt+Space opened the window menu over the kiosk. The kiosk is alone on
    the screen, as at a door: nothing else takes focus that could hide a missing grab."""
    try:
        xsession.screenshot()
    except (OSError, ImportError) as exc:
        pytest.skip(f"Pillow cannot take a screenshot of the X display ({exc})")
    data = tmp_path / "data"
    env = kiosk_env(sim, data, KIOSK_STAFF_CODES=STAFF_CODE)
    env = {**{k: v for k, v in env.items() if not k.startswith(("QT_", "WAYLAND_"))},
           **{k: xsession.env[k] for k in ("DISPLAY", "QT_QPA_PLATFORM", "HOME")}}
    subprocess.run([sys.executable, "-m", "kiosk", "sync"], env=env, check=True,
                   capture_output=True, timeout=120)

    with open(tmp_path / "app.log", "w") as out:
        app = xsession.spawn([sys.executable, "-m", "kiosk", "app", "--kiosk",
                              "--camera", str(tmp_path / "none.avi")],
                             env=env, stdout=out, stderr=subprocess.STDOUT)
    app_log = data / "logs" / "kiosk.log"

    def running() -> None:
        assert app.poll() is None, (tmp_path / "app.log").read_text()[-3000:]

    def shown() -> bool:
        running()
        text = app_log.read_text() if app_log.exists() else ""
        # up and holding the keyboard: the grab is taken once X has mapped the window, a
        # moment after it is shown; a key sent before that once reached openbox (a run in four)
        return ("kiosk window shown (self-service: True)" in text
                and "keyboard grabbed for the self-service window" in text)

    wait_for(shown, "the locked kiosk window holding the keyboard", timeout=90)

    problems: list[str] = []

    def kiosk_in_front(baseline) -> bool:
        nonlocal problems
        running()
        image = xsession.screenshot()
        problems = screen_problems(image, baseline or image)
        if xsession.active_pid() != app.pid:
            problems.append(f"the active window is not the kiosk's (pid {xsession.active_pid()})")
        return not problems

    baseline = None

    def settled() -> bool:  # the first frames may still be the window growing
        nonlocal baseline
        if kiosk_in_front(None):
            baseline = xsession.screenshot()
            return True
        return False

    try:
        wait_for(settled, "the kiosk to fill the screen")
    except AssertionError:
        raise AssertionError(f"at start: {'; '.join(problems)}") from None
    # Each key for real; then the same requests sent to the window manager by another
    # program (a pager, a script), which no keyboard grab stops.
    actions = [(key, ("xdotool", "key", "--clearmodifiers", key)) for key in ESCAPE_KEYS]
    actions += [("a desktop switch by a pager", ("xdotool", "set_desktop", "1")),
                ("show desktop by a pager", (sys.executable, "-c", SHOW_DESKTOP)),
                ("a switch back", ("xdotool", "set_desktop", "0"))]
    for turn, (what, argv) in enumerate(actions):
        xsession.x(*argv)
        xsession.caught_up(turn)
        try:
            wait_for(lambda: kiosk_in_front(baseline), f"the kiosk in front after {what}",
                     timeout=10)
        except AssertionError:
            xsession.screenshot().save(tmp_path / "screen.png")
            raise AssertionError(f"after {what}: {'; '.join(problems)} "
                                 f"(screenshot: {tmp_path / 'screen.png'})") from None
    running()
