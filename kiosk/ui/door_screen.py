"""The door screen: live preview with a framing guide, the verdict, and nothing in the way.

Codes arrive from the camera or the USB scanner (routed here by the main window) and go to
:meth:`Door.checkin` on the ``door`` worker lane, in order and behind nothing else; the
answer comes back by signal and is shown at once, replacing whatever verdict was up.
Scanning never waits for the overlay.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.codes import InvalidCode, ParsedCode
from kiosk.models import Verdict, VerdictKind
from kiosk.ui.door_mode import DoorModeSwitch
from kiosk.ui.door_types import Door
from kiosk.ui.i18n import LANGUAGES, install_translations
from kiosk.ui.party_count import PartyQuestion
from kiosk.ui.plain import plain
from kiosk.ui.preview import Preview, camera_detail, camera_failure_text
from kiosk.ui.sounds import Sounds
from kiosk.ui.speech import Speech
from kiosk.ui.tasks import Tasks
from kiosk.ui.verdict_hold import VerdictHold
from kiosk.ui.verdict_view import VerdictView, spoken_text

log = logging.getLogger("kiosk.ui")

IDLE_AFTER_MS = 45_000
LARGE_TEXT_SCALE = 1.3  # the verdict's text in large-text mode
RECHECK_WITHIN_S = 3.0  # later than this the attendee has moved on: do not re-check silently


class _Stage(QWidget):
    """Stacks its children on top of each other, each filling it."""

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            child.setGeometry(self.rect())


class IdleScreen(QWidget):
    """The attract screen of self-service mode: big, friendly instructions in the attendee's
    language, switched with one touch; any scan wakes the door."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._event_title = ""
        self._camera_ok = True
        self._no_camera = ""
        self.title = QLabel(self)
        self.title.setObjectName("attractTitle")
        self.body = QLabel(self)
        self.body.setObjectName("attractBody")
        self.hint = QLabel(self)
        self.hint.setObjectName("attractHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        for label in (self.title, self.body, self.hint):
            plain(label)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addSpacing(16)
        layout.addStretch(1)
        # one touch per language, each named in its own language
        self.languages: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for code, name in LANGUAGES.items():
            button = QPushButton(name, self)
            button.setObjectName("languageButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never takes a scanner's keys
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.languages[code] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self, language: str = "") -> None:
        """The texts in the language installed now; ``language`` is the button shown chosen."""
        self.hint.setText(self.tr("Your ticket is in your confirmation email."))
        for code, button in self.languages.items():
            button.setChecked(code == language)
        self._show()

    def _show(self) -> None:
        """The welcome and the instruction, for the event and camera state known now."""
        self.title.setText(self.tr("Welcome to {event}").format(event=self._event_title)
                           if self._event_title else self.tr("Welcome"))
        self.body.setText(self.tr("Hold your QR code up to the camera") if self._camera_ok
                          else self._no_camera)
        self.setAccessibleName(self.body.text())

    def set_camera(self, ok: bool, no_camera: str) -> None:
        self._camera_ok, self._no_camera = ok, no_camera
        self._show()

    def set_event_title(self, title: str) -> None:
        self._event_title = title
        self._show()


class DoorScreen(QWidget):
    """The door: the camera preview with the verdict over it, the instruction, a field for
    typed codes, and in self-service mode the attract screen and a discreet Staff button.

    It owns the check-in of each code it is given (on the ``door`` lane, answers by signal),
    the verdict hold for camera codes (:mod:`kiosk.ui.verdict_hold`), the spoken verdict,
    the attendee's language choice and the return to the attract screen when idle."""

    verdict_shown = Signal(object)  # Verdict
    staff_requested = Signal()  # the discreet "Staff" button in self-service mode

    def __init__(self, door: Door, tasks: Tasks, sounds: Sounds,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doorScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.door = door
        self.tasks = tasks
        self.sounds = sounds
        self.speech = Speech(parent=self)  # off until the main window applies the setting
        self.self_service = False
        self.camera_ok = True
        self.in_flight = 0
        self.last_verdict: Verdict | None = None
        self._side_effect_failures: dict[str, int] = {}  # what -> times it failed

        self.stage = _Stage(self)  # preview, with the idle screen and verdict over it
        self.preview = Preview(self.stage)
        self.idle = IdleScreen(self.stage)
        self.idle.hide()
        self.idle.language_chosen.connect(self.set_language)
        self.default_language = ""  # the settings' language; attendees' choices fall back to it
        self.language = ""
        self.verdict = VerdictView(self.stage)
        self.verdict.dismissed.connect(self._restart_idle_timer)
        # issue 20: self-service asks how many of a party are here (partial_parties)
        self.party_question = PartyQuestion(self.stage)
        self.party_question.cancelled.connect(self._party_cancelled)
        self._asking: tuple[str, Any] | None = None  # the code whose party is asked about
        self.verdict.admit_anyway.connect(self._admit_anyway)
        # Camera codes wait while a verdict is young (the setting may change while running).
        # The lambda holds the door, not self: a cycle through self would leave this screen
        # to the garbage collector, which may run (and delete the widget) on a worker thread.
        self.hold = VerdictHold(lambda: door.settings.verdict_hold_s, self)
        self.verdict_shown.connect(self.hold.verdict_shown)

        self.instructions = QLabel(self)
        self.instructions.setObjectName("doorInstructions")
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instructions.setWordWrap(True)

        self.manual = QLineEdit(self)
        self.manual.returnPressed.connect(self._submit_manual)
        self.mute = QToolButton(self)
        self.mute.setCheckable(True)
        self.mute.setChecked(self.sounds.muted)
        self.mute.toggled.connect(self.sounds.set_muted)
        self.sounds.muted_changed.connect(self._sync_mute)
        self.camera_state = QLabel(self)
        self.camera_state.setObjectName("doorHint")
        plain(self.camera_state)
        self.staff = QPushButton(self)
        self.staff.setObjectName("staffButton")
        self.staff.setFlat(True)
        self.staff.clicked.connect(self.staff_requested)
        self.staff.hide()
        self.mode_switch = DoorModeSwitch(self)  # issue 20: entry, exit or both, for staff
        self.mode_switch.set_mode(door.settings.door_mode)
        self.party_question.chosen.connect(self._party_chosen)

        controls = QHBoxLayout()
        controls.addWidget(self.camera_state, 1)
        controls.addWidget(self.manual, 2)
        controls.addWidget(self.mode_switch)
        controls.addWidget(self.mute)
        controls.addWidget(self.staff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.instructions)
        layout.addLayout(controls)

        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(IDLE_AFTER_MS)
        self._idle_timer.timeout.connect(self.go_idle)
        self._camera: tuple[str, str] | None = None  # the last camera state, for retranslate()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        """Any language switch (Settings, or the attract screen's) redoes this screen's texts."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_camera"):
            self.retranslate()

    # -- codes in, verdicts out ---------------------------------------------------------

    def submit_code(self, code: str, parsed: ParsedCode | InvalidCode | None = None) -> None:
        """Check a code in on the check-in lane; the verdict comes back by signal. ``parsed``
        is the scan pipeline's reading of a camera code, handed on so the door does not parse
        it again."""
        self.wake()
        if self.self_service and self.door.settings.partial_parties:
            self.tasks.run(lambda: self.door.preview(code, parsed),
                           on_done=lambda v: self._ask_party(code, parsed, v),
                           on_error=self._checkin_failed, lane="door", name="preview")
            return
        self._check_in(code, parsed)

    def _check_in(self, code: str, parsed: ParsedCode | InvalidCode | None,
                  people: int | None = None) -> None:
        self.in_flight += 1
        self.tasks.run(lambda: self.door.checkin(code, parsed, people=people),
                       on_done=self.show_verdict, on_error=self._checkin_failed, lane="door",
                       name="checkin")

    # -- parties in parts (issue 20) ------------------------------------------------------

    def _ask_party(self, code: str, parsed: Any, preview: Verdict) -> None:
        """Self-service with ``partial_parties``: a party of two or more that may come in is
        asked how many are here; anything else is checked in at once."""
        outside = preview.people or 0
        if not preview.kind.lets_in or outside < 2 or preview.party_size is None:
            self._check_in(code, parsed)
            return
        self._asking = (code, parsed)
        self.verdict.dismiss()
        self.idle.hide()
        self.party_question.ask(outside, preview.party_size)
        self._restart_idle_timer()

    def _party_chosen(self, people: int) -> None:
        if self._asking is not None:
            code, parsed = self._asking
            self._asking = None
            self._check_in(code, parsed, people)

    def _party_cancelled(self) -> None:
        self._asking = None
        self._restart_idle_timer()

    def set_door_mode(self, mode: str) -> None:
        """The ``door_mode`` setting: the switch shows it, and the public reads it."""
        self.mode_switch.set_mode(mode)
        self._update_instructions()

    def _admit_anyway(self, verdict: Verdict) -> None:
        """Staff admit a ticket before the doors open (issue 20); never in self-service."""
        rid = verdict.registration_id
        if self.self_service or rid is None:
            return
        self.in_flight += 1
        self.tasks.run(lambda: self.door.checkin_id(rid, anyway=True),
                       on_done=self.show_verdict, on_error=self._checkin_failed, lane="door",
                       name="checkin anyway")

    def show_verdict(self, verdict: Verdict) -> None:
        """Show the verdict, tell the other screens (banner, verdict hold), restart the idle
        timer, ask the server about an unknown code, then sound and speak it. The sound and
        the speech come last and each on its own: whatever they raise is logged, never
        raised here, so neither can cost a verdict (issue 18, a speaker that broke every
        verdict after the first; tests/ui/test_accessibility.py)."""
        self.in_flight = max(0, self.in_flight - 1)
        self.last_verdict = verdict
        self.idle.hide()
        self._update_instructions()
        self.verdict.show_verdict(verdict)
        self.verdict_shown.emit(verdict)
        self._restart_idle_timer()
        if (verdict.kind is VerdictKind.UNKNOWN and verdict.registration_id
                and self.door.client is not None):
            self._side_effect("live look-up", lambda: self._ask_server(verdict))
        self._side_effect("sound", lambda: self.sounds.play_for_tone(verdict.kind.tone))
        self._side_effect("speech", lambda: self.speech.say(spoken_text(verdict)))

    def _side_effect(self, what: str, run: Callable[[], None]) -> None:
        """Run one of a verdict's side effects; a failure is logged with its traceback the
        first time and counted after that, so a broken speaker does not fill the log."""
        try:
            run()
        except Exception:
            failures = self._side_effect_failures.get(what, 0) + 1
            self._side_effect_failures[what] = failures
            if failures == 1:
                log.exception("verdict %s failed (the verdict is shown regardless)", what)
            else:
                log.info("verdict %s failed again (%d times)", what, failures)

    def _ask_server(self, verdict: Verdict) -> None:
        """A registration made after the last sync: ask the server in the background, and
        if it answers while this verdict is still up, check the code in again."""
        started = time.monotonic()

        def found(attendee: Any) -> None:
            fresh = time.monotonic() - started < RECHECK_WITHIN_S
            if attendee is not None and fresh and self.last_verdict is verdict:
                log.info("%s found on the server; checking in again", verdict.registration_id)
                self.submit_code(verdict.code)

        self.tasks.run(lambda: self.door.fetch_registration(verdict.registration_id),
                       on_done=found, on_error=lambda e: log.info("live look-up failed: %s", e),
                       lane="net", name="lookup")

    def _checkin_failed(self, error: BaseException) -> None:
        log.error("check-in failed: %r", error)
        self.show_verdict(Verdict(code="", kind=VerdictKind.INVALID,
                                  message=self.tr("Could not check this code: {error}").format(error=error)))

    def _submit_manual(self) -> None:
        code = self.manual.text().strip()
        self.manual.clear()
        if code:
            self.submit_code(code)

    # -- camera -------------------------------------------------------------------------

    def on_frame(self, image: QImage) -> None:
        self.preview.set_image(image)

    def on_camera_state(self, state: str, detail: str) -> None:
        self._camera = (state, detail)
        self.camera_ok = state in ("starting", "open", "ended")
        text = {
            "starting": self.tr("Camera starting…"),
            "open": self.tr("Camera on"),
            "lost": self.tr("Camera lost; reconnecting…"),
            "reconnecting": self.tr("Camera reconnecting…"),
            "ended": self.tr("Video ended"),
            "stopped": self.tr("Camera off"),
        }.get(state) or camera_failure_text(state)  # the source's own words: detail only
        self.camera_state.setText(text)
        self.camera_state.setToolTip(camera_detail(detail) if not self.camera_ok else "")
        if state != "open":
            self.preview.set_message(text if self.camera_ok else self.no_camera_text())
        self._update_instructions()

    def no_camera_text(self) -> str:
        if self.self_service:
            return self.tr("No camera: use the scanner or ask the staff")
        return self.tr("No camera: use the scanner or search")

    def _update_instructions(self) -> None:
        """Say the instruction once: not under the idle screen (which says it big), and
        never "hold it up to the camera" when there is no camera."""
        text = (self.tr("Hold your QR code up to the camera") if self.camera_ok
                else self.no_camera_text())
        if self.door.settings.door_mode == "exit":  # issue 20: the public sees which way
            text = self.tr("EXIT: {instruction}").format(instruction=text)
        self.instructions.setText(text)
        self.instructions.setVisible(self.idle.isHidden())
        # camera details are for staff; the public sees the instruction only
        self.camera_state.setVisible(not self.self_service)
        self.idle.set_camera(self.camera_ok, self.no_camera_text())

    # -- self-service -------------------------------------------------------------------

    def set_self_service(self, on: bool, event_title: str = "") -> None:
        self.self_service = on
        self.manual.setVisible(not on)
        self.mute.setVisible(not on)  # the public does not get to silence the door
        self.mode_switch.setVisible(not on)  # staff choose the way; the public reads it
        self.staff.setVisible(on)
        self.verdict.show_notes = not on  # notes are for staff, never for the queue to read
        self.verdict.staff_actions = not on  # no "admit anyway" for the queue (issue 20)
        self.idle.set_event_title(event_title)
        self._update_instructions()
        if on:
            self.go_idle()  # the attract screen, until someone scans
        else:
            self._idle_timer.stop()
            self.idle.hide()
            self.set_language(self.default_language)
            self._update_instructions()

    def set_access(self, speak: bool, language: str, large_text: bool) -> None:
        """The settings' spoken verdicts, default language and large verdict text."""
        self.speech.enabled = speak
        self.speech.language = QLocale().name()
        self.default_language = self.language = language
        self.verdict.text_scale = LARGE_TEXT_SCALE if large_text else 1.0

    def set_language(self, language: str) -> None:
        """The attendee's one-touch language (or back to the default): the public face
        (attract screen, instructions, verdicts) speaks it from now on."""
        if language != self.language:
            from PySide6.QtWidgets import QApplication

            install_translations(QApplication.instance(), language)
            self.language = language
            log.info("door language: %s", language or "system")
        self.speech.language = QLocale().name()  # install_translations set the default locale
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language installed now: at start and on each LanguageChange."""
        self.staff.setText(self.tr("Staff"))
        self.staff.setAccessibleName(self.tr("Staff unlock"))
        self.manual.setPlaceholderText(self.tr("Type or paste a ticket code, then Enter"))
        self.manual.setAccessibleName(self.tr("Ticket code"))
        self.mute.setAccessibleName(self.tr("Mute sounds"))
        self._sync_mute(self.mute.isChecked())
        self.camera_state.setAccessibleName(self.tr("Camera state"))
        self.idle.retranslate(self.language)
        if self._camera is not None:
            self.on_camera_state(*self._camera)  # its words, the preview's and the instructions
        elif self.preview.image is None:
            self.preview.set_message(self.tr("Starting camera…"))
        self._update_instructions()

    def go_idle(self) -> None:
        if self.party_question.isVisible():  # nobody answered: the next attendee starts afresh
            self.party_question.hide()
            self._asking = None
        if self.self_service and not self.verdict.isVisible():
            if self.language != self.default_language:
                self.set_language(self.default_language)  # the next attendee starts afresh
            self.idle.show()
            self.idle.raise_()
            self._update_instructions()

    def wake(self) -> None:
        self.idle.hide()
        self._update_instructions()
        self._restart_idle_timer()

    def _restart_idle_timer(self) -> None:
        if self.self_service:
            self._idle_timer.start()

    def _sync_mute(self, muted: bool) -> None:
        self.mute.setChecked(muted)
        self.mute.setText(self.tr("Sound off") if muted else self.tr("Sound on"))
