"""Spoken verdicts, large text, and shapes that tell the amber verdicts apart (issue 11)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QProcess

from kiosk.models import Verdict, VerdictKind
from kiosk.ui import speech
from kiosk.ui.verdict_view import headline, icon_for, mark_for, spoken_text
from ui_helpers import make_window


def test_already_in_and_see_the_desk_differ_in_shape_not_only_in_word():
    already = Verdict("c", VerdictKind.ALREADY_CHECKED_IN, "")
    pending = Verdict("c", VerdictKind.PENDING, "")
    assert already.kind.tone == pending.kind.tone == "look"  # same colour...
    assert icon_for(already) != icon_for(pending)  # ...different shape
    assert mark_for(already) != mark_for(pending)


def test_the_verdict_is_spoken_through_a_real_process_when_enabled(qtbot, local_door, tmp_path,
                                                                  monkeypatch):
    said = tmp_path / "said.txt"
    # a stand-in speaker: a real process that writes what it was asked to say
    monkeypatch.setattr(speech, "speech_command", lambda text, language="en": (
        sys.executable, ["-c", "import sys; open(sys.argv[1], 'w').write(sys.argv[2])",
                         str(said), text]))
    local_door.settings = local_door.settings.with_(speak=True)
    window = make_window(qtbot, local_door, tmp_path)
    assert window.door_screen.speech.enabled
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
        window.route_code("reg_ada")
    qtbot.waitUntil(said.exists, timeout=10_000)
    qtbot.waitUntil(lambda: said.read_text() != "", timeout=10_000)
    text = said.read_text()
    assert text == spoken_text(blocker.args[0])
    assert "Admit" in text and "Lovelace" not in text and "VIP" not in text  # not the name/notes


def test_every_verdict_shows_while_spoken_three_in_a_row_on_every_screen(qtbot, local_door,
                                                                      tmp_path, monkeypatch):
    """Issue 18: the first spoken verdict's ended speaker made the second verdict raise in the
    door's show_verdict, and from then on Search and Walk-in never showed a banner."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    said = tmp_path / "said.txt"
    speaker = bin_dir / "spd-say"  # a stand-in speech-dispatcher that notes what it says
    speaker.write_text(f'#!/bin/sh\nprintf "%s\\n" "$*" >> "{said}"\n')
    speaker.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    local_door.settings = local_door.settings.with_(speak=True)
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    door = window.door_screen
    spoken = 0
    for screen in (door, window.console, window.walk_in):
        window.tabs.setCurrentWidget(screen)
        for code in ("reg_ada", "reg_alan", "reg_kurt"):
            with qtbot.waitSignal(door.verdict_shown, timeout=5000) as blocker:
                window.route_code(code)
            verdict = blocker.args[0]
            if screen is door:
                assert door.verdict.isVisible()
                assert door.verdict.name.text() == verdict.attendee_name
            else:
                assert window.banner.isVisible()
                assert headline(verdict) in window.banner.text.text()
                assert verdict.attendee_name in window.banner.text.text()
            spoken += 1
            qtbot.waitUntil(lambda n=spoken: said.exists()
                            and len(said.read_text().splitlines()) == n, timeout=10_000)
            assert said.read_text().splitlines()[-1].endswith(spoken_text(verdict))
            # the speaker has ended and is gone before the next verdict (the case that broke)
            qtbot.waitUntil(lambda: not door.speech.findChildren(QProcess), timeout=10_000)


def test_closing_the_kiosk_mid_sentence_stops_the_speaker(qtbot, local_door, tmp_path,
                                                           monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pid_file = tmp_path / "speaker.pid"
    speaker = bin_dir / "espeak-ng"  # a slow speaker: still talking when the kiosk closes
    speaker.write_text(f'#!/bin/sh\nPATH=/usr/bin:/bin\necho $$ > "{pid_file}.tmp"\n'
                       f'mv "{pid_file}.tmp" "{pid_file}"\nexec sleep 60\n')
    speaker.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))  # no spd-say: this one is used
    local_door.settings = local_door.settings.with_(speak=True)
    window = make_window(qtbot, local_door, tmp_path)
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
        window.route_code("reg_alan")
    qtbot.waitUntil(pid_file.exists, timeout=10_000)
    pid = int(pid_file.read_text())
    window.close()
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        pass  # gone, and reaped
    else:
        os.kill(pid, 9)
        raise AssertionError("the speaker outlived the kiosk")


def test_a_failing_speaker_or_sound_never_costs_a_verdict(qtbot, local_door, tmp_path,
                                                           monkeypatch, caplog):
    """Whatever speech or sound raises is logged once; the verdict and its banner still show."""
    local_door.settings = local_door.settings.with_(speak=True)
    window = make_window(qtbot, local_door, tmp_path)
    window.show()

    def broken(*_):
        raise RuntimeError("speaker gone")

    monkeypatch.setattr(window.door_screen.speech, "say", broken)
    monkeypatch.setattr(window.door_screen.sounds, "play_for_tone", broken)
    window.tabs.setCurrentWidget(window.console)
    for code in ("reg_ada", "reg_alan", "reg_kurt"):
        window.banner.hide()
        with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000) as blocker:
            window.route_code(code)
        assert window.banner.isVisible()
        assert blocker.args[0].attendee_name in window.banner.text.text()
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 2  # once for the speech, once for the sound, not once per verdict


def test_speech_is_off_unless_asked_for(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    spoken = []
    window.door_screen.speech.spoken.connect(spoken.append)
    with qtbot.waitSignal(window.door_screen.verdict_shown, timeout=5000):
        window.route_code("reg_alan")
    assert not window.door_screen.speech.enabled and spoken == []


def test_speech_commands_per_platform():
    have = {"spd-say": "/usr/bin/spd-say", "espeak-ng": "/usr/bin/espeak-ng",
            "say": "/usr/bin/say", "powershell": "C:/ps.exe"}
    assert speech.speech_command("Hi", "de_DE", have.get, "linux") == (
        "/usr/bin/spd-say", ["-l", "de", "--", "Hi"])
    no_spd = {k: v for k, v in have.items() if k != "spd-say"}
    assert speech.speech_command("-x", "en", no_spd.get, "linux") == (
        "/usr/bin/espeak-ng", ["-v", "en", "--", "-x"])
    assert speech.speech_command("Hi", "en", have.get, "darwin") == ("/usr/bin/say", ["--", "Hi"])
    exe, args = speech.speech_command("O'Brien", "en", have.get, "win32")
    assert exe == "C:/ps.exe" and "'O''Brien'" in args[-1]  # quoted for PowerShell
    assert speech.speech_command("Hi", "en", lambda _: None, "linux") is None


def test_large_text_mode_makes_type_bigger(qtbot, local_door, tmp_path):
    window = make_window(qtbot, local_door, tmp_path)
    window.show()
    label = window.door_screen.instructions
    verdict = Verdict("c", VerdictKind.ADMIT, "", attendee_name="Ada", party_size=1)
    window.door_screen.verdict.show_verdict(verdict)
    normal, normal_name = label.fontInfo().pixelSize(), window.door_screen.verdict.name.font().pixelSize()
    window.apply_settings(window.settings.with_(large_text=True))
    window.door_screen.verdict.show_verdict(verdict)
    assert label.fontInfo().pixelSize() > normal
    assert window.door_screen.verdict.name.font().pixelSize() > normal_name
    assert window.console.search.fontInfo().pixelSize() > 15
