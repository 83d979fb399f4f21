"""Telling the archive's own -wal file from one that another copy left behind.

SQLite applies whatever ``-wal`` file lies beside a database, and the last
connection to close copies it into the file. When a clerk copies yesterday's
archive back over today's after a crash, the -wal file of today's archive is
still there: opened as usual, it wrote today's pages into yesterday's file
and cut a 265 MB archive to 151 KB. The -wal header names no database, so
Notula keeps the archive's identity in the archive (migration ``m010``), as
one 40-byte value in its own row: a marker, a random uid its copies share, a
random stamp of the state it is in, and the stamp of the state before.
Every write transaction replaces the stamp, keeping the old one
(:func:`advance`, called by :func:`core.store.database.write_transaction`),
so each commit's page of that row, in the -wal, names the state it follows.

A -wal file written by Notula belongs to the file beside it when the file
alone (read with ``immutable=1``, which ignores the -wal) is in a state the
-wal continues: the one before its first commit, or one of its commits (a
checkpoint may have copied some of them into the file). A copy that went
its own way, yesterday's copy or another archive is in none of them. The
file alone is read inside a read transaction through the -wal, which keeps a
program that has the archive open from restarting the -wal or copying past
that snapshot meanwhile, so a live archive is never mistaken for a foreign one.

A -wal whose identity values name another uid is another archive's. A
-wal that holds no identity value was written by another program (or by a
release before the identity); the file alone may also have none. Then: it is
never the file's own when its last commit would leave the database smaller
than the file (Notula never shrinks its archive: no VACUUM, no auto-vacuum),
nor when the file's content was written after the -wal's last write (copied
in); and when neither tells, the archive read through the -wal must pass
SQLite's integrity check, read-only (a copy put in place with its old time
kept, as Explorer and ``cp -p`` do, leaves pages that do not fit).

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
import uuid
from pathlib import Path
from typing import NamedTuple

from core.errors import StorageError
from core.files import link_aside
from core.i18n import _
from core.paths import sqlite_uri
from core.problems import problem

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_HEADER = 32
FRAME_HEADER = 24
#: the identity value: MARKER, uid (16), stamp (8), the stamp before (8)
MARKER = b"NotulaID"
STATE_SIZE = len(MARKER) + 16 + 8 + 8
IDENTITY_TABLE = (
    "CREATE TABLE archive_identity (id INTEGER PRIMARY KEY CHECK (id = 1), "
    f"state BLOB NOT NULL CHECK (length(state) = {STATE_SIZE}))"
)
STATE = "SELECT state FROM archive_identity WHERE id = 1"
#: SQLite's wording for a failure of the file, not of the question asked
BUSY_WORDS = ("locked", "busy")


def first_state() -> bytes:
    """A new archive's identity: its uid, a first stamp, no state before."""
    return MARKER + uuid.uuid4().bytes + os.urandom(8) + bytes(8)


def advance(conn: sqlite3.Connection) -> None:
    """The archive moves to a new state (in the caller's write transaction)."""
    (state,) = conn.execute(STATE).fetchone()
    stamp = state[24:32]
    conn.execute(
        "UPDATE archive_identity SET state = ? WHERE id = 1", [state[:24] + os.urandom(8) + stamp]
    )


def wal_file(archive: Path) -> Path:
    return Path(f"{archive}-wal")


class WalRun(NamedTuple):
    """The committed frames of a -wal file's current run (those carrying its header's salts)."""

    page_size: int
    commits: int
    #: the database's size in pages after the last commit (0: no commit)
    pages_after: int
    #: (uid, stamp, stamp before) of each identity value in those frames, in order
    states: tuple[tuple[bytes, bytes, bytes], ...]


def read_run(wal: Path) -> WalRun:
    """What SQLite would apply from ``wal``, read from its frames.

    Frames are not checksummed here: a torn last frame counted as a commit
    only makes the check more willing to accept the -wal file, never less.
    """
    nothing = WalRun(0, 0, 0, ())
    try:
        with wal.open("rb") as fh:
            header = fh.read(WAL_HEADER)
            if len(header) < WAL_HEADER:
                return nothing
            magic, _version, page_size, _sequence, *salts = struct.unpack(">6I", header[:24])
            if magic not in WAL_MAGIC or not 512 <= page_size <= 65536:
                return nothing
            commits, pages_after, states, committed = 0, 0, [], 0
            while True:
                frame = fh.read(FRAME_HEADER + page_size)
                if len(frame) < FRAME_HEADER + page_size:
                    break
                _page, size_after, *frame_salts = struct.unpack(">4I", frame[:16])
                if frame_salts != salts:
                    break
                states.extend(_states_in(frame))
                if size_after:
                    commits, pages_after, committed = commits + 1, size_after, len(states)
    except OSError:
        return nothing
    return WalRun(page_size, commits, pages_after, tuple(states[:committed]))


def _states_in(frame: bytes) -> list[tuple[bytes, bytes, bytes]]:
    found, at = [], frame.find(MARKER, FRAME_HEADER)
    while at != -1 and at + STATE_SIZE <= len(frame):
        value = frame[at : at + STATE_SIZE]
        found.append((value[8:24], value[24:32], value[32:40]))
        at = frame.find(MARKER, at + 1)
    return found


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


def _changed_after(archive: Path, wal: Path) -> bool:
    """The file's content was written (or copied in) after the -wal's last write.

    Its modification time, not its change time: a chmod (a clerk making it
    read-only) changes no content. Strictly later: a new archive's first page
    and its first commit often share one tick of the clock.
    """
    return archive.stat().st_mtime_ns > wal.stat().st_mtime_ns


def belongs(archive: Path, *, reading: bool) -> bool | None:
    """Whether the -wal file beside ``archive`` is its own; None when there is
    nothing to tell (no commit in the -wal) or it cannot be told now (a busy
    file).

    Reading through the -wal needs its -shm index, which SQLite creates when
    missing; an open that only reads creates nothing, so without one it
    cannot tell (and the read-only open says why it cannot read the -wal).
    """
    wal, uri = wal_file(archive), sqlite_uri(archive)
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
        try:  # holds the -wal as it is: no restart, no copying past this snapshot
            through.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:  # a -wal that is not this file's may not even read
            if any(word in str(exc).lower() for word in BUSY_WORDS):
                return None
        alone = _state_alone(uri)
        run = read_run(wal)
        if run.commits == 0:
            return None
        verdict = _verdict(archive, wal, run, alone)
        if verdict is None:  # nothing in the -wal says whose it is: is the result whole?
            verdict = _whole(through)
    except OSError:
        return None
    finally:
        with contextlib.suppress(sqlite3.Error):
            through.close()
    return verdict


def _verdict(archive: Path, wal: Path, run: WalRun, alone: bytes | None) -> bool | None:
    """What the file, the -wal and their identities tell; None: the -wal names no
    archive, or the file has no identity to compare (a release before it)."""
    file_pages = _file_pages(archive, run.page_size)
    if file_pages is None or run.pages_after < file_pages:
        return False
    if _changed_after(archive, wal):
        return False if alone is None or not run.states else _continues(run, alone)
    if alone is None or not run.states:
        return None
    return _continues(run, alone)


def _continues(run: WalRun, alone: bytes) -> bool:
    """The -wal's commits are this archive's and follow the state the file is in."""
    if any(uid != alone[8:24] for uid, _stamp, _before in run.states):
        return False
    continued = {run.states[0][2], *(stamp for _uid, stamp, _before in run.states)}
    return alone[24:32] in continued


def _whole(through: sqlite3.Connection) -> bool | None:
    """The archive read through the -wal passes SQLite's integrity check: pages
    of another file would not fit the file's own (read-only, in the snapshot)."""
    try:
        result = through.execute("PRAGMA integrity_check(1)").fetchone()
    except sqlite3.Error as exc:
        if any(word in str(exc).lower() for word in BUSY_WORDS):
            return None
        return False
    return bool(result) and result[0] == "ok"


def _state_alone(uri: str) -> bytes | None:
    """The identity in the archive file itself, its -wal ignored; None if it has none."""
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(STATE).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    state = row[0] if row else None
    if not isinstance(state, bytes) or len(state) != STATE_SIZE or not state.startswith(MARKER):
        return None
    return state


def set_aside(archive: Path, now: dt.datetime | None = None) -> str:
    """Move a foreign -wal file out of SQLite's way under a dated name (its -shm,
    an index of it, goes); what happened, for the clerk."""
    wal = wal_file(archive)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    try:
        aside = link_aside(wal, lambda tail: f"{wal.name}-tersisih-{stamp}{tail}")
        wal.unlink(missing_ok=True)
        Path(f"{archive}-shm").unlink(missing_ok=True)
    except OSError as exc:
        message = _(
            "{path}: the file {wal} beside the archive was left by another copy of it, "
            "and it cannot be set aside ({problem}); it was not read. Move it elsewhere "
            "and open the archive again"
        ).format(path=archive, wal=wal.name, problem=problem(exc))
        raise StorageError(message, "foreign_wal", str(archive)) from None
    return _(
        "{path}: the file {wal} beside the archive was left by another copy of it "
        "(was the archive replaced?); it was set aside as {aside} and not applied. "
        "The archive itself is unchanged"
    ).format(path=archive, wal=wal.name, aside=aside.name)
