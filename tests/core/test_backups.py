"""Backups (issue 14, point 3): consistent, checked, private; a bad backup
changes nothing; automatic ones at most daily, 7 daily and 4 weekly kept."""

from __future__ import annotations

import datetime as dt
import logging
import os
import stat
from pathlib import Path

import pytest

from core import backups, cli, exchange
from core.errors import InputError
from core.store import MeetingStore
from tests.core.test_finalise import run

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def archive(tmp_path, example_path):
    path = tmp_path / "arsip.db"
    store = MeetingStore.open(path)
    exchange.import_file(store, example_path)
    store.close()
    return path


def test_backup_is_a_checked_copy_that_never_replaces_a_file(archive, tmp_path, capsys):
    store = MeetingStore.open(archive)  # open and written meanwhile: the copy is consistent
    store.update_meeting(1, {"title": "Judul dalam -wal"})
    dest = tmp_path / "cadangan.db"
    assert run(capsys, "--db", str(archive), "backup", str(dest)) == (0, [], [])
    copy = MeetingStore.open(dest, read_only=True)
    assert copy.get_meeting(1).title == "Judul dalam -wal"
    copy.close()
    store.close()
    assert not (tmp_path / "cadangan.db-wal").exists()
    before = dest.read_bytes()
    code, out, err = run(capsys, "--db", str(archive), "backup", str(dest))
    assert (code, out) == (2, []) and "already exists" in err[0]
    assert dest.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


@POSIX
def test_archive_backups_and_logs_are_their_users_only(archive, tmp_path, monkeypatch):
    assert mode(archive) == 0o600
    info = backups.backup(archive, tmp_path / "b.db")
    assert mode(info.path) == 0o600 and info.meetings == 1
    folder = backups.backups_folder(tmp_path / "data")
    assert mode(folder) == 0o700
    from core import logs, paths

    monkeypatch.setattr(logs, "log_dir", lambda: paths.private_dir(tmp_path / "log"))
    monkeypatch.setattr(logs, "_configured", None)
    secret = "Pernyataan rahasia; NIP " + "1985031420" + "10012003"  # not on one source line
    try:
        raise ValueError(secret)
    except ValueError as exc:
        path = logs.log_exception(exc)
    for handler in logging.getLogger("notula").handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "ValueError" in text and "198503142010012003" not in text and "rahasia" not in text
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    for handler in list(logging.getLogger("notula").handlers):
        logging.getLogger("notula").removeHandler(handler)
        handler.close()


def test_restore_sets_the_archive_aside_and_puts_the_backup_in_place(archive, tmp_path, capsys):
    backups.backup(archive, tmp_path / "b.db")
    store = MeetingStore.open(archive)
    store.update_meeting(1, {"title": "Sesudah cadangan"})
    store.close()
    code, out, err = run(capsys, "--db", str(archive), "restore", str(tmp_path / "b.db"))
    assert (code, err) == (0, [])
    aside = tmp_path / out[0]
    assert aside.is_absolute() and aside.name.startswith("arsip-sebelum-pulih-")
    kept = MeetingStore.open(aside, read_only=True)
    assert kept.get_meeting(1).title == "Sesudah cadangan"
    kept.close()
    restored = MeetingStore.open(archive)
    assert restored.get_meeting(1).title != "Sesudah cadangan"
    restored.close()


@pytest.mark.parametrize("damage", ["random", "pages", "foreign", "empty"])
def test_a_bad_backup_changes_nothing(archive, tmp_path, capsys, damage):
    import sqlite3

    bad = tmp_path / "bad.db"
    if damage == "random":
        bad.write_bytes(os.urandom(8192))
    elif damage == "pages":
        backups.backup(archive, bad)
        data = bytearray(bad.read_bytes())
        for at in range(4096, len(data) - 4096, 4096):  # every page but the first: garbage
            data[at + 8 : at + 1024] = os.urandom(1016)
        bad.write_bytes(bytes(data))
    elif damage == "foreign":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE other (x)")
        conn.commit()
        conn.close()
    else:
        bad.write_bytes(b"")
    before = sorted(p.name for p in tmp_path.iterdir())
    archive_bytes = archive.read_bytes()
    code, out, err = run(capsys, "--db", str(archive), "restore", str(bad))
    assert (code, out, len(err)) == (2, [], 1)
    assert str(bad) in err[0]
    assert archive.read_bytes() == archive_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_automatic_backups_at_most_daily_keeping_7_daily_and_4_weekly(archive, tmp_path):
    folder = tmp_path / "cadangan"
    start = dt.date(2024, 1, 1)
    for n in range(60):
        backups.auto_backup(archive, folder, start + dt.timedelta(days=n))
    assert backups.auto_backup(archive, folder, start + dt.timedelta(days=59)) is None  # once a day
    days = sorted(p.name for p in folder.iterdir())
    daily = [f"notula-{start + dt.timedelta(days=n)}.db" for n in range(53, 60)]
    assert days[-7:] == daily
    older = [dt.date.fromisoformat(name[7:17]) for name in days[:-7]]
    assert len(older) == 4
    assert len({d.isocalendar()[:2] for d in older}) == 4
    listed = backups.list_backups(folder)
    assert [b.path.name for b in listed] == sorted(days, reverse=True)
    assert {b.meetings for b in listed} == {1}


def test_a_backup_refuses_a_missing_folder_and_archive(tmp_path, archive):
    with pytest.raises(InputError, match="does not exist"):
        backups.backup(archive, tmp_path / "nowhere" / "b.db")
    code = cli.main(["--db", str(tmp_path / "none.db"), "backup", str(tmp_path / "b.db")])
    assert code == 2 and not (tmp_path / "none.db").exists()


def _titled(path, title: str) -> None:
    store = MeetingStore.open(path)
    store.update_meeting(1, {"title": title})
    store.close()


def _title(path) -> str:
    store = MeetingStore.open(path, read_only=True)
    try:
        return store.get_meeting(1).title
    finally:
        store.close()


def test_two_restores_within_one_second_keep_both_archives_set_aside(archive, tmp_path):
    """Review F11: the dated name has one-second resolution; the second set-aside
    archive must not replace the first."""
    backup = backups.backup(archive, tmp_path / "b.db").path
    now = dt.datetime(2026, 12, 2, 11, 21, 48)
    _titled(archive, "Sebelum pulih pertama")
    first = backups.restore(backup, archive, now=now)
    _titled(archive, "Sebelum pulih kedua")
    second = backups.restore(backup, archive, now=now)
    assert first != second and first.name == "arsip-sebelum-pulih-20261202-112148.db"
    assert _title(first) == "Sebelum pulih pertama"
    assert _title(second) == "Sebelum pulih kedua"
    assert _title(archive) == _title(backup)


def test_a_restore_refuses_an_archive_another_program_is_writing(archive, tmp_path, capsys):
    """Review F12: a program in the middle of a write transaction keeps the
    archive; nothing is moved and its commit lands in the archive."""
    import sqlite3

    backups.backup(archive, tmp_path / "b.db")
    holder = sqlite3.connect(archive, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE meetings SET title = 'Disimpan program lain' WHERE id = 1")
    wal = tmp_path / "arsip.db-wal"
    before = {p.name for p in tmp_path.iterdir()}
    archive_bytes = archive.read_bytes()
    wal_bytes = wal.read_bytes() if wal.exists() else None
    try:
        code, out, err = run(capsys, "--db", str(archive), "restore", str(tmp_path / "b.db"))
        assert (code, out, len(err)) == (2, [], 1)
        assert "locked by another program" in err[0] and "Traceback" not in err[0]
        assert archive.read_bytes() == archive_bytes
        assert (wal.read_bytes() if wal.exists() else None) == wal_bytes
        assert {p.name for p in tmp_path.iterdir()} - {"arsip.db-shm"} <= before
        holder.execute("COMMIT")
    finally:
        holder.close()
    assert _title(archive) == "Disimpan program lain"
    assert not [p for p in tmp_path.iterdir() if "sebelum-pulih" in p.name]


def test_a_restore_folds_committed_wal_pages_into_the_archive_set_aside(archive, tmp_path):
    """What a program committed into the -wal goes with the archive set aside,
    whole in one file (no -wal is unlinked with data in it)."""
    backup = backups.backup(archive, tmp_path / "b.db").path
    store = MeetingStore.open(archive)
    store.update_meeting(1, {"title": "Hanya di -wal"})
    store.conn.execute("PRAGMA wal_autocheckpoint = 0")
    store.close()
    aside = backups.restore(backup, archive)
    assert not Path(f"{aside}-wal").exists()
    assert _title(aside) == "Hanya di -wal"
    assert _title(archive) == _title(backup)


@POSIX
def test_an_existing_archive_others_may_read_is_made_private_when_opened_to_write(archive, capsys):
    """Review F13: a 0644 archive (copied in, or made before) stayed readable by
    every user of the PC; reading leaves it alone, opening it to write tightens it."""
    os.chmod(archive, 0o644)
    assert run(capsys, "--db", str(archive), "list")[0] == 0
    assert mode(archive) == 0o644
    store = MeetingStore.open(archive)
    assert mode(archive) == 0o600
    assert all(mode(p) == 0o600 for p in archive.parent.glob("arsip.db-*"))
    store.close()
