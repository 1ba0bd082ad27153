"""Issue 18: the main window opens maximised on the screen's available area (a fixed 1280x800
put the status strip under the bottom edge of a 1280x800 screen, below the title bar, and
was a small window in the middle of 1920x1080), or where it was when it last closed if that
still fits a screen. The app runs in its own process (tests/ui/placed_app.py) for each screen
size: on Qt's offscreen platform with a screen of that size (frame margins on), and on a
real X server with a real window manager and its title bar (Xvfb + openbox; skipped, with
the reason, without them)."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from door_helpers import wait_for

APP = Path(__file__).with_name("placed_app.py")
X_NEEDED = ("Xvfb", "openbox", "xprop")
X_MISSING = [name for name in X_NEEDED if shutil.which(name) is None]


class Display:
    """A screen of one size: offscreen (a Qt platform option) or Xvfb with openbox."""

    def __init__(self, kind: str, size: tuple[int, int], tmp_path: Path) -> None:
        self.procs: list[subprocess.Popen] = []
        width, height = size
        if kind == "offscreen":
            config = tmp_path / f"screen-{width}x{height}.json"
            config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
                {"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                 "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
            self.env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
            return
        read, write = os.pipe()
        self.procs.append(subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL))
        os.close(write)
        with os.fdopen(read) as f:
            number = f.readline().strip()
        assert number, "Xvfb did not start"
        self.env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
        self.env.pop("WAYLAND_DISPLAY", None)
        self.procs.append(subprocess.Popen(["openbox", "--sm-disable"], env=self.env,
                                           stdout=subprocess.DEVNULL,
                                           stderr=subprocess.DEVNULL))
        wait_for(lambda: "window id" in subprocess.run(
            ["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env, capture_output=True,
            text=True).stdout, "the window manager")

    def close(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            proc.wait(timeout=10)


class PlacedApp:
    """The app in its own process on ``display``; its ``PLACED`` lines in a queue."""

    def __init__(self, display: Display, data: Path, log: Path) -> None:
        self.log = log
        with open(log, "w") as err:
            self.proc = subprocess.Popen([sys.executable, str(APP), str(data)], env=display.env,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=err, text=True, cwd=str(APP.parents[2]))
        self.lines: queue.Queue = queue.Queue()
        self.last: dict | None = None
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in iter(self.proc.stdout.readline, ""):
            if line.startswith("PLACED "):
                self.lines.put(json.loads(line[len("PLACED "):]))

    def place(self, condition, what: str) -> dict:
        """The first place the window takes that meets ``condition``."""
        def seen() -> dict | None:
            while not self.lines.empty():
                self.last = self.lines.get()
                if condition(self.last):
                    return self.last
            return None

        try:
            return wait_for(seen, what, timeout=20)
        except AssertionError as error:
            if 'platform plugin "xcb"' in self.log.read_text():
                pytest.skip("Qt's xcb platform plugin cannot load (Debian: libxcb-cursor0 "
                            "libxkbcommon-x11-0)")
            raise AssertionError(f"{error}; last place {self.last}; "
                                 f"log {self.log.read_text()[-2000:]}") from None

    def send(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        self.send("close")
        assert self.proc.wait(timeout=30) == 0, self.log.read_text()[-2000:]

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def inside(outer: list[int], inner: list[int]) -> bool:
    ox, oy, ow, oh = outer
    x, y, w, h = inner
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def fills(place: dict) -> bool:
    """The whole frame (title bar and all) on the available area, and as large as it."""
    frame, available = place["frame"], place["available"]
    return inside(available, frame) and frame[2:] == available[2:]


KINDS = [pytest.param("offscreen"),
         pytest.param("x11", marks=pytest.mark.skipif(
             bool(X_MISSING), reason=f"needs {', '.join(X_MISSING)} (Debian: apt-get install "
                                     "xvfb openbox x11-utils) for the real window manager"))]


@pytest.fixture
def screens(tmp_path):
    opened: list[Display] = []
    apps: list[PlacedApp] = []

    def start(kind: str, size: tuple[int, int]) -> Display:
        opened.append(Display(kind, size, tmp_path))
        return opened[-1]

    def run(display: Display, data: Path) -> PlacedApp:
        apps.append(PlacedApp(display, data, tmp_path / f"app-{len(apps)}.log"))
        return apps[-1]

    yield start, run
    for app in apps:
        app.kill()
    for display in opened:
        display.close()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
def test_first_start_fills_the_available_area_title_bar_and_status_strip_in_sight(
        screens, tmp_path, kind, size):
    start, run = screens
    app = run(start(kind, size), tmp_path / "data")
    place = app.place(fills, "the window to fill the available area")
    assert place["maximised"]
    assert inside(place["available"], place["strip"])  # offline, uploads waiting: in sight
    app.close()


@pytest.mark.parametrize("kind", KINDS)
def test_window_opens_where_it_was_closed_and_maximised_when_that_no_longer_fits(
        screens, tmp_path, kind):
    start, run = screens
    data = tmp_path / "data"
    large = start(kind, (1920, 1080))
    first = run(large, data)
    first.place(fills, "the first start to fill the screen")
    first.send("move 700 300 1100 700")
    moved = first.place(lambda p: not p["maximised"] and p["normal"][2:] == [1100, 700],
                        "the window moved and sized by hand")
    first.close()
    assert (data / "window.json").exists()  # in the data folder, not the user's own config

    again = run(large, data)
    place = again.place(lambda p: p["normal"][2:] == [1100, 700], "the same place again")
    assert not place["maximised"]
    assert place["frame"] == moved["frame"]
    again.close()

    small = run(start(kind, (1280, 800)), data)  # the same data on a smaller screen
    small.place(fills, "maximised: the old place is off this screen")
    small.close()
