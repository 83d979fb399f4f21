"""``notula office show`` / ``office set`` as docs/spec/cli.md describes them."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from core import cli

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "office_bangka_barat.json"


@pytest.fixture(autouse=True)
def _english(english):
    """Messages are checked in the source language."""


def run(capsys, *args: str) -> tuple[int, str, list[str]]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def test_set_then_show_gives_back_the_file(tmp_path, capsys):
    db = str(tmp_path / "arsip.db")
    assert run(capsys, "--db", db, "office", "set", str(SAMPLE)) == (0, "", [])
    code, out, err = run(capsys, "--db", db, "office", "show")
    assert (code, err) == (0, [])
    assert out == SAMPLE.read_text(encoding="utf-8") + "\n"
    again = tmp_path / "lagi.json"
    again.write_text(out, encoding="utf-8")
    other = str(tmp_path / "lain.db")
    assert run(capsys, "--db", other, "office", "set", str(again))[0] == 0
    assert run(capsys, "--db", other, "office", "show")[1] == out  # identical round trip


def test_show_without_a_profile_says_so_and_fails(tmp_path, capsys):
    from core.store import MeetingStore

    db = tmp_path / "arsip.db"
    MeetingStore.open(db).close()
    code, out, err = run(capsys, "--db", str(db), "office", "show")
    assert (code, out) == (1, "")
    assert err == [f"notula: {db} has no office profile; set one with: notula office set FILE.json"]


def test_a_bad_file_changes_nothing(tmp_path, capsys):
    db = str(tmp_path / "arsip.db")
    assert run(capsys, "--db", db, "office", "set", str(SAMPLE))[0] == 0
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["office"]["acknowledger"]["nip"] = "19680512"
    data["office"]["paper"] = "A4"
    bad = tmp_path / "salah.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "office", "set", str(bad))
    assert (code, out, len(err)) == (2, "", 1)
    assert err[0].startswith(f"notula: {bad}: $.office.acknowledger.nip: ")
    assert run(capsys, "--db", db, "office", "show")[1] == SAMPLE.read_text("utf-8") + "\n"
    code, _, err = run(capsys, "--db", db, "office", "set", str(tmp_path / "tidak.json"))
    assert (code, err) == (2, [f"notula: {tmp_path / 'tidak.json'}: no such file"])


def test_usage(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "a.db"), "office")
    assert code == 2 and len(err) == 1 and "show|set" in err[0]
    code, _, err = run(capsys, "--db", str(tmp_path / "a.db"), "office", "set")
    assert code == 2 and len(err) == 1 and "FILE.json" in err[0]
    code, _, err = run(capsys, "ofice", "show")
    assert code == 2 and "did you mean 'office'?" in err[0]


def test_show_reads_a_read_only_archive_and_set_is_refused(tmp_path, capsys):
    folder = tmp_path / "arsip"
    folder.mkdir()
    db = folder / "arsip.db"
    assert run(capsys, "--db", str(db), "office", "set", str(SAMPLE))[0] == 0
    db.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        before = {p.name: p.read_bytes() for p in folder.iterdir()}
        code, out, err = run(capsys, "--db", str(db), "office", "show")
        assert (code, err) == (0, []) and json.loads(out)["format"] == "notula.office"
        assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
        code, out, err = run(capsys, "--db", str(db), "office", "set", str(SAMPLE))
        assert code == 2 and len(err) == 1 and "read-only" in err[0]
    finally:
        db.chmod(0o644)
