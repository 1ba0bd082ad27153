"""Starting the GUI: QApplication, style, translations, first-run setup, the main window."""

from __future__ import annotations

import json
import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QMargins, QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.settings import Settings
from kiosk.settings import load as load_settings
from kiosk.ui.door_types import DoorFactory, open_door
from kiosk.ui.i18n import install_translations
from kiosk.ui.resources import resource_path
from kiosk.ui.tasks import Tasks

log = logging.getLogger("kiosk.ui")



def tune_gc() -> None:
    """Keep garbage collection from stalling the door screen.

    A full (generation 2) collection walks every tracked object, holding the GIL for tens of
    milliseconds once the cache has been read. Objects alive after start-up (modules, Qt
    wrappers, settings) are moved out of the collector's sight with :func:`gc.freeze`, so a
    full collection only walks what was made since, and young collections run less often.
    """
    import gc

    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, 5000), gen1, gen2)


def collect_on_gui_thread(app: QApplication) -> None:
    """Reference cycles are collected on the GUI thread only: automatic collection is off and
    a timer collects by the same thresholds (pyqtgraph's ``GarbageCollector``, made for this).
    Left automatic, a collection starts in whichever thread allocates: a worker's could
    delete garbage Qt widgets (a closed dialog, a chart's items) off the GUI thread while it
    drew or restyled, and a test run died of a segmentation fault ("Garbage-collecting"
    while the GUI thread was in ``setStyleSheet``). Kept alive with the application."""
    from pyqtgraph.util.garbage_collector import GarbageCollector

    if getattr(app, "_kiosk_collector", None) is None:
        app._kiosk_collector = GarbageCollector(interval=1.0)  # type: ignore[attr-defined]


def exit_on_signals(app: QApplication) -> None:
    """SIGTERM/SIGINT (service manager, Ctrl+C) end the app cleanly, even in self-service mode.

    Qt's event loop runs no Python code while idle, so a slow timer gives Python's signal
    handlers a chance to run.
    """
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.exit(0))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


from kiosk.ui.fonts import FALLBACK_FAMILIES  # noqa: E402  (shared with badges)


def apply_fonts(app: QApplication) -> None:
    font = QFont(app.font())
    families = [font.family(), *[f for f in FALLBACK_FAMILIES if f != font.family()]]
    font.setFamilies(families)
    app.setFont(font)


def apply_style(app: QApplication) -> None:
    apply_fonts(app)
    path = resource_path("styles", "kiosk.qss")
    try:
        base = path.read_text(encoding="utf-8")
        app.setStyleSheet(base)
        app.setProperty("kioskBaseStyle", base)  # large text goes on top of it (main_window)
    except OSError:
        log.warning("style sheet %s missing", path)


def make_app(argv: list[str] | None = None, language: str = "") -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("webkasa-kiosk")
    app.setApplicationDisplayName("WebKasa check-in")
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    app.setStyle("Fusion")  # the same look everywhere; the style sheet does the rest
    apply_style(app)
    install_translations(app, language)
    return app


class OpeningWindow(QLabel):
    """Up while the app reads the keyring and opens the door's files on a worker: a cache
    being migrated, or a keyring asking to be unlocked, can take seconds, and a window that
    does not paint meanwhile looks like a crash."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("openingWindow")
        self.setWindowTitle(self.tr("Check-in kiosk"))
        self.setText(self.tr("Opening the check-in data…"))
        self.setAccessibleName(self.text())
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(420, 160)
        self.finished = False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        """Closing it would close the app's last window and end the wait for the door half
        way: it closes when the door is open (or the opening failed)."""
        if self.finished:
            event.accept()
        else:
            event.ignore()

    def finish(self) -> None:
        self.finished = True
        self.close()


PLACE_FILE = "window.json"
"""Where the main window was when it last closed, in the data folder (never the user's own
configuration): its normal geometry, its frame, and whether it was maximised."""


def show_placed(window: QWidget, data_dir: Path) -> None:
    """Show ``window`` where it was last, if that still fits a screen now; else maximised on
    the available area. A fixed 1280x800 put the status strip (offline, uploads waiting)
    under the bottom edge of a 1280x800 screen, below the title bar, and left a small window
    in the middle of a larger one (tests/ui/test_window_place.py)."""
    try:
        saved = json.loads((Path(data_dir) / PLACE_FILE).read_text(encoding="utf-8"))
        normal = QRect(*(int(v) for v in saved["normal"]))
        frame = QRect(*(int(v) for v in saved["frame"]))
        maximised = bool(saved["maximised"])
    except (OSError, ValueError, KeyError, TypeError):
        window.showMaximized()
        return
    fits = any(screen.availableGeometry().contains(frame) for screen in QGuiApplication.screens())
    if not fits or normal.isEmpty():
        window.showMaximized()
        return
    window.setGeometry(normal)
    if maximised:  # maximised on the screen it was on
        window.showMaximized()
    else:
        window.show()


def save_place(window: QWidget, data_dir: Path) -> None:
    """Remember where ``window`` is for :func:`show_placed`; not while it is full screen
    (self-service) or minimised, which are no place to open in."""
    if window.isFullScreen() or window.isMinimized():
        return
    inner, frame = window.geometry(), window.frameGeometry()
    normal = inner
    if window.isMaximized():  # the same frame around the geometry it is restored to
        normal = window.normalGeometry()
        frame = normal.marginsAdded(QMargins(inner.x() - frame.x(), inner.y() - frame.y(),
                                             frame.right() - inner.right(),
                                             frame.bottom() - inner.bottom()))
    place = {"normal": [normal.x(), normal.y(), normal.width(), normal.height()],
             "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
             "maximised": window.isMaximized()}
    path = Path(data_dir) / PLACE_FILE
    try:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(place), encoding="utf-8")
        tmp.replace(path)
    except OSError as error:  # a full disk costs the place, not the exit
        log.warning("window place not saved: %s", error)


def wait_off_gui(tasks: Tasks, work: Callable[[], Any], name: str) -> Any:
    """``work()`` on the ``system`` lane while this (GUI) thread keeps painting and
    dispatching; returns its result, or raises its error here."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    tasks.run(work, lane="system", name=name, on_done=lambda r: finish("result", r),
              on_error=lambda e: finish("error", e))
    loop.exec()  # the answer comes back through the event loop, never before this runs
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


def open_for_app(data_dir: Path, settings: Settings, api_key: str | None,
                 door_factory: DoorFactory) -> tuple[Settings, str | None, Any] | None:
    """The key, the settings and an open door, running the first-run setup if needed; None
    when staff cancel it. The keyring and the door's files (SQLite migrations) are read on a
    worker while an "Opening…" window shows; the passphrase dialog and the setup wizard
    are the GUI's own (the wizard does its slow work on workers too)."""
    from kiosk import keys

    opening = OpeningWindow()
    opening.show()
    tasks = Tasks()
    try:
        url = settings.api_url
        key = api_key or wait_off_gui(tasks, lambda: keys.resolve(data_dir, url), "read_key")
        if not key:  # no keyring here: the key may be in the passphrase-protected file
            from kiosk.ui.setup_wizard import unlock_key_file

            opening.hide()
            key = unlock_key_file(data_dir, settings.api_url)
        door = None
        if not settings.event_id or not key:
            from kiosk.ui.setup_wizard import SetupWizard

            opening.hide()
            wizard = SetupWizard(data_dir, settings, api_key=key, door_factory=door_factory)
            if not wizard.exec():
                log.info("setup cancelled")
                return None
            settings, key, door = wizard.settings, wizard.api_key, wizard.door
        if door is None:
            opening.show()
            chosen, chosen_key = settings, key
            door = wait_off_gui(tasks, lambda: door_factory(data_dir, chosen, chosen_key),
                                "open_door")
        return settings, key, door
    finally:
        opening.finish()
        tasks.shutdown(wait=True)  # nothing runs any more: each wait above had its answer


def run_app(
    data_dir: Path,
    settings: Settings | None = None,
    *,
    api_key: str | None = None,
    kiosk_mode: bool = False,
    door_factory: DoorFactory = open_door,
    camera_source: str | None = None,
    camera_loop: bool = False,
) -> int:
    """Open the GUI for the configured event (running setup first if needed); returns the exit code."""
    settings = settings or load_settings(data_dir)
    app = make_app(language=settings.language)
    opened = open_for_app(data_dir, settings, api_key, door_factory)
    if opened is None:
        return 1
    settings, key, door = opened

    from kiosk.ui.main_window import MainWindow

    window = MainWindow(door, data_dir=data_dir, camera_source=camera_source,
                        camera_loop=camera_loop)
    show_placed(window, data_dir)
    if kiosk_mode and not window.enter_self_service():
        log.warning("self-service mode needs a staff code; staying in staff mode")
    tune_gc()
    collect_on_gui_thread(app)
    exit_on_signals(app)
    log.info("kiosk window shown (self-service: %s)", window.lock.locked)
    try:
        return app.exec()
    finally:
        if not window.lock.locked:
            save_place(window, data_dir)
        window.shutdown()
        door.close()
