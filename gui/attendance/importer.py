"""Opening a participant report on a meeting: read, match, review.

Used by the attendees tab's button and by a file dropped on it. A file
that is no report, or a meeting that cannot change, is one sentence to the
clerk and nothing else.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from core.errors import NotulaError
from gui.attendance.review_dialog import ReportReviewDialog

if TYPE_CHECKING:
    from gui.session import MeetingSession


def review_dialog(
    session: MeetingSession, path: str | Path, parent: QWidget | None = None
) -> ReportReviewDialog | None:
    """The review dialog for ``path``, or None (the clerk has been told why)."""
    from core.attendance import apply, readers

    if session.read_only:
        session.ctx.prompts.error(
            QCoreApplication.translate(
                "Attendance", "Rapat ini terkunci; perubahan tidak disimpan."
            )
        )
        return None
    try:
        report = readers.read_report(path)
        plan = apply.plan_report(session.ctx.store, session.meeting_id, report)
    except NotulaError as exc:
        session.ctx.prompts.error(str(exc))
        return None
    return ReportReviewDialog(session, plan, Path(path).name, parent)


def import_report(session: MeetingSession, path: str | Path, parent: QWidget | None = None) -> bool:
    """Review and, if the clerk applies, store the report; True when applied."""
    dialog = review_dialog(session, path, parent)
    return dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted


def ask_and_import(session: MeetingSession, parent: QWidget | None = None) -> bool:
    path = session.ctx.prompts.open_file(
        QCoreApplication.translate("Attendance", "Impor laporan peserta"),
        QCoreApplication.translate(
            "Attendance", "Laporan peserta Zoom, Teams, Meet (*.csv *.txt *.xlsx);;Semua berkas (*)"
        ),
    )
    return bool(path) and import_report(session, path, parent)
