"""Agenda, decisions and follow-ups: add, edit, delete, reorder, all by keys."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from gui.editor.combos import FollowingCombo
from gui.editor.speaker_picker import AttendeeMatches
from tests.gui.editor_helpers import focused, key, new_meeting, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def titles(ctx, meeting_id):  # noqa: ANN001, ANN201
    return [a.title for a in ctx.store.list_items("agenda", meeting_id)]


def test_agenda_by_keys(qtbot, ctx):
    mid = new_meeting(ctx)
    editor = open_editor(qtbot, ctx, mid)
    panel = editor.agenda_panel
    key(qtbot, Qt.Key.Key_3, ALT)
    assert editor.tabs.currentIndex() == 2 and focused() is panel.table
    key(qtbot, Qt.Key.Key_Insert)
    assert focused() is panel.entry
    for title in ("Pembukaan", "Laporan harga", "Operasi pasar"):
        type_text(qtbot, title)
        key(qtbot, Qt.Key.Key_Return)
    assert titles(ctx, mid) == ["Pembukaan", "Laporan harga", "Operasi pasar"]
    assert editor.tabs.tabText(2) == "Agenda (3)"
    assert panel.entry.text() == "" and focused() is panel.entry

    # edit in place: F2 on the cell, type, Enter
    panel.table.setFocus()
    panel.select_row(1)
    key(qtbot, Qt.Key.Key_F2)
    editor_widget = focused()
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Laporan harga bahan pokok")
    key(qtbot, Qt.Key.Key_Return, widget=editor_widget)  # the view commits it queued
    qtbot.waitUntil(lambda: titles(ctx, mid)[1] == "Laporan harga bahan pokok")

    # reorder with Ctrl+Up, then undo it
    panel.table.setFocus()
    panel.select_row(2)
    key(qtbot, Qt.Key.Key_Up, CTRL)
    assert titles(ctx, mid) == ["Pembukaan", "Operasi pasar", "Laporan harga bahan pokok"]
    assert panel.current_row() == 1, "the selection follows the moved row"
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert titles(ctx, mid) == ["Pembukaan", "Laporan harga bahan pokok", "Operasi pasar"]

    # delete without a question; Ctrl+Z brings it back in place
    panel.select_row(0)
    key(qtbot, Qt.Key.Key_Delete)
    assert titles(ctx, mid) == ["Laporan harga bahan pokok", "Operasi pasar"]
    assert panel.status.text() == "Dihapus — Ctrl+Z untuk membatalkan"
    assert ctx.prompts.shown == []
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert titles(ctx, mid) == ["Pembukaan", "Laporan harga bahan pokok", "Operasi pasar"]
    key(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert titles(ctx, mid) == ["Laporan harga bahan pokok", "Operasi pasar"]

    # the capture bar's agenda picker follows
    combo = editor.capture.agenda
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "— tanpa agenda —", "1. Laporan harga bahan pokok", "2. Operasi pasar",
    ]  # fmt: skip


def test_decision_agenda_column(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.decisions_panel
    editor.show_tab(4)
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Laporan harga dikirim setiap hari.")
    key(qtbot, Qt.Key.Key_Return)
    decision = ctx.store.list_items("decisions", example_id)[-1]
    agenda = ctx.store.list_items("agenda", example_id)
    assert decision.text == "Laporan harga dikirim setiap hari."
    assert decision.agenda_id == agenda[1].id, "the current item: the last statement's"
    row = panel.model.rowCount() - 1
    assert panel.model.index(row, 1).data().startswith("2. ")
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, 1))
    key(qtbot, Qt.Key.Key_F2)
    combo = focused()
    assert isinstance(combo, FollowingCombo)
    key(qtbot, Qt.Key.Key_Up, widget=combo)  # → 1. Perkembangan harga …
    key(qtbot, Qt.Key.Key_Return, widget=combo)
    qtbot.waitUntil(
        lambda: ctx.store.list_items("decisions", example_id)[-1].agenda_id == agenda[0].id
    )
    assert panel.model.index(row, 1).data().startswith("1. Perkembangan harga")


def test_a_decision_of_several_lines(qtbot, ctx, example_id):
    """Ctrl+Enter (or Shift+Enter) starts a new line in the cell; Enter stores it; Esc drops."""
    from gui.editor.text_delegate import CellText

    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.decisions_panel
    editor.show_tab(4)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    key(qtbot, Qt.Key.Key_F2)
    cell = focused()
    assert isinstance(cell, CellText) and cell.textCursor().hasSelection()
    type_text(qtbot, "Operasi pasar murah di enam kecamatan:")
    key(qtbot, Qt.Key.Key_Return, CTRL, widget=cell)
    type_text(qtbot, "1. Muntok")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier, widget=cell)
    type_text(qtbot, "2. Kelapa")
    key(qtbot, Qt.Key.Key_Return, widget=cell)
    expected = "Operasi pasar murah di enam kecamatan:\n1. Muntok\n2. Kelapa"
    qtbot.waitUntil(lambda: ctx.store.list_items("decisions", example_id)[0].text == expected)
    assert panel.model.index(0, 0).data() == expected

    panel.table.setFocus()
    key(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "salah ketik")
    key(qtbot, Qt.Key.Key_Escape)
    assert ctx.store.list_items("decisions", example_id)[0].text == expected
    key(qtbot, Qt.Key.Key_Z, CTRL)  # one edit, one undo step
    assert ctx.store.list_items("decisions", example_id)[0].text != expected


def test_actions_due_date_and_done(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.actions_panel
    editor.show_tab(5)
    assert panel.model.index(0, 2).data() == "16 Juni 2023"
    assert panel.model.index(0, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Menyiapkan data stok")
    key(qtbot, Qt.Key.Key_Return)
    row = panel.model.rowCount() - 1
    assert panel.model.index(row, 3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked

    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, 1))
    key(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Dinas Pertanian")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.table.state() == panel.table.State.NoState)
    panel.table.setCurrentIndex(panel.model.index(row, 2))
    key(qtbot, Qt.Key.Key_F2)
    date_edit = focused()
    assert isinstance(date_edit, QDateEdit) and date_edit.calendarPopup()
    date_edit.setDate(QDate(2023, 7, 3))
    key(qtbot, Qt.Key.Key_Return, widget=date_edit)
    qtbot.waitUntil(lambda: panel.table.state() == panel.table.State.NoState)
    panel.table.setCurrentIndex(panel.model.index(row, 3))
    key(qtbot, Qt.Key.Key_Space, widget=panel.table)
    action = ctx.store.list_items("actions", example_id)[-1]
    assert (action.owner, action.due, action.done) == ("Dinas Pertanian", "2023-07-03", True)
    assert panel.model.index(row, 2).data() == "3 Juli 2023"


def test_models_pass_the_model_tester(qtbot, qtmodeltester, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    for model in (
        editor.attendees,
        editor.agenda,
        editor.statements,
        editor.statements_panel.proxy,
        editor.decisions_panel.model,
        editor.actions_panel.model,
    ):
        qtmodeltester.check(model)
    matches = AttendeeMatches(editor.attendees)
    matches.set_query("perekonomian")  # jabatan of one, instansi of another
    qtmodeltester.check(matches)
    assert matches.rowCount() == 2
    matches.set_query("HÉNDRA  pembangunan")  # case, accents, several words
    assert matches.rowCount() == 1
    assert matches.index(0, 0).data().startswith("Ir. Hendra Saputra")


def test_alt_digits_switch_tabs(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    for n in range(6):
        key(qtbot, getattr(Qt.Key, f"Key_{n + 1}"), ALT)
        assert editor.tabs.currentIndex() == n
        assert editor.tabs.tabToolTip(n).endswith(f"(Alt+{n + 1})")
        assert editor.isAncestorOf(QApplication.focusWidget())
    assert QModelIndex().isValid() is False


def test_empty_lists_say_how_to_fill_them(qtbot, ctx):
    mid = new_meeting(ctx)
    editor = open_editor(qtbot, ctx, mid)
    hints = {
        "attendees": editor.attendees_panel.empty_hint.label,
        "statements": editor.statements_panel.empty_hint.label,
        "decisions": editor.decisions_panel.empty_hint.label,
    }
    assert not any(label.isHidden() for label in hints.values())
    assert hints["statements"].text().startswith("Belum ada pernyataan")
    editor.show_tab(4)
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Operasi pasar murah dilanjutkan.")
    key(qtbot, Qt.Key.Key_Return)
    assert hints["decisions"].isHidden()
    editor.decisions_panel.table.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert not hints["decisions"].isHidden()
