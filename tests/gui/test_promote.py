"""Issue 16, item 13: a statement becomes a decision (Ctrl+Shift+D) or a follow-up
(Ctrl+Shift+T), prefilled, edited and confirmed from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.editor_helpers import activate, answer_dialog, focused, key, open_editor, type_text
from tests.gui.test_keyboard_contract import press

ALT = Qt.KeyboardModifier.AltModifier


def test_a_statement_becomes_a_decision_and_a_follow_up(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    key(qtbot, Qt.Key.Key_4, ALT)
    type_text(qtbot, "yuliana")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Dinas akan memantau harga cabai setiap hari")
    key(qtbot, Qt.Key.Key_Return)
    statement = ctx.store.list_items("statements", example_id)[-1]
    seen = {}

    def decide(dialog) -> None:  # noqa: ANN001
        activate(qtbot, dialog)
        seen["text"] = dialog.text.toPlainText()
        key(qtbot, Qt.Key.Key_End)  # keep the words, add to them
        type_text(qtbot, " mulai Senin.")
        key(qtbot, Qt.Key.Key_Return)

    answer_dialog(decide)
    press(qtbot, "statement.to_decision")
    qtbot.waitUntil(lambda: "text" in seen)
    assert seen["text"] == statement.text
    decision = ctx.store.list_items("decisions", example_id)[-1]
    assert decision.text == statement.text + " mulai Senin."
    assert decision.agenda_id == statement.agenda_id
    qtbot.waitUntil(lambda: focused() is bar.speaker)  # back to the capture

    def follow_up(dialog) -> None:  # noqa: ANN001
        activate(qtbot, dialog)
        seen["owner"] = dialog.owner.text()
        key(qtbot, Qt.Key.Key_Return)

    answer_dialog(follow_up)
    press(qtbot, "statement.to_action")
    qtbot.waitUntil(lambda: "owner" in seen)
    action = ctx.store.list_items("actions", example_id)[-1]
    assert seen["owner"] == "Dinas Perindustrian dan Perdagangan"
    assert (action.text, action.owner) == (statement.text, seen["owner"])
    assert action.agenda_id == statement.agenda_id
    qtbot.waitUntil(lambda: focused() is bar.speaker)
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step each
    assert ctx.store.list_items("actions", example_id)[-1].id != action.id


def test_escape_adds_nothing(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    key(qtbot, Qt.Key.Key_4, ALT)
    editor.statements_panel.view.setFocus()
    editor.statements_panel.view.setCurrentIndex(editor.statements_panel.proxy.index(0, 0))
    before = ctx.store.list_items("decisions", example_id)

    def drop(dialog) -> None:  # noqa: ANN001
        activate(qtbot, dialog)
        key(qtbot, Qt.Key.Key_Escape)

    answer_dialog(drop)
    press(qtbot, "statement.to_decision")
    assert ctx.store.list_items("decisions", example_id) == before
