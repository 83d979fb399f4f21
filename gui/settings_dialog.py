"""Office settings: language, letterhead, paper, fonts, the "Mengetahui" signatory.

They are stored in the archive (so they travel with it to another PC) and
announced through ``settingsChanged``; window layout is not here, it lives in
QSettings. A failed save keeps the dialog open with everything typed.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import NotulaError
from core.people import nip_digits, nip_problem
from core.vocabulary import UTC_OFFSETS
from gui.context import AppContext

LOGO_MAX_PX = 600  # enough for a printed kop; keeps the archive small
MARGIN_KEYS = ("top", "bottom", "left", "right")


def _form(parent: QTabWidget, title: str) -> QFormLayout:
    page = QWidget()
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    parent.addTab(page, title)
    return form


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.values = ctx.store.all_settings()
        self.logo_b64 = ""
        self.setWindowTitle(self.tr("Pengaturan"))
        self.setMinimumSize(640, 520)
        self.tabs = QTabWidget()
        self._general_page()
        self._letterhead_page()
        self._document_page()
        self._signatory_page()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.load(self.values)

    # ---- pages -------------------------------------------------------------------

    def _general_page(self) -> None:
        form = _form(self.tabs, self.tr("Umum"))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.addItem("English", "en")
        form.addRow(self.tr("&Bahasa:"), self.language_combo)
        self.language_note = QLabel(self.tr("Bahasa baru berlaku setelah Notula dibuka ulang."))
        self.language_note.setStyleSheet("color: palette(mid);")
        form.addRow("", self.language_note)
        self.city_edit = QLineEdit()
        self.city_edit.setToolTip(self.tr("Kota pada tanggal tanda tangan, mis. Pangkalpinang"))
        form.addRow(self.tr("&Kota:"), self.city_edit)
        self.timezone_combo = QComboBox()
        for zone, offset in UTC_OFFSETS.items():
            self.timezone_combo.addItem(f"{zone} ({offset})", zone)
        form.addRow(self.tr("&Zona waktu:"), self.timezone_combo)
        self.inline_spin = QSpinBox()
        self.inline_spin.setRange(0, 500)
        self.inline_spin.setSuffix(self.tr(" orang"))
        self.inline_spin.setToolTip(
            self.tr("Peserta lebih banyak dari ini ditulis “terlampir” dengan daftar hadir.")
        )
        form.addRow(self.tr("Nama peserta di &notula, hingga:"), self.inline_spin)

    def _letterhead_page(self) -> None:
        form = _form(self.tabs, self.tr("Kop surat"))
        self.letterhead_edit = QPlainTextEdit()
        self.letterhead_edit.setPlaceholderText("PEMERINTAH KOTA PANGKALPINANG\nSEKRETARIAT DAERAH")
        self.letterhead_edit.setTabChangesFocus(True)
        self.letterhead_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        form.addRow(self.tr("&Baris kop\n(satu per baris):"), self.letterhead_edit)
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("Jalan …, Telepon …, Laman …, Pos-el …"))
        form.addRow(self.tr("&Alamat:"), self.address_edit)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(120, 120)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid); background: white;")
        self.logo_choose = QPushButton(self.tr("Pilih &logo…"))
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(self.tr("&Hapus logo"))
        self.logo_remove.clicked.connect(self.remove_logo)
        row = QGridLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.logo_preview, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.logo_choose, 0, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.logo_remove, 1, 1, Qt.AlignmentFlag.AlignTop)
        row.setRowStretch(2, 1)
        row.setColumnStretch(2, 1)
        form.addRow(self.tr("Logo:"), row)

    def _document_page(self) -> None:
        form = _form(self.tabs, self.tr("Dokumen"))
        self.paper_combo = QComboBox()
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("F4 (215 × 330 mm)"), "F4")
        form.addRow(self.tr("&Kertas:"), self.paper_combo)
        grid = QGridLayout()
        self.margin_spins: dict[str, QDoubleSpinBox] = {}
        labels = {
            "top": self.tr("Atas"),
            "bottom": self.tr("Bawah"),
            "left": self.tr("Kiri"),
            "right": self.tr("Kanan"),
        }
        for i, key in enumerate(MARGIN_KEYS):
            spin = QDoubleSpinBox()
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSuffix(" mm")
            spin.setMinimumWidth(110)
            self.margin_spins[key] = spin
            label = QLabel(labels[key])
            label.setBuddy(spin)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(4, 1)
        form.addRow(self.tr("Margin:"), grid)
        self.font_combo = QFontComboBox()
        self.font_size_spin = QSpinBox()
        self.font_size_spin.setRange(8, 24)
        self.font_size_spin.setSuffix(" pt")
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_combo, 1)
        font_row.addWidget(self.font_size_spin)
        form.addRow(self._buddy(self.tr("&Huruf:"), self.font_combo), font_row)
        self.template_edit = QLineEdit()
        self.template_edit.setReadOnly(True)
        self.template_edit.setPlaceholderText(self.tr("(templat bawaan Notula)"))
        self.template_choose = QPushButton(self.tr("Pilih…"))
        self.template_choose.clicked.connect(self.choose_template)
        self.template_clear = QPushButton(self.tr("Pakai bawaan"))
        self.template_clear.clicked.connect(self.template_edit.clear)
        row = QHBoxLayout()
        row.addWidget(self.template_edit, 1)
        row.addWidget(self.template_choose)
        row.addWidget(self.template_clear)
        form.addRow(self._buddy(self.tr("&Templat .docx:"), self.template_choose), row)

    def _signatory_page(self) -> None:
        form = _form(self.tabs, self.tr("Mengetahui"))
        note = QLabel(
            self.tr(
                "Pejabat yang menandatangani “Mengetahui” di bawah notula. "
                "Kosongkan nama bila tidak dipakai."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.ack_edits: dict[str, QLineEdit] = {}
        for key, label, hint in (
            ("label", self.tr("&Sebutan:"), self.tr("mis. Mengetahui, Sekretaris Daerah")),
            ("name", self.tr("&Nama:"), ""),
            ("rank", self.tr("&Pangkat/Golongan:"), self.tr("mis. Pembina Utama Muda (IV/c)")),
            ("nip", self.tr("N&IP:"), self.tr("mis. 19720315 199803 1 004")),
            ("position", self.tr("&Jabatan:"), ""),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            self.ack_edits[key] = edit
            form.addRow(label, edit)
        self.nip_problem_label = QLabel()
        self.nip_problem_label.setStyleSheet("color: #b3261e;")
        form.addRow("", self.nip_problem_label)
        self.ack_edits["nip"].textChanged.connect(self._check_nip)

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        """A row label whose Alt+letter reaches a field inside a row layout."""
        label = QLabel(text)
        label.setBuddy(widget)
        return label

    # ---- values ------------------------------------------------------------------

    def load(self, values: dict[str, Any]) -> None:
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(values["language"]))
        )
        self.city_edit.setText(values.get("default_city") or "")
        zone = self.timezone_combo.findData(values.get("default_timezone"))
        self.timezone_combo.setCurrentIndex(max(0, zone))
        self.inline_spin.setValue(int(values.get("attendees_inline_max") or 0))
        self.letterhead_edit.setPlainText("\n".join(values.get("letterhead_lines") or []))
        self.address_edit.setText(values.get("letterhead_address") or "")
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(values.get("paper"))))
        margins = values.get("margins_mm") or {}
        for key, spin in self.margin_spins.items():
            spin.setValue(float(margins.get(key, 25.0)))
        name = values.get("font_name") or "Arial"
        self.font_combo.setCurrentFont(QFont(name))
        self.font_combo.setEditText(name)  # "Arial" stays Arial where Qt shows a look-alike
        self.font_size_spin.setValue(int(values.get("font_size_pt") or 12))
        self.template_edit.setText(values.get("base_template") or "")
        ack = values.get("acknowledger") or {}
        for key, edit in self.ack_edits.items():
            edit.setText(ack.get(key) or "")
        self.logo_b64 = values.get("logo_png_base64") or ""
        self._show_logo()

    def collected(self) -> dict[str, Any]:
        lines = [ln.strip() for ln in self.letterhead_edit.toPlainText().splitlines()]
        ack = {key: " ".join(edit.text().split()) for key, edit in self.ack_edits.items()}
        ack["nip"] = nip_digits(ack["nip"])
        return {
            "language": self.language_combo.currentData(),
            "default_city": self.city_edit.text().strip(),
            "default_timezone": self.timezone_combo.currentData(),
            "attendees_inline_max": self.inline_spin.value(),
            "letterhead_lines": [ln for ln in lines if ln],
            "letterhead_address": self.address_edit.text().strip(),
            "logo_png_base64": self.logo_b64,
            "paper": self.paper_combo.currentData(),
            "margins_mm": {k: spin.value() for k, spin in self.margin_spins.items()},
            "font_name": self.font_combo.currentText().strip() or "Arial",
            "font_size_pt": self.font_size_spin.value(),
            "base_template": self.template_edit.text().strip(),
            "acknowledger": ack,
        }

    def _check_nip(self) -> str | None:
        digits = nip_digits(self.ack_edits["nip"].text())
        problem = nip_problem(digits) if digits else None
        self.nip_problem_label.setText(problem or "")
        return problem

    def save(self) -> bool:
        """Store what changed; on failure say why and keep the dialog as typed."""
        problem = self._check_nip()
        if problem:
            self.tabs.setCurrentIndex(3)
            self.ctx.prompts.error(self.tr("NIP pejabat “Mengetahui”: {0}").format(problem))
            return False
        values = self.collected()
        current = self.ctx.store.all_settings()
        changed = {k: v for k, v in values.items() if current.get(k) != v}
        if changed:
            try:
                self.ctx.store.set_settings(changed)
            except NotulaError as exc:
                self.ctx.report(exc)
                return False
            self.values.update(changed)
            self.ctx.events.settingsChanged.emit()
        self.accept()
        return True

    # ---- logo and template -------------------------------------------------------

    def choose_logo(self) -> None:
        path = self.ctx.prompts.open_file(
            self.tr("Pilih logo"), self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_logo_file(path)

    def set_logo_file(self, path: str) -> bool:
        image = QImage(path)
        if image.isNull():
            self.ctx.prompts.error(
                self.tr("{0}: bukan gambar PNG atau JPG yang dapat dibaca").format(path)
            )
            return False
        if max(image.width(), image.height()) > LOGO_MAX_PX:
            image = image.scaled(
                LOGO_MAX_PX, LOGO_MAX_PX, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )  # fmt: skip
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self.logo_b64 = base64.b64encode(bytes(data)).decode("ascii")
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo_b64 = ""
        self._show_logo()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo_b64:
            pixmap.loadFromData(base64.b64decode(self.logo_b64), "PNG")
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(tanpa logo)"))
        else:
            size = self.logo_preview.size()
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    size.width() - 8,
                    size.height() - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )  # fmt: skip
            )
        self.logo_remove.setEnabled(bool(self.logo_b64))

    def choose_template(self) -> None:
        path = self.ctx.prompts.open_file(
            self.tr("Pilih templat dokumen"), self.tr("Dokumen Word (*.docx)")
        )
        if not path:
            return
        if Path(path).suffix.lower() != ".docx" or not Path(path).is_file():
            self.ctx.prompts.error(self.tr("{0}: bukan berkas .docx").format(path))
            return
        self.template_edit.setText(path)
