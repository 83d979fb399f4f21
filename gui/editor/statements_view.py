"""The table that shows the statements, with row heights kept cheaply.

Wrapped text needs rows of different heights. Letting Qt ask the delegate for
every row's size on every change would mean 1,500 Python calls per captured
statement; instead each row's height is set explicitly: a quick estimate for
all rows when the list or the width changes, the exact height for the rows
touched by a change, and an exact correction for every row as it is painted.
So capturing costs a few rows, and what is on screen is always measured.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from gui.editor.statement_delegate import (
    Estimator,
    StatementDelegate,
    band_between,
    exact_height,
    text_width,
)

EXACT_LIMIT = 40  # a change touching more rows than this is estimated, then corrected


class StatementsView(QTableView):
    def __init__(self, panel: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.delegate = StatementDelegate(panel, self)
        self.setItemDelegate(self.delegate)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setTabKeyNavigation(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(8)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self._width = -1
        self._pending: dict[int, int] = {}
        self._fix_timer = QTimer(self)
        self._fix_timer.setSingleShot(True)
        self._fix_timer.timeout.connect(self._apply_pending)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.fit_all)
        self._estimator: Estimator | None = None
        self._measured: dict[tuple[int, int, bool, str], int] = {}

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        for column in range(1, model.columnCount()):
            self.setColumnHidden(column, True)
        model.rowsInserted.connect(lambda _p, first, last: self.fit_rows(first, last + 1))
        model.rowsRemoved.connect(lambda _p, first, _last: self.fit_rows(first, first))
        model.rowsMoved.connect(lambda *_: self.fit_all())
        model.dataChanged.connect(lambda tl, br, *_: self.fit_rows(tl.row(), br.row() + 1))
        model.layoutChanged.connect(lambda *_: self.fit_all())
        model.modelReset.connect(self.fit_all)
        self.fit_all()

    # ---- heights -----------------------------------------------------------------------

    def _fm(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def text_width(self) -> int:
        return text_width(self.viewport().width())

    def fit_all(self) -> None:
        """Estimate every row (after a width or filter change); painting corrects."""
        if self._estimator is None:
            self._estimator = Estimator(self._fm())
        est = self._estimator
        width = self.text_width()
        filtered = self.panel.filtered()
        header = self.verticalHeader()
        above = None
        at_bottom = self._at_bottom()
        for row, item in enumerate(self.panel.shown_items()):
            header.resizeSection(row, est.height(item, band_between(above, item, filtered), width))
            above = item
        if at_bottom:
            self.scrollToBottom()

    def fit_rows(self, first: int, last: int) -> None:
        """Measure rows ``first..last`` exactly (a capture touches one or two)."""
        model = self.model()
        last = min(last, model.rowCount() - 1)
        if last - first > EXACT_LIMIT:
            self.fit_all()
            return
        fm = self._fm()
        width = self.text_width()
        filtered = self.panel.filtered()
        header = self.verticalHeader()
        role = self.panel.ItemRole
        above = model.index(first - 1, 0).data(role) if first > 0 else None
        for row in range(max(first, 0), last + 1):
            item = model.index(row, 0).data(role)
            if item is None:
                continue
            band = band_between(above, item, filtered)
            header.resizeSection(row, exact_height(fm, item, band, width))
            above = item

    def check_height(self, row: int, item: Any, band: bool, current: int) -> None:
        """Called while painting: queue a correction if the estimate was off."""
        key = (item.id, self.text_width(), band, item.text)
        height = self._measured.get(key)
        if height is None:
            if len(self._measured) > 2000:
                self._measured.clear()
            height = self._measured[key] = exact_height(self._fm(), item, band, key[1])
        if height != current:
            self._pending[row] = height
            self._fix_timer.start(0)

    def _apply_pending(self) -> None:
        pending, self._pending = self._pending, {}
        header = self.verticalHeader()
        at_bottom = self._at_bottom()
        for row, height in pending.items():
            if row < header.count():
                header.resizeSection(row, height)
        if at_bottom:
            self.scrollToBottom()

    def _at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.maximum() > 0 and bar.value() >= bar.maximum() - 2

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self.viewport().width()
        if width != self._width:
            self._width = width
            self._fit_timer.start(0)
