"""The archive list: every meeting as one row, newest first.

The model keeps plain :class:`core.model.MeetingSummary` rows. It reads the
list once per filter change (a year, a search text) and again when the
archive announces that meetings were created, deleted or edited; the whole
list of 10,000 summaries is a few milliseconds of SQLite, so a reset is
simpler and safer than patching rows.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core import model
from core.errors import NotulaError
from gui.context import AppContext

Index = QModelIndex | QPersistentModelIndex


def mode_label(mode: str | None) -> str:
    """luring / daring / hybrid: the words a clerk uses for in_person / online / hybrid."""
    labels = {
        "in_person": QCoreApplication.translate("ArchiveModel", "luring"),
        "online": QCoreApplication.translate("ArchiveModel", "daring"),
        "hybrid": QCoreApplication.translate("ArchiveModel", "hybrid"),
    }
    return labels.get(mode or "", mode or "")


def status_label(status: str | None) -> str:
    labels = {
        "draft": QCoreApplication.translate("ArchiveModel", "Draf"),
        "final": QCoreApplication.translate("ArchiveModel", "Final"),
    }
    return labels.get(status or "", status or "")


@lru_cache(maxsize=4096)
def date_label(iso: str, lang: str = "id") -> str:
    """``12 Juni 2023``; a date the core cannot read is shown as stored."""
    from core.dates import long_date

    try:
        return long_date(iso, lang)
    except NotulaError:
        return iso


class ArchiveModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    DATE, TITLE, KIND, MODE, STATUS = range(5)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[model.MeetingSummary] = []
        self.year: int | None = None
        self.text = ""
        self.lang = "id"
        self.headers = [
            QCoreApplication.translate("ArchiveModel", "Tanggal"),
            QCoreApplication.translate("ArchiveModel", "Judul"),
            QCoreApplication.translate("ArchiveModel", "Jenis"),
            QCoreApplication.translate("ArchiveModel", "Bentuk"),
            QCoreApplication.translate("ArchiveModel", "Status"),
        ]
        ctx.events.meetingsChanged.connect(self.reload)
        ctx.events.meetingChanged.connect(self._on_meeting_changed)
        self.reload()

    # ---- filtering ---------------------------------------------------------------

    def set_filter(self, text: str | None = None, year: int | None | bool = False) -> None:
        """Change the search text and/or year (``False`` keeps the year as is)."""
        if text is not None:
            self.text = text.strip()
        if year is not False:
            self.year = year  # type: ignore[assignment]
        self.reload()

    def reload(self) -> None:
        rows = self.ctx.store.list_meetings(self.year)
        if self.text:
            found = set(self.ctx.store.search_meetings(self.text, prefix=True, year=self.year))
            rows = [r for r in rows if r.id in found]
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _on_meeting_changed(self, meeting_id: int) -> None:
        row = self.row_of(meeting_id)
        if row < 0:
            return
        try:
            self.rows[row] = self.ctx.store.meeting_summary(meeting_id)
        except NotulaError:
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ---- lookups -----------------------------------------------------------------

    def meeting_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, meeting_id: int) -> int:
        for i, r in enumerate(self.rows):
            if r.id == meeting_id:
                return i
        return -1

    # ---- Qt model ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == self.IdRole:
            return r.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.DATE:
                return date_label(r.date, self.lang)
            if col == self.TITLE:
                return r.title
            if col == self.KIND:
                return r.kind or ""
            if col == self.MODE:
                return mode_label(r.mode)
            if col == self.STATUS:
                return status_label(r.status)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
