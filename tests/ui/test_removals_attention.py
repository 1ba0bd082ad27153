"""Removals held back by a sync (issue 19) are shown in *Needs attention* and happen only
when staff press its button. A real door on the simulator over loopback, the real screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.attention import AttentionScreen
from kiosk.ui.i18n import install_translations


def test_removals_wait_in_needs_attention_until_staff_confirm(qtbot, qapp, door, sim, tasks):
    assert door.pull().complete
    sim.faults.update(list_empty=True)
    door.pull()
    door.pull()  # two bad answers in a row: still nothing removed
    screen = AttentionScreen(door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: not screen.removals_button.isHidden(), timeout=5000)
    assert "remove 300 registrations" in screen.removals_text.text()
    assert screen.count == 1
    install_translations(qapp, "de")
    try:
        qtbot.waitUntil(lambda: "300 Anmeldungen entfernen" in screen.removals_text.text(),
                        timeout=3000)
    finally:
        install_translations(qapp, "en")
    assert sum(door.status().counts.values()) == 300

    qtbot.mouseClick(screen.removals_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.removals_button.isHidden(), timeout=5000)
    assert door.removals_waiting() == 0 and sum(door.status().counts.values()) == 0
    assert screen.count == 0




def test_the_strip_says_the_network_wants_a_login(qtbot, qapp, synced_door, sim):
    from kiosk.ui.status_bar import StatusStrip

    strip = StatusStrip()
    qtbot.addWidget(strip)
    synced_door.events.subscribe(
        lambda kind, payload: kind == "online" and strip.set_online(payload["online"],
                                                                    payload["reason"]))
    sim.faults.update(captive_portal=True)
    synced_door.checkin(sim.registrations(sim.main_event_id, "CONFIRMED")[0]["id"])
    synced_door.push(ignore_backoff=True)
    assert "OFFLINE: The network wants a login (captive portal)" in strip.connection.text()
    install_translations(qapp, "de")
    try:
        qtbot.waitUntil(lambda: "Captive Portal" in strip.connection.text(), timeout=3000)
        assert "verlangt eine Anmeldung" in strip.connection.text()
    finally:
        install_translations(qapp, "en")
