"""The rest of cli.md's contract: exit 1 is one line too, an output file is
never the archive itself, --version agrees with the package, and cli.main
returns every status instead of raising SystemExit."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

import pytest

import core
from core import cli

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def archive(tmp_path, example_path, capsys) -> Path:
    path = tmp_path / "arsip.db"
    assert cli.main(["--db", str(path), "import", str(example_path)]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["export", "1", "{db}"],
        ["export", "1", "{db}-wal"],
        ["render", "1", "--minutes", "{db}"],
        ["render", "1", "--minutes", "ok.docx", "--press", "{db}"],
    ],
)
def test_an_output_file_is_never_the_archive(tmp_path, archive, capsys, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    before = dump(archive)
    args = [part.format(db=archive) for part in command]
    code, out, err = run(capsys, "--db", str(archive), *args)
    assert code == 2 and out == [] and len(err) == 1, err
    assert "archive database itself" in err[0]
    assert dump(archive) == before
    assert not (tmp_path / "ok.docx").exists()


def test_the_archive_by_another_name_is_still_the_archive(tmp_path, archive, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = dump(archive)
    code, _, err = run(capsys, "--db", "arsip.db", "export", "1", str(archive))
    assert code == 2 and "archive database itself" in err[0]
    assert dump(archive) == before


def test_an_unexpected_error_is_one_line_and_exit_1(archive, capsys, monkeypatch):
    def broken(args):
        raise RuntimeError("first line\nsecond line")

    monkeypatch.setitem(cli.HANDLERS, "list", broken)
    code, out, err = run(capsys, "--db", str(archive), "list")
    assert code == 1 and out == []
    assert len(err) == 1 and "first line second line" in err[0] and "details in" in err[0]


def test_an_unexpected_error_is_one_line_even_when_the_log_cannot_be_written(
    archive, capsys, monkeypatch
):
    from core import logs

    def broken(args):
        raise RuntimeError("boom")

    def no_log(exc):
        raise PermissionError("log folder is read-only")

    monkeypatch.setitem(cli.HANDLERS, "list", broken)
    monkeypatch.setattr(logs, "log_exception", no_log)
    code, out, err = run(capsys, "--db", str(archive), "list")
    assert (code, out, err) == (1, [], ["notula: unexpected error: boom"])


def test_version_is_the_package_version(capsys):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert core.__version__ == project["version"]
    assert run(capsys, "--version") == (0, [f"notula {core.__version__}"], [])


def test_help_returns_instead_of_exiting(capsys):
    code, out, err = run(capsys, "--help")
    assert code == 0 and err == [] and any("import" in line for line in out)
    code, out, err = run(capsys, "render", "--help")
    assert code == 0 and any("--minutes" in line for line in out)


def test_search_lines_are_id_tab_date_tab_snippet(archive, capsys):
    code, out, err = run(capsys, "--db", str(archive), "search", "inflasi")
    assert code == 0 and err == [] and out
    for line in out:
        meeting_id, date, snippet = line.split("\t")
        assert meeting_id == "1" and date == "2023-06-12" and "[" in snippet
