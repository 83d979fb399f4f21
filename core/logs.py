"""The log file in the user's data folder, where unexpected errors go in full."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from core.paths import log_dir

_configured: Path | None = None


def log_file() -> Path:
    global _configured
    if _configured is None:
        path = log_dir() / "notula.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
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
