"""The small dialog that starts a meeting: title, date (with a calendar) and kind.

Used both for a blank meeting and for "Baru dari…" (a new meeting that repeats
a past one's attendees and agenda); only the heading and defaults differ.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui.widgets.dialog_buttons import ok_cancel
from gui.widgets.typed_fields import DigitDateEdit

#: kinds a clerk picks most; the field stays free text for anything else
COMMON_KINDS = (
    "Rapat Koordinasi",
    "Rapat Dinas",
    "Rapat Kerja",
    "Rapat Pimpinan",
    "Rapat Evaluasi",
    "Audiensi",
    "Sosialisasi",
)


class NewMeetingDialog(QDialog):
    """Asks for what a meeting needs before it can be stored."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        heading: str | None = None,
        title: str = "",
        date: dt.date | None = None,
        kind: str = "Rapat Koordinasi",
        ask_kind: bool = True,
        window_title: str | None = None,
        series_names: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(window_title or self.tr("Rapat baru"))
        self.setMinimumWidth(600)  # a rakor title is long: most of it shows
        layout = QVBoxLayout(self)
        if heading:
            note = QLabel(heading)
            note.setWordWrap(True)
            layout.addWidget(note)
        form = QFormLayout()
        self.title_edit = QLineEdit(title)
        # all selected (typing replaces it) with the start in view, not the end
        self.title_edit.setSelection(len(title), -len(title))
        self.title_edit.setPlaceholderText(
            self.tr("mis. Rapat Koordinasi Pengendalian Inflasi Daerah")
        )
        form.addRow(self.tr("&Judul:"), self.title_edit)
        self.date_edit = DigitDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        day = date or dt.date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        form.addRow(self.tr("&Tanggal:"), self.date_edit)
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.kind_combo.addItems(list(COMMON_KINDS))
        self.kind_combo.setCurrentText(kind)
        self.kind_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if ask_kind:
            form.addRow(self.tr("&Jenis:"), self.kind_combo)
        else:
            self.kind_combo.hide()
        #: the series (rakor berseri) the meeting belongs to; its open follow-ups
        #: are offered once it is made. Not asked for a copy, which keeps its source's.
        self.series_combo = QComboBox()
        self.series_combo.setEditable(True)
        self.series_combo.addItems(series_names or [])
        self.series_combo.setCurrentText("")
        self.series_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.series_combo.lineEdit().setPlaceholderText(
            self.tr("kosongkan bila bukan rapat berseri")
        )
        if series_names is not None:
            form.addRow(self.tr("&Seri:"), self.series_combo)
        else:
            self.series_combo.hide()
        layout.addLayout(form)
        self.buttons = ok_cancel(self, self.tr("Buat"))
        layout.addWidget(self.buttons)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.title_edit.text().strip()))

    # ---- answers -----------------------------------------------------------------

    def meeting_title(self) -> str:
        return " ".join(self.title_edit.text().split())

    def meeting_date(self) -> str:
        return self.date_edit.date().toString("yyyy-MM-dd")

    def meeting_kind(self) -> str | None:
        return self.kind_combo.currentText().strip() or None

    def meeting_series(self) -> str | None:
        return " ".join(self.series_combo.currentText().split()) or None
