"""Shipped in English and German, through Qt's own translation files; every screen follows a
language switch live (issue 11), with nothing left in the language it had before."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
    QWizardPage,
)

from kiosk import outbox_table
from kiosk.badges.jobs import BadgeSummary
from kiosk.models import Conflict, Event, Verdict, VerdictKind
from kiosk.settings import Settings
from kiosk.ui.i18n import install_translations
from kiosk.ui.resources import resource_path
from kiosk.ui.verdict_view import headline, party_text
from ui_helpers import admitted_at_another_door, make_window

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "kiosk_de.ts"


def _catalogue() -> dict[str, str]:
    """English source -> German, for every string whose German differs (``Name`` stays)."""
    pairs = {}
    for message in ET.parse(TS).iter("message"):
        source, german = message.find("source").text, message.find("translation").text
        if german and german != source:
            pairs[source] = german
    return pairs


DE = _catalogue()


def _plurals() -> dict[str, tuple[str, ...]]:
    """English source -> German plural forms (singular first), for the counted strings."""
    return {m.find("source").text: tuple(f.text for f in m.iter("numerusform"))
            for m in ET.parse(TS).iter("message") if m.get("numerus") == "yes"}


DE_N = _plurals()
ENGLISH = set(DE)
GERMAN = set(DE.values()) - ENGLISH  # words that are the same in both are neither's trace


def test_german_translation_is_compiled_and_used(qapp):
    assert resource_path("translations", "kiosk_de.qm").is_file()
    verdict = Verdict("c", VerdictKind.ADMIT, "", party_size=3, guest_count=2)
    try:
        assert install_translations(qapp, "de") == "de"
        assert headline(verdict) == "EINLASS"
        assert party_text(verdict) == "3 einlassen: 1 + 2 Gäste"
    finally:
        install_translations(qapp, "en")
    assert headline(verdict) == "ADMIT"


def test_every_string_of_the_ui_has_german(tmp_path):
    """pyside6-lupdate over the UI finds no string the shipped German file lacks, and none
    there is unfinished."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "kiosk_de.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "kiosk" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"], check=True,
                   capture_output=True)
    untranslated = [m.find("source").text for m in ET.parse(fresh).iter("message")
                    if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                    or not m.find("translation").text]
    assert untranslated == []


def test_setting_tooltips_are_the_settings_own_docs():
    """The tooltips marked for translation are each field's doc, word for word."""
    from kiosk.settings import describe
    from kiosk.ui.setting_docs import DOCS, plain_doc

    docs = {name: plain_doc(doc) for name, _type, _default, doc in describe()}
    assert {field: docs.get(field) for field in DOCS} == DOCS


# -- what a screen shows --------------------------------------------------------------------

def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person (or a screen reader) meets in ``root``'s tree:
    labels, buttons, placeholders, titles, tabs, list and combo items, table headers and
    cells, accessible names, tooltips and actions."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text:
            found.append((f"{type(widget).__name__}.{what}", text))

    for w in [root, *root.findChildren(QWidget)]:
        if w.isWindow():
            add(w, "windowTitle", w.windowTitle())
        add(w, "accessibleName", w.accessibleName())
        add(w, "toolTip", w.toolTip())
        for action in w.actions():
            add(w, "action", action.text())
        if isinstance(w, QLabel):
            add(w, "text", w.text())
        elif isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        elif isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        elif isinstance(w, QGroupBox):
            add(w, "title", w.title())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, "item", w.itemText(i))
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w, "tab", w.tabText(i))
        elif isinstance(w, QWizardPage):
            add(w, "title", w.title())
            add(w, "subTitle", w.subTitle())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w, "item", w.item(i).text())
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                add(w, "header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for r in range(model.rowCount()):
                    add(w, "cell", str(model.data(model.index(r, c)) or ""))
    return found


def left_over(root: QWidget, words: set[str]) -> list[tuple[str, str]]:
    return [(where, text) for where, text in shown_texts(root) if text in words]


def texts_of(root: QWidget) -> set[str]:
    return {text for _, text in shown_texts(root)}


def switch(qtbot, qapp, language: str, root: QWidget, expect: str) -> None:
    """Install ``language`` and wait until ``root`` shows ``expect`` (Qt posts LanguageChange
    to every window; each redoes its texts when it arrives)."""
    install_translations(qapp, language)
    qtbot.waitUntil(lambda: expect in texts_of(root), timeout=5000)


def round_trip(qtbot, qapp, root: QWidget, english: list[str], german: list[str]) -> None:
    """English -> German -> English: the known texts change, and nothing of the other
    language stays anywhere in the screen."""
    shown = texts_of(root)
    assert set(english) <= shown, set(english) - shown
    assert left_over(root, GERMAN) == []
    try:
        switch(qtbot, qapp, "de", root, german[0])
        shown = texts_of(root)
        assert set(german) <= shown, set(german) - shown
        assert left_over(root, ENGLISH) == [], "\n".join(map(str, left_over(root, ENGLISH)))
    finally:
        install_translations(qapp, "en")
    qtbot.waitUntil(lambda: english[0] in texts_of(root), timeout=5000)
    shown = texts_of(root)
    assert set(english) <= shown, set(english) - shown
    assert left_over(root, GERMAN) == []


# -- each screen ----------------------------------------------------------------------------

def test_walk_in_follows_the_language(qtbot, qapp, local_door, tasks):
    from kiosk.ui.walk_in import WalkInForm

    form = WalkInForm(local_door, tasks)
    qtbot.addWidget(form)
    form.set_places_left(12)
    form.name.setText("Rosalind Franklin")
    form.email.setText("rosalind@example.org")
    form.submit()
    qtbot.waitUntil(lambda: form.result.text() != "", timeout=5000)
    round_trip(qtbot, qapp, form,
               ["Register a walk-in", "&Name", "&Register", "Check in now", "12 places left",
                "Number of guests"],
               [DE["Register a walk-in"], DE["&Register"], DE["Check in now"],
                DE_N["%n places left"][1].replace("%n", "12"), DE["Number of guests"]])
    assert form.result.text().startswith("Registered and checked in: Rosalind Franklin")


def test_needs_attention_follows_the_language(qtbot, qapp, local_door, tasks):
    from kiosk.ui.attention import AttentionScreen

    local_door.checkin("reg_ada")
    admitted_at_another_door(local_door)
    screen = AttentionScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.set_badges(BadgeSummary(waiting=2, failed=2, last_error="out of paper"))
    screen.refresh()
    qtbot.waitUntil(lambda: len(screen.conflicts) == 1)
    screen.set_conflicts([Conflict(outbox_id=7, registration_id="reg_alan", operation="status",
                                   http_status=409, created_at="2030-05-01T18:00:00.000Z",
                                   message="cancelled", attendee_name="Alan Turing"),
                          *screen.conflicts])
    english = ["Needs attention", "&Retry upload", "Print &waiting badges",
               "🖨 2 badges waiting: out of paper\n" + "Check-ins go on. Fix the printer (paper, "
               "cable, power, the printer chosen in Settings → Badges), then print the waiting "
               "badges: they come out in the order people were admitted."]
    round_trip(qtbot, qapp, screen, english,
               [DE["Needs attention"], DE["&Retry upload"], DE["Print &waiting badges"]])
    # the list's lines are redrawn too
    assert "check-in or undo: cancelled" in screen.list.item(0).text()


def test_attendance_follows_the_language(qtbot, qapp, local_door, tasks):
    from kiosk.ui.attendance import AttendanceScreen

    screen = AttendanceScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads == 1)
    round_trip(qtbot, qapp, screen,
               ["Everyone", "&Export CSV…", "Checked in", "Confirmed", "Pending", "Device",
                "5 shown of 5; 1 person in"],
               [DE["Everyone"], DE["&Export CSV…"], DE["Checked in"], DE["Confirmed"],
                DE["Pending"], DE["Device"],
                DE_N["{shown} shown of {total}; %n people in"][0].replace("%n", "1").format(
                    shown=5, total=5)])  # the singular: "1 Person da"


def test_staff_console_follows_the_language(qtbot, qapp, local_door, tasks):
    from kiosk.ui.staff_console import StaffConsole

    console = StaffConsole(local_door, tasks)
    qtbot.addWidget(console)
    console.search.setText("Ada")
    console.run_search()
    qtbot.waitUntil(lambda: console.current is not None)
    console.undo()  # it asks first: the question, still up, follows the language too
    console.check_in()
    qtbot.waitUntil(lambda: console.message.text().startswith("ADMIT"), timeout=5000)
    round_trip(qtbot, qapp, console,
               ["&Check in", "Registration", "Notes", "1 found", "Phone",
                "Check in the selected registration"],
               [DE["&Check in"], DE["Registration"], DE["Notes"], DE["{n} found"].format(n=1),
                DE["Phone"], DE["Check in the selected registration"]])


def test_settings_follow_the_language(qtbot, qapp, tmp_path):
    from kiosk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), tmp_path, api_key="")
    qtbot.addWidget(dialog)
    round_trip(qtbot, qapp, dialog,
               ["Settings", "Connection", "API &URL", "Replace &key", "Symbologies",
                "Play sounds", "System language", "Set staff &PIN…", "not set",
                "reading the keyring…", "&Printer", "Play a sound for admit and refuse."],
               [DE["Settings"], DE["Connection"], DE["API &URL"], DE["Replace &key"],
                DE["Symbologies"], DE["Play sounds"], DE["System language"],
                DE["Set staff &PIN…"], DE["not set"], DE["reading the keyring…"], DE["&Printer"],
                DE["Play a sound for admit and refuse."]])


def test_setup_wizard_follows_the_language(qtbot, qapp, tmp_path, no_keyring):
    from kiosk.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(tmp_path / "data", Settings(), api_key="wk_live_" + "a" * 20)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.has_keyring is not None, timeout=10_000)  # asked off-thread
    wizard.events = [Event(id="evt_1", title="Spring Gala", slots=40, start_date="2030-05-01",
                           registration_count=12)]
    wizard.event_page.initializePage()
    round_trip(qtbot, qapp, wizard,
               ["Set up the check-in kiosk", "Connect to WebKasa", "API &key",
                "This computer has no system keyring.", "Choose the event", "First sync",
                "Spring Gala — 2030-05-01 — 12/40 registered", "&Stop syncing"],
               [DE["Set up the check-in kiosk"], DE["Connect to WebKasa"], DE["API &key"],
                DE["This computer has no system keyring."], DE["Choose the event"],
                DE["First sync"], "Spring Gala — 2030-05-01 — "
                + DE["{n} registered"].format(n="12/40"), DE["&Stop syncing"]])
    assert wizard.event_page.list.currentRow() == 0  # the choice is kept


def test_main_window_and_every_tab_follow_the_language(qtbot, qapp, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    qtbot.waitUntil(lambda: window.report is not None)
    round_trip(qtbot, qapp, window,
               ["&Door", "Needs &attention", "Sync now", "Register a walk-in", "Everyone",
                "&Check in"],
               [DE["&Door"], DE["Needs &attention"], DE["Sync now"], DE["Register a walk-in"],
                DE["Everyone"], DE["&Check in"]])


def test_language_saved_in_settings_switches_at_once(qtbot, qapp, local_door, tmp_path,
                                                    monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    boxes = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: boxes.append(a))
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    try:
        window.apply_settings(window.settings.with_(language="de"))  # Settings → Save
        qtbot.waitUntil(lambda: window.sync_action.text() == DE["Sync now"], timeout=5000)
        assert window.walk_in.heading.text() == DE["Register a walk-in"]
        assert boxes == []  # no "restart needed"
        window.apply_settings(window.settings.with_(language="en"))
        qtbot.waitUntil(lambda: window.sync_action.text() == "Sync now", timeout=5000)
    finally:
        install_translations(qapp, "en")


# -- Needs attention (n) --------------------------------------------------------------------

def _tab_title(window) -> str:
    return window.tabs.tabText(window.tabs.indexOf(window.attention))


@pytest.mark.parametrize("printer", ["no-such-printer"])
def test_needs_attention_counts_everything_listed_there(qtbot, tmp_path, printer):
    """Conflicts, double entries and badges waiting all count, and the title follows each."""
    from ui_helpers import make_local_door

    door = make_local_door(tmp_path / "data", badge_on_admit=True, badge_printer=printer)
    try:
        window = make_window(qtbot, door, tmp_path)
        assert _tab_title(window) == "Needs &attention"
        # a badge that could not print (the admit itself went through)
        window.route_code("reg_ada")
        qtbot.waitUntil(lambda: _tab_title(window) == "Needs &attention (1)", timeout=20_000)
        # an upload the server refused (no badge for this one)
        door.settings = door.settings.with_(badge_on_admit=False)
        door.checkin("reg_alan")
        head = outbox_table.head(door.store.db)
        outbox_table.mark_conflict(door.store, head.id, 409, "cancelled on the server")
        door.events.publish("outbox", summary=outbox_table.summary(door.store.db))
        qtbot.waitUntil(lambda: _tab_title(window) == "Needs &attention (2)", timeout=5000)
        # another door admitted Ada while the two could not see each other
        admitted_at_another_door(door)
        door.events.publish("data")  # as the peer link does after applying
        qtbot.waitUntil(lambda: _tab_title(window) == "Needs &attention (3)", timeout=5000)
        assert window.attention.list.count() == 2 and not window.attention.badges.isHidden()
        # the printer fixed: the badge prints and the count drops
        door.settings = door.settings.with_(badge_printer=f"pdf:{tmp_path / 'badges'}")
        window.attention.badges_button.click()
        qtbot.waitUntil(lambda: _tab_title(window) == "Needs &attention (2)", timeout=20_000)
        window.attention.list.setCurrentRow(0)  # the refused upload: accept the server's
        window.attention.dismiss()
        qtbot.waitUntil(lambda: _tab_title(window) == "Needs &attention (1)", timeout=5000)
    finally:
        door.close()


def test_small_dialogs_follow_the_language(qtbot, qapp, local_door, tmp_path):
    """The staff PIN dialogs and the key file's passphrase dialog."""
    from PySide6.QtWidgets import QDialog, QVBoxLayout

    from kiosk.ui.kiosk_mode import KioskLock, PinDialog, SetPinDialog
    from kiosk.ui.setup_wizard import PassphraseDialog

    host = QDialog()  # one window holding the three, so one walk sees them all
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    lock = KioskLock(lambda: None, lambda: ())
    for dialog in (SetPinDialog(host), PinDialog(lock, host), PassphraseDialog(host)):
        dialog.setWindowFlags(dialog.windowFlags() & ~Qt.WindowType.Dialog)  # a child widget
        layout.addWidget(dialog)
    round_trip(qtbot, qapp, host,
               ["New PIN", "Repeat PIN", "Self-service mode can only be left with this PIN.",
                "Enter the staff PIN, or scan a staff code.", "Staff passphrase"],
               [DE["New PIN"], DE["Repeat PIN"],
                DE["Self-service mode can only be left with this PIN."],
                DE["Enter the staff PIN, or scan a staff code."], DE["Staff passphrase"]])


def test_other_day_times_name_the_month_in_the_ui_language(qapp):
    """A check-in of another day reads "12 März 18:05" in German: strftime's %b was always
    English ("12 Mar"), in German screens too."""
    from datetime import datetime, timezone

    from kiosk.ui.verdict_view import format_when

    march = datetime(2026, 3, 12, 12, 0, tzinfo=timezone.utc)
    now = datetime(2026, 12, 7, 12, 0, tzinfo=timezone.utc)
    try:
        install_translations(qapp, "de")
        german = format_when("2026-03-12T12:00:00Z", now)
        install_translations(qapp, "en")
        english = format_when("2026-03-12T12:00:00Z", now)
    finally:
        install_translations(qapp, "en")
    assert "März" in german and "Mar " in english
    assert german.endswith(march.astimezone().strftime("%H:%M"))
    assert format_when("2026-12-07T12:00:00Z", now) == now.astimezone().strftime("%H:%M")
