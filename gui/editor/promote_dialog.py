"""A statement made into a decision or a follow-up, with one key.

Ctrl+Shift+D (decision) or Ctrl+Shift+T (follow-up) on the Pembahasan tab
takes the selected statement — after a capture, the one just saved — and
opens this small form prefilled with its words and agenda item; a follow-up's
owner starts as the speaker's office (instansi, else jabatan). The clerk trims
the words and confirms with Enter (Ctrl+Enter: a new line); the row is added
as one undoable step, through the session like every edit. Esc drops it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from core import model
from gui.editor.capture_bar import CaptureText
from gui.editor.combos import FollowingCombo, agenda_label
from gui.widgets.dialog_buttons import ok_cancel

if TYPE_CHECKING:
    from gui.session import MeetingSession


#: the words that begin the name of an office inside a jabatan ("Kepala *Dinas* …")
OFFICE_WORDS = re.compile(
    r"\b(Dinas|Badan|Bagian|Bidang|Kantor|Sekretariat|Inspektorat|Kecamatan|Kelurahan|"
    r"Satuan|Unit|Perum|Perusahaan|Cabang)\b"
)


def speaker_office(session: MeetingSession, attendee_id: int | None) -> str:
    """Who follows up on a speaker's words: the office named in their jabatan
    ("Kepala Dinas Pertanian" → "Dinas Pertanian"; the instansi, "Pemerintah
    Kabupaten …", is too wide to own a task), else the instansi, else the jabatan."""
    row = session.attendees.row_of(attendee_id) if attendee_id is not None else -1
    if row < 0:
        return ""
    attendee = session.attendees.item(row)
    found = OFFICE_WORDS.search(attendee.position or "")
    if found:
        return (attendee.position or "")[found.start() :]
    return attendee.organization or attendee.position or ""


class PromoteDialog(QDialog):
    """``collection`` is "decisions" or "actions"; ``statement`` the source."""

    def __init__(
        self,
        session: MeetingSession,
        statement: model.Statement,
        collection: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.collection = collection
        decision = collection == "decisions"
        self.setWindowTitle(
            self.tr("Jadikan keputusan") if decision else self.tr("Jadikan tindak lanjut")
        )
        self.setMinimumWidth(560)
        source = QLabel(
            self.tr("Dari pernyataan {0}").format(session.speaker_label(statement.speaker_id)),
            self,
        )
        source.setTextFormat(Qt.TextFormat.PlainText)
        source.setWordWrap(True)
        source.setStyleSheet("color: palette(dark);")
        self.text = CaptureText(self)
        self.text.setTabChangesFocus(True)
        self.text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps
        self.text.setMinimumHeight(90)
        self.text.setPlainText(statement.text)
        self.text.submitted.connect(self.accept)
        self.text.escaped.connect(self.reject)
        self.agenda = FollowingCombo(
            session.agenda, agenda_label, self.tr("— tanpa agenda —"), self
        )
        self.agenda.set_current_id(statement.agenda_id)
        self.owner = QLineEdit(speaker_office(session, statement.speaker_id), self)
        form = QFormLayout()
        form.addRow(self.tr("&Teks:"), self.text)
        form.addRow(self.tr("A&genda:"), self.agenda)
        if not decision:
            form.addRow(self.tr("Penanggung &jawab:"), self.owner)
        self.owner.setVisible(not decision)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, self.tr("Simpan")))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self.text.selectAll()  # typing replaces the words; an arrow key keeps them

    def item(self) -> Any:
        text = self.text.toPlainText().strip()
        agenda_id = self.agenda.current_id()
        if self.collection == "decisions":
            return model.Decision(text=text, agenda_id=agenda_id)
        owner = self.owner.text().strip() or None
        return model.Action(text=text, owner=owner, agenda_id=agenda_id)

    def accept(self) -> None:
        """Stored at once (or once the archive is free: gui.saves); on failure
        (said by the session) the words stay here."""
        if not self.text.toPlainText().strip():
            return
        ctx = self.session.ctx
        what = self.tr("Jadikan keputusan") if self.collection == "decisions" else self.tr(
            "Jadikan tindak lanjut")  # fmt: skip
        changes = self.session.run(
            ctx.store.add_rows, self.collection, self.session.meeting_id, [self.item()], text=what
        )
        if changes is not None:
            super().accept()
