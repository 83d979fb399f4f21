"""The archive window's Periksa dokumen…, Cadangkan… and Pulihkan…, and the
daily backup when a meeting window closes (issue 14)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core import backups, exchange
from gui.archive.window import MainWindow
from gui.records import actions
from gui.records.restore_dialog import RestoreDialog


def archive_window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_verify_says_whether_a_document_matches(qtbot, ctx, example_id, tmp_path):
    window = archive_window(qtbot, ctx)
    ctx.store.finalise(example_id)
    exchange.export_file(ctx.store, example_id, tmp_path / "final.json")
    ctx.prompts.file_answers = [str(tmp_path / "final.json")]
    window.verify_action.trigger()
    kind, text = ctx.prompts.shown[-1]
    assert kind == "info" and text.startswith("Cocok: dokumen ini sama dengan revisi 1")
    ctx.prompts.file_answers = [str(tmp_path / "final.json").replace("final", "nothing")]
    window.verify_action.trigger()
    assert ctx.prompts.shown[-1][0] == "error" and "nothing.json" in ctx.prompts.shown[-1][1]


def test_backup_then_restore_from_the_list(qtbot, ctx, example_id, tmp_path):
    window = archive_window(qtbot, ctx)
    ctx.prompts.file_answers = [str(tmp_path / "cadangan.db")]
    window.backup_action.trigger()
    assert ctx.prompts.shown[-1] == (
        "info", f"Cadangan tersimpan: {tmp_path / 'cadangan.db'} (1 rapat).",
    )  # fmt: skip
    backups.auto_backup(ctx.db_path, actions.backups_folder(), dt.date(2024, 5, 1))
    ctx.store.update_meeting(example_id, {"title": "Sesudah dicadangkan"})

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog))
        dialog.grab().save("/tmp/restore_dialog.png")
        assert dialog.list.item(0).text().endswith("— 1 rapat")
        dialog.ok.click()

    QTimer.singleShot(0, choose)
    ctx.prompts.confirm_answers = [True]
    assert window.restore_backup()
    assert ctx.store.get_meeting(example_id).title != "Sesudah dicadangkan"
    kind, text = ctx.prompts.shown[-1]
    assert kind == "info" and "sebelum-pulih" in text
    aside = text.split(" disimpan di ")[1]
    from core.store import MeetingStore

    kept = MeetingStore.open(aside, read_only=True)
    assert kept.get_meeting(example_id).title == "Sesudah dicadangkan"
    kept.close()


def test_closing_a_meeting_window_makes_todays_backup_once(qtbot, ctx, example_id):
    window = archive_window(qtbot, ctx)
    editor = window.open_meeting(example_id)
    editor.close()
    window.backup_thread.join()
    today = actions.backups_folder() / f"notula-{dt.date.today().isoformat()}.db"
    assert today.exists()
    stamp = today.stat().st_mtime_ns
    window.open_meeting(example_id).close()
    window.backup_thread.join()
    assert today.stat().st_mtime_ns == stamp


def test_d3_json_export_asks_before_replacing_the_name_it_completes(
    qtbot, ctx, example_id, tmp_path
):
    """The save dialog asked about "rapat"; ".json" is added after it, so the
    overwrite question must be asked about "rapat.json" (D3)."""
    from gui.archive import files as archive_io

    kept = tmp_path / "rapat.json"
    kept.write_text("berkas lama", encoding="utf-8")
    ctx.prompts.file_answers = [str(tmp_path / "rapat")]
    ctx.prompts.confirm_answers = [False]
    assert archive_io.export_json(ctx, example_id) is None
    assert kept.read_text(encoding="utf-8") == "berkas lama"
    assert ctx.prompts.shown[-1] == ("confirm", f"{kept} sudah ada. Timpa?")
    ctx.prompts.file_answers = [str(tmp_path / "rapat")]
    ctx.prompts.confirm_answers = [True]
    assert archive_io.export_json(ctx, example_id) == kept
    assert exchange.load_file(kept)["meeting"]["title"]
