"""Attendee data from the server is never drawn as markup (issue 11, "Plain text only")."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk import registrations
from kiosk.door import Door
from kiosk.settings import Settings
from kiosk.store import Store
from ui_helpers import EVENT, PEOPLE, make_window, seed_rows

EVIL = '<b style="color:green">✔ CHECKED IN</b><img src="/usr/share/pixmaps/debian-logo.png">'


def _door(data_dir):
    people = PEOPLE + [("reg_evil", EVIL, "evil@example.org", "<i>555</i>", "CONFIRMED", 0,
                        "<h1>VIP</h1>")]
    store = Store(data_dir)
    registrations.save_event(store, EVENT)
    registrations.upsert_server_rows(store, EVENT.id, seed_rows(people), sync_gen=None,
                                     fetched_at=time.time())
    return Door(store, Settings(event_id=EVENT.id, device_name="Door 1"), None)


def _labels_showing_markup(window):
    return [label for label in window.findChildren(QLabel)
            if "<" in label.text() and label.textFormat() != Qt.TextFormat.PlainText]


def test_html_in_a_name_is_shown_literally_everywhere(qtbot, tmp_path):
    door = _door(tmp_path / "data")
    try:
        window = make_window(qtbot, door, tmp_path)
        window.show()
        # the door's verdict
        with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
            window.route_code("reg_evil")
        name = window.door_screen.verdict.name
        assert name.text() == EVIL and name.textFormat() == Qt.TextFormat.PlainText
        # the staff console's details, and the banner a scan shows there
        window.tabs.setCurrentWidget(window.console)
        before = window.console.searches_done
        window.console.search.setText("evil@example.org")
        qtbot.waitUntil(lambda: window.console.searches_done > before, timeout=3000)
        assert window.console.details.d_name.text() == EVIL
        assert window.console.details.d_notes.text() == "<h1>VIP</h1>"
        with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
            window.route_code("reg_evil")
        assert EVIL in window.banner.text.text()
        assert _labels_showing_markup(window) == []
        # a plain-text label is as wide as its literal text: the markup was not rendered
        d_name = window.console.details.d_name
        assert d_name.sizeHint().width() >= d_name.fontMetrics().horizontalAdvance(EVIL)
    finally:
        door.close()


def test_plain_tooltip_escapes_markup(qapp):
    from kiosk.ui.plain import plain_tooltip

    tip = plain_tooltip("<b>server</b> & co")
    assert "<b>" not in tip and "&lt;b&gt;server&lt;/b&gt; &amp; co" in tip
