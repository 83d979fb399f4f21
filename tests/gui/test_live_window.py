"""Issue 16, item 15: the compact live window on the same MeetingSession."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.editor.window import EditorWindow
from tests.gui.editor_helpers import focused, key, type_text
from tests.gui.test_keyboard_contract import press

ALT = Qt.KeyboardModifier.AltModifier


def test_capture_in_the_live_window_and_back(qtbot, ctx, example_id):
    window = EditorWindow(ctx, example_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor = window.editor
    key(qtbot, Qt.Key.Key_4, ALT)
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "Kata yang sedang")  # the words travel with the clerk
    press(qtbot, "editor.live_window")
    live = editor.live
    assert live is not None and live.session is editor.session
    qtbot.waitUntil(lambda: QApplication.activeWindow() is live)
    assert live.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    assert live.width() <= 1366 - 900, "fits beside a video call on 1366×768"
    assert live.height() <= 768 - 100
    assert live.capture.text.toPlainText() == "Kata yang sedang"
    assert editor.capture.text.toPlainText() == ""
    live.capture.text.setFocus()
    type_text(qtbot, " diketik.")
    key(qtbot, Qt.Key.Key_Return)
    stored = ctx.store.list_items("statements", example_id)[-1]
    assert stored.text == "Kata yang sedang diketik."
    # the same session: the full window's list has it, the live window shows it last
    assert editor.statements_panel.model.items[-1].id == stored.id
    assert "Kata yang sedang diketik." in live.last[-1].text()
    assert focused() is live.capture.speaker
    press(qtbot, "app.undo")  # the one history, from here too
    assert ctx.store.list_items("statements", example_id)[-1].id != stored.id
    press(qtbot, "app.redo")
    assert ctx.store.list_items("statements", example_id)[-1].text == stored.text
    live.capture.focus_speaker()
    key(qtbot, Qt.Key.Key_2)
    type_text(qtbot, "Belum selesai")
    press(qtbot, "editor.live_window")  # back to the full window, words and all
    qtbot.waitUntil(lambda: editor.live is None)
    assert editor.capture.text.toPlainText() == "Belum selesai"
