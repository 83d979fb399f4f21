"""A table model over one list of a meeting (agenda, attendees, statements…).

It holds plain core objects, reads the list once, and afterwards follows the
archive's change announcements row by row — inserting, removing, moving or
re-reading only the rows concerned — so capturing a statement in a meeting of
1,500 never reloads the other 1,499. Edits go through undo commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QUndoStack

from gui.commands import MoveItemCommand, UpdateItemCommand
from gui.context import AppContext

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


class CollectionModel(QAbstractTableModel):
    ItemRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        ctx: AppContext,
        collection: str,
        meeting_id: int,
        columns: list[Column],
        stack: QUndoStack,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.collection = collection
        self.meeting_id = meeting_id
        self.columns = columns
        self.stack = stack
        self.items: list[Any] = ctx.store.list_items(collection, meeting_id)
        ev = ctx.events
        ev.itemAdded.connect(self._on_added)
        ev.itemRemoved.connect(self._on_removed)
        ev.itemChanged.connect(self._on_changed)
        ev.itemMoved.connect(self._on_moved)

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
        return self.ctx.run(
            self.stack,
            UpdateItemCommand(self.ctx, self.collection, self.meeting_id, item_id, changes, text),
        )

    def move(self, row: int, new_row: int) -> bool:
        if not (0 <= row < len(self.items)) or row == new_row:
            return False
        new_row = max(0, min(new_row, len(self.items) - 1))
        item_id = self.items[row].id
        return self.ctx.run(
            self.stack,
            MoveItemCommand(
                self.ctx, self.collection, self.meeting_id, item_id, new_row, self.tr("Pindahkan")
            ),
        )

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

    # ---- following the archive ---------------------------------------------------------

    def _mine(self, collection: str, meeting_id: int) -> bool:
        return collection == self.collection and meeting_id == self.meeting_id

    def _on_added(self, collection: str, meeting_id: int, item_id: int, index: int) -> None:
        if not self._mine(collection, meeting_id) or self.row_of(item_id) >= 0:
            return
        item = self.ctx.store.get_item(collection, item_id)
        index = max(0, min(index, len(self.items)))
        self.beginInsertRows(QModelIndex(), index, index)
        self.items.insert(index, item)
        self.endInsertRows()

    def _on_removed(self, collection: str, meeting_id: int, item_id: int) -> None:
        if not self._mine(collection, meeting_id):
            return
        row = self.row_of(item_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.items[row]
        self.endRemoveRows()

    def _on_changed(self, collection: str, meeting_id: int, item_id: int) -> None:
        if not self._mine(collection, meeting_id):
            return
        row = self.row_of(item_id)
        if row < 0:
            return
        self.items[row] = self.ctx.store.get_item(collection, item_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def _on_moved(self, collection: str, meeting_id: int, item_id: int, old: int, new: int) -> None:
        if not self._mine(collection, meeting_id):
            return
        row = self.row_of(item_id)
        if row < 0 or row == new:
            return
        dest = new + 1 if new > row else new
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest):
            return
        self.items.insert(new, self.items.pop(row))
        self.endMoveRows()
