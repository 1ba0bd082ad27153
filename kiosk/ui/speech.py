"""Speaks the verdict aloud (EN 301 549 §5.1: closed systems must not rely on sight alone).

PySide6-Essentials ships no QtTextToSpeech, so the platform's own speaker is started
detached, like the sounds: ``spd-say`` (speech-dispatcher) or ``espeak-ng`` on Linux, ``say``
on macOS, and SAPI through PowerShell on Windows. Without one, nothing is spoken (and the
log says so once). Each verdict replaces the one still being spoken.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, Signal

log = logging.getLogger("kiosk.ui")


def speech_command(text: str, language: str = "en",
                   which: Callable[[str], str | None] = shutil.which,
                   platform: str = sys.platform) -> tuple[str, list[str]] | None:
    """The program and arguments that speak ``text`` here, or None without a speaker."""
    lang = (language or "en").split("_")[0]
    if platform == "win32":
        exe = which("powershell") or which("pwsh")
        if exe is None:
            return None
        quoted = text.replace("'", "''")
        script = ("Add-Type -AssemblyName System.Speech; "
                  "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
                  f"$s.Speak('{quoted}')")
        return exe, ["-NoProfile", "-NonInteractive", "-Command", script]
    if platform == "darwin":
        exe = which("say")
        return (exe, ["--", text]) if exe else None
    exe = which("spd-say")
    if exe:
        return exe, ["-l", lang, "--", text]
    exe = which("espeak-ng") or which("espeak")
    if exe:
        return exe, ["-v", lang, "--", text]
    return None


class Speech(QObject):
    """``say(text)`` when enabled; emits ``spoken(text)`` for every utterance requested."""

    spoken = Signal(str)

    def __init__(self, *, enabled: bool = False, language: str = "en", backend: str = "auto",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.language = language
        self._backend = backend  # auto | silent (tests, renders)
        self._process: QProcess | None = None
        self._warned = False

    def say(self, text: str) -> None:
        if not self.enabled or not text.strip():
            return
        self.spoken.emit(text)
        if self._backend == "silent":
            return
        command = speech_command(text, self.language)
        if command is None:
            if not self._warned:
                self._warned = True
                log.warning("no speech program found (Linux: apt install speech-dispatcher "
                            "or espeak-ng); verdicts are not spoken")
            return
        if self._process is not None:
            # the newer verdict matters, not the end of the old one
            self._process.kill()
        process = QProcess(self)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        process.start(*command)

    def stop(self) -> None:
        """Silence the speaker now and wait for it to end (the kiosk is closing): a speaker
        still running when Qt deletes its QProcess outlives the kiosk, with a warning."""
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)

    def _finished(self) -> None:
        process = self.sender()
        if isinstance(process, QProcess):
            self._ended(process)

    def _error(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if isinstance(process, QProcess) and error is QProcess.ProcessError.FailedToStart:
            # no "finished" follows a failed start
            if not self._warned:
                self._warned = True
                log.warning("speech program %s did not start: %s", process.program(),
                            process.errorString())
            self._ended(process)

    def _ended(self, process: QProcess) -> None:
        """A speaker process is done: forget it before Qt deletes it. Holding on to it made
        the next verdict's ``state()`` raise "Internal C++ object (QProcess) already
        deleted" inside the door's ``show_verdict``, and every verdict after the first was
        lost (issue 18; tests/ui/test_accessibility.py, three verdicts in a row)."""
        if self._process is process:
            self._process = None
        process.deleteLater()
