"""The command line (see shared/spec/cli.md). Never imports Qt.

Exit status: 0 success; 2 bad input or usage, with one line on stderr that
names the problem and nothing written; 1 any other failure. :func:`main`
returns the status rather than exiting (argparse's own exits included), so
``main.py`` and the tests can call it in-process.

The commands that only read the archive (``list``, ``search``, ``export``,
``render``, ``office show``) open a read-only archive file read-only instead of refusing it;
``import`` still refuses it (exit 2), since it must write.

All messages of one run are in one language (cli.md): :func:`main` fixes it
from the locale before anything is said, argparse's own words included.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from core import __version__
from core import cli_records as records
from core.errors import InputError, NotulaError, StorageError
from core.i18n import _, argparse_speaking, locale_language, set_language
from core.paths import database_path

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
COMMANDS = ("import", "export", "list", "search", "render", "office", *records.COMMANDS)
GLOBAL_OPTIONS = ("--version", "-h", "--help")
#: commands that never change the archive, so a read-only file is no obstacle
READING = frozenset({"export", "list", "search", "render"})
MAX_ID = 2**63 - 1  # SQLite's largest integer; a longer number is no id


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as the contract says
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def _meeting_id(text: str) -> int:
    """A meeting id as typed: a number SQLite can look up (a 30-digit number
    would otherwise reach SQLite and fail as an "unexpected error", exit 1)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("invalid meeting id {text!r} (expected a number)").format(text=text)
        ) from None
    if abs(value) > MAX_ID:
        raise argparse.ArgumentTypeError(
            _("invalid meeting id {text!r} (too large)").format(text=text)
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    # no abbreviations (--vers, --d): main.py recognises --db only when spelt out
    # metavars are placeholders, not names, so they are words of the run's language too
    json_file, out_docx, meeting = _("FILE.json"), _("OUT.docx"), _("ID")
    parser = _Parser(
        prog="notula",
        description=_("Notula: meeting minutes and attendance lists"),
        allow_abbrev=False,
    )
    parser.add_argument("--db", metavar=_("PATH"), help=_("the archive database file"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"notula {__version__}",
        help=_("show the version number and exit"),
    )
    parser.set_defaults(reading=False)
    sub = parser.add_subparsers(
        dest="command", parser_class=_Parser, title=_("commands"), metavar=_("COMMAND")
    )
    p = sub.add_parser("import", help=_("import a notula.meeting JSON file"))
    p.add_argument("--copy", action="store_true", help=_("import under a new uid"))
    p.add_argument("file", metavar=json_file, help=_("the file to import"))
    p = sub.add_parser("export", help=_("export one meeting as notula.meeting JSON"))
    p.add_argument(
        "id", type=_meeting_id, metavar=meeting, help=_("the meeting's id, as list shows it")
    )
    p.add_argument("file", metavar=json_file, help=_("the file to write"))
    sub.add_parser("list", help=_("list meetings, newest first"))
    p = sub.add_parser("search", help=_("full-text search, newest first"))
    p.add_argument("query", nargs="+", metavar=_("QUERY"), help=_("the words to look for"))
    p = sub.add_parser("render", help=_("write the meeting's documents"))
    p.add_argument(
        "id", type=_meeting_id, metavar=meeting, help=_("the meeting's id, as list shows it")
    )
    p.add_argument("--minutes", metavar=out_docx, help=_("write the minutes (notula rapat)"))
    p.add_argument(
        "--attendance", metavar=out_docx, help=_("write the attendance list (daftar hadir)")
    )
    p.add_argument("--press", metavar=out_docx, help=_("write the press-release draft"))
    p.add_argument(
        "--pdf", action="store_true", help=_("also a PDF beside each document (LibreOffice)")
    )
    p = sub.add_parser("office", help=_("show or set the office profile (notula.office JSON)"))
    office = p.add_subparsers(
        dest="office_command", metavar="show|set", required=True, parser_class=_Parser
    )
    office.add_parser("show", help=_("print the office profile")).set_defaults(reading=True)
    office.add_parser("set", help=_("replace the office profile")).add_argument(
        "file", metavar=json_file, help=_("the notula.office file to store")
    )
    records.add_parsers(sub, _meeting_id)
    return parser


def _unknown_command(argv: Sequence[str]) -> str | None:
    """One line for a first word that is neither a command nor a known option,
    with a guess at a typo.

    Checked before argparse, whose own message ("argument command: invalid
    choice: …") does not say that a command is what it was looking for.
    """
    args = list(argv)
    while args:
        if args[0] == "--db":
            args = args[2:]
        elif args[0].startswith("--db="):
            args = args[1:]
        else:
            break
    if not args or args[0] in COMMANDS or args[0] in GLOBAL_OPTIONS:
        return None
    word = args[0]
    if word.startswith("-"):  # argparse would take the next word for a command
        return _(
            "notula: unknown option {option!r} (before a command: --db {path}, --version, --help)"
        ).format(option=word, path=_("PATH"))
    guess = difflib.get_close_matches(word, COMMANDS, n=1)
    commands = ", ".join(COMMANDS)
    if guess:
        return _(
            "notula: unknown command {word!r}; did you mean '{guess}'? "
            "(commands: {commands}; no arguments opens the GUI)"
        ).format(word=word, guess=guess[0], commands=commands)
    return _(
        "notula: unknown command {word!r} (commands: {commands}; no arguments opens the GUI)"
    ).format(word=word, commands=commands)


def _open(args: argparse.Namespace) -> Any:
    """The archive for ``args.command``: read-only when the command only reads
    and the file may not be written (see core.store.database.is_read_only)."""
    from core.store import MeetingStore
    from core.store.database import is_read_only

    path = database_path(args.db)
    reading = args.command in READING or args.reading
    if reading and not path.exists():  # a command that only reads creates nothing (cli.md)
        raise StorageError(
            _("{path}: the archive does not exist (check --db, or import a meeting first)").format(
                path=path
            ),
            "missing",
            str(path),
        )
    read_only = reading and is_read_only(path)
    return MeetingStore.open(path, read_only=read_only)


@contextlib.contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Any]:
    """The archive for one command, closed afterwards (tests run many in one process)."""
    store = _open(args)
    try:
        yield store
    finally:
        store.close()


def _refuse_archive_as_output(args: argparse.Namespace, *outputs: str | None) -> None:
    """An output file that is the archive itself (``export 1 notula.db``) would
    replace the archive with a document: refuse before anything is written."""
    archive = database_path(args.db).resolve()
    guarded = {archive, *(Path(f"{archive}{suffix}") for suffix in ("-wal", "-shm", "-journal"))}
    for output in outputs:
        if output and Path(output).resolve() in guarded:
            raise InputError(
                _("{path}: is the archive database itself; choose another file").format(path=output)
            )


def cmd_import(args: argparse.Namespace) -> int:
    from core import exchange

    data = exchange.load_file(args.file)  # parse and validate before touching the archive
    with _opened(args) as store:
        meeting_id = exchange.import_data(store, data, copy=args.copy, name=args.file)
    print(meeting_id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from core import exchange

    _refuse_archive_as_output(args, args.file)
    with _opened(args) as store:
        exchange.export_file(store, args.id, args.file)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        meetings = store.list_meetings()
    for m in meetings:
        print(f"{m.id}\t{m.date}\t{m.status or 'draft'}\t{_one_line(m.title)}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        hits = store.search(" ".join(args.query), limit=100)
    for hit in hits:
        print(f"{hit.meeting_id}\t{hit.date}\t{_one_line(hit.snippet)}")
    return EXIT_OK


def _render_targets(args: argparse.Namespace) -> dict[str, Path]:
    """The documents named, by kind. Each must be a .docx file (cli.md): a
    ``--minutes notula.pdf`` would otherwise be a Word file under a PDF name."""
    from core.reports.render import KINDS

    targets = {}
    for kind in KINDS:
        name = getattr(args, kind)
        if name is None:
            continue
        if not name.lower().endswith(".docx"):
            raise InputError(
                _("--{option} {path}: the file name must end in .docx").format(
                    option=kind, path=name
                )
            )
        targets[kind] = Path(name)
    return targets


def cmd_render(args: argparse.Namespace) -> int:
    """Exit 2 before the archive is opened for anything the outputs forbid;
    1 when the documents are written but the PDFs asked for are not (see
    core.reports.render for why)."""
    from core.reports.render import check_targets, render_documents

    _refuse_archive_as_output(args, args.minutes, args.attendance, args.press)
    targets = _render_targets(args)
    if not targets:
        print(
            _("notula: render: name at least one document: --minutes, --attendance or --press"),
            file=sys.stderr,
        )
        return EXIT_USAGE
    check_targets(targets)
    with _opened(args) as store:
        meeting = store.get_meeting(args.id)
        settings = store.all_settings()
    result = render_documents(meeting, settings, targets, pdf=args.pdf)
    for path in (*result.documents, *result.pdfs):
        print(path)
    if result.pdf_problem:
        print(f"notula: {result.pdf_problem}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def cmd_office(args: argparse.Namespace) -> int:
    from core import office

    if args.office_command == "set":
        document = office.load_file(args.file)  # the whole file checked before the archive
        with _opened(args) as store:
            store.set_office_document(document)
        return EXIT_OK
    with _opened(args) as store:
        document = store.office_document()
    if document is None:
        print(office.no_profile_message(database_path(args.db)), file=sys.stderr)
        return EXIT_FAILURE
    sys.stdout.write(office.dumps(document))
    return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "list": cmd_list,
    "search": cmd_search,
    "render": cmd_render,
    "office": cmd_office,
    **{name: (lambda args, run=run: run(args, _opened)) for name, run in records.HANDLERS.items()},
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (never raises SystemExit)."""
    _tolerant_output()
    set_language(locale_language())  # one language for every message of this run
    argv = sys.argv[1:] if argv is None else list(argv)
    unknown = _unknown_command(argv)
    if unknown is not None:
        print(unknown, file=sys.stderr)
        return EXIT_USAGE
    try:
        with argparse_speaking():
            args = build_parser().parse_args(argv)
    except SystemExit as exc:  # usage error (one line, see _Parser), --help or --version
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        print(_("notula: no command given (run without arguments for the GUI)"), file=sys.stderr)
        return EXIT_USAGE
    try:
        return HANDLERS[args.command](args)
    except NotulaError as exc:
        print(f"notula: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:  # a damaged archive found while reading it
        from core.store.database import describe

        print(f"notula: {describe(exc, database_path(args.db))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(_("notula: interrupted"), file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # `notula list | head`: the reader has gone, not an error
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - last resort: one line, logged in full
        error, log = _one_line(str(exc)), _logged(exc)
        if log is None:
            print(_("notula: unexpected error: {error}").format(error=error), file=sys.stderr)
        else:
            print(
                _("notula: unexpected error: {error} (details in {log})").format(
                    error=error, log=log
                ),
                file=sys.stderr,
            )
        return EXIT_FAILURE


def _logged(exc: BaseException) -> Path | None:
    """Log ``exc`` in full; where it went, or None if the log cannot be
    written (a read-only home must not turn one line into a traceback)."""
    try:
        from core.logs import log_exception

        return log_exception(exc)
    except Exception:  # noqa: BLE001
        return None


def _tolerant_output() -> None:
    """Never fail on a character the console cannot show.

    A Windows console or a redirected stdout may use a code page without
    '…' or 'é'; a listing must still print (with '?') rather than stop half way.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and (stream.errors or "strict") == "strict":
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush does not
    print a second BrokenPipeError."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
