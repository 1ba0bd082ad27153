"""Distinct sounds for admit, "have a look" and refuse, with a mute switch.

PySide6-Essentials ships no QtMultimedia, so there is no QSoundEffect. The WAV files
(made by ``resources/make_sounds.py``) are played without blocking by the platform's own
player: ``winsound`` (async) on Windows, ``afplay`` on macOS, ``pw-play``/``paplay``/``aplay``
on Linux, started detached. With none available we fall back to ``QApplication.beep()``.
"""

from __future__ import annotations

import logging
import shutil
import sys

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtWidgets import QApplication

from kiosk.ui.resources import resource_path

log = logging.getLogger("kiosk.ui")

SOUND_FOR_TONE = {"go": "admit", "look": "look", "stop": "refuse"}
_LINUX_PLAYERS = (("pw-play", []), ("paplay", []), ("aplay", ["-q"]))


def _find_player() -> tuple[str, list[str]] | None:
    if sys.platform == "darwin" and shutil.which("afplay"):
        return "afplay", []
    for exe, args in _LINUX_PLAYERS:
        if shutil.which(exe):
            return exe, args
    return None


class Sounds(QObject):
    """``play("admit")``; emits ``played(name)`` for every sound actually requested."""

    played = Signal(str)
    muted_changed = Signal(bool)

    def __init__(self, *, muted: bool = False, backend: str = "auto", parent: QObject | None = None):
        super().__init__(parent)
        self._muted = muted
        self._backend = backend  # auto | silent (tests, renders)
        self._player = None if backend == "silent" else _find_player()

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        if muted != self._muted:
            self._muted = muted
            self.muted_changed.emit(muted)

    def play_for_tone(self, tone: str) -> None:
        self.play(SOUND_FOR_TONE.get(tone, "refuse"))

    def play(self, name: str) -> None:
        if self._muted:
            return
        self.played.emit(name)
        if self._backend == "silent":
            return
        path = resource_path("sounds", f"{name}.wav")
        try:
            if sys.platform == "win32":
                import winsound

                winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)
            elif self._player is not None and path.exists():
                exe, args = self._player
                QProcess.startDetached(exe, [*args, str(path)])
            else:
                QApplication.beep()
        except Exception as exc:  # a sound is never worth a crash at the door
            log.debug("sound %s failed: %s", name, exc)
