"""The main window: wiring only. Screens live in their own modules; the door does the work.

What runs on a timer is :mod:`kiosk.ui.schedule`, the verdict hold sits with the door screen
(:mod:`kiosk.ui.verdict_hold`), and holding the screen in self-service mode is
:class:`kiosk.ui.kiosk_mode.ScreenHold`. The window connects them, runs the network rounds
the schedule asks for, routes every scanned code, and applies changed settings.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kiosk import door_events
from kiosk.badges.jobs import PrintRun
from kiosk.codes import InvalidCode, ParsedCode
from kiosk.models import StatusReport
from kiosk.settings import Settings
from kiosk.ui.arrivals_chart import ArrivalsScreen
from kiosk.ui.attendance import AttendanceScreen
from kiosk.ui.attention import AttentionScreen
from kiosk.ui.badges import BadgePrinter
from kiosk.ui.bridge import DoorBridge
from kiosk.ui.camera import Camera
from kiosk.ui.door_screen import DoorScreen
from kiosk.ui.door_types import Door
from kiosk.ui.kiosk_mode import PIN_STATE_FILE, KioskLock, ScreenHold
from kiosk.ui.quit_question import QuitQuestion
from kiosk.ui.resources import resource_path
from kiosk.ui.scan_log_view import ScanLogScreen, ScansScreen
from kiosk.ui.schedule import NetworkRounds, Schedule
from kiosk.ui.screen_tabs import ScreenTabs
from kiosk.ui.settings_writer import SettingsWriter
from kiosk.ui.sounds import Sounds
from kiosk.ui.staff_console import StaffConsole
from kiosk.ui.status_bar import StatusStrip
from kiosk.ui.tasks import Tasks
from kiosk.ui.verdict_banner import BannerSlot, VerdictBanner
from kiosk.ui.walk_in import WalkInForm
from kiosk.ui.wedge_filter import WedgeFilter

log = logging.getLogger("kiosk.ui")

# On top of the application's style sheet: the same rules, larger type.
LARGE_TEXT_QSS = """
QWidget { font-size: 21px; }
#doorInstructions { font-size: 46px; }
#doorHint { font-size: 28px; }
#statusStrip QLabel { font-size: 20px; }
"""


def set_large_text(on: bool) -> None:
    """Large text on the application, not one window: the staff console, dialogs, the
    settings and any window opened later (with or without a parent) all get it. The base
    style sheet is the one :func:`kiosk.ui.app.apply_style` set; the larger rules go after
    it, so they win over its rules for the same widgets."""
    app = QApplication.instance()
    base = app.property("kioskBaseStyle")
    if base is None:  # a style sheet set some other way: keep it as the base
        base = app.styleSheet()
        app.setProperty("kioskBaseStyle", base)
    wanted = base + LARGE_TEXT_QSS if on else base
    if app.styleSheet() != wanted:  # restyling every widget is not free: only on a change
        app.setStyleSheet(wanted)


class MainWindow(QMainWindow):
    """The one window: the screens as tabs, the toolbar, the verdict banner and status strip.

    It owns the screens, the door's event bridge, the schedule, the badge printer, the
    self-service lock and the code sources (camera, USB scanner), and connects them. What it
    does itself is small: route each code (the lock first, never behind the PIN dialog), run
    a pull or push when one is due and none runs (never two at once), keep the status fresh,
    and apply and save changed settings without blocking the door.
    """

    status_updated = Signal(object)  # StatusReport

    def __init__(
        self,
        door: Door,
        *,
        data_dir: Path | None = None,
        tasks: Tasks | None = None,
        sounds: Sounds | None = None,
        camera: Camera | None = None,
        camera_source: str | None = None,
        camera_loop: bool = False,
        start_camera: bool = True,
        schedule: bool = True,
        wedge: WedgeFilter | None = None,
        open_settings: Callable[[MainWindow], None] | None = None,
    ) -> None:
        super().__init__()
        self.door = door
        self.data_dir = data_dir
        self.settings: Settings = door.settings
        self.tasks = tasks or Tasks(parent=self)
        self.sounds = sounds or Sounds(muted=not self.settings.sound, parent=self)
        self.camera = camera or Camera(self)
        self._open_settings = open_settings
        self.report: StatusReport | None = None
        self._attention_seen: tuple[int, int] | None = None
        self.save_failed: QMessageBox | None = None  # the last "settings not saved" message
        self.settings_writer = SettingsWriter(data_dir, self.tasks, self)
        self.settings_writer.failed.connect(self._settings_not_saved)

        self.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
        self.setMinimumSize(1024, 640)

        self.door_screen = DoorScreen(door, self.tasks, self.sounds, self)
        self.console = StaffConsole(door, self.tasks, self)
        self.walk_in = WalkInForm(door, self.tasks, self)
        self.attention = AttentionScreen(door, self.tasks, self)
        self.attendance = AttendanceScreen(door, self.tasks, self)
        # issue 20: the arrivals chart above the scan log, on one tab
        self.arrivals = ArrivalsScreen(door, self.tasks)
        self.scan_log = ScanLogScreen(door, self.tasks)
        self.scans = ScansScreen(self.arrivals, self.scan_log, self)
        self.status_strip = StatusStrip(self)
        self.banner = VerdictBanner(self)  # a verdict seen from the other tabs
        self.banner_slot = BannerSlot(self.banner, self)  # its room in the toolbar, kept
        self.tabs = ScreenTabs(self.door_screen, self.console, self.walk_in, self.attention,
                               self.attendance, self.scans, self.scan_log, self.banner, self)
        self.quit_question = QuitQuestion(self, self.close)
        self._lay_out()
        self._add_actions()
        self.retranslate()

        # what runs on a timer: the network rounds and the status reads
        self.schedule = Schedule(self)
        self.rounds = NetworkRounds(door, self.tasks, self._pending, self)
        self.schedule.pull_due.connect(self.rounds.pull_now)
        self.schedule.push_due.connect(self.rounds.push_now)
        self.rounds.pull_finished.connect(self._pulled)
        self.rounds.push_finished.connect(self.schedule.status_soon)
        self.schedule.status_due.connect(self.refresh_status)
        self.schedule.status_due.connect(self.arrivals.refresh_if_shown)  # the chart's redraw
        self.bridge = DoorBridge(door.events, self)  # the door's events as signals
        self._connect_screens()
        self.badges = BadgePrinter(door, self.tasks, self)
        self._connect_badges()
        # codes: USB scanner on every screen, and the camera
        self.wedge = wedge or WedgeFilter(self)
        if wedge is None:
            self.wedge.install()
        self._connect_codes()

        # self-service lock, and the screen held while it is locked
        self.lock = KioskLock(lambda: self.settings.kiosk_pin_hash,
                              lambda: tuple(self.settings.staff_codes), self,
                              state_path=Path(data_dir) / PIN_STATE_FILE if data_dir else None)
        self.lock.locked_changed.connect(self._locked_changed)
        self.screen_hold = ScreenHold(self, self.lock, lambda: self.settings.pin_idle_s)
        self.door_screen.staff_requested.connect(self.screen_hold.ask_unlock)

        if schedule:
            self.schedule.start(self.settings.sync_interval_s, self.settings.push_interval_s)
        if start_camera:
            self.camera.start(self.settings, camera_source, loop=camera_loop)
        self._apply_access(self.settings)
        self.refresh_status()
        self.attention.refresh()
        log.info("main window ready for event %s", self.settings.event_id)

    def _lay_out(self) -> None:
        """The tabs (one per screen, :class:`ScreenTabs`), the status strip under them; the
        banner has its room in the toolbar (:meth:`_add_actions`)."""
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_strip)
        self.setCentralWidget(central)

    def _add_actions(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.sync_action = self._action("Ctrl+R", self.sync_now)
        self.settings_action = self._action("Ctrl+,", self.show_settings)
        self.kiosk_action = self._action("Ctrl+K", self.enter_self_service)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.ask_quit)
        # the scan banner beside the actions, in room the toolbar has anyway: it comes and
        # goes without moving a thing (above the tabs it pushed every button down and back)
        self.toolbar.addWidget(self.banner_slot)

    def _connect_screens(self) -> None:
        """The door's events to the screens that show them, and the screens to each other."""
        door, bridge = self.door, self.bridge
        self.banner.open_door.connect(lambda: self.tabs.setCurrentWidget(self.door_screen))
        self.console.selected.connect(lambda _: self.banner.hide())  # about someone else now
        self.door_screen.verdict_shown.connect(self._verdict_shown)
        self.door_screen.hold.released.connect(self.route_code)
        self.door_screen.mode_switch.mode_changed.connect(  # issue 20: saved as door_mode
            lambda mode: self.apply_settings(self.settings.with_(door_mode=mode)))
        bridge.online.connect(self.status_strip.set_online)
        bridge.sync_progress.connect(self.status_strip.set_sync_progress)
        bridge.synced.connect(self.status_strip.sync_ended)
        bridge.changed.connect(self.schedule.status_soon)
        bridge.data.connect(self.tabs.data_changed)
        bridge.outbox.connect(lambda _: self.attention.refresh())
        bridge.checkin.connect(lambda _: self.console.refresh())
        bridge.checkin.connect(lambda _: self.tabs.scans_changed())
        bridge.undo.connect(lambda _: self.console.refresh())
        self.status_strip.set_online(door.online, door.offline_reason if door.online is False else "")
        self.status_strip.conflicts_clicked.connect(
            lambda: self.tabs.setCurrentWidget(self.attention))
        self.attention.open_registration.connect(self.tabs.open_registration)
        self.attention.count_changed.connect(self.tabs.set_attention_count)
        self.walk_in.registered.connect(lambda *_: self.schedule.status_soon())

    def _connect_badges(self) -> None:
        """Badges (issue 12): printed after the verdict on the system lane, never the door's."""
        self.bridge.checkin.connect(self.badges.on_verdict)
        self.console.print_badge.connect(self.badges.print_for)
        self.badges.summary_changed.connect(self.status_strip.set_badges)
        self.badges.summary_changed.connect(self.attention.set_badges)
        self.badges.run_finished.connect(self._badges_printed)
        self.attention.print_badges.connect(self.badges.print_waiting)
        self.badges.refresh()

    def _connect_codes(self) -> None:
        self.wedge.scanned.connect(self.route_code)
        self.camera.code.connect(self.camera_code)
        self.camera.frame.connect(self._on_frame)
        self.camera.state.connect(self.door_screen.on_camera_state)

    def _action(self, shortcut: Any, slot: Callable[[], None]) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # -- codes ---------------------------------------------------------------------------

    def route_code(self, code: str, parsed: ParsedCode | InvalidCode | None = None) -> None:
        """A code from the camera (already parsed by the scan pipeline) or the USB scanner."""
        if self.lock.locked and self.lock.try_code(code):
            return
        pin_dialog = self.screen_hold.pin_dialog
        if pin_dialog is not None and pin_dialog.isVisible():
            # An attendee at the kiosk is far likelier than staff: the dialog goes and the
            # ticket is checked in, its verdict in full view (issue 18).
            log.info("ticket scanned while the PIN dialog is open: dialog closed, checking in")
            pin_dialog.reject()
        if not self.lock.locked and code.strip() in self.settings.staff_codes:
            return  # a staff card scanned while unlocked is not a ticket
        # Staff on another screen stay there (focus and keystrokes too); the verdict shows
        # in the banner when it arrives.
        self.door_screen.submit_code(code, parsed)

    def camera_code(self, code: str, parsed: ParsedCode | InvalidCode | None = None) -> None:
        """A camera scan goes through the door screen's verdict hold
        (:mod:`kiosk.ui.verdict_hold`); held codes come back to :meth:`route_code`. Not
        while locked: a staff code must unlock at once."""
        if not self.lock.locked and self.door_screen.hold.hold(code, parsed):
            return
        self.route_code(code, parsed)

    def _verdict_shown(self, verdict) -> None:
        if self.tabs.currentWidget() is not self.door_screen:
            self.banner.show_verdict(verdict)

    def _on_frame(self, image) -> None:
        self.door_screen.on_frame(image)
        self.camera.frame_shown()

    # -- status and screens -------------------------------------------------------------

    def refresh_status(self) -> None:
        self.tasks.run(self.door.status, on_done=self._status, lane="local",
                       on_error=lambda e: log.warning("status unavailable: %s", e), name="status")

    def _status(self, report: StatusReport) -> None:
        self.report = report
        self.status_strip.set_report(report)
        self.walk_in.set_events(report.events)  # places left of the event chosen
        title = report.event.title if report.event else ""
        self.door_screen.idle.set_event_title(title)
        self._show_title()
        # a conflict or double entry came or went (an upload, another door): list it now
        seen = (report.outbox.conflicts, report.double_entries)
        if seen != self._attention_seen:
            self._attention_seen = seen
            self.attention.refresh()
        self.status_updated.emit(report)

    def _show_title(self) -> None:
        title = self.report.event.title if self.report and self.report.event else ""
        self.setWindowTitle(self.tr("{event} — check-in").format(event=title) if title
                            else self.tr("Check-in kiosk"))

    def retranslate(self) -> None:
        """The window's own texts in the language now installed: at start, and on each
        LanguageChange (Qt sends it to every widget when the attract screen switches
        language; every screen and dialog redoes its own texts the same way)."""
        self._show_title()
        self.tabs.retranslate()
        self.toolbar.setWindowTitle(self.tr("Main"))
        self.sync_action.setText(self.tr("Sync now"))
        self.settings_action.setText(self.tr("Settings…"))
        self.kiosk_action.setText(self.tr("Self-service mode"))
        self.quit_action.setText(self.tr("Quit"))
        self.quit_question.retranslate()

    def _badges_printed(self, run: PrintRun) -> None:
        """The staff console says what became of the badge it asked for."""
        self.console.details.d_badge.refresh()  # a reprint is counted at once (issue 21)
        if run.failed is not None:  # named: it may arrive after staff moved on to someone else
            failed = run.failed
            self.console.show_message(lambda: self.tr("Badge of {name} not printed: {why}").format(
                name=failed.attendee_name or failed.registration_id, why=failed.last_error or ""),
                about=failed.registration_id)
        elif run.printed:
            job = run.printed[-1]
            self.console.show_message(lambda: self.tr("Badge of {name}: {what}").format(
                name=job.attendee_name or job.registration_id, what=job.describe()))

    # -- network schedule ---------------------------------------------------------------

    def sync_now(self) -> None:
        self.rounds.pull_now()
        self.rounds.push_now(force=True)

    def _pulled(self) -> None:
        self.status_strip.sync_ended()  # a failed pull publishes no "synced"
        self.schedule.status_soon()

    def _pending(self) -> int | None:
        """Check-ins waiting to upload, as last read (a push is skipped when none wait)."""
        return self.report.outbox.pending if self.report is not None else None

    # -- settings -----------------------------------------------------------------------

    def show_settings(self) -> None:
        if self._open_settings is not None:
            self._open_settings(self)
            return
        from kiosk.ui.settings_dialog import SettingsDialog

        # the saved key and the camera list are read by the dialog, off this thread
        store = self.door.store
        dialog = SettingsDialog(self.settings, self.data_dir, parent=self, camera=self.camera,
                                tasks=self.tasks, door=self.door,
                                known_events=lambda: door_events.known_events(store))
        if dialog.exec():  # closes once the settings are on disk (saved off this thread)
            self.apply_settings(dialog.saved_settings or dialog.result_settings(), saved=True)

    def apply_settings(self, settings: Settings, *, saved: bool = False) -> None:
        """Use ``settings`` now, and write them to the data folder on the ``system`` lane
        (unless ``saved`` already): the file is synced to disk, which may take long. A
        failed write is said in a message; the settings still apply until the app closes."""
        old = self.settings
        self.settings = settings
        self.door.settings = settings
        if not saved:
            self.settings_writer.save(settings)
        self.sounds.set_muted(not settings.sound)
        if old.language != settings.language:  # live: every open window retranslates itself
            self.door_screen.set_language(settings.language)
        self._apply_access(settings)
        self.console.set_allow_pending(settings.allow_pending)
        self.door_screen.set_door_mode(settings.door_mode)
        camera_keys = ("camera_source", "camera_width", "camera_height", "camera_fps", "decoder",
                       "symbologies", "scan_cooldown_s")
        if any(getattr(old, k) != getattr(settings, k) for k in camera_keys) and self.camera.running:
            self.camera.start(settings)
        if (old.sync_interval_s, old.push_interval_s) != (settings.sync_interval_s,
                                                         settings.push_interval_s):
            if self.schedule.running:
                self.schedule.start(settings.sync_interval_s, settings.push_interval_s)
        if (old.served_events, old.api_url) != (settings.served_events, settings.api_url):
            QMessageBox.information(self, self.tr("Restart needed"), self.tr(
                "The new event or server takes effect when the app starts again."))

    def _settings_not_saved(self, error: BaseException) -> None:
        log.error("settings not saved: %s", error)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Settings not saved"), self.tr(
            "The settings could not be written to the data folder: {why}. They apply until "
            "the app closes; free some disk space, then set them again.").format(why=error),
            parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the door keeps answering while it is up
        self.save_failed = box

    def _apply_access(self, settings: Settings) -> None:
        """Spoken verdicts and large-text mode (EN 301 549: not by sight alone, readable)."""
        set_large_text(settings.large_text)
        self.door_screen.set_access(settings.speak, settings.language, settings.large_text)

    # -- self-service -------------------------------------------------------------------

    def enter_self_service(self) -> bool:
        if not self.lock.can_unlock:  # no staff code: a PIN lockout could never be lifted
            log.warning("self-service mode refused: no staff code is set")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Self-service mode"), self.tr(
                "Self-service mode needs a staff code. After 10 wrong PINs only a scanned "
                "staff code unlocks the kiosk, so enter at least one in Settings → "
                "Self-service first (a PIN is optional)."), parent=self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the door keeps working behind it
            return False
        self.lock.lock()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "quit_action"):
            self.retranslate()  # the attract screen's language button, or any new translator

    def _locked_changed(self, locked: bool) -> None:
        self.tabs.tabBar().setVisible(not locked)
        self.toolbar.setVisible(not locked)
        self.status_strip.setVisible(not locked)  # staff matters, not for the public
        self.banner.hide()
        for i in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(i, not locked)
        for action in (self.sync_action, self.settings_action, self.kiosk_action,
                       self.quit_action):
            action.setEnabled(not locked)
        self.tabs.setCurrentWidget(self.door_screen)
        title = self.report.event.title if self.report and self.report.event else ""
        self.door_screen.set_self_service(locked, title)
        self.screen_hold.set_locked(locked)  # last: the screen changes above show at once

    # -- shutdown -----------------------------------------------------------------------

    def ask_quit(self) -> None:
        """Quit asks first (:class:`QuitQuestion`); not while self-service is locked."""
        if not self.lock.locked:
            self.quit_question.ask()

    @property
    def quit_box(self) -> QMessageBox | None:
        """The "Quit the kiosk?" question while it asks, else None."""
        return self.quit_question.box

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self.lock.locked:
            log.info("close refused: self-service mode is locked")
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        self.door_screen.speech.stop()  # not a sentence spoken after the kiosk has gone
        self.schedule.shutdown()
        self.camera.stop()
        self.wedge.uninstall()
        self.bridge.detach()
        self.rounds.cancel()
        self.tasks.shutdown(wait=True)
        self.settings_writer.flush()  # a write still queued when the workers stopped
