"""Nothing slow on the GUI thread (issue 9): camera probing, the keyring and opening a door
run on workers, and the dialogs are up before they answer. Each slow call is held on an
event, so "the dialog is there while the call is still running" is a fact, not a timing."""

from __future__ import annotations

import threading

import pytest

from kiosk.settings import Settings
from ui_helpers import make_window

HELD_S = 30


class Calls:
    """Records the thread of each call; ``hold`` keeps the calls waiting until released."""

    def __init__(self, answer=None, hold: bool = False) -> None:
        self.threads: list[threading.Thread] = []
        self.answer = answer
        self.gate = threading.Event()
        if not hold:
            self.gate.set()

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.current_thread())
        self.gate.wait(HELD_S)
        return self.answer(*args, **kwargs) if callable(self.answer) else self.answer

    @property
    def off_gui_thread(self) -> bool:
        return bool(self.threads) and threading.main_thread() not in self.threads


def test_settings_dialog_opens_before_the_camera_probe_answers(qtbot, tmp_path, monkeypatch):
    import kiosk.scan.frames as frames
    from kiosk.scan.frames import CameraInfo
    from kiosk.ui.settings_dialog import SettingsDialog

    probe = Calls(answer=[CameraInfo(0, "Built-in"), CameraInfo(2, "USB Door Cam")], hold=True)
    monkeypatch.setattr(frames, "list_cameras", probe)
    settings = Settings(camera_source="2")
    try:
        dialog = SettingsDialog(settings, tmp_path, api_key="wk_test_" + "k" * 40)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: bool(probe.threads), timeout=10_000)
        assert not probe.gate.is_set() and dialog.camera_page.camera_choice.currentText() == "2"
        with qtbot.waitSignal(dialog.camera_page.cameras_listed, timeout=10_000):
            probe.gate.set()
    finally:
        probe.gate.set()
    assert probe.off_gui_thread
    choice = dialog.camera_page.camera_choice
    assert [choice.itemText(i) for i in range(choice.count())] == [
        "Built-in", "USB Door Cam"]
    assert dialog.camera_page.camera_source() == "2"  # the configured camera stays chosen
    dialog.reject()


def test_show_settings_reads_the_key_off_the_gui_thread(qtbot, local_door, tmp_path, monkeypatch):
    import kiosk.scan.frames as frames
    import kiosk.secrets as secrets
    from kiosk.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(frames, "list_cameras", Calls(answer=[]))
    key = "wk_live_" + "0" * 52 + "9f3a"
    read = Calls(answer=key, hold=True)
    monkeypatch.setattr(secrets, "get_api_key", read)
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window(qtbot, local_door, tmp_path)
    try:
        window.show_settings()  # returns while the keyring is still being asked
        (dialog,) = opened
        assert not read.gate.is_set() and key[-4:] not in dialog.key_label.text()
        with qtbot.waitSignal(dialog.key_loaded, timeout=10_000):
            read.gate.set()
    finally:
        read.gate.set()
    assert read.off_gui_thread
    assert "9f3a" in dialog.key_label.text() and key not in dialog.key_label.text()


def test_a_new_key_is_saved_off_the_gui_thread_before_the_dialog_closes(qtbot, tmp_path,
                                                                       monkeypatch):
    import kiosk.scan.frames as frames
    import kiosk.secrets as secrets
    from kiosk.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(frames, "list_cameras", Calls(answer=[]))
    saved = {}
    store = Calls(answer=lambda url, key: saved.update({url: key}), hold=True)
    monkeypatch.setattr(secrets, "set_api_key", store)
    dialog = SettingsDialog(Settings(api_url="https://kiosk.example"), tmp_path, api_key=None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_key.setText("wk_live_new_key_0001")
    try:
        dialog.accept()
        qtbot.waitUntil(lambda: bool(store.threads), timeout=10_000)
        assert dialog.isVisible() and not saved  # still open while the keyring works
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            store.gate.set()
    finally:
        store.gate.set()
    assert store.off_gui_thread
    assert saved == {"https://kiosk.example": "wk_live_new_key_0001"}
    assert dialog.new_api_key == "wk_live_new_key_0001"


def test_a_key_the_keyring_refuses_keeps_the_dialog_open(qtbot, tmp_path, monkeypatch):
    import kiosk.scan.frames as frames
    import kiosk.secrets as secrets
    from kiosk.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(frames, "list_cameras", Calls(answer=[]))

    def refuse(url, key):
        raise RuntimeError("the keyring is locked")

    monkeypatch.setattr(secrets, "set_api_key", refuse)
    dialog = SettingsDialog(Settings(), tmp_path, api_key="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_key.setText("wk_live_new_key_0002")
    dialog.accept()
    qtbot.waitUntil(lambda: "locked" in dialog.key_label.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.new_api_key is None
    dialog.reject()


@pytest.fixture
def setup_sim():
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=3, registrations=300, page_cap=100, rate_limits=False) as sim:
        yield sim


def test_setup_wizard_keyring_and_door_open_run_on_workers(qtbot, tmp_path, memory_keyring,
                                                           setup_sim, monkeypatch):
    """The keyring and Door.open run on a worker; the sync's progress reaches the wizard
    through the door's events (the bridge), not a relay of its own."""
    import kiosk.secrets as secrets
    from kiosk.door import Door
    from kiosk.ui.setup_wizard import SetupWizard, SyncPage

    sim = setup_sim
    keyring_threads = []
    for name in ("get_api_key", "set_api_key"):
        real = getattr(secrets, name)
        monkeypatch.setattr(secrets, name, lambda *a, _real=real: (
            keyring_threads.append(threading.current_thread()), _real(*a))[1])
    opened = Calls(answer=Door.open, hold=True)
    pull_kwargs = []

    def factory(data_dir, settings, key):
        door = opened(data_dir, settings, key)
        real_pull = door.pull
        door.pull = lambda **kw: (pull_kwargs.append(kw), real_pull(**kw))[1]
        return door

    progress = []
    real_progress = SyncPage._progress
    monkeypatch.setattr(SyncPage, "_progress", lambda self, done, total: (
        progress.append((done, total)), real_progress(self, done, total)))
    wizard = SetupWizard(tmp_path / "data", Settings(), door_factory=factory)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.connection.url.setText(sim.url)
    wizard.connection.key.setText(sim.api_key)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.event_page, timeout=10_000)
    wizard.event_page.list.setCurrentRow([e.id for e in wizard.events].index(sim.main_event_id))
    try:
        wizard.next()
        qtbot.waitUntil(lambda: bool(opened.threads), timeout=10_000)
        assert wizard.currentPage() is wizard.sync_page and not wizard.sync_page.finished
        opened.gate.set()
        qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
    finally:
        opened.gate.set()
    assert wizard.sync_page.outcome == "done"
    assert opened.off_gui_thread
    assert keyring_threads and threading.main_thread() not in keyring_threads
    assert pull_kwargs and all("progress" not in kw for kw in pull_kwargs)
    assert progress and progress[-1][0] >= 300  # the bar was driven by the door's events
    assert wizard.sync_page.bridge is None  # detached once the sync ended
    wizard.accept()
    wizard.door.close()


def test_main_window_shows_sync_progress_from_the_bridge(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    qtbot.waitUntil(lambda: window.report is not None, timeout=10_000)
    strip = window.status_strip
    local_door.events.publish("sync_progress", done=200, total=1000)
    qtbot.waitUntil(lambda: "Syncing 200 of 1000" in strip.last_sync.text(), timeout=10_000)
    local_door.events.publish("synced", result=None)
    qtbot.waitUntil(lambda: strip.last_sync.text().startswith("Synced"), timeout=10_000)


def test_setup_wizard_asks_for_the_keyring_off_the_gui_thread(qtbot, tmp_path, monkeypatch):
    """The wizard is up, saying it is looking, while the keyring probe is still held; the
    first page follows the answer (no keyring: the passphrase rows appear)."""
    import kiosk.secrets as secrets
    from kiosk.ui.setup_wizard import SetupWizard

    monkeypatch.delenv("KIOSK_API_KEY", raising=False)
    probe = Calls(answer=False, hold=True)
    monkeypatch.setattr(secrets, "keyring_usable", probe)
    wizard = SetupWizard(tmp_path / "data", Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.connection
    try:
        qtbot.waitUntil(lambda: bool(probe.threads), timeout=10_000)
        assert wizard.has_keyring is None and "looking" in page.keyring_note.text().lower()
        assert not page.passphrase.isVisible()
        page.key.setText("wk_live_typed_before_the_answer")
        wizard.next()  # where the key would go is not known yet: it waits for the answer
        assert wizard.currentPage() is page and "keyring" in page.error.text()
        with qtbot.waitSignal(wizard.keyring_known, timeout=10_000):
            probe.gate.set()
    finally:
        probe.gate.set()
    assert probe.off_gui_thread
    assert wizard.has_keyring is False
    assert "no system keyring" in page.keyring_note.text().lower()
    assert page.passphrase.isVisible() and page.passphrase_again.isVisible()
    # the Next pressed while it looked went on by itself, and stops at the passphrase
    assert wizard.currentPage() is page and "passphrase" in page.error.text()
    wizard.reject()


def test_settings_are_written_off_the_gui_thread_before_the_dialog_closes(qtbot, tmp_path,
                                                                         monkeypatch):
    import kiosk.scan.frames as frames
    import kiosk.settings as settings_file
    from kiosk.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(frames, "list_cameras", Calls(answer=[]))
    write = Calls(answer=settings_file.save, hold=True)
    monkeypatch.setattr(settings_file, "save", write)
    dialog = SettingsDialog(Settings(device_name="Door 1"), tmp_path, api_key="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.device.setText("North door")
    try:
        dialog.accept()
        qtbot.waitUntil(lambda: bool(write.threads), timeout=10_000)
        assert dialog.isVisible() and dialog.saved_settings is None  # open while it writes
        dialog.reject()  # a cancel now would leave the file written but not applied
        assert dialog.isVisible()
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            write.gate.set()
    finally:
        write.gate.set()
    assert write.off_gui_thread
    assert dialog.saved_settings.device_name == "North door"
    assert settings_file.load(tmp_path).device_name == "North door"


def test_a_failed_settings_save_keeps_the_dialog_open_and_says_why(qtbot, tmp_path,
                                                                  monkeypatch):
    import kiosk.scan.frames as frames
    import kiosk.settings as settings_file
    from kiosk.ui.settings_dialog import SettingsDialog

    monkeypatch.setattr(frames, "list_cameras", Calls(answer=[]))
    real_save = settings_file.save

    def disk_full(settings, data_dir):
        raise OSError(28, "No space left on device")

    write = Calls(answer=disk_full)
    monkeypatch.setattr(settings_file, "save", write)
    dialog = SettingsDialog(Settings(device_name="Door 1"), tmp_path, api_key="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.device.setText("North door")
    dialog.accept()
    qtbot.waitUntil(lambda: "No space left" in dialog.save_error.text(), timeout=10_000)
    assert write.off_gui_thread
    assert dialog.isVisible() and dialog.saved_settings is None
    assert "not saved" in dialog.save_error.text()
    assert settings_file.load(tmp_path).device_name != "North door"
    write.answer = real_save  # space freed: saving again works
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.accept()
    assert settings_file.load(tmp_path).device_name == "North door"


def test_the_main_window_writes_settings_off_the_gui_thread(qtbot, local_door, tmp_path,
                                                           monkeypatch):
    """Settings applied without the dialog (the staff PIN set on entering self-service)
    take effect at once and are written on the system lane; a failed write is said."""
    import kiosk.settings as settings_file

    write = Calls(answer=settings_file.save, hold=True)
    monkeypatch.setattr(settings_file, "save", write)
    window = make_window(qtbot, local_door, tmp_path)
    try:
        window.apply_settings(window.settings.with_(device_name="North door"))
        assert window.door.settings.device_name == "North door"  # in use before it is on disk
        qtbot.waitUntil(lambda: bool(write.threads), timeout=10_000)
        write.gate.set()
        qtbot.waitUntil(lambda: (tmp_path / "data" / "settings.json").exists(), timeout=10_000)
    finally:
        write.gate.set()
    assert write.off_gui_thread
    assert settings_file.load(tmp_path / "data").device_name == "North door"

    def disk_full(settings, data_dir):
        raise OSError(28, "No space left on device")

    write.answer = disk_full
    window.apply_settings(window.settings.with_(device_name="South door"))
    qtbot.waitUntil(lambda: window.save_failed is not None, timeout=10_000)
    assert "No space left" in window.save_failed.text()
    assert window.save_failed.isVisible()
    window.save_failed.close()


def _when_called(calls: Calls, then) -> None:
    """Run ``then()`` on the GUI thread (its event loop keeps running while the app waits
    for the worker) as soon as ``calls`` has been entered."""
    from PySide6.QtCore import QTimer

    def look():
        if calls.threads:
            then()
        else:
            QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)


def _opening_windows() -> list:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "openingWindow" and w.isVisible()]


def test_the_app_opens_its_door_and_reads_the_keyring_off_the_gui_thread(
        qtbot, tmp_path, memory_keyring, monkeypatch):
    """At start the keyring and Door.open (SQLite migrations, files) run on a worker; an
    "Opening…" window is up and the GUI thread keeps dispatching until the door is open."""
    import kiosk.secrets as secrets
    from kiosk.door import Door
    from kiosk.ui.app import open_for_app

    settings = Settings(event_id="evt_open", api_url="https://kiosk.example")
    secrets.set_api_key(settings.api_url, "wk_live_" + "3" * 40)
    read = Calls(answer=secrets.get_api_key, hold=True)
    monkeypatch.setattr(secrets, "get_api_key", read)
    opened = Calls(answer=Door.open, hold=True)
    seen = {}

    def door_held():
        seen["door"] = len(_opening_windows())
        opened.gate.set()

    def key_held():
        seen["key"] = len(_opening_windows())
        read.gate.set()
        _when_called(opened, door_held)

    _when_called(read, key_held)
    try:
        result = open_for_app(tmp_path / "data", settings, None, opened)
    finally:
        read.gate.set()
        opened.gate.set()
    assert seen == {"key": 1, "door": 1}  # the window was up while each call was held
    assert read.off_gui_thread and opened.off_gui_thread
    chosen, key, door = result
    try:
        assert key == "wk_live_" + "3" * 40 and door.event_id == "evt_open"
        assert door.status().outbox.pending == 0  # a working door, opened on the worker
    finally:
        door.close()
    qtbot.waitUntil(lambda: not _opening_windows(), timeout=10_000)


def test_a_door_that_cannot_open_is_reported_and_the_opening_window_goes(qtbot, tmp_path):
    from kiosk.store import StoreError
    from kiosk.ui.app import open_for_app

    def newer(data_dir, settings, key):
        raise StoreError("written by a newer kiosk (schema 99); update the app")

    failing = Calls(answer=newer)
    with pytest.raises(StoreError, match="newer kiosk"):
        open_for_app(tmp_path / "data", Settings(event_id="evt_open"), "wk_live_key", failing)
    assert failing.off_gui_thread
    qtbot.waitUntil(lambda: not _opening_windows(), timeout=10_000)
