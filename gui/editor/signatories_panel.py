"""Who signs the minutes: picked from the meeting's attendees or the directory.

The list sits under the meeting's details (tab Rincian). Each row is a
label ("Pimpinan Rapat", "Notulis", "Mengetahui, Sekretaris Daerah") and a
person: an attendee (name, jabatan, pangkat and NIP come from the attendee)
or someone from the directory (copied into the row, as an attendee's
snapshot is). When the list is empty the office's choice signs (Pengaturan,
Kantor). Every change is one undo step through the session, as in every list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QHeaderView, QLabel, QWidget

from core import model
from gui.editor.list_panel import ListPanel

if TYPE_CHECKING:
    from gui.session import MeetingSession

# directory entries offered in the picker (the completer filters as the clerk types)
DIRECTORY_LIMIT = 500
ENTRY_ROW = 2  # the entry line's place in ListPanel's layout


class SignatoriesPanel(ListPanel):
    collection = "signatories"
    multiline = ()

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.who = QComboBox(self)
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.who.setMinimumContentsLength(28)
        completer = QCompleter(self.who.model(), self.who)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.who.setCompleter(completer)
        self.who.setToolTip(self.tr("Peserta rapat ini, atau pejabat dari direktori"))
        who_label = QLabel(self.tr("&Siapa:"), self)
        who_label.setBuddy(self.who)
        row = self.layout().itemAt(ENTRY_ROW).layout()
        row.insertWidget(0, who_label)
        row.insertWidget(1, self.who, 1)
        self.setTabOrder(self.table, self.who)
        self.setTabOrder(self.who, self.entry)
        attendees = session.attendees
        for signal in (attendees.rowsInserted, attendees.rowsRemoved, attendees.dataChanged,
                       attendees.modelReset):  # fmt: skip
            signal.connect(self.fill_choices)
        self.fill_choices()

    def fill_choices(self, *_: object) -> None:
        """Attendees first, then the directory's officials not already attending."""
        current = self.who.currentData()
        self.who.clear()
        attending = set()
        for a in self.session.attendees.items:
            self.who.addItem(a.label, ("attendee", a.id))
            attending.add(a.person_id)
        for p in self.ctx.store.list_people(limit=DIRECTORY_LIMIT):
            if p.id not in attending:
                self.who.addItem(self.tr("{0} — direktori").format(p.label), ("person", p))
        found = self.who.findData(current) if current is not None else -1
        self.who.setCurrentIndex(max(found, 0) if self.who.count() else -1)

    def add_from_entry(self) -> None:
        if self.who.currentData() is None:
            self.status.setText(self.tr("Pilih dulu siapa yang menandatangani."))
            self.who.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().add_from_entry()

    def new_item(self, text: str) -> Any:
        kind, value = self.who.currentData()
        if kind == "attendee":
            return model.Signatory(label=text, attendee_id=value)
        return model.Signatory(
            label=text, name=value.name, position=value.position, rank=value.rank, nip=value.nip
        )

    def noun(self) -> str:
        return self.tr("penanda tangan")

    def entry_hint(self) -> str:
        return self.tr("Sebagai, mis. Pimpinan Rapat atau Mengetahui, lalu Enter")

    def intro(self) -> str:
        return self.tr(
            "Penanda tangan notula, dari kiri ke kanan; yang terakhir di bawah tempat dan "
            "tanggal. Bila kosong, yang menandatangani pilihan kantor (Pengaturan, Kantor)."
        )

    def empty_text(self) -> str:
        return self.tr("Belum ada: notula ditandatangani sesuai pilihan kantor.")

    def setup_table(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((170, 230, 260, 170, 170)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
