"""Issue 16, item 9: after a crash the meeting that was open opens again, with its
draft, and the note that says so goes with the next edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.store import MeetingStore
from gui.archive.window import MainWindow
from gui.context import AppContext
from gui.prompts import ScriptedPrompts
from tests.gui.editor_helpers import key, type_text

ALT = Qt.KeyboardModifier.AltModifier


def restart(ctx) -> AppContext:  # noqa: ANN001
    """Notula started again on the same archive (the first run never closed: killed)."""
    return AppContext(MeetingStore.open(ctx.db_path), ctx.db_path, prompts=ScriptedPrompts())


def test_the_meeting_open_at_a_crash_opens_again_with_its_draft(qtbot, ctx, example_id):
    archive = MainWindow(ctx)
    qtbot.addWidget(archive)
    window = archive.open_meeting(example_id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    bar = window.editor.capture
    key(qtbot, Qt.Key.Key_4, ALT)
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "Harga cabai turun sepuluh")
    bar.flush()  # what the half-second timer does while typing

    again = restart(ctx)
    second = MainWindow(again)
    qtbot.addWidget(second)
    assert second.reopen_left_open() == [example_id]
    editor = second.editors[example_id].editor
    assert editor.capture.text.toPlainText() == "Harga cabai turun sepuluh"
    assert editor.capture.status.text() == "Draf yang belum disimpan dipulihkan."
    editor.header.title.setText("Rakor Inflasi (lanjutan)")
    editor.header.flush()
    editor.header.commit(editor.header.fields["title"])
    assert again.store.get_meeting_header(example_id).title == "Rakor Inflasi (lanjutan)"
    assert editor.capture.status.text() == "", "the note goes with the next edit"
    second.editors[example_id].close()
    again.undo_group.setActiveStack(None)
    again.store.close()


def test_a_meeting_closed_by_the_clerk_does_not_open_again(qtbot, ctx, example_id):
    archive = MainWindow(ctx)
    qtbot.addWidget(archive)
    window = archive.open_meeting(example_id)
    window.close()
    assert MainWindow(ctx).reopen_left_open() == []
    ctx.store.set_settings({"open_meetings": [example_id, 999]})  # 999: deleted since
    reopened = MainWindow(ctx)
    qtbot.addWidget(reopened)
    assert reopened.reopen_left_open() == [example_id]
