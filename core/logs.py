"""The log file in the user's data folder, where unexpected errors go in full."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from core.paths import log_dir, private_file

_configured: Path | None = None


class _PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file readable by its user only, the rotated ones too."""

    def _open(self):  # noqa: ANN202 - logging's own signature
        stream = super()._open()
        private_file(Path(self.baseFilename))
        return stream


def _without_data(record: logging.LogRecord) -> bool:
    """Tracebacks without the exception's message, for every handler: a
    message may quote a statement or a NIP, and the log is no place for
    personal data. The frames and the exception's type are what a developer
    needs (logging formats ``exc_text`` once and every handler shares it)."""
    if record.exc_info and not record.exc_text:
        import traceback

        exc_type, _exc, tb = record.exc_info
        name = exc_type.__name__ if exc_type else "Exception"
        frames = "".join(traceback.format_tb(tb))
        record.exc_text = f"Traceback (most recent call last):\n{frames}{name} (message not logged)"
    return True


logging.getLogger("notula").addFilter(_without_data)


def log_file() -> Path:
    global _configured
    if _configured is None:
        path = log_dir() / "notula.log"
        handler = _PrivateFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger("notula")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        _configured = path
    return _configured


def log_exception(exc: BaseException) -> Path:
    path = log_file()
    logging.getLogger("notula").error("unexpected error", exc_info=exc)
    return path
