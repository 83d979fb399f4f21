"""The archive panel: a search box, a year filter and the table of meetings.

Searching uses the archive's full-text index while the clerk types, paused
~200 ms so a fast typist does not run a query per key. The selection follows
the meeting (by id), not the row, across reloads.

This panel is on the start path, which never touches PySide's ``Qt``
namespace: the first use of any of its enums makes PySide build all 93 of
them as Python enums, a fifth of a bare window's start. So enum-typed
settings go through Qt's property system by name (as a Designer .ui file
sets them), the column titles live in a small C++ model of their own (a
``headerData`` written in Python is called with a ``Qt.Orientation``), and
code that runs later reaches ``QtCore.Qt`` when it runs (bench/gui_startup.py
--instructions: building it costs 15 % of the start). A test starts the
app and checks the namespace is still unbuilt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.archive.model import ArchiveModel
from gui.context import AppContext
from gui.widgets.selection import select_row

if TYPE_CHECKING:
    from core.changes import Changes

SEARCH_DELAY_MS = 200


class MeetingTable(QTableView):
    """Enter opens the current meeting, as a double-click does."""

    openRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = QtCore.Qt.Key
        if event.key() in (keys.Key_Return, keys.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)


class ArchiveView(QWidget):
    #: the clerk asked to open this meeting (Enter or double-click)
    openRequested = Signal(int)
    #: the selected meeting changed (id or -1)
    currentChanged = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ArchiveModel(ctx, self)
        self._keep_id: int | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Cari judul, peserta, pernyataan, keputusan… (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        #: the search syntax in one line, or why the text typed cannot be read
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(False)
        font = self.hint_label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.hint_label.setFont(font)
        self._show_hint(None)
        self.year_combo = QComboBox()
        self.year_combo.setMinimumContentsLength(12)
        self.year_combo.setToolTip(self.tr("Tampilkan rapat satu tahun saja"))
        self.fill_years()

        self.table = MeetingTable()
        # hidden before the model arrives: a visible row header would be sized
        # from the labels of its first and last 100 rows (800 calls into Python)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.setModel(self.model)
        self.titles = QStandardItemModel(0, self.model.columnCount(), self)
        self.titles.setHorizontalHeaderLabels(self.model.headers)
        self.table.horizontalHeader().setModel(self.titles)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setProperty("defaultAlignment", "AlignLeft|AlignVCenter")
        header.setSectionResizeMode(ArchiveModel.TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        pad = 28  # cell margins and the sort/grid slack of every style
        for col, sample in (
            (ArchiveModel.DATE, "30 September 2023"),
            (ArchiveModel.KIND, "Rapat Koordinasi"),
            (ArchiveModel.MODE, "hybrid"),
            (ArchiveModel.STATUS, "Status"),
        ):
            self.table.setColumnWidth(col, metrics.horizontalAdvance(sample) + pad)

        self.empty_label = QLabel()
        self.empty_label.setProperty("alignment", "AlignCenter")
        self.empty_label.setWordWrap(True)
        self._empty_styled = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        bar = QHBoxLayout()
        search_label = QLabel(self.tr("&Cari:"))
        search_label.setBuddy(self.search_edit)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit, 1)
        year_label = QLabel(self.tr("&Tahun:"))
        year_label.setBuddy(self.year_combo)
        bar.addSpacing(12)
        bar.addWidget(year_label)
        bar.addWidget(self.year_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(bar)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.stack, 1)
        self.setTabOrder(self.search_edit, self.year_combo)
        self.setTabOrder(self.year_combo, self.table)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(self.search_timer.start)
        self.search_edit.returnPressed.connect(self._search_now)
        self.year_combo.currentIndexChanged.connect(self._on_year)
        self.table.doubleClicked.connect(self._open_index)
        self.table.openRequested.connect(lambda: self._open_index(self.table.currentIndex()))
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._after_reset)
        self.table.selectionModel().selectionChanged.connect(self._emit_current)
        ctx.events.changed.connect(self._on_changed)
        self._after_reset()

    # ---- filters -----------------------------------------------------------------

    def fill_years(self) -> None:
        current = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("Semua tahun"), None)
        for year in self.ctx.store.meeting_years():
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(current) if current is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)
        if current is not None and index < 0:
            self._on_year()  # the year shown has no meetings left

    def _on_changed(self, changes: Changes) -> None:
        if changes.meetings or "date" in changes.header:
            self.fill_years()

    def _on_year(self) -> None:
        self.model.set_filter(year=self.year_combo.currentData())

    def apply_search(self) -> None:
        """Filter by the text typed, in the command line's search language; a
        text it cannot read yet (a quote still open) leaves the list as it is
        and says why under the box."""
        self.search_timer.stop()
        text = self.search_edit.text()
        if text.strip():  # an empty box (as at start) needs no parser
            from core.query import QuerySyntaxError, parse

            try:
                parse(text, typing=True)
            except QuerySyntaxError as exc:
                self._show_hint(str(exc))
                return
        self._show_hint(None)
        self.model.set_filter(text=text)

    def _show_hint(self, problem: str | None) -> None:
        from PySide6.QtGui import QPalette

        if problem is None:
            self.hint_label.setText(
                self.tr(
                    'Semua kata harus ada · awal* awalan · "dua kata" frasa · '
                    "kata OR kata salah satu · -kata dikecualikan"
                )
            )
            self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        else:
            self.hint_label.setText(problem)
            self.hint_label.setForegroundRole(QPalette.ColorRole.WindowText)

    def _search_now(self) -> None:
        self.apply_search()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.select_meeting(self.model.meeting_id(0))

    # ---- selection ---------------------------------------------------------------

    def current_meeting_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.meeting_id(index.row())

    def select_meeting(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            return
        row = self.model.row_of(meeting_id)
        if row < 0:
            return
        select_row(self.table, self.model.index(row, 0))

    def select_first_if_none(self) -> None:
        """Open (Enter), Delete and "Baru dari" work at once on the newest meeting."""
        if self.current_meeting_id() is None and self.model.rowCount() > 0:
            select_row(self.table, self.model.index(0, 0))

    def _style_empty_label(self) -> None:
        """Large, quiet text: set the first time the panel shows it.

        Palette, font and margin rather than a style sheet (the style-sheet
        engine and the re-polish it causes are ~5 ms of a start), and only
        when needed: an archive with meetings starts without touching them.
        """
        if self._empty_styled:
            return
        from PySide6.QtGui import QPalette

        self.empty_label.setForegroundRole(QPalette.ColorRole.Mid)
        font = self.empty_label.font()
        font.setPointSizeF(13)
        self.empty_label.setFont(font)
        self.empty_label.setMargin(40)
        self._empty_styled = True

    def _remember_current(self) -> None:
        self._keep_id = self.current_meeting_id()

    def _after_reset(self) -> None:
        self.select_meeting(self._keep_id)
        self._keep_id = None
        self.select_first_if_none()
        empty = self.model.rowCount() == 0
        if empty:
            self._style_empty_label()
        if empty and (self.model.text or self.model.year is not None):
            self.empty_label.setText(self.tr("Tidak ada rapat yang cocok."))
        elif empty:
            self.empty_label.setText(
                self.tr(
                    "Arsip masih kosong.\nBuat rapat baru dengan Ctrl+N, "
                    "atau impor berkas JSON dari menu Berkas."
                )
            )
        self.stack.setCurrentWidget(self.empty_label if empty else self.table)
        self._emit_current()

    def _emit_current(self, *_: object) -> None:
        meeting_id = self.current_meeting_id()
        self.currentChanged.emit(-1 if meeting_id is None else meeting_id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            meeting_id = self.model.meeting_id(index.row())
            if meeting_id is not None:
                self.openRequested.emit(meeting_id)
