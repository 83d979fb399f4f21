"""The command line as shared/spec/cli.md describes it: import, export, list,
search, and where the archive is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core import cli, model
from core.store import MeetingStore

ROOT = Path(__file__).resolve().parents[2]


def main_py(*args: str, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "NOTULA_DB"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
        env={**environment, **(env or {})},
        cwd=cwd,
    )


def run(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def _meeting(
    title: str, date: str, text: str, start: str | None = None, status: str | None = None
) -> model.Meeting:
    m = model.Meeting(title=title, date=date, start_time=start, status=status)
    m.attendees = [model.Attendee(name="Hendra Saputra", position="Asisten", id=1)]
    m.statements = [model.Statement(text=text, speaker_id=1)]
    return m


# ---- import, export, list, search ------------------------------------------------------------


def test_import_prints_the_new_id_and_export_round_trips(tmp_path, example_path):
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    first = main_py("--db", str(a), "import", str(example_path))
    assert (first.returncode, first.stdout, first.stderr) == (0, "1\n", "")
    assert main_py("--db", str(a), "export", "1", str(tmp_path / "1.json")).returncode == 0
    assert main_py("--db", str(b), "import", str(tmp_path / "1.json")).stdout == "1\n"
    assert main_py("--db", str(b), "export", "1", str(tmp_path / "2.json")).returncode == 0
    assert (tmp_path / "1.json").read_bytes() == (tmp_path / "2.json").read_bytes()
    exported = json.loads((tmp_path / "1.json").read_text(encoding="utf-8"))
    assert exported["format"] == "notula.meeting" and exported["version"] == 2


def test_import_copy_gives_a_new_uid(tmp_path, example_path, capsys):
    db = str(tmp_path / "a.db")
    assert run(capsys, "--db", db, "import", str(example_path))[:2] == (0, ["1"])
    assert run(capsys, "--db", db, "export", "1", str(tmp_path / "1.json"))[0] == 0
    assert run(capsys, "--db", db, "import", str(tmp_path / "1.json"))[0] == 2
    assert run(capsys, "--db", db, "import", "--copy", str(tmp_path / "1.json"))[:2] == (0, ["2"])
    store = MeetingStore.open(db)
    assert store.get_meeting(1).uid != store.get_meeting(2).uid
    assert store.get_meeting(1).title == store.get_meeting(2).title
    store.close()


def test_list_is_newest_first_one_line_each_with_its_status(tmp_path, capsys):
    db = tmp_path / "a.db"
    store = MeetingStore.open(db)
    store.create_meetings(
        [
            _meeting("Rapat lama", "2021-01-05", "x"),
            _meeting("Rapat\tdengan\nbaris baru", "2023-06-12", "y", "13:30"),
            _meeting("Rapat pagi", "2023-06-12", "z", "08:00", status="final"),
            _meeting("Rapat baru", "2024-02-29", "w"),
        ]
    )
    store.close()
    code, out, err = run(capsys, "--db", str(db), "list")
    assert code == 0 and err == []
    assert out == [
        "4\t2024-02-29\tdraft\tRapat baru",
        "2\t2023-06-12\tdraft\tRapat dengan baris baru",
        "3\t2023-06-12\tfinal\tRapat pagi",
        "1\t2021-01-05\tdraft\tRapat lama",
    ]


def test_search_is_newest_first_with_a_snippet(tmp_path, capsys):
    db = tmp_path / "a.db"
    store = MeetingStore.open(db)
    store.create_meetings(
        [
            _meeting("Rapat A", "2022-01-10", "Harga CABAI rawit naik di pasar."),
            _meeting("Rapat B", "2023-03-01", "Tidak ada yang dibahas."),
            _meeting("Rapat C", "2023-07-20", "Gerakan tanam cabai di pekarangan."),
        ]
    )
    store.close()
    code, out, err = run(capsys, "--db", str(db), "search", "cabai")
    assert code == 0 and err == []
    assert [line.split("\t")[:2] for line in out] == [["3", "2023-07-20"], ["1", "2022-01-10"]]
    assert "[cabai]" in out[0] and "[CABAI]" in out[1]
    assert run(capsys, "--db", str(db), "search", "tanam", "pekarangan")[1][0].startswith("3\t")
    assert run(capsys, "--db", str(db), "search", "tidak-ada-di-mana-mana")[:2] == (0, [])


def test_search_treats_operators_as_text(tmp_path, capsys):
    db = tmp_path / "a.db"
    store = MeetingStore.open(db)
    store.create_meeting(_meeting("Rapat", "2023-01-01", 'Kata "NOT" AND OR NEAR( * ^ dibahas'))
    store.close()
    for query in ['"NOT"', "AND", "NEAR(", "*", "dibahas OR", "-", "(", "'"]:
        code, out, err = run(capsys, "--db", str(db), "search", query)
        assert code == 0 and err in ([], [f"notula: no meeting matched {query!r}"]), (query, err)


# ---- where the archive is --------------------------------------------------------------------


def test_db_option_then_environment_then_the_user_data_folder(tmp_path, example_path):
    data_home = tmp_path / "data"
    env = {"XDG_DATA_HOME": str(data_home), "HOME": str(tmp_path / "home")}
    default = main_py("import", str(example_path), env=env)
    assert default.returncode == 0, default.stderr
    assert (data_home / "Notula" / "notula.db").is_file()

    from_env = tmp_path / "env.db"
    result = main_py("import", str(example_path), env={**env, "NOTULA_DB": str(from_env)})
    assert result.returncode == 0 and from_env.is_file()

    explicit = tmp_path / "explicit.db"
    result = main_py("--db", str(explicit), "list", env={**env, "NOTULA_DB": str(from_env)})
    # --db wins over NOTULA_DB: the archive it names is the one found missing
    assert result.returncode == 2 and result.stdout == "" and str(explicit) in result.stderr
    assert not explicit.exists()
    result = main_py(f"--db={from_env}", "list", env=env)
    assert result.stdout.startswith("1\t2023-06-12\t")


@pytest.mark.parametrize(
    "command",
    [("list",), ("search", "cabai"), ("export", "1", "x.json"), ("office", "show"),
     ("render", "1", "--minutes", "n.docx")],
)  # fmt: skip
def test_a_reading_command_never_creates_the_archive(capsys, tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "belum.db"
    code, out, err = run(capsys, "--db", str(missing), *command)
    assert (code, out) == (2, [])
    assert err == [
        f"notula: {missing}: the archive does not exist (check --db, or import a meeting first)"
    ]
    assert list(tmp_path.iterdir()) == []


def test_a_relative_db_path_is_relative_to_the_working_folder(tmp_path, example_path):
    result = main_py("--db", "relatif.db", "import", str(example_path), cwd=tmp_path)
    assert result.returncode == 0 and (tmp_path / "relatif.db").is_file()


# ---- the command line is not the GUI ---------------------------------------------------------


def test_version_and_help(capsys):
    result = main_py("--version")
    assert result.returncode == 0 and result.stdout.startswith("notula ")
    result = main_py("--help")
    assert result.returncode == 0 and "import" in result.stdout


def test_commands_never_load_qt(tmp_path, example_path):
    code = (
        "import sys, main\n"
        f"assert main.main(['--db', {str(tmp_path / 'a.db')!r}, 'import', "
        f"{str(example_path)!r}]) == 0\n"
        f"assert main.main(['--db', {str(tmp_path / 'a.db')!r}, 'list']) == 0\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'gui')))\n"
        "print('LOADED', loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout


def test_output_survives_a_console_that_cannot_show_every_character(tmp_path, example_path):
    db = tmp_path / "a.db"
    store = MeetingStore.open(db)
    store.create_meeting(_meeting("Rapat di Café “Kopi” — 🇮🇩", "2023-01-01", "kopi"))
    store.close()
    result = main_py("--db", str(db), "list", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("1\t2023-01-01\tdraft\tRapat di Caf?")


def test_a_reader_that_stops_early_is_not_an_error(tmp_path):
    db = tmp_path / "a.db"
    store = MeetingStore.open(db)
    store.create_meetings(
        [
            model.Meeting(title=f"Rapat nomor {i} " + "x" * 60, date="2023-01-01")
            for i in range(3000)
        ]
    )
    store.close()
    result = subprocess.run(
        f'"{sys.executable}" "{ROOT / "main.py"}" --db "{db}" list | head -n 1',
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.startswith("3000\t")
    assert result.stderr == ""


@pytest.mark.parametrize(
    "args, err", [(["list"], []), (["search", "x"], ["notula: no meeting matched 'x'"])]
)
def test_an_empty_archive_prints_nothing(tmp_path, capsys, args, err):
    from core.store import MeetingStore

    MeetingStore.open(tmp_path / "kosong.db").close()
    assert run(capsys, "--db", str(tmp_path / "kosong.db"), *args) == (0, [], err)
