"""Editing one captured statement: speaker, agenda item, kind, time and words.

It behaves like the capture bar (Enter saves, Shift/Ctrl+Enter is a new
line, Esc cancels), and it stays open with everything typed if saving fails.
All changed fields are stored as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from core import model
from gui.editor.capture_bar import CaptureText
from gui.editor.combos import FollowingCombo, agenda_label
from gui.editor.speaker_picker import SpeakerPicker
from gui.models.collection_model import CollectionModel
from gui.widgets.typed_fields import TimeField


class StatementDialog(QDialog):
    def __init__(
        self,
        statement: model.Statement,
        attendees: CollectionModel,
        agenda: CollectionModel,
        save: Callable[[dict[str, Any]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ubah pernyataan"))
        self.statement = statement
        self._save = save
        self.speaker = SpeakerPicker(attendees, self)
        self.speaker.set_speaker(statement.speaker_id, announce=False)
        self.agenda = FollowingCombo(agenda, agenda_label, self.tr("— tanpa agenda —"), self)
        self.agenda.set_current_id(statement.agenda_id)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Kutipan langsung"), "quote")
        self.kind.addItem(self.tr("Ringkasan"), "summary")
        self.kind.setCurrentIndex(0 if statement.is_quote else 1)
        self.at = TimeField(self)
        self.at.set_value(statement.at)
        self.text = CaptureText(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(statement.text)
        self.text.submitted.connect(self.save)
        self.text.escaped.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Pembicara:"), self.speaker)
        form.addRow(self.tr("&Agenda:"), self.agenda)
        form.addRow(self.tr("&Jenis:"), self.kind)
        form.addRow(self.tr("Ja&m:"), self.at)
        form.addRow(self.tr("&Teks:"), self.text)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setToolTip(self.tr("Enter di kotak teks"))
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.text.setTextCursor(cursor)

    def changes(self) -> dict[str, Any]:
        values = {
            "speaker_id": self.speaker.resolve(),
            "agenda_id": self.agenda.current_id(),
            "kind": self.kind.currentData(),
            "at": self.at.raw(),
            "text": self.text.toPlainText().strip(),
        }
        old = self.statement
        before = {
            "speaker_id": old.speaker_id,
            "agenda_id": old.agenda_id,
            "kind": old.kind or "quote",
            "at": old.at[:5] if old.at else None,
            "text": old.text,
        }
        return {k: v for k, v in values.items() if v != before[k]}

    def save(self) -> None:
        changes = self.changes()
        if not changes or self._save(changes):
            self.accept()
