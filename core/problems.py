"""What a library's error says, in the run's language.

The clerk's sentences name the problem in parentheses: "cannot write file
(disk is full)". The words in those parentheses come from Python, SQLite,
zipfile or lxml, in English; cli.md asks Indonesian messages to use
Indonesian words throughout, names of things aside. So the reasons a clerk
meets (an OS error's errno, SQLite's and zipfile's usual texts, an XML
error's line and column) are worded here, and anything unforeseen is passed
on as the library said it rather than lost.
"""

from __future__ import annotations

import errno
import re
import sqlite3
import zipfile

from core.i18n import _


def _os_reason(code: int | None) -> str | None:
    reasons = {
        errno.ENOENT: _("no such file or folder"),
        errno.EACCES: _("permission denied"),
        errno.EPERM: _("permission denied"),
        errno.EISDIR: _("it is a folder"),
        errno.ENOTDIR: _("a part of the path is not a folder"),
        errno.ENOSPC: _("the disk is full"),
        errno.EROFS: _("the drive is read-only"),
        errno.EEXIST: _("it already exists"),
        errno.ENAMETOOLONG: _("the name is too long"),
        errno.EBUSY: _("it is in use by another program"),
        errno.EIO: _("the disk could not be read or written"),
        errno.EXDEV: _("it cannot be moved to another drive"),
        errno.ETXTBSY: _("it is in use by another program"),
    }
    return reasons.get(code) if code is not None else None


#: SQLite's usual texts; the group, if any, is a name kept as it is
_SQLITE = (
    (re.compile(r"database disk image is malformed", re.I), "damaged"),
    (re.compile(r"file is not a database", re.I), "not_database"),
    (re.compile(r"unable to open database file", re.I), "cannot_open"),
    (re.compile(r"database is locked|database table is locked", re.I), "locked"),
    (re.compile(r"attempt to write a readonly database", re.I), "read_only"),
    (re.compile(r"disk i/o error", re.I), "io"),
    (re.compile(r"database or disk is full", re.I), "full"),
    (re.compile(r"malformed database schema \((.+?)\)", re.I), "schema"),
    (re.compile(r"no such table: (\S+)", re.I), "no_table"),
    (re.compile(r"no such column: (\S+)", re.I), "no_column"),
)


def _sqlite_reason(text: str) -> str | None:
    for pattern, kind in _SQLITE:
        found = pattern.search(text)
        if not found:
            continue
        name = found.group(1) if found.groups() else ""
        return {
            "damaged": _("the database file is damaged"),
            "not_database": _("not a database file"),
            "cannot_open": _("the file cannot be opened"),
            "locked": _("locked by another program"),
            "read_only": _("the database is read-only"),
            "io": _("the disk could not be read or written"),
            "full": _("the disk is full"),
            "schema": _("the database's table list is damaged ({name})"),
            "no_table": _("the table {name} is missing"),
            "no_column": _("the column {name} is missing"),
        }[kind].format(name=name)
    return None


def problem(exc: BaseException | str) -> str:
    """The reason ``exc`` gives, in the run's language where it is a known one."""
    if isinstance(exc, OSError):
        return _os_reason(exc.errno) or exc.strerror or str(exc)
    text = str(exc)
    if isinstance(exc, (sqlite3.Error, str)):
        return _sqlite_reason(text) or text
    if isinstance(exc, zipfile.BadZipFile):
        return _("not a zip package")
    if isinstance(exc, KeyError):  # zipfile: "There is no item named 'x' in the archive"
        found = re.search(r"no item named '([^']+)'", text)
        return _("the part {name} is missing").format(name=found.group(1)) if found else text
    if isinstance(exc, SyntaxError) and exc.lineno is not None:  # lxml's and ElementTree's
        return _("not well-formed at line {line}, column {column}").format(
            line=exc.lineno, column=exc.offset
        )
    return text
