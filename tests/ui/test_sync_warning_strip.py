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


def test_the_sync_warning_is_said_in_german(qtbot, sim, tmp_path, qapp):
    """The core's warning is worded by its kind in the UI's language, numbers and all, also
    when read back from the data folder by a later status."""
    from door_helpers import make_door
    from kiosk.ui.i18n import install_translations

    door = make_door(sim, tmp_path / "data")
    install_translations(qapp, "de")
    try:
        door.pull()
        sim.faults.update(list_empty=True)
        door.pull()
        strip = StatusStrip()
        qtbot.addWidget(strip)
        strip.show()
        strip.set_report(door.status())
        shown = strip.sync_warning.text() + "\n" + strip.sync_warning.toolTip()
        assert "ließ 300 von 300 gespeicherten Anmeldungen aus" in strip.sync_warning.toolTip()
        assert "left out" not in shown and "cached" not in shown
    finally:
        install_translations(qapp, "en")
        door.close()


def test_the_strip_warns_of_a_clock_minutes_off_the_servers_in_the_ui_language(qtbot, tmp_path,
                                                                             qapp):
    """Issue 19: a door whose clock is off the WebKasa server's by more than a minute says so
    on the strip (not only in ``kiosk status``), in German too; one that agrees says nothing."""
    import time

    from door_helpers import make_door
    from kiosk.simulator.testing import running_simulator
    from kiosk.ui.i18n import install_translations

    strip = StatusStrip()
    qtbot.addWidget(strip)
    strip.show()
    with running_simulator(seed=7, registrations=20) as sim:
        door = make_door(sim, tmp_path / "agrees")
        try:
            door.pull()
            strip.set_report(door.status())
        finally:
            door.close()
    assert not strip.clock_warning.isVisible()

    with running_simulator(seed=7, registrations=20, clock=lambda: time.time() + 300) as sim:
        door = make_door(sim, tmp_path / "off")
        try:
            door.pull()
            strip.set_report(door.status())
            assert strip.clock_warning.isVisible()
            assert strip.clock_warning.text() == "⚠ Clock off by 5 min"
            assert "clock differs from the server" in strip.clock_warning.toolTip()
            install_translations(qapp, "de")
            strip.set_report(door.status())
            assert strip.clock_warning.text() == "⚠ Uhr geht 5 Minuten falsch"
        finally:
            install_translations(qapp, "en")
            door.close()


def test_at_a_door_of_several_events_the_sync_warning_names_its_event(qtbot, qapp):
    from kiosk.sync import SyncWarning
    from kiosk.ui.i18n import install_translations

    warning = SyncWarning("removals_held", unseen=5, cached=25)
    strip = StatusStrip()
    qtbot.addWidget(strip)
    strip.show()
    strip.set_report(StatusReport(event=Event("evt_x", "Gala"), sync_warning=warning,
                                  sync_warning_event="Workshop B"))
    assert strip.sync_warning.text().startswith("⚠ Sync of Workshop B: the server's list")
    assert strip.sync_warning.toolTip().startswith("<qt>Workshop B: the server&#x27;s list left")
    install_translations(qapp, "de")
    try:
        strip.set_report(StatusReport(event=Event("evt_x", "Gala"), sync_warning=warning,
                                      sync_warning_event="Workshop B"))
        assert strip.sync_warning.text().startswith("⚠ Synchronisierung von Workshop B: ")
    finally:
        install_translations(qapp, "en")
    strip.set_report(StatusReport(event=Event("evt_x", "Gala"), sync_warning=warning))
    assert strip.sync_warning.text().startswith("⚠ Sync: the server's list")  # one event
