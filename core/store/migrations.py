"""How the archive's schema is upgraded: sqlite-utils migrations, declared at
import, built only when one must run, and counted in ``user_version``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

Migration = Callable[["Database"], None]


class DeferredMigrations:
    """sqlite-utils' :class:`~sqlite_utils.migrations.Migrations`, declared at
    import and built when a migration must actually run.

    Opening an up-to-date archive needs only the names already applied (one
    query on sqlite-utils' own table); importing sqlite-utils costs about
    100 ms of the GUI's start (click, dateutil, pluggy), so it waits until an
    archive needs upgrading or the store first writes. Declaring, applying
    and recording migrations stay sqlite-utils' own.

    The number of migrations applied is also kept in the file header's
    ``user_version``: any SQLite tool shows it, and a release that finds a
    number above its own count knows a newer release upgraded the archive,
    even if that release recorded its migrations some other way.
    """

    #: the table sqlite-utils records applied migrations in (a test compares)
    migrations_table = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.name = name
        self._declared: list[tuple[Migration, str | None, bool]] = []
        self._built: Migrations | None = None

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[Migration], Migration]:
        """Declare the next migration, as ``@Migrations()`` does."""

        def declare(fn: Migration) -> Migration:
            self._declared.append((fn, name, transactional))
            self._built = None
            return fn

        return declare

    @property
    def names(self) -> list[str]:
        return [name or fn.__name__ for fn, name, _ in self._declared]

    def applied_names(self, conn: sqlite3.Connection) -> list[str] | None:
        """Names applied to this archive, oldest first; None if none ever was."""
        if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            [self.migrations_table],
        ).fetchone():
            return None
        rows = conn.execute(
            f"SELECT name FROM {self.migrations_table} WHERE migration_set = ? ORDER BY rowid",
            [self.name],
        )
        return [r[0] for r in rows]

    def is_current(self, applied: list[str] | None) -> bool:
        return set(self.names) <= set(applied or ())

    def is_newer(self, conn: sqlite3.Connection) -> bool:
        """Upgraded by a release that knows more migrations than this one."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        unknown = set(self.applied_names(conn) or ()) - set(self.names)
        return version > len(self.names) or bool(unknown)

    def built(self) -> Migrations:
        """The sqlite-utils object itself, with every declared migration."""
        if self._built is None:
            from sqlite_utils.migrations import Migrations

            built = Migrations(self.name)
            for fn, name, transactional in self._declared:
                built(name=name, transactional=transactional)(fn)
            self._built = built
        return self._built

    def apply(self, db: Database, *, stop_before: str | None = None) -> None:
        self.built().apply(db, stop_before=stop_before)
        applied = len(self.applied_names(db.conn) or ())
        db.conn.execute(f"PRAGMA user_version = {applied}")
