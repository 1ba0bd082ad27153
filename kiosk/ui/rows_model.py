"""A read-only table of rows for a ``QTableView``: the attendance list and the scan log.

Subclasses give ``HEADERS`` (``QT_TRANSLATE_NOOP`` in the subclass's own context, which is
its class name) and ``data()``; this keeps the rows, the counts and the translated headers,
and redraws the headers and cells when the language changes.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: the views redraw the headers and the words in the cells."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.HEADERS) - 1))

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802
        return len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(type(self).__name__, self.HEADERS[section])
        return None
