"""Settings: language, the office profile (kop surat, city, paper, notula,
"Mengetahui", press contact), margins, fonts and the base template.

They are stored in the archive (so they travel with it to another PC) and
announced through ``settingsChanged``; window layout is not here, it lives in
QSettings. The profile's fields are gui.settings.office_form's; a profile can also be
imported from and exported to a ``notula.office`` file. A failed save keeps
the dialog open with everything typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont
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
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import office
from core.errors import NotulaError
from gui.context import AppContext
from gui.settings.office_form import OfficeForm, add_form, ask_profile_file

MARGIN_KEYS = ("top", "bottom", "left", "right")
#: the tabs a caller may open the dialog on
OFFICE_TAB = 1


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, tab: int = 0) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.values = ctx.store.all_settings()
        #: the profile as set (or imported): stored as is when the form still says the same
        self.document = ctx.store.office_document()
        self.setWindowTitle(self.tr("Pengaturan"))
        self.setMinimumSize(680, 540)
        self.tabs = QTabWidget()
        self._general_page()
        self.office = OfficeForm(self.tabs, ctx.prompts)
        self._document_page()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.import_button = QPushButton(self.tr("&Impor profil…"))
        self.import_button.setToolTip(self.tr("Isi profil kantor dari berkas notula.office"))
        self.import_button.clicked.connect(self.import_profile)
        self.export_button = QPushButton(self.tr("Ekspor p&rofil…"))
        self.export_button.setToolTip(self.tr("Simpan profil kantor sebagai berkas notula.office"))
        self.export_button.clicked.connect(self.export_profile)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.load(self.values)
        self.tabs.setCurrentIndex(tab)

    # ---- pages -------------------------------------------------------------------

    def _general_page(self) -> None:
        form = add_form(self.tabs, self.tr("Umum"))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Bahasa Indonesia", "id")
        self.language_combo.addItem("English", "en")
        form.addRow(self.tr("&Bahasa:"), self.language_combo)
        self.language_note = QLabel(self.tr("Bahasa baru berlaku setelah Notula dibuka ulang."))
        self.language_note.setStyleSheet("color: palette(mid);")
        form.addRow("", self.language_note)
        self.inline_spin = QSpinBox()
        self.inline_spin.setRange(0, 500)
        self.inline_spin.setSuffix(self.tr(" orang"))
        self.inline_spin.setToolTip(
            self.tr("Peserta lebih banyak dari ini ditulis “terlampir” dengan daftar hadir.")
        )
        form.addRow(self.tr("Nama peserta di &notula, hingga:"), self.inline_spin)

    def _document_page(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tabs.insertTab(OFFICE_TAB + 1, page, self.tr("Dokumen"))
        self.office.add_document_rows(form)
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
        form.addRow(self._buddy(self.tr("&Margin:"), self.margin_spins["top"]), grid)
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
        self.inline_spin.setValue(int(values.get("attendees_inline_max") or 0))
        margins = values.get("margins_mm") or {}
        for key, spin in self.margin_spins.items():
            spin.setValue(float(margins.get(key, 25.0)))
        name = values.get("font_name") or "Arial"
        self.font_combo.setCurrentFont(QFont(name))
        self.font_combo.setEditText(name)  # "Arial" stays Arial where Qt shows a look-alike
        self.font_size_spin.setValue(int(values.get("font_size_pt") or 12))
        self.template_edit.setText(values.get("base_template") or "")
        self.office.load(office.from_settings(values))

    def collected(self) -> dict[str, Any]:
        """The settings other than the profile, as typed."""
        return {
            "language": self.language_combo.currentData(),
            "attendees_inline_max": self.inline_spin.value(),
            "margins_mm": {k: spin.value() for k, spin in self.margin_spins.items()},
            "font_name": self.font_combo.currentText().strip() or "Arial",
            "font_size_pt": self.font_size_spin.value(),
            "base_template": self.template_edit.text().strip(),
        }

    def profile_document(self) -> tuple[bool, dict[str, Any] | None]:
        """The profile as typed, checked as ``office set`` checks a file (the
        document as set or imported when the form still says the same); None
        when nothing of an office is typed. False, with the problem shown on
        the office page, when it cannot be a profile.
        """
        profile = self.office.collected()
        try:
            if profile is None:
                return True, None
            if not profile.government:
                raise NotulaError(
                    self.tr("Isi baris pertama kop (Pemerintah) di halaman Kantor, atau "
                            "kosongkan semua isian profil kantor.")
                )  # fmt: skip
            if self.document and office.OfficeProfile.from_document(self.document) == profile:
                return True, self.document
            return True, office.check(profile.to_document(), self.tr("Profil kantor"))
        except NotulaError as exc:
            self.tabs.setCurrentWidget(self.office.office_page)
            self.ctx.prompts.error(str(exc))
            return False, None

    def save(self) -> bool:
        """Store what changed; on failure say why and keep the dialog as typed."""
        problem = self.office.nip_problem()
        if problem:
            self.tabs.setCurrentWidget(self.office.signatory_page)
            self.ctx.prompts.error(self.tr("NIP pejabat “Mengetahui”: {0}").format(problem))
            return False
        ok, document = self.profile_document()
        if not ok:
            return False
        current = self.ctx.store.all_settings()
        changed = {k: v for k, v in self.collected().items() if current.get(k) != v}
        profile_changed = document != self.ctx.store.office_document()
        try:
            if changed:
                self.ctx.store.set_settings(changed)
            if profile_changed:
                self.ctx.store.set_office_document(document)
        except NotulaError as exc:
            self.ctx.report(exc)
            return False
        if changed or profile_changed:
            self.values = self.ctx.store.all_settings()
            self.document = document
            self.ctx.events.settingsChanged.emit()
        self.accept()
        return True

    # ---- profile files and the template ----------------------------------------------

    def import_profile(self) -> bool:
        """Fill the form from a notula.office file (stored on Simpan, like any edit)."""
        document = ask_profile_file(self.ctx.prompts)
        if document is None:
            return False
        self.document = document
        self.office.load(office.OfficeProfile.from_document(document))
        self.tabs.setCurrentWidget(self.office.office_page)
        return True

    def export_profile(self) -> bool:
        ok, document = self.profile_document()
        if not ok:
            return False
        if document is None:
            self.ctx.prompts.error(self.tr("Profil kantor masih kosong: tidak ada yang diekspor."))
            return False
        path = self.ctx.prompts.save_file(
            self.tr("Ekspor profil kantor"), self.tr("Profil kantor (*.json)"), "profil-kantor.json"
        )
        if not path:
            return False
        try:
            office.write_file(document, path)
        except NotulaError as exc:
            self.ctx.prompts.error(str(exc))
            return False
        return True

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
