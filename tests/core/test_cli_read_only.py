"""The command line on a read-only archive: the commands that only read
(list, search, export, render) work and change nothing; import is refused
with exit 2 and one line naming the problem."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database

from core import cli
from core.store import schema

pytestmark = pytest.mark.usefixtures("english")  # the messages' source text

ROOT = Path(__file__).resolve().parents[2]
READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH  # 0444: root ignores it, we do not


def run(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def beside(path: Path) -> dict[str, bytes]:
    """The archive's folder, file by file (no -wal or -shm may appear)."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir())}


@pytest.fixture
def archive(tmp_path, example_path, capsys) -> Path:
    path = tmp_path / "arsip" / "arsip.db"
    path.parent.mkdir()
    assert cli.main(["--db", str(path), "import", str(example_path)]) == 0
    capsys.readouterr()
    path.chmod(READ_ONLY)
    yield path
    path.chmod(0o644)


def test_list_search_and_export_read_a_read_only_archive(tmp_path, archive, capsys):
    before = beside(archive)
    code, out, err = run(capsys, "--db", str(archive), "list")
    assert (code, err) == (0, []) and out[0].startswith("1\t2023-06-12\t")
    code, out, err = run(capsys, "--db", str(archive), "search", "inflasi")
    assert code == 0 and err == [] and out
    assert all(line.startswith("1\t2023-06-12\t") for line in out)
    target = tmp_path / "ekspor.json"
    assert run(capsys, "--db", str(archive), "export", "1", str(target)) == (0, [], [])
    assert json.loads(target.read_text(encoding="utf-8"))["meeting"]["uid"]
    assert beside(archive) == before


def test_render_reads_a_read_only_archive(tmp_path, archive, capsys):
    before = beside(archive)
    out = tmp_path / "notula.docx"
    code, printed, err = run(capsys, "--db", str(archive), "render", "1", "--minutes", str(out))
    assert (code, printed, err) == (0, [str(out)], [])
    assert out.stat().st_size > 1000
    assert beside(archive) == before


def test_import_into_a_read_only_archive_is_refused(archive, example_path, capsys):
    before = beside(archive)
    code, out, err = run(capsys, "--db", str(archive), "import", "--copy", str(example_path))
    assert code == 2 and out == []
    assert len(err) == 1 and str(archive) in err[0] and "read-only" in err[0], err
    assert beside(archive) == before


def test_another_users_archive_is_read_only_too(tmp_path, example_path, capsys, monkeypatch):
    """Write bits set, but not for us (as root, simulated): read, never write."""
    db = tmp_path / "arsip.db"
    assert cli.main(["--db", str(db), "import", str(example_path)]) == 0
    before = beside(db)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    assert run(capsys, "--db", str(db), "list")[0] == 0
    code, _, err = run(capsys, "--db", str(db), "import", "--copy", str(example_path))
    assert code == 2 and "read-only" in err[0]
    assert beside(db) == before


def test_an_archive_that_needs_an_upgrade_says_so(tmp_path, capsys):
    path = tmp_path / "lama.db"
    db = Database(path)
    schema.migrations.apply(db, stop_before="m002_search")
    db.close()
    path.chmod(READ_ONLY)
    before = beside(path)
    try:
        for command in (["list"], ["search", "rapat"], ["export", "1", str(tmp_path / "x.json")]):
            code, out, err = run(capsys, "--db", str(path), *command)
            assert code == 2 and out == [] and len(err) == 1, err
            assert str(path) in err[0] and "needs an upgrade" in err[0]
    finally:
        path.chmod(0o644)
    assert beside(path) == before


def test_end_to_end(tmp_path, archive):
    before = beside(archive)
    env = {k: v for k, v in os.environ.items() if k != "NOTULA_DB"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(archive), "list"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("1\t2023-06-12\t")
    assert beside(archive) == before
