"""Staff screens at the default 1280x800, in English and German (issue 11)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from conftest import make_window
from kiosk.ui.i18n import install_translations


@pytest.fixture(params=["en", "de"])
def language(request, qapp):
    install_translations(qapp, request.param)
    yield request.param
    install_translations(qapp, "en")


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
