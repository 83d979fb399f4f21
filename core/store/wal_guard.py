"""Telling the archive's own -wal file from one that another copy left behind.

SQLite applies whatever ``-wal`` file lies beside a database, and the last
connection to close copies it into the file. When a clerk copies yesterday's
archive back over today's after a crash, the -wal file of today's archive is
still there: opened as usual, it wrote today's pages into yesterday's file
and cut a 265 MB archive to 151 KB. The -wal header names no database, so
Notula keeps its own identity in the archive (migration ``m010``): a random
uid its copies share and a generation that every write transaction raises by
exactly one (:func:`core.store.database.write_transaction`).

A -wal file belongs to the file beside it when the archive read through it
has the same uid, and the file alone stands at a generation the -wal file
continues: not older than the state before its first commit, not newer than
its last. The file alone is read with ``immutable=1`` (SQLite then ignores the
-wal). All three reads happen inside one read transaction through the -wal,
which keeps a program that has the archive open from restarting the -wal or
copying past that snapshot meanwhile, so a live archive is never mistaken
for a foreign one. Whoever wrote the -wal file, it is never the file's own
when its last commit would leave the database smaller than the file (see
:func:`belongs`). When a question cannot be answered (an archive older than
``m010``, a busy file), the -wal file is left to SQLite as before.

A foreign -wal file is set aside under a dated name by any open, one that
only reads included: that moves a file that is not the archive's and writes
nothing into the archive. Where it cannot be moved (a read-only folder), a
reading open reads the file alone and an open for changes is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import struct
from pathlib import Path
from typing import NamedTuple

from core.errors import StorageError
from core.i18n import _

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
IDENTITY = "SELECT uid, generation FROM archive_identity WHERE id = 1"
#: SQLite's wording for a failure of the file, not of the question asked
BUSY_WORDS = ("locked", "busy", "unable to open", "readonly", "read-only")


def wal_file(archive: Path) -> Path:
    return Path(f"{archive}-wal")


class WalRun(NamedTuple):
    """The frames of a -wal file's current run (those carrying its header's salts)."""

    page_size: int
    commits: int
    #: the database's size in pages after the last commit (0: no commit)
    pages_after: int


def read_run(wal: Path) -> WalRun:
    """What SQLite would apply from ``wal``, read from its frame headers.

    Frames are not checksummed here: a torn last frame counted as a commit
    only makes the check more willing to accept the -wal file, never less.
    """
    nothing = WalRun(0, 0, 0)
    try:
        with wal.open("rb") as fh:
            header = fh.read(WAL_HEADER)
            if len(header) < WAL_HEADER:
                return nothing
            magic, _version, page_size, _sequence, *salts = struct.unpack(">6I", header[:24])
            if magic not in WAL_MAGIC or not 512 <= page_size <= 65536:
                return nothing
            commits, pages_after, offset = 0, 0, WAL_HEADER
            while True:
                fh.seek(offset)
                frame = fh.read(FRAME_HEADER)
                if len(frame) < FRAME_HEADER:
                    break
                _page, size_after, *frame_salts = struct.unpack(">4I", frame[:16])
                if frame_salts != salts:
                    break
                if size_after:
                    commits, pages_after = commits + 1, size_after
                offset += FRAME_HEADER + page_size
    except OSError:
        return nothing
    return WalRun(page_size, commits, pages_after)


def _file_pages(archive: Path, page_size: int) -> int | None:
    """The archive file's size in pages, or None if its page size is not ``page_size``."""
    with archive.open("rb") as fh:
        header = fh.read(18)
    if len(header) < 18:
        return None
    own = int.from_bytes(header[16:18], "big")
    if (65536 if own == 1 else own) != page_size:
        return None
    return archive.stat().st_size // page_size


def belongs(archive: Path, uri: str, *, reading: bool) -> bool | None:
    """Whether the -wal file beside ``archive`` is its own; None when that cannot
    be told (no commit in the -wal, a busy file, an archive without an
    identity whose size the -wal would not cut). ``uri`` is the archive's
    ``file:`` URI without a query.

    A -wal whose pages are not the file's page size, or whose last commit
    leaves the database smaller than the file, is never the file's own,
    whoever wrote it: Notula never shrinks its archive (no VACUUM, no
    auto-vacuum), and applying it would cut the file off.

    Reading through the -wal needs its -shm index, which SQLite creates when
    missing; an open that only reads creates nothing, so without one it
    cannot tell (and the read-only open says why it cannot read the -wal).
    """
    wal = wal_file(archive)
    try:
        if wal.stat().st_size <= WAL_HEADER:
            return None
        if reading and not Path(f"{archive}-shm").exists():
            return None
    except OSError:
        return None
    try:
        through = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return None
    try:
        through.execute("BEGIN")
        try:
            row_through = through.execute(IDENTITY).fetchone()
        except sqlite3.Error as exc:  # pages of another database, or one without an identity
            if any(word in str(exc).lower() for word in BUSY_WORDS):
                return None
            row_through = None
        run = read_run(wal)
        if run.commits == 0:
            return None
        file_pages = _file_pages(archive, run.page_size)
        alone = _identity_alone(uri)
    except OSError:
        return None
    finally:
        with contextlib.suppress(sqlite3.Error):
            through.close()
    if file_pages is None or run.pages_after < file_pages:
        return False
    if alone is None:
        return None
    if row_through is None:
        return False
    (uid, generation), (uid_alone, generation_alone) = row_through, alone
    return uid == uid_alone and generation - run.commits <= generation_alone <= generation


def _identity_alone(uri: str) -> tuple[str, int] | None:
    """The identity in the archive file itself, its -wal ignored; None if it has none."""
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        return conn.execute(IDENTITY).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def set_aside(archive: Path, now: dt.datetime | None = None) -> str:
    """Move a foreign -wal file out of SQLite's way under a dated name (its -shm,
    an index of it, goes); what happened, for the clerk."""
    wal = wal_file(archive)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = wal.with_name(f"{wal.name}-tersisih-{stamp}")
    try:
        os.replace(wal, aside)
        Path(f"{archive}-shm").unlink(missing_ok=True)
    except OSError as exc:
        message = _(
            "{path}: the file {wal} beside the archive was left by another copy of it, "
            "and it cannot be set aside ({problem}); it was not read. Move it elsewhere "
            "and open the archive again"
        ).format(path=archive, wal=wal.name, problem=exc.strerror)
        raise StorageError(message, "foreign_wal", str(archive)) from None
    return _(
        "{path}: the file {wal} beside the archive was left by another copy of it "
        "(was the archive replaced?); it was set aside as {aside} and not applied. "
        "The archive itself is unchanged"
    ).format(path=archive, wal=wal.name, aside=aside.name)
