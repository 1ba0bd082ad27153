"""Several events at one door (issue 20, part 2) in the GUI: ticked in the setup wizard, each
ticket judged against its own event on the door screen, and the strip's count per event."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from kiosk.models import VerdictKind
from kiosk.settings import Settings, load
from kiosk.ui.setup_wizard import SetupWizard
from ui_helpers import make_window


@pytest.fixture
def setup_sim():
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=3, registrations=120, rate_limits=False) as sim:
        yield sim


def _scan(qtbot, window, code):
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        window.route_code(code)
    return blocker.args[0]


def test_a_door_of_two_events_set_up_in_the_wizard(qtbot, tmp_path, memory_keyring, setup_sim):
    sim = setup_sim
    wizard = SetupWizard(tmp_path / "data", Settings())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.has_keyring is not None, timeout=10_000)
    wizard.connection.url.setText(sim.url)
    wizard.connection.key.setText(sim.api_key)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.event_page, timeout=10_000)
    page = wizard.event_page
    ids = [e.id for e in wizard.events]
    page.list.setCurrentRow(ids.index(sim.main_event_id))
    page.list.item(ids.index(sim.other_event_id)).setCheckState(Qt.CheckState.Checked)
    assert [e.id for e in page.also_chosen()] == [sim.other_event_id]
    wizard.next()
    qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
    assert wizard.sync_page.outcome == "done"
    wizard.accept()
    saved = load(tmp_path / "data")
    assert saved.served_events == (sim.main_event_id, sim.other_event_id)
    door = wizard.door
    window = None
    try:
        report = door.status()
        assert [e.event_id for e in report.events] == [sim.main_event_id, sim.other_event_id]
        assert all(sum(e.counts.values()) for e in report.events)  # both pulled

        window = make_window(qtbot, door, tmp_path)
        window.show()
        other = sim.registrations(sim.other_event_id, "CONFIRMED")[0]["id"]
        verdict = _scan(qtbot, window, other)
        assert verdict.kind is VerdictKind.ADMIT
        other_title = sim.event(sim.other_event_id)["title"]
        assert window.door_screen.verdict.reason.text() == f"Welcome to {other_title}!"

        third = next(e for e in sim.events()
                     if e["id"] not in (sim.main_event_id, sim.other_event_id))
        ticket = json.dumps({"id": sim.registrations(third["id"])[0]["id"],
                             "event_id": third["id"]})
        verdict = _scan(qtbot, window, ticket)
        assert verdict.kind is VerdictKind.WRONG_EVENT
        assert (window.door_screen.verdict.reason.text()
                == f"This ticket is for {third['title']}.")

        people = next(w for w in window.findChildren(type(window.door_screen.verdict.reason))
                      if w.objectName() == "people")
        report = door.status()
        each = " + ".join(str(e.people_in) for e in report.events)
        assert report.events[1].people_in == 1
        expected = f"In: {each} = {report.people_in} / {report.to_json()['total']['slots']}"
        qtbot.waitUntil(lambda: people.text() == expected, timeout=5000)
        assert other_title in people.toolTip()
        names = [w for w in window.findChildren(type(people)) if w.objectName() == "eventName"]
        assert any(other_title in n.text() and sim.event()["title"] in n.text() for n in names)
    finally:
        if window is not None:
            window.shutdown()  # its workers end before the door closes
        door.close()


def test_settings_tick_the_events_this_door_admits_to(qtbot, tmp_path, setup_sim):
    """The account's events a sync listed are offered in Settings; the door's first event
    stays ticked, the others come and go with their tick."""
    from kiosk.api import event_from_api
    from kiosk.door_events import keep_account_events, known_events
    from kiosk.ui.settings_dialog import SettingsDialog
    from ui_helpers import make_local_door

    sim = setup_sim
    door = make_local_door(tmp_path / "data")
    try:
        keep_account_events(door.store, [event_from_api(raw) for raw in sim.events()],
                            0.0)  # as a sync lists them
        settings = door.settings.with_(event_ids=(sim.other_event_id,))
        store = door.store
        dialog = SettingsDialog(settings, tmp_path / "data", api_key="",
                                known_events=lambda: known_events(store))
        qtbot.addWidget(dialog)
        listing = dialog.events_list
        qtbot.waitUntil(lambda: listing.loaded, timeout=5000)
        items = {listing.item(i).data(Qt.ItemDataRole.UserRole): listing.item(i)
                 for i in range(listing.count())}
        assert set(items) >= {settings.event_id, sim.main_event_id, sim.other_event_id}
        first = items[settings.event_id]
        assert first.checkState() == Qt.CheckState.Checked
        assert not first.flags() & Qt.ItemFlag.ItemIsEnabled  # changed in the wizard only
        assert items[sim.other_event_id].checkState() == Qt.CheckState.Checked
        items[sim.other_event_id].setCheckState(Qt.CheckState.Unchecked)
        items[sim.main_event_id].setCheckState(Qt.CheckState.Checked)
        chosen = dialog.result_settings()
        assert chosen.served_events == (settings.event_id, sim.main_event_id)
    finally:
        door.close()


def test_the_staff_console_checks_in_a_ticket_of_the_second_event(qtbot, tmp_path):
    from kiosk import registrations
    from kiosk.models import Event
    from ui_helpers import make_local_door, seed_rows

    door = make_local_door(tmp_path / "data", event_ids=("evt_workshop",))
    registrations.save_event(door.store, Event(id="evt_workshop", title="Workshop", slots=10))
    registrations.upsert_server_rows(door.store, "evt_workshop", [
        {**row, "id": "reg_w_" + row["id"][4:], "attendee_name": "Workshop " + row["attendee_name"]}
        for row in seed_rows(event_id="evt_workshop")[:2]], sync_gen=None, fetched_at=0)
    window = None
    try:
        window = make_window(qtbot, door, tmp_path)
        window.show()
        console = window.console
        window.tabs.setCurrentWidget(console)
        before = console.searches_done
        console.search.setText("Workshop Alan")
        qtbot.waitUntil(lambda: console.searches_done > before, timeout=3000)
        console.table.selectRow(0)
        qtbot.waitUntil(lambda: console.current is not None, timeout=3000)
        assert console.current.id == "reg_w_alan"
        assert console.checkin_button.isEnabled()  # judged against its own event
        with qtbot.waitSignal(console.verdict, timeout=5000) as blocker:
            console.checkin_button.click()
        assert blocker.args[0].kind is VerdictKind.ADMIT
        assert door.attendee("reg_w_alan").effective_status == "ATTENDED"
    finally:
        if window is not None:
            window.shutdown()  # its workers end before the door closes
        door.close()


def test_a_walk_in_at_a_door_of_two_events_is_for_the_event_staff_choose(qtbot, tmp_path):
    from kiosk import registrations
    from kiosk.models import Event
    from ui_helpers import make_local_door

    door = make_local_door(tmp_path / "data", event_ids=("evt_workshop",))
    registrations.save_event(door.store, Event(id="evt_workshop", title="Workshop", slots=3))
    window = None
    try:
        window = make_window(qtbot, door, tmp_path)
        window.show()
        form = window.walk_in
        window.tabs.setCurrentWidget(form)
        with qtbot.waitSignal(window.status_updated, timeout=3000):
            window.refresh_status()
        assert form.event_choice.isVisible()
        assert [form.event_choice.itemText(i) for i in range(form.event_choice.count())] == [
            "Spring Gala", "Workshop"]
        assert form.event_choice.currentText() == "Spring Gala"  # the first by default
        gala_left = door.places_left("evt_gala")
        assert form.places.text() == f"{gala_left} places left"

        form.event_choice.setCurrentIndex(1)
        assert form.places.text() == "3 places left"  # the workshop's, not the total
        form.name.setText("Big Party")
        form.email.setText("big@example.org")
        form.guests.setValue(3)  # 4 people: room at the gala, not at the workshop
        form.submit()
        qtbot.waitUntil(lambda: form.error.text() != "", timeout=5000)
        assert form.error.text() == "Event full: Only 3 places left; this party needs 4"
        assert [a.registration.attendee_name for a in door.attendees()
                if a.local_only] == []

        form.guests.setValue(1)
        with qtbot.waitSignal(form.registered, timeout=5000) as blocker:
            form.submit()
        attendee, verdict = blocker.args
        assert attendee.registration.event_id == "evt_workshop"
        assert verdict is not None and verdict.admitted
        assert door.places_left("evt_workshop") == 1
        assert door.places_left("evt_gala") == gala_left  # the gala's places untouched
        with qtbot.waitSignal(window.status_updated, timeout=3000):
            window.refresh_status()
        assert form.event_choice.currentText() == "Workshop"  # staff's choice kept
        assert form.places.text() == "1 place left"
    finally:
        if window is not None:
            window.shutdown()  # its workers end before the door closes
        door.close()


def test_a_walk_in_at_a_door_of_one_event_has_no_event_to_choose(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.tabs.setCurrentWidget(window.walk_in)
    with qtbot.waitSignal(window.status_updated, timeout=3000):
        window.refresh_status()
    assert window.walk_in.name.isVisible() and not window.walk_in.event_choice.isVisible()
    assert window.walk_in.event_id() == local_door.event_id
