"""Fitting attendee data into the staff screens: table columns and one-line labels.

Qt's resize modes alone cannot lay out the Search and Attendance tables well. With
ResizeToContents, one 57-character e-mail pushes Status and Checked in off screen. With Stretch,
the name column collapses to "…" once the other columns take the width (large text, German
headers). Fixed pixel widths cut headers and values in one language or another. So
:func:`fit_columns` works the widths out from the header's and the cells' own size hints, the
way a desktop table does:

- every header is readable (``QHeaderView.sectionSizeFromContents``, sort mark included);
- short columns (status, party, time, device) show their values in full;
- e-mail and phone get at most a share of the width, are elided (e-mail in the middle, so the
  domain stays), and the model gives the full value as a tooltip;
- the name keeps at least :data:`NAME_CHARS` average characters and takes the rest;
- the columns add up to the viewport's width, so the table never scrolls sideways.

The widths are worked out again whenever the viewport's width, the font (large text), the
language (header texts) or the rows change, so a screen that sets its header texts later, in a
``retranslate()``, needs to do nothing more.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QWidget,
)

from kiosk.ui.plain import plain, plain_tooltip

NAME_CHARS = 20  # the name column never gets narrower than this many average characters
EMAIL_SHARE = 0.30  # at most this share of the table's width for the e-mail column
PHONE_SHARE = 0.18


class ElideDelegate(QStyledItemDelegate):
    """Draws a column's values elided the given way (the view has one mode for all columns)."""

    def __init__(self, mode: Qt.TextElideMode, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = mode

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt name)
        super().initStyleOption(option, index)
        option.textElideMode = self.mode


class ColumnFit(QObject):
    """Keeps a table's column widths fitted (see the module docstring). Made by
    :func:`fit_columns`; a child of the view, so it lives and dies with it."""

    _WATCHED = (QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                QEvent.Type.LanguageChange)

    def __init__(self, view: QAbstractItemView, name: int, capped: dict[int, float]) -> None:
        super().__init__(view)
        self.view = view
        self.name = name
        self.capped = capped
        self._later = QTimer(self)  # rows arrive one cell at a time: fit once, after them
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.apply)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.headerDataChanged,
                       model.columnsInserted, model.columnsRemoved):
            signal.connect(self._later.start)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        view.horizontalHeader().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in self._WATCHED or (kind == QEvent.Type.Resize
                                     and watched is self.view.viewport()):
            self.apply()  # at once: a resize or new font must not show one frame misfitted
        return False

    def widths(self) -> list[int]:
        """The width of each column for the view as it is now."""
        view, header = self.view, self.view.horizontalHeader()
        count = view.model().columnCount()
        room = view.viewport().width()
        heads = [header.sectionSizeFromContents(c).width() for c in range(count)]
        wants = [max(heads[c], view.sizeHintForColumn(c)) for c in range(count)]
        name_floor = max(heads[self.name], NAME_CHARS * view.fontMetrics().averageCharWidth())
        name_want = max(name_floor, wants[self.name])
        widths = list(wants)
        if sum(wants) - wants[self.name] + name_want > room:  # not all in full: cap, then...
            for col, share in self.capped.items():
                widths[col] = min(wants[col], max(heads[col], int(room * share)))
            # ...if the name still lacks its floor, the capped columns give way (to their
            # header at most); if it has more than it wants, they take the rest back
            spare = room - (sum(widths) - widths[self.name]) - name_floor
            if spare < 0:
                self._share(widths, {c: widths[c] - heads[c] for c in self.capped}, spare)
            else:
                spare = room - (sum(widths) - widths[self.name]) - name_want
                if spare > 0:
                    self._share(widths, {c: wants[c] - widths[c] for c in self.capped}, spare)
        widths[self.name] = max(name_floor, room - (sum(widths) - widths[self.name]))
        return widths

    @staticmethod
    def _share(widths: list[int], room: dict[int, int], amount: int) -> None:
        """Add ``amount`` (or take it away, if negative) across the columns in ``room`` in
        proportion to how much each can give or take, never more than that."""
        room = {c: r for c, r in room.items() if r > 0}
        total = sum(room.values())
        if not total:
            return
        for col, r in room.items():
            if amount > 0:  # rounded down: what is left over goes to the name
                widths[col] += min(r, amount * r // total)
            else:  # rounded up: the name gets all it lacks
                widths[col] -= min(r, -(amount * r // total))

    def apply(self) -> None:
        if not self.view.isVisible() or self.view.model() is None:
            return  # done when shown: a hidden table's rows are not worth measuring
        self._later.stop()
        header = self.view.horizontalHeader()
        for col, width in enumerate(self.widths()):
            if header.sectionSize(col) != width:
                header.resizeSection(col, width)


def fit_columns(view: QAbstractItemView, *, name: int = 0, email: int | None = 1,
                phone: int | None = 2) -> ColumnFit:
    """Fit ``view``'s columns as the module docstring says, now and whenever it changes.
    One policy for the Search and Attendance tables, so they cannot drift apart."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # the widths are worked out
    header.setMinimumSectionSize(1)  # the header's own floor never decides a width
    header.setStretchLastSection(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    capped = {}
    if email is not None:
        view.setItemDelegateForColumn(email, ElideDelegate(Qt.TextElideMode.ElideMiddle, view))
        capped[email] = EMAIL_SHARE
    if phone is not None:
        view.setItemDelegateForColumn(phone, ElideDelegate(Qt.TextElideMode.ElideRight, view))
        capped[phone] = PHONE_SHARE
    fit = ColumnFit(view, name, capped)
    fit.apply()
    return fit


class ElidedLabel(QLabel):
    """A one-line label that takes the width it is given, not the width its text wants: a
    long e-mail is elided (in the middle by default) and the full text is its tooltip.
    Attendee data, so plain text only (:mod:`kiosk.ui.plain`)."""

    def __init__(self, parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(parent)
        self.mode = mode
        plain(self)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        self.setToolTip(plain_tooltip(text))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("M…M")),
                     hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        self.drawFrame(painter)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(),
                                            -self.margin())
        text = self.fontMetrics().elidedText(self.text(), self.mode, rect.width())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), text, self.foregroundRole())


class ButtonGrid(QWidget):
    """Buttons two to a row when they fit side by side, one to a row when they do not (a
    narrow details pane, German labels, large text): a label is never cut and the pane never
    needs to be wider than its widest button."""

    def __init__(self, buttons: list[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._arrange(2)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for i, button in enumerate(self.buttons):
            self.grid.addWidget(button, i // columns, i % columns)
        for col in range(2):
            self.grid.setColumnStretch(col, 1 if col < columns else 0)
        self.updateGeometry()

    def _wanted_columns(self, width: int) -> int:
        hints = [b.sizeHint().width() for b in self.buttons]
        pairs = [hints[i] + hints[i + 1] for i in range(0, len(hints) - 1, 2)]
        side_by_side = max(pairs, default=0) + self.grid.horizontalSpacing()
        return 2 if width >= side_by_side else 1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        widest = max((b.minimumSizeHint().width() for b in self.buttons), default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._arrange(self._wanted_columns(event.size().width()))
        super().resizeEvent(event)
