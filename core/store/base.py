"""What every part of the store shares: the connection and its transactions."""

from __future__ import annotations

import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from core.store.database import (
    BUSY_TIMEOUT_S,
    connection_file,
    storage_error,
    write_transaction,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

P = ParamSpec("P")
R = TypeVar("R")


def reads_archive(method: Callable[P, R]) -> Callable[P, R]:
    """A read that finds a damaged page ("database disk image is malformed")
    raises the StorageError that names the file, not sqlite3's bare error:
    the command line and the GUI then say "damaged" in one sentence instead
    of "unexpected error". Only the first page of a table is read when the
    archive opens, so a damaged page elsewhere shows only here."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.DatabaseError as exc:
            store = args[0]
            assert isinstance(store, MeetingStoreBase)
            raise storage_error(exc, connection_file(store.conn)) from None

    return wrapper


class MeetingStoreBase:
    """Connection handling shared by the store's parts.

    ``conn`` is the archive's one sqlite3 connection, opened and configured by
    :func:`core.store.database.connect`. ``db`` is sqlite-utils' Database over
    that same connection, made on first use: importing sqlite-utils is about
    100 ms of the GUI's start, and the reads that fill the archive window
    (:meth:`~core.store.meetings.MeetingsMixin.list_meetings` and its neighbours) go straight to
    ``conn`` — the same connection, so the same pragmas and transactions.

    ``wait_s`` is how long a write waits for another program's lock before it
    fails as "locked": the command line waits :data:`BUSY_TIMEOUT_S`; the GUI
    sets a fraction of a second (:meth:`set_busy_wait`), since its thread would
    freeze meanwhile and it tries again later on its own.
    """

    def __init__(self, conn: sqlite3.Connection | Database) -> None:
        self.wait_s = BUSY_TIMEOUT_S
        if isinstance(conn, sqlite3.Connection):
            self.conn: sqlite3.Connection = conn
            self._db: Database | None = None
        else:
            self.conn, self._db = conn.conn, conn

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    def set_busy_wait(self, seconds: float) -> None:
        """Wait at most ``seconds`` for another program's write lock (every
        write from now on, and after :meth:`reconnect`): the GUI's thread must
        not freeze for the command line's 5 s, it queues the save and retries."""
        self.wait_s = seconds
        self._apply_busy_wait(seconds)

    def _apply_busy_wait(self, seconds: float) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    @contextmanager
    def atomic(self, wait_s: float | None = None) -> Iterator[Database]:
        """One transaction; ``wait_s`` shortens the wait for a busy archive
        for this one (a background save must not hold the clerk's keys)."""
        if wait_s is not None:
            self._apply_busy_wait(wait_s)
        try:
            with write_transaction(self.db) as db:
                yield db
        finally:
            if wait_s is not None:
                self._apply_busy_wait(self.wait_s)

    def data_version(self) -> int:
        """A number that moves when another connection (the command line, a
        second window's process) has committed a change: a window that regains
        the focus compares it instead of reading rows."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()

    def reconnect(self, path: str | os.PathLike) -> None:
        """Open ``path`` again on this store (after a restore put a backup there)."""
        from core.store.database import connect

        self.conn, self._db = connect(path), None
        self._apply_busy_wait(self.wait_s)
