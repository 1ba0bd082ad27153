"""Attendance list with filters, and CSV export (the door's own export, written off-thread)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk import exports, rules
from kiosk.models import Attendee, Status
from kiosk.ui.door_types import Door
from kiosk.ui.fit import fit_columns
from kiosk.ui.plain import plain, plain_tooltip
from kiosk.ui.registration_details import status_label
from kiosk.ui.rows_model import RowsModel
from kiosk.ui.tasks import Tasks
from kiosk.ui.verdict_view import format_when

log = logging.getLogger("kiosk.ui")

# filter key -> statuses shown (None: all)
FILTERS: dict[str, tuple[Status, ...] | None] = {
    "all": None,
    "in": (Status.ATTENDED,),
    "expected": (Status.CONFIRMED, Status.PENDING),
    "pending": (Status.PENDING,),
    "cancelled": (Status.CANCELLED,),
    "unsent": (),  # awaiting upload or in conflict, whatever the status
}


class AttendeeModel(RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendeeModel", "Name"), QT_TRANSLATE_NOOP("AttendeeModel", "Email"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Phone"), QT_TRANSLATE_NOOP("AttendeeModel", "Status"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Party"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Checked in"),
        QT_TRANSLATE_NOOP("AttendeeModel", "Device"),
    )

    rows: list[Attendee]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.UserRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        a = self.rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        reg = a.registration
        col = index.column()
        value = (reg.attendee_name, reg.attendee_email, reg.attendee_phone or "",
                 status_label(a), a.party_size, format_when(a.checked_in_at),
                 a.checked_in_device or "")[col]
        if role == Qt.ItemDataRole.ToolTipRole:  # the full value of an elided cell
            return plain_tooltip(str(value))
        return value


class AttendanceScreen(QWidget):
    """Everyone registered in a sortable table, filtered (everyone, in, expected, pending,
    cancelled, not yet uploaded) and searched, with a summary line and CSV export. It owns
    the table model, loads the list on the ``local`` lane when shown or when the data
    changes, and writes the export off the GUI thread through the door's own export."""

    exported = Signal(str, int)  # path, rows

    def __init__(self, door: Door, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.tasks = tasks
        self.model = AttendeeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.all_rows: list[Attendee] = []
        self.loads = 0

        self.filter = QComboBox(self)
        for key in FILTERS:
            self.filter.addItem("", key)  # texts: retranslate()
        self.filter.currentIndexChanged.connect(self._apply_filter)
        self.text = QLineEdit(self)
        self.text.textChanged.connect(self.proxy.setFilterFixedString)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.choose_export)
        self.summary = QLabel(self)
        plain(self.summary)
        self._summary_text: Callable[[], str] = str  # the last summary, in the current language

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # Qt starts at Z-A
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.columns = fit_columns(self.view)  # the same column policy as Search

        self.show_label = QLabel(self)
        self.show_label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(self.show_label)
        top.addWidget(self.filter)
        top.addWidget(self.text, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the language installed now: at start and on each language switch.
        The model's headers and status words are translated as they are drawn."""
        self.filter.setAccessibleName(self.tr("Show"))
        names = {"all": self.tr("Everyone"), "in": self.tr("Checked in"),
                 "expected": self.tr("Not yet in"), "pending": self.tr("Pending"),
                 "cancelled": self.tr("Cancelled"), "unsent": self.tr("Not uploaded yet")}
        for i in range(self.filter.count()):
            self.filter.setItemText(i, names[self.filter.itemData(i)])
        self.text.setPlaceholderText(self.tr("Filter…"))
        self.text.setAccessibleName(self.tr("Filter the list"))
        self.export_button.setText(self.tr("&Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the attendance list as CSV"))
        self.summary.setAccessibleName(self.tr("Attendance summary"))
        self.view.setAccessibleName(self.tr("Attendance list"))
        self.show_label.setText(self.tr("Show:"))
        self.summary.setText(self._summary_text())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "show_label"):
            self.retranslate()

    def refresh(self) -> None:
        self.tasks.run(lambda: list(self.door.attendees()), on_done=self._loaded,
                       on_error=lambda e: self._show_summary(lambda: str(e)), lane="local",
                       name="attendees")

    def _loaded(self, rows: list[Attendee]) -> None:
        self.all_rows = rows
        self.loads += 1
        self._apply_filter()

    def _apply_filter(self) -> None:
        key = self.filter.currentData() or "all"
        statuses = FILTERS.get(key)
        if key == "unsent":
            rows = [a for a in self.all_rows if a.awaiting_upload or a.conflict]
        elif statuses is None:
            rows = self.all_rows
        else:
            rows = [a for a in self.all_rows if a.effective_status in statuses]
        self.model.set_rows(rows)
        people_in = rules.people_in(self.all_rows)
        shown, total = len(rows), len(self.all_rows)
        # %n: Qt picks the language's plural form ("1 Person da", "2 Personen da")
        self._show_summary(lambda: self.tr("{shown} shown of {total}; %n people in", "",
                                           people_in).format(shown=shown, total=total))

    def _show_summary(self, text: Callable[[], str]) -> None:
        self._summary_text = text
        self.summary.setText(text())

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export attendance"), "attendance.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.tasks.run(lambda: exports.export_to(self.door, path, "csv"),
                       on_done=lambda n: self._exported(path, n),
                       on_error=lambda e: self._show_summary(
                           lambda: self.tr("Export failed: {why}").format(why=e)),
                       lane="local", name="export")

    def _exported(self, path: Path, rows: int) -> None:
        self._show_summary(lambda: self.tr("Exported %n rows to {path}", "", rows).format(path=path))
        self.exported.emit(str(path), rows)
