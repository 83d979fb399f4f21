"""Issue 14 review findings F3-F5: files that are not regular files, as inputs
(a participant report that is a pipe or a device) and as outputs (the PDF
beside a document), refused with one sentence before anything is read or
written; the Indonesian sentence for a device output reads whole."""

from __future__ import annotations

import os
import stat

import pytest

from core import cli
from tests.core.test_finalise import run

POSIX = pytest.mark.skipif(os.name != "posix", reason="FIFOs and device nodes")


@pytest.fixture
def db(tmp_path, example_path, capsys) -> str:
    path = str(tmp_path / "arsip.db")
    assert cli.main(["--db", path, "import", str(example_path)]) == 0
    capsys.readouterr()
    return path


@POSIX
@pytest.mark.parametrize("dry_run", [True, False])
def test_an_attendance_report_that_is_a_pipe_is_refused_not_waited_for(
    db, tmp_path, capsys, dry_run
):
    """Review F3: opening a FIFO for reading waited for a writer for ever."""
    fifo = tmp_path / "rep.csv"
    os.mkfifo(fifo)
    args = ["--db", db, "attendance", "1", str(fifo)] + (["--dry-run"] if dry_run else [])
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, [])
    assert err == [f"notula: {fifo}: not a regular file (a pipe or a device)"]


@POSIX
@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_an_attendance_report_that_is_a_device_is_refused(db, capsys, device):
    """Review F3: /dev/zero never ends; /dev/null was read as an empty report."""
    code, out, err = run(capsys, "--db", db, "attendance", "1", device, "--dry-run")
    assert (code, out) == (2, [])
    assert err == [f"notula: {device}: not a regular file (a pipe or a device)"]


@POSIX
def test_the_indonesian_sentence_for_a_device_output_is_whole(db, capsys, indonesian_locale):
    """Review F3: a stray continuation line in id.po ran two sentences together."""
    code, out, err = run(capsys, "--db", db, "export", "1", "/dev/null")
    assert (code, out) == (2, [])
    assert err == ["notula: /dev/null: ini perangkat atau pipa, bukan berkas; pilih nama lain"]


@POSIX
@pytest.mark.parametrize("what", ["fifo", "folder", "device"])
def test_a_pdf_name_that_is_no_place_for_a_file_is_refused_before_anything_is_written(
    db, tmp_path, capsys, monkeypatch, what
):
    """Review F4/F5: the PDF beside a .docx replaced a FIFO or a device node, and a
    folder there ended in "unexpected error" after the .docx was written and left
    a temporary copy of the meeting behind. Every output is checked first (no
    LibreOffice needed: nothing gets as far as converting)."""
    monkeypatch.setenv("NOTULA_SOFFICE", "/bin/true")
    docx, pdf = tmp_path / "q.docx", tmp_path / "q.pdf"
    if what == "fifo":
        os.mkfifo(pdf)
    elif what == "folder":
        pdf.mkdir()
    else:  # a device node like /dev/null (1, 3), made where the test may
        try:
            os.mknod(pdf, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device node needs CAP_MKNOD")
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run(capsys, "--db", db, "render", "1", "--minutes", str(docx), "--pdf")
    assert (code, out, len(err)) == (2, [], 1)
    assert str(pdf) in err[0] and "unexpected" not in err[0]
    assert not docx.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if what == "fifo":
        assert pdf.is_fifo()
    elif what == "folder":
        assert pdf.is_dir() and list(pdf.iterdir()) == []
    else:
        assert pdf.is_char_device()
