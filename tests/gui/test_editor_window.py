"""The window around one meeting's editor: one per meeting, title, menus, "Tersimpan"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from core.errors import StorageError
from tests.gui.editor_helpers import answer_dialog

pytest.importorskip("gui.editor.meeting_editor")

from gui.editor.window import EditorWindow  # noqa: E402

pytestmark = pytest.mark.usefixtures("own_qsettings")


def test_one_window_per_meeting(ctx, example_id, archive, qtbot):
    first = archive.open_meeting(example_id)
    assert isinstance(first, EditorWindow)
    qtbot.waitExposed(first)
    assert archive.open_meeting(example_id) is first
    assert archive.editors == {example_id: first}
    title = ctx.store.get_meeting(example_id).title
    assert first.windowTitle() == title
    assert first.editor.meeting_id == example_id and first.stack is ctx.sessions[example_id].stack


def test_title_follows_the_meeting(ctx, example_id, archive):
    window = archive.open_meeting(example_id)
    window.session.run(
        ctx.store.edit_header, example_id, {"title": "Rakor Inflasi (revisi)"}, text="judul"
    )
    assert window.windowTitle() == "Rakor Inflasi (revisi)"
    assert window.saved_label.text() == "✓ Tersimpan"


def test_saved_label_shows_a_failure(ctx, example_id, archive, monkeypatch):
    window = archive.open_meeting(example_id)
    ctx.undo_group.setActiveStack(window.stack)
    message = "arsip.db: disk is full; free some space and try again"

    def full(*args, **kw):
        raise StorageError(message)

    monkeypatch.setattr(ctx.store, "edit_header", full)
    ok = ctx.run(window.stack, ctx.store.edit_header, example_id, {"title": "X"}, text="judul")
    assert not ok
    assert window.saved_label.text() == "Gagal menyimpan"
    assert ctx.prompts.shown[-1] == (
        "error",
        "arsip.db: disk is full; free some space and try again",
    )
    monkeypatch.undo()
    ctx.run(window.stack, ctx.store.edit_header, example_id, {"title": "Y"}, text="judul")
    assert window.saved_label.text() == "✓ Tersimpan"


def test_menus_and_shortcuts(ctx, example_id, archive):
    window = archive.open_meeting(example_id)
    texts = {
        a.text().replace("&", ""): a.shortcut().toString()
        for top in window.menuBar().actions()
        for a in top.menu().actions()
        if a.text()
    }
    assert texts["Cetak/Ekspor dokumen…"] == "Ctrl+P"
    assert texts["Tutup"] == "Ctrl+W"
    assert "Ekspor JSON…" in texts
    assert [s.toString() for s in window.redo_action.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_undo_in_the_menu_undoes_this_meeting(ctx, example_id, archive):
    window = archive.open_meeting(example_id)
    before = ctx.store.get_meeting(example_id).title
    ctx.run(window.stack, ctx.store.edit_header, example_id, {"title": "Baru"}, text="judul")
    window.undo_action.trigger()
    assert ctx.store.get_meeting(example_id).title == before
    assert window.windowTitle() == before


def test_ctrl_w_closes_and_the_archive_forgets(ctx, example_id, archive, qtbot):
    window = archive.open_meeting(example_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: example_id not in archive.editors)
    assert ctx.undo_group.activeStack() is ctx.archive_undo


def test_deleting_a_meeting_closes_its_window(ctx, example_id, archive, qtbot):
    window = archive.open_meeting(example_id)
    qtbot.waitExposed(window)
    gone: list[bool] = []
    window.destroyed.connect(lambda *_: gone.append(True))
    archive.view.select_meeting(example_id)
    ctx.prompts.confirm_answers = [True]
    archive.delete_action.trigger()
    assert archive.editors == {}
    assert ctx.store.count_meetings() == 0
    qtbot.waitUntil(lambda: gone == [True])  # the window itself is gone, not just forgotten
    assert example_id not in ctx.sessions  # and its undo history with it
    archive.undo_action.trigger()  # Ctrl+Z in the archive brings the meeting back
    assert ctx.store.count_meetings() == 1


def test_print_opens_the_export_dialog(ctx, example_id, archive, monkeypatch):
    import types

    seen = []

    class FakeExportDialog:
        def __init__(self, db_path, store, meeting_id, parent):
            seen.append((db_path, store, meeting_id, parent))

        def exec(self) -> int:
            return 0

    fake = types.ModuleType("gui.export.dialog")
    fake.ExportDialog = FakeExportDialog
    monkeypatch.setitem(__import__("sys").modules, "gui.export.dialog", fake)
    window = archive.open_meeting(example_id)
    window.print_action.trigger()
    assert seen == [(ctx.db_path, ctx.store, example_id, window)]


def test_export_json_from_the_editor(ctx, example_id, archive, tmp_path):
    from core import exchange

    window = archive.open_meeting(example_id)
    ctx.prompts.file_answers = [str(tmp_path / "rapat.json")]
    window.json_action.trigger()
    expected = exchange.dumps(ctx.store.get_meeting(example_id))
    assert (tmp_path / "rapat.json").read_text(encoding="utf-8") == expected


def test_layout_is_remembered(ctx, example_id, archive, qtbot):
    from gui.window_state import ui_settings as settings

    window = archive.open_meeting(example_id)
    splitter = window.editor.discussion
    splitter.setSizes([300, 300])
    sizes = splitter.sizes()
    size = window.size()
    window.close()
    store = settings()
    assert store.value("editor/geometry") is not None
    assert store.value(f"editor/splitter/{splitter.objectName()}") is not None
    again = archive.open_meeting(example_id)
    assert again is not window
    assert again.size() == size
    assert again.editor.discussion.sizes() == sizes


def test_new_meeting_opens_its_editor(ctx, archive, qtbot):
    def fill(dialog) -> None:  # noqa: ANN001
        qtbot.keyClicks(dialog.title_edit, "Rapat Pimpinan Mingguan")
        dialog.date_edit.setDate(QDate(2024, 5, 6))
        dialog.accept()

    answer_dialog(fill)
    meeting_id = archive.new_meeting()
    assert isinstance(archive.editors[meeting_id], EditorWindow)
    assert archive.editors[meeting_id].windowTitle() == "Rapat Pimpinan Mingguan"


def _active(qtbot, window):  # noqa: ANN001, ANN202
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _type_into(qtbot, widget, text: str) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def _locked(*args, **kw):  # noqa: ANN002, ANN003, ANN202
    raise StorageError("arsip.db: database is locked", "locked", "arsip.db")


def _read_only(*args, **kw):  # noqa: ANN002, ANN003, ANN202
    raise StorageError("arsip.db: database is read-only", "read_only", "arsip.db")


def test_typing_while_the_archive_is_held_waits_and_is_stored(ctx, example_id, archive, qtbot,
                                                              monkeypatch):  # fmt: skip
    window = _active(qtbot, archive.open_meeting(example_id))
    form = window.editor.header
    real = ctx.store.update_meeting
    monkeypatch.setattr(ctx.store, "update_meeting", _locked)
    _type_into(qtbot, form.city, "Koba")
    _type_into(qtbot, form.number, "006/112/Ekon/2023")  # behind the first
    assert ctx.prompts.shown == []  # not an error: it waits
    assert window.saved_label.text().startswith("Menunggu arsip… 2 perubahan belum tersimpan")
    assert form.problem("city") is None and form.failed() == []
    monkeypatch.setattr(ctx.store, "update_meeting", real)
    qtbot.waitUntil(lambda: window.saved_label.text() == "✓ Tersimpan")
    meeting = ctx.store.get_meeting(example_id)
    assert (meeting.city, meeting.number) == ("Koba", "006/112/Ekon/2023")
    assert window.stack.undoText() == "Ubah nomor"


def test_closing_with_refused_typing_asks_first(ctx, example_id, archive, qtbot, monkeypatch):
    window = _active(qtbot, archive.open_meeting(example_id))
    monkeypatch.setattr(ctx.store, "update_meeting", _read_only)
    _type_into(qtbot, window.editor.header.city, "Koba")
    _type_into(qtbot, window.editor.header.location, "Ruang Rapat Lantai 2")
    assert [kind for kind, _text in ctx.prompts.shown] == ["error", "error"]  # one per field
    ctx.prompts.confirm_answers = [False]
    assert not window.close()  # the clerk keeps the window, and the typing
    assert window.isVisible() and window.editor.header.city.text() == "Koba"
    kinds = [kind for kind, _text in ctx.prompts.shown]
    assert kinds == ["error", "error", "confirm"]  # asked once, not told again
    assert ctx.prompts.shown[-1][1].startswith("Belum tersimpan: tempat, kota.")  # form order
    ctx.prompts.confirm_answers = [False]
    assert not archive.close()  # nor does closing the archive window drop it
    assert window.isVisible()
    ctx.prompts.confirm_answers = [True]
    assert window.close()
    assert example_id not in archive.editors
    assert [kind for kind, _text in ctx.prompts.shown].count("error") == 2  # nothing after


def test_a_refused_field_typed_back_as_stored_is_no_longer_a_failure(
    ctx, example_id, archive, qtbot, monkeypatch
):
    window = _active(qtbot, archive.open_meeting(example_id))
    form = window.editor.header
    monkeypatch.setattr(ctx.store, "update_meeting", _read_only)
    _type_into(qtbot, form.location, "Ruang Rapat Lantai 2")
    assert form.failed() == ["tempat"] and window.saved_label.text() == "Gagal menyimpan"
    monkeypatch.undo()
    _type_into(qtbot, form.location, ctx.store.get_meeting(example_id).location or "")
    assert form.failed() == [] and window.saved_label.text() == "✓ Tersimpan"
    assert len(ctx.prompts.shown) == 1


def test_a_draft_the_archive_refused_shows_and_guards_the_close(ctx, example_id, archive, qtbot,
                                                               monkeypatch):  # fmt: skip
    window = _active(qtbot, archive.open_meeting(example_id))
    capture = window.editor.capture

    def full(*args, **kw):  # noqa: ANN002, ANN003, ANN202
        raise StorageError("arsip.db: disk is full", "disk_full", "arsip.db")

    monkeypatch.setattr(ctx.store, "save_draft", full)
    capture.text.setPlainText("Stok beras aman sampai Lebaran.")
    capture.save_draft()
    assert window.saved_label.text() == "Gagal menyimpan"
    assert capture.status.text().startswith("Draf belum tersimpan: Disk penuh")
    assert ctx.prompts.shown == []  # said in the bar, not in a box at every pause
    ctx.prompts.confirm_answers = [False]
    assert not window.close()
    assert "teks pernyataan yang sedang diketik" in ctx.prompts.shown[-1][1]
    monkeypatch.undo()
    assert window.close()  # the draft is kept at last: nothing to ask
    assert ctx.store.get_draft(example_id).text == "Stok beras aman sampai Lebaran."


def test_typing_a_statement_is_not_a_failure(ctx, example_id, archive, qtbot):
    """Words typed in the last half second (their draft not yet kept) are pending, not
    refused: a store meanwhile shows "Tersimpan"; closing right away keeps them as a draft."""
    window = _active(qtbot, archive.open_meeting(example_id))
    window.editor.capture.text.setPlainText("Stok beras aman")
    assert window.editor.capture.draft_timer.isActive()
    ctx.run(window.stack, ctx.store.edit_header, example_id, {"title": "Judul baru"}, text="judul")
    assert window.saved_label.text() == "✓ Tersimpan"
    assert window.close() and ctx.prompts.shown == []
    assert ctx.store.get_draft(example_id).text == "Stok beras aman"
