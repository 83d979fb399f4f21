"""Bad input: exit status 2, one line on stderr naming the file and the JSON
path or line, no traceback, and the archive exactly as it was."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core import cli
from core.store import database as database_module

pytestmark = pytest.mark.usefixtures("english")  # the messages' source text

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = {
    "title": "Rapat Koordinasi",
    "date": "2023-06-12",
    "chair": "a1",
    "note_taker": "a2",
    "agenda": [{"ref": "ag1", "title": "Harga"}],
    "attendees": [
        {"ref": "a1", "name": "Hendra", "nip": "197203151998031004"},
        {"ref": "a2", "position": "Notulis"},
    ],
    "statements": [{"speaker": "a1", "agenda": "ag1", "text": "Harga naik."}],
    "decisions": [{"agenda": "ag1", "text": "Operasi pasar."}],
    "actions": [{"text": "Lapor", "due": "2023-06-30"}],
}


def meeting_file(**changes) -> dict:
    """A valid file with ``changes`` applied to its meeting (None deletes a key)."""
    meeting = json.loads(json.dumps(TEMPLATE))
    for key, value in changes.items():
        if value is None:
            meeting.pop(key, None)
        else:
            meeting[key] = value
    return {"format": "notula.meeting", "version": 1, "meeting": meeting}


def dump(path: Path) -> list[str]:
    """Everything in the archive, through a separate connection."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def archive(tmp_path, example_path) -> Path:
    """An archive that already holds one meeting, so 'unchanged' means something."""
    path = tmp_path / "arsip.db"
    assert cli.main(["--db", str(path), "import", str(example_path)]) == 0
    return path


def run(capsys, *args: str) -> tuple[int, str, list[str]]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def assert_refused(capsys, archive: Path, source: Path, *fragments: str) -> str:
    before = dump(archive)
    code, out, err = run(capsys, "--db", str(archive), "import", str(source))
    assert code == 2, err
    assert out == ""
    assert len(err) == 1, err
    line = err[0]
    assert "Traceback" not in line
    assert str(source) in line
    for fragment in fragments:
        assert fragment in line, line
    assert dump(archive) == before
    return line


# ---- files that are not JSON -----------------------------------------------------------------


def test_empty_file(tmp_path, archive, capsys):
    (tmp_path / "kosong.json").write_bytes(b"")
    assert_refused(capsys, archive, tmp_path / "kosong.json", "empty")
    (tmp_path / "spasi.json").write_bytes(b"  \n\t\n")
    assert_refused(capsys, archive, tmp_path / "spasi.json", "empty")


def test_binary_file(tmp_path, archive, capsys):
    (tmp_path / "gambar.json").write_bytes(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    )
    assert_refused(capsys, archive, tmp_path / "gambar.json", "binary")


def test_random_bytes_without_nul(tmp_path, archive, capsys):
    (tmp_path / "acak.json").write_bytes(bytes(range(128, 256)) * 10)
    assert_refused(capsys, archive, tmp_path / "acak.json", "line 1", "not UTF-8")


def test_truncated_file(tmp_path, archive, capsys):
    text = json.dumps(meeting_file(), indent=1)
    (tmp_path / "putus.json").write_text(text[: len(text) // 2], encoding="utf-8")
    assert_refused(capsys, archive, tmp_path / "putus.json", "line ", "column ", "not valid JSON")


def test_not_utf8(tmp_path, archive, capsys):
    text = json.dumps(meeting_file(title="Rapat di Café"), ensure_ascii=False, indent=1)
    (tmp_path / "latin1.json").write_bytes(text.encode("latin-1"))
    line = assert_refused(capsys, archive, tmp_path / "latin1.json", "not UTF-8")
    title_line = text[: text.index("Café")].count("\n") + 1
    assert f"line {title_line} column " in line


def test_utf16(tmp_path, archive, capsys):
    (tmp_path / "utf16.json").write_text(json.dumps(meeting_file()), encoding="utf-16")
    assert_refused(capsys, archive, tmp_path / "utf16.json", "UTF-16")


@pytest.mark.parametrize("opening, closing", [("[", "]"), ('{"a":', "}")])
def test_nested_100000_levels(tmp_path, archive, capsys, opening, closing):
    path = tmp_path / "dalam.json"
    path.write_text(opening * 100_000 + "1" + closing * 100_000, encoding="utf-8")
    assert_refused(capsys, archive, path, "nested too deeply", "line 1 column")


def test_nested_just_below_the_parser_limit(tmp_path, archive, capsys):
    """Deep, but not too deep to parse: the schema error must not echo the value."""
    data = meeting_file(title=json.loads("[" * 900 + "]" * 900))
    (tmp_path / "agak-dalam.json").write_text(json.dumps(data), encoding="utf-8")
    line = assert_refused(capsys, archive, tmp_path / "agak-dalam.json", "$.meeting.title")
    assert len(line) < 300


def test_50_mb_of_text(tmp_path, archive, capsys):
    path = tmp_path / "besar.txt"
    with path.open("w", encoding="utf-8") as fh:
        chunk = "Rapat dibuka pukul 09.00 WIB oleh Sekretaris Daerah.\n" * 20_000
        while fh.tell() < 50 * 2**20:
            fh.write(chunk)
    assert_refused(capsys, archive, path, "line 1 column 1", "not valid JSON")


def test_a_file_over_the_size_limit(tmp_path, archive, capsys, monkeypatch):
    from core.exchange import read as exchange_read

    monkeypatch.setattr(exchange_read, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "besar.json"
    path.write_text(json.dumps(meeting_file(opening="x" * 2000)), encoding="utf-8")
    assert_refused(capsys, archive, path, "too large")


def test_missing_file_and_folder(tmp_path, archive, capsys):
    assert_refused(capsys, archive, tmp_path / "tidak-ada.json", "no such file")
    (tmp_path / "map").mkdir()
    assert_refused(capsys, archive, tmp_path / "map", "folder")


# ---- JSON that is not a valid notula.meeting v1 file -----------------------------------------

CASES = {
    "top-level-array": ([1, 2], ["$:", "expected a JSON object"]),
    "unknown-format": ({**meeting_file(), "format": "notula.agenda"}, ["$.format"]),
    "no-format": ({"version": 1, "meeting": {}}, ["$.format"]),
    "future-version": ({**meeting_file(), "version": 3}, ["$.version", "version 3"]),
    "version-as-text": ({**meeting_file(), "version": "1"}, ["$.version"]),
    "version-true": ({**meeting_file(), "version": True}, ["$.version"]),
    "title-number": (meeting_file(title=5), ["$.meeting.title", "expected text"]),
    "title-empty": (meeting_file(title=""), ["$.meeting.title"]),
    "title-blank": (meeting_file(title="   "), ["$.meeting.title"]),
    "title-missing": (meeting_file(title=None), ["$.meeting", "'title' is missing"]),
    "attendees-object": (meeting_file(attendees={}), ["$.meeting.attendees", "expected a list"]),
    "present-text": (
        meeting_file(
            attendees=[{"ref": "a1", "name": "X", "present": "ya"}],
            chair=None,
            note_taker=None,
            statements=[],
        ),
        ["$.meeting.attendees[0].present", "true/false"],
    ),  # fmt: skip
    "statement-text-number": (
        meeting_file(statements=[{"speaker": "a1", "text": 5}]),
        ["$.meeting.statements[0].text", "expected text"],
    ),
    "unknown-field": (meeting_file(agenda_items=[]), ["$.meeting", "agenda_items"]),
    "bad-mode": (meeting_file(mode="daring"), ["$.meeting.mode", "daring"]),
    "bad-time": (meeting_file(start_time="9.00"), ["$.meeting.start_time", "HH:MM"]),
    "end-time-25": (meeting_file(end_time="25:00"), ["$.meeting.end_time", "HH:MM"]),
    "uid-upper-case": (
        meeting_file(uid="0D9D1A4E-6A55-4C47-8F3E-3C2B6D0F8A11"),
        ["$.meeting.uid", "UUID"],
    ),
    "attendee-without-name-or-position": (
        meeting_file(attendees=[{"ref": "a1"}, {"ref": "a2", "name": "Y"}]),
        ["$.meeting.attendees[0]", "'name' or 'position'"],
    ),
    "bad-ref": (
        meeting_file(agenda=[{"ref": "ag 1", "title": "x"}], statements=[], decisions=[]),
        ["$.meeting.agenda[0].ref"],
    ),
    "impossible-date": (meeting_file(date="2023-02-30"), ["$.meeting.date", "2023-02-30"]),
    "impossible-due-date": (
        meeting_file(actions=[{"text": "x", "due": "2023-13-01"}]),
        ["$.meeting.actions[0].due"],
    ),
    "date-other-form": (meeting_file(date="12-06-2023"), ["$.meeting.date", "YYYY-MM-DD"]),
    "duplicate-attendee-ref": (
        meeting_file(attendees=[{"ref": "a1", "name": "X"}, {"ref": "a1", "name": "Y"}]),
        ["$.meeting.attendees[1].ref", "duplicate"],
    ),
    "ref-shared-by-agenda-and-attendee": (
        meeting_file(agenda=[{"ref": "a1", "title": "x"}], statements=[], decisions=[]),
        ["'a1'"],
    ),
    "dangling-speaker": (
        meeting_file(statements=[{"speaker": "nobody", "text": "x"}]),
        ["$.meeting.statements[0].speaker", "'nobody'"],
    ),
    "dangling-agenda": (
        meeting_file(decisions=[{"agenda": "ag9", "text": "x"}]),
        ["$.meeting.decisions[0].agenda", "'ag9'"],
    ),
    "dangling-chair": (meeting_file(chair="ketua"), ["$.meeting.chair", "'ketua'"]),
    "dangling-note-taker": (meeting_file(note_taker="x"), ["$.meeting.note_taker"]),
    "nip-17-digits": (
        meeting_file(
            attendees=[
                {"ref": "a1", "name": "X", "nip": "19720315199803100"},
                {"ref": "a2", "name": "Y"},
            ]
        ),
        ["$.meeting.attendees[0].nip", "18"],
    ),  # fmt: skip
    "nip-with-letters": (
        meeting_file(
            attendees=[
                {"ref": "a1", "name": "X", "nip": "19720315199803100A"},
                {"ref": "a2", "name": "Y"},
            ]
        ),
        ["$.meeting.attendees[0].nip"],
    ),  # fmt: skip
    "nip-born-30-february": (
        meeting_file(
            attendees=[
                {"ref": "a1", "name": "X", "nip": "197202301998031004"},
                {"ref": "a2", "name": "Y"},
            ]
        ),
        ["$.meeting.attendees[0].nip", "1972-02-30"],
    ),  # fmt: skip
    "nip-appointed-in-month-13": (
        meeting_file(
            attendees=[
                {"ref": "a1", "name": "X", "nip": "197203151998131004"},
                {"ref": "a2", "name": "Y"},
            ]
        ),
        ["$.meeting.attendees[0].nip"],
    ),  # fmt: skip
    "too-long-line": (meeting_file(city="x" * 1001), ["$.meeting.city", "too long"]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_invalid_file(tmp_path, archive, capsys, case):
    data, fragments = CASES[case]
    path = tmp_path / f"{case}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert_refused(capsys, archive, path, *fragments)


def test_lone_surrogate_escape(tmp_path, archive, capsys):
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps(meeting_file(closing="a\ud800b")), encoding="utf-8")
    assert "\\ud800" in path.read_text(encoding="utf-8")
    assert_refused(capsys, archive, path, "$.meeting.closing", "surrogate")


def test_a_valid_file_still_imports_after_all_that(tmp_path, archive, capsys):
    path = tmp_path / "baik.json"
    path.write_text(json.dumps(meeting_file()), encoding="utf-8")
    code, out, err = run(capsys, "--db", str(archive), "import", str(path))
    assert (code, out.strip(), err) == (0, "2", [])


# ---- archives that cannot be used ------------------------------------------------------------


def assert_db_refused(capsys, db: Path, source: Path, *fragments: str) -> None:
    code, out, err = run(capsys, "--db", str(db), "import", str(source))
    assert code == 2 and out == ""
    assert len(err) == 1 and "Traceback" not in err[0], err
    assert str(db) in err[0]
    for fragment in fragments:
        assert fragment in err[0], err[0]


def test_a_database_that_is_not_sqlite(tmp_path, example_path, capsys):
    db = tmp_path / "catatan.db"
    db.write_text("ini bukan basis data\n" * 100, encoding="utf-8")
    before = db.read_bytes()
    assert_db_refused(capsys, db, example_path, "not a SQLite database")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["catatan.db"]


def test_a_damaged_sqlite_file(tmp_path, archive, example_path, capsys):
    conn = sqlite3.connect(archive)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    raw = archive.read_bytes()
    archive.write_bytes(raw[:100] + b"\xff" * (len(raw) - 100))
    assert_db_refused(capsys, archive, example_path, "damaged")
    for command in (["list"], ["search", "cabai"], ["export", "1", str(tmp_path / "x.json")]):
        code, _, err = run(capsys, "--db", str(archive), *command)
        assert code == 2 and len(err) == 1 and "damaged" in err[0]


def test_another_programs_sqlite_file_is_left_alone(tmp_path, example_path, capsys):
    db = tmp_path / "places.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = dump(db)
    assert_db_refused(capsys, db, example_path, "another program")
    assert dump(db) == before
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_read_only_database(tmp_path, archive, example_path, capsys):
    before = dump(archive)
    archive.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 0444: root ignores it, we do not
    try:
        assert_db_refused(capsys, archive, example_path, "read-only")
    finally:
        archive.chmod(0o644)
    assert dump(archive) == before


def test_a_database_in_a_missing_folder(tmp_path, example_path, capsys):
    db = tmp_path / "tidak-ada" / "arsip.db"
    assert_db_refused(capsys, db, example_path, "does not exist")
    assert not db.parent.exists()


def test_a_database_locked_past_the_timeout(archive, example_path, capsys, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    before = dump(archive)
    holder = sqlite3.connect(archive)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert_db_refused(
            capsys, archive, example_path, "locked by another program; close it and try again"
        )
    finally:
        holder.rollback()
        holder.close()
    assert dump(archive) == before


def test_a_duplicate_uid_names_the_meeting_that_has_it(tmp_path, archive, capsys):
    export = tmp_path / "ekspor.json"
    assert run(capsys, "--db", str(archive), "export", "1", str(export))[0] == 0
    uid = json.loads(export.read_text(encoding="utf-8"))["meeting"]["uid"]
    line = assert_refused(capsys, archive, export, uid, "id 1", "--copy")
    assert "already" in line


# ---- usage -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["export", "99", "x.json"], "99"),
        (["export", "satu", "x.json"], "invalid meeting id 'satu'"),
        (["export", "9" * 30, "x.json"], "too large"),
        (["render", "9" * 30, "--minutes", "x.docx"], "too large"),
        (["import"], "required"),
        (["hapus", "1"], "unknown command 'hapus'"),
        (["lsit"], "did you mean 'list'?"),
        (["list", "--frobnicate"], "unrecognized arguments"),
        (["--db"], "expected one argument"),
        (["search"], "required"),
    ],
)
def test_usage_errors(tmp_path, archive, capsys, args, fragment):
    before = dump(archive)
    if args and args[0] == "--db":
        code, err = _usage(capsys, args)
    else:
        code, err = _usage(capsys, ["--db", str(archive), *args])
    assert code == 2 and len(err) == 1 and fragment in err[0], err
    assert dump(archive) == before


def _usage(capsys, args: list[str]) -> tuple[int, list[str]]:
    """cli.main returns argparse's status too, rather than raising SystemExit."""
    capsys.readouterr()
    code = cli.main(args)
    return code, capsys.readouterr().err.splitlines()


# ---- the same through the real command line --------------------------------------------------


def main_py(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )


@pytest.mark.parametrize("kind", ["truncated", "deep", "dangling", "not-sqlite", "read-only"])
def test_end_to_end_bad_input(tmp_path, example_path, kind):
    db, source = tmp_path / "arsip.db", tmp_path / "rapat.json"
    assert main_py("--db", str(db), "import", str(example_path)).returncode == 0
    source.write_text(json.dumps(meeting_file()), encoding="utf-8")
    if kind == "truncated":
        source.write_text(source.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    elif kind == "deep":
        source.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    elif kind == "dangling":
        source.write_text(json.dumps(meeting_file(chair="ketua")), encoding="utf-8")
    elif kind == "not-sqlite":
        db = tmp_path / "bukan.db"
        db.write_bytes(b"PK\x03\x04 a zip file, not a database" * 50)
    elif kind == "read-only":
        db.chmod(0o444)
    before = db.read_bytes()
    result = main_py("--db", str(db), "import", str(source))
    db.chmod(0o644)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert str(source if kind not in ("not-sqlite", "read-only") else db) in result.stderr
    assert db.read_bytes() == before
