"""The search language (cli.md): AND, word*, "phrases", OR, -exclusion, folded
case and diacritics, emoji; parsed without SQL and run through FTS5."""

from __future__ import annotations

import pytest

from core import model
from core.query import QuerySyntaxError, match_expression, parse


def _meeting(date: str, *texts: str) -> model.Meeting:
    m = model.Meeting(title="Rapat", date=date)
    m.attendees = [model.Attendee(name="Budi", id=1)]
    m.statements = [model.Statement(text=t, speaker_id=1) for t in texts]
    return m


@pytest.fixture
def texts(store):
    """One statement per meeting, so a hit names its text by meeting."""
    corpus = [
        "Harga cabai rawit naik",  # 1
        "Harga beras turun di pasar",  # 2
        "Zebra dan kuda di kebun binatang",  # 3
        "Zebra saja yang datang",  # 4
        "Kopi di Café Rakyat enak",  # 5
        "Rapat ditutup dengan 👍 dari semua",  # 6
        "Pengendalian inflasi daerah",  # 7
    ]
    ids = [store.create_meeting(_meeting(f"2023-01-{n + 1:02d}", t)) for n, t in enumerate(corpus)]
    return store, ids


def found(store, query: str) -> list[int]:
    return sorted({h.meeting_id for h in store.search(query)})


@pytest.mark.parametrize(
    "query, expected",
    [
        ("harga cabai", [1]),  # every word must occur
        ("harga", [1, 2]),
        ("harg", []),  # a word is whole unless it ends in *
        ("harg*", [1, 2]),
        ("pengend*", [7]),
        ('"harga beras"', [2]),
        ('"beras harga"', []),  # a phrase keeps its order
        ("cabai OR beras", [1, 2]),
        ("harga cabai OR beras", [1, 2]),  # OR binds the two words beside it
        ("zebra -kuda", [4]),
        ('harga -"beras turun"', [1]),
        ("HARGA CaBaI", [1]),
        ("cafe", [5]),
        ("CAFÉ", [5]),
        ("rákyat", [5]),
        ("👍", [6]),
        ("AND", []),  # FTS5 operators typed are words to look for
        ("NEAR(harga", []),
        ("harga OR", []),  # a dangling OR is the word "or", which no statement has
    ],
)
def test_the_language_finds_what_cli_md_says(texts, query, expected):
    store, ids = texts
    assert found(store, query) == [ids[n - 1] for n in expected]


def test_search_meetings_uses_the_same_language(texts):
    store, ids = texts
    assert store.search_meetings("zebra -kuda") == [ids[3]]
    assert store.search_meetings('"harga beras"') == [ids[1]]
    assert store.search_meetings("harg") == [ids[1], ids[0]]  # typing: the last word a prefix


def test_the_total_is_counted_on_request(texts):
    store, _ = texts
    assert store.count_matches("harga") == 2
    assert store.count_matches("zebra -kuda") == 1
    assert store.count_matches("…") == 0


@pytest.mark.parametrize("query", ['"harga', 'harga "beras', 'x"y'])
def test_an_unclosed_quote_cannot_be_read(query):
    with pytest.raises(QuerySyntaxError, match=r'\*.*"two words".*OR.*-word'):
        parse(query)


def test_only_exclusions_cannot_be_read():
    with pytest.raises(QuerySyntaxError, match="leave out"):
        parse("-kuda -zebra")


def test_the_match_string_quotes_every_piece_of_text():
    assert match_expression('a "b c" d*') == '"a" AND "b c" AND "d"*'
    assert match_expression("a OR b c") == '("a" OR "b") AND "c"'
    assert match_expression("a -b -c") == '("a") NOT ("b" OR "c")'
    assert match_expression('"a""b"') == '"a" AND "b"'
    assert match_expression("* - ... OR") == '"OR"'


def test_typing_makes_only_a_long_last_plain_word_a_prefix():
    assert match_expression("harga cab", typing=True) == '"harga" AND "cab"*'
    assert match_expression("harga ca", typing=True) == '"harga" AND "ca"'
    assert match_expression('"harga cab"', typing=True) == '"harga cab"'
    assert match_expression("harga -cab", typing=True) == '("harga") NOT ("cab")'


def test_find_meetings_walks_lazily_in_whole_days(store):
    days = ["2023-03-01", "2023-03-01", "2023-03-02", "2023-03-03", "2023-03-03", "2023-03-04"]
    ids = [store.create_meeting(_meeting(d, "Harga beras")) for d in days]
    newest = [ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]]  # list order: date, then id
    assert store.find_meetings("harga", 10) == (newest, True)
    # three meetings walked: the third day (2023-03-03) may hold more, so it waits
    assert store.find_meetings("harga", 2) == ([ids[5]], False)
    assert store.find_meetings("harga", 3) == (newest[:3], False)
    assert store.find_meetings("harg", 6) == (newest, True)  # typed: the last word a prefix
    assert store.find_meetings("…", 6) == ([], True)


def test_a_space_after_the_last_word_typed_makes_it_whole():
    assert match_expression("harga cabai", typing=True) == '"harga" AND "cabai"*'
    assert match_expression("harga cabai ", typing=True) == '"harga" AND "cabai"'
