"""Loading many meetings at once, and reading the archive list a page at a time.

``create_meetings`` sets the search index's insert triggers aside and indexes
the new rows at the end; these tests hold it to giving exactly what the
triggers give, in one transaction, and to leaving nothing behind on failure.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core import model
from core.errors import InputError
from core.store import MeetingStore, schema
from core.store.lock import lock_more_sql, lock_sql
from core.synthetic import meeting_model
from tests.core.test_store_meetings import _transactions, comparable, full_meeting, index_in_step

ROOT = Path(__file__).resolve().parents[2]


def index_rows(store: MeetingStore) -> list[tuple]:
    return store.conn.execute(
        "SELECT rowid, text, meeting_id FROM search_index ORDER BY rowid"
    ).fetchall()


def triggers(store: MeetingStore) -> list[tuple]:
    return store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()


def some_meetings(count: int = 6) -> list[model.Meeting]:
    meetings = [meeting_model(seed, attendees=4, statements=6) for seed in range(count)]
    meetings.append(full_meeting())
    return meetings


def test_bulk_load_indexes_exactly_what_one_by_one_does(tmp_path):
    one, bulk = MeetingStore.open(tmp_path / "a.db"), MeetingStore.open(tmp_path / "b.db")
    for meeting in some_meetings():
        one.create_meeting(meeting)
    ids = bulk.create_meetings(some_meetings())
    assert index_rows(bulk) == index_rows(one)
    assert triggers(bulk) == triggers(one)
    index_in_step(bulk)
    # and the triggers are back: later edits (of the draft; the others are final) keep it in step
    draft_statement = bulk.list_items("statements", ids[-1])[0].id
    bulk.update_item("statements", draft_statement, {"text": "kemenyan di pasar"})
    assert [h.source for h in bulk.search("kemenyan")] == ["statements"]
    index_in_step(bulk)
    one.close()
    bulk.close()


def test_bulk_load_keeps_every_field_link_and_order(store):
    meetings = some_meetings(3)
    ids = store.create_meetings(meetings)
    assert len(ids) == len(meetings)
    for meeting_id, meeting in zip(ids, meetings, strict=True):
        stored = store.get_meeting(meeting_id)
        expected = comparable(meeting)
        got = comparable(stored, meeting)
        expected.pop("uid"), got.pop("uid")
        assert got == expected
    actions = store.get_meeting(ids[-1]).actions
    assert [a.done for a in actions] == [False, True, None]  # stored 0/1, read as bool


def test_bulk_load_adds_to_an_archive_that_has_meetings(store):
    earlier = full_meeting()
    earlier.uid = None
    first = store.create_meeting(earlier)
    ids = store.create_meetings(some_meetings(2))
    assert ids == [first + 1, first + 2, first + 3]
    index_in_step(store)
    assert sorted(h.meeting_id for h in store.search("Keputusan pertama")) == [first, ids[-1]]


def test_bulk_load_is_one_transaction(store):
    groups = _transactions(store, lambda: store.create_meetings(some_meetings(3), chunk=2))
    assert len(groups) == 1


def test_a_bad_meeting_leaves_the_archive_as_it_was(file_store):
    file_store.create_meeting(full_meeting())
    before = list(file_store.conn.iterdump())
    meetings = some_meetings(4)
    meetings[3].statements.append(model.Statement(text="tanpa pembicara", speaker_id=99))
    with pytest.raises(InputError, match="no speaker"):
        file_store.create_meetings(meetings, chunk=2)  # the failure comes in the second chunk
    assert list(file_store.conn.iterdump()) == before
    index_in_step(file_store)


def test_a_failure_inside_an_outer_transaction_undoes_it_all(store):
    meetings = some_meetings(2)
    meetings[-1].statements[0].speaker_id = 99
    with pytest.raises(InputError), store.atomic():
        store.create_meeting(model.Meeting(title="Rapat lain", date="2024-01-02"))
        store.create_meetings(meetings)
    assert store.count_meetings() == 0
    locks = len(lock_sql()) + len(lock_more_sql())
    assert len(triggers(store)) == 3 * len(schema.FTS_SOURCES) + 2 + locks
    index_in_step(store)


def test_an_archive_without_the_insert_triggers_is_not_indexed(store):
    """The bench's "without search index" load: the rows only, as before."""
    for source in schema.FTS_SOURCES:
        store.conn.execute(f"DROP TRIGGER {schema.insert_trigger(source.table)}")
    store.create_meetings(some_meetings(2))
    assert store.conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0
    assert store.count_meetings() == 3


# ---- the archive list, a page at a time -------------------------------------------------


@pytest.fixture
def listed(store):
    meetings = []
    for i in range(23):
        # several meetings a day, some with a start time, across three years
        meetings.append(
            model.Meeting(
                title=f"Rapat {i}",
                date=f"{2021 + i % 3}-0{1 + i % 4}-1{i % 2}",
                start_time=None if i % 3 else f"0{8 + i % 2}:00",
            )
        )
    store.create_meetings(meetings)
    return store


def test_pages_put_together_are_the_whole_list(listed):
    whole = listed.list_meetings()
    assert len(whole) == listed.count_meetings() == 23
    pages = [m for offset in range(0, 23, 5) for m in listed.list_meetings(limit=5, offset=offset)]
    assert pages == whole
    keys = [(m.date, m.start_time or "", m.id) for m in whole]
    assert keys == sorted(keys, reverse=True)


def test_a_year_and_a_set_of_ids_filter_the_list_count_and_position(listed):
    whole = listed.list_meetings()
    for year in (2021, 2022, 2023, 1999):
        of_year = [m for m in whole if m.date.startswith(str(year))]
        assert listed.list_meetings(year) == of_year
        assert listed.count_meetings(year) == len(of_year)
    chosen = [whole[i].id for i in (20, 3, 11, 7)]
    among = [m for m in whole if m.id in chosen]
    assert listed.list_meetings(ids=chosen) == among
    assert listed.list_meetings(2022, ids=chosen) == [m for m in among if "2022" in m.date]
    assert listed.count_meetings(ids=chosen) == 4
    assert listed.list_meetings(ids=[]) == [] and listed.count_meetings(ids=[]) == 0


def test_position_of_a_meeting_in_the_list(listed):
    whole = listed.list_meetings()
    for index, summary in enumerate(whole):
        assert listed.meeting_position(summary.id) == index
    of_2022 = listed.list_meetings(2022)
    for index, summary in enumerate(of_2022):
        assert listed.meeting_position(summary.id, year=2022) == index
    assert listed.meeting_position(whole[0].id, year=1999) is None
    assert listed.meeting_position(whole[5].id, ids=[whole[2].id, whole[5].id]) == 1
    assert listed.meeting_position(12345) is None


def test_years_newest_first(listed, store):
    assert listed.meeting_years() == [2023, 2022, 2021]


def test_years_of_an_empty_archive(store):
    assert store.meeting_years() == []


# ---- what opening the archive costs ---------------------------------------------------


def test_opening_and_listing_needs_neither_sqlite_utils_nor_babel(file_store, tmp_path):
    """The GUI's start reads through the plain connection; sqlite-utils (about
    100 ms to import) comes with the first write, over the same connection."""
    file_store.create_meetings(some_meetings(2))
    path = file_store.conn.execute("PRAGMA database_list").fetchone()[2]
    file_store.close()
    code = (
        "import sys\n"
        "from core.store import MeetingStore\n"
        f"store = MeetingStore.open({path!r})\n"
        "assert len(store.list_meetings(limit=200)) == 3 and store.count_meetings() == 3\n"
        "store.meeting_years(); store.get_setting('language'); store.meeting_position(1)\n"
        "late = [m for m in ('sqlite_utils', 'babel', 'numpy') if m in sys.modules]\n"
        "assert late == [], late\n"
        "store.set_settings({'language': 'en'})\n"
        "assert 'sqlite_utils' in sys.modules and store.db.conn is store.conn\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr


def test_the_plain_connection_is_set_up_as_sqlite_utils_sets_it_up(tmp_path):
    from sqlite_utils import Database

    pragmas = ("recursive_triggers", "foreign_keys", "journal_mode", "synchronous", "busy_timeout")

    def read(conn: sqlite3.Connection) -> dict[str, object]:
        return {p: conn.execute(f"PRAGMA {p}").fetchone()[0] for p in pragmas}

    store = MeetingStore.open(tmp_path / "a.db")
    assert store._db is None  # not wrapped yet
    before = read(store.conn)
    assert before["recursive_triggers"] == 1 and before["foreign_keys"] == 1
    assert store.db.conn is store.conn
    assert read(store.conn) == before
    assert read(Database(store.conn).conn) == before
    store.close()


def test_deferred_migrations_match_sqlite_utils(tmp_path):
    from sqlite_utils.migrations import Migrations

    assert schema.DeferredMigrations.migrations_table == Migrations.migrations_table
    store = MeetingStore.open(tmp_path / "a.db")
    applied = schema.migrations.applied_names(store.conn)
    assert (
        applied
        == schema.migrations.names
        == [
            "m001_tables",
            "m002_search",
            "m003_exchange_v2",
            "m004_office_profile",
            "m005_search_words",
            "m006_followup_keys",
            "m007_person_emails",
            "m008_final_lock",
            "m009_attendance_sources",
            "m010_archive_identity",
            "m011_final_lock_more",
        ]
    )
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(applied)
    assert schema.migrations.is_current(applied)
    assert [m.name for m in schema.migrations.built().applied(store.db)] == applied
    store.close()
