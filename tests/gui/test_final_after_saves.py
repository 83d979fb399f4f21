"""Issue 14, D9 follow-up: finalising, a new revision and a restore never run
ahead of saves still waiting for the archive another program held.

The signed revision must hold every word the clerk typed: Finalisasi… first
tries what waits; if it still waits, the clerk is told in one sentence and
nothing is finalised (no question asked); a finalise that meets the lock
itself says so the same way, never the generic "locked" error box.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from core import backups, exchange
from gui.records import actions
from gui.records.restore_dialog import RestoreDialog
from tests.gui.test_pending_saves import _capturing, _say, _texts, _window

WAITING_ONE = (
    "1 perubahan masih menunggu arsip (sedang dipakai program lain); finalisasi dapat "
    "dilakukan setelah perubahan itu tersimpan."
)


def _queued(qtbot, ctx, archive, meeting_id, lock, words: str):  # noqa: ANN001, ANN202
    """The clerk says ``words`` while another program holds the archive: it waits."""
    window, before = _capturing(qtbot, ctx, archive, meeting_id)
    lock.take()
    _say(qtbot, Qt.Key.Key_1, words)
    assert ctx.saves.waiting() == 1 and ctx.prompts.shown == []
    return window, before


def _finalise(window) -> None:  # noqa: ANN001
    """Rapat ▸ Finalisasi…, as the clerk chooses it."""
    assert window.finalise_action in window.menuBar().actions()[1].menu().actions()
    window.finalise_action.trigger()


def test_finalise_chosen_before_the_retry_signs_the_waiting_statement(
    qtbot, ctx, example_id, archive, lock
):
    window, before = _queued(
        qtbot, ctx, archive, example_id, lock, "Anggaran disetujui tanpa catatan."
    )
    bar = window.editor.capture
    lock.release()  # the lock goes; the queue's timer has not tried again yet
    ctx.prompts.confirm_answers = [True]
    _finalise(window)
    assert [kind for kind, _text in ctx.prompts.shown] == ["confirm"]  # asked, no error
    header = ctx.store.get_meeting_header(example_id)
    assert header.status == "final" and header.revision == 1
    assert _texts(ctx, example_id) == [*before, "Anggaran disetujui tanpa catatan."]
    assert ctx.saves.waiting() == 0 and bar.text.toPlainText() == ""
    qtbot.waitUntil(window.final_bar.isVisible)
    assert window.final_banner.label.text() == "Final — revisi 1"
    assert window.saved_label.text() == "✓ Tersimpan"
    window.grab().save("/tmp/final_after_saves.png")


def test_finalise_while_a_statement_still_waits_is_refused_with_a_sentence_then_works(
    qtbot, ctx, example_id, archive, lock
):
    window, before = _queued(qtbot, ctx, archive, example_id, lock, "Kalimat yang masuk revisi.")
    _finalise(window)
    assert ctx.prompts.shown == [("info", WAITING_ONE)]  # not asked: it could not run
    assert not window.session.read_only and not window.final_bar.isVisible()
    assert ctx.store.get_meeting_header(example_id).status != "final"
    window.grab().save("/tmp/final_refused_waiting.png")

    lock.release()
    qtbot.waitUntil(lambda: ctx.saves.waiting() == 0)
    ctx.prompts.confirm_answers = [True]
    _finalise(window)
    assert ctx.prompts.shown[-1][0] == "confirm"
    assert ctx.store.get_meeting_header(example_id).status == "final"
    assert _texts(ctx, example_id) == [*before, "Kalimat yang masuk revisi."]


def test_finalise_meeting_the_lock_itself_says_so_not_the_locked_error(
    qtbot, ctx, example_id, archive, lock
):
    window = _window(qtbot, archive, example_id)
    lock.take()
    ctx.prompts.confirm_answers = [True]
    _finalise(window)
    assert ctx.prompts.shown[1:] == [
        ("info", "Arsip sedang dipakai program lain; coba finalisasi lagi setelah arsip bebas.")
    ]
    assert not window.session.read_only and window.finalise_action.isEnabled()
    lock.release()
    ctx.prompts.confirm_answers = [True]
    _finalise(window)
    assert window.session.read_only and ctx.prompts.shown[-1][0] == "confirm"


def test_reopen_waits_for_the_queue_and_meets_the_lock_with_a_sentence(
    qtbot, ctx, example_id, example_path, archive, lock
):
    other = exchange.import_file(ctx.store, example_path)
    ctx.store.finalise(example_id)
    window = _window(qtbot, archive, example_id)
    lock.take()
    ctx.prompts.text_answers = ["Nama peserta salah ketik"]
    qtbot.mouseClick(window.final_banner.reopen_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, _text in ctx.prompts.shown] == ["ask", "info"]
    assert ctx.prompts.shown[-1][1] == (
        "Arsip sedang dipakai program lain; coba membuka revisi baru lagi setelah arsip bebas."
    )
    assert window.session.read_only

    ctx.saves.submit(_held_save(ctx, other))  # another meeting's edit waits
    qtbot.mouseClick(window.final_banner.reopen_button, Qt.MouseButton.LeftButton)
    assert ctx.prompts.shown[-1] == (
        "info",
        "1 perubahan masih menunggu arsip (sedang dipakai program lain); membuka revisi baru "
        "dapat dilakukan setelah perubahan itu tersimpan.",
    )
    lock.release()
    qtbot.waitUntil(lambda: ctx.saves.waiting() == 0)
    ctx.prompts.text_answers = ["Nama peserta salah ketik"]
    qtbot.mouseClick(window.final_banner.reopen_button, Qt.MouseButton.LeftButton)
    assert not window.session.read_only and not window.final_bar.isVisible()
    assert ctx.store.get_meeting(other).city == "Koba"
    assert [kind for kind, _text in ctx.prompts.shown] == [
        "ask",
        "info",
        "info",
        "ask",
    ]  # not asked again in between


def _held_save(ctx, meeting_id: int):  # noqa: ANN001, ANN202
    """An edit of another meeting (from the archive window), refused while the lock is held."""
    from gui.saves import Pending

    return Pending(lambda: ctx.store.update_meeting(meeting_id, {"city": "Koba"}))


def test_closing_right_after_the_lock_went_saves_instead_of_asking(
    qtbot, ctx, example_id, archive, lock
):
    window, before = _queued(qtbot, ctx, archive, example_id, lock, "Tidak perlu ditanyakan.")
    lock.release()  # before the timer's next try
    assert window.close()
    assert ctx.prompts.shown == []  # no "1 perubahan belum tersimpan… tutup?" question
    assert _texts(ctx, example_id) == [*before, "Tidak perlu ditanyakan."]


def test_restore_waits_for_the_daily_backup_the_closing_window_started(
    qtbot, ctx, example_id, archive, monkeypatch
):
    backups.auto_backup(ctx.db_path, actions.backups_folder(), dt.date(2024, 5, 1))
    started, finish = threading.Event(), threading.Event()

    def slow_backup(archive_path, folder) -> None:  # noqa: ANN001
        """Today's backup, reading the archive until the test lets it finish."""
        conn = sqlite3.connect(archive_path)
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM meetings").fetchone()  # a read lock held
        started.set()
        finish.wait(30)
        conn.close()

    monkeypatch.setattr(backups, "auto_backup", slow_backup)
    seen: list[str] = []

    def status(text: str) -> None:
        seen.append(text)
        if text == "Menunggu cadangan harian selesai…":
            assert started.wait(30)
            finish.set()  # the backup ends while the restore waits for it

    archive.statusBar().messageChanged.connect(status)

    def choose() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, RestoreDialog)), None
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(0, choose)
            return
        dialog.ok.click()

    _window(qtbot, archive, example_id)
    QTimer.singleShot(0, choose)
    ctx.prompts.confirm_answers = [True]
    try:
        assert archive.restore_backup()
    finally:
        finish.set()
    assert "Menunggu cadangan harian selesai…" in seen
    assert [kind for kind, _text in ctx.prompts.shown] == ["confirm", "info"]
    assert "sebelum-pulih" in ctx.prompts.shown[-1][1]
