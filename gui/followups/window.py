"""The Tindak lanjut window: every follow-up of the archive once, in its
latest state (the newest meeting's copy), with filters and the matrix export.

Filters: only unfinished, only past their due date, an owner (any part of the
name) and a series. The list is read again when the archive changes; progress
and "done" are recorded in the meeting itself (its Tindak lanjut list), where
the undo history belongs. Enter opens the meeting of the selected follow-up.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.changes import Changes
from core.followups import FollowUp, select
from gui.context import AppContext
from gui.followups.model import FollowupsModel

WIDTHS = (112, 210, 300, 190, 95, 130, 250)


class FollowupTable(QTableView):
    """Enter opens the meeting of the current follow-up, as a double-click does."""

    openRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)


class FollowupsWindow(QDialog):
    #: the clerk asked to open the meeting of a follow-up (Enter or double-click)
    openRequested = Signal(int)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or dt.date.today()
        self.everything: list[FollowUp] = []
        self.setWindowTitle(self.tr("Tindak Lanjut"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1280, 640)
        self.model = FollowupsModel(self)

        self.open_check = QCheckBox(self.tr("&Belum selesai"))
        self.open_check.setChecked(True)
        self.overdue_check = QCheckBox(self.tr("&Lewat batas waktu"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("nama atau instansi"))
        self.owner_edit.setClearButtonEnabled(True)
        owner_label = QLabel(self.tr("&Penanggung jawab:"))
        owner_label.setBuddy(self.owner_edit)
        self.series_combo = QComboBox()
        self.series_combo.setMinimumContentsLength(24)
        series_label = QLabel(self.tr("&Seri:"))
        series_label.setBuddy(self.series_combo)
        filters = QHBoxLayout()
        for widget in (self.open_check, self.overdue_check):
            filters.addWidget(widget)
        filters.addSpacing(12)
        filters.addWidget(owner_label)
        filters.addWidget(self.owner_edit, 1)
        filters.addSpacing(12)
        filters.addWidget(series_label)
        filters.addWidget(self.series_combo)

        self.table = FollowupTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        for col, width in enumerate(WIDTHS):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(
            FollowupsModel.PROGRESS, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.openRequested.connect(lambda: self._open(self.table.currentIndex().row()))

        self.count_label = QLabel()
        self.xlsx_button = QPushButton(self.tr("Ekspor matriks .&xlsx…"))
        self.docx_button = QPushButton(self.tr("Ekspor matriks .&docx…"))
        self.close_button = QPushButton(self.tr("&Tutup"))
        for button in (self.xlsx_button, self.docx_button, self.close_button):
            button.setAutoDefault(False)
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        self.docx_button.clicked.connect(lambda: self.export(".docx"))
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for button in (self.xlsx_button, self.docx_button, self.close_button):
            bottom.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.open_check.toggled.connect(self.apply_filters)
        self.overdue_check.toggled.connect(self.apply_filters)
        self.owner_edit.textChanged.connect(self.apply_filters)
        self.series_combo.currentIndexChanged.connect(self.apply_filters)
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # ---- what is shown -----------------------------------------------------------

    def reload(self) -> None:
        """Read every follow-up again (the filters work on what was read)."""
        self.everything = self.ctx.store.followups()
        current = self.series_combo.currentData()
        self.series_combo.blockSignals(True)
        self.series_combo.clear()
        self.series_combo.addItem(self.tr("Semua seri"), None)
        for name in self.ctx.store.series_names():
            self.series_combo.addItem(name, name)
        self.series_combo.setCurrentIndex(max(self.series_combo.findData(current), 0))
        self.series_combo.blockSignals(False)
        self.apply_filters()

    def shown(self) -> list[FollowUp]:
        return select(
            self.everything,
            open_only=self.open_check.isChecked(),
            overdue_on=self.today if self.overdue_check.isChecked() else None,
            owner=self.owner_edit.text(),
            series=self.series_combo.currentData(),
        )

    def apply_filters(self, *_: object) -> None:
        rows = self.shown()
        self.model.set_rows(rows, self.today)
        self.count_label.setText(
            self.tr("{0} dari {1} tindak lanjut").format(len(rows), len(self.everything))
        )
        if rows:
            self.table.selectRow(0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.meetings or changes.rows("actions") is not None or "series" in changes.header:
            self.reload()

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.openRequested.emit(self.model.rows[row].meeting_id)

    # ---- the matrix --------------------------------------------------------------

    def export(self, suffix: str) -> Path | None:
        """Write the matrix of what is shown, as .xlsx or .docx."""
        from core.reports.matrix import subtitle, write_matrix

        name_filter = (
            self.tr("Buku kerja Excel (*.xlsx)")
            if suffix == ".xlsx"
            else self.tr("Dokumen Word (*.docx)")
        )
        chosen = self.ctx.prompts.save_file(
            self.tr("Ekspor matriks tindak lanjut"), name_filter, f"matriks-tindak-lanjut{suffix}"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        caption = subtitle(self.series_combo.currentData(), self.open_check.isChecked())
        try:
            write_matrix(path, self.shown(), caption)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk (or logged) by the seam
            self.ctx.report(exc)
            return None
        self.count_label.setText(self.tr("Matriks ditulis ke {0}").format(path))
        return path
