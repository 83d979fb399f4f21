"""Writing the files a clerk asks for: atomically, and only where a file belongs.

Every document, exchange file and office profile Notula writes goes through
:func:`write_atomic`: the bytes go to a temporary file in the same folder,
are flushed to disk, and only then replace the target, so a crash or a full
disk leaves the old file or none, never half of one.

:func:`check_output` refuses, before anything is made, an output that is not
a place for a file: a folder, a device (``/dev/sda``, ``NUL`` on Windows'
side of a share), a pipe, or a symbolic link (replacing the link would write
somewhere the clerk did not name, or break a link another program relies on).
"""

from __future__ import annotations

import itertools
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.errors import InputError
from core.i18n import _
from core.problems import problem


def check_output(path: Path) -> None:
    """Raise InputError when ``path`` may not be written as a new or replaced file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(
            _("{path}: folder {folder} does not exist").format(path=path, folder=folder)
        )
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InputError(
            _("{path}: cannot write file ({problem})").format(path=path, problem=problem(exc))
        ) from None
    if stat.S_ISLNK(mode):
        raise InputError(
            _("{path}: is a symbolic link; choose the file itself or another name").format(
                path=path
            )
        )
    if stat.S_ISDIR(mode):
        raise InputError(_("{path}: is a folder, not a file").format(path=path))
    if not stat.S_ISREG(mode):
        raise InputError(
            _("{path}: is a device or pipe, not a file; choose another name").format(path=path)
        )


def write_atomic(path: Path, payload: bytes) -> None:
    """Write ``payload`` to ``path`` whole or not at all (see the module docstring)."""
    check_output(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(
            _("{path}: cannot write here ({problem})").format(path=path, problem=problem(exc))
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        _usual_mode(Path(tmp))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(
            _("{path}: cannot write file ({problem})").format(path=path, problem=problem(exc))
        ) from None


def _usual_mode(path: Path) -> None:
    """mkstemp makes a private (0600) file; a saved file is shared like any other."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)


def link_aside(path: Path, name: Callable[[str], str]) -> Path:
    """Give ``path`` a second name beside it that no file has yet, and return it.

    ``name(tail)`` makes the name; ``tail`` is "" first, then "-2", "-3"…, so
    a second set-aside within one second never replaces the first. A hard
    link never replaces an existing name, and ``path`` keeps its own for the
    caller to replace or remove; on a file system without hard links the
    file is renamed instead (``path`` is then gone).
    """
    for n in itertools.count(1):
        aside = path.with_name(name("" if n == 1 else f"-{n}"))
        try:
            os.link(path, aside)
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some shares)
            if aside.exists() or aside.is_symlink():
                continue
            os.rename(path, aside)
        return aside
    raise AssertionError("unreachable")
