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
    return wizard


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
    ids = [e.id for e in wizard.events]
    wizard.event_page.list.setCurrentRow(ids.index(sim.main_event_id))
    wizard.next()
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
        ids = [e.id for e in wizard.events]
        wizard.event_page.list.setCurrentRow(ids.index(sim.main_event_id))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.sync_page.bar.maximum() > 0, timeout=10_000)
        wizard.sync_page.cancel_button.click()
        qtbot.waitUntil(lambda: wizard.sync_page.finished, timeout=10_000)
        assert wizard.sync_page.outcome == "cancelled"
        assert wizard.sync_page.bar.value() < 3000
        wizard.door.close()
