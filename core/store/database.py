"""Opening the archive file: checks, pragmas, migrations, and transactions.

WAL lets the GUI and a command-line run share one file; the busy timeout
makes a second writer wait instead of failing at once; foreign keys keep
children from outliving their meeting. Every failure to open is turned into a
:class:`StorageError` that names the file and the cause.

A read-only archive (a backup, a colleague's file, a copy on a CD) can still
be listed, searched and exported: :func:`connect` with ``read_only=True``
opens it without switching to WAL or upgrading it, and without leaving
``-wal``/``-shm`` files beside it (see :func:`_read_only_uri`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import StorageError
from core.i18n import _
from core.paths import private_file, sqlite_uri, tighten_own_file
from core.problems import problem
from core.store import wal_guard
from core.store.lock import FINAL_LOCK
from core.store.schema import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_S = 5.0
SQLITE_MAGIC = b"SQLite format 3\x00"


def reason_of(exc: sqlite3.Error) -> str:
    """The kind of a SQLite failure, as :class:`StorageError` names it."""
    text = str(exc).lower()
    if FINAL_LOCK in text:
        return "final"
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "disk is full" in text or "full" in text:
        return "disk_full"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "damaged"
    if "unable to open" in text:
        return "cannot_open"
    return "other"


def describe(exc: sqlite3.Error, path: str | os.PathLike | None = None) -> str:
    """A one-line, clerk-readable reason for a SQLite failure."""
    where = f"{path}: " if path else ""
    reason = reason_of(exc)
    if reason == "final":  # the lock (core.store.schema): the meeting's, not the file's
        return _("the meeting is final; open a new revision to change it")
    if reason == "locked":
        # no "waited N s": the command line waits BUSY_TIMEOUT_S, the GUI a fraction of a second
        return where + _("database is locked by another program; close it and try again")
    if reason == "read_only":
        return where + _("database is read-only; cannot save changes")
    if reason == "disk_full":
        return where + _("disk is full; free some space and try again")
    if reason == "damaged":
        return where + _("not a Notula database or the file is damaged ({problem})").format(
            problem=problem(exc)
        )
    if reason == "cannot_open":
        return where + _("cannot open the database file ({problem})").format(problem=problem(exc))
    return where + _("database error: {problem}").format(problem=problem(exc))


def storage_error(exc: sqlite3.Error, path: str | os.PathLike | None = None) -> StorageError:
    """The StorageError for a SQLite failure: the message, its kind and the file."""
    return StorageError(describe(exc, path), reason_of(exc), str(path) if path else None)


def is_read_only(path: str | os.PathLike) -> bool:
    """True for an existing file this program must not write to.

    A file with no write bit at all counts as read-only even for root, who
    may write anything: someone made it read-only on purpose (a backup, an
    archive handed over for reading), and CI runs the tests as root.
    """
    target = Path(path)
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not os.access(target, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def _check_file(path: Path, read_only: bool = False) -> None:
    if not path.exists():
        if not path.parent.exists():
            message = _("{path}: folder {folder} does not exist").format(
                path=path, folder=path.parent
            )
            raise StorageError(message, "no_folder", str(path))
        if read_only:
            raise StorageError(_("{path}: no such database file").format(path=path))
        return
    if path.is_dir():
        message = _("{path}: is a folder, not a database file").format(path=path)
        raise StorageError(message, "is_folder", str(path))
    if not path.is_file():  # a FIFO would hang the read below, a device has no end
        message = _("{path}: not a regular file (a pipe or a device)").format(path=path)
        raise StorageError(message, "not_archive", str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        message = _("{path}: cannot read the database file ({problem})").format(
            path=path, problem=problem(exc)
        )
        raise StorageError(message, "cannot_open", str(path)) from None
    if head and head != SQLITE_MAGIC:
        message = _("{path}: not a SQLite database (is it the right file?)").format(path=path)
        raise StorageError(message, "not_archive", str(path))
    if read_only:
        if not head:
            raise StorageError(
                _("{path}: database file is empty, not yet a Notula archive").format(path=path)
            )
    elif is_read_only(path):
        message = _("{path}: database file is read-only; cannot save changes").format(path=path)
        raise StorageError(message, "read_only", str(path))


def _refuse_foreign(conn: sqlite3.Connection, target: Path | None) -> None:
    """Never add Notula's tables to another program's SQLite file (a wrong --db)."""
    if migrations.applied_names(conn):
        return
    tables = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name != ?",
        [migrations.migrations_table],
    ).fetchone()[0]
    if tables:
        message = _("{path}: a database of another program, not a Notula archive").format(
            path=target
        )
        raise StorageError(message, "not_archive", str(target))


def refuse_unknown(conn: sqlite3.Connection, target: Path | None) -> None:
    """A file that is not a Notula archive this release knows (another program's,
    or a newer Notula's) is refused: the checks :func:`connect` makes."""
    _refuse_foreign(conn, target)
    _refuse_newer(conn, target)
    if migrations.applied_names(conn) is None:
        message = _("{path}: not a Notula archive").format(path=target)
        raise StorageError(message, "not_archive", str(target) if target else None)


def connect_for_copy(path: Path, notices: list[str] | None = None) -> sqlite3.Connection:
    """An existing archive read as it is, its own -wal included, for a backup:
    no upgrade, nothing written beside it (an archive not yet upgraded is still
    copied as it is)."""
    _check_file(path, read_only=True)
    try:
        conn = sqlite3.connect(_reading_uri(path, notices), uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from None
    with _closed_on_failure(conn, lambda exc: describe(exc, path), path):
        refuse_unknown(conn, path)
    return conn


def _refuse_newer(conn: sqlite3.Connection, target: Path | None) -> None:
    """Never open an archive a newer Notula has upgraded: its schema has parts
    this release does not know, and writing (or even switching it to WAL) could
    damage what that release keeps there. Checked before anything is written."""
    if migrations.is_newer(conn):
        message = _(
            "{path}: the archive was made by a newer Notula; update Notula to open it "
            "(the archive was not changed)"
        ).format(path=target)
        raise StorageError(message, "newer", str(target) if target else None)


def _reading_uri(path: Path, notices: list[str] | None) -> str:
    """The URI that reads ``path`` with its own -wal file. One that another copy
    left beside it is set aside as any open does (said in ``notices``); where
    it cannot be moved (a read-only folder), the file is read alone."""
    if wal_guard.belongs(path, reading=True) is False:
        try:
            told = wal_guard.set_aside(path)
        except StorageError as exc:
            told, uri = str(exc), f"{sqlite_uri(path)}?mode=ro&immutable=1"
        else:
            uri = _read_only_uri(path)
        if notices is not None:
            notices.append(told)
        return uri
    return _read_only_uri(path)


def set_aside_foreign_wal(path: Path, notices: list[str] | None = None) -> None:
    """Before SQLite opens ``path`` to write (and may then copy its -wal into it):
    a -wal file another copy left beside it is moved out of the way."""
    if wal_guard.belongs(path, reading=False) is False:
        told = wal_guard.set_aside(path)
        if notices is not None:
            notices.append(told)


def _read_only_uri(path: Path) -> str:
    """The SQLite URI that reads ``path`` as it is, writing nothing beside it.

    An archive is in WAL mode, and SQLite reads a WAL database through its
    ``-shm`` index, creating ``-wal`` and ``-shm`` when they are missing — even
    for a read-only connection, and then leaves them behind owned by whoever
    ran the command, which can stop the archive's owner from saving later (or
    fails outright in a read-only folder). So:

    - ``-wal`` and ``-shm`` both there (a program has the archive open, or it
      stopped without closing it): read through them, so the newest changes
      are seen; SQLite opens them read-only when it may not write them;
    - changes in ``-wal`` but no ``-shm``: refuse, saying why — without the
      index those changes cannot be read, and reading the file alone would
      show the archive as it was before them;
    - otherwise the file holds everything: open it ``immutable``, which takes
      no locks and creates nothing. Only a writer starting in the few
      milliseconds of a read could make that read fail, never the archive.
    """
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    try:
        wal_size = wal.stat().st_size if wal.exists() else 0
        has_shm = shm.exists()
    except OSError as exc:
        raise StorageError(
            _("{path}: cannot read {file} ({problem})").format(
                path=path, file=wal.name, problem=problem(exc)
            )
        ) from None
    uri = sqlite_uri(path)
    if wal.exists() and has_shm:
        return f"{uri}?mode=ro"
    if wal_size:
        raise StorageError(
            _(
                "{path}: the archive is read-only and its latest changes are still in "
                "{wal}, without {shm}; make the archive writable and open it once "
                "(or copy it with its -wal file to a writable folder)"
            ).format(path=path, wal=wal.name, shm=shm.name),
            "needs_writer",
            str(path),
        )
    return f"{uri}?mode=ro&immutable=1"


@contextlib.contextmanager
def _closed_on_failure(
    conn: sqlite3.Connection, problem: Callable[[sqlite3.Error], str], path: Path | None
) -> Iterator[None]:
    """A connection that fails while being set up is closed, and the failure
    becomes one StorageError line (``problem`` words a SQLite error)."""
    try:
        yield
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(problem(exc), reason_of(exc), str(path) if path else None) from None
    except StorageError:
        conn.close()
        raise


def _connect_read_only(target: Path, notices: list[str] | None) -> sqlite3.Connection:
    """Open an existing archive for reading only: no WAL switch, no upgrade."""
    _check_file(target, read_only=True)
    uri = _reading_uri(target, notices)
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    except sqlite3.Error as exc:
        message = _read_only_problem(exc, target)
        raise StorageError(message, reason_of(exc), str(target)) from None
    with _closed_on_failure(conn, lambda exc: _read_only_problem(exc, target), target):
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database(conn) sets it
        _refuse_foreign(conn, target)
        _refuse_newer(conn, target)
        applied = migrations.applied_names(conn)
        if not migrations.is_current(applied):
            if not applied:
                raise StorageError(
                    _("{path}: not yet a Notula archive, and it is read-only").format(path=target)
                )
            raise StorageError(
                _(
                    "{path}: the archive was made by an older Notula and needs an upgrade, "
                    "which cannot be done while it is read-only; make it writable and open it once"
                ).format(path=target),
                "needs_writer",
                str(target),
            )
    return conn


def _read_only_problem(exc: sqlite3.Error, path: Path) -> str:
    """Why a read-only archive cannot be read: usually its -wal/-shm files."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return _(
            "{path}: cannot read the read-only archive with its -wal/-shm files ({problem}); "
            "make it writable and open it once"
        ).format(path=path, problem=problem(exc))
    return describe(exc, path)


def connect(
    path: str | os.PathLike | None,
    *,
    read_only: bool = False,
    notices: list[str] | None = None,
) -> sqlite3.Connection:
    """Open (creating if missing) and upgrade an archive; ``None`` gives memory.

    Returns the plain connection: sqlite-utils is imported only when a
    migration is pending (the store wraps the same connection on first use).

    ``read_only`` opens an existing file for reading only (see
    :func:`_read_only_uri`); the commands that only read use it. ``notices``
    collects what the clerk should hear although the open worked: a -wal file
    another copy left beside the archive, set aside or not read (see
    :mod:`core.store.wal_guard`).
    """
    if read_only:
        if path is None or str(path) == ":memory:":
            raise ValueError("a read-only archive must be a file")
        return _connect_read_only(Path(path), notices)
    if path is None or str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        target = None
    else:
        target = Path(path)
        _check_file(target)
        is_new = not target.exists()
        if not is_new:
            set_aside_foreign_wal(target, notices)
        try:
            conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        except sqlite3.Error as exc:
            raise storage_error(exc, target) from None
        if is_new:  # names, NIPs, unpublished minutes: its user's only (-wal/-shm follow it)
            private_file(target)
        else:
            tighten_own_file(target)
    with _closed_on_failure(conn, lambda exc: describe(exc, target), target):
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database(conn) sets it
        conn.execute("PRAGMA foreign_keys = ON")
        if target is not None:
            # before WAL: leave another program's file, or a newer Notula's, as it was
            _refuse_foreign(conn, target)
            _refuse_newer(conn, target)
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(
                    _("{path}: cannot switch the database to WAL mode").format(path=target)
                )
            conn.execute("PRAGMA synchronous = NORMAL")
        if not migrations.is_current(migrations.applied_names(conn)):
            from sqlite_utils import Database

            db = Database(conn)
            # Under the write lock, as one transaction: two programs opening an
            # old archive at once upgrade it once, and a crash leaves it as it was.
            with write_transaction(db):
                migrations.apply(db)
    return conn


def database_file(db: Database) -> str | None:
    """The file behind a connection (None in memory), for messages."""
    return connection_file(db.conn)


def connection_file(conn: sqlite3.Connection) -> str | None:
    """The file behind ``conn`` (None in memory), for messages."""
    try:
        for _seq, name, file in conn.execute("PRAGMA database_list"):
            if name == "main":
                return file or None
    except sqlite3.Error:
        pass
    return None


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One user action, all or nothing.

    The outermost level takes the write lock up front (BEGIN IMMEDIATE) so a
    busy database waits for the timeout instead of failing half way; nested
    levels become savepoints through sqlite-utils' ``atomic``, so a failure
    inside undoes that level only and the caller may carry on. It moves the
    archive to a new state stamp, which lets an open tell this archive's -wal
    file from another copy's (core.store.wal_guard).
    """
    if db.conn.in_transaction:
        try:
            with db.atomic():
                yield db
        except sqlite3.Error as exc:
            raise storage_error(exc, database_file(db)) from None
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise storage_error(exc, database_file(db)) from None
    try:
        yield db
        wal_guard.advance(db.conn)
        db.conn.execute("COMMIT")
    except BaseException as exc:
        db.rollback()
        if isinstance(exc, sqlite3.Error):
            raise storage_error(exc, database_file(db)) from None
        raise
