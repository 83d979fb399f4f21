"""The archive list: every meeting as one row, newest first.

The model knows how many meetings match the filter (a year, a search text)
but reads their summaries a page at a time, when the view first asks for a
row of that page: the window with 10,000 meetings opens after reading one
page (the ~30 rows it shows, and more), and scrolling reads a page per step
(under a millisecond each near the top). A meeting created, deleted or
moved by a new date resets the model (reading one page again is simpler and
safer than patching rows); other header changes patch the row shown from the
values the ``Changes`` record carries.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
)

from core.vocabulary import MeetingSummary
from gui.context import AppContext
from gui.i18n import LOCALES, current_language
from gui.words import mode_label

if TYPE_CHECKING:
    from core.changes import Changes

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
#: meetings a search finds at first; scrolling to the end finds FETCH_MORE times as many
FIRST_FOUND = PAGE
FETCH_MORE = 4
#: header fields that decide a meeting's place in the list
REORDERS = {"date", "start_time"}


def status_label(status: str | None) -> str:
    labels = {
        "draft": QCoreApplication.translate("ArchiveModel", "Draf"),
        "final": QCoreApplication.translate("ArchiveModel", "Final"),
    }
    return labels.get(status or "", status or "")


@lru_cache(maxsize=len(LOCALES))
def month_names(lang: str) -> tuple[str, ...]:
    locale = QLocale(*LOCALES.get(lang, LOCALES["id"]))
    return tuple(locale.monthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13))


@lru_cache(maxsize=4096)
def date_label(iso: str, lang: str = "id") -> str:
    """``12 Juni 2023``; a date that cannot be read is shown as stored.

    Month names are Qt's copy of CLDR's, which the documents (core.dates,
    Babel) share: loading Babel for the first rows would cost the window's
    start about 40 ms. A test keeps the two spellings equal. The date itself
    is read by Python (sqlite3 has loaded datetime already): parsing it with
    QDate would add that class, and a format string parsed per call, to the
    first paint.
    """
    try:
        # YYYY-MM-DD only: Python 3.11 also reads week dates such as 2023-W24-1
        day = date.fromisoformat(iso) if len(iso) == 10 and iso[4] == iso[7] == "-" else None
    except ValueError:
        day = None
    if day is None:
        return iso
    # the year as a number, as Babel's "y" prints it (no zero padding)
    return f"{day.day} {month_names(lang)[day.month - 1]} {day.year}"


# Qt.ItemDataRole's DisplayRole, ToolTipRole and UserRole as the plain ints the
# view passes (a test keeps them equal): see gui.archive.view for why the archive
# window's start path does not touch the Qt namespace.
DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE = 0, 3, 0x100
ID_ROLE = USER_ROLE + 1
#: the roles :meth:`ArchiveModel.data` answers
_ROLES = frozenset({DISPLAY_ROLE, TOOLTIP_ROLE, ID_ROLE})


class ArchiveModel(QAbstractTableModel):
    """The archive list (read-only: QAbstractTableModel's own flags() is the right one,
    and leaving it in C++ saves a Python call per cell painted)."""

    IdRole = ID_ROLE
    DATE, TITLE, KIND, MODE, STATUS = range(5)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year: int | None = None
        self.text = ""
        self.typed = ""
        self.lang = current_language()
        #: meetings matching the filter (rowCount)
        self.total = 0
        #: ids found by the search text, None without one
        self.found: list[int] | None = None
        #: False while a search has more matches than it has walked to (see fetchMore)
        self.complete = True
        self._wanted = FIRST_FOUND
        self._pages: dict[int, list[MeetingSummary]] = {}
        self._row_by_id: dict[int, int] = {}
        #: the column titles, shown by the view's header through a model of their own
        #: (see gui.archive.view): this model itself answers Qt's default numbers
        self.headers = [
            QCoreApplication.translate("ArchiveModel", "Tanggal"),
            QCoreApplication.translate("ArchiveModel", "Judul"),
            QCoreApplication.translate("ArchiveModel", "Jenis"),
            QCoreApplication.translate("ArchiveModel", "Bentuk"),
            QCoreApplication.translate("ArchiveModel", "Status"),
        ]
        ctx.events.changed.connect(self._on_changed)
        self.reload()

    # ---- filtering ---------------------------------------------------------------

    def set_filter(self, text: str | None = None, year: int | None | bool = False) -> None:
        """Change the search text and/or year (``False`` keeps the year as is)."""
        if text is not None:
            self.text = text.strip()
            #: as typed: a space after the last word makes it whole (core.query.parse)
            self.typed = text if self.text else ""
        if year is not False:
            self.year = year  # type: ignore[assignment]
        self._wanted = FIRST_FOUND
        self.reload()

    def reload(self) -> None:
        """Count the matches and read the first page (a failure to read shows
        here, where the caller can report it, rather than in a paint)."""
        store = self.ctx.store
        found, complete = None, True
        if self.text:
            found, complete = store.find_meetings(self.typed, self._wanted, self.year)
        total = store.count_meetings(self.year, found)
        first = store.list_meetings(self.year, PAGE, 0, found) if total else []
        self.beginResetModel()
        self.found, self.total, self.complete = found, total, complete
        self._pages.clear()
        self._row_by_id.clear()
        self._keep_page(0, first)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.complete

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Walk further: the clerk scrolled to the last meeting found so far.

        The ids found before are the newest whole days of matches, so the
        longer walk only adds rows after them (core find_meetings): rows are
        appended, the pages read stay, the selection and the scroll stay.
        """
        if parent.isValid() or self.complete or not self.text:
            return
        self._wanted *= FETCH_MORE
        store = self.ctx.store
        found, complete = store.find_meetings(self.typed, self._wanted, self.year)
        total = store.count_meetings(self.year, found)
        if total > self.total:
            self.beginInsertRows(QModelIndex(), self.total, total - 1)
            self._pages.pop(self.total // PAGE, None)  # a part-read last page: read it again
            self.found, self.total, self.complete = found, total, complete
            self.endInsertRows()
        else:
            self.found, self.complete = found, complete

    def _keep_page(self, page: int, rows: list[MeetingSummary]) -> None:
        self._pages[page] = rows
        first = page * PAGE
        for i, r in enumerate(rows):
            self._row_by_id[r.id] = first + i

    def _summary(self, row: int) -> MeetingSummary | None:
        """The summary shown in ``row``, reading its page on first need."""
        if not 0 <= row < self.total:
            return None
        page, at = divmod(row, PAGE)
        rows = self._pages.get(page)
        if rows is None:
            rows = self.ctx.store.list_meetings(self.year, PAGE, page * PAGE, self.found)
            self._keep_page(page, rows)
        return rows[at] if at < len(rows) else None

    def _on_changed(self, changes: Changes) -> None:
        if changes.meetings or REORDERS & set(changes.header):
            self.reload()
            return
        row = self._row_by_id.get(changes.meeting_id or 0, -1)
        shown = {k: v for k, v in changes.header.items() if k in MeetingSummary._fields}
        if row < 0 or not shown:
            return  # not read yet: its page will be read as it is now
        page, at = divmod(row, PAGE)
        self._pages[page][at] = self._pages[page][at]._replace(**shown)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    @property
    def rows_read(self) -> int:
        """Summaries read from the archive since the last reset."""
        return sum(len(rows) for rows in self._pages.values())

    # ---- lookups -----------------------------------------------------------------

    def meeting_id(self, row: int) -> int | None:
        summary = self._summary(row)
        return summary.id if summary is not None else None

    def row_of(self, meeting_id: int) -> int:
        """The row of a meeting (-1 when the filter leaves it out)."""
        row = self._row_by_id.get(meeting_id)
        if row is not None:
            return row
        position = self.ctx.store.meeting_position(meeting_id, self.year, self.found)
        return -1 if position is None or position >= self.total else position

    # ---- Qt model ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # the view asks seven roles per cell and paint; most are answered at once
        if role not in _ROLES or not index.isValid():
            return None
        r = self._summary(index.row())
        if r is None:
            return None
        if role == self.IdRole:
            return r.id
        col = index.column()
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
