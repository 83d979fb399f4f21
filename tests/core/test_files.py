"""Files Notula writes: whole or not at all, and only where a file belongs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core import cli
from core.errors import InputError
from core.files import check_output, write_atomic


def test_a_new_file_is_written_whole(tmp_path):
    target = tmp_path / "notula.docx"
    write_atomic(target, b"isi")
    assert target.read_bytes() == b"isi"
    assert [p.name for p in tmp_path.iterdir()] == ["notula.docx"]  # no temporary left


def test_an_existing_file_is_replaced(tmp_path):
    target = tmp_path / "rapat.json"
    target.write_bytes(b"lama")
    write_atomic(target, b"baru")
    assert target.read_bytes() == b"baru"


def test_a_symbolic_link_is_refused_and_its_target_kept(tmp_path):
    real = tmp_path / "asli.json"
    real.write_bytes(b"asli")
    link = tmp_path / "tautan.json"
    link.symlink_to(real)
    with pytest.raises(InputError, match="symbolic link"):
        write_atomic(link, b"baru")
    assert real.read_bytes() == b"asli" and link.is_symlink()


def test_a_folder_is_refused(tmp_path):
    (tmp_path / "map").mkdir()
    with pytest.raises(InputError, match="is a folder, not a file"):
        check_output(tmp_path / "map")


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null here")
def test_a_device_is_refused():
    with pytest.raises(InputError, match="device or pipe"):
        check_output(Path("/dev/null"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused(tmp_path):
    fifo = tmp_path / "pipa"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="device or pipe"):
        write_atomic(fifo, b"x")  # would block for ever if opened


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        write_atomic(tmp_path / "tidak-ada" / "x.json", b"x")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "rapat.json"
    target.write_bytes(b"lama")

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(InputError, match="the disk is full"):
        write_atomic(target, b"baru")
    assert target.read_bytes() == b"lama"
    assert [p.name for p in tmp_path.iterdir()] == ["rapat.json"]


def test_render_refuses_a_symlinked_output_before_writing_any_document(
    tmp_path, capsys, example_path
):
    db = str(tmp_path / "arsip.db")
    assert cli.main(["--db", db, "import", str(example_path)]) == 0
    (tmp_path / "elsewhere.docx").write_bytes(b"")
    (tmp_path / "hadir.docx").symlink_to(tmp_path / "elsewhere.docx")
    capsys.readouterr()
    code = cli.main(
        [
            "--db", db, "render", "1",
            "--minutes", str(tmp_path / "notula.docx"),
            "--attendance", str(tmp_path / "hadir.docx"),
        ]
    )  # fmt: skip
    assert code == 2
    assert "symbolic link" in capsys.readouterr().err
    assert not (tmp_path / "notula.docx").exists()  # all or nothing
    assert (tmp_path / "elsewhere.docx").read_bytes() == b""


def test_export_to_a_device_is_refused(tmp_path, capsys, example_path):
    db = str(tmp_path / "arsip.db")
    assert cli.main(["--db", db, "import", str(example_path)]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db, "export", "1", "/dev/null"]) == 2
    assert (
        capsys.readouterr().err
        == "notula: /dev/null: is a device or pipe, not a file; choose another name\n"
    )
