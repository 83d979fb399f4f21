"""main.py decides between the GUI and the command line (cli.md): no
arguments, or ``--db PATH`` alone, open the GUI; anything else is a command,
and an unknown one is a usage error (exit 2, one line) — never a window that
a script would wait on for ever."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("english_locale")  # the messages below are English (cli.md)


@pytest.fixture
def gui_runs(monkeypatch) -> list[list[str]]:
    """Stand in for gui.app, recording each start instead of opening a window."""
    runs: list[list[str]] = []
    fake = types.ModuleType("gui.app")
    fake.run = lambda argv: runs.append(list(argv)) or 0
    monkeypatch.setitem(sys.modules, "gui.app", fake)
    return runs


@pytest.mark.parametrize("argv", [[], ["--db", "arsip.db"], ["--db=arsip.db"]])
def test_no_command_opens_the_gui(gui_runs, argv):
    assert main.main(argv) == 0
    assert gui_runs == [argv]


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["lsit"], "did you mean 'list'?"),
        (["--db", "arsip.db", "frobnicate"], "unknown command 'frobnicate'"),
        (["--db=arsip.db", "exprot", "1", "x.json"], "did you mean 'export'?"),
        (["-platform", "offscreen"], "unknown option '-platform'"),
        (["--db"], "expected one argument"),
        (["--db", "a.db", "--db", "b.db"], "no command given"),
        (["--frobnicate"], "unknown option '--frobnicate'"),
        (["--db", "arsip.db", "list", "--frobnicate"], "unrecognized arguments"),
    ],
)
def test_anything_else_goes_to_the_command_line(gui_runs, capsys, tmp_path, argv, fragment):
    capsys.readouterr()
    code = main.main(argv)
    out, err = capsys.readouterr()
    assert gui_runs == []
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and fragment in err, err
    assert not (tmp_path / "arsip.db").exists() and not Path("arsip.db").exists()


def test_version_and_help_are_commands(gui_runs, capsys):
    assert main.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("notula ")
    assert main.main(["-h"]) == 0
    assert "import" in capsys.readouterr().out
    assert gui_runs == []


def _main_py(*args: str) -> subprocess.CompletedProcess:
    """main.py in a child with a headless Qt: if it wrongly opened the GUI,
    the event loop would never return and the timeout fails the test."""
    env = {k: v for k, v in os.environ.items() if k != "NOTULA_DB"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["frobnicate"], "unknown command 'frobnicate'"),
        (["serach", "cabai"], "did you mean 'search'?"),
    ],
)
def test_an_unknown_command_is_exit_2_without_a_window(tmp_path, args, fragment):
    result = _main_py("--db", str(tmp_path / "arsip.db"), *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and fragment in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "arsip.db").exists()


def _main_py_without_display(tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """main.py opening the GUI where no window can be opened (no offscreen Qt)."""
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("NOTULA_DB", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        and not k.startswith("LC_")
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "arsip.db")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={**base, **env},
        cwd=tmp_path,
    )


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="always a desktop there")
@pytest.mark.parametrize(
    "env, sentence",
    [
        ({"LANG": "id_ID.UTF-8"}, "notula: Tidak ada layar untuk membuka jendela"),
        ({"LANG": "en_GB.UTF-8"}, "notula: There is no display to open the window on"),
        ({"LANG": "en_GB.UTF-8", "DISPLAY": ":987"}, "notula: The display :987 cannot be opened"),
        ({"LANG": "C.UTF-8", "DISPLAY": ":987"}, "notula: Layar :987 tidak dapat dibuka"),
    ],
)
def test_no_display_is_one_sentence_and_exit_2_not_a_qt_abort(tmp_path, env, sentence):
    if "DISPLAY" in env:
        assert not Path("/tmp/.X11-unix/X987").exists(), "an X server runs on :987"
    result = _main_py_without_display(tmp_path, **env)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(sentence), result.stderr
    assert "notula --help" in result.stderr
    assert not (tmp_path / "arsip.db").exists()
