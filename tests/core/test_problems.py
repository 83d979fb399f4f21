"""The library's reason inside a clerk's sentence is in the run's language (cli.md:
Indonesian messages use Indonesian words throughout)."""

from __future__ import annotations

import errno
import io
import sqlite3
import zipfile

import pytest
from lxml import etree

from core import cli, i18n
from core.problems import problem


def _error(make):  # noqa: ANN001, ANN202
    try:
        make()
    except Exception as exc:  # noqa: BLE001 - the error itself is what is tested
        return exc
    raise AssertionError("no error")


@pytest.mark.parametrize(
    ("exc", "indonesian", "english"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file or directory"),
         "berkas atau folder tidak ada", "no such file or folder"),
        (PermissionError(errno.EACCES, "Permission denied"), "akses ditolak", "permission denied"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk penuh", "the disk is full"),
        (sqlite3.DatabaseError("database disk image is malformed"),
         "berkas basis data rusak", "the database file is damaged"),
        (sqlite3.DatabaseError("file is not a database"),
         "bukan berkas basis data", "not a database file"),
        (sqlite3.OperationalError("no such table: meetings"),
         "tabel meetings tidak ada", "the table meetings is missing"),
        (sqlite3.DatabaseError('malformed database schema (actions) - near "DELET": syntax error'),
         "daftar tabel basis data rusak (actions)",
         "the database's table list is damaged (actions)"),
        (zipfile.BadZipFile("File is not a zip file"), "bukan paket zip", "not a zip package"),
        (KeyError("There is no item named '[Content_Types].xml' in the archive"),
         "bagian [Content_Types].xml tidak ada", "the part [Content_Types].xml is missing"),
    ],
)  # fmt: skip
def test_known_reasons_are_worded_in_the_runs_language(exc, indonesian, english):
    i18n.set_language("id")
    assert problem(exc) == indonesian
    i18n.set_language("en")
    assert problem(exc) == english


def test_an_xml_error_names_its_line_and_column(indonesian):
    exc = _error(lambda: etree.parse(io.BytesIO(b"<a>\n<b></a>")))
    assert problem(exc) == "tidak tersusun benar di baris 2, kolom 7"


def test_an_unforeseen_reason_is_passed_on_not_lost(indonesian):
    assert problem(sqlite3.OperationalError("something new")) == "something new"
    assert problem(OSError(errno.ELOOP, "Too many levels of symbolic links")) == (
        "Too many levels of symbolic links"
    )


def test_a_text_file_named_docx_is_refused_in_indonesian_words(
    tmp_path, example_path, capsys, indonesian_locale
):
    fake = tmp_path / "notula.docx"
    fake.write_text("bukan dokumen", encoding="utf-8")
    archive = tmp_path / "arsip.db"
    assert cli.main(["--db", str(archive), "import", str(example_path)]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(archive), "verify", str(fake)]) == 2
    err = capsys.readouterr().err
    assert "bukan paket zip" in err and "zip file" not in err


def test_a_damaged_archive_is_named_in_indonesian_words(
    tmp_path, example_path, capsys, indonesian_locale
):
    archive = tmp_path / "arsip.db"
    assert cli.main(["--db", str(archive), "import", str(example_path)]) == 0
    data = bytearray(archive.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's tree, past the header
    archive.write_bytes(bytes(data))
    capsys.readouterr()
    assert cli.main(["--db", str(archive), "list"]) == 2
    err = capsys.readouterr().err
    assert "rusak" in err and "malformed" not in err, err
