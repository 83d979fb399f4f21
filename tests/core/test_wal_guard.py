"""A -wal file beside the archive is applied only when it is the archive's own.

The scenes are built for real: a writer process imports meetings and is
killed (SIGKILL) before it can fold its -wal into the file, and the clerk
then copies another file over the archive. SQLite alone would apply the old
-wal to the new file (it cut a 265 MB archive to 151 KB); Notula reads the
file alone, sets the -wal aside when it opens to write, and still recovers
the -wal of a crashed writer when the file is the one it belongs to.
"""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from core import cli, exchange
from core.errors import StorageError
from core.store import MeetingStore, wal_guard
from core.store.database import set_aside_foreign_wal

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[2]
#: imports the meetings named after the archive, a "checkpoint" folds the -wal
#: so far into the file; then the process is killed with everything else in the -wal
WRITER = """
import os, signal, sys
from pathlib import Path
from core import exchange
from core.store import MeetingStore

store = MeetingStore.open(sys.argv[1])
store.conn.execute("PRAGMA wal_autocheckpoint = 0")
for arg in sys.argv[2:]:
    if arg == "checkpoint":
        store.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    else:
        exchange.import_file(store, Path(arg))
os.kill(os.getpid(), signal.SIGKILL)
"""


def meeting_file(example: Path, folder: Path, n: int) -> Path:
    """The example meeting with its own uid and the title "Rapat n"."""
    data = json.loads(example.read_text(encoding="utf-8"))
    data["meeting"]["uid"] = str(uuid.UUID(int=n))
    data["meeting"]["title"] = f"Rapat {n}"
    folder.mkdir(exist_ok=True)
    path = folder / f"rapat{n}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


#: another program's writer: runs the SQL given, each in its own transaction
RAW_WRITER = """
import os, signal, sqlite3, sys

conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA wal_autocheckpoint = 0")
for sql in sys.argv[2:]:
    conn.execute(sql)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture
def meetings(tmp_path, example_path):
    """``meetings(n)``: the file of the n-th meeting."""
    return lambda n: meeting_file(example_path, tmp_path / "rapat", n)


def archive_with(path: Path, *files: Path) -> Path:
    """An archive closed properly: the file alone holds everything."""
    store = MeetingStore.open(path)
    for file in files:
        exchange.import_file(store, file)
    store.close()
    assert not Path(f"{path}-wal").exists()
    return path


def crash_after(path: Path, *steps: Path | str, writer: str = WRITER) -> None:
    """A writer that imports ``steps`` (or runs them: RAW_WRITER) and is killed
    before closing the archive."""
    proc = subprocess.run(
        [sys.executable, "-c", writer, str(path), *map(str, steps)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert Path(f"{path}-wal").stat().st_size > 0


def without_identity(path: Path) -> Path:
    """The archive as the release before the identity left it."""
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE archive_identity")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm010_archive_identity'")
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()
    return path


def listed(path: Path, capsys) -> tuple[list[str], str]:
    """The titles ``notula list`` prints, and what it said on stderr."""
    capsys.readouterr()
    assert cli.main(["--db", str(path), "list"]) == 0
    out, err = capsys.readouterr()
    return sorted(line.split("\t")[3] for line in out.splitlines()), err


def titles(store: MeetingStore) -> list[str]:
    return sorted(m.title for m in store.list_meetings())


def set_aside_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}-wal-tersisih-*"))


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# ---- the archive's own -wal: a crashed writer loses nothing --------------------------------


def test_a_crashed_writers_changes_are_read_and_kept(tmp_path, meetings, capsys):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    crash_after(path, meetings(2), "checkpoint", meetings(3))

    assert listed(path, capsys) == (["Rapat 1", "Rapat 2", "Rapat 3"], "")
    store = MeetingStore.open(path)
    assert store.notices == ()
    assert titles(store) == ["Rapat 1", "Rapat 2", "Rapat 3"]
    store.close()
    assert set_aside_files(path) == []
    assert integrity(path) == "ok"


def test_a_crash_before_any_checkpoint_is_recovered_too(tmp_path, meetings, capsys):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    crash_after(path, meetings(2))
    assert listed(path, capsys) == (["Rapat 1", "Rapat 2"], "")
    assert wal_guard.belongs(path, reading=False) is True


def test_a_copy_with_its_wal_but_without_the_shm_is_read_whole(tmp_path, meetings, capsys):
    """Copied to a USB stick with its -wal and not its -shm: reading needs the
    index, which only a writer may make; the file may be written, so list does."""
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    crash_after(path, meetings(2))
    Path(f"{path}-shm").unlink()
    assert listed(path, capsys) == (["Rapat 1", "Rapat 2"], "")


def test_a_live_archive_is_never_taken_for_a_foreign_one(tmp_path, meetings, capsys):
    """The GUI has the archive open with changes still in the -wal: the command
    line and a second window read them and set nothing aside."""
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    gui = MeetingStore.open(path)
    gui.conn.execute("PRAGMA wal_autocheckpoint = 0")
    exchange.import_file(gui, meetings(2))
    gui.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    exchange.import_file(gui, meetings(3))
    try:
        assert listed(path, capsys) == (["Rapat 1", "Rapat 2", "Rapat 3"], "")
        second = MeetingStore.open(path)
        assert second.notices == ()
        assert titles(second) == ["Rapat 1", "Rapat 2", "Rapat 3"]
        second.close()
        exchange.import_file(gui, meetings(4))  # the first window carries on
        assert len(gui.list_meetings()) == 4
    finally:
        gui.close()
    assert set_aside_files(path) == []


# ---- a -wal another copy left: never applied ----------------------------------------------


def test_yesterdays_copy_put_back_after_a_crash(tmp_path, meetings, capsys):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    yesterday = tmp_path / "kemarin.db"
    shutil.copyfile(path, yesterday)
    crash_after(path, meetings(2), "checkpoint", meetings(3))
    shutil.copyfile(yesterday, path)  # the clerk copies yesterday's file back
    wal_before = Path(f"{path}-wal").read_bytes()

    names, err = listed(path, capsys)
    assert names == ["Rapat 1"]
    (aside,) = set_aside_files(path)
    assert err == (
        f"notula: {path}: the file arsip.db-wal beside the archive was left by another "
        f"copy of it (was the archive replaced?); it was set aside as {aside.name} and "
        "not applied. The archive itself is unchanged\n"
    )
    assert path.read_bytes() == yesterday.read_bytes()  # reading wrote nothing into it
    assert aside.read_bytes() == wal_before  # kept, for whoever wants to look
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()

    store = MeetingStore.open(path)
    assert store.notices == ()
    assert titles(store) == ["Rapat 1"]
    exchange.import_file(store, meetings(4))
    store.close()
    assert integrity(path) == "ok"
    assert listed(path, capsys) == (["Rapat 1", "Rapat 4"], "")


def test_an_open_for_changes_sets_it_aside_too(tmp_path, meetings):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    yesterday = tmp_path / "kemarin.db"
    shutil.copyfile(path, yesterday)
    crash_after(path, meetings(2), "checkpoint", meetings(3))
    shutil.copyfile(yesterday, path)

    store = MeetingStore.open(path)
    (notice,) = store.notices
    (aside,) = set_aside_files(path)
    assert f"set aside as {aside.name}" in notice and "unchanged" in notice
    assert titles(store) == ["Rapat 1"]
    store.close()
    assert integrity(path) == "ok"


def test_where_it_cannot_be_moved_reading_reads_the_file_alone(
    tmp_path, meetings, capsys, monkeypatch
):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    other = archive_with(tmp_path / "lain.db", meetings(7))
    crash_after(path, meetings(2))
    shutil.copyfile(other, path)
    wal_before = Path(f"{path}-wal").read_bytes()

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    from core import files

    monkeypatch.setattr(files.os, "link", refuse)
    monkeypatch.setattr(files.os, "rename", refuse)
    names, err = listed(path, capsys)
    assert names == ["Rapat 7"]
    assert "cannot be set aside (permission denied); it was not read" in err
    assert Path(f"{path}-wal").read_bytes() == wal_before
    assert path.read_bytes() == other.read_bytes()
    with pytest.raises(StorageError, match="cannot be set aside"):
        MeetingStore.open(path)  # an open for changes would let SQLite apply it: refused
    assert path.read_bytes() == other.read_bytes()


def test_another_archive_put_in_place_is_not_cut_down(tmp_path, meetings, capsys):
    """The incident: a small archive's -wal applied to a big one cut it to the small one's size."""
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    crash_after(path, meetings(2))
    big = archive_with(tmp_path / "besar.db", *(meetings(n) for n in range(10, 16)))
    shutil.copyfile(big, path)
    size = path.stat().st_size

    names, err = listed(path, capsys)
    assert names == [f"Rapat {n}" for n in range(10, 16)] and "set aside" in err
    store = MeetingStore.open(path)
    assert store.notices == ()
    store.close()  # closing folds a -wal into the file: not the foreign one
    assert path.stat().st_size >= size
    assert integrity(path) == "ok"
    assert listed(path, capsys) == ([f"Rapat {n}" for n in range(10, 16)], "")


def test_a_copy_that_went_its_own_way_is_not_continued(tmp_path, meetings, capsys):
    """Two copies of one archive, each changed on its own (the other PC's copy
    one import ahead): the -wal of one is not the other's, whatever their ages."""
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    other_pc = tmp_path / "pc-lain.db"
    shutil.copyfile(path, other_pc)
    archive_with(other_pc, meetings(5))
    crash_after(path, meetings(2), meetings(3), meetings(4))
    shutil.copyfile(other_pc, path)

    names, err = listed(path, capsys)
    assert names == ["Rapat 1", "Rapat 5"] and "set aside" in err
    assert path.read_bytes() == other_pc.read_bytes() and integrity(path) == "ok"
    store = MeetingStore.open(path)
    exchange.import_file(store, meetings(6))
    store.close()
    assert integrity(path) == "ok"
    assert listed(path, capsys) == (["Rapat 1", "Rapat 5", "Rapat 6"], "")


def test_without_its_shm_the_foreign_wal_is_set_aside_all_the_same(tmp_path, meetings, capsys):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    other_pc = tmp_path / "pc-lain.db"
    shutil.copyfile(path, other_pc)
    archive_with(other_pc, meetings(5))
    crash_after(path, meetings(2), meetings(3))
    Path(f"{path}-shm").unlink()
    shutil.copyfile(other_pc, path)

    names, err = listed(path, capsys)
    assert names == ["Rapat 1", "Rapat 5"] and "set aside" in err
    assert integrity(path) == "ok"


def test_another_programs_wal_beside_yesterdays_copy_is_not_applied(tmp_path, meetings, capsys):
    """No identity in that -wal: the file put in place after it was written tells."""
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    yesterday = tmp_path / "kemarin.db"
    shutil.copyfile(path, yesterday)
    archive_with(path, meetings(2), meetings(3))
    crash_after(path, "UPDATE meetings SET title = 'Diubah' WHERE title = 'Rapat 1'",
                writer=RAW_WRITER)  # fmt: skip
    shutil.copyfile(yesterday, path)

    names, err = listed(path, capsys)
    assert names == ["Rapat 1"] and "set aside" in err
    assert path.read_bytes() == yesterday.read_bytes()


@pytest.mark.parametrize("writer", [WRITER, RAW_WRITER])
def test_a_file_copied_in_with_its_old_time_is_told_all_the_same(
    tmp_path, meetings, capsys, writer
):
    """Explorer, ``cp -p`` and ``shutil.copy2`` keep the copied file's old time:
    the -wal's identity (another archive's), or the pages that do not fit
    (another program's -wal), still tell."""
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    yesterday = tmp_path / "kemarin.db"
    shutil.copy2(path, yesterday)
    other = archive_with(tmp_path / "lain.db", meetings(7), meetings(8))
    archive_with(path, meetings(2), meetings(3))
    if writer is WRITER:
        crash_after(path, meetings(4), meetings(5))
        shutil.copy2(other, path)
        expected, kept = ["Rapat 7", "Rapat 8"], other
    else:
        crash_after(path, "DELETE FROM meetings WHERE title = 'Rapat 2'", writer=RAW_WRITER)
        shutil.copy2(yesterday, path)
        expected, kept = ["Rapat 1"], yesterday
    assert path.stat().st_mtime_ns < Path(f"{path}-wal").stat().st_mtime_ns

    names, err = listed(path, capsys)
    assert names == expected and "set aside" in err
    assert path.read_bytes() == kept.read_bytes() and integrity(path) == "ok"


def test_a_newer_copy_beside_an_older_wal(tmp_path, meetings, capsys):
    """A copy that went on without the crashed writer's changes: the -wal would
    put older pages into it."""
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    later = tmp_path / "lanjutan.db"
    shutil.copyfile(path, later)
    archive_with(later, meetings(5), meetings(6))
    crash_after(path, meetings(2))
    shutil.copyfile(later, path)

    store = MeetingStore.open(path)
    assert len(store.notices) == 1 and titles(store) == ["Rapat 1", "Rapat 5", "Rapat 6"]
    store.close()
    assert integrity(path) == "ok"


def test_a_restore_never_folds_a_foreign_wal_into_the_archive_it_sets_aside(tmp_path, meetings):
    from core import backups

    path = archive_with(tmp_path / "arsip.db", meetings(1))
    backup = tmp_path / "cadangan.db"
    backups.backup(path, backup)
    other = archive_with(tmp_path / "lain.db", meetings(7))
    crash_after(path, meetings(2))
    shutil.copyfile(other, path)

    aside = backups.restore(backup, path)
    assert aside is not None and integrity(aside) == "ok"
    store = MeetingStore.open(aside)
    assert titles(store) == ["Rapat 7"]
    store.close()


def test_set_aside_is_a_no_op_for_the_archives_own_wal(tmp_path, meetings):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    crash_after(path, meetings(2))
    set_aside_foreign_wal(path)
    assert set_aside_files(path) == [] and Path(f"{path}-wal").exists()


# ---- whoever wrote the -wal: never one that would cut the file ----------------------------


def test_another_programs_crashed_writes_are_recovered(tmp_path, meetings, capsys):
    """A -wal without Notula's identity (the sqlite3 shell, say) beside its own file."""
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    crash_after(path, "UPDATE meetings SET title = 'Diubah'", writer=RAW_WRITER)
    assert listed(path, capsys) == (["Diubah"], "")
    store = MeetingStore.open(path)
    assert store.notices == () and titles(store) == ["Diubah"]
    store.close()


def test_another_programs_wal_is_not_applied_to_a_bigger_archive(tmp_path, meetings, capsys):
    """The incident, with archives of the release before the identity: only the
    sizes tell, and the -wal would cut the file to its own size."""
    path = without_identity(archive_with(tmp_path / "arsip.db", meetings(1)))
    crash_after(path, "UPDATE meetings SET title = 'Diubah'", writer=RAW_WRITER)
    big = archive_with(tmp_path / "besar.db", *(meetings(n) for n in range(10, 16)))
    shutil.copyfile(without_identity(big), path)
    size = path.stat().st_size

    # list upgrades the old archive, so it opens it to write: the -wal goes aside
    names, err = listed(path, capsys)
    assert names == [f"Rapat {n}" for n in range(10, 16)]
    assert "another copy" in err and "set aside" in err
    assert len(set_aside_files(path)) == 1
    assert path.stat().st_size >= size and integrity(path) == "ok"


def test_a_wal_of_another_page_size_is_not_applied(tmp_path, meetings, capsys):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    crash_after(path, "UPDATE meetings SET title = 'Diubah'", writer=RAW_WRITER)
    other = tmp_path / "lain.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    conn.close()
    archive_with(other, meetings(2))
    shutil.copyfile(other, path)
    assert wal_guard.belongs(path, reading=False) is False
    assert listed(path, capsys)[0] == ["Rapat 2"]


# ---- what cannot be told is left to SQLite ------------------------------------------------


def test_an_archive_from_before_the_identity_is_recovered_too(tmp_path, meetings, capsys):
    """An archive of the release before the identity, upgraded by a writer that
    then crashed: the file alone has no identity yet, and it was not changed
    after the -wal was written, so the -wal (upgrade included) is applied."""
    path = without_identity(archive_with(tmp_path / "arsip.db", meetings(1)))
    crash_after(path, meetings(2))
    assert wal_guard.belongs(path, reading=False) is True
    assert listed(path, capsys) == (["Rapat 1", "Rapat 2"], "")


def test_the_commit_count_reads_only_the_current_run_of_frames(tmp_path, meetings):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    crash_after(path, meetings(2), meetings(3))
    # each import is one write transaction: one commit frame each
    assert wal_guard.read_run(Path(f"{path}-wal")).commits == 2


def test_every_write_transaction_moves_the_archive_to_a_new_state(tmp_path, meetings):
    store = MeetingStore.open(tmp_path / "arsip.db")

    def state() -> bytes:
        return store.conn.execute(wal_guard.STATE).fetchone()[0]

    first = state()
    exchange.import_file(store, meetings(1))
    second = state()
    assert second[:24] == first[:24]  # the marker and the uid stay
    assert second[32:] == first[24:32] != second[24:32]  # a new stamp, the old one kept
    meeting_id = store.list_meetings()[0].id
    store.update_meeting(meeting_id, {"location": "Aula"})
    assert state()[32:] == second[24:32]
    store.close()


def test_copies_share_the_uid_and_archives_do_not(tmp_path):
    def uid(path: Path) -> bytes:
        store = MeetingStore.open(path)
        try:
            return store.conn.execute(wal_guard.STATE).fetchone()[0][8:24]
        finally:
            store.close()

    first = tmp_path / "a.db"
    uid_first = uid(first)
    shutil.copyfile(first, tmp_path / "b.db")
    assert uid(tmp_path / "b.db") == uid_first
    assert uid(tmp_path / "c.db") != uid_first


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_backup_and_restore_say_when_they_set_a_wal_aside(tmp_path, meetings, capsys, command):
    path = archive_with(tmp_path / "arsip.db", meetings(1))
    saved = tmp_path / "cadangan.db"
    assert cli.main(["--db", str(path), "backup", str(saved)]) == 0
    other = archive_with(tmp_path / "lain.db", meetings(7))
    crash_after(path, meetings(2))
    shutil.copyfile(other, path)
    capsys.readouterr()
    args = ["backup", str(tmp_path / "baru.db")] if command == "backup" else ["restore", str(saved)]
    assert cli.main(["--db", str(path), *args]) == 0
    err = capsys.readouterr().err
    (aside,) = set_aside_files(path)
    assert f"set aside as {aside.name}" in err
