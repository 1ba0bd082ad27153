"""From a video-file camera source to the verdict overlay: capture and decoding in worker
threads, the preview fed frame by frame, the verdict shown and the next code taken."""

from __future__ import annotations

import cv2
import pytest

from kiosk import registrations
from kiosk.models import VerdictKind
from kiosk.ui.verdict_view import headline, mark_for
from scan_helpers import scene, write_video
from ui_helpers import EVENT, make_window


@pytest.fixture(scope="module")
def ticket_video(tmp_path_factory):
    """Read only: made once for the module (54 drawn frames, a second and a half a test)."""
    frames = []
    plan = [None] * 6 + [f'{{"registration_id":"reg_ada","event_id":"{EVENT.id}"}}'] * 12 \
        + [None] * 6 + ["not a ticket at all"] * 12 + [None] * 6 + ["reg_kurt"] * 12
    for i, text in enumerate(plan):
        gray = scene(text, size=(640, 480), code_px=220, seed=i)
        frames.append(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR) if gray.ndim == 2 else gray)
    return write_video(tmp_path_factory.mktemp("video") / "door.avi", frames, fps=30)


# The verdict hold shorter than its 2 s default, still longer than the 0.6 s between the
# video's codes: the second and third codes are still held and come back after it, in order
# (the hold itself is test_verdict_hold.py's), and the test no longer waits 4 s for two holds.
HOLD_S = 0.7


def test_video_camera_to_verdict_overlay(qtbot, local_door, tmp_path, ticket_video):
    local_door.settings = local_door.settings.with_(verdict_hold_s=HOLD_S)
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    shown = []
    window.door_screen.verdict_shown.connect(shown.append)
    states = []
    window.camera.state.connect(lambda s, d: states.append(s))
    assert window.camera.start(window.settings, str(ticket_video), realtime=True)
    qtbot.waitUntil(lambda: len(shown) >= 3, timeout=15_000)
    kinds = [v.kind for v in shown]
    assert kinds[:3] == [VerdictKind.ADMIT, VerdictKind.INVALID, VerdictKind.CANCELLED]
    assert shown[0].attendee_name == "Ada Lovelace"
    assert window.door_screen.preview.frames > 5  # the preview kept moving
    assert window.door_screen.verdict.tone == "stop"
    assert "open" in states
    window.camera.stop()
    assert not window.camera.running


def test_missing_camera_says_so_and_scanner_still_works(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.camera.start(window.settings, str(tmp_path / "no-such-video.avi"))
    door = window.door_screen
    qtbot.waitUntil(lambda: not door.camera_ok, timeout=5000)
    assert door.instructions.text() == "No camera: use the scanner or search"
    assert "camera" not in door.instructions.text().split(":", 1)[1]  # no "hold it up" left
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
        window.route_code("reg_alan")
    window.camera.stop()


def test_camera_scan_leaves_staff_on_their_screen_and_shows_a_banner(qtbot, local_door, tmp_path,
                                                                     ticket_video):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.activateWindow()
    for screen, field in ((window.console, window.console.search), (window.walk_in, window.walk_in.name)):
        window.tabs.setCurrentWidget(screen)
        field.setFocus()
        field.setText("Grac")
        if screen is window.console:  # the search lands first: a selection made after the
            # banner would rightly hide it (it is about someone else by then)
            qtbot.waitUntil(lambda: window.console.current is not None
                            and window.console.current.id == "reg_grace", timeout=5000)
        shown = []
        window.door_screen.verdict_shown.connect(shown.append)
        assert window.camera.start(window.settings, str(ticket_video), realtime=False)
        qtbot.waitUntil(lambda shown=shown: len(shown) >= 1, timeout=15_000)
        window.camera.stop()
        window.door_screen.verdict_shown.disconnect(shown.append)
        assert window.tabs.currentWidget() is screen  # not pulled back to the door
        assert field.hasFocus() and field.text() == "Grac"
        assert not window.door_screen.manual.text()
        assert window.banner.isVisible()
        # the banner shows the newest verdict (the camera may have read the next code too)
        text = window.banner.text.text()
        assert mark_for(shown[-1]) in text and headline(shown[-1]) in text
        assert (shown[-1].attendee_name or "") in text
        assert registrations.attendee(window.door.store.db, "reg_ada").checked_in_at  # still recorded
    window.tabs.setCurrentWidget(window.door_screen)
    assert not window.banner.isVisible()


def test_settings_preview_cancel_puts_the_looping_demo_video_back(qtbot, local_door, tmp_path,
                                                                  ticket_video):
    from kiosk.ui.settings_dialog import SettingsDialog

    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    demo = window.settings.with_(scan_cooldown_s=0.2)  # shorter than the 2 s video
    assert window.camera.start(demo, str(ticket_video), realtime=False, loop=True)
    dialog = SettingsDialog(window.settings, tmp_path, parent=window, camera=window.camera)
    qtbot.addWidget(dialog)
    dialog.camera_page.camera_choice.setEditText(str(tmp_path / "other-camera.avi"))
    dialog.camera_page.preview_camera()
    assert window.camera.started_with[1] is None  # the preview runs the chosen camera
    dialog.reject()
    assert window.camera.running
    _, source, _, loop = window.camera.started_with
    assert source == str(ticket_video) and loop  # the demo video, looping, as before
    # and it does loop: Ada's code comes round again after the video's end
    seen = []
    window.camera.code.connect(lambda text, parsed: seen.append(text))
    ticket = f'{{"registration_id":"reg_ada","event_id":"{EVENT.id}"}}'
    qtbot.waitUntil(lambda: seen.count(ticket) >= 2, timeout=20_000)
    window.camera.stop()


def test_camera_codes_are_parsed_once_by_the_shared_factory(qtbot, local_door, tmp_path,
                                                            ticket_video, monkeypatch):
    """Camera.start builds its pipeline with the same factory as ``kiosk scan``, and the
    ParsedCode travels with the code: the door's own parser is never called for a camera
    scan."""
    import kiosk.door
    import kiosk.scan.pipeline as pipeline_module

    built = []
    real_build = pipeline_module.build_pipeline
    monkeypatch.setattr(pipeline_module, "build_pipeline",
                        lambda *a, **kw: built.append(kw.get("name")) or real_build(*a, **kw))
    parsed_by_door = []
    real_parse = kiosk.door.parse_code
    monkeypatch.setattr(kiosk.door, "parse_code",
                        lambda code: parsed_by_door.append(code) or real_parse(code))
    local_door.settings = local_door.settings.with_(verdict_hold_s=HOLD_S)
    window = make_window(qtbot, local_door, tmp_path)
    shown = []
    window.door_screen.verdict_shown.connect(shown.append)
    codes = []
    window.camera.code.connect(lambda text, parsed: codes.append(parsed))
    assert window.camera.start(window.settings, str(ticket_video), realtime=False)
    qtbot.waitUntil(lambda: len(shown) >= 3, timeout=15_000)
    window.camera.stop()
    assert built == ["kiosk-camera"]
    assert [v.kind for v in shown[:3]] == [VerdictKind.ADMIT, VerdictKind.INVALID,
                                            VerdictKind.CANCELLED]
    assert parsed_by_door == []
    assert codes[0].registration_id == "reg_ada" and codes[0].event_id == EVENT.id


@pytest.fixture
def german(qapp):
    from kiosk.ui.i18n import install_translations

    install_translations(qapp, "de")
    yield
    install_translations(qapp, "en")


def test_a_missing_camera_is_said_in_german_with_the_path_only_as_detail(qtbot, local_door,
                                                                        tmp_path, german):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.camera.start(window.settings, "none")
    door = window.door_screen
    qtbot.waitUntil(lambda: not door.camera_ok, timeout=5000)
    shown = door.camera_state.text()
    assert shown == "Keine Kamera: die Videoquelle wurde nicht gefunden"
    assert "No such" not in shown and "none" not in shown
    assert door.camera_state.toolTip() == "Detail: No such video file: none"
    window.camera.stop()


def test_the_settings_camera_preview_says_to_press_preview_until_it_runs(qtbot, local_door,
                                                                         tmp_path, german):
    from kiosk.ui.settings_dialog import SettingsDialog

    window = make_window(qtbot, local_door, tmp_path)
    dialog = SettingsDialog(window.settings, tmp_path, parent=window, camera=window.camera)
    qtbot.addWidget(dialog)
    page = dialog.camera_page
    assert page.preview.message == "Drücken Sie „Kamera-Vorschau“, um sie hier zu sehen"
    page.camera_choice.setEditText(str(tmp_path / "no-such.avi"))
    page.preview_camera()
    qtbot.waitUntil(lambda: page.preview.message.startswith("Keine Kamera"), timeout=5000)
    assert "no-such" not in page.preview.message and "no-such" in page.preview.toolTip()
    dialog.reject()
