"""Issue 16, items 1–5: what made a clerk work around the capture bar and the fields.

Each test presses the keys a clerk presses and reads back what the archive
stored and what the window shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core import model
from gui.editor.statement_dialog import StatementDialog
from tests.gui.editor_helpers import focused, key, new_meeting, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _statements(ctx, meeting_id):  # noqa: ANN001, ANN202
    return ctx.store.list_items("statements", meeting_id)


def test_the_words_go_to_the_text_after_a_speaker_pick(qtbot, ctx, example_id):
    """Item 1: "1" (or a name and Tab), then a habitual Tab: still in the text."""
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    key(qtbot, Qt.Key.Key_4, ALT)
    key(qtbot, Qt.Key.Key_1)
    assert focused() is bar.text
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is bar.text, "a Tab in the empty text box stays there"
    type_text(qtbot, "Stok beras cukup.")
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "agus")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is bar.text
    type_text(qtbot, "Harga cabai turun.")
    key(qtbot, Qt.Key.Key_Return)
    texts = [s.text for s in _statements(ctx, example_id)[-2:]]
    assert texts == ["Stok beras cukup.", "Harga cabai turun."]
    assert bar.agenda.currentText() != "Harga cabai turun."
    # with words typed, Tab still leaves the box (the agenda is one Tab away)
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "x")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is bar.agenda


def test_the_current_agenda_item_is_the_default_everywhere(qtbot, ctx):
    """Item 2: a meeting with one agenda item (added while the editor is open): the
    statement, the decision and the follow-up all belong to it without a key."""
    meeting_id = new_meeting(ctx)
    ctx.store.add_rows("attendees", meeting_id, [model.Attendee(name="Budi")])
    editor = open_editor(qtbot, ctx, meeting_id)
    bar = editor.capture
    assert bar.agenda.current_id() is None  # no agenda yet
    key(qtbot, Qt.Key.Key_3, ALT)  # Agenda tab
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Evaluasi anggaran")
    key(qtbot, Qt.Key.Key_Return)
    item = ctx.store.list_items("agenda", meeting_id)[0]
    key(qtbot, Qt.Key.Key_4, ALT)
    assert bar.agenda.current_id() == item.id
    assert bar.agenda.currentText() == "1. Evaluasi anggaran"
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "Serapan baru 40 persen.")
    key(qtbot, Qt.Key.Key_Return)
    assert _statements(ctx, meeting_id)[-1].agenda_id == item.id
    key(qtbot, Qt.Key.Key_5, ALT)  # Keputusan
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Percepat lelang.")
    key(qtbot, Qt.Key.Key_Return)
    assert ctx.store.list_items("decisions", meeting_id)[-1].agenda_id == item.id
    assert editor.decisions_panel.model.index(0, 1).data() == "1. Evaluasi anggaran"
    key(qtbot, Qt.Key.Key_6, ALT)  # Tindak Lanjut
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Laporan mingguan.")
    key(qtbot, Qt.Key.Key_Return)
    assert ctx.store.list_items("actions", meeting_id)[-1].agenda_id == item.id
    column = editor.actions_panel.agenda_column
    assert editor.actions_panel.model.index(0, column).data() == "1. Evaluasi anggaran"


def test_the_agenda_item_chosen_in_the_capture_bar_is_the_current_one(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    agenda = ctx.store.list_items("agenda", example_id)
    key(qtbot, Qt.Key.Key_4, ALT)
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert editor.capture.agenda.current_id() == agenda[0].id
    key(qtbot, Qt.Key.Key_5, ALT)
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Operasi pasar.")
    key(qtbot, Qt.Key.Key_Return)
    assert ctx.store.list_items("decisions", example_id)[-1].agenda_id == agenda[0].id


def test_summary_is_for_the_statement_being_typed(qtbot, ctx, example_id):
    """Item 3: Ctrl+K marks this statement; the next one is a quote again; the mark
    shows right beside the text box."""
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    key(qtbot, Qt.Key.Key_4, ALT)
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "Pada intinya harga stabil.")
    key(qtbot, Qt.Key.Key_K, CTRL)
    assert bar.kind.text() == "Ringkasan" and bar.kind.isChecked()
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_1)
    assert bar.kind.text() == "“Kutipan”" and not bar.kind.isChecked()
    type_text(qtbot, "Kami siap.")
    key(qtbot, Qt.Key.Key_Return)
    assert [s.kind for s in _statements(ctx, example_id)[-2:]] == ["summary", "quote"]
    text, mark = bar.text.geometry(), bar.kind.geometry()
    assert mark.left() >= text.right() and mark.top() < text.bottom(), "beside the text"


def _open_statement_dialog(qtbot, editor) -> StatementDialog:  # noqa: ANN001
    panel = editor.statements_panel
    editor.activateWindow()  # back from the last dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    key(qtbot, Qt.Key.Key_4, ALT)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(panel.proxy.rowCount() - 1, 0))
    key(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible())
    dialog = panel.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.text)
    return dialog


def test_typed_digits_replace_a_statement_time_and_empty_is_allowed(qtbot, ctx, example_id):
    """Item 4: "0900" replaces the time; an emptied time is stored as none."""
    editor = open_editor(qtbot, ctx, example_id)
    for typed, stored in (("0900", "09:00"), ("9.15", "09:15"), ("10:05", "10:05"), ("", None)):
        dialog = _open_statement_dialog(qtbot, editor)
        key(qtbot, Qt.Key.Key_M, ALT)  # Ja&m
        assert focused() is dialog.at
        qtbot.waitUntil(lambda d=dialog: d.at.selectedText() == d.at.text())
        if typed:
            type_text(qtbot, typed)
        else:
            key(qtbot, Qt.Key.Key_Backspace)
        key(qtbot, Qt.Key.Key_Tab)
        assert dialog.at.text() == (stored or "").replace(":", ".")
        qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is d.text)
        key(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())
        assert _statements(ctx, example_id)[-1].at == stored, typed


def test_typed_digits_replace_the_header_times(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    form = editor.header
    key(qtbot, Qt.Key.Key_1, ALT)
    key(qtbot, Qt.Key.Key_M, ALT)  # Jam &mulai
    assert focused() is form.start
    qtbot.waitUntil(lambda: form.start.selectedText() == form.start.text() != "")
    type_text(qtbot, "0830")
    key(qtbot, Qt.Key.Key_Tab)
    assert ctx.store.get_meeting_header(example_id).start_time == "08:30"
    assert form.start.text() == "08.30"
    form.start.setFocus()
    qtbot.waitUntil(lambda: form.start.selectedText() == form.start.text())
    type_text(qtbot, "25.99")  # no such time: refused, marked, nothing stored
    key(qtbot, Qt.Key.Key_Tab)
    assert ctx.store.get_meeting_header(example_id).start_time == "08:30"
    assert form.problem("start_time")
    form.start.setFocus()
    qtbot.waitUntil(lambda: form.start.selectedText() == form.start.text())
    key(qtbot, Qt.Key.Key_Backspace)  # empty: no start time
    key(qtbot, Qt.Key.Key_Tab)
    assert ctx.store.get_meeting_header(example_id).start_time is None
    assert not form.problem("start_time")
    key(qtbot, Qt.Key.Key_L, ALT)  # Jam se&lesai
    qtbot.waitUntil(lambda: form.end.selectedText() == form.end.text() != "")
    type_text(qtbot, "1600")
    key(qtbot, Qt.Key.Key_Tab)
    assert ctx.store.get_meeting_header(example_id).end_time == "16:00"


def test_typed_digits_fill_a_date(qtbot, ctx, example_id):
    """Item 5: "31122023" is 31 Desember 2023, in the header and in a due date."""
    editor = open_editor(qtbot, ctx, example_id)
    key(qtbot, Qt.Key.Key_1, ALT)
    key(qtbot, Qt.Key.Key_G, ALT)  # Tan&ggal
    type_text(qtbot, "31122023")
    assert ctx.store.get_meeting_header(example_id).date == "2023-12-31"
    assert "31 Desember 2023" in editor.header.date.text()

    panel = editor.actions_panel
    key(qtbot, Qt.Key.Key_6, ALT)
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Kirim laporan.")
    key(qtbot, Qt.Key.Key_Return)
    row = panel.model.rowCount() - 1
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, 2))
    key(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "311223")  # a two-digit year, then Enter
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.store.list_items("actions", example_id)[-1].due == "2023-12-31")
    assert panel.model.index(row, 2).data() == "31 Desember 2023"


def test_typed_digits_fill_the_new_meeting_date(qtbot):
    from gui.archive.dialogs import NewMeetingDialog
    from tests.gui.editor_helpers import activate

    dialog = NewMeetingDialog()
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    key(qtbot, Qt.Key.Key_T, ALT)  # &Tanggal
    assert focused() is dialog.date_edit
    type_text(qtbot, "01022024")
    assert dialog.meeting_date() == "2024-02-01"
    dialog.date_edit.setFocus()
    type_text(qtbot, "3")  # a half-typed date, then the field is left: the old one stays
    key(qtbot, Qt.Key.Key_Tab)
    assert dialog.meeting_date() == "2024-02-01"
    assert dialog.date_edit.text() == "01/02/2024"
