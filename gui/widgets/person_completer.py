"""Pick an official from the directory by typing any part of them.

A plain QCompleter matches only the start of one text; clerks remember "the
man from Disperindag" or the last digits of a NIP. So the completer asks the
store for every match of what is typed (name, NIP, jabatan, instansi, in any
order) and shows the list unfiltered, the first match highlighted.

It is attached with ``setWidget`` rather than ``QLineEdit.setCompleter`` so
the line edit keeps what the clerk typed while they move through the list.
Enter on a highlighted entry emits :attr:`PersonCompleter.personChosen`;
Enter with no list shown is left to the line edit's ``returnPressed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from core import model
from gui.context import AppContext
from gui.models.people_model import PeopleModel

Index = QModelIndex | QPersistentModelIndex
MIN_POPUP_WIDTH = 640


class _ChoiceDelegate(QStyledItemDelegate):
    """Shows the one-line "name — jabatan, instansi · NIP" instead of the name."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.text = index.data(PeopleModel.ChoiceRole) or ""


class PersonCompleter(QCompleter):
    #: a directory entry was picked (Enter or click)
    personChosen = Signal(object)

    def __init__(self, ctx: AppContext, line_edit: QLineEdit, limit: int = 50) -> None:
        super().__init__(line_edit)
        self.ctx = ctx
        self.line_edit = line_edit
        self.people = PeopleModel(ctx, limit=limit, parent=self)
        self.setModel(self.people)
        self.setCompletionColumn(0)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(10)
        self.setWidget(line_edit)
        popup = self.popup()
        popup.setItemDelegate(_ChoiceDelegate(popup))
        popup.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        line_edit.textEdited.connect(self.update_matches)
        self.activated[QModelIndex].connect(self._on_activated)

    def update_matches(self, text: str) -> None:
        """Ask the directory for ``text`` and show the matches, the first highlighted."""
        if not text.strip():
            self.popup().hide()
            self.people.set_query("")
            return
        self.people.set_query(text)
        if self.people.rowCount() == 0:
            self.popup().hide()
            return
        edit = self.line_edit
        self.complete(QRect(0, 0, max(edit.width(), MIN_POPUP_WIDTH), edit.height()))
        popup = self.popup()
        popup.setCurrentIndex(self.completionModel().index(0, 0))

    def has_choice(self) -> bool:
        """True while the list is open with an entry highlighted (Enter will pick it)."""
        popup = self.popup()
        return popup.isVisible() and popup.currentIndex().isValid()

    def matches(self) -> list[model.Person]:
        return list(self.people.people)

    def _on_activated(self, index: QModelIndex) -> None:
        person: Any = index.data(PeopleModel.PersonRole)
        if person is not None:
            self.personChosen.emit(person)
