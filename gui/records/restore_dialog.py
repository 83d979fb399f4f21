"""Pulihkan…: the automatic backups, newest first, with their date and number
of meetings, or another backup file the clerk picks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gui.archive.model import date_label

if TYPE_CHECKING:
    from core.backups import BackupInfo


class RestoreDialog(QDialog):
    def __init__(
        self,
        found: list[BackupInfo],
        pick_file: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.chosen: Path | None = None
        self._pick_file = pick_file
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Pilih cadangan. Arsip saat ini disisihkan dengan nama bertanggal, "
                    "tidak dihapus."
                ),
                self,
            )
        )
        self.list = QListWidget(self)
        for info in found:
            item = QListWidgetItem(
                self.tr("{0}, pukul {1} — {2} rapat").format(
                    date_label(info.taken.date().isoformat()),
                    info.taken.strftime("%H.%M"),
                    info.meetings,
                )
            )
            item.setData(256, str(info.path))
            self.list.addItem(item)
        if not found:
            self.list.addItem(self.tr("(belum ada cadangan otomatis)"))
            self.list.setEnabled(False)
        else:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        self.other = QPushButton(self.tr("Berkas lain…"), self)
        buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        self.ok = buttons.addButton(self.tr("Pulihkan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(bool(found))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.other.clicked.connect(self._other)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def _other(self) -> None:
        path = self._pick_file()
        if path:
            self.chosen = Path(path)
            super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(256):
            self.chosen = Path(item.data(256))
        super().accept()
