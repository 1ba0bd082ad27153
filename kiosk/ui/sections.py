"""A dialog's sections as a list beside its pages, instead of a row of tabs.

The settings dialog has eight sections. In German with Large text their names need more
than the 1280 pixels of a small screen, and a tab bar then scrolls the first or last ones
out of sight behind two small arrows. A list shows every name whole, one under the other,
at any text size; the pages stay in the :class:`QTabWidget` (its own bar hidden), so code
that selects a page keeps doing it through the tab widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QSizePolicy, QTabWidget, QWidget


class SectionList(QListWidget):
    """The names of ``tabs``' pages, in step with the page shown (both ways)."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        tabs.tabBar().hide()
        tabs.setDocumentMode(True)  # no frame of a tab bar that is not there
        for index in range(tabs.count()):
            self.addItem(tabs.tabText(index))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(3)  # finger room between the names
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.currentRowChanged.connect(self._show_page)
        tabs.currentChanged.connect(self.setCurrentRow)
        self.setCurrentRow(tabs.currentIndex())

    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.tabs.setCurrentIndex(row)

    def take_names(self) -> None:
        """The pages' names as the tab widget has them now (after a retranslate)."""
        for index in range(self.tabs.count()):
            self.item(index).setText(self.tabs.tabText(index))
        self._fit()

    def _fit(self) -> None:
        """As wide as the longest name in the font now (Large text changes it)."""
        self.setFixedWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + 8)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
