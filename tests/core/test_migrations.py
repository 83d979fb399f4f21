"""Schema upgrades: an archive made by an older schema opens, is upgraded in
one transaction, and its old data becomes searchable."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlite_utils import Database

from core import exchange
from core.store import MeetingStore, schema
from core.store import database as database_module
from tests.core.test_exchange import as_v1

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "archive_v1.sql"


def applied(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@contextmanager
def sql_trace() -> Iterator[list[str]]:
    """Every SQL statement run by the connections opened inside the block."""
    statements: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(statements.append)
        return conn

    sqlite3.connect = traced
    try:
        yield statements
    finally:
        sqlite3.connect = real_connect


def old_archive(path: Path) -> Path:
    """A file made by the first migration only, with a meeting written by hand
    the way that schema stored it."""
    db = Database(path)
    schema.migrations.apply(db, stop_before="m002_search")
    conn = db.conn
    conn.execute(
        "INSERT INTO meetings (id, uid, title, date) VALUES "
        "(1, '7f0c3d9e-1b2a-4c5d-8e9f-0a1b2c3d4e5f', 'Rapat Pimpinan Triwulan', '2019-04-02')"
    )
    conn.execute(
        "INSERT INTO attendees (id, meeting_id, seq, name, position) "
        "VALUES (1, 1, 0, 'Siti Rahmawati', 'Kepala Bappeda')"
    )
    conn.execute(
        "INSERT INTO agenda_items (id, meeting_id, seq, title) VALUES (1, 1, 0, 'Serapan anggaran')"
    )
    conn.execute(
        "INSERT INTO statements (id, meeting_id, seq, speaker_id, text, agenda_id) VALUES "
        "(1, 1, 0, 1, 'Realisasi belanja modal baru 18 persen.', 1)"
    )
    conn.execute(
        "INSERT INTO decisions (id, meeting_id, seq, text) VALUES (1, 1, 0, 'Percepat lelang.')"
    )
    conn.execute(
        "INSERT INTO actions (id, meeting_id, seq, text, owner) "
        "VALUES (1, 1, 0, 'Laporan mingguan', 'Bagian Pembangunan')"
    )
    conn.commit()
    db.close()
    return path


def test_an_archive_of_the_first_schema_is_upgraded_and_searchable(tmp_path):
    path = old_archive(tmp_path / "lama.db")
    assert applied(path) == ["m001_tables"]
    store = MeetingStore.open(path)
    assert applied(path) == schema.migrations.names
    for word, source in [
        ("triwulan", "meetings"),
        ("rahmawati", "attendees"),
        ("bappeda", "attendees"),
        ("serapan", "agenda_items"),
        ("belanja", "statements"),
        ("lelang", "decisions"),
        ("mingguan", "actions"),
    ]:
        hits = store.search(word)
        assert [(h.meeting_id, h.source) for h in hits] == [(1, source)], word
    # and the upgraded archive keeps working: what is added now is indexed too
    store.update_item("statements", 1, {"text": "Realisasi belanja pegawai 40 persen."})
    assert [h.meeting_id for h in store.search("pegawai")] == [1]
    assert store.search("modal") == []
    store.close()


def test_the_frozen_first_release_archive_opens_whole(tmp_path, example_path):
    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()
    store = MeetingStore.open(path)
    assert applied(path) == schema.migrations.names
    meeting = store.get_meeting(1)
    expected = exchange.validate(exchange.load_file(example_path))
    exported = exchange.meeting_to_dict(meeting)
    exported["meeting"].pop("uid")
    assert as_v1(exported) == expected
    assert store.get_setting("default_city") == "Muntok"  # kept: a city alone is no profile
    assert store.office_document() is None
    assert [h.source for h in store.search("cabai")][:1] == ["decisions"]
    assert store.list_people("hendra")[0].nip == "197203151998031004"
    bulog = len(store.search("BULOG"))
    assert bulog > 0
    meeting.uid = None
    store.create_meeting(meeting)
    assert len(store.search("BULOG")) == 2 * bulog
    store.close()


def test_an_up_to_date_archive_is_opened_without_writing(tmp_path):
    path = tmp_path / "a.db"
    MeetingStore.open(path).close()
    before = dump(path)
    with sql_trace() as log:
        MeetingStore.open(path).close()
    assert not [s for s in log if s.lstrip().upper().startswith(("BEGIN", "INSERT", "CREATE"))]
    assert dump(path) == before


def test_a_failing_upgrade_leaves_the_archive_as_it_was(tmp_path, monkeypatch):
    path = old_archive(tmp_path / "lama.db")
    before = dump(path)
    broken = schema.DeferredMigrations("notula")
    broken()(schema.m001_tables)
    broken()(schema.m002_search)

    @broken()
    def m003_broken(db: Database) -> None:
        db.execute("ALTER TABLE meetings ADD COLUMN venue TEXT")
        raise RuntimeError("a bug in a migration")

    monkeypatch.setattr(database_module, "migrations", broken)
    with pytest.raises(RuntimeError):
        MeetingStore.open(path)
    assert dump(path) == before
    assert applied(path) == ["m001_tables"]
    monkeypatch.undo()
    MeetingStore.open(path).close()
    assert applied(path) == schema.migrations.names


def test_programs_opening_a_new_archive_at_once_create_it_once(tmp_path):
    path = tmp_path / "baru.db"
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def open_it() -> None:
        try:
            barrier.wait(5)
            MeetingStore.open(path).close()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert applied(path) == schema.migrations.names
