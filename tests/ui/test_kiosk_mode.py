"""Self-service mode: no way out without staff; PIN or staff code unlocks."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk import registrations
from kiosk.ui.kiosk_mode import PinDialog
from kiosk.ui.pin import check_pin, hash_pin
from ui_helpers import make_window


def test_pin_hash_is_salted_and_checks(qapp):
    a, b = hash_pin("4711"), hash_pin("4711")
    assert a != b and "4711" not in a
    assert check_pin("4711", a) and not check_pin("4712", a) and not check_pin("4711", "junk")


def _locked_window(qtbot, local_door, tmp_path, **settings):
    local_door.settings = local_door.settings.with_(
        kiosk_pin_hash=hash_pin("2468"), staff_codes=("STAFF-7",), **settings)
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    assert window.enter_self_service()
    qtbot.waitUntil(lambda: window.isFullScreen(), timeout=3000)
    return window


def test_locked_kiosk_catches_every_way_out(qtbot, local_door, tmp_path):
    window = _locked_window(qtbot, local_door, tmp_path)
    assert window.lock.locked
    assert not window.tabs.tabBar().isVisible() and not window.toolbar.isVisible()
    assert not window.tabs.isTabEnabled(window.tabs.indexOf(window.console))
    quits = []
    QApplication.instance().aboutToQuit.connect(lambda: quits.append(1))
    for key, mods in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                      (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        QTest.keyClick(window, key, mods)
    assert window.lock.blocked_keys == 4
    assert window.close() is False  # the window's close button
    assert window.isVisible() and window.isFullScreen() and not quits
    # the quit action is dead while locked, even when triggered directly
    assert not window.quit_action.isEnabled()


def test_pin_unlocks_and_wrong_pin_does_not(qtbot, local_door, tmp_path):
    window = _locked_window(qtbot, local_door, tmp_path)
    dialog = PinDialog(window.lock, window)
    qtbot.addWidget(dialog)
    dialog.open()
    QTest.keyClicks(dialog.pin, "1111")
    dialog.submit()
    assert window.lock.locked and dialog.error.text()
    dialog.pin.setText("2468")
    with qtbot.waitSignal(window.lock.locked_changed, timeout=2000) as blocker:
        dialog.submit()
    assert blocker.args == [False]
    assert window.tabs.tabBar().isVisible()
    assert window.close() is True


def test_staff_code_scanned_unlocks_and_tickets_still_work(qtbot, local_door, tmp_path):
    window = _locked_window(qtbot, local_door, tmp_path)
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        QTest.keyClicks(window, "reg_alan")
        QTest.keyClick(window, Qt.Key.Key_Return)
    assert blocker.args[0].attendee_name == "Alan Turing"
    assert window.lock.locked
    with qtbot.waitSignal(window.lock.locked_changed, timeout=2000):
        QTest.keyClicks(window, "STAFF-7")
        QTest.keyClick(window, Qt.Key.Key_Return)
    assert not window.lock.locked


def test_idle_screen_shows_instructions_and_a_scan_wakes_it(qtbot, local_door, tmp_path):
    window = _locked_window(qtbot, local_door, tmp_path)
    door = window.door_screen
    door.verdict.dismiss()
    door.go_idle()
    assert door.idle.isVisible()
    assert "QR code" in door.idle.body.text()
    # said once: the line under the preview is hidden while the idle screen says it
    assert not door.instructions.isVisible()
    with qtbot.waitSignal(door.verdict_shown, timeout=5000):
        door.submit_code("reg_alan")
    assert not door.idle.isVisible() and door.verdict.isVisible()
    assert door.instructions.isVisible()


def test_the_public_sees_no_camera_details_and_no_camera_is_said_plainly(qtbot, local_door,
                                                                        tmp_path):
    window = _locked_window(qtbot, local_door, tmp_path)
    door = window.door_screen
    door.on_camera_state("open", "camera 0")
    assert not door.camera_state.isVisible()  # "Camera on" / "Video ended" are staff matters
    door.on_camera_state("reconnecting", "attempt 3 in 5s")
    assert door.instructions.text() == "No camera: use the scanner or ask the staff"
    door.verdict.dismiss()
    door.go_idle()
    assert door.idle.body.text() == "No camera: use the scanner or ask the staff"
    assert "QR code up to the camera" not in door.idle.body.text()
    window.lock._unlock("test")
    assert door.camera_state.isVisible() and door.camera_state.text() == "Camera reconnecting…"
    assert door.instructions.text() == "No camera: use the scanner or search"


class _Clock:
    """A clock the test moves by hand: the PIN delays are checked without sleeping."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_wrong_pins_grow_delays_then_lock_out_until_a_staff_code(qtbot, local_door, tmp_path,
                                                                  caplog):
    from kiosk.ui.kiosk_mode import LOCKOUT_AFTER, pin_delay

    window = _locked_window(qtbot, local_door, tmp_path)
    clock = _Clock()
    window.lock.clock = clock
    dialog = PinDialog(window.lock, window)
    qtbot.addWidget(dialog)
    caplog.set_level("INFO", logger="kiosk.ui")
    delays = []
    for _ in range(LOCKOUT_AFTER):
        assert window.lock.wait_seconds() == 0
        dialog.pin.setText("0000")
        dialog.submit()
        delays.append(window.lock.wait_seconds())
        if delays[-1] and not window.lock.pin_locked_out:
            # the right PIN is refused while the delay runs
            dialog.pin.setText("2468")
            dialog.submit()
            assert window.lock.locked and "Try again" in dialog.error.text()
        clock.now += delays[-1]
    assert delays[:2] == [0, 0] and delays[3] > delays[2] > 0  # growing, after a few free tries
    assert delays == [pin_delay(n) for n in range(1, LOCKOUT_AFTER + 1)]
    wrong = [r for r in caplog.records if "wrong staff PIN" in r.getMessage()]
    assert len(wrong) == LOCKOUT_AFTER  # every failed attempt is logged
    # locked out: even the right PIN, long after, does not unlock
    clock.now += 10 ** 6
    dialog.pin.setText("2468")
    dialog.submit()
    assert window.lock.locked and window.lock.pin_locked_out
    assert "staff code" in dialog.error.text()
    # only a staff code lifts it, and the count starts over
    window.route_code("STAFF-7")
    assert not window.lock.locked and window.lock.failures == 0


def test_long_pins_are_allowed(qtbot, local_door, tmp_path):
    local_door.settings = local_door.settings.with_(kiosk_pin_hash=hash_pin("123456789012"),
                                                    staff_codes=("STAFF-7",))
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    assert window.enter_self_service()
    dialog = PinDialog(window.lock, window)
    qtbot.addWidget(dialog)
    dialog.pin.setText("123456789012")
    dialog.submit()
    assert not window.lock.locked


def _pin_dialogs_shown() -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible()]


def test_a_ticket_scanned_in_the_pin_dialog_closes_it_and_is_checked_in(qtbot, local_door,
                                                                       tmp_path):
    """An attendee in front of the kiosk is likelier than staff (issue 18)."""
    window = _locked_window(qtbot, local_door, tmp_path)
    window.door_screen.staff.click()
    dialog = window.screen_hold.pin_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        window.route_code("reg_alan")
    assert blocker.args[0].attendee_name == "Alan Turing"
    assert window.screen_hold.pin_dialog is None and not _pin_dialogs_shown()
    assert window.door_screen.verdict.isVisible() and window.lock.locked
    assert registrations.attendee(window.door.store.db, "reg_alan").checked_in_at is not None
    # a staff code still unlocks from the dialog
    window.door_screen.staff.click()
    qtbot.waitUntil(lambda: window.screen_hold.pin_dialog is not None, timeout=2000)
    window.route_code("STAFF-7")
    assert not window.lock.locked and window.screen_hold.pin_dialog is None


def test_an_untouched_pin_dialog_closes_by_itself_and_the_door_admits_again(qtbot, local_door,
                                                                            tmp_path, caplog):
    caplog.set_level(logging.INFO, "kiosk.ui")
    window = _locked_window(qtbot, local_door, tmp_path, pin_idle_s=1.0)
    window.door_screen.staff.click()
    dialog = window.screen_hold.pin_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    qtbot.waitUntil(lambda: window.screen_hold.pin_dialog is None, timeout=10000)
    assert not _pin_dialogs_shown() and window.lock.locked
    assert any("untouched" in r.getMessage() for r in caplog.records)
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
        QTest.keyClicks(window, "reg_alan")
        QTest.keyClick(window, Qt.Key.Key_Return)
    assert registrations.attendee(window.door.store.db, "reg_alan").checked_in_at is not None


def test_the_pin_dialog_has_a_finger_sized_number_pad(qtbot, local_door, tmp_path):
    """A touch-only tablet has no keyboard: digits, delete and OK on screen."""
    window = _locked_window(qtbot, local_door, tmp_path)
    window.door_screen.staff.click()
    dialog = window.screen_hold.pin_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    digits = {key.text(): key for key in dialog.digit_keys}
    assert sorted(digits) == [str(n) for n in range(10)]
    for key in (*digits.values(), dialog.delete_key, dialog.ok_key, dialog.cancel_key):
        assert key.isVisible() and key.width() >= 64 and key.height() >= 64
    for text in "24691":
        qtbot.mouseClick(digits[text], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.delete_key, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(digits["8"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(digits["0"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_key, Qt.MouseButton.LeftButton)
    assert window.lock.locked and dialog.error.text()  # 246980 is wrong
    for text in "2468":
        qtbot.mouseClick(digits[text], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.lock.locked_changed, timeout=2000):
        qtbot.mouseClick(dialog.ok_key, Qt.MouseButton.LeftButton)
    assert not window.lock.locked


def test_registration_notes_never_show_on_the_self_service_screen(qtbot, local_door, tmp_path):
    """Notes ("VIP; vegetarian", "Allergic to nuts") are for staff, not the queue (issue 18)."""
    window = _locked_window(qtbot, local_door, tmp_path)
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        window.route_code("reg_ada")
    assert blocker.args[0].notes == "VIP; vegetarian"
    view = window.door_screen.verdict
    qtbot.waitUntil(view.isVisible, timeout=2000)
    shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    assert "Ada Lovelace" in shown
    assert not any("vegetarian" in text for text in shown)
    assert "vegetarian" not in view.accessibleName()
    # staff see them again once unlocked
    window.route_code("STAFF-7")
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
        window.route_code("reg_ada")
    assert "vegetarian" in view.notes.text() and view.notes.isVisible()


def _luminance(color) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def test_staff_button_is_readable_and_staff_matters_are_hidden(qtbot, local_door, tmp_path):
    window = _locked_window(qtbot, local_door, tmp_path)
    assert not window.status_strip.isVisible()
    button = window.door_screen.staff
    assert button.isVisible()
    # as seen on the door screen (a flat button shows the dark screen behind it)
    window.door_screen.repaint()
    image = window.door_screen.grab(button.geometry()).toImage()
    lums = sorted(_luminance(image.pixelColor(x, y))
                  for x in range(0, image.width(), 2) for y in range(0, image.height(), 2))
    # WCAG contrast between the button's face (most pixels) and its darkest ink (the text)
    face, ink = lums[len(lums) // 2], lums[0]
    assert (face + 0.05) / (ink + 0.05) >= 4.5
    window.lock._unlock("test")
    assert window.status_strip.isVisible()


def test_locked_window_takes_the_screen_back_when_minimised(qtbot, local_door, tmp_path):
    """Offscreen there is no window manager: the minimise a WM would do is asked for
    directly, and the window must come back fullscreen. (Real lock-down: the kiosk session.)"""
    window = _locked_window(qtbot, local_door, tmp_path)
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    window.showMinimized()
    qtbot.waitUntil(lambda: window.screen_hold.reclaims >= 1, timeout=3000)
    qtbot.waitUntil(lambda: window.isFullScreen() and not window.isMinimized(), timeout=3000)
    # focus leaving the app (to another program's window) is taken back too
    before = window.screen_hold.reclaims
    window.screen_hold.focus_window_changed(None)
    qtbot.waitUntil(lambda: window.screen_hold.reclaims > before, timeout=3000)
    # unlocked, the window is an ordinary one again
    window.lock._unlock("test")
    assert not window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    before = window.screen_hold.reclaims
    window.showMinimized()
    QApplication.processEvents()
    assert window.screen_hold.reclaims == before


def test_attract_screen_switches_language_with_one_touch(qtbot, local_door, tmp_path):
    window = _locked_window(qtbot, local_door, tmp_path)
    door = window.door_screen
    assert door.idle.isVisible()  # locking shows the attract screen at once
    english = door.idle.body.text()
    try:
        qtbot.mouseClick(door.idle.languages["de"], Qt.MouseButton.LeftButton)
        assert door.idle.body.text() != english and "QR" in door.idle.body.text()
        assert door.idle.languages["de"].isChecked()
        with qtbot.waitSignal(door.verdict_shown, timeout=5000):
            window.route_code("reg_alan")
        assert door.verdict.headline.text() == "EINLASS"  # the verdict in the chosen language
        door.verdict.dismiss()
        door.go_idle()  # the next attendee starts in the kiosk's language again
        assert door.idle.body.text() == english and door.language == ""
    finally:
        from kiosk.ui.i18n import install_translations
        install_translations(QApplication.instance(), "en")
