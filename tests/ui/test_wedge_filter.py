"""USB scanner codes are taken on every screen, even in dialogs and the search box;
people typing at human speed still type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from kiosk.models import VerdictKind
from ui_helpers import make_window


class StepClock:
    def __init__(self, step: float) -> None:
        self.t = 100.0
        self.step = step

    def __call__(self) -> float:
        self.t += self.step
        return self.t


def _dialog_with_edit(parent):
    dialog = QDialog(parent)
    edit = QLineEdit(dialog)
    edit.setAccessibleName("Dialog field")
    QVBoxLayout(dialog).addWidget(edit)
    return dialog, edit


def test_scan_at_scanner_speed_while_a_dialog_is_open(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.tabs.setCurrentWidget(window.console)
    dialog, edit = _dialog_with_edit(window)
    dialog.open()  # window-modal, like every settings or PIN dialog
    qtbot.waitExposed(dialog)
    edit.setFocus()
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        QTest.keyClicks(edit, "reg_ada")  # no delay between keys: scanner speed
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert blocker.args[0].kind is VerdictKind.ADMIT
    assert blocker.args[0].attendee_name == "Ada Lovelace"
    assert edit.text() == ""  # the code did not leak into the dialog's field
    assert dialog.isVisible()
    # staff stay where they were; the verdict shows in the banner (issue 11)
    assert window.tabs.currentWidget() is window.console
    assert "Ada Lovelace" in window.banner.text.text()
    dialog.close()


def test_scan_into_the_focused_search_box_is_a_scan_not_a_search(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.tabs.setCurrentWidget(window.console)
    window.console.search.setFocus()
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        QTest.keyClicks(window.console.search, '{"registration_id":"reg_alan"}')
        QTest.keyClick(window.console.search, Qt.Key.Key_Return)
    assert blocker.args[0].attendee_name == "Alan Turing"
    assert window.console.search.text() == ""


def test_human_typing_reaches_the_widget_unchanged(qtbot, local_door, tmp_path):
    from kiosk.ui.wedge_filter import WedgeFilter

    wedge = WedgeFilter(clock=StepClock(0.15))  # 150 ms between keys: a person
    window = make_window(qtbot, local_door, tmp_path, wedge=wedge)
    wedge.install()
    window.show()
    window.tabs.setCurrentWidget(window.console)
    scans = []
    wedge.scanned.connect(scans.append)
    search = window.console.search
    search.setFocus()
    QTest.keyClicks(search, "Ada Lo")
    qtbot.waitUntil(lambda: search.text() == "Ada Lo", timeout=3000)
    QTest.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.console.results), timeout=3000)
    assert scans == []
    assert [a.id for a in window.console.results] == ["reg_ada"]
    wedge.uninstall()
