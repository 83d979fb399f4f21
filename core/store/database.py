"""Opening the archive file: checks, pragmas, migrations, and transactions.

WAL lets the GUI and a command-line run share one file; the busy timeout
makes a second writer wait instead of failing at once; foreign keys keep
children from outliving their meeting. Every failure to open is turned into a
:class:`StorageError` that names the file and the cause.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from core.errors import StorageError
from core.store.schema import migrations

BUSY_TIMEOUT_S = 5.0
SQLITE_MAGIC = b"SQLite format 3\x00"


def describe(exc: sqlite3.Error, path: str | os.PathLike | None = None) -> str:
    """A one-line, clerk-readable reason for a SQLite failure."""
    where = f"{path}: " if path else ""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return (
            f"{where}database is locked by another program "
            f"(waited {BUSY_TIMEOUT_S:g} s); close it and try again"
        )
    if "readonly" in text or "read-only" in text:
        return f"{where}database is read-only; cannot save changes"
    if "disk is full" in text or "full" in text:
        return f"{where}disk is full; free some space and try again"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{where}not a Notula database or the file is damaged ({exc})"
    if "unable to open" in text:
        return f"{where}cannot open the database file ({exc})"
    return f"{where}database error: {exc}"


def _check_file(path: Path) -> None:
    if not path.exists():
        if not path.parent.exists():
            raise StorageError(f"{path}: folder {path.parent} does not exist")
        return
    if path.is_dir():
        raise StorageError(f"{path}: is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StorageError(f"{path}: cannot read the database file ({exc.strerror})") from None
    if head and head != SQLITE_MAGIC:
        raise StorageError(f"{path}: not a SQLite database (is it the right file?)")
    mode = path.stat().st_mode
    if not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise StorageError(f"{path}: database file is read-only; cannot save changes")


def _refuse_foreign(db: Database, target: Path | None) -> None:
    """Never add Notula's tables to another program's SQLite file (a wrong --db)."""
    if migrations.applied(db):
        return
    tables = db.conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name != ?",
        [migrations.migrations_table],
    ).fetchone()[0]
    if tables:
        raise StorageError(f"{target}: a database of another program, not a Notula archive")


def connect(path: str | os.PathLike | None) -> Database:
    """Open (creating if missing) and upgrade an archive; ``None`` gives memory."""
    if path is None or str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        target = None
    else:
        target = Path(path)
        _check_file(target)
        try:
            conn = sqlite3.connect(str(target), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StorageError(describe(exc, target)) from None
    try:
        db = Database(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        if target is not None:
            _refuse_foreign(db, target)  # before WAL: leave another program's file as it was
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(f"{target}: cannot switch the database to WAL mode")
            conn.execute("PRAGMA synchronous = NORMAL")
        if migrations.pending(db):
            # Under the write lock, as one transaction: two programs opening an
            # old archive at once upgrade it once, and a crash leaves it as it was.
            with write_transaction(db):
                migrations.apply(db)
    except sqlite3.Error as exc:
        conn.close()
        raise StorageError(describe(exc, target)) from None
    except StorageError:
        conn.close()
        raise
    return db


def database_file(db: Database) -> str | None:
    """The file behind a connection (None in memory), for messages."""
    try:
        for _seq, name, file in db.conn.execute("PRAGMA database_list"):
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
    inside undoes that level only and the caller may carry on.
    """
    if db.conn.in_transaction:
        try:
            with db.atomic():
                yield db
        except sqlite3.Error as exc:
            raise StorageError(describe(exc, database_file(db))) from None
        return
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise StorageError(describe(exc, database_file(db))) from None
    try:
        yield db
        db.conn.execute("COMMIT")
    except BaseException as exc:
        db.rollback()
        if isinstance(exc, sqlite3.Error):
            raise StorageError(describe(exc, database_file(db))) from None
        raise
