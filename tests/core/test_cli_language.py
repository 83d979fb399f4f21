"""One language per run (cli.md): every line the command line prints is
Indonesian, or English when the locale starts with ``en`` — argparse's own
words and the help text included."""

from __future__ import annotations

import argparse
import re

import pytest

from core import cli, i18n
from tests.conftest import use_locale

ID, EN = "id_ID.UTF-8", "en_US.UTF-8"
COMMANDS = ", ".join(cli.COMMANDS)


@pytest.fixture
def run(capsys, monkeypatch):
    """``notula ARGS`` in-process under ``LANG=lang``: (exit status, stdout, stderr lines)."""
    monkeypatch.setenv("COLUMNS", "100")  # help text wraps at the terminal's width

    def _run(lang: str, *args: str) -> tuple[int, str, list[str]]:
        use_locale(monkeypatch, lang)
        capsys.readouterr()
        code = cli.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err.splitlines()

    return _run


@pytest.fixture
def archive(tmp_path, example_path, run) -> str:
    db = str(tmp_path / "arsip.db")
    assert run(EN, "--db", db, "import", str(example_path))[0] == 0
    return db


def refused(run, lang: str, *args: str) -> str:
    """The one line a usage error prints (exit 2, nothing on stdout)."""
    code, out, err = run(lang, *args)
    assert (code, out, len(err)) == (2, "", 1), (code, out, err)
    return err[0]


# ---- lines this program writes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "args", "expected"),
    [
        (ID, ["frobnicate"],
             f"notula: perintah 'frobnicate' tidak dikenal (perintah: {COMMANDS}; "
             "tanpa argumen, jendela aplikasi dibuka)"),
        (EN, ["frobnicate"],
             f"notula: unknown command 'frobnicate' (commands: {COMMANDS}; "
             "no arguments opens the GUI)"),
        (ID, ["lsit"],
             f"notula: perintah 'lsit' tidak dikenal; maksudnya 'list'? (perintah: {COMMANDS}; "
             "tanpa argumen, jendela aplikasi dibuka)"),
        (EN, ["lsit"],
             f"notula: unknown command 'lsit'; did you mean 'list'? (commands: {COMMANDS}; "
             "no arguments opens the GUI)"),
        (ID, ["--frobnicate"],
             "notula: opsi '--frobnicate' tidak dikenal "
             "(sebelum perintah: --db BERKAS, --version, --help)"),
        (EN, ["--frobnicate"],
             "notula: unknown option '--frobnicate' "
             "(before a command: --db PATH, --version, --help)"),
        (ID, ["--db", "a.db", "--db", "b.db"],
             "notula: tidak ada perintah (jalankan tanpa argumen untuk membuka jendela aplikasi)"),
        (EN, ["--db", "a.db", "--db", "b.db"],
             "notula: no command given (run without arguments for the GUI)"),
    ],
)  # fmt: skip
def test_unknown_command_option_or_none(run, lang, args, expected):
    """Checked before argparse, so these are this program's own lines."""
    assert refused(run, lang, *args) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (ID, "notula: --press {path}: nama berkas harus berakhiran .docx"),
        (EN, "notula: --press {path}: the file name must end in .docx"),
    ],
)
def test_render_refuses_an_output_name_that_is_not_docx(run, tmp_path, lang, expected):
    db, good, bad = tmp_path / "arsip.db", tmp_path / "m.DOCX", tmp_path / "siaran.pdf"
    line = refused(
        run, lang, "--db", str(db), "render", "1", "--minutes", str(good), "--press", str(bad)
    )
    assert line == expected.format(path=bad)
    assert list(tmp_path.iterdir()) == [], "nothing written, not even the archive"


def test_render_takes_docx_in_any_case(run, archive, tmp_path):
    out = tmp_path / "Notula.DOCX"
    code, printed, err = run(ID, "--db", archive, "render", "1", "--minutes", str(out))
    assert (code, printed.splitlines(), err) == (0, [str(out)], [])


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (ID, "notula: render: sebutkan sedikitnya satu dokumen: "
             "--minutes, --attendance atau --press"),
        (EN, "notula: render: name at least one document: --minutes, --attendance or --press"),
    ],
)  # fmt: skip
def test_render_without_a_document(run, archive, lang, expected):
    assert refused(run, lang, "--db", archive, "render", "1") == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (ID, "notula: {path}: ini berkas basis data arsip itu sendiri; pilih berkas lain"),
        (EN, "notula: {path}: is the archive database itself; choose another file"),
    ],
)
def test_the_archive_as_output(run, archive, lang, expected):
    assert refused(run, lang, "--db", archive, "export", "1", archive) == expected.format(
        path=archive
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (ID, ["notula: dihentikan",
              "notula: kesalahan tak terduga: rusak (rinciannya dicatat di {log})"]),
        (EN, ["notula: interrupted", "notula: unexpected error: rusak (details in {log})"]),
    ],
)  # fmt: skip
def test_interrupted_and_unexpected(run, monkeypatch, lang, expected):
    from core.logs import log_file

    def interrupted(args):
        raise KeyboardInterrupt

    def broken(args):
        raise RuntimeError("rusak")

    monkeypatch.setitem(cli.HANDLERS, "list", interrupted)
    assert run(lang, "list")[::2] == (1, [expected[0]])
    monkeypatch.setitem(cli.HANDLERS, "list", broken)
    assert run(lang, "list")[::2] == (1, [expected[1].format(log=log_file())])


# ---- messages of the modules other branches convert -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        pytest.param(ID, "notula: {path}: berkas tidak ada"),
        (EN, "notula: {path}: no such file"),
    ],
)
def test_import_of_a_missing_file(run, tmp_path, lang, expected):
    path = tmp_path / "tidak-ada.json"
    line = refused(run, lang, "--db", str(tmp_path / "arsip.db"), "import", str(path))
    assert line == expected.format(path=path)


@pytest.mark.parametrize(
    ("lang", "words", "foreign"),
    [
        pytest.param(
            ID, ("baris 1 kolom 12",), ("line", "column", "not valid")
        ),
        (EN, ("line 1 column 12", "not valid JSON"), ("baris", "kolom")),
    ],
)  # fmt: skip
def test_import_of_invalid_json(run, tmp_path, lang, words, foreign):
    path = tmp_path / "putus.json"
    path.write_text('{"format": ', encoding="utf-8")
    line = refused(run, lang, "--db", str(tmp_path / "arsip.db"), "import", str(path))
    assert line.startswith(f"notula: {path}: ")
    rest = line.removeprefix(f"notula: {path}: ")
    assert all(w in rest for w in words) and not any(w in rest for w in foreign), line


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (ID, "notula: {path}: baris 1 kolom 2: bukan JSON yang sah (seharusnya ada nama dalam "
             "tanda petik ganda, atau ada koma yang berlebih)"),
        (EN, "notula: {path}: line 1 column 2: not valid JSON (a name in double quotes was "
             "expected, or a comma is one too many)"),
    ],
)  # fmt: skip
def test_office_set_of_invalid_json_gives_the_reason_in_the_same_language(
    run, tmp_path, lang, expected
):
    path = tmp_path / "kantor.json"
    path.write_text("{bad", encoding="utf-8")
    line = refused(run, lang, "--db", str(tmp_path / "arsip.db"), "office", "set", str(path))
    assert line == expected.format(path=path)


@pytest.mark.parametrize(
    ("lang", "words", "foreign"),
    [
        (ID, ("rapat", "999"), ("meeting", "no ")),
        pytest.param(EN, ("meeting", "999"), ("rapat", "tidak")),
    ],
)
def test_unknown_meeting_id(run, archive, tmp_path, lang, words, foreign):
    out = tmp_path / "m.docx"
    line = refused(run, lang, "--db", archive, "render", "999", "--minutes", str(out))
    assert all(w in line for w in words) and not any(w in line for w in foreign), line
    assert not out.exists()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (ID, "notula: {db} belum punya profil kantor; tetapkan dengan: notula office set "
             "BERKAS.json"),
        (EN, "notula: {db} has no office profile; set one with: notula office set FILE.json"),
    ],
)  # fmt: skip
def test_office_show_without_a_profile_names_the_file_as_the_help_does(
    run, archive, lang, expected
):
    """The hint's placeholder is the one the help of office set shows (BERKAS.json)."""
    code, out, err = run(lang, "--db", archive, "office", "show")
    assert (code, out, err) == (1, "", [expected.format(db=archive)])
    assert expected.rsplit(" ", 1)[1] in help_text(run, lang, "office", "set")


# ---- argparse's own words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "args", "expected"),
    [
        (ID, ["render", "x"],
             "notula render: argumen ID: id rapat 'x' tidak sah (harus berupa angka)"),
        (EN, ["render", "x"],
             "notula render: argument ID: invalid meeting id 'x' (expected a number)"),
        (ID, ["export", "9" * 30, "x.json"],
             f"notula export: argumen ID: id rapat '{'9' * 30}' tidak sah (terlalu besar)"),
        (EN, ["export", "9" * 30, "x.json"],
             f"notula export: argument ID: invalid meeting id '{'9' * 30}' (too large)"),
        (ID, ["import"], "notula import: argumen berikut wajib diisi: BERKAS.json"),
        (EN, ["import"], "notula import: the following arguments are required: FILE.json"),
        (ID, ["list", "--frobnicate"], "notula: argumen tidak dikenal: --frobnicate"),
        (EN, ["list", "--frobnicate"], "notula: unrecognized arguments: --frobnicate"),
        (ID, ["--db"], "notula: argumen --db: memerlukan satu argumen"),
        (EN, ["--db"], "notula: argument --db: expected one argument"),
        (ID, ["render", "1", "--minutes"],
             "notula render: argumen --minutes: memerlukan satu argumen"),
        (EN, ["search"], "notula search: the following arguments are required: QUERY"),
        (ID, ["search"], "notula search: argumen berikut wajib diisi: KATA"),
    ],
)  # fmt: skip
def test_usage_errors(run, tmp_path, lang, args, expected):
    assert refused(run, lang, *args) == expected
    assert not (tmp_path / "x.json").exists()


def help_text(run, lang: str, *command: str) -> str:
    code, out, err = run(lang, *command, "--help")
    assert (code, err) == (0, [])
    return out


#: words both helps may share: names of commands, options, formats and programs,
#: and the Indonesian names the English help gives in brackets
NAMES = {
    "notula", "h", "help", "db", "version", "import", "export", "list", "search", "render",
    "copy", "minutes", "attendance", "press", "pdf", "json", "meeting", "docx", "uid", "id",
    "libreoffice", "rapat", "daftar", "hadir", "office", "show", "set",
    "limit", "n", "or", "actions", "open", "series", "xlsx",
    "zoom", "teams", "meet", "csv", "dry", "run", "mark", "absent",
    "finalise", "reopen", "reason", "verify", "backup", "restore",
    "final",  # the same word in Indonesian
}  # fmt: skip


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


@pytest.mark.parametrize(
    "command",
    [[], ["import"], ["export"], ["list"], ["search"], ["render"], ["attendance"], ["office"],
     ["office", "show"], ["office", "set"], ["actions"], ["finalise"], ["reopen"], ["verify"],
     ["backup"], ["restore"]],
)  # fmt: skip
def test_help_is_wholly_in_one_language(run, command):
    indonesian, english = help_text(run, ID, *command), help_text(run, EN, *command)
    shared = words(indonesian) & words(english)
    assert shared <= NAMES, sorted(shared - NAMES)
    assert indonesian.startswith(f"penggunaan: notula {' '.join(command)}".rstrip() + " [-h]")
    assert english.startswith(f"usage: notula {' '.join(command)}".rstrip() + " [-h]")
    assert "\nopsi:\n" in indonesian and "\noptions:\n" in english


def test_top_level_help(run):
    indonesian = help_text(run, ID).splitlines()
    english = help_text(run, EN).splitlines()
    assert indonesian[0] == "penggunaan: notula [-h] [--db BERKAS] [--version] PERINTAH ..."
    assert english[0] == "usage: notula [-h] [--db PATH] [--version] COMMAND ..."
    assert "Notula: notula rapat dan daftar hadir" in indonesian
    assert "Notula: meeting minutes and attendance lists" in english
    assert "perintah:" in indonesian and "commands:" in english
    assert re.fullmatch(r"  -h, --help +tampilkan bantuan ini, lalu keluar", indonesian[5])
    assert re.fullmatch(r"  -h, --help +show this help message and exit", english[5])


def test_render_help(run):
    indonesian = help_text(run, ID, "render")
    english = help_text(run, EN, "render")
    assert re.search(r"--minutes HASIL\.docx +buat notula rapat\n", indonesian)
    assert re.search(r"--minutes OUT\.docx +write the minutes \(notula rapat\)\n", english)
    assert "argumen posisi:\n  ID " in indonesian and "positional arguments:\n  ID " in english


def test_office_help_says_what_each_command_does(run):
    """The commands are described as the others are, as instructions ("tampilkan"),
    and showing the profile is not "printing" it (mencetak is on paper)."""
    top = help_text(run, ID)
    assert re.search(r"\n    office +tampilkan atau ganti profil kantor \(JSON notula\.office", top)
    office = help_text(run, ID, "office")
    assert re.search(r"\n    show +tampilkan profil kantor sebagai JSON notula\.office\n", office)
    assert re.search(r"\n    set +ganti profil kantor dengan isi sebuah berkas\n", office)
    assert re.search(
        r"BERKAS\.json +berkas notula\.office yang akan disimpan ke arsip\n",
        help_text(run, ID, "office", "set"),
    )


# ---- one language, for this program only ----------------------------------------------------


def test_other_parsers_in_the_process_keep_their_own_words(run, capsys):
    run(ID, "--frobnicate")
    other = argparse.ArgumentParser(prog="lain")
    assert other.format_usage() == "usage: lain [-h]\n"
    assert "show this help message and exit" in other.format_help()


def test_the_language_is_fixed_at_the_start_of_the_run(run, monkeypatch):
    """A run decides once: the core's messages follow the language main() chose,
    even if the locale variables change while it runs."""

    def changes_locale(args):
        monkeypatch.setenv("LANG", EN)
        from core.dates import parse_date

        parse_date("2023-02-30")

    monkeypatch.setitem(cli.HANDLERS, "list", changes_locale)
    assert refused(run, ID, "list") == "notula: tanggal tidak valid: '2023-02-30'"
    assert i18n.language() == "id"


def test_a_meeting_file_with_broken_json_is_told_in_one_language(tmp_path, monkeypatch, capsys):
    """Python's own reason ("Expecting ',' delimiter") is translated too."""
    bad = tmp_path / "rapat.json"
    bad.write_text('{"format": "notula.meeting" "version": 2}', encoding="utf-8")
    for lang, expected in (
        (ID, f"notula: {bad}: baris 1 kolom 29: bukan JSON yang sah ("),
        (EN, f"notula: {bad}: line 1 column 29: not valid JSON (a comma (,) was expected)"),
    ):
        monkeypatch.setenv("LANG", lang)
        monkeypatch.delenv("LC_ALL", raising=False)
        monkeypatch.delenv("LC_MESSAGES", raising=False)
        assert cli.main(["--db", str(tmp_path / "a.db"), "import", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(expected), err
        assert "delimiter" not in err
