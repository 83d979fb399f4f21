"""Where Notula keeps its files on each OS (platformdirs)."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from urllib.parse import quote

APP = "Notula"


PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600


def private_dir(path: Path) -> Path:
    """A folder of Notula's own, for the archive, its backups and logs: names,
    NIPs and unpublished minutes, so readable by its user only (POSIX; on
    Windows the per-user data folder is already the user's)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """A file only its user may read or write (POSIX; see private_dir)."""
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)
    return path


def tighten_own_file(path: Path) -> None:
    """An existing archive (with its -wal and -shm) that group or others may read,
    made before Notula kept it private or copied in as 0644: its user's only,
    when that user runs Notula. Another user's file is left as it is (the chmod
    would fail, and sharing it is its owner's decision); Windows has no modes."""
    if os.name != "posix":
        return
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            info = part.stat()
            mode = stat.S_IMODE(info.st_mode)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid() and mode & 0o077:
                os.chmod(part, mode & ~0o077)
        except OSError:  # gone meanwhile, or a file system without modes
            continue


def data_dir() -> Path:
    from platformdirs import user_data_dir  # not on the GUI's start-up path

    return private_dir(Path(user_data_dir(APP, appauthor=False)))


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return private_dir(Path(user_log_dir(APP, appauthor=False)))


def database_path(explicit: str | os.PathLike | None = None) -> Path:
    """``--db`` if given, else ``NOTULA_DB``, else ``notula.db`` in the data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("NOTULA_DB")
    if env:
        return Path(env)
    return data_dir() / "notula.db"


def sqlite_uri(path: Path) -> str:
    """``path`` as a SQLite ``file:`` URI, with ``?``, ``#``, ``%`` and spaces escaped.

    Not ``Path.as_uri()``: for a Windows share (``\\\\server\\share``) that gives
    ``file://server/…``, and SQLite refuses any URI authority but ``localhost``;
    ``file:////server/share/…`` keeps the share in the path, where SQLite
    hands it to Windows unchanged.
    """
    text = path.absolute().as_posix()  # /home/…, C:/…, //server/share/…
    if not text.startswith("/"):
        text = "/" + text
    return "file://" + quote(text, safe="/:")
