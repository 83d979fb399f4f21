"""The "Rincian" tab: every header field of a meeting, saved as it is typed.

There is no Save button. A text field is stored ~400 ms after the clerk stops
typing and again when the field is left, so a crash loses at most the last
fraction of a second; each store is one header edit run through the session,
and consecutive edits of one field merge into one undo step.

A value the core would refuse (an empty title) is not stored: the field gets a
red border and the core's message as its tooltip until it is valid. While
another program holds the archive a store waits in ctx.saves (gui.saves) and
is made, in order, when the archive is free. A store the archive refuses
(read-only, disk full) is reported once through the prompt seam; the field
keeps what was typed, marked, and is stored again on its next edit.

Every change to the header (this form's own, an undo, another window on the
meeting) arrives as a ``Changes`` record and the fields it names show its
values, except a field holding typing that is not stored yet — the clerk's
words win. A field's own store comes back with the value it already shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.errors import InputError, NotulaError
from core.validation import check_field
from core.vocabulary import UTC_OFFSETS
from gui import keyboard
from gui.editor.combos import FollowingCombo, attendee_label
from gui.i18n import ui_locale
from gui.models.collection_model import CollectionModel
from gui.saves import Pending
from gui.widgets.typed_fields import DigitDateEdit, TimeField
from gui.words import mode_hints, mode_labels

if TYPE_CHECKING:
    from core.changes import Changes
    from gui.session import MeetingSession

DEBOUNCE_MS = 400
INVALID_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"
KINDS = (
    "Rapat Koordinasi", "Rapat Pimpinan", "Rapat Kerja", "Rapat Dengar Pendapat",
    "Rapat Paripurna", "Rapat Teknis", "Audiensi",
)  # fmt: skip


class Field:
    """One header field: how to read and show its widget's value."""

    def __init__(
        self,
        key: str,
        label: str,
        widget: QWidget,
        get: Callable[[], Any],
        put: Callable[[Any], None],
        debounce: bool = False,
    ) -> None:
        self.key = key
        self.label = label
        self.widget = widget
        self.get = get
        self.put = put
        self.debounce = debounce
        self.unsaved = False  # typed but not stored yet
        self.failed = False  # the archive refused it: keep the text, store on the next edit
        self.timer: QTimer | None = None


def _text_or_none(text: str) -> str | None:
    return text if text.strip() else None


class HeaderForm(QScrollArea):
    #: a field was stored, or failed to be: the window's "Tersimpan" follows it
    saveStateChanged = Signal()

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ctx = session.ctx
        self.meeting_id = session.meeting_id
        self.fields: dict[str, Field] = {}
        self.stored: dict[str, Any] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self._build(session.attendees)
        self.refresh()
        session.changed.connect(self._on_changed)

    # ---- building ----------------------------------------------------------------

    def _build(self, attendees: CollectionModel) -> None:
        page = QWidget(self)

        self.title = QLineEdit(page)
        self.title.setPlaceholderText(self.tr("mis. Rapat Koordinasi Pengendalian Inflasi Daerah"))
        self.kind = QComboBox(page)
        self.kind.setEditable(True)
        self.kind.addItems(list(KINDS))
        self.kind.lineEdit().setPlaceholderText(self.tr("pilih atau ketik jenis rapat"))
        self.kind.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.number = QLineEdit(page)
        self.number.setPlaceholderText(self.tr("mis. 005/112/Ekon/2023"))
        # shown, never typed: "Finalisasi" and "Buka revisi baru…" change it, with a
        # fingerprint; read-only rather than disabled, so Alt+S still reaches it
        self.status = QLineEdit(page)
        self.status.setReadOnly(True)

        self.date = DigitDateEdit(page)
        self.date.setCalendarPopup(True)
        self.date.setLocale(ui_locale())
        self.date.setDisplayFormat("dddd, d MMMM yyyy")
        self.date.calendarWidget().setLocale(ui_locale())
        self.start = TimeField(page)
        self.end = TimeField(page)
        self.open_end = QCheckBox(self.tr("s.&d. selesai"), page)
        self.open_end.setToolTip(self.tr("Jam selesai tidak ditentukan: dicetak “s.d. selesai”."))
        self.timezone = QComboBox(page)
        for zone, hint in UTC_OFFSETS.items():
            self.timezone.addItem(f"{zone} ({hint})", zone)

        self.mode = QComboBox(page)
        self.mode.addItem(self.tr("— belum dipilih —"), None)
        hints = mode_hints()
        for code, word in mode_labels().items():  # the archive list's words too
            self.mode.addItem(word, code)
            self.mode.setItemData(self.mode.count() - 1, hints[code], 3)  # ToolTipRole
        self.location = QLineEdit(page)
        self.location.setPlaceholderText(self.tr("ruang rapat, atau Zoom Meeting"))
        self.city = QLineEdit(page)
        self.city.setPlaceholderText(self.tr("kota penandatanganan (kosong: kota profil kantor)"))
        self.organizer = QLineEdit(page)
        # the series whose open follow-ups a new meeting offers to carry over; the
        # archive's series are offered as the clerk types, so one name stays one series
        self.series = QLineEdit(page)
        self.series.setPlaceholderText(self.tr("mis. Rakor Pengendalian Inflasi 2023"))
        self.series.setToolTip(self.tr("Seri rapat ({0})").format(keyboard.shown("header.series")))
        series_names = QCompleter(self.ctx.store.series_names(), self.series)
        series_names.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.series.setCompleter(series_names)
        QShortcut(keyboard.sequence("header.series"), self, self._focus_series)

        none = self.tr("— belum dipilih —")
        self.chair = FollowingCombo(attendees, attendee_label, none, page)
        self.note_taker = FollowingCombo(attendees, attendee_label, none, page)
        for combo in (self.chair, self.note_taker):
            combo.setToolTip(self.tr("Daftar ini diambil dari tab Peserta (Alt+2)."))

        self.opening = QPlainTextEdit(page)
        self.opening.setTabChangesFocus(True)
        self.opening.setPlaceholderText(self.tr("Rapat dibuka oleh …"))
        self.closing = QPlainTextEdit(page)
        self.closing.setTabChangesFocus(True)
        self.closing.setPlaceholderText(self.tr("Rapat ditutup pukul …"))

        end_row = QHBoxLayout()
        end_row.addWidget(self.end, 1)
        end_row.addWidget(self.open_end)

        labels: list[QLabel] = []

        def form(title: str, rows: list[tuple[str, Any]]) -> QGroupBox:
            box = QGroupBox(title, page)
            lay = QFormLayout(box)
            lay.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for text, widget in rows:
                label = QLabel(text, box)
                labels.append(label)
                if isinstance(widget, QWidget):
                    label.setBuddy(widget)
                    lay.addRow(label, widget)
                else:
                    label.setBuddy(widget.itemAt(0).widget())
                    lay.addRow(label, widget)
            return box

        left = QVBoxLayout()
        left.addWidget(form(self.tr("Rapat"), [
            (self.tr("&Judul:"), self.title), (self.tr("Jen&is:"), self.kind),
            (self.tr("&Nomor:"), self.number), (self.tr("Seri rapat:"), self.series),
            (self.tr("&Status:"), self.status),
        ]))  # fmt: skip
        left.addWidget(form(self.tr("Waktu"), [
            (self.tr("Tan&ggal:"), self.date), (self.tr("Jam &mulai:"), self.start),
            (self.tr("Jam se&lesai:"), end_row), (self.tr("&Zona waktu:"), self.timezone),
        ]))  # fmt: skip
        left.addWidget(form(self.tr("Tempat"), [
            (self.tr("Bentuk ke&hadiran:"), self.mode), (self.tr("Tempa&t:"), self.location),
            (self.tr("&Kota:"), self.city), (self.tr("Pen&yelenggara:"), self.organizer),
        ]))  # fmt: skip
        left.addWidget(form(self.tr("Penanggung jawab"), [
            (self.tr("Pimpinan &rapat:"), self.chair), (self.tr("N&otulis:"), self.note_taker),
        ]))  # fmt: skip
        left.addStretch(1)
        # one label column for all groups, so the fields line up down the page
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        for short in (self.date, self.timezone, self.status):
            short.setMaximumWidth(260)
        end_row.addStretch(1)

        right = QVBoxLayout()
        for text, edit in (
            (self.tr("Pemb&ukaan:"), self.opening),
            (self.tr("&Penutup:"), self.closing),
        ):
            label = QLabel(text, page)
            label.setBuddy(edit)
            right.addWidget(label)
            right.addWidget(edit, 1)

        grid = QGridLayout(page)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.setWidget(page)
        self._bind_all()

    def _focus_series(self) -> None:
        """ "Seri rapat" has no letter of its own left for a mnemonic (keyboard.json)."""
        self.series.setFocus()
        self.series.selectAll()

    def _bind_all(self) -> None:
        for key, label, edit in (
            ("title", self.tr("judul"), self.title),
            ("number", self.tr("nomor"), self.number),
            ("location", self.tr("tempat"), self.location),
            ("city", self.tr("kota"), self.city),
            ("organizer", self.tr("penyelenggara"), self.organizer),
            ("series", self.tr("seri rapat"), self.series),
        ):
            f = self._add(key, label, edit, lambda e=edit: _text_or_none(e.text()),
                          lambda v, e=edit: e.setText(v or ""), debounce=True)  # fmt: skip
            edit.textEdited.connect(lambda _t, f=f: self._edited(f))
            edit.editingFinished.connect(lambda f=f: self._leave(f))

        kind_edit = self.kind.lineEdit()
        f = self._add(
            "kind", self.tr("jenis"), self.kind,
            lambda: _text_or_none(self.kind.currentText()),
            lambda v: self.kind.setEditText(v or ""), debounce=True,
        )  # fmt: skip
        kind_edit.textEdited.connect(lambda _t, f=f: self._edited(f))
        kind_edit.editingFinished.connect(lambda f=f: self._leave(f))
        self.kind.activated.connect(lambda _i, f=f: self.commit(f))

        for key, label, edit in (
            ("opening", self.tr("pembukaan"), self.opening),
            ("closing", self.tr("penutup"), self.closing),
        ):
            f = self._add(key, label, edit, lambda e=edit: _text_or_none(e.toPlainText()),
                          lambda v, e=edit: e.setPlainText(v or ""), debounce=True)  # fmt: skip
            edit.textChanged.connect(lambda f=f: self._edited(f))
            edit.installEventFilter(self)

        def combo_field(key: str, label: str, combo: QComboBox) -> None:
            def put(value: Any) -> None:
                index = combo.findData(value)
                if index < 0 and value:
                    # a value the list does not offer (an IANA zone such as
                    # Asia/Jayapura from an imported file): shown and kept as it is
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(max(index, 0))

            f = self._add(key, label, combo, combo.currentData, put)
            combo.currentIndexChanged.connect(lambda _i, f=f: self.commit(f))

        status_words = {"draft": self.tr("Draf"), "final": self.tr("Final")}
        shown_status: dict[str, Any] = {"value": None}

        def put_status(value: Any) -> None:
            shown_status["value"] = value
            self.status.setText(status_words.get(value or "draft", str(value)))

        self._add("status", self.tr("status"), self.status, lambda: shown_status["value"],
                  put_status)  # fmt: skip
        combo_field("timezone", self.tr("zona waktu"), self.timezone)
        combo_field("mode", self.tr("bentuk rapat"), self.mode)
        for key, label, combo in (
            ("chair_id", self.tr("pimpinan rapat"), self.chair),
            ("note_taker_id", self.tr("notulis"), self.note_taker),
        ):
            f = self._add(key, label, combo, combo.current_id, combo.set_current_id)
            combo.picked.connect(lambda _v, f=f: self.commit(f))

        f = self._add(
            "date", self.tr("tanggal"), self.date,
            lambda: self.date.date().toString("yyyy-MM-dd"),
            lambda v: self.date.setDate(QDate.fromString(v or "", "yyyy-MM-dd")),
        )  # fmt: skip
        self.date.dateChanged.connect(lambda _d, f=f: self.commit(f))
        f = self._add("start_time", self.tr("jam mulai"), self.start, self.start.raw,
                      self.start.set_value)  # fmt: skip
        self.start.textEdited.connect(lambda _t, f=f: self._edited(f))
        self.start.editingFinished.connect(lambda f=f: self.commit(f))
        f = self._add("end_time", self.tr("jam selesai"), self.end, self._end_value, self._put_end)
        self.end.textEdited.connect(lambda _t, f=f: self._edited(f))
        self.end.editingFinished.connect(lambda f=f: self.commit(f))
        self.open_end.toggled.connect(lambda _c, f=f: self._open_end_toggled(f))

    def _add(self, key: str, label: str, widget: QWidget, get: Callable[[], Any],
             put: Callable[[Any], None], debounce: bool = False) -> Field:  # fmt: skip
        f = Field(key, label, widget, get, put, debounce)
        if debounce:
            f.timer = QTimer(self)
            f.timer.setSingleShot(True)
            f.timer.setInterval(DEBOUNCE_MS)
            f.timer.timeout.connect(lambda f=f: self.commit(f))
        self.fields[key] = f
        return f

    # ---- time fields ---------------------------------------------------------------

    def _end_value(self) -> str | None:
        """No end time is "s.d. selesai": an emptied end field ticks the box."""
        return None if self.open_end.isChecked() else self.end.raw()

    def _put_end(self, value: str | None) -> None:
        self.open_end.setChecked(value is None)
        self.end.setEnabled(value is not None)
        if value:
            self.end.set_value(value)

    def _open_end_toggled(self, f: Field) -> None:
        open_end = self.open_end.isChecked()
        self.end.setEnabled(not open_end)
        if not open_end and not self.end.text().strip():
            self.end.set_value(self.start.raw())  # start from the start time
        self.commit(f)

    # ---- saving --------------------------------------------------------------------

    def _edited(self, f: Field) -> None:
        f.unsaved = True
        f.failed = False
        if f.timer is not None:
            f.timer.start()

    def _leave(self, f: Field) -> None:
        """Leaving a field stores it now — but only if it was typed in since (a
        field whose store the archive refused is stored on its next edit, not
        here, or every Tab would bring the error back)."""
        if f.unsaved and not f.failed:
            self.commit(f)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for f in self.fields.values():
                if f.widget is watched:
                    self._leave(f)
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Store every field still waiting for its debounce (the window hides or closes)."""
        for f in self.fields.values():
            if f.unsaved and not f.failed and f.timer is not None and f.timer.isActive():
                self.commit(f)

    def failed(self) -> list[str]:
        """The labels of fields whose typing the archive refused to store."""
        return [f.label for f in self.fields.values() if f.failed]

    def unsaved(self) -> list[str]:
        """The labels of fields whose typing is not in the archive (failed or invalid)."""
        return [f.label for f in self.fields.values() if f.unsaved]

    def commit(self, f: Field) -> bool:
        """Store ``f``'s value if it changed and is valid (or queue it while the
        archive is held); True when nothing is left unsaved."""
        if f.timer is not None:
            f.timer.stop()
        value = f.get()
        try:
            check_field(f.key, value)
        except InputError as exc:
            self._mark(f, str(exc))
            f.unsaved = True
            return False
        self._mark(f, None)
        if value == self.stored.get(f.key):
            f.unsaved = f.failed = False
            self.saveStateChanged.emit()  # e.g. a refused field typed back as stored
            return True
        f.unsaved = False  # in hand: leaving the field while an error shows stores nothing twice
        done = self.session.run(
            self.ctx.store.edit_header, self.meeting_id, {f.key: value},
            text=self.tr("Ubah {0}").format(f.label), merge=("header", self.meeting_id, f.key),
        )  # fmt: skip
        if isinstance(done, Pending):
            done.dropped.connect(self._refused)
        if done is None:
            self._refuse(f)
        else:
            f.failed = False
        self.saveStateChanged.emit()
        return done is not None

    def _refused(self, pending: Pending) -> None:
        """A store that waited for the archive, then was refused for good (told)."""
        key = next(iter(pending.args[1]))
        self._refuse(self.fields[key])
        self.saveStateChanged.emit()

    def _refuse(self, f: Field) -> None:
        """Keep the clerk's text, marked; it is stored on the next edit, never dropped."""
        f.unsaved = f.failed = True
        self._mark(f, self.tr("Belum tersimpan — ubah lagi untuk mencoba lagi."))

    def _mark(self, f: Field, problem: str | None) -> None:
        target = f.widget
        target.setStyleSheet(INVALID_STYLE if problem else "")
        target.setToolTip(problem or "")
        target.setProperty("problem", problem)

    def problem(self, key: str) -> str | None:
        """The message shown on field ``key``, if it is refused or unsaved."""
        return self.fields[key].widget.property("problem")

    # ---- following the archive -----------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.header:
            self.show_values(changes.header)

    def refresh(self) -> None:
        """Show the stored header (when the form is made)."""
        try:
            meeting = self.ctx.store.get_meeting_header(self.meeting_id)
        except NotulaError as exc:
            self.ctx.report(exc)
            return
        self.show_values({key: getattr(meeting, key) for key in self.fields})

    def show_values(self, values: dict[str, Any]) -> None:
        """Show header values as stored; a field with unstored typing is left alone."""
        for key, value in values.items():
            f = self.fields.get(key)
            if f is None:
                continue
            self.stored[key] = value
            if f.unsaved or f.failed or (f.timer is not None and f.timer.isActive()):
                continue
            if f.get() == value and key != "end_time":
                continue
            blockers = [f.widget, self.open_end] if key == "end_time" else [f.widget]
            for w in blockers:
                w.blockSignals(True)
            try:
                f.put(value)
            finally:
                for w in blockers:
                    w.blockSignals(False)
            self._mark(f, None)
        self.end.setEnabled(not self.open_end.isChecked())
