"""The "Agenda" tab: the acara of the meeting, in the order it is discussed.

Its model (the session's) is shared with the rest of the editor (the capture bar's agenda
picker, the statement filter, the decisions' agenda column), so an agenda
item added here can be chosen there at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView

from core import model
from gui.editor.list_panel import ListPanel


class AgendaPanel(ListPanel):
    collection = "agenda"

    def new_item(self, text: str) -> Any:
        return model.AgendaItem(title=text)

    def noun(self) -> str:
        return self.tr("agenda")

    def entry_hint(self) -> str:
        return self.tr("Ketik agenda baru, lalu Enter (Insert untuk ke sini)")

    def intro(self) -> str:
        return self.tr(
            "Urutan di sini menjadi urutan Acara dan pembahasan di notula. "
            "F2 mengubah, Ctrl+↑/↓ memindahkan, Delete menghapus."
        )

    def setup_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 320)
