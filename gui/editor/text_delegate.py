"""A table cell that holds more than one line: decisions, follow-ups, agenda notes.

Keys as in the capture bar: Enter stores the cell, Ctrl+Enter or Shift+Enter
starts a new line inside it, Esc leaves it as it was, Tab stores and moves on.
The editor opens a few lines tall over the rows below, so a long decision can
be read while it is changed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
EDITOR_LINES = 4


class CellText(QPlainTextEdit):
    #: Enter without Ctrl or Shift: the cell is done
    finished = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            newline = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            if event.modifiers() & newline:
                self.insertPlainText("\n")
            else:
                self.finished.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class MultiLineDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = CellText(parent)
        editor.setTabChangesFocus(True)
        editor.finished.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: CellText) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, CellText)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()  # as a one-line cell: typing replaces, arrows keep

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, CellText)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        tall = editor.fontMetrics().lineSpacing() * EDITOR_LINES + 10
        editor.setGeometry(rect.x(), rect.y(), rect.width(), max(rect.height(), tall))
