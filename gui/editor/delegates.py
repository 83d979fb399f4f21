"""Cell editors for the editor's tables: an agenda item picker and a date picker.

Both read the stored object (``CollectionModel.ItemRole``) rather than the
display text, and hand the model a stored value (an id, an ISO date), so the
model's undo command stores exactly what the core expects.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui.archive.model import date_label
from gui.editor.combos import FollowingCombo, agenda_label
from gui.i18n import current_language, ui_locale
from gui.models.collection_model import CollectionModel
from gui.widgets.typed_fields import DigitDateEdit

Index = QModelIndex | QPersistentModelIndex
NO_DATE = QDate(2000, 1, 1)  # the date editor's minimum, shown as "tanpa batas waktu"


def date_text(iso: str | None) -> str:
    """``1 Juli 2023`` (``1 July 2023`` in English) for a table cell; blank when unset."""
    return date_label(iso, current_language()) if iso else ""


class AgendaDelegate(QStyledItemDelegate):
    """Edits an ``agenda_id`` column with a combo of the meeting's agenda items."""

    def __init__(self, agenda: CollectionModel, key: str = "agenda_id", parent: Any = None):
        super().__init__(parent)
        self.agenda = agenda
        self.key = key

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = FollowingCombo(self.agenda, agenda_label, self.tr("— tanpa agenda —"), parent)
        combo.picked.connect(lambda _v, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        item = index.data(CollectionModel.ItemRole)
        editor.set_current_id(getattr(item, self.key, None))  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        model.setData(index, editor.current_id(), Qt.ItemDataRole.EditRole)  # type: ignore[attr-defined]


class DateDelegate(QStyledItemDelegate):
    """A calendar date editor shown in Indonesian; the earliest date means "none"."""

    def __init__(self, key: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.key = key

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = DigitDateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setLocale(ui_locale())
        edit.calendarWidget().setLocale(ui_locale())
        edit.setDisplayFormat("d MMMM yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("tanpa batas waktu"))
        edit.setToolTip(self.tr("Alt+↓ membuka kalender; tanggal paling awal = tanpa batas waktu"))
        return edit

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        item = index.data(CollectionModel.ItemRole)
        value = getattr(item, self.key, None)
        date = QDate.fromString(value, "yyyy-MM-dd") if value else QDate.currentDate()
        editor.setDate(date if date.isValid() else QDate.currentDate())  # type: ignore[attr-defined]

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        editor.finish_typing()  # type: ignore[attr-defined]  # "311223" then Enter
        date = editor.date()  # type: ignore[attr-defined]
        value = None if date == NO_DATE else date.toString("yyyy-MM-dd")
        model.setData(index, value, Qt.ItemDataRole.EditRole)
