"""Issue 11: a verdict stays readable for ``verdict_hold_s`` before a camera scan of another
code replaces it; the same code is ignored; typed and USB-scanner codes show at once."""

from __future__ import annotations

from kiosk.models import VerdictKind
from ui_helpers import make_window


def _camera_scan(qtbot, window, code):
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        window.camera.code.emit(code, None)
    return blocker.args[0]


def test_another_camera_code_waits_for_the_hold_then_checks_in(qtbot, local_door, tmp_path):
    local_door.settings = local_door.settings.with_(verdict_hold_s=0.5)
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    assert _camera_scan(qtbot, window, "reg_ada").kind is VerdictKind.ADMIT

    window.camera.code.emit("reg_alan", None)  # the next phone, while Ada's verdict is up
    assert "reg_alan" in window.door_screen.hold.held_codes
    assert window.door_screen.last_verdict.code == "reg_ada"  # still readable
    assert window.door_screen.in_flight == 0  # not sent to the door yet

    qtbot.waitUntil(lambda: window.door_screen.last_verdict.code == "reg_alan", timeout=5000)
    assert window.door_screen.last_verdict.kind is VerdictKind.ADMIT  # not lost, checked in
    assert not window.door_screen.hold.held_codes


def test_same_code_is_ignored_and_scanner_codes_show_at_once(qtbot, local_door, tmp_path):
    local_door.settings = local_door.settings.with_(verdict_hold_s=600)
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    assert _camera_scan(qtbot, window, "reg_ada").kind is VerdictKind.ADMIT

    window.camera.code.emit("reg_ada", None)  # Ada still holds her phone up
    assert not window.door_screen.hold.held_codes and window.door_screen.in_flight == 0

    # a USB scanner (or typed code) is a deliberate act: shown at once, hold or not
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        window.wedge.scanned.emit("reg_alan")
    assert blocker.args[0].code == "reg_alan" and blocker.args[0].kind is VerdictKind.ADMIT


def test_verdict_hold_is_set_in_the_settings_dialog(qtbot, local_door, tmp_path):
    from kiosk.ui.settings_dialog import SettingsDialog

    window = make_window(qtbot, local_door, tmp_path)
    dialog = SettingsDialog(window.settings.with_(verdict_hold_s=4.5), tmp_path, parent=window,
                            camera=window.camera, tasks=window.tasks)
    qtbot.addWidget(dialog)
    assert dialog.camera_page.verdict_hold.value() == 4.5
    dialog.camera_page.verdict_hold.setValue(1.5)
    assert dialog.result_settings().verdict_hold_s == 1.5
    dialog.reject()
