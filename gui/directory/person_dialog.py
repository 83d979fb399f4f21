"""The form for one official: used by the directory and by "Peserta baru".

One form for both so the clerk meets the same fields in the same order
(name with titles, NIP, pangkat, jabatan, instansi, contact) wherever a
person is typed in.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core import model
from core.people import nip_digits
from gui.context import AppContext
from gui.widgets.dialog_buttons import ok_cancel
from gui.widgets.nip_edit import NipEdit

PERSON_FIELDS = ("name", "nip", "rank", "position", "organization", "contact")

# Words a jabatan starts with: typing "Kepala Dinas…" in the add field means an
# office, not a name, so the new-person form puts it under Jabatan.
_OFFICE_WORDS = re.compile(
    r"^(kepala|ketua|wakil|sekretaris|sekda|asisten|kabid|kasubbag|kasubag|kasi|kabag|"
    r"camat|lurah|bupati|walikota|wali kota|gubernur|direktur|plt\.?|plh\.?|staf|staff|"
    r"anggota|inspektur|kapolres|kapolsek|dandim|danramil|kajari|pj\.?)\b",
    re.IGNORECASE,
)


def guess_fields(typed: str) -> dict[str, str]:
    """Where what was typed in the add field belongs: NIP, jabatan or name."""
    text = typed.strip()
    if not text:
        return {}
    digits = nip_digits(text)
    if digits and len(digits) >= 8 and not re.sub(r"[\d\s.]", "", text):
        return {"nip": digits}
    if _OFFICE_WORDS.match(text):
        return {"position": text}
    return {"name": text}


class PersonForm(QWidget):
    """The six fields of a person; ``changed`` fires on every keystroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("lengkap dengan gelar, mis. Dr. Budi Santoso, M.Si."))
        self.nip = NipEdit(self)
        self.nip_status = QLabel(self)
        self.nip_status.setWordWrap(True)
        self.nip.empty_hint = self.tr("Kosongkan bila tidak punya NIP.")
        self.nip.set_status_label(self.nip_status)
        self.rank = QLineEdit(self)
        self.rank.setPlaceholderText(self.tr("mis. Pembina (IV/a)"))
        self.position = QLineEdit(self)
        self.position.setPlaceholderText(self.tr("mis. Kepala Dinas Perindustrian dan Perdagangan"))
        self.organization = QLineEdit(self)
        self.organization.setPlaceholderText(self.tr("mis. Pemerintah Kabupaten Bangka Barat"))
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(self.tr("telepon atau e-mail"))
        self.hint = QLabel(self.tr("Isi nama atau jabatan; jabatan saja pun boleh."), self)
        self.hint.setStyleSheet("color: gray;")

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("&Nama:"), self.name)
        self.form.addRow(self.tr("N&IP:"), self.nip)
        self.form.addRow("", self.nip_status)
        self.form.addRow(self.tr("&Pangkat/Golongan:"), self.rank)
        self.form.addRow(self.tr("&Jabatan:"), self.position)
        self.form.addRow(self.tr("Ins&tansi:"), self.organization)
        self.form.addRow(self.tr("&Kontak:"), self.contact)
        self.form.addRow("", self.hint)
        for edit in self._edits():
            edit.textChanged.connect(self.changed)

    def _edits(self) -> list[QLineEdit]:
        return [getattr(self, f) for f in PERSON_FIELDS]

    def set_values(self, obj: Any) -> None:
        """Fill from a Person, an Attendee or a dict."""
        get = obj.get if isinstance(obj, dict) else (lambda f: getattr(obj, f, None))
        for field in PERSON_FIELDS:
            value = get(field) or ""
            if field == "nip":
                self.nip.set_nip(value)
            else:
                getattr(self, field).setText(value)

    def values(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for field in PERSON_FIELDS:
            if field == "nip":
                out[field] = self.nip.digits() or None
            else:
                out[field] = getattr(self, field).text().strip() or None
        return out

    def problem(self) -> str | None:
        """Why the form cannot be saved yet, in words for the clerk."""
        if not (self.name.text().strip() or self.position.text().strip()):
            return self.tr("Isi nama atau jabatan.")
        if not self.nip.is_acceptable():
            return self.nip.problem() or self.tr("NIP belum lengkap (18 angka).")
        return None


class PersonDialog(QDialog):
    """Add or change a directory entry, or type in a new attendee.

    With ``offer_directory`` the dialog shows "Simpan juga ke direktori"
    (checked), and with ``ask_role`` the attendee's role in the meeting
    ("Peserta" unless chosen): both for the new-attendee case.
    """

    def __init__(
        self,
        ctx: AppContext,
        title: str,
        values: Any = None,
        *,
        offer_directory: bool = False,
        ask_role: bool = False,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.offer_directory = offer_directory
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form = PersonForm(self)
        if values:
            self.form.set_values(values)
        self.role: QComboBox | None = None
        if ask_role:
            from gui.editor.attendees_columns import role_labels  # the meeting's words

            self.role = QComboBox(self)
            for code, label in role_labels().items():
                self.role.addItem(label, code)
            self.role.setCurrentIndex(max(0, self.role.findData("participant")))
            rows = self.form.form.rowCount()  # above the hint, the form's last line
            self.form.form.insertRow(rows - 1, self.tr("P&eran:"), self.role)
        self.to_directory = QCheckBox(self.tr("Simpan juga ke &direktori pejabat"), self)
        self.to_directory.setChecked(True)
        self.to_directory.setVisible(offer_directory)
        self.duplicate = QLabel(self)
        self.duplicate.setWordWrap(True)
        self.duplicate.setStyleSheet("color: #a05a00;")
        self.buttons = ok_cancel(self, self.tr("Simpan"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.duplicate)
        layout.addWidget(self.to_directory)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._refresh)
        self._refresh()
        self._focus_first_empty()

    def _focus_first_empty(self) -> None:
        for edit in (self.form.name, self.form.nip, self.form.position, self.form.organization):
            if not edit.text():
                edit.setFocus()
                return
        self.form.name.setFocus()

    def _refresh(self) -> None:
        problem = self.form.problem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)
        ok.setToolTip(problem or "")
        nip = self.form.nip.nip()
        same = self.ctx.store.person_for_nip(nip) if nip else None
        if same is not None and same.id != self.person_id:
            self.duplicate.setText(
                self.tr("NIP ini sudah ada di direktori: {0}").format(same.label)
            )
            self.duplicate.show()
        else:
            self.duplicate.hide()

    def accept(self) -> None:
        if self.form.problem() is None:
            super().accept()

    def values(self) -> dict[str, str | None]:
        return self.form.values()

    def attendee_role(self) -> str:
        """The role chosen for the new attendee ("participant" without the field)."""
        return self.role.currentData() if self.role is not None else "participant"

    def person(self) -> model.Person:
        return model.Person(**self.values(), id=self.person_id)

    def save_to_directory(self) -> bool:
        return self.offer_directory and self.to_directory.isChecked()
