"""What the archive window's Berkas menu does for trustworthy records:
Periksa dokumen…, Cadangkan…, Pulihkan…, and the quiet daily backup when a
meeting window closes. The work is the core's (core.verify, core.backups);
here are the questions and the answers in the clerk's words."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core.errors import NotulaError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gui.context import AppContext


def backups_folder() -> Path:
    from core.backups import backups_folder as folder
    from core.paths import data_dir

    return folder(data_dir())


def verify_document(ctx: AppContext) -> str | None:
    """Ask for a document and say whether it matches a final revision."""
    from core.verify import verify_file

    path = ctx.prompts.open_file(
        QCoreApplication.translate("RecordsActions", "Periksa dokumen"),
        QCoreApplication.translate("RecordsActions", "Dokumen Notula (*.docx *.pdf *.json)"),
    )
    if not path:
        return None
    try:
        outcome = verify_file(ctx.store, path)
    except NotulaError as exc:
        ctx.prompts.error(str(exc))
        return None
    if outcome.verdict == "matches":
        text = QCoreApplication.translate(
            "RecordsActions", "Cocok: dokumen ini sama dengan revisi {0} rapat “{1}” (id {2})."
        ).format(outcome.revision, outcome.title, outcome.meeting_id)
        ctx.prompts.info(text, QCoreApplication.translate("RecordsActions", "Periksa dokumen"))
    elif outcome.verdict == "differs":
        text = QCoreApplication.translate("RecordsActions", "Berbeda: {0}.").format(
            outcome.sentence
        )
        ctx.prompts.error(text, QCoreApplication.translate("RecordsActions", "Periksa dokumen"))
    else:
        text = QCoreApplication.translate("RecordsActions", "Tidak dikenal: {0}.").format(
            outcome.sentence
        )
        ctx.prompts.error(text, QCoreApplication.translate("RecordsActions", "Periksa dokumen"))
    return outcome.verdict


def backup_now(ctx: AppContext) -> Path | None:
    from core.backups import backup

    if ctx.db_path is None:
        return None
    name = ctx.prompts.save_file(
        QCoreApplication.translate("RecordsActions", "Cadangkan arsip"),
        QCoreApplication.translate("RecordsActions", "Arsip Notula (*.db)"),
        str(Path.home() / "notula-cadangan.db"),
    )
    if not name:
        return None
    try:
        info = backup(ctx.db_path, Path(name))
    except NotulaError as exc:
        ctx.prompts.error(str(exc))
        return None
    ctx.prompts.info(
        QCoreApplication.translate("RecordsActions", "Cadangan tersimpan: {0} ({1} rapat).").format(
            info.path, info.meetings
        )
    )
    return info.path


def restore_backup(ctx: AppContext, parent: QWidget | None = None) -> Path | None:
    """Choose a backup, check it, set the archive aside and put the backup in
    place; the archive window then shows the restored meetings. Every meeting
    window must be closed first (the caller closes them), and saves still
    waiting for the archive dropped (the clerk is asked)."""
    from core.backups import check_backup, list_backups, restore
    from gui.records.restore_dialog import RestoreDialog

    if ctx.db_path is None:
        return None
    wait_for_backups(parent)  # closing the meeting windows may have just started one
    if not ctx.saves.may_close():
        return None  # saves still waiting would land on the restored archive
    ctx.saves.drop()
    dialog = RestoreDialog(
        list_backups(backups_folder()),
        lambda: ctx.prompts.open_file(
            QCoreApplication.translate("RecordsActions", "Pilih cadangan"),
            QCoreApplication.translate("RecordsActions", "Arsip Notula (*.db)"),
        ),
        parent,
    )
    if not dialog.exec() or dialog.chosen is None:
        return None
    return restore_file(ctx, dialog.chosen, check_backup, restore)


def restore_file(ctx: AppContext, path: Path, check, restore) -> Path | None:  # noqa: ANN001
    try:
        info = check(path)
    except NotulaError as exc:
        ctx.prompts.error(str(exc))
        return None
    question = QCoreApplication.translate(
        "RecordsActions",
        "Pulihkan cadangan {0} ({1} rapat)?\nArsip saat ini disisihkan dengan nama bertanggal.",
    ).format(info.path, info.meetings)
    if not ctx.prompts.confirm(
        question,
        QCoreApplication.translate("RecordsActions", "Pulihkan"),
        QCoreApplication.translate("RecordsActions", "Pulihkan"),
    ):
        return None
    ctx.store.close()
    try:
        aside = restore(path, ctx.db_path)
    except NotulaError as exc:
        ctx.prompts.error(str(exc))
        aside = None
    finally:
        ctx.store.reconnect(ctx.db_path)
    if aside is not None:
        ctx.prompts.info(
            QCoreApplication.translate(
                "RecordsActions", "Arsip dipulihkan. Arsip sebelumnya disimpan di {0}"
            ).format(aside)
        )
    return aside


def backup_daily(ctx: AppContext) -> threading.Thread | None:
    """Today's automatic backup, off the GUI thread (a big archive takes seconds);
    a failure is not the clerk's to handle now, the next close tries again."""
    from core.backups import auto_backup

    if ctx.db_path is None:
        return None
    archive = ctx.db_path

    def run() -> None:
        try:
            auto_backup(archive, backups_folder())
        except (NotulaError, OSError):
            return

    thread = threading.Thread(target=run, name="notula-backup", daemon=False)
    thread.start()
    _backups[:] = [*(t for t in _backups if t.is_alive()), thread]
    return thread


# the daily backups started by this process (finished ones are pruned)
_backups: list[threading.Thread] = []


def wait_for_backups(window: QWidget | None = None) -> None:
    """Let a running daily backup finish: it reads the archive, and a restore
    under it would be refused as "locked". The window says why it waits (the
    wait cursor, a status line) and keeps painting; the clerk's clicks wait."""
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    running = [t for t in _backups if t.is_alive()]
    if not running:
        return
    bar = window.statusBar() if isinstance(window, QMainWindow) else None
    if bar is not None:
        bar.showMessage(
            QCoreApplication.translate("RecordsActions", "Menunggu cadangan harian selesai…")
        )
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        for thread in running:
            while thread.is_alive():
                thread.join(0.05)
                QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finally:
        QApplication.restoreOverrideCursor()
        if bar is not None:
            bar.clearMessage()
