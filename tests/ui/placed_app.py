"""Run by tests/ui/test_window_place.py in its own process (a screen's size is fixed when the
process starts): the app as :func:`kiosk.ui.app.run_app` opens it in staff mode, over a
local door in the data folder given as the first argument.

Each time the main window's frame changes while it is on screen it prints ``PLACED`` and a
JSON object: its frame, its normal geometry, where its status strip is on the screen, the
screen's available area and whether it is maximised. It reads commands on stdin:
``move x y w h`` puts the window there as a person would (un-maximised first), ``close``
closes it, as the window's close button does, so the app saves its place and exits."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtWidgets import QApplication


class Commands(QObject):
    """stdin, read on a thread, as a signal on the GUI thread."""

    line = Signal(str)


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(data: Path) -> int:
    from kiosk.ui.app import run_app
    from kiosk.ui.main_window import MainWindow
    from ui_helpers import make_local_door

    app = QApplication([sys.argv[0]])
    door = make_local_door(data, camera_source="")
    last: list[object] = [None]

    def window() -> MainWindow | None:
        found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        return found[0] if found else None

    def report() -> None:
        w = window()
        if w is None or not w.isVisible() or not w.windowHandle().isExposed():
            return
        strip = w.status_strip
        place = {"frame": rect(w.frameGeometry()), "normal": rect(w.normalGeometry()),
                 "strip": rect(QRect(strip.mapToGlobal(strip.rect().topLeft()), strip.size())),
                 "available": rect(w.screen().availableGeometry()),
                 "maximised": w.isMaximized()}
        if place != last[0]:
            last[0] = place
            print("PLACED " + json.dumps(place), flush=True)

    def command(text: str) -> None:
        w = window()
        words = text.split()
        if w is None or not words:
            return
        if words[0] == "move":
            w.showNormal()
            w.setGeometry(QRect(*(int(v) for v in words[1:5])))
        elif words[0] == "close":
            w.close()

    commands = Commands()
    commands.line.connect(command)
    threading.Thread(target=lambda: [commands.line.emit(line) for line in sys.stdin],
                     daemon=True).start()
    timer = QTimer(app)
    timer.timeout.connect(report)
    timer.start(50)
    return run_app(data, door.settings, api_key="wk_test_placed",
                   door_factory=lambda *_: door)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
