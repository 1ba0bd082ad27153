"""Exits, re-entry and parties in parts on the real windows (issue 20): the door mode switch
staff see, the exit verdict, who is inside on the strip, the console's "Admit 2 of 3" and
self-service's "How many of you are here?"."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import Qt

from kiosk.models import VerdictKind
from kiosk.ui.console_actions import LetOut
from kiosk.ui.door_screen import DoorScreen
from kiosk.ui.party_count import PartAdmit
from ui_helpers import make_window


def _scan(qtbot, screen, code: str):
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000) as blocker:
        screen.submit_code(code)
    return blocker.args[0]


def test_the_exit_switch_says_goodbye_counts_who_is_inside_and_is_saved(qtbot, local_door,
                                                                        tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    screen = window.door_screen
    assert screen.mode_switch.isVisible()
    assert screen.mode_switch.buttons["entry"].isChecked()
    assert _scan(qtbot, screen, "reg_ada").kind is VerdictKind.ADMIT  # a party of 3

    qtbot.mouseClick(screen.mode_switch.buttons["exit"], Qt.MouseButton.LeftButton)
    assert local_door.settings.door_mode == "exit"
    saved = tmp_path / "data" / "settings.json"
    qtbot.waitUntil(lambda: saved.exists()
                    and json.loads(saved.read_text())["door_mode"] == "exit", timeout=5000)
    assert screen.instructions.text().startswith("EXIT:")

    verdict = _scan(qtbot, screen, "reg_ada")
    assert verdict.kind is VerdictKind.EXIT
    assert screen.verdict.headline.text() == "GOODBYE"
    assert screen.verdict.party.text() == "3 of 3 leaving"
    assert screen.verdict.tone == "go"
    assert local_door.status().outbox.pending == 1  # the admission only: exits stay here
    never = _scan(qtbot, screen, "reg_alan")
    assert never.kind is VerdictKind.NOT_ADMITTED
    assert screen.verdict.reason.text() == "This ticket was never checked in."

    with qtbot.waitSignal(window.status_updated, timeout=3000):
        window.refresh_status()
    strip = window.status_strip
    assert strip.inside.isVisible()
    assert strip.inside.text() == "Inside: 1"  # Emmy; Ada's party of 3 came in and left
    assert strip.people.text() == "In: 4 / 40"

    qtbot.mouseClick(screen.mode_switch.buttons["entry"], Qt.MouseButton.LeftButton)
    back = _scan(qtbot, screen, "reg_ada")
    assert back.kind is VerdictKind.REENTRY
    assert screen.verdict.headline.text() == "WELCOME BACK"


def test_the_console_admits_two_of_a_party_of_three(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    console = window.console
    window.tabs.setCurrentWidget(console)
    part = console.findChild(PartAdmit)
    before = console.searches_done
    console.search.setText("Ada")
    qtbot.waitUntil(lambda: console.searches_done > before, timeout=3000)
    console.table.selectRow(0)
    qtbot.waitUntil(part.isVisible, timeout=3000)
    assert part.spin.maximum() == 3
    assert part.of.text() == "of 3"
    part.spin.setValue(2)
    with qtbot.waitSignal(console.verdict, timeout=5000) as blocker:
        qtbot.mouseClick(part.button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].people == 2
    assert "Admit 2 of 3" in console.message.text()
    assert local_door.status().people_in == 1 + 2  # Emmy, and the two who came
    # one more may come: one person is no choice, the row goes
    qtbot.waitUntil(lambda: not part.isVisible(), timeout=3000)
    assert local_door.attendee("reg_ada").effective_status == "ATTENDED"


def test_self_service_asks_how_many_of_a_party_are_here(qtbot, local_door, tasks, sounds):
    local_door.settings = local_door.settings.with_(partial_parties=True)
    screen = DoorScreen(local_door, tasks, sounds)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    screen.set_self_service(True, "Spring Gala")
    assert not screen.mode_switch.isVisible()  # staff choose the way

    screen.submit_code("reg_ada")
    question = screen.party_question
    qtbot.waitUntil(question.isVisible, timeout=5000)
    assert question.title.text() == "How many of you are here?"
    assert [b.text() for b in question.numbers] == ["1", "2", "3"]
    assert local_door.attendee("reg_ada").effective_status == "CONFIRMED"  # nothing yet
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000) as blocker:
        qtbot.mouseClick(question.numbers[1], Qt.MouseButton.LeftButton)
    assert blocker.args[0].kind is VerdictKind.ADMIT
    assert screen.verdict.party.text() == "Admit 2 of 3"

    rest = _scan(qtbot, screen, "reg_ada")  # one left to come: no question for one
    assert rest.kind is VerdictKind.ADMIT_REST
    assert screen.verdict.party.text() == "2 of 3 in: admit the other 1"
    assert not question.isVisible()


def test_a_single_person_is_never_asked(qtbot, local_door, tasks, sounds):
    local_door.settings = local_door.settings.with_(partial_parties=True)
    screen = DoorScreen(local_door, tasks, sounds)
    qtbot.addWidget(screen)
    screen.show()
    screen.set_self_service(True, "Spring Gala")
    assert _scan(qtbot, screen, "reg_alan").kind is VerdictKind.ADMIT
    assert not screen.party_question.isVisible()


def test_the_strip_warns_near_the_limit_and_entry_says_full_at_it(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.apply_settings(window.settings.with_(max_inside=5))
    screen, strip = window.door_screen, window.status_strip
    assert _scan(qtbot, screen, "reg_ada").kind is VerdictKind.ADMIT  # Emmy + 3: 4 of 5
    with qtbot.waitSignal(window.status_updated, timeout=3000):
        window.refresh_status()
    assert strip.inside.text() == "Inside: 4 / 5"
    assert strip.inside.property("state") == ""  # 80%
    window.apply_settings(window.settings.with_(max_inside=4))
    with qtbot.waitSignal(window.status_updated, timeout=3000):
        window.refresh_status()
    assert strip.inside.property("state") == "warn"  # red: full
    assert "Full: entry waits until someone leaves" in strip.inside.toolTip()

    full = _scan(qtbot, screen, "reg_alan")
    assert full.kind is VerdictKind.FULL
    assert screen.verdict.headline.text() == "FULL"
    assert screen.verdict.reason.text() == "Full: wait for someone to leave."
    assert local_door.attendee("reg_alan").effective_status == "CONFIRMED"
    near = replace(strip.report, inside=9, people_in=9, max_inside=10)
    strip.set_report(near)
    assert strip.inside.property("state") == "offline"  # amber from 90%
    assert "Nearly full" in strip.inside.toolTip()


def _select(qtbot, console, name: str) -> None:
    before = console.searches_done
    console.search.setText(name)
    qtbot.waitUntil(lambda: console.searches_done > before, timeout=3000)
    console.table.clearSelection()
    console.table.selectRow(0)


def test_the_console_lets_out_part_of_a_party_then_the_rest_without_a_scan(qtbot, local_door,
                                                                          tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    console = window.console
    window.tabs.setCurrentWidget(console)
    let_out = console.findChild(LetOut)
    _select(qtbot, console, "Ada")
    qtbot.waitUntil(lambda: console.findChild(PartAdmit).isVisible(), timeout=3000)
    assert not let_out.isVisible()  # never came in: nobody to let out
    with qtbot.waitSignal(console.verdict, timeout=5000):
        qtbot.mouseClick(console.checkin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(let_out.isVisible, timeout=3000)
    assert let_out.spin.maximum() == 3 and let_out.of.text() == "of 3 inside"
    assert let_out.button.text() == "Let out"

    let_out.spin.setValue(2)
    with qtbot.waitSignal(console.verdict, timeout=5000) as blocker:
        qtbot.mouseClick(let_out.button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].kind is VerdictKind.EXIT and blocker.args[0].people == 2
    assert console.message.text() == "GOODBYE: Ada Lovelace — 2 of 3 leaving"
    assert local_door.status().inside == 1 + 1  # Emmy, and the one of Ada's party still in
    assert local_door.status().outbox.pending == 1  # the admission only: exits stay here

    qtbot.waitUntil(let_out.isVisible, timeout=3000)  # one still inside
    assert let_out.spin.maximum() == 1 and let_out.of.text() == "of 1 inside"
    with qtbot.waitSignal(console.verdict, timeout=5000) as blocker:
        qtbot.mouseClick(let_out.button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].people == 1
    assert local_door.status().inside == 1
    qtbot.waitUntil(lambda: not let_out.isVisible(), timeout=3000)  # nobody of them inside
    assert local_door.attendee("reg_ada").effective_status == "ATTENDED"  # still counted


def test_the_console_says_let_out_in_german(qtbot, qapp, local_door, tmp_path):
    from kiosk.ui.i18n import install_translations

    local_door.checkin_id("reg_ada")
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.tabs.setCurrentWidget(window.console)
    install_translations(qapp, "de")
    try:
        let_out = window.console.findChild(LetOut)
        _select(qtbot, window.console, "Ada")
        qtbot.waitUntil(let_out.isVisible, timeout=3000)
        assert let_out.button.text() == "Hinauslassen"
        assert let_out.of.text() == "von 3 drinnen"
    finally:
        install_translations(qapp, "en")
