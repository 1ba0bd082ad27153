"""No text cut off, in any window, at 1280x800 and 1920x1080, in English and German, with and
without Large text (issue 18: "amensschild drucke", the badge preview's title).

Measured, not looked at: for every visible label, button, check box, radio button and tab
whose text is not elided on purpose, the text's width by the widget's own QFontMetrics
against the room its contents rect leaves (and a word-wrapped label's height for its width),
and every such widget inside its window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QWidget,
)

from kiosk.ui.fit import ElidedLabel
from kiosk.ui.main_window import set_large_text
from ui_helpers import make_window

SIZES = [(1280, 800), (1920, 1080)]


def _shown_text(text: str) -> str:
    """The text as drawn: a mnemonic's "&" is not drawn, "&&" is one "&"."""
    return re.sub(r"&(.)", r"\1", text)


def _lines(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _label_problem(label: QLabel) -> str | None:
    picture = label.pixmap()
    if picture is not None and not picture.isNull():  # a picture of text (the badge preview)
        size = picture.deviceIndependentSize().toSize()
        room = label.contentsRect().size()
        if size.width() > room.width() or size.height() > room.height():
            return f"a {size.width()}x{size.height()} picture in {room.width()}x{room.height()}"
        return None
    if isinstance(label, ElidedLabel) or not label.text():
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(),
                                         -label.margin())
    if label.indent() > 0:
        room.setLeft(room.left() + label.indent())
    if label.wordWrap() or label.textFormat() != label.textFormat().PlainText and \
            ("<" in label.text()):
        need = label.heightForWidth(label.width())
        if need > label.height() + 1:
            return f"{need - label.height()} px too short for its wrapped text"
        return None
    text = _shown_text(label.text()) if label.buddy() is not None else label.text()
    need = _lines(label, text)
    if need > room.width():
        return f"{need} px of text in {room.width()} px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _shown_text(button.text())
    if not text:
        return None
    option = QStyleOptionButton()
    option.initFrom(button)
    style = button.style()
    if isinstance(button, (QCheckBox, QRadioButton)):
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(button, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        room = style.subElementRect(element, option, button).width()
    else:
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option,
                                    button).width()
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
    need = _lines(button, text)
    if need > room:
        return f"{need} px of text in {room} px"
    if button.width() < button.minimumSizeHint().width() and isinstance(button, QPushButton):
        return f"{button.width()} px wide, needs {button.minimumSizeHint().width()}"
    return None


def _tab_problems(bar: QTabBar) -> list[str]:
    found = []
    for i in range(bar.count()):
        text = _shown_text(bar.tabText(i))
        rect = bar.tabRect(i)
        if not bar.rect().contains(rect):
            found.append(f"tab {text!r} out of its bar (scrolled away)")
        elif rect.width() < bar.tabSizeHint(i).width():
            found.append(f"tab {text!r} {rect.width()} px, needs {bar.tabSizeHint(i).width()}")
    return found


def clipped(window: QWidget) -> list[str]:
    """Every visible text in ``window`` that is cut, with why."""
    for _ in range(3):  # a layout change may post another (wrapped heights, scroll areas)
        QApplication.processEvents()
    found = []
    whole = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            text = widget.text() or widget.accessibleName()
        elif isinstance(widget, QAbstractButton) and not isinstance(widget, QTabBar):
            problem = _button_problem(widget)
            text = widget.text()
        elif isinstance(widget, QTabBar):
            found += [f"{type(widget).__name__}: {p}" for p in _tab_problems(widget)]
            continue
        else:
            continue
        if not text:
            continue
        if problem is None:
            spot = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if not whole.contains(spot) and _in_scroll_area(widget) is None:
                problem = f"outside its window ({spot} in {whole})"
        if problem:
            found.append(f"{type(widget).__name__} {text[:60]!r}: {problem}")
    return found


def _in_scroll_area(widget: QWidget) -> QWidget | None:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def settled_clipped(qtbot, window: QWidget) -> list[str]:
    """What is cut once the window has laid itself out: a label given new text is measured
    after Qt's layout pass, as a person sees it, not in the moment between (a check made in
    that moment failed one run in many). Cut text that stays cut is still reported."""
    try:
        qtbot.waitUntil(lambda: not clipped(window), timeout=2000)
    except qtbot.TimeoutError:
        pass
    return clipped(window)


def _main_window(qtbot, door, tmp_path, size, large):
    window = make_window(qtbot, door, tmp_path)
    window.apply_settings(window.settings.with_(large_text=large))
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _select(qtbot, console, name: str) -> None:
    before = console.searches_done
    # the search runs as soon as typed, not 150 ms later: what is measured here is the
    # text once it has landed (the wait for typing to pause is test_staff_console's)
    console._timer.setInterval(0)
    console.search.setText(name)
    qtbot.waitUntil(lambda: console.searches_done > before, timeout=3000)
    console.table.clearSelection()
    console.table.selectRow(0)


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
def test_no_text_is_cut_in_the_main_window(qtbot, local_door, tmp_path, language, large_text,
                                           size):
    from kiosk.api import TransportError

    local_door.checkin_id("reg_alan")
    local_door.checkin_id("reg_ada")  # a party of 3 inside: "Let out [3] of 3 inside"
    window = _main_window(qtbot, local_door, tmp_path, size, large_text)
    # the fullest status strip: offline with its reason, an upload waiting
    local_door._note_result(TransportError("Cannot reach the server (connection refused)"))
    qtbot.waitUntil(lambda: window.status_strip.online is False, timeout=3000)
    with qtbot.waitSignal(window.status_updated, timeout=3000):
        window.refresh_status()
    # ... and linked with other doors, one of them pulling for the venue (issue 21)
    import dataclasses

    window.status_strip.set_report(dataclasses.replace(
        window.status_strip.report, doors_linked=3, puller="Door 3, by the cloakroom"))
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        screen = window.tabs.widget(index)
        if screen is window.console:
            # pending (all buttons), checked in (undo, let out), a party inside (let out n)
            for rid in ("Grace", "Alan", "Ada"):
                _select(qtbot, window.console, rid)
                problems += [f"{window.tabs.tabText(index)}/{rid}: {p}"
                             for p in settled_clipped(qtbot, window)]
        else:
            problems += [f"{window.tabs.tabText(index)}: {p}"
                         for p in settled_clipped(qtbot, window)]
    assert not problems, "\n".join(sorted(set(problems)))


def _door_check_rows(tmp_path):
    """Settings → Check this door with a row of each state, the longest texts among them."""
    from kiosk import doctor

    return [
        doctor.Check("key store", doctor.PROBLEM, "no API key", "run 'kiosk login'",
                     kind="key_none", args=(("url", "https://api.webkasa.example"),)),
        doctor.Check("server and event", doctor.PROBLEM, "refused", "check the key",
                     kind="server_refused_key", args=(("why", "Invalid API key"),)),
        doctor.sync_check(None, 300, 0.0),
        doctor.doors_check([], 0.0),
        doctor.camera_in_use(False),
        doctor.Check("peer port", doctor.WARNING, "port 8765 is in use by another program",
                     "stop it, or choose another peer_port (the same on every door)"),
        doctor.disk_check(tmp_path),
    ]


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
def test_no_text_is_cut_in_the_party_question_or_the_exit_verdict(qtbot, local_door, tmp_path,
                                                                 language, large_text, size):
    """Issue 20's views on the door: self-service's "How many of you are here?" and the
    goodbye at an exit door."""
    local_door.settings = local_door.settings.with_(partial_parties=True)
    window = _main_window(qtbot, local_door, tmp_path, size, large_text)
    screen = window.door_screen
    screen.set_self_service(True, "Spring Gala")
    screen.submit_code("reg_ada")
    qtbot.waitUntil(screen.party_question.isVisible, timeout=5000)
    problems = [f"party question: {p}" for p in settled_clipped(qtbot, window)]
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000):
        screen.party_question.numbers[-1].click()
    screen.set_self_service(False)
    window.apply_settings(window.settings.with_(door_mode="exit"))
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000):
        screen.submit_code("reg_ada")
    assert screen.verdict.isVisible()
    problems += [f"exit verdict: {p}" for p in settled_clipped(qtbot, window)]
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1920x1080"])
def test_no_text_is_cut_in_the_settings_dialog(qtbot, local_door, tmp_path, language,
                                               large_text, size):
    from kiosk.peers.node import PeerNode
    from kiosk.ui.settings_dialog import SettingsDialog

    window = _main_window(qtbot, local_door, tmp_path, size, large_text)
    # linked, so that the Doors tab can show an invitation (closed with the door)
    window.door.peers = PeerNode(window.door, b"s" * 32, port=0, host="127.0.0.1").start()
    dialog = SettingsDialog(window.settings, tmp_path, parent=window, camera=window.camera,
                            door=window.door)  # the Doors tab lists its doors
    qtbot.addWidget(dialog)
    dialog.check_page._show(_door_check_rows(tmp_path))  # Check this door's rows, filled
    dialog.show()
    qtbot.waitExposed(dialog)
    tabs = dialog._tabs
    problems = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        if tabs.widget(index) is dialog.doors_page:  # its fullest: an invitation up
            with qtbot.waitSignal(dialog.doors_page.invited, timeout=10_000):
                dialog.doors_page.invite_button.click()
        problems += [f"{tabs.tabText(index)}: {p}" for p in settled_clipped(qtbot, dialog)]
        problems += _cut_sections(dialog.sections)
    dialog.reject()
    assert not problems, "\n".join(sorted(set(problems)))


def _cut_sections(sections) -> list[str]:
    """The settings' section names (a list, not labels): each whole and in sight."""
    problems = []
    metrics, view = sections.fontMetrics(), sections.viewport().rect()
    for row in range(sections.count()):
        item = sections.item(row)
        rect = sections.visualItemRect(item)
        if (rect.width() < metrics.horizontalAdvance(item.text())
                or not view.contains(rect)):
            problems.append(f"section {item.text()!r} cut or out of sight ({rect}, {view})")
    return problems


def test_no_text_is_cut_in_the_dialogs(qtbot, local_door, tmp_path, language, large_text):
    """The smaller windows at the size they open with: the staff PIN, a new PIN and the
    passphrases."""
    from kiosk.ui.kiosk_mode import PinDialog, SetPinDialog
    from kiosk.ui.passphrase import NewPassphraseDialog
    from kiosk.ui.setup_wizard import PassphraseDialog

    window = _main_window(qtbot, local_door, tmp_path, SIZES[0], large_text)
    problems = []
    for make in (lambda: PinDialog(window.lock, window), lambda: SetPinDialog(window),
                 lambda: NewPassphraseDialog(window), lambda: PassphraseDialog(window)):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems += [f"{type(dialog).__name__}: {p}" for p in settled_clipped(qtbot, dialog)]
        dialog.reject()
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "large-text"])
def test_no_text_is_cut_in_the_setup(qtbot, tmp_path, language, large):
    from kiosk.settings import Settings
    from kiosk.ui.setup_wizard import SetupWizard

    set_large_text(large)
    try:
        wizard = SetupWizard(tmp_path / "setup", Settings())
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        problems = settled_clipped(qtbot, wizard)  # it grows to its wrapped text once laid out
        wizard.reject()
    finally:
        set_large_text(False)
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "large-text"])
def test_no_text_is_cut_on_the_setup_s_join_page(qtbot, tmp_path, language, large):
    """"Join a door nearby" (issue 21), with an invitation refused: its longest words."""
    from kiosk.settings import Settings
    from kiosk.ui.setup_wizard import SetupWizard

    set_large_text(large)
    try:
        wizard = SetupWizard(tmp_path / "setup", Settings())
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.join_nearby()
        page = wizard.join_page
        page.code.setText("AFDK-NGPI-4JC4")
        page.join_button.click()  # "Not an invitation: …" in the progress line
        problems = settled_clipped(qtbot, wizard)
        wizard.reject()
    finally:
        set_large_text(False)
    assert not problems, "\n".join(sorted(set(problems)))


def test_no_text_is_cut_on_an_early_verdict_or_a_strip_of_two_events(qtbot, tmp_path, language,
                                                                      large_text):
    """Issue 20: "Doors open at 18:30" with its Admit anyway button, and the strip of a door
    of two events ("In: 1 + 0 = 1 / 80", both names)."""
    from datetime import datetime, timedelta, timezone

    from kiosk import registrations
    from kiosk.models import Event
    from ui_helpers import EVENT, make_local_door, seed_rows

    door = make_local_door(tmp_path / "data", event_ids=("evt_workshop",))
    from zoneinfo import ZoneInfo

    start = (datetime.now(timezone.utc) + timedelta(hours=3)).astimezone(
        ZoneInfo("Asia/Ho_Chi_Minh"))  # in another zone than the door's: the zone is named
    registrations.save_event(door.store, Event(
        id=EVENT.id, title=EVENT.title, slots=EVENT.slots, start_date=start.date().isoformat(),
        start_time=start.strftime("%H:%M"), timezone="Asia/Ho_Chi_Minh"))
    registrations.save_event(door.store, Event(id="evt_workshop", title="Spring Gala Workshop",
                                               slots=40))
    registrations.upsert_server_rows(door.store, "evt_workshop", [
        {**row, "id": row["id"] + "_w"} for row in seed_rows(event_id="evt_workshop")[:2]],
        sync_gen=None, fetched_at=0)
    window = None
    try:
        window = _main_window(qtbot, door, tmp_path, SIZES[0], large_text)
        with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
            window.route_code("reg_ada_w")  # the workshop's: admitted, named
        with qtbot.waitSignal(window.status_updated, timeout=3000):
            window.refresh_status()
        with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
            window.route_code("reg_alan")  # the gala's: not open yet
        assert window.door_screen.verdict.anyway.isVisible()
        problems = settled_clipped(qtbot, window)
        assert not problems, "\n".join(sorted(set(problems)))
    finally:
        if window is not None:
            window.shutdown()  # its workers end before the door closes
        door.close()
