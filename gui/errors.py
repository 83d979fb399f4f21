"""The last resort for bugs: log the traceback, tell the clerk in one short dialog.

Errors the clerk can act on (NotulaError) are shown as they are; anything
else is a bug — its full traceback goes to the log file from core.logs and
the dialog only names the problem and where the details are.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from core.errors import NotulaError, StorageError
from gui.prompts import Prompts


def summary(exc: BaseException) -> str:
    """One line for the dialog: the kind of error and its message, no traceback."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = type(exc).__name__
    return f"{name}: {text}" if text else name


def _storage_text(reason: str) -> str | None:
    """The clerk's sentence for a kind of archive failure."""
    texts = {
        "locked": QCoreApplication.translate(
            "Errors",
            "Arsip sedang dipakai program lain, jadi perubahan belum dapat disimpan. "
            "Tutup program itu (atau Notula yang lain), lalu coba lagi.",
        ),
        "read_only": QCoreApplication.translate(
            "Errors", "Arsip hanya dapat dibaca; perubahan tidak dapat disimpan."
        ),
        "disk_full": QCoreApplication.translate(
            "Errors", "Disk penuh: kosongkan sebagian ruang, lalu coba lagi."
        ),
        "damaged": QCoreApplication.translate(
            "Errors", "Berkas ini bukan arsip Notula, atau berkasnya rusak."
        ),
        "not_archive": QCoreApplication.translate("Errors", "Berkas ini bukan arsip Notula."),
        "cannot_open": QCoreApplication.translate("Errors", "Berkas arsip tidak dapat dibuka."),
        "no_folder": QCoreApplication.translate("Errors", "Folder arsip tidak ada."),
        "is_folder": QCoreApplication.translate(
            "Errors", "Yang dipilih adalah folder, bukan berkas arsip."
        ),
        "newer": QCoreApplication.translate(
            "Errors",
            "Arsip ini dibuat oleh Notula versi yang lebih baru. Perbarui Notula di komputer "
            "ini untuk membukanya; arsipnya tidak diubah.",
        ),
    }
    return texts.get(reason)


#: failures whose technical sentence would only repeat the clerk's
WITHOUT_DETAILS = frozenset({"newer"})


def clerk_message(exc: NotulaError) -> str:
    """What the clerk reads: an archive failure in the clerk's words, with the
    file and the core's technical sentence below it (for whoever supports the
    office); any other problem as the core words it. The core speaks the
    interface language too (gui.i18n.install sets it)."""
    if isinstance(exc, StorageError):
        text = _storage_text(exc.reason)
        if text is not None:
            where = QCoreApplication.translate("Errors", "Berkas: {0}").format(exc.path or "-")
            if exc.reason in WITHOUT_DETAILS:
                return f"{text}\n{where}"
            details = QCoreApplication.translate("Errors", "Keterangan teknis: {0}").format(exc)
            return f"{text}\n{where}\n\n{details}"
    return str(exc)


class ExceptHook:
    """Installed as ``sys.excepthook`` while the GUI runs."""

    def __init__(self, prompts: Prompts) -> None:
        self.prompts = prompts
        self.previous = sys.excepthook
        self._showing = False

    def __call__(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        if isinstance(exc, NotulaError):
            self._show(clerk_message(exc))
            return
        from core.logs import log_exception

        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        where = log_exception(exc)
        self._show(
            QCoreApplication.translate(
                "Errors",
                "Terjadi kesalahan tak terduga: {0}\n"
                "Pekerjaan yang sudah tersimpan aman. Rincian dicatat di {1}",
            ).format(summary(exc), where)
        )

    def _show(self, text: str) -> None:
        if self._showing:  # an error while the dialog is up: logged, not stacked
            return
        self._showing = True
        try:
            self.prompts.error(text, QCoreApplication.translate("Errors", "Notula — kesalahan"))
        finally:
            self._showing = False


def install(prompts: Prompts) -> ExceptHook:
    hook = ExceptHook(prompts)
    sys.excepthook = hook
    return hook


def uninstall(hook: ExceptHook) -> None:
    if sys.excepthook is hook:
        sys.excepthook = hook.previous
