"""Everything about one attendee in one dialog (Ctrl+E in the attendance list).

The table edits one cell at a time; this dialog is for fixing a row at once
— and it says plainly that only this meeting changes, not the directory.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core import model
from core.validation import TIME_RE
from gui.context import AppContext
from gui.directory.person_dialog import PersonForm
from gui.editor.attendees_columns import role_labels, time_value
from gui.widgets.dialog_buttons import ok_cancel

ATTENDEE_FIELDS = (
    "name", "nip", "rank", "position", "organization", "contact",
    "role", "present", "represents", "joined_at", "left_at",
)  # fmt: skip


class AttendeeDialog(QDialog):
    def __init__(
        self, ctx: AppContext, attendee: model.Attendee, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.attendee = attendee
        self.setWindowTitle(self.tr("Ubah peserta"))
        self.setMinimumWidth(600)

        self.form = PersonForm(self)
        self.form.set_values(attendee)
        self.form.hint.hide()
        self.note = QLabel(
            self.tr("Perubahan di sini hanya untuk rapat ini; direktori pejabat tidak berubah."),
            self,
        )
        self.note.setStyleSheet("color: gray;")
        self.role = QComboBox(self)
        self.role.addItem(self.tr("(tanpa peran)"), None)
        for code, label in role_labels().items():
            self.role.addItem(label, code)
        self.role.setCurrentIndex(max(0, self.role.findData(attendee.role)))
        self.present = QCheckBox(self.tr("&Hadir"), self)
        self.present.setChecked(attendee.is_present)
        self.represents = QLineEdit(attendee.represents or "", self)
        self.represents.setPlaceholderText(self.tr("jabatan yang diwakili, mis. Kepala Dinas"))
        self.joined = QLineEdit(attendee.joined_at or "", self)
        self.left = QLineEdit(attendee.left_at or "", self)
        for edit in (self.joined, self.left):
            edit.setPlaceholderText(self.tr("JJ.MM"))
            edit.setMaximumWidth(90)
            edit.textChanged.connect(self._refresh)
        times = QHBoxLayout()
        times.addWidget(QLabel(self.tr("Masuk:"), self))
        times.addWidget(self.joined)
        times.addSpacing(16)
        times.addWidget(QLabel(self.tr("Keluar:"), self))
        times.addWidget(self.left)
        times.addStretch(1)

        extra = self.form.form  # same label column as the person's fields
        extra.addRow(self.tr("P&eran:"), self.role)
        extra.addRow("", self.present)
        extra.addRow(self.tr("&Mewakili:"), self.represents)
        extra.addRow(self.tr("Waktu:"), times)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #c0392b;")
        self.buttons = ok_cancel(self, self.tr("Simpan"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._refresh)
        self._refresh()
        self.form.name.setFocus()

    def problem(self) -> str | None:
        problem = self.form.problem()
        if problem:
            return problem
        for label, edit in (
            (self.tr("Jam masuk"), self.joined),
            (self.tr("Jam keluar"), self.left),
        ):
            value = time_value(edit.text())
            if value is not None and not TIME_RE.match(value):
                return self.tr("{0} harus berbentuk JJ.MM").format(label)
        return None

    def _refresh(self) -> None:
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        self.problem_label.setText(problem or "")

    def accept(self) -> None:
        if self.problem() is None:
            super().accept()

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the attendee as it was."""
        values: dict[str, Any] = dict(self.form.values())
        values["role"] = self.role.currentData()
        values["present"] = self.present.isChecked()
        values["represents"] = self.represents.text().strip() or None
        values["joined_at"] = time_value(self.joined.text())
        values["left_at"] = time_value(self.left.text())
        out = {}
        for field in ATTENDEE_FIELDS:
            old = getattr(self.attendee, field)
            if field == "present":
                old = self.attendee.is_present
            if values[field] != old:
                out[field] = values[field]
        return out
