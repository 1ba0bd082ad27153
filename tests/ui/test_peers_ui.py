"""The GUI side of linked doors (issue 10): the status strip and Needs attention."""

from __future__ import annotations

from kiosk.models import Event, StatusReport
from kiosk.ui.attention import AttentionScreen, compared_time
from kiosk.ui.status_bar import StatusStrip
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


def test_status_strip_says_which_door_pulls_from_webkasa(qtbot):
    strip = StatusStrip()
    qtbot.addWidget(strip)
    strip.set_report(StatusReport(event=EVENT, doors_linked=2, puller="Door A"))
    assert strip.doors.text() == "⇄ 3 doors linked, Door A pulls"
    strip.set_report(StatusReport(event=EVENT, doors_linked=2, puller="Door C", pulls_here=True))
    assert strip.doors.text() == "⇄ 3 doors linked, this door pulls"
    strip.set_report(StatusReport(event=EVENT, doors_linked=1, puller="A" * 200))
    assert len(strip.doors.text()) < 60  # a long door name from another machine is cut


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
    assert f"{compared_time('2030-05-01T18:03:00.000Z')} at Door 2" in text  # local time
    assert "2030-05-01T" not in text
    assert not screen.retry_button.isEnabled() and not screen.dismiss_button.isEnabled()
    assert screen.open_button.isEnabled()


def test_a_double_entry_is_no_refusal_and_its_times_show_which_came_first(qtbot, local_door,
                                                                          tasks):
    """Two admissions in one minute: to the minute they read alike; to the second the first,
    the one kept, can be told apart. And the screen does not call it a refused change."""
    import re
    from datetime import datetime, timedelta, timezone

    local_door.checkin("reg_ada")
    [here] = [row[0] for row in local_door.store.db.execute(
        "SELECT checked_in_at FROM checkins WHERE registration_id = 'reg_ada'")]
    first = datetime.fromisoformat(here.replace("Z", "+00:00"))
    later = (first + timedelta(seconds=1)).astimezone(timezone.utc)
    admitted_at_another_door(local_door, at=later.isoformat(timespec="milliseconds")
                             .replace("+00:00", "Z"))
    screen = AttentionScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.show()
    screen.refresh()
    qtbot.waitUntil(lambda: len(screen.conflicts) == 1)
    assert "refused" not in screen.intro.text()
    assert "two doors" in screen.intro.text()
    text = screen.list.item(0).text()
    times = re.findall(r"(\d\d:\d\d:\d\d) at Door", text)
    assert len(times) == 2 and times[0] != times[1], text
