"""Windows that open and close all day, typing cut short by Ctrl+W, and bugs in slots."""

from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QApplication

from core import model
from core.store import MeetingStore
from gui import errors
from gui.editor.meeting_editor import PEMBAHASAN, RINCIAN
from gui.editor.statement_dialog import StatementDialog
from gui.editor.window import EditorWindow
from tests.gui.editor_helpers import focused, key, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
EVENTS = ("changed(PyObject)", "settingsChanged()", "errorReported(QString)")


def receivers(ctx) -> dict[str, int]:  # noqa: ANN001
    return {name: ctx.events.receivers(SIGNAL(name)) for name in EVENTS}


def open_window(qtbot, ctx, meeting_id: int) -> EditorWindow:  # noqa: ANN001
    window = EditorWindow(ctx, meeting_id)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def wait_deleted(qtbot, widget, action) -> None:  # noqa: ANN001
    """Do ``action`` and wait until ``widget`` is really deleted (deleteLater ran)."""
    gone: list[bool] = []
    widget.destroyed.connect(lambda *_: gone.append(True))
    action()
    qtbot.waitUntil(lambda: gone == [True])


def close_window(qtbot, window: EditorWindow) -> None:  # noqa: ANN001
    wait_deleted(qtbot, window, lambda: key(qtbot, Qt.Key.Key_W, CTRL))


def test_closed_editors_stop_listening(qtbot, ctx, example_id):
    baseline = receivers(ctx)
    for _ in range(4):
        window = open_window(qtbot, ctx, example_id)
        window.editor.show_tab(PEMBAHASAN)
        assert receivers(ctx) != baseline
        close_window(qtbot, window)
    assert receivers(ctx) == baseline, "nothing of a closed editor is left connected"
    # every announcement, after the widgets are gone: no "C++ object already deleted"
    ev = ctx.events
    agenda = ctx.store.list_items("agenda", example_id)[0]
    ctx.announce(ctx.store.edit_header(example_id, {"title": "Judul lain"}))
    ctx.announce(ctx.store.edit_rows("agenda", {agenda.id: {"notes": "catatan"}}))
    ctx.announce(ctx.store.move_row("agenda", agenda.id, 1))
    ctx.announce(ctx.store.new_person(model.Person(name="Budi")))
    ev.settingsChanged.emit()
    ev.errorReported.emit("gagal")
    QApplication.processEvents()
    # the undo history ended with the last window; a new one starts empty and works
    assert example_id not in ctx.sessions
    window = open_window(qtbot, ctx, example_id)
    stack = window.stack
    assert stack.count() == 0
    window.editor.show_tab(PEMBAHASAN)
    key(qtbot, Qt.Key.Key_2)
    type_text(qtbot, "Sesudah buka-tutup.")
    key(qtbot, Qt.Key.Key_Return)
    assert stack.count() == 1
    stack.undo()
    assert "Sesudah buka-tutup." not in [
        s.text for s in ctx.store.list_items("statements", example_id)
    ]
    close_window(qtbot, window)
    assert ctx.prompts.shown == []


def test_ctrl_w_while_typing_keeps_the_last_words(qtbot, ctx, example_id):
    window = open_window(qtbot, ctx, example_id)
    editor = window.editor
    editor.show_tab(RINCIAN)
    assert focused() is editor.header.title
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " — ralat")
    editor.header.opening.setFocus()
    key(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, " Doa dipimpin Kabag Kesra.")
    editor.show_tab(PEMBAHASAN)
    key(qtbot, Qt.Key.Key_3)
    type_text(qtbot, "Setengah kalimat")
    steps: list[int] = [window.stack.index()]  # the history ends with the window: watch it
    window.stack.indexChanged.connect(steps.append)
    close_window(qtbot, window)  # at once: every debounce is still waiting

    other = MeetingStore.open(ctx.db_path)  # what is on disk, read by someone else
    try:
        header = other.get_meeting_header(example_id)
        assert header.title.endswith(" — ralat")
        assert header.opening.endswith(" Doa dipimpin Kabag Kesra.")
        assert other.get_draft(example_id).text == "Setengah kalimat"
    finally:
        other.close()
    assert max(steps) == 2  # title, opening: each undoable


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_is_shown_not_fatal(qtbot, ctx, example_id, monkeypatch, tmp_path):
    """The excepthook path: a slot raises, the clerk sees one short message, work goes on."""
    logged: list[BaseException] = []

    def log_exception(exc: BaseException):  # noqa: ANN202
        logged.append(exc)
        return tmp_path / "notula.log"

    monkeypatch.setattr("core.logs.log_exception", log_exception)
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    capture = ctx.store.capture_statement

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise KeyError("speaker_id")

    monkeypatch.setattr(ctx.store, "capture_statement", broken)
    hook = errors.install(ctx.prompts)
    try:
        editor.focus_capture()
        key(qtbot, Qt.Key.Key_2)
        type_text(qtbot, "Jangan hilang.")
        qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)  # the slot raises
        QApplication.processEvents()
    finally:
        errors.uninstall(hook)
    assert [type(e) for e in logged] == [KeyError]
    assert len(ctx.prompts.shown) == 1
    kind, text = ctx.prompts.shown[0]
    assert kind == "error" and "KeyError: 'speaker_id'" in text and "notula.log" in text
    assert "Traceback" not in text
    assert bar.text.toPlainText() == "Jangan hilang." and editor.stack.count() == 0
    monkeypatch.setattr(ctx.store, "capture_statement", capture)
    bar.text.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert ctx.store.list_items("statements", example_id)[-1].text == "Jangan hilang."


def test_statement_dialogs_do_not_pile_up(qtbot, ctx, example_id):
    """Each F2 used to leave a hidden dialog behind, still following the lists."""
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.statements_panel
    editor.show_tab(PEMBAHASAN)
    for row in range(4):
        editor.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
        panel.view.setFocus()
        panel.view.setCurrentIndex(panel.proxy.index(row, 0))
        key(qtbot, Qt.Key.Key_F2)
        dialog = panel.dialog
        qtbot.waitUntil(dialog.isVisible)
        wait_deleted(qtbot, dialog, dialog.reject if row % 2 else dialog.save)
    assert panel.findChildren(StatementDialog) == []
