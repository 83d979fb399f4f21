"""Issue 14 (D9): another program holds the archive's write lock.

The lock is real: a second plain sqlite3 connection on the same archive file
holds it with BEGIN IMMEDIATE, as a second Notula, the command line or a
backup tool would. The GUI never freezes for it and never shows an error box:
each edit waits its turn, the windows say so, and once the lock goes every
edit is stored once, in order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core.store import MeetingStore
from gui.context import GUI_WAIT_S
from tests.gui.editor_helpers import focused, key, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot, archive, meeting_id):  # noqa: ANN001, ANN202
    window = archive.open_meeting(meeting_id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _texts(ctx, meeting_id) -> list[str]:  # noqa: ANN001
    return [s.text for s in ctx.store.list_items("statements", meeting_id)]


def _capturing(qtbot, ctx, archive, meeting_id):  # noqa: ANN001, ANN202
    """The meeting's window on its Pembahasan tab (Alt+4), and the statements stored."""
    window = _window(qtbot, archive, meeting_id)
    key(qtbot, Qt.Key.Key_4, ALT)
    return window, _texts(ctx, meeting_id)


def _say(qtbot, digit: Qt.Key, words: str) -> None:
    """A quick-picked speaker, the words, Enter — as the clerk does in a rakor."""
    key(qtbot, digit)
    type_text(qtbot, words)
    key(qtbot, Qt.Key.Key_Return)


def test_statements_typed_while_the_archive_is_held_are_stored_once_in_order(
    qtbot, ctx, example_id, archive, lock
):
    window, before = _capturing(qtbot, ctx, archive, example_id)
    bar = window.editor.capture
    lock.take()
    _say(qtbot, Qt.Key.Key_1, "Stok beras aman sampai Lebaran.")
    assert ctx.prompts.shown == []  # no error box: it waits
    assert bar.text.toPlainText() == ""  # off the box: a second Enter cannot store it again
    assert focused() is bar.speaker
    assert bar.status.text() == "Masuk antrean: arsip sedang dipakai program lain."
    assert bar.waiting.isVisible() and "Stok beras aman sampai Lebaran." in bar.waiting.text()
    waiting = "Menunggu arsip… 1 perubahan belum tersimpan (arsip sedang dipakai program lain)"
    assert window.saved_label.text() == waiting
    assert archive.save_state.isVisible() and archive.save_state.text() == waiting
    assert _texts(ctx, example_id) == before  # not in the archive yet

    bar.text.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # Enter again on the emptied box stores nothing
    assert bar.status.text() == "Teks masih kosong."
    bar.focus_speaker()
    _say(qtbot, Qt.Key.Key_2, "Harga cabai turun.")  # queued behind the first
    assert window.saved_label.text().startswith("Menunggu arsip… 2 perubahan belum tersimpan")
    assert not window.undo_action.isEnabled()  # an undo now would reorder the history
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.stack.count() == 0 and window.statusBar().currentMessage().startswith("Tunggu")
    assert _texts(ctx, example_id) == before and ctx.prompts.shown == []

    lock.release()
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ Tersimpan")
    assert _texts(ctx, example_id) == [
        *before,
        "Stok beras aman sampai Lebaran.",
        "Harga cabai turun.",
    ]  # once each, in order
    assert archive.save_state.text() == "✓ Semua perubahan tersimpan"
    assert bar.status.text().startswith("Tersimpan ") and not bar.waiting.isVisible()
    assert [s.text for s in window.session.statements.items][-2:] == [
        "Stok beras aman sampai Lebaran.",
        "Harga cabai turun.",
    ]
    assert window.stack.count() == 2 and window.undo_action.isEnabled()
    bar.text.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the history is whole: the last statement goes
    assert _texts(ctx, example_id) == [*before, "Stok beras aman sampai Lebaran."]
    assert ctx.prompts.shown == []


def test_a_header_field_typed_while_the_archive_is_held_is_saved_after(
    qtbot, ctx, example_id, archive, lock
):
    window = _window(qtbot, archive, example_id)
    form = window.editor.header
    lock.take()
    form.city.setFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Koba")
    key(qtbot, Qt.Key.Key_Tab)  # leaving the field stores it: it waits
    assert ctx.prompts.shown == [] and form.failed() == [] and form.problem("city") is None
    assert window.saved_label.text().startswith("Menunggu arsip… 1 perubahan")
    assert ctx.store.get_meeting(example_id).city != "Koba"
    lock.release()
    qtbot.waitUntil(lambda: ctx.store.get_meeting(example_id).city == "Koba")
    assert window.saved_label.text() == "✓ Tersimpan" and form.city.text() == "Koba"
    assert window.stack.undoText() == "Ubah kota" and ctx.prompts.shown == []


def test_an_undo_while_the_archive_is_held_waits_too(qtbot, ctx, example_id, archive, lock):
    window, before = _capturing(qtbot, ctx, archive, example_id)
    _say(qtbot, Qt.Key.Key_1, "Rapat ditunda sepuluh menit.")
    assert _texts(ctx, example_id) == [*before, "Rapat ditunda sepuluh menit."]
    lock.take()
    window.undo_action.trigger()
    assert ctx.prompts.shown == [] and window.saved_label.text().startswith("Menunggu arsip")
    assert not window.redo_action.isEnabled()
    lock.release()
    qtbot.waitUntil(lambda: _texts(ctx, example_id) == before)
    qtbot.waitUntil(lambda: window.redo_action.isEnabled())
    window.redo_action.trigger()  # and its redo is known
    assert _texts(ctx, example_id) == [*before, "Rapat ditunda sepuluh menit."]


def test_a_waiting_statement_the_archive_then_refuses_is_reported_and_comes_back(
    qtbot, ctx, example_id, archive, lock
):
    """The command line finalised the meeting while the statement waited."""
    window, before = _capturing(qtbot, ctx, archive, example_id)
    bar = window.editor.capture
    lock.take()
    _say(qtbot, Qt.Key.Key_1, "Kalimat yang tidak boleh hilang.")
    assert bar.text.toPlainText() == ""
    lock.conn.execute("UPDATE meetings SET status = 'final' WHERE id = ?", [example_id])
    lock.release()
    qtbot.waitUntil(lambda: ctx.saves.waiting() == 0)
    assert [kind for kind, _text in ctx.prompts.shown] == ["error"]
    assert "final" in ctx.prompts.shown[0][1]
    assert bar.text.toPlainText() == "Kalimat yang tidak boleh hilang."  # nothing lost
    assert _texts(ctx, example_id) == before and window.stack.count() == 0


def test_closing_with_saves_waiting_asks_first(qtbot, ctx, example_id, archive, lock):
    window, before = _capturing(qtbot, ctx, archive, example_id)
    lock.take()
    _say(qtbot, Qt.Key.Key_1, "Satu.")
    _say(qtbot, Qt.Key.Key_2, "Dua.")
    ctx.prompts.confirm_answers = [False]  # "Tunggu"
    assert not window.close()
    assert window.isVisible() and ctx.saves.waiting() == 2
    kind, text = ctx.prompts.shown[-1]
    assert kind == "confirm" and text.startswith("2 perubahan belum tersimpan")
    ctx.prompts.confirm_answers = [False]
    assert not archive.close()  # quitting asks too, and waits
    lock.release()
    qtbot.waitUntil(lambda: ctx.saves.waiting() == 0)
    assert _texts(ctx, example_id) == [*before, "Satu.", "Dua."]
    asked = len(ctx.prompts.shown)
    assert window.close() and len(ctx.prompts.shown) == asked  # nothing waits: no question


def test_closing_without_waiting_drops_only_what_was_agreed(qtbot, ctx, example_id, archive,
                                                            lock):  # fmt: skip
    window, before = _capturing(qtbot, ctx, archive, example_id)
    lock.take()
    _say(qtbot, Qt.Key.Key_1, "Tidak jadi disimpan.")
    ctx.prompts.confirm_answers = [True]  # "Tutup tanpa menyimpan"
    assert window.close()
    assert ctx.prompts.shown[-1][1].startswith("1 perubahan belum tersimpan")
    assert ctx.saves.waiting() == 0 and archive.save_state.isHidden()
    lock.release()
    assert _texts(ctx, example_id) == before


def test_the_gui_waits_briefly_for_the_lock_the_command_line_five_seconds(ctx):
    def busy_ms(store: MeetingStore) -> int:
        return store.conn.execute("PRAGMA busy_timeout").fetchone()[0]

    assert busy_ms(ctx.store) == int(GUI_WAIT_S * 1000) == 200
    ctx.store.clear_draft(1, wait_s=0.05)  # one write's own wait leaves the store's as it was
    assert busy_ms(ctx.store) == 200
    cli = MeetingStore.open(ctx.db_path)  # as core.cli opens it
    try:
        assert busy_ms(cli) == 5000
    finally:
        cli.close()
    ctx.store.reconnect(ctx.db_path)  # after a restore: still brief
    assert busy_ms(ctx.store) == 200
