"""First-run setup against the simulator, with an in-memory keyring."""

from __future__ import annotations

import json

import pytest

from kiosk import secrets
from kiosk.settings import Settings, load
from kiosk.ui.setup_wizard import SetupWizard


@pytest.fixture
def setup_sim():
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=3, registrations=400, rate_limits=False) as sim:
        yield sim


def _wizard(qtbot, tmp_path, **kwargs):
    wizard = SetupWizard(tmp_path / "data", Settings(), **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.has_keyring is not None, timeout=10_000)  # asked off-thread
    return wizard


def _choose_main_event(wizard, sim) -> None:
    """On the event page: pick the simulator's main event and go on to the first sync."""
    ids = [e.id for e in wizard.events]
    wizard.event_page.list.setCurrentRow(ids.index(sim.main_event_id))
    wizard.next()


def test_setup_stores_key_in_keyring_picks_event_and_syncs(qtbot, tmp_path, memory_keyring, setup_sim):
    sim = setup_sim
    wizard = _wizard(qtbot, tmp_path)
    page = wizard.connection
    assert page.url.text() == "https://api.webkasa.app"  # production by default
    page.url.setText(sim.url)
    page.key.setText(sim.api_key)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.event_page, timeout=10_000)
    titles = [wizard.event_page.list.item(i).text() for i in range(wizard.event_page.list.count())]
    assert any("registered" in t for t in titles)  # upcoming events with counts
    _choose_main_event(wizard, sim)
    qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
    assert wizard.sync_page.outcome == "done"
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()

    # the key is in the keyring, and nowhere in the settings file
    assert secrets.get_api_key(sim.url) == sim.api_key
    raw = (tmp_path / "data" / "settings.json").read_text()
    assert sim.api_key not in raw
    assert json.loads(raw)["event_id"] == sim.main_event_id
    assert load(tmp_path / "data").event_id == sim.main_event_id
    assert wizard.door.status().counts  # registrations are in the cache
    # never shown in full again
    again = _wizard(qtbot, tmp_path, api_key=sim.api_key)
    assert sim.api_key not in again.connection.key.placeholderText()
    assert sim.api_key[-4:] in again.connection.key.placeholderText()
    assert again.connection.key.text() == ""
    wizard.door.close()


def test_wrong_key_is_reported_and_keeps_the_page(qtbot, tmp_path, memory_keyring, setup_sim):
    wizard = _wizard(qtbot, tmp_path)
    wizard.connection.url.setText(setup_sim.url)
    wizard.connection.key.setText("wk_test_" + "x" * 56)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.connection.checking, timeout=10_000)
    assert "refused" in wizard.connection.error.text()
    assert wizard.currentPage() is wizard.connection
    assert not memory_keyring.entries


def test_first_sync_can_be_cancelled(qtbot, tmp_path, memory_keyring):
    from kiosk.simulator.server import Faults
    from kiosk.simulator.testing import running_simulator

    with running_simulator(seed=4, registrations=3000, page_cap=100, rate_limits=False,
                           faults=Faults(latency_s=0.05)) as sim:
        wizard = _wizard(qtbot, tmp_path)
        wizard.connection.url.setText(sim.url)
        wizard.connection.key.setText(sim.api_key)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.event_page, timeout=10_000)
        _choose_main_event(wizard, sim)
        qtbot.waitUntil(lambda: wizard.sync_page.bar.maximum() > 0, timeout=10_000)
        wizard.sync_page.cancel_button.click()
        qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=10_000)
        assert wizard.sync_page.outcome == "cancelled"
        assert wizard.sync_page.bar.value() < 3000
        wizard.door.close()


def test_setup_without_keyring_offers_the_passphrase_file(qtbot, tmp_path, no_keyring, setup_sim,
                                                           monkeypatch):
    """A Linux box without Secret Service: said on the first page, before the event is
    chosen; the key goes into the encrypted file; the next start unlocks it with a dialog."""
    from PySide6.QtCore import QTimer

    from kiosk.ui.setup_wizard import PassphraseDialog, unlock_key_file

    monkeypatch.delenv("KIOSK_API_KEY", raising=False)
    monkeypatch.delenv("KIOSK_KEY_PASSPHRASE", raising=False)
    sim = setup_sim
    wizard = _wizard(qtbot, tmp_path)
    page = wizard.connection
    assert wizard.currentPage() is page
    assert page.keyring_note.isVisible() and "no system keyring" in page.keyring_note.text().lower()
    assert "KIOSK_API_KEY" in page.keyring_note.text()
    assert page.passphrase.isVisible() and page.passphrase_again.isVisible()
    page.url.setText(sim.url)
    page.key.setText(sim.api_key)
    wizard.next()
    assert wizard.currentPage() is page and "passphrase" in page.error.text()
    page.passphrase.setText("correct horse")
    page.passphrase_again.setText("correct horsE")
    wizard.next()
    assert wizard.currentPage() is page and "differ" in page.error.text()
    page.passphrase_again.setText("correct horse")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.event_page, timeout=10_000)
    _choose_main_event(wizard, sim)
    qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
    assert wizard.sync_page.outcome == "done"  # no dead end at the last step
    wizard.accept()
    wizard.door.close()
    data = tmp_path / "data"
    assert secrets.file_has_key(data, sim.url)
    for path in data.rglob("*"):
        assert not path.is_file() or sim.api_key.encode() not in path.read_bytes(), path

    # the next start: locked until staff type the passphrase (a wrong one first)
    secrets._unlocked.clear()
    assert secrets.get_api_key(sim.url) is None
    dialog = PassphraseDialog()
    qtbot.addWidget(dialog)
    answers = iter(["wrong horse", "correct horse"])

    def type_and_accept():
        dialog.field.setText(next(answers))
        dialog.accept()

    original_exec = dialog.exec

    def exec_():  # staff type when the dialog is up
        QTimer.singleShot(0, type_and_accept)
        return original_exec()

    dialog.exec = exec_
    assert unlock_key_file(data, sim.url, dialog=dialog) == sim.api_key
    assert "Wrong passphrase" in dialog.error.text()
    assert secrets.get_api_key(sim.url) == sim.api_key
    secrets._unlocked.clear()


def test_setup_without_keyring_uses_the_environment_key_unstored(qtbot, tmp_path, no_keyring,
                                                                 setup_sim, monkeypatch):
    sim = setup_sim
    monkeypatch.setenv("KIOSK_API_KEY", sim.api_key)
    wizard = _wizard(qtbot, tmp_path, api_key=sim.api_key)
    page = wizard.connection
    assert "KIOSK_API_KEY" in page.keyring_note.text() and "not stored" in page.keyring_note.text()
    assert not page.passphrase.isVisible()
    page.url.setText(sim.url)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.event_page, timeout=10_000)
    _choose_main_event(wizard, sim)
    qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
    assert wizard.sync_page.outcome == "done"
    wizard.door.close()
    assert not secrets.key_file(tmp_path / "data").exists()


def test_settings_open_without_a_keyring_and_warn_nothing(qtbot, tmp_path, no_keyring, caplog,
                                                          capfd):
    """Settings read the saved key in the background: on a computer without a keyring that
    is the normal case, said in the dialog ("no key saved"), not a warning in the log."""
    import logging

    from kiosk.ui.settings_dialog import SettingsDialog

    caplog.set_level(logging.DEBUG)
    dialog = SettingsDialog(Settings(api_url="https://api.example.org"), tmp_path / "data")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.key_loaded, timeout=10_000):
        dialog.show()
    assert dialog.key_label.text() == "no key saved"
    dialog.reject()
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert "keyring" not in capfd.readouterr().err.lower()


def test_settings_replace_the_key_into_the_key_file_without_a_keyring(qtbot, tmp_path,
                                                                      no_keyring, monkeypatch):
    """The same key policy as the setup and 'kiosk login': on a computer without a keyring a
    replaced key goes into the passphrase-protected file, with a passphrase staff choose
    (it used to fail with "no system keyring" and keep nothing)."""
    from kiosk.ui.settings_dialog import SettingsDialog

    monkeypatch.delenv("KIOSK_KEY_PASSPHRASE", raising=False)
    data = tmp_path / "data"
    url, key = "https://api.example.org", "wk_test_" + "n3w" * 10
    dialog = SettingsDialog(Settings(api_url=url), data, api_key="")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_key.setText(key)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is not None
                    and dialog.passphrase_dialog.isVisible(), timeout=10_000)
    ask = dialog.passphrase_dialog
    ask.first.setText("correct horse")
    ask.second.setText("correct horsE")
    ask.submit()
    assert ask.isVisible() and "differ" in ask.error.text()
    ask.second.setText("correct horse")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        ask.submit()
    assert dialog.new_api_key == key and not ask.first.text()  # handed on, not kept
    assert secrets.file_has_key(data, url)
    for path in data.rglob("*"):  # neither the key nor the passphrase in plain text
        assert not path.is_file() or (key.encode() not in path.read_bytes()
                                      and b"correct horse" not in path.read_bytes()), path
    secrets._unlocked.clear()
    assert secrets.unlock_file_key(data, url, "correct horse") == key
    secrets._unlocked.clear()


# -- issue 18: Enter goes forward, Cancel asks, German layout and mnemonics, the next event --


def _to_event_page(qtbot, wizard, sim) -> None:
    page = wizard.connection
    page.url.setText(sim.url)
    page.key.setText(sim.api_key)
    if page.needs_passphrase():
        page.passphrase.setText("correct horse")
        page.passphrase_again.setText("correct horse")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.event_page, timeout=10_000)


def _press_enter(qtbot, wizard) -> None:
    """Enter where the keyboard focus is, as a person presses it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)


def test_enter_after_the_first_sync_finishes_the_setup(qtbot, tmp_path, memory_keyring,
                                                       setup_sim):
    """The Stop button is disabled when the sync ends; the focus used to fall to Cancel, so
    Enter ended the setup and the app quit without a word."""
    wizard = _wizard(qtbot, tmp_path)
    wizard.activateWindow()
    _to_event_page(qtbot, wizard, setup_sim)
    _choose_main_event(wizard, setup_sim)
    qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
    assert wizard.sync_page.outcome == "done"
    with qtbot.waitSignal(wizard.accepted, timeout=5_000):
        _press_enter(qtbot, wizard)
    assert not wizard.isVisible()
    wizard.door.close()


def test_enter_goes_forward_with_the_focus_on_cancel_or_back(qtbot, tmp_path, memory_keyring,
                                                           setup_sim):
    """Next is the default button on every page: Enter is never Cancel or Back (those are
    pressed with the mouse or Space)."""
    wizard = _wizard(qtbot, tmp_path)
    wizard.activateWindow()
    page = wizard.connection
    page.url.setText(setup_sim.url)
    page.key.setText(setup_sim.api_key)
    wizard.button(wizard.WizardButton.CancelButton).setFocus()
    _press_enter(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.event_page, timeout=10_000)
    assert wizard.isVisible() and wizard.leave_box is None  # not asked to leave
    ids = [e.id for e in wizard.events]
    wizard.event_page.list.setCurrentRow(ids.index(setup_sim.main_event_id))
    wizard.button(wizard.WizardButton.BackButton).setFocus()
    _press_enter(qtbot, wizard)
    assert wizard.currentPage() is wizard.sync_page  # forward, not back
    qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
    wizard.door.close()


def test_cancel_asks_and_says_what_is_kept(qtbot, tmp_path, memory_keyring, setup_sim):
    wizard = _wizard(qtbot, tmp_path)
    cancel = wizard.button(wizard.WizardButton.CancelButton)
    cancel.click()
    box = wizard.leave_box
    assert box is not None and box.isVisible() and "Nothing is saved" in box.informativeText()
    box.defaultButton().click()  # the default is to stay
    assert wizard.isVisible() and wizard.leave_box is None

    _to_event_page(qtbot, wizard, setup_sim)
    _choose_main_event(wizard, setup_sim)
    qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
    cancel.click()
    box = wizard.leave_box
    assert "saved" in box.informativeText() and "Nothing" not in box.informativeText()
    leave = next(b for b in box.buttons() if b is not box.defaultButton())
    with qtbot.waitSignal(wizard.rejected, timeout=5_000):
        leave.click()
    assert not wizard.isVisible()
    wizard.door.close()


def _mnemonics(wizard) -> list[str]:
    """The Alt+ keys of the visible buttons and of the visible labels that have a buddy."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [b.text() for b in wizard.findChildren(QAbstractButton) if b.isVisible()]
    texts += [label.text() for label in wizard.findChildren(QLabel)
              if label.isVisible() and label.buddy() is not None]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts]
    return [k for k in keys if k]


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_two_mnemonics_alike_on_any_page(qtbot, qapp, tmp_path, no_keyring, setup_sim,
                                            monkeypatch, language):
    """German had Alt+W for both "Weiter" and "Passphrase wiederholen"."""
    from kiosk.ui.i18n import install_translations

    monkeypatch.delenv("KIOSK_API_KEY", raising=False)
    install_translations(qapp, language)
    try:
        wizard = _wizard(qtbot, tmp_path)
        page = wizard.connection
        assert page.passphrase_again.isVisible()  # every row of the first page
        seen = {}
        seen["connection"] = _mnemonics(wizard)
        _to_event_page(qtbot, wizard, setup_sim)
        seen["event"] = _mnemonics(wizard)
        _choose_main_event(wizard, setup_sim)
        seen["sync"] = _mnemonics(wizard)
        qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=20_000)
        seen["done"] = _mnemonics(wizard)
        for name, keys in seen.items():
            assert len(keys) == len(set(keys)), (name, keys)
        assert len(seen["connection"]) >= 6  # the buttons and every labelled field
        wizard.door.close()
    finally:
        install_translations(qapp, "en")


@pytest.mark.parametrize("large", [False, True], ids=["normal-text", "large-text"])
def test_german_keyring_note_is_whole_and_fields_stay_put_as_errors_come_and_go(
        qtbot, qapp, tmp_path, no_keyring, monkeypatch, large):
    from kiosk.ui.i18n import install_translations
    from kiosk.ui.main_window import set_large_text

    monkeypatch.delenv("KIOSK_API_KEY", raising=False)
    install_translations(qapp, "de")
    set_large_text(large)
    try:
        wizard = _wizard(qtbot, tmp_path)
        page = wizard.connection
        note = page.keyring_note
        rows = (page.url, page.key, page.scheme, page.passphrase, page.passphrase_again)

        def whole(label) -> bool:  # every wrapped line within the label's height
            return label.contentsRect().height() >= label.heightForWidth(label.width())

        def fields() -> list[int]:
            return [f.mapTo(wizard, f.rect().topLeft()).y() for f in rows]

        def roomy() -> bool:  # no field squeezed under its own height
            return all(f.height() >= f.minimumSizeHint().height() for f in rows)

        qtbot.waitUntil(lambda: note.isVisible() and whole(note) and roomy())
        before = fields()
        page.key.setText("wk_test_" + "k" * 56)
        page.passphrase.setText("kurz")
        wizard.next()  # too short a passphrase: an error under the fields
        assert page.error.text() and wizard.currentPage() is page
        qtbot.waitUntil(lambda: whole(note) and whole(page.error) and roomy())
        assert fields() == before
        page.passphrase.setText("correct horse")  # typing clears the error
        assert not page.error.text()
        assert whole(note) and fields() == before and roomy()
    finally:
        set_large_text(False)
        install_translations(qapp, "en")


def test_the_next_event_is_offered_first_not_one_that_has_ended(qtbot, tmp_path,
                                                                memory_keyring, setup_sim):
    """The server lists today's events from the morning on; at 09:00 the 07:00-08:00 event
    at the top of the list is over, and the 10:00 one is the door's."""
    from datetime import date, datetime, timezone

    sim = setup_sim
    day = sim.event()["start_date"]
    with sim._lock:  # the simulator has no call to move an event: its two events of today
        sim._events[sim.other_event_id].update(start_time="07:00", end_time="08:00",
                                               timezone="UTC")
        sim._events[sim.main_event_id].update(start_time="10:00", end_time="12:00",
                                              timezone="UTC")
    at_nine = datetime.combine(date.fromisoformat(day), datetime.min.time(),
                               timezone.utc).replace(hour=9)
    wizard = _wizard(qtbot, tmp_path, now=lambda: at_nine)
    _to_event_page(qtbot, wizard, sim)
    assert wizard.events[0].id == sim.other_event_id  # the server's order: by start
    assert wizard.event_page.chosen().id == sim.main_event_id


def test_next_event_row_rules():
    from datetime import datetime, timezone

    from kiosk.models import Event
    from kiosk.ui.setup_wizard import next_event_row

    def event(day, start, end=None, zone="Europe/Berlin"):
        return Event(id=f"{day} {start}", title="t", start_date=day, start_time=start,
                     end_time=end, timezone=zone)

    now = datetime(2030, 5, 1, 12, 0, tzinfo=timezone.utc)  # 14:00 in Berlin
    assert next_event_row([], now) == -1
    listed = [event("2030-05-01", "09:00", "11:00"), event("2030-05-01", "13:00", "15:00"),
              event("2030-05-02", "09:00")]
    assert next_event_row(listed, now) == 1  # under way: still the door's event
    ended = [event("2030-05-01", "08:00", "09:00"), event("2030-05-01", "10:00", "11:00")]
    assert next_event_row(ended, now) == 1  # none to come: the one that ended last
    overnight = [event("2030-04-30", "22:00", "02:00"), event("2030-05-01", "20:00")]
    assert next_event_row(overnight, datetime(2030, 4, 30, 23, 30, tzinfo=timezone.utc)) == 0
    no_end = [event("2030-05-01", "09:00"), event("2030-05-02", "09:00")]
    assert next_event_row(no_end, now) == 0  # today's, until the day ends


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_event_line_fits_its_row(qtbot, qapp, tmp_path, memory_keyring, setup_sim,
                                       language):
    """"500/733 registered" was cut off: each line, wrapped, fits the rect of its row, in
    both languages, with large text, and after the wizard is made narrower."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    from kiosk.ui.i18n import install_translations
    from kiosk.ui.main_window import set_large_text

    install_translations(qapp, language)
    set_large_text(True)
    try:
        wizard = _wizard(qtbot, tmp_path)
        _to_event_page(qtbot, wizard, setup_sim)
        view = wizard.event_page.list

        def cut() -> list[str]:
            margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None,
                                              view) + 1  # the item delegate's text margin
            metrics = QFontMetrics(view.font())
            shown = view.viewport().rect()
            lines = []
            for row in range(view.count()):
                item = view.item(row)
                rect = view.visualItemRect(item)
                room = rect.adjusted(margin, 0, -margin, 0)
                need = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
                if (need.height() > rect.height() or need.width() > room.width()
                        or rect.right() > shown.right()):
                    lines.append(item.text())
            return lines

        assert view.count() >= 2 and any("/" in view.item(r).text() for r in range(view.count()))
        qtbot.waitUntil(lambda: not cut())
        wizard.resize(560, wizard.height())
        qtbot.waitUntil(lambda: view.viewport().width() < 520 and not cut())
    finally:
        set_large_text(False)
        install_translations(qapp, "en")
