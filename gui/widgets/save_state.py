"""The saves waiting for the archive, said in every window on it.

Hidden while nothing waits. While saves wait (another program holds the
archive: gui.saves) it says how many, in the amber of a state that passes by
itself rather than the red of a failure; once they are stored it says
"Semua tersimpan" for a few seconds and goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from gui.context import AppContext

WAITING_STYLE = "color: #8a4b00; font-weight: bold;"
SAVED_STYLE = "color: palette(dark);"
SAVED_SHOWN_MS = 4000


class SaveState(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, wrap: bool = False) -> None:
        """``wrap``: in a narrow window (the live one); a status bar has the room."""
        super().__init__(parent)
        self.setProperty("textFormat", "PlainText")  # by name: see gui.archive.view
        self.setWordWrap(wrap)
        self.setContentsMargins(8, 0, 8, 0)
        self._gone = QTimer(self)
        self._gone.setSingleShot(True)
        self._gone.setInterval(SAVED_SHOWN_MS)
        self._gone.timeout.connect(self.hide)
        self._waited = False
        self.ctx = ctx
        ctx.events.savesWaiting.connect(self.show_count)
        self.show_count(ctx.saves.waiting())

    def show_count(self, count: int) -> None:
        if count:
            self._gone.stop()
            self._waited = True
            self.setText(self.ctx.saves.waiting_text(count))
            self.setToolTip(self.ctx.saves.waiting_tip())
            self.setStyleSheet(WAITING_STYLE)
            self.show()
        elif self._waited and not self.ctx.saves.discarded:
            self._waited = False
            self.setText(self.tr("✓ Semua perubahan tersimpan"))
            self.setToolTip("")
            self.setStyleSheet(SAVED_STYLE)
            self._gone.start()
        else:
            self._waited = False
            self.hide()
