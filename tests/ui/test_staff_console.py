"""Staff console, walk-ins, needs-attention and the attendance list, over a real door."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.models import Conflict
from kiosk.rules import MAX_GUESTS, WalkIn
from kiosk.ui.attendance import AttendanceScreen
from kiosk.ui.attention import AttentionScreen
from kiosk.ui.staff_console import StaffConsole
from kiosk.ui.walk_in import WalkInForm
from ui_helpers import make_window


def _search(qtbot, console, text):
    before = console.searches_done
    console.search.setText(text)
    qtbot.waitUntil(lambda: console.searches_done > before, timeout=3000)


def test_search_as_you_type_then_check_in_and_undo(qtbot, local_door, tasks):
    console = StaffConsole(local_door, tasks)
    qtbot.addWidget(console)
    _search(qtbot, console, "example.org")
    assert len(console.results) == 5
    _search(qtbot, console, "+44 20 7946 0002")
    assert [a.id for a in console.results] == ["reg_alan"]
    assert console.current.id == "reg_alan"  # a single hit is selected
    assert console.checkin_button.isEnabled() and not console.undo_button.isEnabled()
    with qtbot.waitSignal(console.verdict, timeout=3000) as blocker:
        console.checkin_button.click()
    assert blocker.args[0].admitted
    qtbot.waitUntil(lambda: console.current.effective_status == "ATTENDED", timeout=3000)
    assert console.undo_button.isEnabled() and "Waiting to upload" in console.details.d_sync.text()
    console.undo_button.click()  # asks first (test_undo_asks_first_naming_the_person)
    _answer(qtbot, console, "Undo check-in")
    qtbot.waitUntil(lambda: console.current.effective_status == "CONFIRMED", timeout=3000)
    assert "undone" in console.message.text()


def _question(qtbot, owner, attribute):
    qtbot.waitUntil(lambda: getattr(owner, attribute) is not None
                    and getattr(owner, attribute).isVisible(), timeout=3000)
    return getattr(owner, attribute)


def _answer(qtbot, console, button_text):
    box = _question(qtbot, console, "undo_box")
    [button] = [b for b in box.buttons() if b.text() == button_text]
    button.click()
    qtbot.waitUntil(lambda: console.undo_box is None, timeout=3000)


def _alan_checked_in(qtbot, door, tmp_path):
    """The real window on Search, Alan Turing found and checked in from the console."""
    window = make_window(qtbot, door, tmp_path)
    window.show()
    window.tabs.setCurrentWidget(window.console)
    console = window.console
    _search(qtbot, console, "Alan")
    with qtbot.waitSignal(console.verdict, timeout=3000):
        console.checkin_button.click()
    qtbot.waitUntil(lambda: console.undo_button.isEnabled(), timeout=3000)
    return window, console


def test_undo_asks_first_naming_the_person(qtbot, local_door, tmp_path):
    """Issue 18: one click on "Undo check-in" (meant for "Print badge") undid a check-in."""
    window, console = _alan_checked_in(qtbot, local_door, tmp_path)
    console.undo_button.click()
    box = _question(qtbot, console, "undo_box")
    assert "Alan Turing" in box.text()
    assert box.defaultButton().text() == "Keep checked in"  # Enter does not undo
    _answer(qtbot, console, "Keep checked in")
    assert local_door.attendee("reg_alan").effective_status == "ATTENDED"
    assert console.current.effective_status == "ATTENDED"
    console.undo_button.click()
    _answer(qtbot, console, "Undo check-in")
    qtbot.waitUntil(lambda: console.current.effective_status == "CONFIRMED", timeout=3000)
    assert local_door.attendee("reg_alan").effective_status == "CONFIRMED"


def _positions(widgets):
    QApplication.processEvents()  # any layout change a banner asked for is done by now
    return [w.mapToGlobal(w.rect().topLeft()) for w in widgets]


def test_buttons_stay_put_while_a_scan_banner_comes_and_goes(qtbot, local_door, tmp_path):
    """Issue 18: the banner pushed every button 58 px down and back up when it left, and a
    click on "Print badge" landed on "Undo check-in"."""
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    console, walk_in = window.console, window.walk_in
    window.tabs.setCurrentWidget(console)
    _search(qtbot, console, "Ada")
    for screen, widgets in (
            (console, [console.search, console.checkin_button, console.badge_button,
                       console.undo_button, console.table]),
            (walk_in, [walk_in.name, walk_in.email, walk_in.submit_button])):
        window.tabs.setCurrentWidget(screen)
        window.banner.hide()
        before = _positions(widgets)
        with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
            window.route_code("reg_alan")  # a scan at the door while staff work here
        assert window.banner.isVisible() and "Alan Turing" in window.banner.text.text()
        assert _positions(widgets) == before
        window.banner.hide()  # what its timer does after 6 to 14 s
        assert _positions(widgets) == before
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
        window.route_code("reg_alan")
    QTest.mouseClick(window.banner.text, Qt.MouseButton.LeftButton)  # a click opens the door
    assert window.tabs.currentWidget() is window.door_screen and not window.banner.isVisible()
    # switching between the door and the staff screens moves nothing either
    tab_bar = window.tabs.tabBar()
    at = tab_bar.mapToGlobal(tab_bar.rect().topLeft())
    window.tabs.setCurrentWidget(window.door_screen)
    QApplication.processEvents()
    assert tab_bar.mapToGlobal(tab_bar.rect().topLeft()) == at


def test_a_message_about_someone_else_goes_when_another_person_is_selected(qtbot, local_door,
                                                                          tmp_path):
    """Issue 18: "ADMIT: José" stayed while someone else was selected; the banner too."""
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    window.tabs.setCurrentWidget(window.console)
    console = window.console
    _search(qtbot, console, "Alan")
    with qtbot.waitSignal(console.verdict, timeout=3000):
        console.checkin_button.click()
    qtbot.waitUntil(lambda: console.current.effective_status == "ATTENDED", timeout=3000)
    assert console.message.text().startswith("ADMIT") and "Alan Turing" in console.message.text()
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
        window.route_code("reg_ada")  # a scan at the door while staff work here
    assert window.banner.isVisible() and "Ada Lovelace" in window.banner.text.text()
    console.search.setText("Grace")  # (the scan's own refresh of "Alan" may answer first)
    qtbot.waitUntil(lambda: [a.id for a in console.results] == ["reg_grace"], timeout=3000)
    assert console.details.d_name.text() == "Grace Hopper"
    assert console.table.selectionModel().selectedRows()[0].row() == 0
    assert console.message.text() == ""
    assert not window.banner.isVisible()
    console.badge_button.click()  # a message about Grace stays while she is shown
    assert "Grace Hopper" in console.message.text()
    before = console.searches_done
    console.refresh()
    qtbot.waitUntil(lambda: console.searches_done > before, timeout=3000)
    assert "Grace Hopper" in console.message.text()


def test_an_undo_message_goes_when_the_person_is_checked_in_again(qtbot, local_door, tmp_path):
    """Issue 18: "Check-in undone: … is Confirmed again" stayed beside "Checked in"."""
    window, console = _alan_checked_in(qtbot, local_door, tmp_path)
    console.undo_button.click()
    _answer(qtbot, console, "Undo check-in")
    qtbot.waitUntil(lambda: "undone" in console.message.text(), timeout=3000)
    assert "Confirmed" in console.details.d_status.text()
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
        window.route_code("reg_alan")  # Alan scanned at the door
    qtbot.waitUntil(lambda: console.current.effective_status == "ATTENDED", timeout=3000)
    assert "Checked in" in console.details.d_status.text()
    assert console.message.text() == ""


def test_pending_is_admitted_only_when_the_operator_allows_it(qtbot, local_door, tasks):
    console = StaffConsole(local_door, tasks)
    qtbot.addWidget(console)
    _search(qtbot, console, "Grace")
    assert console.current.effective_status == "PENDING"
    assert not console.pending_button.isEnabled() and not console.checkin_button.isEnabled()
    console.set_allow_pending(True)
    assert console.pending_button.isEnabled()
    with qtbot.waitSignal(console.verdict, timeout=3000) as blocker:
        console.pending_button.click()
    assert blocker.args[0].admitted and blocker.args[0].party_size == 2


def test_walk_in_validates_registers_and_checks_in(qtbot, local_door, tasks):
    form = WalkInForm(local_door, tasks)
    qtbot.addWidget(form)
    form.show()
    QTest.keyClicks(form.name, "Lise Meitner")
    QTest.keyClicks(form.email, "not-an-email")
    form.submit_button.click()
    qtbot.waitUntil(lambda: bool(form.error.text()), timeout=3000)
    assert "email" in form.error.text().lower()
    form.email.setText("lise@example.org")
    form.guests.setValue(1)
    with qtbot.waitSignal(form.registered, timeout=3000) as blocker:
        form.submit_button.click()
    attendee, verdict = blocker.args
    assert attendee.effective_status == "ATTENDED" and verdict.admitted
    assert "Admit 2" in form.result.text() and form.name.text() == ""
    QTest.keyClicks(form.name, "Otto")  # the next walk-in: the last one's result goes
    assert form.result.text() == ""


def test_walk_in_over_capacity_is_refused(qtbot, local_door, tasks):
    form = WalkInForm(local_door, tasks)
    qtbot.addWidget(form)
    local_door.register(WalkIn("First Party", "first@example.org", guest_count=MAX_GUESTS))
    form.name.setText("Big Party")
    form.email.setText("party@example.org")
    form.guests.setValue(MAX_GUESTS)  # 40 slots, 6 held, 21 more by the first party
    form.submit_button.click()
    qtbot.waitUntil(lambda: bool(form.error.text()), timeout=3000)
    assert "full" in form.error.text().lower()
    assert form.submit_button.isEnabled()


def test_attention_explains_a_conflict_and_offers_actions(qtbot, local_door, tasks):
    screen = AttentionScreen(local_door, tasks)
    qtbot.addWidget(screen)
    conflict = Conflict(outbox_id=7, registration_id="reg_ada", operation="status",
                        http_status=409, message="registration is cancelled",
                        created_at="2030-05-01T18:05:00Z", attendee_name="Ada Lovelace")
    screen.set_conflicts([conflict])
    assert "Ada Lovelace" in screen.list.item(0).text()
    assert "cancelled" in screen.explain.text()
    assert "What you can do" in screen.explain.text()
    assert screen.retry_button.isEnabled() and screen.dismiss_button.isEnabled()
    with qtbot.waitSignal(screen.open_registration) as blocker:
        screen.open_button.click()
    assert blocker.args == ["reg_ada"]


def test_attendance_filters_and_exports_csv(qtbot, local_door, tasks, tmp_path):
    screen = AttendanceScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads == 1, timeout=3000)
    assert screen.model.rowCount() == 5
    screen.filter.setCurrentIndex(screen.filter.findData("in"))
    assert [a.id for a in screen.model.rows] == ["reg_emmy"]
    screen.filter.setCurrentIndex(screen.filter.findData("all"))
    screen.text.setText("hopper")
    assert screen.proxy.rowCount() == 1
    out = tmp_path / "attendance.csv"
    with qtbot.waitSignal(screen.exported, timeout=3000) as blocker:
        screen.export_to(out)
    assert blocker.args[1] == 5
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert {r["id"] for r in rows} == {"reg_ada", "reg_alan", "reg_grace", "reg_kurt", "reg_emmy"}


def test_console_is_keyboard_navigable(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.console)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.console.search.hasFocus(), timeout=3000)
    for widget in (window.console.search, window.console.table, window.console.checkin_button,
                   window.walk_in.name, window.attendance.export_button,
                   window.door_screen.mute, window.door_screen.manual):
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget


def test_ui_party_words_follow_the_core_rule(qapp):
    """One rule for "1 + 1 guest" vs "1 + 2 guests": the UI translates the core's choice."""
    from kiosk import rules
    from kiosk.models import Verdict, VerdictKind
    from kiosk.ui.verdict_view import party_text, party_words

    for guests in range(4):
        for admitted in (True, False):
            assert party_words(guests, admitted=admitted) == rules.party_text(guests, admitted=admitted)
        kind = VerdictKind.ADMIT if guests % 2 else VerdictKind.CANCELLED
        verdict = Verdict("c", kind, "", party_size=guests + 1, guest_count=guests)
        assert party_text(verdict) == rules.party_text(guests, admitted=kind is VerdictKind.ADMIT)


def test_console_buttons_offer_what_the_door_would_do(qtbot, local_door, tasks):
    """A confirmed registration the server no longer has is not offered a check-in: the
    console asks the door's rules, not the status word."""
    from dataclasses import replace

    console = StaffConsole(local_door, tasks)
    qtbot.addWidget(console)
    alan = local_door.attendee("reg_alan")
    console.show_details(alan)
    assert console.checkin_button.isEnabled()
    console.show_details(replace(alan, vanished=True))
    assert not console.checkin_button.isEnabled() and not console.undo_button.isEnabled()
    ada = local_door.attendee("reg_ada")  # two guests
    console.show_details(ada)
    assert console.details.d_party.text() == "Party of 3 (1 + 2 guests)"


def test_attendance_counts_people_in_by_the_core_rule(qtbot, local_door, tasks):
    from kiosk import rules

    screen = AttendanceScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads == 1, timeout=3000)
    people = rules.people_in(local_door.attendees())
    assert people == local_door.status().people_in
    assert f"{people} {'person' if people == 1 else 'people'} in" in screen.summary.text()


def test_attendance_opens_sorted_by_name_from_a_to_z(qtbot, local_door, tasks):
    screen = AttendanceScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads == 1, timeout=3000)
    shown = [screen.proxy.index(row, 0).data() for row in range(screen.proxy.rowCount())]
    assert len(shown) > 1 and shown == sorted(shown)


def test_quit_asks_first(qtbot, local_door, tmp_path):
    """Issue 18: Quit, next to "Self-service mode", closed the kiosk on one click."""
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    window.quit_action.trigger()
    box = _question(qtbot, window, "quit_box")
    assert window.isVisible()
    assert box.defaultButton().text() == "Keep running"  # Enter keeps the door running
    [keep] = [b for b in box.buttons() if b.text() == "Keep running"]
    keep.click()
    qtbot.waitUntil(lambda: window.quit_box is None, timeout=3000)
    assert window.isVisible()
    window.quit_action.trigger()
    box = _question(qtbot, window, "quit_box")
    [quit_button] = [b for b in box.buttons() if b.text() == "Quit"]
    quit_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
