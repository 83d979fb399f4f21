"""The offer made when a new meeting belongs to a series: the open follow-ups
of that series, each ticked, to carry into it (one undo step, core carry_over)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.followups import FollowUp
from gui.widgets.dialog_buttons import ok_cancel


class CarryOverDialog(QDialog):
    """Space ticks or unticks the follow-up under the cursor; Enter carries the ticked ones."""

    def __init__(self, series: str, offer: list[FollowUp], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tindak lanjut rapat sebelumnya"))
        self.setMinimumWidth(860)
        self.offer = offer
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Rapat ini termasuk seri “{0}”. Tindak lanjut berikut belum selesai; "
                "yang dicentang dibawa ke rapat ini untuk dicatat perkembangannya."
            ).format(series)
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        for f in offer:
            owner = f" — {f.owner}" if f.owner else ""
            due = self.tr(", batas {0}").format(f.due) if f.due else ""
            item = QListWidgetItem(f"{f.text}{owner}{due}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(f.progress or "")
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        self.buttons = ok_cancel(self, self.tr("Bawa ke rapat ini"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Lewati"))
        layout.addWidget(self.buttons)
        self.list.setFocus()

    def chosen(self) -> list[str]:
        """The uids ticked."""
        return [
            f.uid
            for n, f in enumerate(self.offer)
            if self.list.item(n).checkState() == Qt.CheckState.Checked
        ]
