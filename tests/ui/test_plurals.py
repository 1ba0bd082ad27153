"""Counts in German take Qt's plural forms (issue 11: the Attendance summary said
"1 Personen da"). Each label is read in German with one and with two."""

from __future__ import annotations

import time

import pytest

from kiosk.badges.jobs import BadgeSummary
from kiosk.ui.attendance import AttendanceScreen
from kiosk.ui.badges import waiting_text
from kiosk.ui.i18n import install_translations
from kiosk.ui.status_bar import age_text
from kiosk.ui.walk_in import WalkInForm


@pytest.fixture
def german(qapp):
    install_translations(qapp, "de")
    yield
    install_translations(qapp, "en")


def test_attendance_summary_says_person_for_one(qtbot, local_door, tasks, german):
    screen = AttendanceScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()  # Emmy is the one person in
    qtbot.waitUntil(lambda: screen.loads == 1, timeout=3000)
    assert "; 1 Person da" in screen.summary.text()
    local_door.checkin("reg_alan")
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads == 2, timeout=3000)
    assert "; 2 Personen da" in screen.summary.text()
    screen._exported("/tmp/a.csv", 1)
    assert screen.summary.text() == "1 Zeile nach /tmp/a.csv exportiert"
    screen._exported("/tmp/a.csv", 2)
    assert screen.summary.text() == "2 Zeilen nach /tmp/a.csv exportiert"


def test_other_counts_in_german_singular_and_plural(qtbot, local_door, tasks, german):
    form = WalkInForm(local_door, tasks)
    qtbot.addWidget(form)
    form.set_places_left(1)
    assert form.places.text() == "1 Platz frei"
    form.set_places_left(2)
    assert form.places.text() == "2 Plätze frei"
    assert waiting_text(BadgeSummary(waiting=1)) == "🖨 1 Namensschild wartet"
    assert waiting_text(BadgeSummary(waiting=2, failed=2, last_error="jam")) == (
        "🖨 2 Namensschilder warten: jam")
    day = 86400
    now = time.time()
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now - day - 60))
    assert age_text(stamp, now) == "vor 1 Tag"
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now - 2 * day - 60))
    assert age_text(stamp, now) == "vor 2 Tagen"


def test_english_counts_still_read_with_the_number(qtbot, local_door, tasks):
    form = WalkInForm(local_door, tasks)
    qtbot.addWidget(form)
    form.set_places_left(3)
    assert form.places.text() == "3 places left"


def test_english_says_one_person_and_two_people(qtbot, qapp, local_door, tasks):
    """English is the source language; its plural forms come from kiosk_en.qm."""
    install_translations(qapp, "en")
    screen = AttendanceScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()  # Emmy is the one person in
    qtbot.waitUntil(lambda: screen.loads == 1, timeout=3000)
    assert screen.summary.text().endswith("; 1 person in")
    local_door.checkin("reg_alan")
    screen.refresh()
    qtbot.waitUntil(lambda: screen.loads == 2, timeout=3000)
    assert screen.summary.text().endswith("; 2 people in")
    form = WalkInForm(local_door, tasks)
    qtbot.addWidget(form)
    form.set_places_left(1)
    assert form.places.text() == "1 place left"
    assert waiting_text(BadgeSummary(waiting=1)) == "🖨 1 badge waiting"


def test_setup_wizard_counts_registrations_in_german(qtbot, tmp_path, memory_keyring, german):
    from types import SimpleNamespace

    from kiosk.settings import Settings
    from kiosk.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(tmp_path / "data", Settings())
    qtbot.addWidget(wizard)
    page = wizard.sync_page
    page._progress(1, None)
    assert page.label.text() == "1 Anmeldung"
    page._progress(2, None)
    assert page.label.text() == "2 Anmeldungen"
    page._progress(1, 1)
    assert page.label.text() == "1 von 1 Anmeldung"
    page._progress(1, 300)
    assert page.label.text() == "1 von 300 Anmeldungen"
    page._synced(SimpleNamespace(stored=1))
    assert page.label.text().startswith("1 Anmeldung bereit.")
