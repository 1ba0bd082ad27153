"""Staff screens at the default 1280x800, in English and German (issue 11)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from kiosk import registrations
from kiosk.ui.i18n import install_translations
from kiosk.ui.main_window import set_large_text
from ui_helpers import EVENT, make_window, seed_rows

LONG_EMAIL = "maximilian.alexander.hohenzollern@departments.example.org"  # 57 characters
LONG_NAME = "Maximilian Alexander Graf von Hohenzollern-Sigmaringen"
# what a real guest list holds besides short Latin names: a long name and address, names in
# other scripts (Chinese, Japanese, Korean, Arabic), a long phone number
REALISTIC = [
    ("reg_max", LONG_NAME, LONG_EMAIL, "+49 170 1234567 (mobile)", "CONFIRMED", 3, None),
    ("reg_wang", "王秀英", "wang@example.org", "+86 10 6552 0001", "CONFIRMED", 1, None),
    ("reg_yamada", "山田 太郎", "yamada@example.org", None, "CONFIRMED", 0, None),
    ("reg_kim", "김민준", "kim@example.org", None, "PENDING", 0, None),
    ("reg_ali", "محمد علي", "ali@example.org", "+971 4 123 4567", "CONFIRMED", 2, None),
]
NAME_CHARS = 20  # the name column shows at least this many average characters


def _realistic_window(qtbot, door, tmp_path, large: bool):
    """The main window at 1280x800 over the seeded guests plus :data:`REALISTIC`, one of them
    checked in here (a time in "Checked in", an upload mark in "Status")."""
    registrations.upsert_server_rows(door.store, EVENT.id, seed_rows(REALISTIC), sync_gen=None,
                                  fetched_at=time.time())
    door.checkin_id("reg_ada")
    window = make_window(qtbot, door, tmp_path)
    window.apply_settings(window.settings.with_(large_text=large))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _assert_columns_fit(view, label: str) -> None:
    """No sideways scrolling, no header cut, the name readable, short values in full."""
    QApplication.processEvents()
    header, model = view.horizontalHeader(), view.model()
    assert view.horizontalScrollBar().maximum() == 0, f"{label}: the table scrolls sideways"
    for col in range(model.columnCount()):
        title = model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width(), \
            f"{label}: header {title!r} cut ({header.sectionSize(col)} px)"
    floor = NAME_CHARS * view.fontMetrics().averageCharWidth()
    assert header.sectionSize(0) >= floor, f"{label}: name column {header.sectionSize(0)} px"
    for col in range(3, model.columnCount()):  # status, party, checked in (, device): in full
        assert header.sectionSize(col) >= view.sizeHintForColumn(col), \
            f"{label}: values of {model.headerData(col, Qt.Orientation.Horizontal)!r} cut"
    emails = [model.index(r, 1) for r in range(model.rowCount())]
    long_cell = next(i for i in emails if i.data() == LONG_EMAIL)
    assert LONG_EMAIL in (long_cell.data(Qt.ItemDataRole.ToolTipRole) or ""), \
        f"{label}: the full address is not in the tooltip"


def test_search_fits_realistic_data_at_1280x800(qtbot, local_door, tmp_path, language,
                                                large_text):
    window = _realistic_window(qtbot, local_door, tmp_path, large_text)
    window.tabs.setCurrentWidget(window.console)
    console = window.console
    _search(qtbot, console, "example.org")
    assert len(console.results) == 10
    _assert_columns_fit(console.table, f"search {language} large={large_text}")

    # the details of the longest registration stay inside their pane: wrapped or elided,
    # the full text a tooltip away; the buttons are never cut
    console.table.selectRow([a.id for a in console.results].index("reg_max"))
    QApplication.processEvents()
    pane = console.details
    for label in (console.details.d_name, console.details.d_email, console.details.d_phone):
        assert label.width() >= label.minimumSizeHint().width(), label.accessibleName()
        assert label.geometry().right() <= pane.contentsRect().right(), label.accessibleName()
    assert LONG_EMAIL in console.details.d_email.toolTip()
    right = console.checkin_button.parentWidget()
    for button in (console.checkin_button, console.badge_button, console.undo_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        assert button.geometry().right() <= right.contentsRect().right(), button.text()


def test_attendance_fits_realistic_data_at_1280x800(qtbot, local_door, tmp_path, language,
                                                    large_text):
    window = _realistic_window(qtbot, local_door, tmp_path, large_text)
    window.tabs.setCurrentWidget(window.attendance)
    screen = window.attendance
    before = screen.loads
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads > before, timeout=3000)
    assert screen.proxy.rowCount() == 10
    _assert_columns_fit(screen.view, f"attendance {language} large={large_text}")


def test_columns_fit_again_after_a_live_language_switch(qtbot, local_door, tmp_path, qapp):
    """German headers are wider: after a switch while the tables are open, none is cut."""
    window = _realistic_window(qtbot, local_door, tmp_path, True)
    try:
        window.tabs.setCurrentWidget(window.console)
        _search(qtbot, window.console, "example.org")
        _assert_columns_fit(window.console.table, "search en")
        install_translations(qapp, "de")
        _assert_columns_fit(window.console.table, "search after the switch to de")
        window.tabs.setCurrentWidget(window.attendance)
        before = window.attendance.loads
        window.attendance.refresh()
        qtbot.waitUntil(lambda: window.attendance.loads > before, timeout=3000)
        install_translations(qapp, "en")
        install_translations(qapp, "de")
        _assert_columns_fit(window.attendance.view, "attendance after the switch to de")
    finally:
        install_translations(qapp, "en")
        set_large_text(False)


@pytest.mark.parametrize("screen", ["search", "attendance"])
def test_every_value_in_full_at_1920x1080(qtbot, local_door, tmp_path, language, screen):
    """With room to spare, nothing is elided: the 57-character address and the long phone
    number show in full (the issue: "e-mail, phone and status are cut off even at 1920")."""
    window = _realistic_window(qtbot, local_door, tmp_path, False)
    window.resize(1920, 1080)
    if screen == "search":
        window.tabs.setCurrentWidget(window.console)
        _search(qtbot, window.console, "example.org")
        view = window.console.table
    else:
        window.tabs.setCurrentWidget(window.attendance)
        before = window.attendance.loads
        window.attendance.refresh()
        qtbot.waitUntil(lambda: window.attendance.loads > before, timeout=3000)
        view = window.attendance.view
    QApplication.processEvents()
    header = view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() == 0
    for col in range(view.model().columnCount()):
        title = view.model().headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= view.sizeHintForColumn(col), (screen, title)


def test_search_box_clear_button_is_not_clipped(qtbot, local_door, tmp_path, large_text):
    window = make_window(qtbot, local_door, tmp_path)
    window.apply_settings(window.settings.with_(large_text=large_text))
    window.show()
    window.tabs.setCurrentWidget(window.console)
    window.console.search.setText("Ada")
    QApplication.processEvents()
    edit = window.console.search
    clear = next(b for b in edit.findChildren(QToolButton) if b.isVisible())
    assert edit.rect().contains(clear.geometry()), (clear.geometry(), edit.rect())


def _search(qtbot, console, text):
    before = console.searches_done
    console.search.setText(text)
    qtbot.waitUntil(lambda: console.searches_done > before, timeout=3000)


def test_search_columns_fit_at_1280x800(qtbot, local_door, tmp_path, language):
    window = make_window(qtbot, local_door, tmp_path)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.console)
    console = window.console
    _search(qtbot, console, "example.org")
    QApplication.processEvents()
    table, header = console.table, console.table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    metrics = header.fontMetrics()
    for col in range(table.columnCount()):
        label = table.horizontalHeaderItem(col).text()
        # the header label fits (sort indicator and margins aside)
        assert header.sectionSize(col) >= metrics.horizontalAdvance(label), (language, label)
        if col == 0:
            continue
        for row in range(table.rowCount()):  # every value but the name shown in full
            text = table.item(row, col).text()
            assert header.sectionSize(col) >= table.fontMetrics().horizontalAdvance(text), text
    # the name column is not collapsed: the longest seeded name fits
    longest = max((table.item(r, 0).text() for r in range(table.rowCount())), key=len)
    assert header.sectionSize(0) >= table.fontMetrics().horizontalAdvance(longest)
    grace = [a.id for a in console.results].index("reg_grace")  # pending: all three buttons
    table.selectRow(grace)
    QApplication.processEvents()
    assert console.pending_button.isVisible()
    for button in (console.checkin_button, console.pending_button, console.undo_button):
        assert button.width() >= button.sizeHint().width(), button.text()  # no label cut off
    statuses = {table.item(r, 3).text() for r in range(table.rowCount())}
    if language == "de":
        assert "Bestätigt" in statuses and not statuses & {"CONFIRMED", "PENDING", "ATTENDED"}
    else:
        assert "Confirmed" in statuses


def test_walk_in_fields_are_not_stretched_across_the_screen(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.resize(1920, 1080)
    window.show()
    window.tabs.setCurrentWidget(window.walk_in)
    QApplication.processEvents()
    assert window.walk_in.name.width() <= 640 < window.walk_in.width()


def test_setup_event_list_wraps_instead_of_scrolling_sideways(qtbot, tmp_path, language):
    from kiosk.models import Event
    from kiosk.settings import Settings
    from kiosk.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(tmp_path / "data", Settings())
    qtbot.addWidget(wizard)
    wizard.resize(800, 600)
    wizard.events = [Event(id=f"evt_{i}", title="Jahreshauptversammlung des Fördervereins " * 2,
                           start_date="2030-05-01", start_time="18:00",
                           location="Großer Saal, Stadthalle am Marktplatz, Eingang Nord",
                           slots=400, registration_count=123) for i in range(3)]
    page = wizard.event_page
    wizard.setStartId(next(i for i in wizard.pageIds() if wizard.page(i) is page))
    wizard.show()  # opens on the event page, which fills its list
    qtbot.waitExposed(wizard)
    QApplication.processEvents()
    assert page.list.count() == 3
    assert page.list.horizontalScrollBar().maximum() == 0
    assert page.list.visualItemRect(page.list.item(0)).width() <= page.list.viewport().width()
    assert page.list.visualItemRect(page.list.item(0)).height() > page.list.fontMetrics().height() * 1.5
