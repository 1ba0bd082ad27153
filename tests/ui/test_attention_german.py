"""Needs attention in German (issue 11): it said "der Server hat check in abgelehnt: The
server refused…", the core's English inside German. The core keeps a kind and the server's
words on each conflict; the screen words it. Real conflicts from a real store: a refused
check-in, a cancellation read by a sync, a double entry from another door."""

from __future__ import annotations

import time

import pytest

from kiosk import outbox_table, registrations, rules
from kiosk.models import Conflict
from kiosk.ui.attention import ACTIONS, CONFLICT_TEXT, AttentionScreen, compared_time
from kiosk.ui.i18n import install_translations
from ui_helpers import EVENT, admitted_at_another_door, seed_rows


@pytest.fixture
def german(qapp):
    install_translations(qapp, "de")
    yield
    install_translations(qapp, "en")


def english_fragments() -> list[str]:
    """A piece of each of the core's sentences, and its words for the changes."""
    pieces = [text.split("{")[0][:40] for text in rules.CONFLICT_TEXT.values()]
    return [p for p in pieces if len(p) > 10] + ["check in", "register walk-in", "Admitted",
                                                  "The server refused", " at Door"]


def make_conflicts(door) -> None:
    door.checkin("reg_alan")
    door.checkin("reg_ada")
    [alan_entry] = [row[0] for row in door.store.db.execute(
        "SELECT id FROM outbox WHERE registration_id = 'reg_alan'")]
    # the server refused Alan's check-in (409), as the pusher records it
    outbox_table.mark_conflict(door.store, alan_entry, 409, rules.conflict_message(
        rules.conflict_kind("status", "reg_alan", 409), server="Registration is cancelled"))
    # a sync read Ada as cancelled before her check-in was sent
    cancelled = [dict(r, status="CANCELLED") for r in seed_rows() if r["id"] == "reg_ada"]
    registrations.upsert_server_rows(door.store, EVENT.id, cancelled, sync_gen=None, fetched_at=time.time(),
                                  fetched_seq=10 ** 6)
    # and another door admitted Ada too while the two could not see each other
    admitted_at_another_door(door, at="2030-05-01T18:05:00.000Z")


def test_needs_attention_in_german_has_no_english_core_sentence(qtbot, local_door, tasks,
                                                                german):
    make_conflicts(local_door)
    screen = AttentionScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.refresh()
    qtbot.waitUntil(lambda: len(screen.conflicts) == 3, timeout=3000)
    kinds = {c.kind for c in screen.conflicts}
    assert kinds == {rules.CONFLICT_REFUSED, rules.CONFLICT_CANCELLED, rules.CONFLICT_DOUBLE_ENTRY}
    for row in range(3):
        screen.list.setCurrentRow(row)
        shown = screen.list.item(row).text() + "\n" + screen.explain.text()
        for english in english_fragments():
            assert english not in shown, (english, shown)
        assert "Was passiert ist" in shown
    text = "\n".join(screen.list.item(row).text() for row in range(3))
    assert "Der Server hat den Einlass abgelehnt" in text
    assert "Auf dem Server storniert" in text
    assert "2-mal eingelassen" in text
    assert f"{compared_time('2030-05-01T18:05:00.000Z')} (Door 2)" in text  # local time, door


def test_the_servers_own_words_stay_as_written_and_set_apart(qtbot, local_door, tasks, german):
    screen = AttentionScreen(local_door, tasks)
    qtbot.addWidget(screen)
    screen.set_conflicts([Conflict(
        outbox_id=3, registration_id="reg_alan", operation="check in", http_status=400,
        message="The server refused this change: attendee_email is invalid",
        created_at="2030-05-01T18:05:00Z", kind=rules.CONFLICT_OTHER, action="check_in",
        detail="attendee_email is invalid")])
    text = screen.list.item(0).text()
    assert "Einlass: Der Server hat diese Änderung abgelehnt" in text
    assert "“attendee_email is invalid”" in text  # untranslated, quoted


def test_the_ui_lists_every_core_sentence_word_for_word():
    """lupdate needs literal strings here; they must stay the core's, key by key."""
    assert CONFLICT_TEXT == rules.CONFLICT_TEXT
    assert set(ACTIONS) == {"check_in", "set_status", "walk_in", "double_entry"}
