"""Where Notula keeps its files on each OS (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

APP = "Notula"


def data_dir() -> Path:
    from platformdirs import user_data_dir  # not on the GUI's start-up path

    path = Path(user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    from platformdirs import user_log_dir

    path = Path(user_log_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path(explicit: str | os.PathLike | None = None) -> Path:
    """``--db`` if given, else ``NOTULA_DB``, else ``notula.db`` in the data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("NOTULA_DB")
    if env:
        return Path(env)
    return data_dir() / "notula.db"
