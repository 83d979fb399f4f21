"""The "Keputusan" tab: what the meeting decided, numbered as in the minutes."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from core import model
from gui.context import AppContext
from gui.editor.combos import agenda_label
from gui.editor.delegates import AgendaDelegate
from gui.editor.list_panel import ListPanel
from gui.models.collection_model import CollectionModel, Column


class DecisionsPanel(ListPanel):
    collection = "decisions"

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        stack: QUndoStack,
        agenda: CollectionModel,
        parent: QWidget | None = None,
    ) -> None:
        self.agenda = agenda
        super().__init__(ctx, meeting_id, stack, parent)
        for signal in (
            agenda.rowsInserted,
            agenda.rowsRemoved,
            agenda.rowsMoved,
            agenda.dataChanged,
        ):
            signal.connect(self._agenda_changed)

    def _agenda_title(self, item: Any) -> str:
        if item.agenda_id is None:
            return ""
        row = self.agenda.row_of(item.agenda_id)
        return agenda_label(row, self.agenda.item(row)) if row >= 0 else ""

    def _agenda_changed(self, *_: object) -> None:
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 1), self.model.index(self.model.rowCount() - 1, 1)
            )

    def columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Keputusan"), editable=True),
            Column("agenda_id", self.tr("Agenda"), editable=True, display=self._agenda_title,
                   tooltip=self._agenda_title),
        ]  # fmt: skip

    def new_item(self, text: str) -> Any:
        return model.Decision(text=text)

    def noun(self) -> str:
        return self.tr("keputusan")

    def entry_hint(self) -> str:
        return self.tr("Ketik keputusan baru, lalu Enter (Insert untuk ke sini)")

    def intro(self) -> str:
        return self.tr(
            "Keputusan dicetak bernomor sesuai urutan ini. Kolom Agenda (F2) "
            "mengaitkan keputusan dengan agenda yang dibahas."
        )

    def setup_table(self) -> None:
        self.table.setItemDelegateForColumn(1, AgendaDelegate(self.agenda, parent=self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 300)
