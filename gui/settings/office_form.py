"""The office profile's fields in the settings dialog: kop surat, city and
time zone, logo, paper and page numbers, the notula's look, "Mengetahui" and
the press contact.

The widgets only hold what the clerk types; what a profile may hold is the
core's to say (core.office.check), so the dialog, ``office set`` and an
imported file give the same answer for the same profile.
"""

from __future__ import annotations

import base64
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from core import office
from core.errors import InputError, NotulaError
from core.people import nip_digits
from core.vocabulary import UTC_OFFSETS
from gui.prompts import Prompts
from gui.widgets.nip_edit import NipEdit

LOGO_MAX_PX = 600  # enough for a printed kop; keeps the archive and each document small
PRESS_KEYS = ("contact_name", "contact_phone", "contact_email", "release_number")


def add_form(tabs: QTabWidget, title: str, note: str = "") -> QFormLayout:
    page = QWidget()
    form = QFormLayout(page)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    if note:
        label = QLabel(note)
        label.setWordWrap(True)
        form.addRow(label)
    tabs.addTab(page, title)
    return form


def combo(choices: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for text, data in choices:
        box.addItem(text, data)
    return box


def line_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


def ask_profile_file(prompts: Prompts) -> dict[str, Any] | None:
    """A notula.office file the clerk picks, checked; None (and the reason said)
    when none was picked or it cannot be used."""
    path = prompts.open_file(
        QCoreApplication.translate("OfficeForm", "Impor profil kantor"),
        QCoreApplication.translate("OfficeForm", "Profil kantor (*.json)"),
    )
    if not path:
        return None
    try:
        return office.load_file(path)
    except NotulaError as exc:
        prompts.error(str(exc))
        return None


class OfficeForm(QObject):
    """The profile's widgets, spread over the dialog's tabs, and the logo."""

    def __init__(self, tabs: QTabWidget, prompts: Prompts) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self.prompts = prompts
        self.logo: office.Logo | None = None
        self._office_page()
        self._minutes_page()
        self._signatory_page()
        self._press_page()

    # ---- pages -------------------------------------------------------------------

    def _office_page(self) -> None:
        form = add_form(
            self.tabs,
            self.tr("Kantor"),
            self.tr(
                "Kop surat dan kota pada dokumen. Selama baris pertama kop kosong, "
                "dokumen dicetak tanpa kop."
            ),
        )
        self.office_page = form.parentWidget()
        self.government_edit = line_edit(self.tr("mis. PEMERINTAH KABUPATEN …"))
        form.addRow(self.tr("&Pemerintah:"), self.government_edit)
        self.unit_edit = line_edit(self.tr("mis. SEKRETARIAT DAERAH (boleh kosong)"))
        form.addRow(self.tr("&Unit kerja:"), self.unit_edit)
        self.address_edit = line_edit(self.tr("mis. Jalan … Nomor …, kota dan kode pos"))
        form.addRow(self.tr("&Alamat:"), self.address_edit)
        self.contact_edit = line_edit(self.tr("Telepon …, Laman …, Pos-el …"))
        form.addRow(self.tr("K&ontak:"), self.contact_edit)
        self.city_edit = line_edit(self.tr("kota tempat penandatanganan"))
        self.city_edit.setToolTip(
            self.tr("Kota sebelum tanggal tanda tangan, bila rapat tidak menyebutnya")
        )
        form.addRow(self.tr("&Kota:"), self.city_edit)
        self.timezone_combo = combo([(f"{z} ({o})", z) for z, o in UTC_OFFSETS.items()])
        form.addRow(self.tr("&Zona waktu:"), self.timezone_combo)
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

    def add_document_rows(self, form: QFormLayout) -> None:
        """Paper and page numbers, on the dialog's document page."""
        self.paper_combo = combo(
            [(self.tr("A4 (210 × 297 mm)"), "A4"), (self.tr("F4 (215 × 330 mm)"), "F4")]
        )
        form.addRow(self.tr("&Kertas:"), self.paper_combo)
        self.page_numbers_combo = combo(
            [
                (self.tr("Tata Naskah Dinas: “- 2 -” di atas, mulai halaman 2"), "tnd"),
                (self.tr("“Halaman 2 dari 5” di kaki halaman"), "x_of_y"),
            ]
        )
        form.addRow(self.tr("&Nomor halaman:"), self.page_numbers_combo)

    def _minutes_page(self) -> None:
        form = add_form(self.tabs, self.tr("Notula"), self.tr("Bentuk notula rapat kantor ini."))
        self.minutes_combos = {
            "title": combo([("NOTULA", "NOTULA"), ("NOTULA RAPAT", "NOTULA RAPAT")]),
            "section_numbering": combo(
                [
                    ("1. 2. 3.", "1."),
                    ("A. B. C.", "A."),
                    ("I. II. III.", "I."),
                    (self.tr("tanpa nomor"), "none"),
                ]
            ),  # fmt: skip
            "decisions_heading": combo([("Keputusan", "Keputusan"), ("Kesimpulan", "Kesimpulan")]),
            "note_taker_label": combo([("Notulis", "Notulis"), ("Pencatat", "Pencatat")]),
            "signatories": combo(
                [
                    (self.tr("Pimpinan rapat saja"), "chair"),
                    (self.tr("Notulis dan pimpinan rapat"), "note_taker_and_chair"),
                ]
            ),  # fmt: skip
        }
        labels = {
            "title": self.tr("&Judul:"),
            "section_numbering": self.tr("Nomor &bagian:"),
            "decisions_heading": self.tr("Bagian &keputusan:"),
            "note_taker_label": self.tr("Sebutan &notulis:"),
            "signatories": self.tr("&Penanda tangan:"),
        }
        for key, box in self.minutes_combos.items():
            form.addRow(labels[key], box)
        self.minutes_checks = {
            "city_date_line": QCheckBox(self.tr("Kota dan &tanggal di atas tanda tangan")),
            "count_present": QCheckBox(self.tr("Jumlah peserta &hadir")),
            "press_keep_degrees": QCheckBox(self.tr("&Gelar tetap ditulis di draf siaran pers")),
        }
        for box in self.minutes_checks.values():
            form.addRow("", box)

    def _signatory_page(self) -> None:
        form = add_form(
            self.tabs,
            self.tr("Mengetahui"),
            self.tr(
                "Pejabat yang menandatangani “Mengetahui” di bawah notula, bila rapat "
                "tidak menyebutnya. Kosongkan nama dan jabatan bila tidak dipakai."
            ),
        )
        self.signatory_page = form.parentWidget()
        self.ack_edits: dict[str, QLineEdit] = {}
        # grouped 8-6-1-3 and checked as typed, like every other NIP field
        self.nip_edit = NipEdit()
        self.nip_edit.empty_hint = self.tr("Kosongkan bila pejabatnya tidak punya NIP.")
        for key, label, hint in (
            ("label", self.tr("&Sebutan:"), self.tr("mis. Mengetahui, Sekretaris Daerah")),
            ("name", self.tr("&Nama:"), ""),
            ("rank", self.tr("Pan&gkat/Golongan:"), self.tr("mis. Pembina Utama Muda (IV/c)")),
            ("nip", self.tr("NI&P:"), ""),
            ("position", self.tr("&Jabatan:"), ""),
        ):
            self.ack_edits[key] = self.nip_edit if key == "nip" else line_edit(hint)
            form.addRow(label, self.ack_edits[key])
            if key == "nip":
                self.nip_problem_label = QLabel()
                self.nip_edit.set_status_label(self.nip_problem_label)
                form.addRow("", self.nip_problem_label)

    def _press_page(self) -> None:
        form = add_form(
            self.tabs, self.tr("Humas"), self.tr("Narahubung di bawah draf siaran pers.")
        )
        hints = {
            "contact_name": (self.tr("&Narahubung:"), ""),
            "contact_phone": (self.tr("&Telepon:"), self.tr("mis. 0812-0000-0000")),
            "contact_email": (self.tr("&Pos-el:"), self.tr("mis. humas@….go.id")),
            "release_number": (self.tr("Nomor &siaran pers:"), self.tr("mis. {n}/HUMAS/{year}")),
        }
        self.press_edits: dict[str, QLineEdit] = {}
        for key in PRESS_KEYS:
            label, hint = hints[key]
            self.press_edits[key] = line_edit(hint)
            form.addRow(label, self.press_edits[key])
        self.press_edits["release_number"].setToolTip(
            self.tr("{n}: nomor siaran pers (“…” selama belum diberi); {year}: tahun rapat")
        )

    # ---- values ------------------------------------------------------------------

    def text_edits(self) -> dict[str, QLineEdit]:
        return {
            "government": self.government_edit,
            "unit": self.unit_edit,
            "address": self.address_edit,
            "contact": self.contact_edit,
            "city": self.city_edit,
        }

    def load(self, profile: office.OfficeProfile | None) -> None:
        """Show a profile; None shows an empty form with the documented defaults."""
        profile = profile or office.OfficeProfile(government="")
        for key, edit in self.text_edits().items():
            edit.setText(getattr(profile, key))
        for box, value in (
            (self.timezone_combo, profile.timezone),
            (self.paper_combo, profile.paper),
            (self.page_numbers_combo, profile.page_numbers),
            *((b, profile.minutes[k]) for k, b in self.minutes_combos.items()),
        ):
            box.setCurrentIndex(max(0, box.findData(value)))
        for key, check in self.minutes_checks.items():
            check.setChecked(bool(profile.minutes[key]))
        for key, edit in self.ack_edits.items():
            edit.setText(profile.acknowledger.get(key, ""))
        self.nip_edit.set_nip(profile.acknowledger.get("nip", ""))
        for key, edit in self.press_edits.items():
            edit.setText(profile.press.get(key, ""))
        self.logo = profile.logo
        self.show_logo()

    def collected(self) -> office.OfficeProfile | None:
        """The profile as typed; None when the form says nothing of an office."""
        texts = {k: " ".join(e.text().split()) for k, e in self.text_edits().items()}
        ack = {k: " ".join(e.text().split()) for k, e in self.ack_edits.items()}
        ack["nip"] = nip_digits(ack["nip"])
        press = {k: e.text().strip() for k, e in self.press_edits.items()}
        ack = {k: v for k, v in ack.items() if v}
        press = {k: v for k, v in press.items() if v}
        if not any(texts.values()) and not ack and not press and self.logo is None:
            return None
        minutes = {k: b.currentData() for k, b in self.minutes_combos.items()}
        minutes.update({k: c.isChecked() for k, c in self.minutes_checks.items()})
        return office.OfficeProfile(
            **texts,
            timezone=self.timezone_combo.currentData(),
            paper=self.paper_combo.currentData(),
            page_numbers=self.page_numbers_combo.currentData(),
            logo=self.logo,
            acknowledger=ack,
            press=press,
            minutes=minutes,
        )

    def nip_problem(self) -> str | None:
        """Why the acknowledger's NIP cannot be stored; None when empty or valid."""
        return self.nip_edit.problem()

    # ---- logo --------------------------------------------------------------------

    def choose_logo(self) -> None:
        path = self.prompts.open_file(self.tr("Pilih logo"), self.tr("Gambar (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo_file(path)

    def set_logo_file(self, path: str) -> bool:
        """A PNG or JPEG the clerk chose; a large one is made kop-sized in its own format."""
        try:
            logo = office.logo_from_file(path)
        except InputError as exc:
            self.prompts.error(str(exc))
            return False
        image = QImage.fromData(logo.data)
        if image.isNull():
            self.prompts.error(
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
            image.save(buffer, "PNG" if logo.media_type == "image/png" else "JPG", 90)
            buffer.close()
            logo = office.Logo(logo.media_type, bytes(data))
        self.logo = logo
        self.show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = None
        self.show_logo()

    def show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo is not None:
            pixmap.loadFromData(self.logo.data)
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
        self.logo_remove.setEnabled(self.logo is not None)

    def logo_base64(self) -> str:
        return base64.b64encode(self.logo.data).decode("ascii") if self.logo else ""
