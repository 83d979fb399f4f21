"""Making documents off the GUI thread.

The worker takes plain data — the Meeting and the settings dict, read on the
GUI thread before it starts — so it never touches the database (SQLite
connections belong to the thread that opened them) and works the same for an
in-memory archive in tests. It reports through Qt signals, which arrive on the
GUI thread; it never touches a widget. Cancel sets a threading.Event that the
renderer checks between documents and that stops LibreOffice mid-conversion.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from core import model
from core.errors import NotulaError
from core.reports.render import Cancelled, RenderResult, render_documents
from gui.errors import clerk_message, summary


class ExportWorker(QObject):
    progress = Signal(int, int, str)  # step, steps, stage (core.reports.render.Progress)
    succeeded = Signal(object)  # RenderResult
    failed = Signal(str)  # one line for the clerk
    cancelled = Signal()
    done = Signal()  # after any of the three above

    def __init__(
        self,
        meeting: model.Meeting,
        settings: dict[str, Any],
        targets: dict[str, Path],
        pdf: bool,
        *,
        source: model.AttendanceSource | None = None,
        online_attendance: bool = False,
    ) -> None:
        super().__init__()
        self.meeting, self.settings, self.targets, self.pdf = meeting, settings, targets, pdf
        self.source, self.online_attendance = source, online_attendance
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Safe from any thread."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        try:
            result: RenderResult = render_documents(
                self.meeting,
                self.settings,
                self.targets,
                pdf=self.pdf,
                cancel=self._cancel,
                progress=self.progress.emit,
                source=self.source,
                online_attendance=self.online_attendance,
            )
        except Cancelled:
            self.cancelled.emit()
        except NotulaError as exc:
            self.failed.emit(clerk_message(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: logged in full, one line shown
            from core.logs import log_exception

            where = log_exception(exc)
            text = QCoreApplication.translate(
                "ExportWorker", "Terjadi kesalahan tak terduga: {0}\nRincian dicatat di {1}"
            )
            self.failed.emit(text.format(summary(exc), where))
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class ExportJob(QObject):
    """One worker on its own QThread; keeps both alive until the thread ends."""

    def __init__(self, worker: ExportWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread(self)
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.done.connect(self.thread.quit)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def stop(self, timeout_ms: int = 15000) -> None:
        """Cancel and wait: used when the dialog closes while work is going on."""
        self.worker.cancel()
        self.thread.quit()
        self.thread.wait(timeout_ms)
