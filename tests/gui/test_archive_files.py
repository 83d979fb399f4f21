"""Impor JSON… / Ekspor JSON… from the archive window's File menu."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QAction

from core import exchange
from gui.archive.window import MainWindow


@pytest.fixture
def window(ctx, qtbot, monkeypatch):
    monkeypatch.setattr(MainWindow, "open_meeting", lambda self, mid: None)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def menu_action(win: MainWindow, menu_text: str, action_text: str) -> QAction:
    """The action as the clerk finds it: by the texts shown in the menu bar."""
    for top in win.menuBar().actions():
        if top.text().replace("&", "") == menu_text:
            for action in top.menu().actions():
                if action.text().replace("&", "") == action_text:
                    return action
    raise AssertionError(f"no {menu_text} → {action_text}")


def test_file_menu_has_everything(ctx, window):
    for text in (
        "Rapat baru…",
        "Baru dari…",
        "Impor JSON…",
        "Ekspor JSON…",
        "Direktori Pejabat…",
        "Pengaturan…",
        "Keluar",
    ):
        menu_action(window, "Berkas", text)
    assert menu_action(window, "Edit", "Urungkan").shortcut().toString() == "Ctrl+Z"
    redo = [s.toString() for s in menu_action(window, "Edit", "Ulangi").shortcuts()]
    assert redo == ["Ctrl+Shift+Z", "Ctrl+Y"]
    menu_action(window, "Bantuan", "Tentang Notula")


def test_import_through_the_menu(ctx, window, example_path):
    ctx.prompts.file_answers = [str(example_path)]
    menu_action(window, "Berkas", "Impor JSON…").trigger()
    assert ctx.store.count_meetings() == 1
    meeting_id = window.view.current_meeting_id()
    assert "Inflasi" in ctx.store.get_meeting(meeting_id).title
    assert window.view.model.rowCount() == 1
    assert ctx.prompts.shown == []
    window.undo_action.trigger()  # an import is one undoable step
    assert ctx.store.count_meetings() == 0
    window.redo_action.trigger()
    assert ctx.store.count_meetings() == 1


def test_cancelled_import_does_nothing(ctx, window):
    ctx.prompts.file_answers = [None]
    menu_action(window, "Berkas", "Impor JSON…").trigger()
    assert ctx.store.count_meetings() == 0 and ctx.prompts.shown == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"format": "notula.meeting", "version": 1,\n "meeting": {', "baris 2"),
        (b"", "berkas kosong"),
        (b'{"format": "something.else", "version": 1}', "$.format"),
        (b'{"format": "notula.meeting", "version": 9, "meeting": {}}', "versi 9"),
    ],
)
def test_bad_file_gives_one_clear_error(
    ctx, example_id, window, tmp_path, content, problem, indonesian
):
    bad = tmp_path / "rusak.json"
    bad.write_bytes(content)
    before = ctx.store.list_meetings()
    ctx.prompts.file_answers = [str(bad)]
    menu_action(window, "Berkas", "Impor JSON…").trigger()
    assert len(ctx.prompts.shown) == 1
    kind, text = ctx.prompts.shown[0]
    assert kind == "error" and "rusak.json" in text and problem in text
    assert "\n" not in text and "Traceback" not in text
    assert ctx.store.list_meetings() == before
    assert ctx.archive_undo.count() == 0


def test_duplicate_offers_a_copy(ctx, example_id, window, tmp_path):
    exported = tmp_path / "rakor.json"
    exchange.export_file(ctx.store, example_id, exported)
    ctx.prompts.file_answers = [str(exported)]
    ctx.prompts.confirm_answers = [False]
    menu_action(window, "Berkas", "Impor JSON…").trigger()
    assert ctx.store.count_meetings() == 1
    assert ctx.prompts.shown[-1][0] == "confirm" and "sudah ada" in ctx.prompts.shown[-1][1]

    ctx.prompts.file_answers = [str(exported)]
    ctx.prompts.confirm_answers = [True]
    menu_action(window, "Berkas", "Impor JSON…").trigger()
    assert ctx.store.count_meetings() == 2
    copy_id = window.view.current_meeting_id()
    assert copy_id != example_id
    assert ctx.store.get_meeting(copy_id).uid != ctx.store.get_meeting(example_id).uid


def test_export_through_the_menu(ctx, example_id, window, tmp_path):
    window.view.select_meeting(example_id)
    target = tmp_path / "keluar"
    ctx.prompts.file_answers = [str(target)]
    menu_action(window, "Berkas", "Ekspor JSON…").trigger()
    written = target.with_suffix(".json")
    assert written.read_text(encoding="utf-8") == exchange.dumps(ctx.store.get_meeting(example_id))
    assert json.loads(written.read_text(encoding="utf-8"))["format"] == "notula.meeting"
    assert "keluar.json" in window.statusBar().currentMessage()


def test_export_to_a_missing_folder_says_so(ctx, example_id, window, tmp_path, indonesian):
    window.view.select_meeting(example_id)
    ctx.prompts.file_answers = [str(tmp_path / "tidak-ada" / "rapat.json")]
    menu_action(window, "Berkas", "Ekspor JSON…").trigger()
    assert ctx.prompts.shown == [
        ("error", f"{tmp_path / 'tidak-ada' / 'rapat.json'}: folder {tmp_path / 'tidak-ada'} "
                  "tidak ada")
    ]  # fmt: skip


def test_suggested_export_name_is_safe():
    from gui.archive.files import suggested_name

    assert suggested_name('Rapat: "A/B"  ke-2?', "2023-06-12") == "2023-06-12 Rapat A B ke-2.json"
