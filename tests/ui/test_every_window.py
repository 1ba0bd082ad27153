"""Issue 11: large text and the attract screen's language switch reach every window, not
only the main window's door screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QVBoxLayout

from kiosk.ui.kiosk_mode import PinDialog
from kiosk.ui.pin import hash_pin
from ui_helpers import make_window


def _lone_dialog(qtbot) -> tuple[QDialog, QLabel]:
    """A window with no parent: it inherits nothing from the main window."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    label = QLabel("Some text", dialog)
    QVBoxLayout(dialog).addWidget(label)
    return dialog, label


def _size(widget) -> int:
    widget.ensurePolished()
    return widget.fontInfo().pixelSize()


def test_large_text_reaches_windows_without_a_parent(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    first, before = _lone_dialog(qtbot)
    normal = _size(before)

    window.apply_settings(window.settings.with_(large_text=True))
    second, label = _lone_dialog(qtbot)  # e.g. a dialog opened after the switch
    pin = PinDialog(window.lock)  # parentless: the staff unlock dialog
    qtbot.addWidget(pin)
    box = QMessageBox(QMessageBox.Icon.Information, "Title", "A message")
    qtbot.addWidget(box)
    assert _size(label) > normal and _size(before) > normal  # new and already open
    assert _size(pin.message) > normal and _size(box) > normal
    assert _size(window.console.search) > normal  # the staff console

    window.apply_settings(window.settings.with_(large_text=False))
    assert _size(label) == normal


def test_language_switch_retranslates_every_open_window(qtbot, local_door, tmp_path):
    local_door.settings = local_door.settings.with_(kiosk_pin_hash=hash_pin("2468"),
                                                    staff_codes=("STAFF-7",))
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    assert window.enter_self_service()
    qtbot.waitUntil(lambda: window.door_screen.idle.isVisible(), timeout=3000)
    pin = PinDialog(window.lock, window)
    qtbot.addWidget(pin)
    lone = PinDialog(window.lock)  # a second, parentless window
    qtbot.addWidget(lone)
    assert pin.windowTitle() == "Staff unlock"
    qtbot.waitUntil(lambda: window.windowTitle() == "Spring Gala — check-in", timeout=3000)
    strip_before = window.status_strip.connection.text()
    try:
        qtbot.mouseClick(window.door_screen.idle.languages["de"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: pin.windowTitle() == "Entsperren durch Personal", timeout=3000)
        qtbot.waitUntil(lambda: lone.message.text().startswith("Personal-PIN"), timeout=3000)
        # the title keeps the event's name
        qtbot.waitUntil(lambda: window.windowTitle() == "Spring Gala — Einlass", timeout=3000)
        assert window.tabs.tabText(window.tabs.indexOf(window.console)) == "&Suche"
        assert window.sync_action.text() == "Jetzt abgleichen"
        assert window.console.checkin_button.text() == "&Einlassen"  # the staff console
        assert window.console.search.placeholderText() == "Name, E-Mail oder Telefon suchen…"
        # the status strip is redrawn in the new language
        assert (strip_before, window.status_strip.connection.text()) == ("● Connecting…",
                                                                         "● Verbinde…")
    finally:
        from kiosk.ui.i18n import install_translations
        install_translations(QApplication.instance(), "en")
        window.lock._unlock("test")
    qtbot.waitUntil(lambda: window.windowTitle() == "Spring Gala — check-in", timeout=3000)


def test_cycles_are_collected_on_the_gui_thread_only(qtbot, tasks):
    """Garbage made on a worker thread is collected by the GUI thread's timer, never by the
    worker: a collection in a worker once deleted garbage Qt widgets while the GUI thread
    restyled every widget (a segmentation fault in setStyleSheet, "Garbage-collecting").
    The UI tests run with the app's collector (tests/ui/conftest.py)."""
    import gc
    import threading

    started: list[int] = []

    def note(phase, info):
        if phase == "start":
            started.append(threading.get_ident())

    def make_cycles() -> int:
        for _ in range(50_000):
            cycle: list = []
            cycle.append(cycle)
        return threading.get_ident()

    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()  # no collection starts in whichever thread allocates
        worker: list[int] = []
        tasks.run(make_cycles, on_done=worker.append, lane="local", name="cycles")
        qtbot.waitUntil(lambda: bool(worker), timeout=10_000)
        qtbot.waitUntil(lambda: bool(started), timeout=10_000)  # the timer collected them
    finally:
        gc.callbacks.remove(note)
    assert worker[0] != threading.main_thread().ident
    assert set(started) == {threading.main_thread().ident}
