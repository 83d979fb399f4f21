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
(read-only, full disk) the clerk is told and the words stay in the box.

While another program holds the archive, Enter still takes the words off the
box: the statement waits in ctx.saves (gui.saves) and is stored once, in
order, when the archive is free — so a second Enter cannot store it twice.
A draft waits there too (the newest words replacing older ones). Should the
archive refuse a waiting statement for another reason, its words come back
into the box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from core import model
from core.dates import clock_shown
from core.errors import NotulaError
from gui.editor.capture_parts import CaptureText, lay_out_narrow, lay_out_wide
from gui.editor.combos import FollowingCombo, agenda_label
from gui.editor.speaker_picker import QuickStrip, SpeakerPicker, quick_speakers
from gui.errors import clerk_message
from gui.saves import FAILED, WAITING, Pending
from gui.widgets.status_label import StatusLabel
from gui.widgets.typed_fields import TimeField

if TYPE_CHECKING:
    from core.changes import Changes
    from gui.session import MeetingSession

DRAFT_MS = 500
SHOWN_WAITING = 3  # statements waiting for the archive, listed above the bar


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
        self.waiting = QLabel(self)  # statements waiting for the archive (show_waiting)
        self.waiting.setTextFormat(Qt.TextFormat.PlainText)
        # whole lines (cut at the right edge, not wrapped): the splitter then knows
        # the height the list needs and gives it to the bar
        self.waiting.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        self.waiting.setStyleSheet("color: #8a4b00;")
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
            lay_out_narrow(self, labels)
            keys.hide()
        else:
            lay_out_wide(self, labels, keys)

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
        self.ctx.events.savesWaiting.connect(self.show_waiting)
        self.show_waiting()
        self._read_roles()
        self.update_quick()
        self._show_kind(False)
        self._fit_kind()
        self._default_agenda()
        self.restore_draft()

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

    def show_waiting(self, *_: object) -> None:
        """The statements of this meeting waiting for the archive, right under the
        list they will join: taken off the box, not gone."""
        capture = self.ctx.store.capture
        waiting = [p.args[1] for p in self.ctx.saves.queue
                   if p.op == capture and p.args[0] == self.meeting_id]  # fmt: skip
        self.waiting.setVisible(bool(waiting))
        if not waiting:
            return
        lines = [self.tr("Antrean (%n) — disimpan begitu arsip bebas:", "", len(waiting))]
        for s in waiting[-SHOWN_WAITING:]:
            words = s.text if len(s.text) <= 90 else s.text[:89] + "…"
            who = self.session.speaker_label(s.speaker_id)
            lines.append(f"{clock_shown(s.at)} · {who} — {words}")
        self.waiting.setText("\n".join(lines))

    def focus_speaker(self) -> None:
        self.speaker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.speaker.selectAll()

    # ---- capturing -------------------------------------------------------------------

    def capture(self) -> bool:
        """Store the typed statement (or queue it while the archive is held by
        another program); on any failure keep every word in the box.

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
        done = self.session.run(
            self.ctx.store.capture, self.meeting_id, statement, text=self.tr("Catat pernyataan"),
            then=self._stored,
        )  # fmt: skip
        if done is None:
            self.status.setText(self.tr("Belum tersimpan — teks tetap di sini, coba lagi."))
            return False
        if isinstance(done, Pending):  # the archive is held: stored once it is free
            done.dropped.connect(self._refused)
            self.ctx.saves.forget(self._draft_key())  # the statement takes the words along
            self.status.setText(self.tr("Masuk antrean: arsip sedang dipakai program lain."))
        self._draft_stored = False
        self.session.agenda_choice = statement.agenda_id
        self._reset_kind()
        self.at.set_value(None)  # the next one gets its own clock time
        self._show_words("")
        self.focus_speaker()
        return True

    def _stored(self, changes: Changes) -> None:
        """A statement is in the archive (at once, or once the archive was free)."""
        added = changes.rows("statements").added[0]
        stored = next((s for s in self.statements.items if s.id == added), None)
        if stored is not None:
            who = self.session.speaker_label(stored.speaker_id)
            self.status.setText(self.tr("Tersimpan {0} — {1}").format(clock_shown(stored.at), who))
        self.captured.emit(added)

    def _refused(self, pending: Pending) -> None:
        """A waiting statement the archive refused for good (told already): its
        words come back, after whatever is being typed now."""
        words = pending.args[1].text
        now = self.text.toPlainText().strip()
        self._show_words(f"{now}\n\n{words}" if now else words)
        self.status.setText(self.tr("Belum tersimpan — teks kembali ke sini, coba lagi."))
        self.draft_timer.start()

    def _show_words(self, text: str) -> None:
        """Put ``text`` in the box as it is (no draft is started by it)."""
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    # ---- the draft -------------------------------------------------------------------

    def _typed(self) -> None:
        self.draft_timer.start()

    def _context_changed(self, *_: object) -> None:
        if self.text.toPlainText().strip():
            self.draft_timer.start()

    def _draft_key(self) -> tuple[str, int]:
        return ("draft", self.meeting_id)

    def save_draft(self) -> None:
        """Keep what is being typed (no undo entry); an empty box forgets the draft.
        While the archive is held, the draft waits in ctx.saves, in order."""
        self.draft_timer.stop()
        text = self.text.toPlainText()
        store, meeting_id = self.ctx.store, self.meeting_id
        if text.strip():
            draft = model.Statement(
                text=text,
                speaker_id=self.speaker.speaker_id,
                agenda_id=self.agenda.current_id(),
                kind=self.kind_value(),
            )
            pending = Pending(lambda: store.save_draft(meeting_id, draft), key=self._draft_key(),
                              stack=self.session.stack, report=False)  # fmt: skip
            pending.saved.connect(self._draft_saved)
        elif self._draft_stored:
            pending = Pending(lambda: store.clear_draft(meeting_id), key=self._draft_key(),
                              stack=self.session.stack, report=False)  # fmt: skip
            pending.saved.connect(self._draft_cleared)
        else:
            pending = None
        self.draft_failed = False
        if pending is not None:
            pending.dropped.connect(self._draft_refused)
            state = self.ctx.saves.submit(pending)
            if state == FAILED:
                self._draft_refused(pending)
            elif state == WAITING:
                self.status.setText(self.tr("Draf menunggu arsip."))
        self.draftStateChanged.emit()

    def _draft_saved(self, *_: object) -> None:
        self._draft_stored = True

    def _draft_cleared(self, *_: object) -> None:
        self._draft_stored = False

    def _draft_refused(self, pending: Pending) -> None:
        """Not for the archive being held (that waits): read-only, full disk.
        Tried again at the next pause in typing, and when the window closes."""
        self.draft_failed = True
        assert pending.error is not None
        problem = pending.error
        reason = clerk_message(problem).splitlines()[0] if isinstance(problem, NotulaError) else ""
        self.status.setText(self.tr("Draf belum tersimpan: {0}").format(reason))
        self.draftStateChanged.emit()

    def refused(self) -> bool:
        """Typing the archive would not keep as a draft (it is still in the box)."""
        return self.draft_failed and bool(self.text.toPlainText().strip())

    def unsaved(self) -> bool:
        """Typing that is in neither a statement nor a kept or waiting draft
        (refused, or typed in the last half second)."""
        pending = self.draft_failed or self.draft_timer.isActive()
        return bool(self.text.toPlainText().strip()) and pending

    def flush(self) -> None:
        """Keep the typing as the draft now (the window hides or closes): what
        is within its half second, or was refused before."""
        if self.draft_timer.isActive() or self.draft_failed:
            self.save_draft()

    def hand_over(self) -> None:
        """Another bar on this meeting takes the words (see take_over): empty
        this box quietly, leaving the draft in the archive for it."""
        self.draft_timer.stop()
        self._draft_stored = False
        self._show_words("")

    def take_over(self, other: CaptureBar) -> None:
        """The words being typed in ``other`` move here as they are, with their
        speaker, agenda item and mark — also while their draft still waits for
        the archive (reading the draft back would miss them then)."""
        self._fill(
            model.Statement(
                text=other.text.toPlainText(),
                speaker_id=other.speaker.speaker_id,
                agenda_id=other.agenda.current_id(),
                kind=other.kind_value(),
            )
        )
        self._draft_stored = other._draft_stored or self._draft_stored
        self.draft_failed = other.draft_failed

    def restore_draft(self) -> None:
        try:
            draft = self.ctx.store.get_draft(self.meeting_id)
        except NotulaError as exc:
            self.ctx.report(exc)
            return
        if draft is None:
            return
        self._draft_stored = True
        self._fill(draft)
        self.status.setText(self.tr("Draf yang belum disimpan dipulihkan."))
        self._restored_note = True

    def _fill(self, draft: model.Statement) -> None:
        if draft.speaker_id is not None:
            self.speaker.set_speaker(draft.speaker_id, announce=False)
        self.agenda.set_current_id(draft.agenda_id)  # None: the clerk chose "no agenda item"
        self.kind.blockSignals(True)
        self.kind.setChecked(draft.kind == "summary")
        self.kind.blockSignals(False)
        self._show_kind(self.kind.isChecked())
        self._show_words(draft.text)
