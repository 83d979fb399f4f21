"""Bantuan → "Pintasan keyboard": every key of the keyboard contract, searchable.

The table is read from ``resources/keyboard.json`` (gui.keyboard), the same
data the tests check against the live widgets, so what it says is what the
keys do. Typing in the search box keeps the rows whose key, task or place
contains the words ("alt+j", "agenda", "peserta").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.keyboard import PLANNED, keymap


def places() -> dict[str, str]:
    """Where a key works, by the first part of its id."""
    return {
        "menu": QCoreApplication.translate("KeyboardDialog", "Jendela arsip dan rapat"),
        "app": QCoreApplication.translate("KeyboardDialog", "Semua jendela"),
        "help": QCoreApplication.translate("KeyboardDialog", "Semua jendela"),
        "archive": QCoreApplication.translate("KeyboardDialog", "Jendela arsip"),
        "welcome": QCoreApplication.translate("KeyboardDialog", "Jendela pertama"),
        "editor": QCoreApplication.translate("KeyboardDialog", "Jendela rapat"),
        "header": QCoreApplication.translate("KeyboardDialog", "Tab Rincian"),
        "attendees": QCoreApplication.translate("KeyboardDialog", "Tab Peserta"),
        "person": QCoreApplication.translate("KeyboardDialog", "Dialog peserta"),
        "capture": QCoreApplication.translate("KeyboardDialog", "Pembahasan: mencatat"),
        "statement": QCoreApplication.translate("KeyboardDialog", "Pembahasan: daftar"),
        "list": QCoreApplication.translate("KeyboardDialog", "Agenda, Keputusan, Tindak Lanjut"),
        "dialog": QCoreApplication.translate("KeyboardDialog", "Setiap dialog"),
    }


def tasks() -> dict[str, str]:
    """What each key does, by id (ids the app adds later fall back to the id)."""
    tabs = (
        ("details", QCoreApplication.translate("KeyboardDialog", "Rincian")),
        ("attendees", QCoreApplication.translate("KeyboardDialog", "Peserta")),
        ("agenda", QCoreApplication.translate("KeyboardDialog", "Agenda")),
        ("discussion", QCoreApplication.translate("KeyboardDialog", "Pembahasan")),
        ("decisions", QCoreApplication.translate("KeyboardDialog", "Keputusan")),
        ("actions", QCoreApplication.translate("KeyboardDialog", "Tindak Lanjut")),
        ("attachments", QCoreApplication.translate("KeyboardDialog", "Dokumentasi")),
    )
    header = (
        ("title", QCoreApplication.translate("KeyboardDialog", "Judul")),
        ("kind", QCoreApplication.translate("KeyboardDialog", "Jenis")),
        ("number", QCoreApplication.translate("KeyboardDialog", "Nomor")),
        ("date", QCoreApplication.translate("KeyboardDialog", "Tanggal")),
        ("start", QCoreApplication.translate("KeyboardDialog", "Jam mulai")),
        ("end", QCoreApplication.translate("KeyboardDialog", "Jam selesai")),
        ("open_end", QCoreApplication.translate("KeyboardDialog", "s.d. selesai")),
        ("timezone", QCoreApplication.translate("KeyboardDialog", "Zona waktu")),
        ("mode", QCoreApplication.translate("KeyboardDialog", "Bentuk kehadiran")),
        ("location", QCoreApplication.translate("KeyboardDialog", "Tempat")),
        ("city", QCoreApplication.translate("KeyboardDialog", "Kota")),
        ("organizer", QCoreApplication.translate("KeyboardDialog", "Penyelenggara")),
        ("chair", QCoreApplication.translate("KeyboardDialog", "Pimpinan rapat")),
        ("note_taker", QCoreApplication.translate("KeyboardDialog", "Notulis")),
        ("series", QCoreApplication.translate("KeyboardDialog", "Seri rapat")),
        ("opening", QCoreApplication.translate("KeyboardDialog", "Pembukaan")),
        ("closing", QCoreApplication.translate("KeyboardDialog", "Penutup")),
        ("status", QCoreApplication.translate("KeyboardDialog", "Status")),
    )
    person = (
        ("name", QCoreApplication.translate("KeyboardDialog", "Nama")),
        ("nip", QCoreApplication.translate("KeyboardDialog", "NIP")),
        ("rank", QCoreApplication.translate("KeyboardDialog", "Pangkat/Golongan")),
        ("position", QCoreApplication.translate("KeyboardDialog", "Jabatan")),
        ("organization", QCoreApplication.translate("KeyboardDialog", "Instansi")),
        ("role", QCoreApplication.translate("KeyboardDialog", "Peran")),
        ("represents", QCoreApplication.translate("KeyboardDialog", "Mewakili")),
        ("present", QCoreApplication.translate("KeyboardDialog", "Hadir")),
    )
    field = QCoreApplication.translate("KeyboardDialog", "ke kolom {0}")
    out = {
        "menu.file": QCoreApplication.translate("KeyboardDialog", "Buka menu Berkas"),
        "menu.edit": QCoreApplication.translate("KeyboardDialog", "Buka menu Edit"),
        "menu.help": QCoreApplication.translate("KeyboardDialog", "Buka menu Bantuan"),
        "help.shortcuts": QCoreApplication.translate(
            "KeyboardDialog", "Daftar pintasan keyboard ini"
        ),
        "archive.new_meeting": QCoreApplication.translate("KeyboardDialog", "Rapat baru"),
        "archive.open": QCoreApplication.translate("KeyboardDialog", "Buka rapat yang dipilih"),
        "archive.search": QCoreApplication.translate("KeyboardDialog", "Ke kotak pencarian"),
        "app.undo": QCoreApplication.translate("KeyboardDialog", "Urungkan"),
        "app.redo": QCoreApplication.translate("KeyboardDialog", "Ulangi (juga Ctrl+Shift+Z)"),
        "welcome.skip": QCoreApplication.translate(
            "KeyboardDialog", "Tutup jendela pertama tanpa memilih"
        ),
        "editor.print": QCoreApplication.translate("KeyboardDialog", "Cetak/Ekspor dokumen"),
        "editor.close": QCoreApplication.translate("KeyboardDialog", "Tutup rapat"),
        "editor.live_window": QCoreApplication.translate(
            "KeyboardDialog", "Jendela catat ringkas (nyala/mati)"
        ),
        "editor.start_meeting": QCoreApplication.translate(
            "KeyboardDialog", "Mulai rapat (mencatat jam mulai)"
        ),
        "editor.end_meeting": QCoreApplication.translate(
            "KeyboardDialog", "Selesai (mencatat jam selesai)"
        ),
        "attendees.add": QCoreApplication.translate(
            "KeyboardDialog", "Ke Tambah peserta (ketik nama atau jabatan, Enter menambah)"
        ),
        "attendees.new_person": QCoreApplication.translate("KeyboardDialog", "Peserta baru…"),
        "attendees.edit": QCoreApplication.translate("KeyboardDialog", "Ubah peserta yang dipilih"),
        "attendees.import_report": QCoreApplication.translate(
            "KeyboardDialog", "Impor laporan peserta…"
        ),
        "capture.speaker": QCoreApplication.translate(
            "KeyboardDialog", "Dari teks kembali ke Pembicara"
        ),
        "capture.save": QCoreApplication.translate(
            "KeyboardDialog", "Simpan pernyataan, siap untuk berikutnya"
        ),
        "capture.newline": QCoreApplication.translate(
            "KeyboardDialog", "Baris baru di dalam pernyataan"
        ),
        "capture.toggle_kind": QCoreApplication.translate(
            "KeyboardDialog", "Pernyataan ini: kutipan ⇄ ringkasan"
        ),
        "capture.agenda_next": QCoreApplication.translate("KeyboardDialog", "Agenda berikutnya"),
        "capture.agenda_prev": QCoreApplication.translate("KeyboardDialog", "Agenda sebelumnya"),
        "capture.time": QCoreApplication.translate(
            "KeyboardDialog", "Ke jam pernyataan (angka yang diketik menggantinya)"
        ),
        "statement.to_decision": QCoreApplication.translate(
            "KeyboardDialog", "Jadikan keputusan dari pernyataan yang dipilih"
        ),
        "statement.to_action": QCoreApplication.translate(
            "KeyboardDialog", "Jadikan tindak lanjut dari pernyataan yang dipilih"
        ),
        "list.add": QCoreApplication.translate("KeyboardDialog", "Tambah baris (di kotak isian)"),
        "list.delete": QCoreApplication.translate("KeyboardDialog", "Hapus baris yang dipilih"),
        "list.move_up": QCoreApplication.translate("KeyboardDialog", "Naikkan baris yang dipilih"),
        "list.move_down": QCoreApplication.translate(
            "KeyboardDialog", "Turunkan baris yang dipilih"
        ),
        "dialog.accept": QCoreApplication.translate("KeyboardDialog", "Simpan / OK"),
        "dialog.cancel": QCoreApplication.translate("KeyboardDialog", "Batal"),
    }
    out.update(
        {
            f"editor.tab.{k}": QCoreApplication.translate("KeyboardDialog", "Tab {0}").format(v)
            for k, v in tabs
        }
    )
    out.update({f"header.{k}": field.format(v) for k, v in header})
    out.update({f"person.{k}": field.format(v) for k, v in person})
    pick = QCoreApplication.translate(
        "KeyboardDialog", "Di kolom Pembicara: pilih pembicara cepat nomor {0}, lalu ke teks"
    )
    out.update({f"capture.pick_{n}": pick.format(n) for n in range(1, 10)})
    return out


class KeyboardDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pintasan keyboard"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("ketik tombol, tugas atau tempat"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        label = QLabel(self.tr("&Cari:"), self)
        label.setBuddy(self.search)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tombol"), self.tr("Tugas"), self.tr("Tempat")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self._fill()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self) -> None:
        described, where = tasks(), places()
        rows = list(keymap().items())
        self.table.setRowCount(len(rows))
        for row, (key_id, keys) in enumerate(rows):
            shown = QKeySequence(keys, QKeySequence.SequenceFormat.PortableText).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            shown = shown.replace("Return", "Enter")  # the word on the clerk's key
            place = where.get(key_id.split(".")[0], "")
            if key_id in PLANNED:
                place = self.tr("{0} (menyusul)").format(place)
            cells = (shown, described.get(key_id, key_id), place)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key_id)
                if key_id in PLANNED:  # reserved: pressing it does nothing yet
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            line = " ".join(self.table.item(row, c).text() for c in range(3)).casefold()
            self.table.setRowHidden(row, not all(w in line for w in words))

    def shown_ids(self) -> list[str]:
        """The ids of the rows the search leaves visible, in order."""
        return [
            self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]
