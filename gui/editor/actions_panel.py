"""The "Tindak Lanjut" tab: follow-ups with who, by when, and whether done."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView

from core import model
from gui.editor.delegates import AgendaDelegate, DateDelegate
from gui.editor.list_panel import ListPanel

DUE = 2
PROGRESS, AGENDA = 4, 5


class ActionsPanel(ListPanel):
    collection = "actions"

    def new_item(self, text: str) -> Any:
        return model.Action(text=text, agenda_id=self.session.current_agenda())

    def noun(self) -> str:
        return self.tr("tindak lanjut")

    def entry_hint(self) -> str:
        return self.tr("Ketik tindak lanjut baru, lalu Enter (Insert untuk ke sini)")

    def intro(self) -> str:
        return self.tr(
            "Dicetak sebagai tabel No · Tindak Lanjut · Penanggung Jawab · Batas Waktu; "
            "yang dibawa dari rapat sebelumnya dicetak dengan Perkembangannya. "
            "Spasi mencentang Selesai; F2 di Batas waktu membuka kalender."
        )

    def setup_table(self) -> None:
        self.table.setItemDelegateForColumn(DUE, DateDelegate("due", self.table))
        self.table.setItemDelegateForColumn(
            AGENDA, AgendaDelegate(self.session.agenda, parent=self.table)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 220), (2, 150), (3, 60), (PROGRESS, 220), (AGENDA, 220)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
