"""Backups of the archive: made with SQLite's backup API, checked, kept private.

``backup`` copies a consistent snapshot (whatever a program is writing at the
time) into a new file beside the destination, checks it with ``PRAGMA
integrity_check`` and only then gives it its name, never over an existing
file. ``restore`` checks a backup first (a SQLite file, whole, a Notula
archive this release knows), sets the current archive aside under a dated
name and puts a copy of the backup in its place; a bad backup changes nothing.
``auto_backup`` keeps at most one a day in the data folder, and of the older
ones the last 7 daily and 4 weekly copies.

The copies hold names, NIPs and unpublished minutes: files 0600 in a 0700
folder on POSIX (core.paths.private_dir).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from core.errors import InputError, StorageError
from core.files import link_aside
from core.i18n import _
from core.paths import private_dir, private_file, sqlite_uri
from core.problems import problem

AUTO_PREFIX = "notula-"
AUTO_SUFFIX = ".db"
KEEP_DAILY, KEEP_WEEKLY = 7, 4


class BackupInfo(NamedTuple):
    path: Path
    meetings: int
    taken: dt.datetime  # the file's time


def _source_connection(archive: Path, notices: list[str] | None) -> sqlite3.Connection:
    """The archive, read-only, through its -wal when a program has it open."""
    from core.store.database import connect_for_copy

    return connect_for_copy(archive, notices)


def backup(archive: Path, dest: Path, notices: list[str] | None = None) -> BackupInfo:
    """A consistent, checked copy of ``archive`` at ``dest`` (refused if it exists);
    ``notices`` hears of a -wal another copy left, set aside (core.store.wal_guard)."""
    dest = Path(dest)
    if dest.exists() or dest.is_symlink():
        raise InputError(
            _("{path}: already exists; a backup never replaces a file").format(path=dest)
        )
    if not dest.parent.is_dir():
        raise InputError(
            _("{path}: folder {folder} does not exist").format(path=dest, folder=dest.parent)
        )
    partial = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    try:
        snapshot(Path(archive), partial, notices)
        info = check_backup(partial)
        _place(partial, dest)
    finally:
        partial.unlink(missing_ok=True)
    return info._replace(path=dest)


def snapshot(archive: Path, target_path: Path, notices: list[str] | None = None) -> None:
    """Copy the archive as it is now into a new private file, with the backup API."""
    source = _source_connection(archive, notices)
    try:
        target = sqlite3.connect(str(target_path))
        try:
            # a new file nobody else sees: no journal, no syncing page by page
            # (twice as fast); it is synced once, whole, before it gets its name
            target.execute("PRAGMA journal_mode = OFF")
            target.execute("PRAGMA synchronous = OFF")
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one file, no -wal beside it
        finally:
            target.close()
    except sqlite3.Error as exc:
        from core.store.database import storage_error

        raise storage_error(exc, target_path) from None
    finally:
        source.close()
    private_file(target_path)
    _sync(target_path)


def _sync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _place(partial: Path, dest: Path) -> None:
    """Give the checked copy its name, never over a file that appeared meanwhile."""
    try:
        os.link(partial, dest)
    except FileExistsError:
        raise InputError(
            _("{path}: already exists; a backup never replaces a file").format(path=dest)
        ) from None
    except OSError:  # a file system without hard links
        if dest.exists():
            raise InputError(
                _("{path}: already exists; a backup never replaces a file").format(path=dest)
            ) from None
        os.replace(partial, dest)


def check_backup(path: Path) -> BackupInfo:
    """Refuse anything but a whole Notula archive this release can open."""
    from core.store.database import SQLITE_MAGIC, refuse_unknown

    path = Path(path)
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise InputError(_("{path}: not a regular file").format(path=path))
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        raise InputError(_("{path}: no such file").format(path=path)) from None
    except OSError as exc:
        raise InputError(
            _("{path}: cannot read file ({problem})").format(path=path, problem=problem(exc))
        ) from None
    if head != SQLITE_MAGIC:
        raise InputError(_("{path}: not a Notula backup (not a SQLite database)").format(path=path))
    uri = f"{sqlite_uri(path)}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise InputError(
            _("{path}: damaged backup ({problem})").format(path=path, problem=problem(exc))
        ) from None
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise InputError(
                _("{path}: damaged backup ({problem})").format(
                    path=path, problem=problem(result[0])
                )
            )
        refuse_unknown(conn, path)
        meetings = conn.execute("SELECT count(*) FROM meetings").fetchone()[0]
    except sqlite3.Error as exc:
        raise InputError(
            _("{path}: damaged backup ({problem})").format(path=path, problem=problem(exc))
        ) from None
    finally:
        conn.close()
    taken = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, meetings, taken)


def restore(
    backup_path: Path,
    archive: Path,
    now: dt.datetime | None = None,
    notices: list[str] | None = None,
) -> Path | None:
    """Put a checked backup in place of ``archive``; where the archive was set aside.

    The archive is held with an exclusive lock from before anything is moved
    until the backup is in its place (see :func:`_held`), so a program that has
    it open gets it refused ("locked"), and one that writes meanwhile cannot
    write into a file that is being set aside.
    """
    info = check_backup(Path(backup_path))
    archive = Path(archive)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    incoming = archive.with_name(f".{archive.name}.{os.getpid()}.restoring")
    with info.path.open("rb") as src, incoming.open("wb") as out:
        while chunk := src.read(1 << 20):
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    private_file(incoming)
    aside = None
    try:
        if not archive.exists():
            os.replace(incoming, archive)
            return None
        with _held(archive, notices):
            aside = _set_aside(archive, stamp)
            os.replace(incoming, archive)
    finally:
        incoming.unlink(missing_ok=True)
    return aside.absolute()


RESTORE_WAIT_S = 0.5  # how long a restore waits for a program that has the archive open


@contextlib.contextmanager
def _held(archive: Path, notices: list[str] | None = None) -> Iterator[None]:
    """The archive locked against every other connection, and whole in its one file.

    An exclusive lock (``locking_mode = EXCLUSIVE``) that a program with the
    archive open (even idle: under WAL each connection holds a shared lock)
    refuses with reason "locked", so nothing is moved under it. The -wal is then
    folded into the file completely (``wal_checkpoint(TRUNCATE)`` with busy 0)
    and the file leaves WAL mode (``journal_mode = OFF`` removes the -wal and
    -shm itself and leaves no journal to delete by name when the lock is let
    go): no -wal holding data is ever unlinked, and what is set aside is one
    whole file. A -wal another copy left is set aside first, never folded in.
    On Windows a file held open cannot be moved, so there the lock ends before.
    """
    from core.store.database import set_aside_foreign_wal, storage_error

    set_aside_foreign_wal(archive, notices)
    conn = sqlite3.connect(str(archive), timeout=RESTORE_WAIT_S, isolation_level=None)
    try:
        try:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")  # the lock stays: exclusive locking mode
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            mode = conn.execute("PRAGMA journal_mode = OFF").fetchone()[0]
            if busy or mode != "off" or Path(f"{archive}-wal").exists():
                raise sqlite3.OperationalError("database is locked")
        except sqlite3.Error as exc:
            raise storage_error(exc, archive) from None
        if os.name == "nt":
            conn.close()
        yield
    finally:
        conn.close()


def _set_aside(archive: Path, stamp: str) -> Path:
    """A second, dated name for the archive (``-2``, ``-3``… within one second)."""
    return link_aside(
        archive, lambda tail: f"{archive.stem}-sebelum-pulih-{stamp}{tail}{archive.suffix}"
    )


# ---- automatic backups -------------------------------------------------------------


def backups_folder(data_folder: Path) -> Path:
    return private_dir(Path(data_folder) / "cadangan")


def list_backups(folder: Path) -> list[BackupInfo]:
    """The automatic backups in ``folder``, newest first, with their meeting counts
    (a damaged one is left out of the list, not offered for restoring)."""
    found = []
    for path in sorted(Path(folder).glob(f"{AUTO_PREFIX}*{AUTO_SUFFIX}"), reverse=True):
        with contextlib.suppress(InputError, StorageError):
            found.append(check_backup(path))
    return found


def _day_of(path: Path) -> dt.date | None:
    try:
        return dt.date.fromisoformat(path.name[len(AUTO_PREFIX) : -len(AUTO_SUFFIX)])
    except ValueError:
        return None


def auto_backup(archive: Path, folder: Path, today: dt.date | None = None) -> Path | None:
    """Today's backup, unless there is one already; then prune the old ones."""
    today = today or dt.date.today()
    folder = private_dir(Path(folder))
    dest = folder / f"{AUTO_PREFIX}{today.isoformat()}{AUTO_SUFFIX}"
    if dest.exists() or not Path(archive).exists():
        return None
    backup(Path(archive), dest)
    prune(folder)
    return dest


def prune(folder: Path) -> list[Path]:
    """Keep the 7 newest daily backups and, before them, the newest of each of
    4 weeks; remove the rest. Returns what was removed."""
    dated = sorted(
        ((day, p) for p in folder.glob(f"{AUTO_PREFIX}*{AUTO_SUFFIX}") if (day := _day_of(p))),
        reverse=True,
    )
    keep = {p for _day, p in dated[:KEEP_DAILY]}
    weeks: list[tuple[int, int]] = []
    for day, p in dated[KEEP_DAILY:]:
        week = day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(p)
    removed = [p for _day, p in dated if p not in keep]
    for p in removed:
        p.unlink(missing_ok=True)
    return removed
