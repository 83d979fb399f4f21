"""Undo and redo cover every edit; Ctrl+Z in a text field undoes its typing first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.editor_helpers import focused, key, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def texts(ctx, meeting_id):  # noqa: ANN001, ANN201
    return [s.text for s in ctx.store.list_items("statements", meeting_id)]


def capture(qtbot, editor, quick: int, words: str) -> None:  # noqa: ANN001
    editor.focus_capture()
    key(qtbot, getattr(Qt.Key, f"Key_{quick}"))
    type_text(qtbot, words)
    key(qtbot, Qt.Key.Key_Return)


def test_undo_redo_capture_from_the_speaker_field(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    capture(qtbot, editor, 1, "Satu.")
    capture(qtbot, editor, 2, "Dua.")
    assert texts(ctx, example_id)[-2:] == ["Satu.", "Dua."]
    assert focused() is editor.capture.speaker  # nothing of its own to undo here
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert texts(ctx, example_id)[-1] == "Satu."
    assert editor.statements.rowCount() == 5
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert "Satu." not in texts(ctx, example_id)
    key(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    key(qtbot, Qt.Key.Key_Y, CTRL)
    assert texts(ctx, example_id)[-2:] == ["Satu.", "Dua."]
    assert editor.statements.rowCount() == 6


def test_ctrl_z_in_a_field_undoes_typing_first(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    capture(qtbot, editor, 1, "Sudah tersimpan.")
    bar = editor.capture
    bar.text.setFocus()
    type_text(qtbot, "abc")
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the box's own typing
    assert bar.text.toPlainText() == ""
    assert texts(ctx, example_id)[-1] == "Sudah tersimpan."
    notices: list[str] = []
    editor.notice.connect(notices.append)
    key(qtbot, Qt.Key.Key_Z, CTRL)  # nothing left to undo in the box: the meeting
    assert "Sudah tersimpan." not in texts(ctx, example_id)
    assert notices == ["Diurungkan: Catat pernyataan"]  # said, not silent
    key(qtbot, Qt.Key.Key_Y, CTRL)  # redo mirrors it: the box's typing first
    assert bar.text.toPlainText() == "abc" and len(notices) == 1
    key(qtbot, Qt.Key.Key_Y, CTRL)
    assert notices[-1] == "Diulangi: Catat pernyataan"
    assert texts(ctx, example_id)[-1] == "Sudah tersimpan."


def test_window_shortcuts_do_not_fight_the_editor(qtbot, ctx, example_id):
    """A window around the editor binding Ctrl+Z to the same stack: one undo, once."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    from gui.editor.meeting_editor import MeetingEditor

    editor = MeetingEditor(ctx, example_id, window)
    window.setCentralWidget(editor)
    undo = editor.stack.createUndoAction(window)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    window.menuBar().addMenu("Edit").addAction(undo)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    capture(qtbot, editor, 1, "Satu.")
    capture(qtbot, editor, 2, "Dua.")
    editor.statements_panel.view.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert texts(ctx, example_id)[-1] == "Satu.", "undone exactly once"


def test_statement_delete_reorder_kind_agenda(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.statements_panel
    view = panel.view
    editor.show_tab(3)
    view.setFocus()
    view.setCurrentIndex(panel.proxy.index(0, 0))
    first = texts(ctx, example_id)

    key(qtbot, Qt.Key.Key_Down, CTRL)  # reorder
    assert texts(ctx, example_id) == [first[1], first[0], *first[2:]]
    assert panel.current_item().text == first[0]
    key(qtbot, Qt.Key.Key_Up, CTRL)
    assert texts(ctx, example_id) == first

    key(qtbot, Qt.Key.Key_Delete)
    assert texts(ctx, example_id) == first[1:]
    assert panel.status.text() == "Dihapus — Ctrl+Z untuk membatalkan"
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert texts(ctx, example_id) == first

    view.setCurrentIndex(panel.proxy.index(0, 0))
    key(qtbot, Qt.Key.Key_K, CTRL)  # quote → summary
    assert ctx.store.list_items("statements", example_id)[0].kind == "summary"
    agenda = ctx.store.list_items("agenda", example_id)
    key(qtbot, Qt.Key.Key_PageDown, CTRL)  # to the next agenda item
    moved = ctx.store.list_items("statements", example_id)[0]
    assert moved.agenda_id == agenda[1].id
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    restored = ctx.store.list_items("statements", example_id)[0]
    assert (restored.kind, restored.agenda_id) == (None, agenda[0].id)

    # the filter shows one agenda item
    panel.filter.setCurrentIndex(panel.filter.findData(agenda[1].id))
    assert panel.proxy.rowCount() == 2
    assert panel.count.text() == "2 dari 4 pernyataan"


def test_edit_statement_dialog(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.statements_panel
    editor.show_tab(3)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.proxy.index(1, 0))
    key(qtbot, Qt.Key.Key_F2)
    dialog = panel.dialog
    qtbot.waitUntil(lambda: focused() is dialog.text)  # the words, ready to fix
    key(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, " Tambahan.")
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert texts(ctx, example_id)[1].endswith("operasi pasar. Tambahan.")
    assert editor.stack.count() == 1
    editor.stack.undo()
    assert texts(ctx, example_id)[1].endswith("operasi pasar.")
