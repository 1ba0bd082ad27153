"""Settings → "Check this door" (issue 21 part 5): kiosk doctor's checks on the real
settings dialog, offscreen, against the WebKasa simulator on loopback. The checks run on
the system lane; the dialog keeps answering while they do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from kiosk import secrets
from kiosk.settings import Settings
from kiosk.ui.i18n import install_translations
from peer_helpers import sync_folder


@pytest.fixture
def checked_door(sim, tmp_path, memory_keyring):
    """A synced data folder, its key in the keyring, no camera in use, discovery off."""
    data = tmp_path / "data"
    sync_folder(sim, data, "Door 1")
    secrets.set_api_key(sim.url, sim.api_key)
    return data, Settings(api_url=sim.url, event_id=sim.main_event_id, device_name="Door 1",
                          peer_discovery=False, peer_port=0)


def _run(qtbot, settings, data):
    from kiosk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings, data, api_key="")
    qtbot.addWidget(dialog)
    page = dialog.check_page
    ticks = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(page.running))
    timer.start(10)
    page.button.click()
    assert page.running and not page.button.isEnabled()
    with qtbot.waitSignal(page.finished, timeout=60_000):
        pass
    timer.stop()
    return dialog, page, ticks


def _row(page, check: str) -> tuple[str, str, str]:
    i = [c.check for c in page.checks].index(check)
    mark, title, text = page.row_labels[i]
    assert mark.isVisibleTo(page) and title.isVisibleTo(page)
    return mark.text(), title.text(), text.text()


def test_a_good_door_gets_ok_rows_and_the_dialog_answers_meanwhile(qtbot, checked_door, sim):
    data, settings = checked_door
    sim.faults.update(latency_s=1.0)  # a slow server: the checks take a second at least
    dialog, page, ticks = _run(qtbot, settings, data)
    # the GUI thread ran its 10 ms timer all along while the checks waited on the server
    assert ticks.count(True) >= 20
    mark, title, text = _row(page, "server and event")
    assert mark.startswith("✓") and title == "Server and event"
    assert "Key accepted" in text and "What to do" not in text
    assert _row(page, "key store")[0].startswith("✓")
    assert _row(page, "last full pull")[0].startswith("✓")
    assert _row(page, "disk space")[0].startswith("✓")
    assert len(page.checks) == sum(1 for row in page.row_labels if row[0].isVisibleTo(page))


def test_a_refused_key_and_a_stopped_server_are_said_in_german(qtbot, checked_door, sim, qapp):
    data, settings = checked_door
    secrets.set_api_key(sim.url, "wk_test_" + "x" * 40)  # a key the server does not know
    install_translations(qapp, "de")
    try:
        dialog, page, _ = _run(qtbot, settings, data)
        mark, title, text = _row(page, "server and event")
        assert mark == "✗ Problem" and title == "Server und Veranstaltung"
        assert "Was tun:" in text and "Schlüssel" in text
        sim.stop()
        page.button.click()
        with qtbot.waitSignal(page.finished, timeout=60_000):
            pass
        mark, _, text = _row(page, "server and event")
        assert mark.startswith("⚠") and "Server nicht erreichbar" in text
    finally:
        install_translations(qapp, "en")


def test_the_doors_own_camera_is_not_opened_again(qtbot, checked_door, tmp_path):
    """The door screen holds the camera: the check reads the app's camera, never opens the
    source a second time (here a source that would not open at all)."""
    import cv2

    from kiosk.ui.camera import Camera
    from scan_helpers import scene, write_video

    data, settings = checked_door
    frames = [scene(None, size=(320, 240), seed=i) for i in range(10)]
    frames = [cv2.cvtColor(f, cv2.COLOR_GRAY2BGR) if f.ndim == 2 else f for f in frames]
    video = write_video(tmp_path / "door.avi", frames, fps=30)
    settings = settings.with_(camera_source=str(tmp_path / "no-such-camera.avi"))
    camera = Camera()
    assert camera.start(settings, str(video), realtime=True, loop=True)
    try:
        qtbot.waitUntil(lambda: camera.frames_seen > 0, timeout=20_000)
        from kiosk.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings, data, api_key="", camera=camera)
        qtbot.addWidget(dialog)
        page = dialog.check_page
        with qtbot.waitSignal(page.finished, timeout=60_000):
            page.button.click()
        mark, _, text = _row(page, "camera")
        assert mark.startswith("✓") and text == "In use by this door and giving pictures"
    finally:
        camera.stop()


def test_every_doctor_line_has_words_in_the_settings_rows(qapp):
    """Each situation kiosk doctor names (``kind``) is worded by the page, in English and
    German; a new kind without words would show English in a German dialog."""
    import re
    from pathlib import Path

    import kiosk.doctor
    from kiosk.ui.door_check import TEXTS, TITLES

    source = Path(kiosk.doctor.__file__).read_text()
    kinds = set(re.findall(r'kind="([a-z_]+)"', source))
    assert len(kinds) > 30 and kinds <= set(TEXTS)
    checks = set(re.findall(r'Check\(\s*"([^"]+)"', source)) | set(
        re.findall(r'name = "([^"]+)"', source))
    assert checks <= set(TITLES) | {"door check"}
    install_translations(qapp, "de")
    try:
        from PySide6.QtCore import QCoreApplication

        untranslated = [text for pair in TEXTS.values() for text in pair
                        if text and QCoreApplication.translate("DoorCheck", text) == text]
        assert untranslated == []
    finally:
        install_translations(qapp, "en")


def test_a_door_of_several_events_is_told_each_event_was_found(qapp):
    """Issue 20: kiosk doctor asks for every event the door serves; the page says so too."""
    from kiosk import doctor
    from kiosk.ui.door_check import check_texts

    check = doctor.Check("server and event", doctor.OK, "key accepted; events ... found",
                         kind="server_ok_events", args=(("titles", "Gala, Workshop B"),))
    assert check_texts(check)[1] == "Key accepted; events found: Gala, Workshop B"
    install_translations(qapp, "de")
    try:
        assert check_texts(check)[:2] == (
            "Server und Veranstaltung",
            "Schlüssel angenommen; Veranstaltungen gefunden: Gala, Workshop B")
    finally:
        install_translations(qapp, "en")
