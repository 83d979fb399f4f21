"""Archives of other releases: today's release archive (0.1) upgrades to the
v2 schema in one transaction and keeps everything; an archive a newer Notula
has upgraded is refused before anything is written."""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database

from core import cli, exchange, i18n
from core.errors import StorageError
from core.exchange import check
from core.store import MeetingStore, schema
from core.store import database as database_module
from tests.core.test_migrations import applied, dump, sql_trace

pytestmark = pytest.mark.usefixtures("english")  # the messages' source text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RELEASE_0_1 = FIXTURES / "archive_release_0_1.sql"
EDITED = " Harga bawang merah juga naik."  # what release 0.1 added to the first statement


def load_fixture(path: Path, sql: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(sql.read_text(encoding="utf-8"))
    conn.close()
    return path


# ---- today's release archive -----------------------------------------------------------------


def test_the_release_archive_is_as_release_0_1_left_it(tmp_path):
    path = load_fixture(tmp_path / "rilis.db", RELEASE_0_1)
    assert applied(path) == ["m001_tables", "m002_search"]


def test_the_release_archive_upgrades_and_keeps_everything(tmp_path, example_path):
    path = load_fixture(tmp_path / "rilis.db", RELEASE_0_1)
    store = MeetingStore.open(path)
    assert applied(path) == schema.migrations.names
    meeting = store.get_meeting(1)
    exported = exchange.meeting_to_dict(meeting)
    assert exported["version"] == 2
    assert list(check.validator(False).iter_errors(exported)) == []
    # everything the sample had, with the clerk's edit, and a uid for each follow-up
    expected = json.loads(example_path.read_text(encoding="utf-8"))
    expected["meeting"]["statements"][0]["text"] += EDITED
    uids = [action.pop("uid") for action in exported["meeting"]["actions"]]
    assert all(uuid.UUID(u).version == 4 for u in uids) and len(set(uids)) == len(uids)
    exported["meeting"].pop("uid")
    assert {**exported, "version": 1} == expected
    # the search index carried over and keeps working
    assert [h.source for h in store.search("bawang")] == ["statements"]
    store.update_meeting(1, {"series": "Rakor Inflasi 2023"})
    assert store.get_meeting(1).series == "Rakor Inflasi 2023"
    store.close()
    # the upgraded archive is up to date: opened again, nothing is applied twice
    MeetingStore.open(path).close()
    assert applied(path) == schema.migrations.names


def test_the_release_archive_exports_as_v2_and_imports_elsewhere_identically(tmp_path):
    path = load_fixture(tmp_path / "rilis.db", RELEASE_0_1)
    store = MeetingStore.open(path)
    exchange.export_file(store, 1, tmp_path / "a.json")
    store.close()
    other = MeetingStore.open(tmp_path / "lain.db")
    exchange.export_file(
        other, exchange.import_file(other, tmp_path / "a.json"), tmp_path / "b.json"
    )
    other.close()
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_a_failing_upgrade_of_the_release_archive_leaves_it_as_it_was(tmp_path, monkeypatch):
    path = load_fixture(tmp_path / "rilis.db", RELEASE_0_1)
    before = dump(path)
    broken = schema.DeferredMigrations("notula")
    broken()(schema.m001_tables)
    broken()(schema.m002_search)

    @broken(name="m003_exchange_v2")
    def half_way(db: Database) -> None:
        schema.m003_exchange_v2(db)  # every column and table added, the uids given ...
        raise RuntimeError("... and then the power went")

    monkeypatch.setattr(database_module, "migrations", broken)
    with pytest.raises(RuntimeError):
        MeetingStore.open(path)
    assert dump(path) == before
    monkeypatch.undo()
    MeetingStore.open(path).close()
    assert applied(path) == schema.migrations.names


def test_the_upgrade_is_one_transaction(tmp_path):
    path = load_fixture(tmp_path / "rilis.db", RELEASE_0_1)
    with sql_trace() as statements:
        MeetingStore.open(path).close()
    begins = [s for s in statements if s.lstrip().upper().startswith("BEGIN")]
    assert begins == ["BEGIN IMMEDIATE"]
    assert sum(s.strip().upper() == "COMMIT" for s in statements) == 1


# ---- an archive of a newer Notula ------------------------------------------------------------


def newer_archive(path: Path, *, wal: bool = False, how: str = "migration") -> Path:
    """An archive a newer release has upgraded: one migration this release does
    not know, or only a schema version (``user_version``) above its own."""
    MeetingStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL" if wal else "PRAGMA journal_mode = DELETE")
    if how == "migration":
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('notula', 'm004_from_the_future', '2027-01-01 00:00:00')"
        )
    else:
        conn.execute(f"PRAGMA user_version = {len(schema.migrations.names) + 1}")
    conn.commit()
    conn.close()
    return path


def files_beside(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir())}


@pytest.mark.parametrize("how", ["migration", "user_version"])
@pytest.mark.parametrize("read_only", [False, True])
def test_a_newer_archive_is_refused_and_not_written(tmp_path, read_only, how):
    path = newer_archive(tmp_path / "baru.db", how=how)
    before = files_beside(path)
    with pytest.raises(StorageError) as info:
        MeetingStore.open(path, read_only=read_only)
    assert info.value.reason == "newer" and info.value.path == str(path)
    assert str(info.value) == (
        f"{path}: the archive was made by a newer Notula; update Notula to open it "
        "(the archive was not changed)"
    )
    assert files_beside(path) == before  # not even switched to WAL: no -wal, no -shm


def test_the_refusal_writes_nothing_at_all(tmp_path):
    path = newer_archive(tmp_path / "baru.db")
    with sql_trace() as statements, pytest.raises(StorageError):
        MeetingStore.open(path)
    writes = ("BEGIN", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "PRAGMA JOURNAL_MODE")
    assert [s for s in statements if s.lstrip().upper().startswith(writes)] == []


def test_a_newer_archive_in_wal_mode_is_left_as_it_was(tmp_path):
    path = newer_archive(tmp_path / "baru.db", wal=True)
    before = dump(path)
    with pytest.raises(StorageError, match="newer Notula"):
        MeetingStore.open(path)
    assert dump(path) == before


@pytest.mark.parametrize(
    "command", [["list"], ["import", "CONTOH"], ["search", "rapat"], ["export", "1", "x.json"]]
)
@pytest.mark.parametrize("how", ["migration", "user_version"])
def test_the_command_line_refuses_a_newer_archive_with_exit_2(
    tmp_path, capsys, example_path, command, how
):
    path = newer_archive(tmp_path / "baru.db", how=how)
    before = files_beside(path)
    args = [str(example_path) if a == "CONTOH" else a for a in command]
    args = [str(tmp_path / a) if a == "x.json" else a for a in args]
    capsys.readouterr()
    assert cli.main(["--db", str(path), *args]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"notula: {path}: the archive was made by a newer Notula; update Notula to open it "
        "(the archive was not changed)\n"
    )
    assert files_beside(path) == before


def test_the_refusal_in_indonesian(tmp_path):
    path = newer_archive(tmp_path / "baru.db")
    i18n.set_language("id")
    with pytest.raises(StorageError, match="dibuat oleh Notula versi yang lebih baru"):
        MeetingStore.open(path)
