"""The capture bar: where the clerk types what is said, live, without a mouse.

Speaker (letters, or a digit 1–9 from the strip) → Tab → the words → Enter.
The statement is stored with the clock time (HH:MM, now), the current agenda
item and the quote/summary mark, as one undoable step.

* Enter saves; Ctrl+Enter or Shift+Enter starts a new line.
* Ctrl+K ("kutipan") toggles quote/summary for the statement being typed
  only (not Ctrl+Q, which quits from the archive window); after it is saved
  the next one is a quote again. The mark shows beside the text box.
* Ctrl+PgUp / Ctrl+PgDn: previous / next agenda item. The agenda item is the
  session's current one: last chosen or used, else the last statement's,
  else the first (or only) item — also once the first item is added.
* After a speaker is picked the focus is in the text, and a Tab there while
  it is empty stays (a clerk's habit of "name, Tab" must not move the words
  into the Agenda box).
* Alt+J: the statement's time; empty (the default) stamps the clock time when
  it is saved, typed digits ("0915") replace it, for this statement only.
* Esc in the text goes back to the speaker field (the text stays).

After a save the text box is emptied and the focus goes back to the speaker
field with the SAME speaker kept but all selected: in a rakor speakers
alternate, so the next keystroke (letters or a digit) simply replaces it,
while Tab goes on with the same speaker when they keep talking.

While typing, the text is kept as a draft in the archive (~500 ms after the
last keystroke, outside the undo history), restored when the meeting is
opened again, and dropped when the statement is saved. If saving fails
(read-only, locked, full disk) the clerk is told and the words stay in the box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core import model
from core.dates import clock_shown
from core.errors import NotulaError
from gui.editor.combos import FollowingCombo, agenda_label
from gui.editor.speaker_picker import QuickStrip, SpeakerPicker, quick_speakers
from gui.errors import clerk_message
from gui.widgets.status_label import StatusLabel
from gui.widgets.typed_fields import TimeField

if TYPE_CHECKING:
    from core.changes import Changes
    from gui.session import MeetingSession

DRAFT_MS = 500


class CaptureText(QPlainTextEdit):
    """Enter submits; Ctrl/Shift+Enter is a new line; Esc leaves."""

    submitted = Signal()
    escaped = Signal()
    # a Tab in the empty box keeps the focus here (the capture bar)
    holds_tab = False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        if self.holds_tab and next and not self.toPlainText():
            return True  # stays: the words come next
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


#: how long a draft save waits for a busy archive before trying again later
DRAFT_WAIT_S = 0.2


class CaptureBar(QWidget):
    #: a statement was stored (its id)
    captured = Signal(int)
    #: a draft was kept, or could not be: the window's "Tersimpan" follows it
    draftStateChanged = Signal()

    def __init__(
        self, session: MeetingSession, parent: QWidget | None = None, compact: bool = False
    ) -> None:
        """``compact``: laid out for the narrow live window (gui.live)."""
        super().__init__(parent)
        self.session = session
        self.ctx = session.ctx
        self.meeting_id = session.meeting_id
        self.attendees = attendees = session.attendees
        self.statements = statements = session.statements

        self.strip = QuickStrip(self)
        self.strip.setWordWrap(True)
        self.strip.setTextFormat(Qt.TextFormat.RichText)
        self.speaker = SpeakerPicker(attendees, self, moves_on=True)
        self.speaker.setToolTip(
            self.tr("Ketik sebagian nama atau jabatan lalu Tab; atau angka 1–9 dari baris di atas.")
        )
        self.agenda = FollowingCombo(
            session.agenda, agenda_label, self.tr("— tanpa agenda —"), self
        )
        self.agenda.setToolTip(self.tr("Agenda yang sedang dibahas (Ctrl+PgUp / Ctrl+PgDn)"))
        self.at = TimeField(self)
        self.at.setPlaceholderText(self.tr("sekarang"))
        self.at.setToolTip(
            self.tr("Jam pernyataan; kosong: jam saat disimpan. Ketik mis. 0915 (Alt+J).")
        )
        self.kind = QPushButton(self)
        self.kind.setCheckable(True)  # checked = summary
        self.kind.setToolTip(self.tr("Kutipan langsung atau ringkasan (Ctrl+K)"))
        self.kind.toggled.connect(self._show_kind)
        # a summary must not pass unnoticed: the mark stands out while it is on
        self.kind.setStyleSheet(
            "QPushButton:checked { background: #fdebd0; border: 1px solid #d68910;"
            " font-weight: bold; padding: 4px 8px; }"
        )
        self.text = CaptureText(self)
        self.text.holds_tab = True
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Ketik yang disampaikan pembicara… Enter menyimpan, Ctrl+Enter baris baru.")
        )
        self.text.setMinimumHeight(70)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.save_button = QPushButton(self.tr("Simpan\n(Enter)"), self)
        self.save_button.setToolTip(self.tr("Simpan pernyataan (Enter di kotak teks)"))
        self.save_button.clicked.connect(self.capture)
        self.status = StatusLabel(self)  # it names the speaker: long, and never HTML
        self.status.setStyleSheet("color: palette(dark);")
        keys = StatusLabel(self)  # cut short in a narrow window, whole in its tooltip
        keys.setText(
            self.tr(
                "Enter simpan · Ctrl+Enter baris baru · Ctrl+K kutipan/ringkasan · "
                "Ctrl+PgUp/PgDn agenda · Esc ke pembicara"
            )
        )
        keys.setStyleSheet("color: palette(dark);")

        speaker_label = QLabel(self.tr("&Pembicara:"), self)
        speaker_label.setBuddy(self.speaker)
        agenda_label_ = QLabel(self.tr("A&genda:"), self)
        agenda_label_.setBuddy(self.agenda)
        text_label = QLabel(self.tr("Te&ks:"), self)
        text_label.setBuddy(self.text)
        text_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

        at_label = QLabel(self.tr("&Jam:"), self)
        at_label.setBuddy(self.at)
        labels = (speaker_label, agenda_label_, at_label, text_label)
        if compact:
            self._lay_out_narrow(labels)
            keys.hide()
        else:
            self._lay_out_wide(labels, keys)

        self.setTabOrder(self.speaker, self.text)
        self.setTabOrder(self.text, self.agenda)
        self.setTabOrder(self.agenda, self.at)
        self.setTabOrder(self.at, self.kind)
        self.setTabOrder(self.kind, self.save_button)

        for keys_, slot in (
            ("Ctrl+K", self.kind.toggle),
            ("Ctrl+PgUp", lambda: self.agenda.step(-1)),
            ("Ctrl+PgDown", lambda: self.agenda.step(1)),
        ):
            sc = QShortcut(QKeySequence(keys_), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self._draft_stored = False
        self.draft_failed = False
        self.text.textChanged.connect(self._typed)
        self.text.submitted.connect(self.capture)
        self.text.escaped.connect(self.focus_speaker)
        self.speaker.quickPicked.connect(lambda _id: self.text.setFocus())
        self.speaker.speakerChanged.connect(self._context_changed)
        self.agenda.picked.connect(self._agenda_picked)
        session.agenda.rowsInserted.connect(self._agenda_grew)
        self.kind.toggled.connect(self._context_changed)

        self.roles: tuple[int | None, int | None] = (None, None)
        self._agenda_none_chosen = False
        self._restored_note = False
        self._quick_timer = QTimer(self)
        self._quick_timer.setSingleShot(True)
        self._quick_timer.timeout.connect(self.update_quick)
        for signal in (attendees.rowsInserted, attendees.rowsRemoved, attendees.rowsMoved,
                       attendees.dataChanged, attendees.modelReset, statements.rowsInserted,
                       statements.rowsRemoved):  # fmt: skip
            signal.connect(self._quick_timer.start)
        session.changed.connect(self._on_changed)
        self._read_roles()
        self.update_quick()
        self._show_kind(False)
        self._fit_kind()
        self._default_agenda()
        self.restore_draft()

    def _lay_out_wide(self, labels: tuple[QLabel, ...], keys: QLabel) -> None:
        """The editor's bar: speaker, agenda and time on one line, the text below."""
        speaker_label, agenda_label_, at_label, text_label = labels
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(QLabel(self.tr("Pilih cepat:"), self), 0, 0)
        grid.addWidget(self.strip, 0, 1, 1, 4)
        grid.addWidget(speaker_label, 1, 0)
        grid.addWidget(self.speaker, 1, 1)
        grid.addWidget(agenda_label_, 1, 2)
        grid.addWidget(self.agenda, 1, 3)
        at_row = QHBoxLayout()
        at_row.addWidget(at_label)
        at_row.addWidget(self.at, 1)
        grid.addLayout(at_row, 1, 4)
        grid.addWidget(text_label, 2, 0)
        grid.addWidget(self.text, 2, 1, 1, 3)
        beside = QVBoxLayout()  # the mark of this statement, right next to its words
        beside.addWidget(self.kind)
        beside.addWidget(self.save_button)
        beside.addStretch(1)
        grid.addLayout(beside, 2, 4)
        bottom = QHBoxLayout()
        bottom.addWidget(keys)
        bottom.addWidget(self.status, 1)
        grid.addLayout(bottom, 3, 1, 1, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(2, 1)

    def _lay_out_narrow(self, labels: tuple[QLabel, ...]) -> None:
        """The live window's bar (a third of a small screen): one field a line."""
        speaker_label, agenda_label_, at_label, text_label = labels
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.strip, 0, 0, 1, 4)
        grid.addWidget(speaker_label, 1, 0)
        grid.addWidget(self.speaker, 1, 1, 1, 3)
        grid.addWidget(agenda_label_, 2, 0)
        grid.addWidget(self.agenda, 2, 1)
        grid.addWidget(at_label, 2, 2)
        grid.addWidget(self.at, 2, 3)
        grid.addWidget(text_label, 3, 0)
        grid.addWidget(self.text, 3, 1, 1, 3)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.kind)
        row.addWidget(self.save_button)
        grid.addLayout(row, 4, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(3, 1)
        self.agenda.setMinimumContentsLength(8)

    # ---- state shown -----------------------------------------------------------------

    def kind_value(self) -> str:
        return "summary" if self.kind.isChecked() else "quote"

    def _show_kind(self, summary: bool) -> None:
        self.kind.setText(self.tr("Ringkasan") if summary else self.tr("“Kutipan”"))

    def _fit_kind(self) -> None:
        """Wide enough for either mark in bold: the button must not jump or clip."""
        bold = QFont(self.kind.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        texts = (self.tr("Ringkasan"), self.tr("“Kutipan”"), self.save_button.text())
        width = max(metrics.horizontalAdvance(t) for line in texts for t in line.split("\n"))
        self.kind.setMinimumWidth(width + 28)
        self.save_button.setMinimumWidth(width + 28)

    def _default_agenda(self) -> None:
        self.agenda.set_current_id(self.session.current_agenda())

    def _agenda_picked(self, agenda_id: int | None) -> None:
        self.session.agenda_choice = agenda_id
        self._agenda_none_chosen = agenda_id is None
        self._context_changed()

    def _agenda_grew(self, *_: object) -> None:
        """The first agenda item (or one more) is added: "no agenda item" was only
        shown for want of one, so the current item is shown now."""
        if self.agenda.current_id() is None and not self._agenda_none_chosen:
            self._default_agenda()

    def _reset_kind(self) -> None:
        """The next statement starts as a quote again (Ctrl+K is for one statement)."""
        self.kind.blockSignals(True)
        self.kind.setChecked(False)
        self.kind.blockSignals(False)
        self._show_kind(False)

    def _read_roles(self) -> None:
        try:
            header = self.ctx.store.get_meeting_header(self.meeting_id)
        except NotulaError:
            return
        self.roles = (header.chair_id, header.note_taker_id)

    def _on_changed(self, changes: Changes) -> None:
        """The chair and the note-taker come first in the quick strip; the note that
        a draft was restored goes with the next edit."""
        if self._restored_note:
            self._restored_note = False
            self.status.setText("")
        header = changes.header
        roles = (header.get("chair_id", self.roles[0]), header.get("note_taker_id", self.roles[1]))
        if roles != self.roles:
            self.roles = roles
            self._quick_timer.start()

    def update_quick(self) -> None:
        quick = quick_speakers(self.attendees.items, self.statements.items, *self.roles)
        self.speaker.set_quick(quick)
        self.strip.show_quick(quick)

    def focus_speaker(self) -> None:
        self.speaker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.speaker.selectAll()

    # ---- capturing -------------------------------------------------------------------

    def capture(self) -> bool:
        """Store the typed statement; on any failure keep every word in the box.

        The words go in as typed: line breaks, quotation marks, spacing and any
        character. Only what surrounds them is trimmed (a stray space or Ctrl+Enter
        at either end is not part of what was said, and would print inside the
        quotation marks of the minutes).
        """
        text = self.text.toPlainText().strip()
        if not text:
            self.status.setText(self.tr("Teks masih kosong."))
            return False
        speaker_id = self.speaker.resolve()
        if speaker_id is None:
            self.status.setText(self.tr("Pilih pembicara dahulu."))
            self.focus_speaker()
            return False
        try:
            at = self.at.value() or QTime.currentTime().toString("HH:mm")
        except ValueError:
            self.status.setText(self.tr("Jam tidak terbaca: {0}").format(self.at.text()))
            self.at.setFocus()
            return False
        statement = model.Statement(
            text=text,
            speaker_id=speaker_id,
            at=at,
            agenda_id=self.agenda.current_id(),
            kind=self.kind_value(),
        )
        self.draft_timer.stop()
        changes = self.session.run(
            self.ctx.store.capture, self.meeting_id, statement, text=self.tr("Catat pernyataan")
        )
        if changes is None:
            self.status.setText(self.tr("Belum tersimpan — teks tetap di sini, coba lagi."))
            return False
        self._draft_stored = False
        self.session.agenda_choice = statement.agenda_id
        self._reset_kind()
        self.at.set_value(None)  # the next one gets its own clock time
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.status.setText(
            self.tr("Tersimpan {0} — {1}").format(clock_shown(statement.at), self.speaker.text())
        )
        self.captured.emit(changes.rows("statements").added[0])
        self.focus_speaker()
        return True

    # ---- the draft -------------------------------------------------------------------

    def _typed(self) -> None:
        self.draft_timer.start()

    def _context_changed(self, *_: object) -> None:
        if self.text.toPlainText().strip():
            self.draft_timer.start()

    def save_draft(self) -> None:
        """Keep what is being typed (no undo entry); an empty box forgets the draft."""
        self.draft_timer.stop()
        text = self.text.toPlainText()
        try:
            if text.strip():
                self.ctx.store.save_draft(
                    self.meeting_id,
                    model.Statement(
                        text=text,
                        speaker_id=self.speaker.speaker_id,
                        agenda_id=self.agenda.current_id(),
                        kind=self.kind_value(),
                    ),
                    wait_s=DRAFT_WAIT_S,
                )
                self._draft_stored = True
            elif self._draft_stored:
                self.ctx.store.clear_draft(self.meeting_id, wait_s=DRAFT_WAIT_S)
                self._draft_stored = False
            self.draft_failed = False
        except NotulaError as exc:
            # tried again at the next pause in typing, and when the window closes
            self.draft_failed = True
            reason = clerk_message(exc).splitlines()[0]
            self.status.setText(self.tr("Draf belum tersimpan: {0}").format(reason))
        self.draftStateChanged.emit()

    def refused(self) -> bool:
        """Typing the archive would not keep as a draft (it is still in the box)."""
        return self.draft_failed and bool(self.text.toPlainText().strip())

    def unsaved(self) -> bool:
        """Typing that is in neither a statement nor a kept draft (refused, or
        typed in the last half second)."""
        pending = self.draft_failed or self.draft_timer.isActive()
        return bool(self.text.toPlainText().strip()) and pending

    def flush(self, retry_failed: bool = False) -> None:
        if self.draft_timer.isActive() or (retry_failed and self.draft_failed):
            self.save_draft()

    def hand_over(self) -> None:
        """Another bar on this meeting takes the words (kept as the draft): empty
        this box quietly, leaving the draft in the archive for it."""
        self.draft_timer.stop()
        self._draft_stored = False
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)

    def restore_draft(self) -> None:
        try:
            draft = self.ctx.store.get_draft(self.meeting_id)
        except NotulaError as exc:
            self.ctx.report(exc)
            return
        if draft is None:
            return
        self._draft_stored = True
        if draft.speaker_id is not None:
            self.speaker.set_speaker(draft.speaker_id, announce=False)
        self.agenda.set_current_id(draft.agenda_id)  # None: the clerk chose "no agenda item"
        self.kind.blockSignals(True)
        self.kind.setChecked(draft.kind == "summary")
        self.kind.blockSignals(False)
        self._show_kind(self.kind.isChecked())
        self.text.blockSignals(True)
        self.text.setPlainText(draft.text)
        self.text.blockSignals(False)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self.status.setText(self.tr("Draf yang belum disimpan dipulihkan."))
        self._restored_note = True
