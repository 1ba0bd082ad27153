"""Before the doors open, after the event (issue 20, part 6), on the real main window: what
staff and the queue see, and the staff-only "Admit anyway"."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QLabel

from door_helpers import as_read
from kiosk import registrations
from kiosk.models import Event, VerdictKind
from kiosk.ui.pin import hash_pin
from ui_helpers import EVENT, make_local_door, make_window


def _door_for(tmp_path, start: datetime, end: datetime, **settings):
    """The UI tests' door, its event moved to ``start``-``end`` (UTC wall clock)."""
    door = make_local_door(tmp_path / "data", kiosk_pin_hash=hash_pin("2468"),
                           staff_codes=("STAFF-7",), **settings)
    registrations.save_event(door.store, Event(
        id=EVENT.id, title=EVENT.title, slots=EVENT.slots,
        start_date=start.date().isoformat(), start_time=start.strftime("%H:%M"),
        end_time=end.strftime("%H:%M"), timezone="UTC"))
    return door


def _scan(qtbot, window, code):
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        window.route_code(code)
    return blocker.args[0]


def _shown(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel) if label.isVisible()]


def test_before_the_doors_open_staff_see_when_and_can_admit_anyway(qtbot, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    now = datetime.now(timezone.utc)
    start = (now + timedelta(hours=3)).replace(second=0, microsecond=0)
    door = _door_for(tmp_path, start, start + timedelta(hours=2))
    window = None
    try:
        window = make_window(qtbot, door, tmp_path)
        window.show()
        verdict = _scan(qtbot, window, "reg_alan")
        assert verdict.kind is VerdictKind.NOT_OPEN
        view = window.door_screen.verdict
        opens = as_read(start - timedelta(hours=1), now)
        assert view.headline.text() == "NOT OPEN YET"
        assert opens in view.reason.text() and "Doors open at" in view.reason.text()
        assert view.anyway.isVisible() and view.anyway.text() == "Admit anyway"
        assert door.attendee("reg_alan").effective_status == "CONFIRMED"  # nothing recorded

        with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
            view.anyway.click()
        assert blocker.args[0].kind is VerdictKind.ADMIT
        assert view.headline.text() == "ADMIT" and not view.anyway.isVisible()
        assert door.attendee("reg_alan").effective_status == "ATTENDED"
    finally:
        if window is not None:
            window.shutdown()  # its workers end before the door closes
        door.close()
        monkeypatch.undo()
        time.tzset()


def test_self_service_cannot_admit_before_the_doors_open(qtbot, tmp_path):
    now = datetime.now(timezone.utc)
    door = _door_for(tmp_path, now + timedelta(hours=3), now + timedelta(hours=5))
    window = None
    try:
        window = make_window(qtbot, door, tmp_path)
        window.show()
        assert window.enter_self_service()
        verdict = _scan(qtbot, window, "reg_alan")
        view = window.door_screen.verdict
        qtbot.waitUntil(view.isVisible, timeout=2000)
        assert verdict.kind is VerdictKind.NOT_OPEN
        assert not view.anyway.isVisible()
        view.anyway.click()  # even if it could be reached: nothing is admitted
        assert door.attendee("reg_alan").effective_status == "CONFIRMED"
    finally:
        if window is not None:
            window.shutdown()  # its workers end before the door closes
        door.close()


def test_after_the_end_staff_see_a_warning_and_the_queue_does_not(qtbot, tmp_path):
    now = datetime.now(timezone.utc)
    end = now - timedelta(minutes=20)
    door = _door_for(tmp_path, end - timedelta(hours=2), end)
    window = None
    try:
        window = make_window(qtbot, door, tmp_path)
        window.show()
        verdict = _scan(qtbot, window, "reg_alan")
        view = window.door_screen.verdict
        assert verdict.kind is VerdictKind.ADMIT and verdict.event_ended
        assert view.warning.isVisible()
        assert f"the event ended at {verdict.event_ended}" in view.warning.text()
        assert window.enter_self_service()
        verdict = _scan(qtbot, window, "reg_ada")
        qtbot.waitUntil(view.isVisible, timeout=2000)
        assert verdict.kind is VerdictKind.ADMIT
        assert not any("ended" in text for text in _shown(window))
    finally:
        if window is not None:
            window.shutdown()  # its workers end before the door closes
        door.close()


def test_before_the_doors_open_the_console_can_admit_anyway(qtbot, tmp_path, monkeypatch):
    from kiosk.ui.console_actions import AdmitAnyway

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    now = datetime.now(timezone.utc)
    start = (now + timedelta(hours=3)).replace(second=0, microsecond=0)
    door = _door_for(tmp_path, start, start + timedelta(hours=2))
    window = None
    try:
        window = make_window(qtbot, door, tmp_path)
        window.show()
        console = window.console
        window.tabs.setCurrentWidget(console)
        anyway = console.findChild(AdmitAnyway)
        before = console.searches_done
        console.search.setText("Alan")
        qtbot.waitUntil(lambda: console.searches_done > before, timeout=3000)
        console.table.selectRow(0)
        qtbot.waitUntil(console.checkin_button.isEnabled, timeout=3000)
        assert not anyway.isVisible()
        with qtbot.waitSignal(console.verdict, timeout=5000) as blocker:
            console.checkin_button.click()
        assert blocker.args[0].kind is VerdictKind.NOT_OPEN
        opens = as_read(start - timedelta(hours=1), now)
        assert console.message.text() == f"NOT OPEN YET: Doors open at {opens}."
        assert anyway.isVisible() and anyway.text() == "Admit anyway"
        assert door.attendee("reg_alan").effective_status == "CONFIRMED"  # nothing recorded

        with qtbot.waitSignal(console.verdict, timeout=5000) as blocker:
            anyway.click()
        assert blocker.args[0].kind is VerdictKind.ADMIT
        assert console.message.text().startswith("ADMIT: Alan Turing")
        assert not anyway.isVisible()
        assert door.attendee("reg_alan").effective_status == "ATTENDED"
    finally:
        if window is not None:
            window.shutdown()  # its workers end before the door closes
        door.close()
        monkeypatch.undo()
        time.tzset()
