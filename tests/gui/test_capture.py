"""Taking notes live: ten statements with the keyboard only, drafts, failures."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from core.errors import StorageError
from core.store import MeetingStore
from gui.editor.meeting_editor import MeetingEditor
from tests.gui.editor_helpers import focused, key, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def attendee_id(ctx, meeting_id, name):  # noqa: ANN001, ANN201
    return next(a.id for a in ctx.store.list_items("attendees", meeting_id) if a.name == name)


def test_ten_statements_by_keyboard(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # Alt+4: Pembahasan
    assert editor.tabs.currentIndex() == 3
    assert focused() is bar.speaker
    agenda = ctx.store.list_items("agenda", example_id)
    assert bar.agenda.current_id() == agenda[1].id, "defaults to the last statement's item"
    key(qtbot, Qt.Key.Key_PageUp, CTRL)  # back to agenda item 1
    assert bar.agenda.current_id() == agenda[0].id
    quick = [a.name for a in bar.speaker.quick]
    assert quick[:2] == ["Ir. Hendra Saputra, M.T.", "Yuliana Putri, S.E., M.M."]
    assert "1" in bar.strip.text() and "Hendra Saputra" in bar.strip.text()

    before = len(ctx.store.list_items("statements", example_id))
    expected = []
    for n in range(10):
        if n % 3 == 0:
            type_text(qtbot, "yuli")  # part of the name, any case
            key(qtbot, Qt.Key.Key_Tab)
            speaker = "Yuliana Putri, S.E., M.M."
        elif n % 3 == 1:
            type_text(qtbot, "PERTANIAN")  # part of the jabatan
            key(qtbot, Qt.Key.Key_Tab)
            speaker = "Agus Salim, S.P."
        else:
            key(qtbot, Qt.Key.Key_1)  # quick pick: the chair; focus jumps to the text
            speaker = "Ir. Hendra Saputra, M.T."
        assert focused() is bar.text, n
        if n == 5:
            key(qtbot, Qt.Key.Key_PageDown, CTRL)  # the discussion moves on
        words = f"Pernyataan ke-{n}: harga cabai Rp{85 + n}.000, stok “aman”."
        type_text(qtbot, words)
        key(qtbot, Qt.Key.Key_Return)
        assert bar.text.toPlainText() == ""
        assert focused() is bar.speaker, "back to the speaker, ready for the next one"
        assert bar.speaker.selectedText() == bar.speaker.text() != ""
        expected.append((speaker, words, agenda[0 if n < 5 else 1].id))

    stored = ctx.store.list_items("statements", example_id)[before:]
    people = {a.id: a.name for a in ctx.store.list_items("attendees", example_id)}
    assert [(people[s.speaker_id], s.text, s.agenda_id) for s in stored] == expected
    assert all(re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", s.at) for s in stored)
    assert all(s.kind == "quote" for s in stored)
    # the list shows them, the newest selected and in view
    panel = editor.statements_panel
    assert panel.model.rowCount() == before + 10
    assert panel.current_item().id == stored[-1].id
    last = panel.view.visualRect(panel.view.currentIndex())
    assert panel.view.viewport().rect().intersects(last)
    assert editor.tabs.tabText(3) == f"Pembahasan ({before + 10})"


def test_enter_takes_the_match_and_moves_on_to_the_text(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    editor.focus_capture()
    type_text(qtbot, "agus")
    key(qtbot, Qt.Key.Key_Return)  # on the list of matches
    assert focused() is bar.text
    assert bar.speaker.speaker_id == attendee_id(ctx, example_id, "Agus Salim, S.P.")
    bar.focus_speaker()
    type_text(qtbot, "Rudi Hartono")
    bar.speaker.completer_.popup().hide()  # typed out in full, the list closed
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is bar.text
    assert bar.speaker.speaker_id == attendee_id(ctx, example_id, "Rudi Hartono")


def test_an_absent_attendee_is_offered_but_marked(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    editor.focus_capture()
    type_text(qtbot, "BPS")  # the Kepala BPS is marked absent in the example
    matches = bar.speaker.matches
    assert matches.rowCount() == 1
    assert matches.index(0, 0).data().endswith("— tidak hadir")


def test_multiline_and_summary(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    editor.focus_capture()
    key(qtbot, Qt.Key.Key_2)
    type_text(qtbot, "Baris satu.")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    type_text(qtbot, "Baris dua.")
    key(qtbot, Qt.Key.Key_Return, SHIFT)
    type_text(qtbot, "Baris tiga.")
    key(qtbot, Qt.Key.Key_K, CTRL)  # summary
    assert bar.kind_value() == "summary" and bar.kind.text() == "Ringkasan"
    key(qtbot, Qt.Key.Key_Return)
    last = ctx.store.list_items("statements", example_id)[-1]
    assert last.text == "Baris satu.\nBaris dua.\nBaris tiga."
    assert last.kind == "summary"


def test_no_speaker_keeps_text(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    bar.text.setFocus()
    type_text(qtbot, "Siapa yang bicara?")
    key(qtbot, Qt.Key.Key_Return)
    assert bar.text.toPlainText() == "Siapa yang bicara?"
    assert focused() is bar.speaker
    assert bar.status.text() == "Pilih pembicara dahulu."


def test_failed_capture_keeps_text(qtbot, ctx, example_id, monkeypatch):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    editor.focus_capture()

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise StorageError("arsip.db: disk is full; free some space and try again")

    monkeypatch.setattr(ctx.store, "capture_statement", broken)
    key(qtbot, Qt.Key.Key_2)
    type_text(qtbot, "Kata-kata yang tidak boleh hilang.")
    count = editor.statements.rowCount()
    key(qtbot, Qt.Key.Key_Return)
    assert ctx.prompts.shown == [("error", "arsip.db: disk is full; free some space and try again")]
    assert bar.text.toPlainText() == "Kata-kata yang tidak boleh hilang."
    assert editor.statements.rowCount() == count and editor.stack.count() == 0
    monkeypatch.undo()
    bar.text.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # try again
    assert ctx.store.list_items("statements", example_id)[-1].text.startswith("Kata-kata")
    assert bar.text.toPlainText() == ""


def test_draft_survives_the_editor(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id, keep=False)
    editor.focus_capture()
    key(qtbot, Qt.Key.Key_3)  # Rudi Hartono
    key(qtbot, Qt.Key.Key_K, CTRL)
    type_text(qtbot, "Stok beras cukup untuk")
    qtbot.waitUntil(lambda: ctx.store.get_draft(example_id) is not None, timeout=2000)
    assert editor.stack.count() == 0, "a draft is not an undo step"
    with qtbot.waitSignal(editor.destroyed):
        editor.deleteLater()

    again = MeetingEditor(ctx, example_id)
    qtbot.addWidget(again)
    bar = again.capture
    assert bar.text.toPlainText() == "Stok beras cukup untuk"
    assert bar.speaker.speaker_id == attendee_id(ctx, example_id, "Rudi Hartono")
    assert bar.kind_value() == "summary"
    assert again.tabs.currentIndex() == 3
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow)
    again.focus_capture()
    assert focused() is bar.text, "the clerk goes on where the words stopped"
    # saving the statement forgets the draft
    key(qtbot, Qt.Key.Key_Return)
    assert ctx.store.get_draft(example_id) is None
    assert ctx.store.list_items("statements", example_id)[-1].text == "Stok beras cukup untuk"


def test_clearing_the_text_forgets_the_draft(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    bar.text.setFocus()
    type_text(qtbot, "x")
    qtbot.waitUntil(lambda: ctx.store.get_draft(example_id) is not None, timeout=2000)
    key(qtbot, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: ctx.store.get_draft(example_id) is None, timeout=2000)


def test_everything_is_on_disk(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    editor.focus_capture()
    key(qtbot, Qt.Key.Key_4)
    type_text(qtbot, "Tercatat di berkas.")
    key(qtbot, Qt.Key.Key_Return)
    editor.header.organizer.setFocus()
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " Babel")
    editor.capture.text.setFocus()
    type_text(qtbot, "draf terakhir")
    editor.close()  # hiding flushes what waits for its debounce

    other = MeetingStore.open(ctx.db_path)
    try:
        meeting = other.get_meeting(example_id)
        assert meeting.statements[-1].text == "Tercatat di berkas."
        assert meeting.organizer.endswith(" Babel")
        assert other.get_draft(example_id).text == "draf terakhir"
    finally:
        other.close()
