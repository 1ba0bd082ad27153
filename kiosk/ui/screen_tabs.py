"""The main window's screens as tabs (split out of :class:`kiosk.ui.main_window.MainWindow`).

Each tab is named in the language installed; the Needs attention tab says how many things
wait there; a screen is refreshed when it is shown, or when its data changes while it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from kiosk.ui.attendance import AttendanceScreen
from kiosk.ui.attention import AttentionScreen
from kiosk.ui.door_screen import DoorScreen
from kiosk.ui.scan_log_view import ScanLogScreen, ScansScreen
from kiosk.ui.staff_console import StaffConsole
from kiosk.ui.verdict_banner import VerdictBanner
from kiosk.ui.walk_in import WalkInForm


class ScreenTabs(QTabWidget):
    """One tab per screen, in this order: the door, search (the staff console), walk-in,
    needs attention, attendance, and the scans (arrivals chart and scan log). ``banner``:
    the verdict banner, hidden when the door screen itself is shown."""

    def __init__(self, door_screen: DoorScreen, console: StaffConsole, walk_in: WalkInForm,
                 attention: AttentionScreen, attendance: AttendanceScreen, scans: ScansScreen,
                 scan_log: ScanLogScreen, banner: VerdictBanner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door_screen, self.console, self.walk_in = door_screen, console, walk_in
        self.attention, self.attendance, self.scans = attention, attendance, scans
        self.scan_log, self.banner = scan_log, banner
        self._attention_n = 0
        for screen in (door_screen, console, walk_in, attention, attendance, scans):
            self.addTab(screen, "")  # named by retranslate()
        self.currentChanged.connect(self._tab_changed)

    def retranslate(self) -> None:
        """The tabs' names in the language now installed (the window calls it from its
        own ``retranslate``)."""
        self.setAccessibleName(self.tr("Screens"))
        for widget, text in ((self.door_screen, self.tr("&Door")), (self.console, self.tr("&Search")),
                             (self.walk_in, self.tr("&Walk-in")),
                             (self.attendance, self.tr("A&ttendance")),
                             (self.scans, self.tr("Sc&ans"))):
            self.setTabText(self.indexOf(widget), text)
        self.set_attention_count(self._attention_n)

    def set_attention_count(self, n: int) -> None:
        """The Needs attention tab says how many things wait there: conflicts, double
        entries and badges waiting to print."""
        self._attention_n = n
        index = self.indexOf(self.attention)
        self.setTabText(index, self.tr("Needs &attention ({n})").format(n=n) if n
                        else self.tr("Needs &attention"))

    def open_registration(self, registration_id: str) -> None:
        """The staff console, searching for one registration (from Needs attention)."""
        self.setCurrentWidget(self.console)
        self.console.search.setText(registration_id)
        self.console.run_search()

    def data_changed(self) -> None:
        """The cache changed (a pull, another door): the screens that show it now reread."""
        self.console.refresh()
        if self.currentWidget() is self.attendance:
            self.attendance.refresh()
        if self.currentWidget() is self.scans:
            self.scan_log.refresh()

    def scans_changed(self) -> None:
        """A verdict was logged: the scan log rereads while it is shown."""
        if self.currentWidget() is self.scans:
            self.scan_log.refresh()

    def _tab_changed(self, index: int) -> None:
        widget = self.widget(index)
        if widget is self.door_screen:
            self.banner.hide()
        if widget is self.attendance:
            self.attendance.refresh()
        elif widget is self.attention:
            self.attention.refresh()
        elif widget is self.scans:
            self.scans.refresh()
        elif widget is self.console:
            self.console.search.setFocus()
