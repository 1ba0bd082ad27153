"""Badges in the GUI (issue 12): printed after the verdict on the system lane, from the
staff console, waiting (and said so) when the printer fails, and the Settings preview.
Real door, real SQLite file, real PDF files through QtPrintSupport, widgets offscreen."""

import logging

import pytest

from kiosk.badges.jobs import BadgeQueue
from ui_helpers import make_local_door, make_window

pypdf = pytest.importorskip("pypdf")


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages).split())


def pdfs(folder):
    return sorted(folder.glob("*.pdf")) if folder.is_dir() else []


@pytest.fixture
def badge_door(tmp_path):
    door = make_local_door(tmp_path / "data", badge_on_admit=True,
                           badge_printer=f"pdf:{tmp_path / 'badges'}")
    yield door
    door.close()


def test_admit_prints_a_badge_after_the_verdict_on_the_system_lane(qtbot, badge_door, tmp_path,
                                                                    caplog):
    caplog.set_level(logging.INFO, logger="kiosk.ui")
    window = make_window(qtbot, badge_door, tmp_path)
    window.route_code("reg_ada")
    folder = tmp_path / "badges"
    queue = BadgeQueue(badge_door.store, badge_door.event_id, "Door 1")
    # the file exists while it is written: wait for the job to be marked printed
    qtbot.waitUntil(lambda: [j.state for j in queue.history("reg_ada")] == ["printed"],
                    timeout=20_000)
    assert len(pdfs(folder)) == 1
    text = pdf_text(pdfs(folder)[0])
    assert "Ada Lovelace" in text and "+2 guests" in text and "Spring Gala" in text
    # notes are for staff: no band by default, and never the notes themselves (issue 18)
    assert "vegetarian" not in text and "VIP" not in text
    printed = [r for r in caplog.records if r.getMessage().startswith("badge of reg_ada printed")]
    assert printed and printed[0].threadName.startswith("kiosk-system")
    assert badge_door.attendee("reg_ada").effective_status == "ATTENDED"

    # admitted again after an undo: no second automatic badge
    badge_door.undo("reg_ada")
    window.route_code("reg_ada")
    qtbot.waitUntil(lambda: badge_door.attendee("reg_ada").effective_status == "ATTENDED",
                    timeout=10_000)
    history = BadgeQueue(badge_door.store, badge_door.event_id, "Door 1").history("reg_ada")
    assert [(j.kind, j.state) for j in history] == [("first", "printed")]
    assert len(pdfs(folder)) == 1


def test_printer_failure_never_blocks_and_waiting_badges_print_later(qtbot, tmp_path):
    door = make_local_door(tmp_path / "data", badge_on_admit=True,
                           badge_printer="no-such-printer")
    try:
        window = make_window(qtbot, door, tmp_path)
        window.route_code("reg_ada")
        window.route_code("reg_alan")
        qtbot.waitUntil(lambda: (window.badges.summary.waiting == 2), timeout=20_000)
        assert door.attendee("reg_ada").effective_status == "ATTENDED"
        assert door.attendee("reg_alan").effective_status == "ATTENDED"
        assert "2 badges waiting" in window.status_strip.badges.text()
        assert "no printer called" in window.status_strip.badges.toolTip()
        assert window.status_strip.badges.property("state") == "warn"
        assert "2 badges waiting" in window.attention.badges.text()
        assert not window.attention.badges_button.isHidden()

        folder = tmp_path / "later"
        door.settings = door.settings.with_(badge_printer=f"pdf:{folder}")
        window.attention.badges_button.click()
        qtbot.waitUntil(lambda: window.badges.summary.waiting == 0, timeout=20_000)
        files = pdfs(folder)
        assert [f.name.split("-", 2)[2] for f in files] == ["reg_ada.pdf", "reg_alan.pdf"]
        assert window.status_strip.badges.isHidden() and window.attention.badges.isHidden()
    finally:
        door.close()


def test_print_badge_next_to_check_in_then_a_counted_reprint(qtbot, tmp_path):
    folder = tmp_path / "badges"
    door = make_local_door(tmp_path / "data", badge_printer=f"pdf:{folder}")
    try:
        window = make_window(qtbot, door, tmp_path)
        console = window.console
        console.show_details(door.attendee("reg_alan"))
        assert console.badge_button.isEnabled()
        assert console.badge_button.parent() is console.checkin_button.parent()
        console.badge_button.click()
        qtbot.waitUntil(lambda: "printed by Door 1 at" in console.message.text(), timeout=20_000)
        assert len(pdfs(folder)) == 1
        console.badge_button.click()
        qtbot.waitUntil(lambda: "reprinted by Door 1 at" in console.message.text(),
                        timeout=20_000)
        assert len(pdfs(folder)) == 2
        queue = BadgeQueue(door.store, door.event_id, "Door 1")
        assert queue.reprint_count("reg_alan") == 1
        assert "Alan Turing" in pdf_text(pdfs(folder)[1])
    finally:
        door.close()


def test_settings_badges_tab_previews_the_chosen_layout(qtbot, tmp_path):
    from kiosk.settings import Settings
    from kiosk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(badge_layout="62x100mm"), tmp_path, api_key="")
    qtbot.addWidget(dialog)
    tall = dialog.badges_page.badge_preview.pixmap()
    assert not tall.isNull() and tall.height() > tall.width()
    dialog.badges_page.badge_layout.setCurrentIndex(dialog.badges_page.badge_layout.findData("89x36mm"))
    wide = dialog.badges_page.badge_preview.pixmap()
    assert wide.width() > wide.height() and dialog.badges_page.badge_preview.layout_key == "89x36mm"
    with_qr = dialog.badges_page.badge_preview.pixmap().toImage()
    dialog.badges_page.badge_qr.setChecked(False)
    assert dialog.badges_page.badge_preview.pixmap().toImage() != with_qr
    dialog.badges_page.badge_on_admit.setChecked(True)
    dialog.badges_page.badge_printer.setEditText("pdf:/tmp/x")
    chosen = dialog.result_settings()
    assert (chosen.badge_layout, chosen.badge_on_admit, chosen.badge_qr,
            chosen.badge_printer) == ("89x36mm", True, False, "pdf:/tmp/x")


def test_the_badge_preview_and_label_sizes_follow_the_language(qtbot, tmp_path, qapp):
    """German Settings: the sample badge says "+2 Gäste", the sizes are named in German, and
    a switch back redraws both in English."""
    from kiosk.settings import Settings
    from kiosk.ui.i18n import install_translations
    from kiosk.ui.settings_dialog import SettingsDialog

    install_translations(qapp, "de")
    try:
        dialog = SettingsDialog(Settings(badge_layout="62x100mm"), tmp_path, api_key="")
        qtbot.addWidget(dialog)
        page = dialog.badges_page
        german = page.badge_preview.pixmap().toImage()
        assert page.badge_preview.sample().party == "+2 Gäste"
        sizes = [page.badge_layout.itemText(i) for i in range(page.badge_layout.count())]
        assert "A6 (105 × 148 mm, jeder Bürodrucker)" in sizes
    finally:
        install_translations(qapp, "en")
    assert page.badge_preview.sample().party == "+2 guests"
    qtbot.waitUntil(lambda: page.badge_layout.itemText(page.badge_layout.findData("a6")) ==
                    "A6 (105 × 148 mm, any office printer)", timeout=3000)
    qtbot.waitUntil(lambda: page.badge_preview.pixmap().toImage() != german,  # in English
                    timeout=3000)


def _exchange(one, other) -> None:
    """Each door takes the entries it lacks from the other, as a peer exchange round does."""
    for src, dst in ((one, other), (other, one)):
        entries = src.journal.entries_after(dst.journal.high_water())
        dst.journal.apply(entries, src.journal.door_names(e["door"] for e in entries))


def test_staff_console_shows_the_venues_badge_and_another_doors_reprint(qtbot, tmp_path):
    """Badges once per venue (issue 21): Door 1 prints on admit, Door 2 prints nothing on its
    own admission and reprints from its console; both consoles name the doors."""
    one = make_local_door(tmp_path / "one", badge_on_admit=True,
                          badge_printer=f"pdf:{tmp_path / 'one_badges'}")
    two = make_local_door(tmp_path / "two", device_name="Door 2", badge_on_admit=True,
                          badge_printer=f"pdf:{tmp_path / 'two_badges'}")
    try:
        window_one = make_window(qtbot, one, tmp_path / "w1")
        window_two = make_window(qtbot, two, tmp_path / "w2")
        window_one.route_code("reg_ada")
        qtbot.waitUntil(lambda: [j.state for j in one.badge_queue().history("reg_ada")]
                        == ["printed"], timeout=20_000)
        _exchange(one, two)
        two.undo("reg_ada")  # undone at Door 2 and admitted there again: no second badge
        assert two.checkin("reg_ada").admitted
        assert two.badge_queue().history("reg_ada") == []
        assert len(pdfs(tmp_path / "one_badges")) == 1

        console = window_two.console
        console.show_details(two.attendee("reg_ada"))
        qtbot.waitUntil(lambda: "Printed by Door 1 at" in console.details.d_badge.text(), timeout=10_000)
        assert "Reprinted" not in console.details.d_badge.text()
        console.badge_button.click()  # staff at Door 2 ask for another copy: a reprint
        qtbot.waitUntil(lambda: "Reprinted 1 time: Door 2" in console.details.d_badge.text(),
                        timeout=20_000)
        assert len(pdfs(tmp_path / "two_badges")) == 1
        _exchange(one, two)
        other = window_one.console
        other.show_details(one.attendee("reg_ada"))
        qtbot.waitUntil(lambda: "Reprinted 1 time: Door 2" in other.details.d_badge.text(),
                        timeout=10_000)
        assert "Printed by Door 1 at" in other.details.d_badge.text()
    finally:
        one.close()
        two.close()
