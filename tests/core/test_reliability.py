"""Reliability defects found by review (issue 14, point 4): each test failed
before its fix."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import cli, exchange
from core.errors import DuplicateMeetingError, InputError, StorageError
from core.store import MeetingStore

ROOT = Path(__file__).resolve().parents[2]
WITH_UID = ROOT / "resources" / "sample" / "rakor_inflasi_2023.v2.json"  # the v1 sample has none
POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")


def notula(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """The command line in its own process: a hang is a timeout, not a stuck suite."""
    env = {**os.environ, "LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


# ---- D5: a FIFO or a device is no file to import --------------------------------------


@POSIX
@pytest.mark.parametrize("command", [["import"], ["office", "set"], ["verify"]])
def test_d5_a_fifo_is_refused_at_once_not_waited_on(tmp_path, command):
    fifo = tmp_path / "rapat.json"
    os.mkfifo(fifo)
    MeetingStore.open(tmp_path / "arsip.db").close()
    done = notula("--db", str(tmp_path / "arsip.db"), *command, str(fifo))
    assert done.returncode == 2
    assert "not a regular file (a pipe or a device)" in done.stderr


@POSIX
def test_d5_a_device_is_refused_by_the_reader_of_json_files(tmp_path, store):
    for device in ("/dev/zero", "/dev/null"):
        with pytest.raises(InputError, match="not a regular file"):
            exchange.import_file(store, device)


@POSIX
def test_d5_a_fifo_named_as_the_archive_is_refused(tmp_path):
    fifo = tmp_path / "arsip.db"
    os.mkfifo(fifo)
    with pytest.raises(StorageError, match="not a regular file"):
        MeetingStore.open(fifo)
    done = notula("--db", str(fifo), "list")
    assert done.returncode == 2 and "not a regular file" in done.stderr


# ---- D7: two imports of one file at once ----------------------------------------------


def test_d7_the_import_that_loses_the_race_gets_the_already_in_the_archive_sentence(tmp_path):
    """The loser checked the uid before the winner committed, then inserts: the
    archive refuses the second uid, and the clerk reads the usual sentence."""
    winner, loser = MeetingStore.open(tmp_path / "a.db"), MeetingStore.open(tmp_path / "a.db")
    data = exchange.load_file(WITH_UID)
    check = loser.meeting_id_for_uid
    won: list[int] = []

    def check_then_lose(uid: str) -> int | None:
        seen = check(uid)
        if not won:  # the winner's import lands between the check and the insert
            won.append(exchange.import_data(winner, exchange.load_file(WITH_UID)))
        return seen

    loser.meeting_id_for_uid = check_then_lose
    with pytest.raises(DuplicateMeetingError, match="is already in the archive as id") as lost:
        exchange.import_data(loser, data, name="rapat.json")
    assert lost.value.meeting_id == won[0]
    assert winner.count_meetings() == 1
    winner.close()
    loser.close()


def test_d7_concurrent_command_line_imports(tmp_path):
    db = str(tmp_path / "arsip.db")
    assert notula("--db", db, "list").returncode == 2  # (no archive yet: nothing made)
    MeetingStore.open(db).close()
    env = {**os.environ, "LC_ALL": "en_US.UTF-8", "LANG": "en_US.UTF-8"}
    runs = [
        subprocess.Popen(
            [sys.executable, str(ROOT / "main.py"), "--db", db, "import", str(WITH_UID)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(3)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in runs]
    assert sorted(code for code, _out, _err in results) == [0, 2, 2]
    for code, _out, err in results:
        if code == 2:
            assert "is already in the archive as id 1" in err, err


def test_a_failed_command_line_import_names_no_constraint(tmp_path, capsys):
    db = str(tmp_path / "arsip.db")
    assert cli.main(["--db", db, "import", str(WITH_UID)]) == 0
    capsys.readouterr()
    assert cli.main(["--db", db, "import", str(WITH_UID)]) == 2
    assert "UNIQUE" not in capsys.readouterr().err
