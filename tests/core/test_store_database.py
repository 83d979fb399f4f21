"""Opening an archive read-only: what a backup, a colleague's file or a copy
on a CD allows (reading), what it refuses (any change, an upgrade), and that
reading it leaves nothing behind — not even SQLite's -wal and -shm files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlite_utils import Database

from core import exchange, model
from core.errors import StorageError
from core.store import MeetingStore, schema
from core.store.database import is_read_only

pytestmark = pytest.mark.usefixtures("english")  # the messages' source text

READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH  # 0444: root ignores it, we do not


@pytest.fixture
def archive(tmp_path, example_path) -> Path:
    """A closed archive holding the example meeting, made read-only."""
    path = tmp_path / "arsip.db"
    store = MeetingStore.open(path)
    exchange.import_file(store, example_path)
    store.close()
    path.chmod(READ_ONLY)
    yield path
    path.chmod(0o644)


def folder(path: Path) -> dict[str, bytes]:
    """Every file beside the archive, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir())}


def test_no_write_bit_is_read_only_even_for_root(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    path.write_bytes(b"")
    assert not is_read_only(path)
    path.chmod(READ_ONLY)
    assert is_read_only(path)
    path.chmod(0o644)
    monkeypatch.setattr(os, "access", lambda p, mode: False)  # another user's file
    assert is_read_only(path)
    assert not is_read_only(tmp_path / "tidak-ada.db")


def test_a_read_only_archive_reads_and_leaves_nothing_behind(archive):
    before = folder(archive)
    store = MeetingStore.open(archive, read_only=True)
    try:
        [summary] = store.list_meetings()
        meeting = store.get_meeting(summary.id)
        assert meeting.title and meeting.statements
        assert store.search("inflasi")
        assert exchange.dumps(meeting)
    finally:
        store.close()
    assert folder(archive) == before  # no -wal, no -shm, not a byte changed


def test_a_read_only_archive_refuses_every_change(archive):
    before = folder(archive)
    store = MeetingStore.open(archive, read_only=True)
    try:
        with pytest.raises(StorageError, match="read-only"):
            store.create_meeting(model.Meeting(title="Rapat baru", date="2024-01-02"))
        with pytest.raises(StorageError, match="read-only"):
            store.update_meeting(1, {"title": "Judul lain"})
        assert store.get_meeting(1).title != "Judul lain"
    finally:
        store.close()
    assert folder(archive) == before


def test_the_usual_open_still_refuses_a_read_only_file(archive):
    with pytest.raises(StorageError, match="read-only; cannot save changes"):
        MeetingStore.open(archive)


def test_a_writable_file_may_be_opened_read_only_too(tmp_path, example_path):
    path = tmp_path / "arsip.db"
    store = MeetingStore.open(path)
    exchange.import_file(store, example_path)
    store.close()
    store = MeetingStore.open(path, read_only=True)
    try:
        assert store.count_meetings() == 1
    finally:
        store.close()


def test_changes_still_in_the_wal_are_read(tmp_path, example_path):
    """Another program has the archive open (its -wal and -shm are there, with
    changes not yet in the file): the reader sees them."""
    path = tmp_path / "arsip.db"
    writer = MeetingStore.open(path)
    try:
        writer.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        exchange.import_file(writer, example_path)
        assert Path(f"{path}-wal").stat().st_size > 0
        path.chmod(READ_ONLY)
        reader = MeetingStore.open(path, read_only=True)
        try:
            assert reader.count_meetings() == 1
        finally:
            reader.close()
    finally:
        path.chmod(0o644)
        writer.close()


def test_changes_in_a_wal_without_its_shm_are_refused_clearly(tmp_path, example_path):
    """Reading the file alone would show the archive without its latest
    changes; without the -shm index SQLite cannot read them read-only."""
    path = tmp_path / "arsip.db"
    writer = MeetingStore.open(path)
    copy = tmp_path / "salinan" / "arsip.db"
    copy.parent.mkdir()
    try:
        writer.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        exchange.import_file(writer, example_path)
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")  # a copy made without the -shm
    finally:
        writer.close()
    copy.chmod(READ_ONLY)
    before = folder(copy)
    try:
        with pytest.raises(StorageError) as caught:
            MeetingStore.open(copy, read_only=True)
    finally:
        copy.chmod(0o644)
    message = str(caught.value)
    assert str(copy) in message and "arsip.db-wal" in message and "arsip.db-shm" in message
    assert "writable" in message
    assert folder(copy) == before


def test_an_archive_that_needs_an_upgrade_says_so(tmp_path):
    path = tmp_path / "lama.db"
    db = Database(path)
    schema.migrations.apply(db, stop_before="m002_search")
    db.close()
    path.chmod(READ_ONLY)
    before = folder(path)
    try:
        with pytest.raises(StorageError, match="needs an upgrade") as caught:
            MeetingStore.open(path, read_only=True)
    finally:
        path.chmod(0o644)
    assert "read-only" in str(caught.value) and str(path) in str(caught.value)
    assert folder(path) == before


@pytest.mark.parametrize(
    "kind, fragment",
    [
        ("missing", "no such database file"),
        ("empty", "empty"),
        ("foreign", "another program"),
        ("text", "not a SQLite database"),
        ("damaged", "damaged"),
    ],
)
def test_what_cannot_be_read(tmp_path, kind, fragment):
    path = tmp_path / "arsip.db"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.commit()
        conn.close()
    elif kind == "text":
        path.write_text("ini bukan basis data\n" * 100, encoding="utf-8")
    elif kind == "damaged":
        MeetingStore.open(path).close()
        raw = path.read_bytes()
        path.write_bytes(raw[:100] + b"\xff" * (len(raw) - 100))
    before = folder(path) if path.exists() else {}
    with pytest.raises(StorageError, match=fragment) as caught:
        store = MeetingStore.open(path, read_only=True)
        try:  # a damaged page may show only when read
            store.list_meetings()
        except sqlite3.DatabaseError as exc:
            from core.store.database import describe

            raise StorageError(describe(exc, path)) from None
        finally:
            store.close()
    assert str(path) in str(caught.value)
    assert (folder(path) if path.exists() else {}) == before


def test_memory_cannot_be_read_only():
    with pytest.raises(ValueError):
        MeetingStore.open(None, read_only=True)


def test_a_path_with_uri_characters_opens_read_only(tmp_path, example_path):
    path = tmp_path / "arsip 2023 #1 ?50% é" / "arsip?.db"
    path.parent.mkdir()
    store = MeetingStore.open(path)
    exchange.import_file(store, example_path)
    store.close()
    path.chmod(READ_ONLY)
    try:
        store = MeetingStore.open(path, read_only=True)
        assert store.count_meetings() == 1
        store.close()
    finally:
        path.chmod(0o644)
    assert sorted(p.name for p in path.parent.iterdir()) == ["arsip?.db"]


def test_file_uris_keep_drive_letters_and_windows_shares_in_the_path():
    from pathlib import PureWindowsPath

    from core.paths import sqlite_uri

    class WindowsPath(PureWindowsPath):
        def absolute(self):
            return self

    assert sqlite_uri(WindowsPath(r"C:\Arsip\notula #1.db")) == "file:///C:/Arsip/notula%20%231.db"
    assert sqlite_uri(WindowsPath(r"\\server\share\a.db")) == "file:////server/share/a.db"


def test_a_draft_gives_up_on_a_busy_archive_quickly_then_waits_as_before(file_store, tmp_path):
    """The GUI saves drafts while the clerk types: a lock held elsewhere must not
    freeze the keys for the full wait, and the wait is back afterwards."""
    meeting_id = file_store.create_meeting(model.Meeting(title="Rapat", date="2024-01-01"))
    other = sqlite3.connect(tmp_path / "arsip.db", timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as caught:
            file_store.save_draft(meeting_id, model.Statement(text="Kami"), wait_s=0.05)
    finally:
        other.rollback()
        other.close()
    assert caught.value.reason == "locked" and caught.value.path == str(tmp_path / "arsip.db")
    assert file_store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    file_store.save_draft(meeting_id, model.Statement(text="Kami"))
    assert file_store.get_draft(meeting_id).text == "Kami"
