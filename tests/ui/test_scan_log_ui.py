"""The Scans tab (issue 20): the scan log filtered by verdict and door, and the arrivals chart,
in the real main window over a real door, read as a person reads them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pyqtgraph as pg

from kiosk.peers.identity import generate
from kiosk.ui.i18n import install_translations
from test_scan_log import signed
from ui_helpers import make_window


def cells(window) -> list[tuple[str, ...]]:
    model = window.scan_log.model
    return [tuple(model.data(model.index(r, c)) for c in (1, 2, 3))
            for r in range(model.rowCount())]


def scans_tab(qtbot, window):
    window.show()
    before = window.scan_log.loads
    window.tabs.setCurrentWidget(window.scans)
    qtbot.waitUntil(lambda: window.scan_log.loads > before, timeout=5000)


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def door_2_scans(door, minutes_ago: list[int], verdict: str = "admit") -> None:
    other = generate()
    now = datetime.now(timezone.utc)
    door.scan_log.apply([signed(other, door.event_id, i + 1, verdict=verdict,
                                code=f"reg_d2_{i}", reg=f"reg_d2_{i}",
                                at=(now - timedelta(minutes=m)).isoformat(
                                    timespec="milliseconds").replace("+00:00", "Z"))
                         for i, m in enumerate(minutes_ago)], {other.door_id: "Door 2"})


def test_the_scan_log_shows_every_door_and_filters_by_verdict_and_door(qtbot, local_door,
                                                                        tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    local_door.checkin("reg_alan")
    local_door.checkin("reg_kurt")
    local_door.checkin("reg_nobody")
    door_2_scans(local_door, [1], verdict="unknown")
    scans_tab(qtbot, window)
    shown = cells(window)
    assert ("Door 1", "reg_alan", "Admitted") in shown
    assert ("Door 1", "reg_kurt", "Cancelled") in shown
    assert ("Door 2", "reg_d2_0", "Unknown") in shown
    assert window.scan_log.summary.text() == "4 scans"

    loads = window.scan_log.loads
    choose(window.scan_log.door_filter, "Door 2")
    qtbot.waitUntil(lambda: window.scan_log.loads > loads, timeout=5000)
    assert cells(window) == [("Door 2", "reg_d2_0", "Unknown")]

    loads = window.scan_log.loads
    choose(window.scan_log.door_filter, "All doors")
    choose(window.scan_log.verdict_filter, "Unknown")
    qtbot.waitUntil(lambda: window.scan_log.loads > loads + 1, timeout=5000)
    assert sorted(c[1] for c in cells(window)) == ["reg_d2_0", "reg_nobody"]

    # a new scan at this door shows while the tab is open
    loads = window.scan_log.loads
    local_door.checkin("reg_other_nobody")
    qtbot.waitUntil(lambda: window.scan_log.loads > loads, timeout=5000)
    assert "reg_other_nobody" in [c[1] for c in cells(window)]


def bars(chart) -> dict[str, list[float]]:
    found = {}
    for item in chart.plot.getPlotItem().items:
        if isinstance(item, pg.BarGraphItem):
            found[item.name()] = list(item.opts["height"])
    return found


def test_the_chart_stacks_arrivals_by_door_and_says_the_rate(qtbot, qapp, local_door,
                                                              tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    door_2_scans(local_door, [1, 2, 3, 4, 1, 2, 3, 4, 2, 3, 3])  # 11 in the last 5 minutes
    local_door.checkin("reg_alan")
    scans_tab(qtbot, window)
    chart = window.arrivals.chart
    qtbot.waitUntil(lambda: window.arrivals.loads > 0, timeout=5000)
    heights = bars(chart)
    assert set(heights) == {"Door 1", "Door 2"}
    assert sum(heights["Door 2"]) == 11 and sum(heights["Door 1"]) == 1
    assert chart.rate.text() == "2 a minute at the moment"  # 12 in 5 minutes
    assert "still expected: all in by about" in chart.estimate.text()
    assert chart.rate.isVisible() and chart.plot.isVisible()

    install_translations(qapp, "de")
    try:
        qtbot.waitUntil(lambda: chart.rate.text() == "2 pro Minute im Moment", timeout=3000)
        assert window.scan_log.door_label.text() == "Tür:"
    finally:
        install_translations(qapp, "en")


def test_the_chart_redraws_on_the_schedule_not_on_a_check_in(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    scans_tab(qtbot, window)
    qtbot.waitUntil(lambda: window.arrivals.loads > 0, timeout=5000)
    loads = window.arrivals.loads
    local_door.checkin("reg_alan")  # the check-in path: it starts no read of the chart
    assert not window.arrivals._reading and window.arrivals.loads == loads
    # the status round the change schedules (coalesced) reads and redraws it
    qtbot.waitUntil(lambda: window.arrivals.loads > loads, timeout=5000)
    assert sum(bars(window.arrivals.chart)["Door 1"]) == 1
    # on another tab the round reads nothing for the chart
    window.tabs.setCurrentWidget(window.console)
    window.schedule.status_due.emit()
    assert not window.arrivals._reading
    assert window.tabs.tabText(window.tabs.indexOf(window.scans)).replace("&", "") == "Scans"


def test_every_verdict_has_words_in_the_scan_log():
    """The log shows the verdict a door gave in the UI's words, never a raw "not_open"
    (the organisers' verdicts were added after the log's word list was written)."""
    from kiosk.models import VerdictKind
    from kiosk.ui.scan_log_view import VERDICT_TEXT

    assert {kind.value for kind in VerdictKind} - set(VERDICT_TEXT) == set()


def test_a_german_scan_log_gives_each_reason_in_german(qtbot, qapp, local_door, tmp_path):
    """The log keeps the rules' English (it is data, shared and exported); the staff console
    shows the reasons in its own language, the values in them kept."""
    local_door.checkin("reg_kurt")  # cancelled
    local_door.checkin("reg_nobody")  # unknown, and this door's first sync is not complete
    local_door.checkin("SCAN:nonsense")  # not a ticket
    local_door.checkin("reg_ada")  # a party of three
    local_door.checkin("reg_alan")
    local_door.checkin("reg_alan")  # already in, at a time on this door
    from kiosk.ui.verdict_view import format_when

    install_translations(qapp, "de")
    try:
        window = make_window(qtbot, local_door, tmp_path)
        scans_tab(qtbot, window)
        model = window.scan_log.model
        reasons = {model.rows[r].code: model.data(model.index(r, 4))
                   for r in range(model.rowCount())}
        assert reasons["reg_kurt"] == "Anmeldung storniert"
        assert reasons["reg_nobody"].startswith("Noch nicht geladen: der erste Abgleich")
        assert reasons["SCAN:nonsense"] == "Kein Ticket-Code"
        assert reasons["reg_ada"] == "3 einlassen: 1 + 2 Gäste"  # not "Admit {n}" taking it
        already = next(r for r in model.rows if r.verdict == "already_checked_in")
        shown = model.data(model.index(model.rows.index(already), 4))
        when = local_door.attendee("reg_alan").checked_in_at
        assert shown == f"Schon eingecheckt um {format_when(when)} an Door 1"  # local time
        assert already.reason == f"Already checked in at {when} on Door 1"  # the log's words
    finally:
        install_translations(qapp, "en")


def test_every_reason_the_rules_give_has_a_wording_to_translate():
    """Each wording the core gives a scan is one of the console's templates, so no reason
    stays English on a German screen because a rule's words changed."""
    import re
    from pathlib import Path

    import kiosk.codes
    from kiosk import door, door_events, event_times, rules
    from kiosk.ui.scan_reasons import TEMPLATES, reason_text

    said = [rules.NO_SUCH_REGISTRATION, rules.GONE_FROM_SERVER, rules.ANOTHER_EVENT,
            rules.ALREADY_IN_AT, rules.ALREADY_IN_SERVER, rules.REGISTRATION_CANCELLED,
            rules.NOT_CONFIRMED, rules.ADMIT_ONE, rules.ADMIT_ONE_GUEST, rules.ADMIT_GUESTS,
            rules.GOODBYE, rules.WELCOME_BACK, rules.ADMIT_PART, rules.REST_OF_PARTY,
            rules.SOME_OF_REST, rules.NEVER_ADMITTED, rules.ALREADY_LEFT, rules.NO_REENTRY,
            rules.FULL, door_events.OTHER_EVENT, door_events.FOR_EVENT,
            event_times.DOORS_OPEN_AT, door.NOT_DOWNLOADED]
    said += re.findall(r'InvalidCode\("([^"]+)"\)', Path(kiosk.codes.__file__).read_text())
    assert set(said) - set(TEMPLATES) == set()
    assert reason_text(rules.ADMIT_PART.format(k=2, n=4)) == "Admit 2 of 4"  # English: as is
    assert reason_text("a reason from a newer door") == "a reason from a newer door"
