"""Run by tests/ui/test_window_manager.py in its own process on a real X server (Xvfb) with
a real window manager: ``kiosk`` shows the locked self-service window, ``intruder`` an
ordinary window that tries to take the screen; the second argument is the kiosk's data
folder (inside the test's own temporary folder). Each prints ``WINID <id>`` once mapped
and then serves until terminated."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def main(role: str, data: Path) -> None:
    app = QApplication([sys.argv[0]])
    if role == "intruder":
        window = QLabel("another program")
        window.setWindowTitle("intruder")
        window.resize(400, 300)
        window.show()
    else:
        from kiosk.ui.app import apply_style
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.pin import hash_pin
        from kiosk.ui.sounds import Sounds
        from ui_helpers import make_local_door

        apply_style(app)
        door = make_local_door(data, kiosk_pin_hash=hash_pin("2468"),
                               staff_codes=("STAFF-7",))
        window = MainWindow(door, data_dir=data, start_camera=False, schedule=False,
                            sounds=Sounds(backend="silent"))
        window.show()
        window.enter_self_service()

    def announce() -> None:
        if not window.isVisible() or not window.windowHandle().isExposed():
            QTimer.singleShot(50, announce)
            return
        print(f"WINID {int(window.winId())}", flush=True)

    announce()
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
