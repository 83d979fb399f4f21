"""``render`` on the command line, as shared/spec/cli.md says."""

from __future__ import annotations

import pytest

from core.cli import main
from core.reports import pdf
from tests.core.reports_helpers import open_docx, texts


@pytest.fixture
def archive(tmp_path, example_path, capsys):
    db = tmp_path / "arsip.db"
    assert main(["--db", str(db), "import", str(example_path)]) == 0
    meeting_id = capsys.readouterr().out.strip()
    return str(db), meeting_id


def test_render_all_three_with_pdf(tmp_path, archive, capsys):
    db, mid = archive
    out = {k: tmp_path / f"{k}.docx" for k in ("m", "a", "p")}
    args = ["--db", db, "render", mid, "--minutes", str(out["m"]), "--attendance", str(out["a"]),
            "--press", str(out["p"])]  # fmt: skip
    if pdf.find_office() is not None:
        args.append("--pdf")
    assert main(args) == 0
    printed = capsys.readouterr().out.split()
    assert printed[:3] == [str(out["m"]), str(out["a"]), str(out["p"])]
    assert "NOTULA" in texts(open_docx(out["m"]))
    assert "DAFTAR HADIR" in texts(open_docx(out["a"]))
    assert "SIARAN PERS" in texts(open_docx(out["p"]))
    if "--pdf" in args:
        assert all(p.with_suffix(".pdf").stat().st_size > 1000 for p in out.values())


def test_no_document_asked_is_a_usage_error(archive, capsys):
    db, mid = archive
    assert main(["--db", db, "render", mid]) == 2
    err = capsys.readouterr().err
    assert "--minutes" in err and err.count("\n") == 1


def test_unknown_meeting_is_exit_2_and_writes_nothing(tmp_path, archive, capsys):
    db, _ = archive
    out = tmp_path / "m.docx"
    assert main(["--db", db, "render", "999", "--minutes", str(out)]) == 2
    assert "999" in capsys.readouterr().err and not out.exists()


def test_missing_folder_or_same_file_twice_writes_nothing(tmp_path, archive, capsys):
    db, mid = archive
    ok, bad = tmp_path / "m.docx", tmp_path / "tidak-ada" / "a.docx"
    assert main(["--db", db, "render", mid, "--minutes", str(ok), "--attendance", str(bad)]) == 2
    assert "does not exist" in capsys.readouterr().err and not ok.exists()
    assert main(["--db", db, "render", mid, "--minutes", str(ok), "--press", str(ok)]) == 2
    assert not ok.exists()


def test_pdf_without_libreoffice_writes_the_documents_then_says_so(
    tmp_path, archive, capsys, monkeypatch
):
    monkeypatch.setenv("NOTULA_SOFFICE", str(tmp_path / "no-soffice"))
    db, mid = archive
    out = tmp_path / "m.docx"
    assert main(["--db", db, "render", mid, "--minutes", str(out), "--pdf"]) == 1
    err = capsys.readouterr().err
    assert out.exists() and not out.with_suffix(".pdf").exists()
    assert "LibreOffice" in err and "sudo apt-get install libreoffice-writer-nogui" in err
    assert err.count("\n") == 1
