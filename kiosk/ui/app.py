"""Starting the GUI: QApplication, style, translations, first-run setup, the main window."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from kiosk.settings import Settings
from kiosk.settings import load as load_settings
from kiosk.ui.door_types import DoorFactory, open_door
from kiosk.ui.i18n import install_translations
from kiosk.ui.resources import resource_path

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
    from kiosk import secrets

    settings = settings or load_settings(data_dir)
    app = make_app(language=settings.language)
    key = api_key or secrets.get_api_key(settings.api_url)
    if not key:  # no keyring here: the key may be in the passphrase-protected file
        from kiosk.ui.setup_wizard import unlock_key_file

        key = unlock_key_file(data_dir, settings.api_url)
    door = None
    if not settings.event_id or not key:
        from kiosk.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(data_dir, settings, api_key=key, door_factory=door_factory)
        if not wizard.exec():
            log.info("setup cancelled")
            return 1
        settings, key, door = wizard.settings, wizard.api_key, wizard.door
    if door is None:
        door = door_factory(data_dir, settings, key)

    from kiosk.ui.main_window import MainWindow

    window = MainWindow(door, data_dir=data_dir, camera_source=camera_source,
                        camera_loop=camera_loop)
    if kiosk_mode:
        window.show()
        if not window.enter_self_service():
            log.warning("self-service mode needs a staff code; staying in staff mode")
    else:
        window.resize(1280, 800)
        window.show()
    tune_gc()
    exit_on_signals(app)
    log.info("kiosk window shown (self-service: %s)", window.lock.locked)
    try:
        return app.exec()
    finally:
        window.shutdown()
        door.close()
