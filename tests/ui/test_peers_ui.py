"""The GUI side of linked doors (issue 10): the status strip and Needs attention."""

from __future__ import annotations

from kiosk.models import Event, StatusReport
from kiosk.ui.attention import AttentionScreen
from kiosk.ui.status_bar import StatusStrip
from kiosk.ui.verdict_view import format_when
from ui_helpers import admitted_at_another_door

EVENT = Event(id="evt_gala", title="Spring Gala", slots=40)


def test_status_strip_says_how_many_doors_are_linked(qtbot):
    strip = StatusStrip()
    qtbot.addWidget(strip)
    strip.set_report(StatusReport(event=EVENT, doors_linked=1))
    assert strip.doors.text() == "⇄ 2 doors linked"
    strip.set_report(StatusReport(event=EVENT, doors_linked=0))
    assert strip.doors.text() == "alone"
    strip.set_report(StatusReport(event=EVENT, doors_linked=None))  # not linking at all
    assert strip.doors.isHidden()


def test_needs_attention_lists_a_double_entry_with_when_and_where(qtbot, local_door, tasks):
    local_door.checkin("reg_ada")
    admitted_at_another_door(local_door)
    screen = AttentionScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: len(screen.conflicts) == 1)
    text = screen.list.item(0).text()
    assert "Ada Lovelace" in text and "double entry" in text
    assert "Door 1" in text and "Door 2" in text
    assert f"{format_when('2030-05-01T18:03:00.000Z')} at Door 2" in text  # local time
    assert "2030-05-01T" not in text
    assert not screen.retry_button.isEnabled() and not screen.dismiss_button.isEnabled()
    assert screen.open_button.isEnabled()
