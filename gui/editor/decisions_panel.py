"""The "Keputusan" tab: what the meeting decided, numbered as in the minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHeaderView, QWidget

from core import model
from gui.editor.delegates import AgendaDelegate
from gui.editor.list_panel import ListPanel

if TYPE_CHECKING:
    from gui.session import MeetingSession


class DecisionsPanel(ListPanel):
    collection = "decisions"

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        self.agenda = session.agenda
        super().__init__(session, parent)

    def new_item(self, text: str) -> Any:
        return model.Decision(text=text, agenda_id=self.session.current_agenda())

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
