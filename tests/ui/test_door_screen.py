"""The door screen: codes in, verdicts out, readable and never told by colour alone."""

from __future__ import annotations

from kiosk.models import Verdict, VerdictKind
from kiosk.ui.door_screen import DoorScreen
from kiosk.ui.verdict_view import VerdictView, party_text


def test_party_text_reads_like_the_door_speaks(qapp):
    v = Verdict("c", VerdictKind.ADMIT, "", party_size=3, guest_count=2)
    assert party_text(v) == "Admit 3: 1 + 2 guests"
    assert party_text(Verdict("c", VerdictKind.ADMIT, "", party_size=1, guest_count=0)) == "Admit 1"
    assert (party_text(Verdict("c", VerdictKind.ADMIT, "", party_size=2, guest_count=1))
            == "Admit 2: 1 + 1 guest")


def test_each_tone_has_its_own_colour_word_and_shape(qtbot):
    view = VerdictView()
    qtbot.addWidget(view)
    view.resize(1280, 700)
    seen = {}
    for kind in (VerdictKind.ADMIT, VerdictKind.ALREADY_CHECKED_IN, VerdictKind.CANCELLED):
        view.show_verdict(Verdict("c", kind, "why", attendee_name="Ada", party_size=1))
        image = view.grab().toImage()
        text_colour = view.headline.palette().color(view.headline.foregroundRole()).name()
        seen[kind.tone] = (view.headline.text(), view.icon._renderer is not None,
                           image.pixelColor(5, 5).name(), text_colour)
    words = {t: s[0] for t, s in seen.items()}
    colours = {t: s[2] for t, s in seen.items()}
    assert len(set(words.values())) == 3  # a word per tone, not just a colour
    assert colours == {"go": "#0b6e2e", "look": "#f2b100", "stop": "#b00020"}
    assert all(s[1] for s in seen.values())
    # high contrast: white on green and red, near-black on amber
    assert {t: s[3] for t, s in seen.items()} == {"go": "#ffffff", "look": "#111111", "stop": "#ffffff"}


def test_admit_shows_name_party_notes_and_earlier_checkin(qtbot, local_door, tasks, sounds):
    screen = DoorScreen(local_door, tasks, sounds)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000) as blocker:
        screen.submit_code("reg_ada")
    verdict = blocker.args[0]
    assert verdict.kind is VerdictKind.ADMIT
    assert screen.verdict.isVisible()
    assert screen.verdict.name.text() == "Ada Lovelace"
    assert screen.verdict.party.text() == "Admit 3: 1 + 2 guests"
    assert "VIP" in screen.verdict.notes.text()
    assert "ADMIT" in screen.verdict.accessibleName()

    # the same ticket again: amber, with when and where it was used
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000) as blocker:
        screen.submit_code("reg_ada")
    assert blocker.args[0].kind is VerdictKind.ALREADY_CHECKED_IN
    assert screen.verdict.tone == "look"
    assert "Door 1" in screen.verdict.earlier.text()


def test_sounds_differ_and_mute_silences(qtbot, local_door, tasks, sounds):
    screen = DoorScreen(local_door, tasks, sounds)
    qtbot.addWidget(screen)
    played = []
    sounds.played.connect(played.append)
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000):
        screen.submit_code("reg_alan")
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000):
        screen.submit_code("reg_kurt")
    assert played == ["admit", "refuse"]
    screen.mute.click()
    assert sounds.muted
    with qtbot.waitSignal(screen.verdict_shown, timeout=5000):
        screen.submit_code("reg_alan")
    assert played == ["admit", "refuse"]


def test_invalid_code_never_blocks_the_next_scan(qtbot, local_door, tasks, sounds):
    screen = DoorScreen(local_door, tasks, sounds)
    qtbot.addWidget(screen)
    shown = []
    screen.verdict_shown.connect(shown.append)
    for code in ("\x00garbage{{", "reg_alan", "https://x.example/t/reg_emmy?e=1"):
        screen.submit_code(code)
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=5000)
    assert [v.kind for v in shown] == [VerdictKind.INVALID, VerdictKind.ADMIT,
                                       VerdictKind.ALREADY_CHECKED_IN]
    assert screen.verdict.name.text() == "Emmy Noether"  # the newest replaces the old at once


def test_code_missing_from_cache_is_looked_up_and_checked_in_again(qtbot, sim, tmp_path, tasks,
                                                                   sounds):
    from kiosk.api import WebKasaClient
    from kiosk.door import Door
    from kiosk.settings import Settings
    from kiosk.store import Store

    door = Door(Store(tmp_path / "d"), Settings(api_url=sim.url, event_id=sim.main_event_id),
                WebKasaClient(sim.url, sim.api_key, backoff_max_s=0.01))
    door.pull()
    late = sim.add_registration(attendee_name="Late Booker", attendee_email="late@example.org")
    screen = DoorScreen(door, tasks, sounds)
    qtbot.addWidget(screen)
    shown = []
    screen.verdict_shown.connect(shown.append)
    screen.submit_code(late["id"])
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert [v.kind for v in shown] == [VerdictKind.UNKNOWN, VerdictKind.ADMIT]
    assert screen.verdict.name.text() == "Late Booker"
    tasks.shutdown(wait=True)
    door.close()
