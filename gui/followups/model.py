"""The follow-ups shown in the Tindak lanjut window: a table over
core.followups.FollowUp records (read-only; changes are made in the meeting)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core.followups import FollowUp

Index = QModelIndex | QPersistentModelIndex


class FollowupsModel(QAbstractTableModel):
    DATE, MEETING, TEXT, OWNER, DUE, STATUS, PROGRESS = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUp] = []
        self.today = dt.date.today()
        self.headers = [
            QCoreApplication.translate("FollowupsModel", "Tanggal Rapat"),
            QCoreApplication.translate("FollowupsModel", "Rapat"),
            QCoreApplication.translate("FollowupsModel", "Tindak lanjut"),
            QCoreApplication.translate("FollowupsModel", "Penanggung jawab"),
            QCoreApplication.translate("FollowupsModel", "Batas waktu"),
            QCoreApplication.translate("FollowupsModel", "Status"),
            QCoreApplication.translate("FollowupsModel", "Perkembangan"),
        ]

    def set_rows(self, rows: list[FollowUp], today: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def status_text(self, f: FollowUp) -> str:
        if f.done:
            return QCoreApplication.translate("FollowupsModel", "Selesai")
        if f.overdue(self.today):
            return QCoreApplication.translate("FollowupsModel", "Lewat batas waktu")
        return QCoreApplication.translate("FollowupsModel", "Belum selesai")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                f.meeting_date,
                f.meeting_title,
                f.text,
                f.owner or "",
                f.due or "",
                self.status_text(f),
                f.progress or "",
            )
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS and f.overdue(self.today):
            from PySide6.QtGui import QColor

            return QColor("#b00020")
        return None
