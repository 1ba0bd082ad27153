"""Scan log (issue 20): every scan at every linked door, newest first, filtered by verdict and
door, with CSV export. Read on the ``local`` lane when shown and when the data changes; the
log itself is :mod:`kiosk.scans`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk import exports
from kiosk.scans import Scan
from kiosk.ui.arrivals_chart import ArrivalsScreen
from kiosk.ui.door_types import Door
from kiosk.ui.fit import fit_columns
from kiosk.ui.plain import plain, plain_tooltip
from kiosk.ui.rows_model import RowsModel
from kiosk.ui.scan_reasons import reason_text
from kiosk.ui.tasks import Tasks
from kiosk.ui.verdict_view import format_when

log = logging.getLogger("kiosk.ui")

SHOWN = 2000  # rows read for the view; the export has them all

# every verdict the check-in path gives, in the UI's words (a test holds it to VerdictKind);
# a verdict from a newer door shows as its own word
VERDICT_TEXT = {
    "admit": QT_TRANSLATE_NOOP("ScanLog", "Admitted"),
    "already_checked_in": QT_TRANSLATE_NOOP("ScanLog", "Already in"),
    "pending": QT_TRANSLATE_NOOP("ScanLog", "Pending"),
    "cancelled": QT_TRANSLATE_NOOP("ScanLog", "Cancelled"),
    "wrong_event": QT_TRANSLATE_NOOP("ScanLog", "Wrong event"),
    "unknown": QT_TRANSLATE_NOOP("ScanLog", "Unknown"),
    "invalid": QT_TRANSLATE_NOOP("ScanLog", "Not a ticket"),
    "error": QT_TRANSLATE_NOOP("ScanLog", "Not recorded"),
    "undo": QT_TRANSLATE_NOOP("ScanLog", "Undone"),
    "exit": QT_TRANSLATE_NOOP("ScanLog", "Exit"),
    "not_open": QT_TRANSLATE_NOOP("ScanLog", "Not open yet"),
    "admit_rest": QT_TRANSLATE_NOOP("ScanLog", "Rest of party"),
    "reentry": QT_TRANSLATE_NOOP("ScanLog", "Re-entry"),
    "not_admitted": QT_TRANSLATE_NOOP("ScanLog", "Never came in"),
    "already_left": QT_TRANSLATE_NOOP("ScanLog", "Already left"),
    "no_reentry": QT_TRANSLATE_NOOP("ScanLog", "No re-entry"),
    "full": QT_TRANSLATE_NOOP("ScanLog", "Full"),
}


def verdict_text(verdict: str) -> str:
    text = VERDICT_TEXT.get(verdict)
    return QCoreApplication.translate("ScanLog", text) if text else verdict


class ScanModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ScanModel", "Time"), QT_TRANSLATE_NOOP("ScanModel", "Door"),
        QT_TRANSLATE_NOOP("ScanModel", "Code"), QT_TRANSLATE_NOOP("ScanModel", "Verdict"),
        QT_TRANSLATE_NOOP("ScanModel", "Reason"),
    )

    rows: list[Scan]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        s = self.rows[index.row()]
        value = (format_when(s.at), s.door_name, s.code, verdict_text(s.verdict),
                 reason_text(s.reason))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(str(value))
        return value


class ScanLogScreen(QWidget):
    """The scan log as a table, with a verdict filter, a door filter (the doors found in the
    log, named as the journal names them), a summary line and CSV export."""

    def __init__(self, door: Door, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.model = ScanModel(self)
        self.loads = 0
        self._summary_text: Callable[[], str] = str

        self.verdict_filter = QComboBox(self)
        self.verdict_filter.addItem("", "")
        self.verdict_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.door_filter = QComboBox(self)
        self.door_filter.addItem("", "")
        self.door_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.choose_export)
        self.verdict_label = QLabel(self)
        self.verdict_label.setBuddy(self.verdict_filter)
        self.door_label = QLabel(self)
        self.door_label.setBuddy(self.door_filter)
        self.summary = QLabel(self)
        plain(self.summary)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.columns = fit_columns(self.view)

        top = QHBoxLayout()
        top.addWidget(self.verdict_label)
        top.addWidget(self.verdict_filter)
        top.addWidget(self.door_label)
        top.addWidget(self.door_filter)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        self.verdict_label.setText(self.tr("Verdict:"))
        self.door_label.setText(self.tr("Door:"))
        self.verdict_filter.setAccessibleName(self.tr("Show scans with this verdict"))
        self.door_filter.setAccessibleName(self.tr("Show scans at this door"))
        for i in range(self.verdict_filter.count()):
            key = self.verdict_filter.itemData(i)
            self.verdict_filter.setItemText(i, verdict_text(key) if key else self.tr("All"))
        self.door_filter.setItemText(0, self.tr("All doors"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the scan log as CSV"))
        self.view.setAccessibleName(self.tr("Scan log"))
        self.summary.setAccessibleName(self.tr("Scan log summary"))
        self.summary.setText(self._summary_text())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "door_label"):
            self.retranslate()

    def refresh(self) -> None:
        verdict = self.verdict_filter.currentData() or ""
        door = self.door_filter.currentData() or ""
        scan_log = self.door.scan_log

        def read() -> tuple[list[Scan], list[str], list[tuple[str, str]]]:
            rows = list(scan_log.entries(verdicts=[verdict] if verdict else (),
                                         door_ids=[door] if door else (), limit=SHOWN))
            return rows, scan_log.verdicts(), scan_log.doors()

        self.tasks.run(read, on_done=self._loaded, lane="local", name="scan log",
                       on_error=lambda e: self._show_summary(lambda: str(e)))

    def _loaded(self, answer: tuple[list[Scan], list[str], list[tuple[str, str]]]) -> None:
        rows, verdicts, doors = answer
        self.loads += 1
        self._offer(self.verdict_filter, [(v, verdict_text(v)) for v in verdicts])
        self._offer(self.door_filter, doors)
        self.model.set_rows(rows)
        n = len(rows)
        if n >= SHOWN:
            self._show_summary(lambda: self.tr("The latest {n} scans (export for all)")
                               .format(n=n))
        else:
            self._show_summary(lambda: self.tr("%n scans", "", n))

    def _offer(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        """Add the choices not offered yet, keeping the current one (no refresh loop)."""
        have = {combo.itemData(i) for i in range(combo.count())}
        combo.blockSignals(True)
        for key, text in items:
            if key not in have:
                combo.addItem(text, key)
        combo.blockSignals(False)

    def _show_summary(self, text: Callable[[], str]) -> None:
        self._summary_text = text
        self.summary.setText(text())

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export scan log"), "scans.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.tasks.run(lambda: exports.export_to(self.door, path, "csv", scans=True),
                       on_done=lambda n: self._show_summary(
                           lambda: self.tr("Exported %n scans to {path}", "", n)
                           .format(path=path)),
                       on_error=lambda e: self._show_summary(
                           lambda: self.tr("Export failed: {why}").format(why=e)),
                       lane="local", name="export scans")


class ScansScreen(QSplitter):
    """The staff console's Scans tab: the arrivals chart above the scan log."""

    def __init__(self, arrivals: ArrivalsScreen, scan_log: ScanLogScreen,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.arrivals = arrivals
        self.scan_log = scan_log
        self.addWidget(arrivals)
        self.addWidget(scan_log)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.setChildrenCollapsible(False)

    def refresh(self) -> None:
        self.scan_log.refresh()
        self.arrivals.refresh()
