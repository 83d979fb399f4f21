"""Full-text search: every part of a meeting, folded for case and diacritics,
kept in step with every change, newest first, with a snippet."""

from __future__ import annotations

import pytest

from core import model
from core.query import QuerySyntaxError, match_expression
from core.store.search import MEETINGS_SQL


def _meeting(date: str, title: str = "Rapat", **parts) -> model.Meeting:
    m = model.Meeting(title=title, date=date)
    m.agenda = parts.get("agenda", [model.AgendaItem(title="Lain-lain", id=1)])
    m.attendees = parts.get("attendees", [model.Attendee(name="Budi", id=1)])
    m.statements = parts.get("statements", [])
    m.decisions = parts.get("decisions", [])
    m.actions = parts.get("actions", [])
    return m


@pytest.fixture
def rakor(store):
    """One meeting with a distinct word in each searchable place."""
    m = _meeting(
        "2023-06-12",
        title="Rakor Pengendalian Inflasi",
        agenda=[model.AgendaItem(title="Harga bahan pokok", notes="catatan gudang", id=1)],
        attendees=[
            model.Attendee(
                name="Ir. Hendra Saputra, M.T.",
                position="Asisten Perekonomian",
                organization="Setda Bangka Barat",
                represents="Sekretaris Daerah",
                id=1,
            ),
            model.Attendee(position="Kepala BPS", id=2),
        ],
        statements=[
            model.Statement(text="Harga cabai rawit naik menjadi Rp85.000.", speaker_id=1),
            model.Statement(text="Stok beras di gudang BULOG cukup.", speaker_id=2),
        ],
        decisions=[model.Decision(text="Operasi pasar murah digelar bergiliran.")],
        actions=[model.Action(text="Menyusun jadwal", owner="Dinas Perdagangan")],
    )
    return store, store.create_meeting(m)


@pytest.mark.parametrize(
    "word, source",
    [
        ("inflasi", "meetings"),
        ("pokok", "agenda_items"),
        ("gudang", "agenda_items"),  # the agenda item's notes (also said in a statement)
        ("saputra", "attendees"),
        ("perekonomian", "attendees"),
        ("bangka", "attendees"),
        ("sekretaris", "attendees"),
        ("bps", "attendees"),
        ("rawit", "statements"),
        ("bergiliran", "decisions"),
        ("jadwal", "actions"),
        ("perdagangan", "actions"),
    ],
)
def test_every_part_of_a_meeting_is_searchable(rakor, word, source):
    store, meeting_id = rakor
    hits = store.search(word)
    assert (meeting_id, source) in [(h.meeting_id, h.source) for h in hits]
    assert all(h.title == "Rakor Pengendalian Inflasi" and h.date == "2023-06-12" for h in hits)


@pytest.mark.parametrize(
    "stored, query",
    [
        ("PEMERINTAH KOTA", "pemerintah"),
        ("pemerintah kota", "PEMERINTAH"),
        ("Rapat di Café Kopi", "cafe"),
        ("Rapat di Cafe Kopi", "café"),
        ("Rapat di Cafe\u0301 Kopi", "cafe"),  # decomposed: e + combining acute
        ("Ḍaerah Khusus", "daerah"),
        ("naïve", "NAIVE"),
        ("Jum'at", "jum"),
    ],
)
def test_text_is_folded_for_case_and_diacritics(store, stored, query):
    store.create_meeting(_meeting("2023-01-01", statements=[model.Statement(stored, 1)]))
    hits = store.search(query)
    assert [h.source for h in hits] == ["statements"], (stored, query)


def test_results_are_newest_first_whatever_the_order_of_entry(store):
    dates = ["2022-05-01", "2024-01-15", "2019-12-31", "2023-06-12", "2024-01-14"]
    ids = {}
    for date in dates:
        ids[date] = store.create_meeting(
            _meeting(date, statements=[model.Statement("anggaran dibahas", 1)])
        )
    hits = store.search("anggaran")
    assert [h.date for h in hits] == sorted(dates, reverse=True)
    assert store.search_meetings("anggaran") == [ids[d] for d in sorted(dates, reverse=True)]


def test_limit_returns_the_newest_matches_only(store):
    meetings = [
        _meeting(f"2020-01-{day:02d}", statements=[model.Statement("kata umum", 1)] * 30)
        for day in range(1, 29)
    ]
    store.create_meetings(meetings)
    hits = store.search("umum", limit=50)
    assert len(hits) == 50
    assert {h.date for h in hits} == {"2020-01-28", "2020-01-27"}
    assert len(store.search_meetings("umum", limit=5)) == 5
    assert store.search_meetings("umum", limit=5)[0] == store.search("umum")[0].meeting_id


def test_a_search_does_not_sort_or_rank_every_match(store):
    """The plan must let FTS5 walk the index newest first and stop at the limit."""
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT rowid FROM search_index WHERE search_index MATCH ? "
        "ORDER BY rowid DESC LIMIT 50",
        ["kata"],
    ).fetchall()
    assert not any("TEMP B-TREE" in row[-1] for row in plan), plan


def test_year_limits_the_search_to_one_year(store):
    for date in ["2022-12-31", "2023-01-01", "2023-12-31", "2024-01-01"]:
        store.create_meeting(_meeting(date, statements=[model.Statement("evaluasi", 1)]))
    assert [h.date for h in store.search("evaluasi", year=2023)] == ["2023-12-31", "2023-01-01"]
    assert store.search("evaluasi", year=2021) == []


def test_snippet_marks_the_match(rakor):
    store, _ = rakor
    [hit] = [h for h in store.search("rawit") if h.source == "statements"]
    assert "[rawit]" in hit.snippet and "\n" not in hit.snippet


def test_every_word_must_occur_and_the_last_may_be_a_prefix(rakor):
    store, meeting_id = rakor
    assert [h.source for h in store.search("harga cabai")] == ["statements"]
    assert store.search("harga kedelai") == []
    assert store.search("cab") == []
    assert [h.source for h in store.search("harga cab", prefix=True)] == ["statements"]
    assert store.search_meetings("infla") == [meeting_id]


@pytest.mark.parametrize(
    "query", ["AND", "OR NOT", "NEAR(a b)", "*", "-", "(", ")", "^", "a:b", "'", "  "]
)
def test_operators_are_text_not_syntax(rakor, query):
    store, _ = rakor
    assert isinstance(store.search(query), list)
    assert isinstance(store.search_meetings(query), list)


def test_match_expression_quotes_every_word():
    assert match_expression("harga  CABAI") == '"harga" AND "CABAI"'
    assert match_expression('x" OR "y') == '"x" AND " OR " AND "y"'
    assert match_expression("cab", typing=True) == '"cab"*'
    assert match_expression("c", typing=True) == '"c"'
    assert match_expression(" .,; ") is None


def test_an_unclosed_quote_is_a_syntax_error(rakor):
    store, _ = rakor
    with pytest.raises(QuerySyntaxError, match="not closed"):
        store.search('"harga cabai')


def test_the_index_follows_every_change(rakor):
    store, meeting_id = rakor
    statement = store.list_items("statements", meeting_id)[0]
    store.update_item("statements", statement.id, {"text": "Harga bawang merah turun."})
    assert store.search("rawit") == []
    assert [h.source for h in store.search("bawang")] == ["statements"]

    store.update_meeting(meeting_id, {"title": "Rakor Ketahanan Pangan"})
    assert store.search("inflasi") == []
    assert store.search("ketahanan")[0].title == "Rakor Ketahanan Pangan"

    attendee = store.list_items("attendees", meeting_id)[1]
    store.update_item("attendees", attendee.id, {"position": "Kepala Dinas Pangan"})
    assert store.search("bps") == []

    action = store.list_items("actions", meeting_id)[0]
    store.delete_item("actions", action.id)
    assert store.search("jadwal") == []

    item = store.add_item("decisions", meeting_id, model.Decision(text="Subsidi ongkos angkut."))
    assert [h.source for h in store.search("ongkos")] == ["decisions"]
    removed = store.delete_item("decisions", item.id)
    assert store.search("ongkos") == []
    store.restore_item(removed)
    assert [h.source for h in store.search("ongkos")] == ["decisions"]

    store.update_meeting(meeting_id, {"date": "2020-02-02"})
    assert {h.date for h in store.search("bawang")} == {"2020-02-02"}

    store.delete_meeting(meeting_id)
    assert store.search("bawang") == [] and store.search("saputra") == []
    assert store.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


def test_search_meetings_is_each_matching_meeting_once_newest_first(store):
    import random

    rng = random.Random(7)
    meetings = []
    phrases = ["pasar murah", "harga pasar", "lain"]
    for _ in range(60):
        texts = [rng.choice(phrases) for _ in range(rng.randrange(1, 6))]
        m = _meeting(
            f"20{rng.randrange(15, 24)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 10)}",
            title=rng.choice(["Rapat pasar", "Rapat"]),
            statements=[model.Statement(t, 1) for t in texts],
        )
        meetings.append(m)
    store.create_meetings(meetings)
    expected: dict[int, None] = {}
    for (meeting_id,) in store.db.execute(
        "SELECT meeting_id FROM search_index WHERE search_index MATCH 'pasar' ORDER BY rowid DESC"
    ):
        expected.setdefault(meeting_id)
    assert store.search_meetings("pasar", limit=1000) == list(expected)
    assert store.search_meetings("pasar", limit=7) == list(expected)[:7]
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN " + MEETINGS_SQL, ['"pasar"', 0, 2**63 - 1, 5]
    ).fetchall()
    assert not any("ORDER BY" in row[-1] for row in plan), plan
