"""A table model over one list of a meeting (agenda, attendees, statements…).

It holds plain core objects, reads the list once, and afterwards follows the
``Changes`` records of its session (:meth:`CollectionModel.apply`): the rows
they name are removed, inserted, moved or replaced with the values the record
carries, so capturing a statement in a meeting of 1,500 touches one row and
reads nothing. A bulk change is one refresh: one signal per contiguous block
of rows, or one reset when the rows are scattered. Edits go through the
session (one undo step each).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gui.context import AppContext

if TYPE_CHECKING:
    from collections.abc import Hashable

    from core.changes import Changes

MIME_ROW = "application/x-notula-row"
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    """One column: which field it shows and how."""

    key: str
    header: str
    editable: bool = False
    display: Callable[[Any], str] | None = None  # text shown; default: the field as str
    to_value: Callable[[Any], Any] | None = None  # edited value → stored value
    tooltip: Callable[[Any], str] | None = None
    checkable: bool = False  # a bool field shown as a check box
    unset_checked: bool = True  # how a check box shows None (present: yes; done: no)
    align: Qt.AlignmentFlag | None = None


class Session(Protocol):
    """What a list model needs of its meeting's session (gui.session.MeetingSession)."""

    ctx: AppContext
    meeting_id: int

    def run(
        self, op: Callable[..., Changes], *args: Any, text: str, merge: Hashable | None = None
    ) -> Changes | None: ...


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Sorted positions as (first, last) blocks of consecutive numbers."""
    blocks: list[tuple[int, int]] = []
    for p in positions:
        if blocks and blocks[-1][1] == p - 1:
            blocks[-1] = (blocks[-1][0], p)
        else:
            blocks.append((p, p))
    return blocks


class CollectionModel(QAbstractTableModel):
    ItemRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self, session: Session, collection: str, columns: list[Column], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.collection = collection
        self.meeting_id = session.meeting_id
        self.columns = columns
        self.items: list[Any] = session.ctx.store.list_items(collection, self.meeting_id)

    # ---- reading -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def item(self, row: int) -> Any:
        return self.items[row]

    def row_of(self, item_id: int) -> int:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                return row
        return -1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.items)):
            return None
        item = self.items[index.row()]
        col = self.columns[index.column()]
        value = getattr(item, col.key, None)
        if role == self.ItemRole:
            return item
        if role == self.IdRole:
            return item.id
        if col.checkable:
            if role == Qt.ItemDataRole.CheckStateRole:
                checked = col.unset_checked if value is None else bool(value)
                return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col.display is not None:
                return col.display(item)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align is not None:
            return int(col.align)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        col = self.columns[index.column()]
        if col.checkable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        elif col.editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # ---- editing (through the undo stack) ---------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        col = self.columns[index.column()]
        item = self.items[index.row()]
        if col.checkable and role == Qt.ItemDataRole.CheckStateRole:
            new = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and col.editable:
            new = col.to_value(value) if col.to_value else (value if value != "" else None)
        else:
            return False
        if new == getattr(item, col.key):
            return False
        return self.update(item.id, {col.key: new}, col.header)

    def update(self, item_id: int, changes: dict[str, Any], what: str = "") -> bool:
        text = self.tr("Ubah {0}").format(what) if what else self.tr("Ubah")
        store = self.session.ctx.store
        merge = ("row", self.collection, item_id, tuple(sorted(changes)))
        done = self.session.run(
            store.edit_rows, self.collection, {item_id: changes}, text=text, merge=merge
        )
        return done is not None

    def move(self, row: int, new_row: int) -> bool:
        if not (0 <= row < len(self.items)) or row == new_row:
            return False
        new_row = max(0, min(new_row, len(self.items) - 1))
        store = self.session.ctx.store
        done = self.session.run(
            store.move_row, self.collection, self.items[row].id, new_row, text=self.tr("Pindahkan")
        )
        return done is not None

    # ---- drag and drop reordering ---------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_ROW]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_ROW, QByteArray(str(rows[0]).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_ROW):
            return False
        source = int(bytes(data.data(MIME_ROW).data()).decode())
        target = parent.row() if row < 0 and parent.isValid() else row
        if target < 0:
            target = len(self.items)
        if target > source:
            target -= 1
        self.move(source, target)
        return False  # we moved it ourselves; the view must not remove the source row

    # ---- following the changes ------------------------------------------------------

    def apply(self, changes: Changes) -> None:
        """Follow one record: removed rows go, added ones come in at their place,
        moved ones move, updated ones take the values the record carries."""
        rows = changes.rows(self.collection)
        if rows is None or changes.meeting_id != self.meeting_id:
            return
        if rows.removed:
            gone = set(rows.removed)
            self._remove([r for r, item in enumerate(self.items) if item.id in gone])
        if rows.order is not None:
            self._arrange(rows.order, rows.items, rows.moved)
        self._replace(rows.updated, rows.items)

    def _remove(self, positions: list[int]) -> None:
        """One block of rows goes with one signal; scattered rows with one reset."""
        blocks = _runs(positions)
        if len(blocks) > 1:
            gone = set(positions)
            self.beginResetModel()
            self.items = [item for r, item in enumerate(self.items) if r not in gone]
            self.endResetModel()
            return
        for first, last in blocks:
            self.beginRemoveRows(QModelIndex(), first, last)
            del self.items[first : last + 1]
            self.endRemoveRows()

    def _arrange(self, order: list[int], new: dict[int, Any], moved: list[int]) -> None:
        """Bring the rows into ``order``: inserts, one move, or else one reset."""
        have = {item.id: item for item in self.items}
        kept = [i for i in order if i in have]
        if kept == [item.id for item in self.items]:
            blocks = _runs([p for p, i in enumerate(order) if i not in have])
            if len(blocks) <= 1:
                for first, last in blocks:
                    self.beginInsertRows(QModelIndex(), first, last)
                    self.items[first:first] = [new[i] for i in order[first : last + 1]]
                    self.endInsertRows()
                return
        elif len(moved) == 1 and len(kept) == len(order) and self._move_one(moved[0], order):
            return
        self.beginResetModel()
        self.items = [have[i] if i in have else new[i] for i in order]
        self.endResetModel()

    def _move_one(self, item_id: int, order: list[int]) -> bool:
        """One row moved elsewhere (the common reorder): a move signal, not a reset."""
        row, new = self.row_of(item_id), order.index(item_id)
        rest = [item.id for item in self.items if item.id != item_id]
        if row < 0 or rest[:new] + [item_id] + rest[new:] != order:
            return False
        if row != new:
            dest = new + 1 if new > row else new
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
            self.items.insert(new, self.items.pop(row))
            self.endMoveRows()
        return True

    def _replace(self, ids: list[int], new: dict[int, Any]) -> None:
        wanted = set(ids)
        rows = [r for r, item in enumerate(self.items) if item.id in wanted]
        for r in rows:
            self.items[r] = new[self.items[r].id]
        if rows:
            last = len(self.columns) - 1
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))
