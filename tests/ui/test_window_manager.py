"""Issue 11: the locked self-service window on a real X server with a real window manager
(Xvfb + openbox, driven with xdotool) stays on top and takes focus back after another
window is raised or after a minimize request. Skipped, with the reason, where those
programs are missing (Debian: xvfb openbox xdotool x11-utils; see .ci/run)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from door_helpers import wait_for

NEEDED = ("Xvfb", "openbox", "xdotool", "xprop")
MISSING = [name for name in NEEDED if shutil.which(name) is None]
pytestmark = pytest.mark.skipif(
    bool(MISSING), reason=f"needs {', '.join(MISSING)} (Debian: apt-get install xvfb openbox "
                          "xdotool x11-utils) for the real window-manager test")
APP = Path(__file__).with_name("xvfb_kiosk_app.py")


class XSession:
    def __init__(self, tmp_path: Path) -> None:
        self.procs: list[subprocess.Popen] = []
        self.tmp = tmp_path
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                 "1280x800x24", "-nolisten", "tcp"], pass_fds=(write,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(xvfb)
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.spawn(["openbox", "--sm-disable"])
        wait_for(lambda: "window id" in (self.x("xprop", "-root", "_NET_SUPPORTING_WM_CHECK")
                                          or ""), "the window manager")

    def spawn(self, argv, **kw) -> subprocess.Popen:
        proc = subprocess.Popen(argv, env=self.env, **kw)
        self.procs.append(proc)
        return proc

    def x(self, *argv: str) -> str | None:
        out = subprocess.run(argv, env=self.env, capture_output=True, text=True)
        return out.stdout.strip() if out.returncode == 0 else None

    def app(self, role: str) -> int:
        """Start a window in its own process; returns the process id (Qt may replace the
        native window when self-service mode changes its flags, so windows are told apart
        by the process that owns them)."""
        with open(self.tmp / f"{role}.log", "w") as log:
            data = self.tmp / f"data-{len(self.procs)}"  # in tmp_path, which pytest cleans up
            proc = self.spawn([sys.executable, str(APP), role, str(data)], stdout=subprocess.PIPE,
                              stderr=log, text=True, cwd=str(APP.parents[2]))
        line = proc.stdout.readline().strip()
        errors = (self.tmp / f"{role}.log").read_text()
        if not line and 'platform plugin "xcb"' in errors:
            pytest.skip("Qt's xcb platform plugin cannot load (Debian: libxcb-cursor0 "
                        "libxkbcommon-x11-0 and the other libxcb-* in .ci/run)")
        assert line.startswith("WINID "), (line, errors)
        return proc.pid

    def owner(self, window: str | None) -> int | None:
        pid = self.x("xdotool", "getwindowpid", window) if window else None
        return int(pid) if pid else None

    def active(self) -> int | None:
        """The process owning the active window."""
        return self.owner(self.x("xdotool", "getactivewindow"))

    def top(self) -> int | None:
        """The process owning the topmost managed window (the WM's stacking list)."""
        out = self.x("xprop", "-root", "_NET_CLIENT_LIST_STACKING")
        ids = out.split("#", 1)[1].replace(",", " ").split() if out and "#" in out else []
        return self.owner(str(int(ids[-1], 16))) if ids else None

    def windows(self, pid: int) -> list[str]:
        out = self.x("xdotool", "search", "--onlyvisible", "--pid", str(pid))
        return out.split() if out else []

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            if proc.stdout:
                proc.stdout.close()


@pytest.fixture
def xsession(tmp_path):
    session = XSession(tmp_path)
    try:
        yield session
    finally:
        session.close()


def _on_top(session: XSession, kiosk: int) -> bool:
    """The kiosk owns the active window and the topmost one, and is not minimised."""
    hidden = any("HIDDEN" in (session.x("xprop", "-id", w, "_NET_WM_STATE") or "")
                 for w in session.windows(kiosk))
    return session.active() == kiosk and session.top() == kiosk and not hidden


def test_locked_window_takes_the_screen_back_from_another_window(xsession):
    kiosk = xsession.app("kiosk")
    wait_for(lambda: _on_top(xsession, kiosk), "the kiosk window to be active")
    intruder = xsession.app("intruder")
    for window in xsession.windows(intruder):
        xsession.x("xdotool", "windowactivate", window)  # another program raised
    wait_for(lambda: _on_top(xsession, kiosk), "the kiosk to take focus back")
    assert xsession.windows(intruder)  # the other program runs on, it is just not on top

    for window in xsession.windows(kiosk):
        xsession.x("xdotool", "windowminimize", window)  # a minimize request
    wait_for(lambda: _on_top(xsession, kiosk), "the kiosk to come back from minimize")


# The keys the issue (and the usual desktops) use to leave a full-screen window: switch
# windows, show the desktop, the window menu (Iconify), switch workspace, close.
ESCAPE_KEYS = ("alt+Tab", "super+d", "alt+space", "ctrl+alt+Left", "ctrl+alt+Right",
               "alt+F4", "ctrl+alt+d", "super", "ctrl+Escape", "alt+Escape")


def _window_manager_caught_up(session: XSession, turn: int) -> None:
    """Wait until the window manager has handled everything sent before now: ask it to
    change the number of desktops (a client message it reads in order after the key
    events) and wait for the answer on the root window."""
    want = 4 + turn % 2
    session.x("xdotool", "set_num_desktops", str(want))
    wait_for(lambda: (session.x("xprop", "-root", "_NET_NUMBER_OF_DESKTOPS") or "")
              .endswith(f"= {want}"), "the window manager to catch up")


def test_escape_keys_do_not_get_past_the_locked_window(xsession):
    """Issue 11: Super+D hid the kiosk, Alt+Tab reached a terminal, Alt+Space opened the
    window menu. Each key is sent for real while another program's window is open; after
    the window manager has handled it, the kiosk is still mapped, on top and focused."""
    kiosk = xsession.app("kiosk")
    wait_for(lambda: _on_top(xsession, kiosk), "the kiosk window to be active")
    intruder = xsession.app("intruder")  # somewhere Alt+Tab could go
    wait_for(lambda: _on_top(xsession, kiosk), "the kiosk to stay on top of a new window")
    for turn, key in enumerate(ESCAPE_KEYS):
        xsession.x("xdotool", "key", "--clearmodifiers", key)
        _window_manager_caught_up(xsession, turn)
        xsession.x("xdotool", "key", "Escape")  # close a menu the key may have opened
        _window_manager_caught_up(xsession, turn + 1)
        wait_for(lambda: _on_top(xsession, kiosk) and xsession.windows(kiosk),
                  f"the kiosk to be mapped, on top and focused after {key}")
        assert _on_top(xsession, kiosk), key
    assert xsession.windows(intruder)  # the other program was there all along
