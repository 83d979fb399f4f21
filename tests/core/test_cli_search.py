"""`notula search` as cli.md says: the query language on the command line
(a bare -word is a query word), no match, --limit with the total, syntax errors."""

from __future__ import annotations

import pytest

from core import model
from core.store import MeetingStore
from tests.core.test_cli import run


@pytest.fixture
def archive(tmp_path):
    db = tmp_path / "a.db"
    store = MeetingStore.open(db)
    for n, text in enumerate(["Zebra dan kuda", "Zebra saja", "Harga cabai 👍", "Harga beras"]):
        m = model.Meeting(title=f"Rapat {n + 1}", date=f"2023-02-0{n + 1}")
        m.attendees = [model.Attendee(name="Budi", id=1)]
        m.statements = [model.Statement(text=text, speaker_id=1)]
        store.create_meeting(m)
    store.close()
    return str(db)


def ids(out: list[str]) -> list[str]:
    return [line.split("\t")[0] for line in out]


def test_a_bare_dash_word_excludes_rather_than_being_an_option(archive, capsys):
    code, out, err = run(capsys, "--db", archive, "search", "zebra", "-kuda")
    assert (code, ids(out), err) == (0, ["2"], [])
    code, out, err = run(capsys, "--db", archive, "search", "--limit", "5", "zebra", "-kuda")
    assert (code, ids(out), err) == (0, ["2"], [])


@pytest.mark.parametrize(
    "words, expected",
    [
        (["harga"], ["4", "3"]),
        (["har*"], ["4", "3"]),
        (['"harga beras"'], ["4"]),
        (["cabai", "OR", "beras"], ["4", "3"]),
        (["ZEBRÁ"], ["2", "1"]),
        (["👍"], ["3"]),
    ],
)
def test_the_query_language_on_the_command_line(archive, capsys, words, expected):
    code, out, err = run(capsys, "--db", archive, "search", *words)
    assert (code, ids(out), err) == (0, expected, [])


def test_no_match_is_one_line_on_stderr_and_exit_0(archive, capsys):
    code, out, err = run(capsys, "--db", archive, "search", "gajah")
    assert (code, out) == (0, [])
    assert err == ["notula: no meeting matched 'gajah'"]


def test_more_than_the_limit_prints_the_first_and_says_the_total(archive, capsys):
    code, out, err = run(capsys, "--db", archive, "search", "--limit", "1", "zebra OR harga")
    assert (code, ids(out)) == (0, ["4"])
    assert err == ["notula: 1 of 4 matches shown (--limit N shows more)"]
    code, out, err = run(capsys, "--db", archive, "search", "zebra", "--limit=2")
    assert (code, ids(out), err) == (0, ["2", "1"], [])


@pytest.mark.parametrize("limit", ["0", "-3", "x"])
def test_a_bad_limit_is_a_usage_error(archive, capsys, limit):
    code, out, err = run(capsys, "--db", archive, "search", "--limit", limit, "zebra")
    assert code == 2 and out == [] and len(err) == 1 and "--limit" in err[0]


def test_an_unclosed_quote_exits_2_showing_the_syntax(archive, capsys):
    code, out, err = run(capsys, "--db", archive, "search", '"harga', "beras")
    assert code == 2 and out == []
    assert len(err) == 1 and "not closed" in err[0] and '"two words"' in err[0]
    assert "-word" in err[0] and "word*" in err[0]


def test_the_messages_speak_indonesian(archive, capsys, indonesian_locale):
    assert run(capsys, "--db", archive, "search", "gajah")[2] == [
        "notula: tidak ada rapat yang cocok dengan 'gajah'"
    ]
    code, _, err = run(capsys, "--db", archive, "search", '"harga')
    assert code == 2 and "tanda petik" in err[0] and '"dua kata"' in err[0]
    assert run(capsys, "--db", archive, "search", "--limit", "1", "zebra")[2] == [
        "notula: 1 dari 2 hasil ditampilkan (--limit N menampilkan lebih banyak)"
    ]
