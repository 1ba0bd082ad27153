"""Staff see in the status strip when a sync did not believe the server (issue 8)."""

from __future__ import annotations

from kiosk.models import Event, StatusReport
from kiosk.ui.status_bar import StatusStrip


def test_the_strip_shows_a_sync_warning_and_an_incomplete_first_sync(qtbot, sim, tmp_path):
    from door_helpers import make_door

    door = make_door(sim, tmp_path / "data")
    try:
        door.pull()
        strip = StatusStrip()
        qtbot.addWidget(strip)
        strip.show()
        strip.set_report(door.status())
        assert not strip.sync_warning.isVisible()

        sim.faults.update(list_empty=True)
        door.pull()
        strip.set_report(door.status())
        assert strip.sync_warning.isVisible()
        assert "left out 300" in strip.sync_warning.text() + strip.sync_warning.toolTip()
    finally:
        door.close()

    strip.set_report(StatusReport(event=Event("evt_x", "Gala"), first_sync_complete=False))
    assert strip.sync_warning.isVisible() and "First sync incomplete" in strip.sync_warning.text()
