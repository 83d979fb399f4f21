"""Print/Export: pick the documents, the folder, PDF or not, and open them after.

The meeting and the settings are read here, on the GUI thread, from the
window's own store; the documents are made by an :class:`ExportWorker` on its
own thread, so the window never freezes (a 2,000-attendee meeting, or
LibreOffice starting for a PDF, takes seconds). Progress shows in the dialog,
Cancel stops the work (and LibreOffice), and any problem is one line in the
dialog, never a traceback.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core import office
from core.errors import NotulaError
from core.files import check_output
from core.reports import pdf
from core.reports.render import KINDS, RenderResult, default_filename
from gui.export.worker import ExportJob, ExportWorker

#: archive setting: the folder last used, by kind of meeting ("" for any kind). It lives
#: with the archive (NOTULA_DB may name another one), not in the user's settings.
FOLDERS_KEY = "export_folders"


def kind_key(kind: str | None) -> str:
    """One folder per kind of meeting (a rakor's minutes go to one, an audiensi's to another)."""
    return kind.strip().casefold() if kind and kind.strip() else ""


def _folders(store: Any) -> dict[str, str]:
    try:
        folders = store.get_setting(FOLDERS_KEY)
    except NotulaError:
        return {}
    return folders if isinstance(folders, dict) else {}


def documents_folder(store: Any, kind: str | None = None) -> Path:
    """The folder last used for this kind of meeting, else for any, else Documents."""
    folders = _folders(store)
    for key in (kind_key(kind), ""):
        last = folders.get(key)
        if isinstance(last, str) and last and Path(last).is_dir():
            return Path(last)
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(store: Any, kind: str | None, folder: Path) -> None:
    """Kept for next time; an archive that refuses the write (read-only) is not asked again."""
    folders = {**_folders(store), kind_key(kind): str(folder), "": str(folder)}
    with contextlib.suppress(NotulaError):
        store.set_settings({FOLDERS_KEY: folders}, wait_s=0.2)


class ExportDialog(QDialog):
    """``ExportDialog(db_path, store, meeting_id)``: the caller only has to ``exec()`` it.

    ``db_path`` names the archive the meeting comes from; the worker does not
    open it — it is handed the meeting already read, which also works for an
    in-memory archive.
    """

    def __init__(
        self,
        db_path: Path | None,
        store: Any,
        meeting_id: int,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.meeting = store.get_meeting(meeting_id)
        self.settings = store.all_settings()
        # the participant report last applied: the notula counts who joined online
        self.source = store.attendance_source(meeting_id)
        self.job: ExportJob | None = None
        self.result: RenderResult | None = None
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        self.confirm_overwrite = self._ask_overwrite  # replaced in tests
        self.office = pdf.find_office()
        self.setWindowTitle(self.tr("Cetak/Ekspor dokumen"))  # as the menu item
        self.setMinimumWidth(520)
        self.store = store
        self._build(folder or documents_folder(store, self.meeting.kind))
        self._update()

    # ---- layout ------------------------------------------------------------------

    def _build(self, folder: Path) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.meeting.title)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(title)

        box = QGroupBox(self.tr("Dokumen"))
        box_layout = QVBoxLayout(box)
        self.labels = {
            "minutes": self.tr("Notula rapat"),
            "attendance": self.tr("Daftar hadir"),
            "press": self.tr("Draf siaran pers"),
        }
        self.checks: dict[str, QCheckBox] = {}
        for kind in KINDS:
            check = QCheckBox(self.labels[kind])
            check.setChecked(kind != "press")
            check.toggled.connect(self._update)
            box_layout.addWidget(check)
            self.checks[kind] = check
            if kind == "attendance":
                box_layout.addWidget(self._online_option())
        layout.addWidget(box)
        self.kop_note = QLabel(
            self.tr(
                "Profil kantor belum diisi: dokumen dicetak tanpa kop surat (Berkas ▸ Pengaturan)."
            )
        )
        self.kop_note.setWordWrap(True)
        # the documents' own test: a stored profile that no longer checks prints no kop either
        self.kop_note.setVisible(office.from_settings(self.settings) is None)
        layout.addWidget(self.kop_note)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Simpan di:")))
        self.folder_edit = QLineEdit(str(folder))
        self.folder_edit.textChanged.connect(self._update)
        row.addWidget(self.folder_edit, 1)
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._choose_folder)
        row.addWidget(browse)
        layout.addLayout(row)
        self.names_label = QLabel()
        self.names_label.setWordWrap(True)
        self.names_label.setTextFormat(Qt.TextFormat.PlainText)
        self.names_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.names_label)

        self.pdf_check = QCheckBox(self.tr("Juga buat PDF"))
        self.pdf_check.toggled.connect(self._update)
        layout.addWidget(self.pdf_check)
        self.pdf_note = QLabel()
        self.pdf_note.setWordWrap(True)
        if self.office is None:
            note = self.tr(
                "LibreOffice tidak ditemukan, jadi PDF tidak dapat dibuat. Pasang dengan: "
                "sudo apt-get install libreoffice-writer-nogui (Windows/macOS: libreoffice.org)"
            )
            self.pdf_check.setEnabled(False)
            self.pdf_check.setToolTip(note)
            self.pdf_note.setText(note)
        self.pdf_note.setVisible(self.office is None)
        layout.addWidget(self.pdf_note)
        self.open_check = QCheckBox(self.tr("Buka setelah selesai"))
        self.open_check.setChecked(True)
        layout.addWidget(self.open_check)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("Buat"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.folder_button = self.buttons.addButton(
            self.tr("Buka &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.setVisible(False)
        self.folder_button.clicked.connect(self.open_folder)
        self.ok_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pilih folder penyimpanan"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    # ---- state -------------------------------------------------------------------

    def _online_option(self) -> QCheckBox:
        """Kehadiran daring, under Daftar hadir: on for an online meeting with a report."""
        self.online_check = QCheckBox(
            self.tr("Kehadiran daring: jam masuk, keluar dan menit, bukan tanda tangan")
        )
        self.online_check.setToolTip(
            self.tr("Di bawah tabel dicetak nama laporan peserta dan waktu unduhnya.")
        )
        self.online_check.setChecked(self.meeting.mode == "online" and self.source is not None)
        self.online_check.setStyleSheet("margin-left: 20px")
        return self.online_check

    def chosen(self) -> list[str]:
        return [k for k in KINDS if self.checks[k].isChecked()]

    def targets(self) -> dict[str, Path]:
        folder = Path(self.folder_edit.text().strip()).expanduser()
        return {k: folder / default_filename(self.meeting, k) for k in self.chosen()}

    def _update(self) -> None:
        running = self.job is not None
        kinds = self.chosen()
        self.ok_button.setEnabled(
            bool(kinds) and bool(self.folder_edit.text().strip()) and not running
        )
        names = [p.name for p in self._outputs(self.targets())]
        self.names_label.setText(
            self.tr("Berkas yang dibuat:\n{0}").format("\n".join(f"• {n}" for n in names))
            if names
            else self.tr("Pilih minimal satu dokumen.")
        )
        for widget in (*self.checks.values(), self.folder_edit, self.open_check):
            widget.setEnabled(not running)
        self.online_check.setEnabled(not running and "attendance" in kinds)
        self.pdf_check.setEnabled(not running and self.office is not None)

    # ---- running -----------------------------------------------------------------

    def start(self) -> None:
        targets = self.targets()
        if not targets or self.job is not None:
            return
        folder = next(iter(targets.values())).parent
        if not folder.is_dir():
            self._show_error(self.tr("Folder tidak ada: {0}").format(folder))
            return
        try:  # a folder, pipe or device at a name (the PDF's too): refused before any is written
            for path in self._outputs(targets):
                check_output(path)
        except NotulaError as exc:
            self._show_error(str(exc))
            return
        existing = [p for p in self._outputs(targets) if p.exists()]
        if existing and not self.confirm_overwrite(existing):
            return
        remember_folder(self.store, self.meeting.kind, folder)
        self.result = None
        self.folder_button.setVisible(False)
        self.names_label.setVisible(True)
        worker = ExportWorker(
            self.meeting,
            dict(self.settings),
            targets,
            self.pdf_check.isChecked(),
            source=self.source,
            online_attendance=self.online_check.isChecked(),
        )
        worker.progress.connect(self._on_progress)
        worker.succeeded.connect(self._on_success)
        worker.failed.connect(self._on_failure)
        worker.cancelled.connect(self._on_cancelled)
        worker.done.connect(self._on_done)
        self.job = ExportJob(worker, self)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Memulai…"))
        self.progress.setRange(0, len(targets) + (1 if worker.pdf else 0))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._update()
        self.job.start()

    def _outputs(self, targets: dict[str, Path]) -> list[Path]:
        paths = list(targets.values())
        if self.pdf_check.isChecked():
            paths += [p.with_suffix(".pdf") for p in targets.values()]
        return paths

    def _ask_overwrite(self, existing: list[Path]) -> bool:
        """A signed copy may already be filed under that name: never replace it silently."""
        names = "\n".join(p.name for p in existing)
        answer = QMessageBox.question(
            self,
            self.tr("Timpa berkas?"),
            self.tr("Berkas ini sudah ada dan akan diganti:\n{0}\n\nLanjutkan?").format(names),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_progress(self, step: int, steps: int, stage: str) -> None:
        if stage == "pdf":
            self.progress.setRange(0, 0)  # LibreOffice gives no progress: a busy bar
            text = self.tr("Membuat PDF dengan LibreOffice…")
        else:
            self.progress.setRange(0, steps)
            self.progress.setValue(step)
            if stage not in self.labels:
                return  # "done": the outcome is reported by _on_success or _show_error
            text = self.tr("Membuat {0}…").format(self.labels[stage])
        self.status.setText(text)

    def _on_success(self, result: RenderResult) -> None:
        self.result = result
        made = len(result.documents) + len(result.pdfs)
        written = [*result.documents, *result.pdfs]
        folder = written[0].parent if written else Path(self.folder_edit.text())
        if result.pdf_problem:
            self._show_error(result.pdf_problem)
        else:
            self.status.setStyleSheet("")
            self.status.setText(
                self.tr("Selesai: %Ln berkas dibuat di {0}", "", made).format(folder)
                + "\n"
                + "\n".join(f"• {p.name}" for p in written)
            )
        self.folder_button.setVisible(bool(written))
        self.names_label.setVisible(not written)  # the report below names them once
        # taller for the report of what was written, never squeezing the choices
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
        self.folder_button.setFocus()
        self.cancel_button.setText(self.tr("Tutup"))
        if self.open_check.isChecked():
            for path in result.pdfs or result.documents:
                self.open_url(QUrl.fromLocalFile(str(path)))

    def _on_failure(self, message: str) -> None:
        self._show_error(message)

    def _on_cancelled(self) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Dibatalkan."))

    def _on_done(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.thread.quit()  # the queued quit from the worker may not have arrived yet
            job.thread.wait(5000)
            job.deleteLater()
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if self.result else 0)
        self._update()
        # stays open: the clerk sees where the files went, and may open the folder

    def open_folder(self) -> None:
        """The folder the documents were written to, in the file manager."""
        written = [*self.result.documents, *self.result.pdfs] if self.result else []
        if written:
            self.open_url(QUrl.fromLocalFile(str(written[0].parent)))

    def _show_error(self, message: str) -> None:
        line = message.strip().splitlines()[0] if message.strip() else self.tr("Gagal.")
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(line)

    def reject(self) -> None:
        """Cancel while working stops the work; otherwise it closes the dialog."""
        if self.job is not None:
            self.status.setText(self.tr("Membatalkan…"))
            self.job.cancel()
            return
        super().reject()

    def done(self, code: int) -> None:
        if self.job is not None:  # closed by the window manager while working
            self.job.stop()
            self.job = None
        super().done(code)
