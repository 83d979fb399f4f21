"""Import and export of ``notula.meeting`` JSON files from the archive window.

The same core code as ``notula import`` / ``notula export`` (core.exchange):
the file is read, parsed and validated completely before the archive is
touched, and any problem comes back as one line naming the file and the place.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from core.changes import Changes
from core.errors import DuplicateMeetingError, NotulaError
from gui.context import AppContext
from gui.errors import clerk_message
from resources import SAMPLE


def json_filter() -> str:
    return QCoreApplication.translate("ArchiveIO", "Berkas rapat Notula (*.json);;Semua berkas (*)")


def import_path(ctx: AppContext, path: str | Path) -> int | None:
    """Import one file as an undoable step; returns the new meeting's id."""
    from core import exchange

    name = str(path)
    try:
        data = exchange.load_file(path)
    except NotulaError as exc:
        title = QCoreApplication.translate("ArchiveIO", "Impor gagal")
        ctx.prompts.error(clerk_message(exc), title)
        return None
    text = QCoreApplication.translate("ArchiveIO", "Impor {0}").format(Path(name).name)
    store = ctx.store
    try:
        changes = store.make_meeting(lambda: exchange.import_data(store, data, name=name))
    except DuplicateMeetingError as exc:
        question = QCoreApplication.translate(
            "ArchiveIO", "Rapat dalam {0} sudah ada di arsip (id {1}).\nImpor sebagai salinan baru?"
        ).format(Path(name).name, exc.meeting_id)
        if not ctx.prompts.confirm(
            question,
            QCoreApplication.translate("ArchiveIO", "Rapat sudah ada"),
            QCoreApplication.translate("ArchiveIO", "Impor sebagai salinan"),
        ):
            return None
        copy = ctx.run(
            ctx.archive_undo, store.make_meeting,
            lambda: exchange.import_data(store, data, copy=True, name=name), text=text,
        )  # fmt: skip
        return copy.meeting_id if isinstance(copy, Changes) else None  # None: failed, or waits
    except NotulaError as exc:
        title = QCoreApplication.translate("ArchiveIO", "Impor gagal")
        ctx.prompts.error(clerk_message(exc), title)
        return None
    return ctx.record(ctx.archive_undo, changes, text).meeting_id


def import_json(ctx: AppContext) -> int | None:
    """Ask for a file, then import it; None when cancelled or refused."""
    path = ctx.prompts.open_file(
        QCoreApplication.translate("ArchiveIO", "Impor rapat dari JSON"), json_filter()
    )
    if not path:
        return None
    return import_path(ctx, path)


def suggested_name(title: str, date: str) -> str:
    """``2023-06-12 Rapat Koordinasi Pengendalian Inflasi.json``, safe on every OS."""
    words = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).split()
    stem = " ".join(words)[:80].strip() or "rapat"
    return f"{date} {stem}.json"


def export_json(ctx: AppContext, meeting_id: int, folder: str = "") -> Path | None:
    """Ask where, then write the meeting; returns the file written."""
    from core import exchange

    try:
        summary = ctx.store.meeting_summary(meeting_id)
    except NotulaError as exc:
        ctx.prompts.error(clerk_message(exc))
        return None
    suggested = suggested_name(summary.title, summary.date)
    if folder:
        suggested = str(Path(folder) / suggested)
    path = ctx.prompts.save_file(
        QCoreApplication.translate("ArchiveIO", "Ekspor rapat ke JSON"), json_filter(), suggested
    )
    if not path:
        return None
    target = Path(path)
    if not target.suffix:
        # the save dialog asked about the name typed, not this one: ask about the final name
        target = target.with_suffix(".json")
        if target.exists() and not ctx.prompts.confirm(
            QCoreApplication.translate("ArchiveIO", "{0} sudah ada. Timpa?").format(target),
            QCoreApplication.translate("ArchiveIO", "Ekspor rapat ke JSON"),
            QCoreApplication.translate("ArchiveIO", "Timpa"),
        ):
            return None
    try:
        exchange.export_file(ctx.store, meeting_id, target)
    except NotulaError as exc:
        title = QCoreApplication.translate("ArchiveIO", "Ekspor gagal")
        ctx.prompts.error(clerk_message(exc), title)
        return None
    return target


def load_sample(ctx: AppContext) -> int | None:
    """The example rakor shipped with Notula, so a first look is not an empty list."""
    if not SAMPLE.exists():
        ctx.prompts.error(
            QCoreApplication.translate("ArchiveIO", "Contoh rapat tidak ditemukan: {0}").format(
                SAMPLE
            )
        )
        return None
    return import_path(ctx, SAMPLE)
