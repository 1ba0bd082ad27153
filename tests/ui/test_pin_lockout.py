"""Issue 11: the PIN lockout holds. The count of wrong PINs and the next allowed try are kept
in the data folder, so a restart does not clear them; a clock set back cannot make staff wait
longer than the count calls for; and since only a staff code lifts the lockout, self-service
needs one (Settings refuses a PIN without one). A hand-moved clock: no sleeping."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from kiosk.settings import Settings
from kiosk.ui.kiosk_mode import LOCKOUT_AFTER, PIN_STATE_FILE, KioskLock, pin_delay
from kiosk.ui.pin import hash_pin
from ui_helpers import make_window

PIN = hash_pin("2468")


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0  # wall-clock seconds

    def __call__(self) -> float:
        return self.now


def make_lock(tmp_path, clock, codes=("STAFF-7",)) -> KioskLock:
    """A lock as a new run of the app makes it: from the data folder alone."""
    lock = KioskLock(lambda: PIN, lambda: codes, clock=clock,
                     state_path=tmp_path / "data" / PIN_STATE_FILE)
    lock.lock()
    return lock


def wrong_pins(lock: KioskLock, clock: Clock, n: int) -> None:
    for _ in range(n):
        clock.now += lock.wait_seconds()  # wait out the delay, as a patient guesser would
        assert not lock.try_pin("0000")


def test_lockout_survives_a_restart_and_only_a_staff_code_lifts_it(qapp, tmp_path):
    clock = Clock()
    first = make_lock(tmp_path, clock)
    wrong_pins(first, clock, LOCKOUT_AFTER)
    assert first.pin_locked_out
    first.locked = False  # the app is killed: no unlock, nothing said
    qapp.removeEventFilter(first)

    clock.now += 3600
    again = make_lock(tmp_path, clock)  # the restarted app
    try:
        assert again.failures == LOCKOUT_AFTER and again.pin_locked_out
        assert not again.try_pin("2468") and again.locked  # even the right PIN
        assert again.try_code("STAFF-7") and not again.locked
        assert again.failures == 0
    finally:
        again._unlock("test")
    third = make_lock(tmp_path, clock)  # the count started over, on disk too
    try:
        assert third.failures == 0 and third.wait_seconds() == 0
        assert third.try_pin("2468")
    finally:
        third._unlock("test")


def test_the_wait_survives_a_restart_and_a_clock_jump_is_capped(qapp, tmp_path):
    clock = Clock()
    first = make_lock(tmp_path, clock)
    wrong_pins(first, clock, 5)
    waiting = first.wait_seconds()
    assert waiting == pin_delay(5) > 0
    first.locked = False
    qapp.removeEventFilter(first)

    again = make_lock(tmp_path, clock)
    try:
        assert again.failures == 5 and again.wait_seconds() == waiting
        assert not again.try_pin("2468")  # the right PIN waits too
        clock.now -= 30 * 86400  # the clock is set back a month
        assert again.wait_seconds() == pin_delay(again.failures)  # not a month
        clock.now += 30 * 86400 + 10 ** 6  # and far forward
        assert again.wait_seconds() == 0 and again.failures == 5  # the count stays
        assert again.try_pin("2468") and not again.locked
    finally:
        again._unlock("test")


def test_an_unreadable_count_locks_the_pin_until_a_staff_code(qapp, tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / PIN_STATE_FILE).write_text("{not json", encoding="utf-8")
    lock = make_lock(tmp_path, Clock())
    try:
        assert lock.pin_locked_out and not lock.try_pin("2468")
        assert lock.try_code("STAFF-7")
    finally:
        lock._unlock("test")


def test_the_main_window_keeps_the_count_in_its_data_folder(qtbot, local_door, tmp_path):
    local_door.settings = local_door.settings.with_(kiosk_pin_hash=PIN, staff_codes=("STAFF-7",))
    window = make_window(qtbot, local_door, tmp_path)
    assert window.enter_self_service()
    clock = Clock()
    window.lock.clock = clock
    wrong_pins(window.lock, clock, LOCKOUT_AFTER)
    assert (tmp_path / "data" / PIN_STATE_FILE).exists()
    restarted = make_window(qtbot, local_door, tmp_path)
    assert restarted.enter_self_service()
    assert restarted.lock.pin_locked_out
    restarted.route_code("STAFF-7")
    assert not restarted.lock.locked and restarted.lock.failures == 0


def test_self_service_needs_a_staff_code(qtbot, local_door, tmp_path):
    local_door.settings = local_door.settings.with_(kiosk_pin_hash=PIN, staff_codes=())
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    assert not window.enter_self_service()
    assert not window.lock.locked
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)),
                    timeout=3000)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "staff code" in box.text()
    box.close()


def test_settings_refuse_a_pin_without_a_staff_code(qtbot, tmp_path):
    from kiosk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(kiosk_pin_hash=PIN), tmp_path, api_key="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert "staff code" in dialog.kiosk_error.text()
    assert dialog._tabs.currentIndex() == dialog._kiosk_tab
    dialog.staff_codes.setText("STAFF-7")
    dialog.accept()  # saved in the background, then closed
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    assert dialog.result_settings().staff_codes == ("STAFF-7",)
