"""The command line (see shared/spec/cli.md). Never imports Qt.

Exit status: 0 success; 2 bad input or usage, with one line on stderr that
names the problem and nothing written; 1 any other failure.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from core import __version__
from core.errors import NotulaError
from core.paths import database_path

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
COMMANDS = ("import", "export", "list", "search", "render")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as the contract says
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="notula", description="Notula: notula rapat dan daftar hadir")
    parser.add_argument("--db", metavar="PATH", help="archive database file")
    parser.add_argument("--version", action="version", version=f"notula {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    p = sub.add_parser("import", help="import a notula.meeting JSON file")
    p.add_argument("--copy", action="store_true", help="import under a new uid")
    p.add_argument("file", metavar="FILE.json")
    p = sub.add_parser("export", help="export one meeting as notula.meeting JSON")
    p.add_argument("id", type=int)
    p.add_argument("file", metavar="FILE.json")
    sub.add_parser("list", help="list meetings, newest first")
    p = sub.add_parser("search", help="full-text search, newest first")
    p.add_argument("query", nargs="+")
    p = sub.add_parser("render", help="write the meeting's documents")
    p.add_argument("id", type=int)
    p.add_argument("--minutes", metavar="OUT.docx")
    p.add_argument("--attendance", metavar="OUT.docx")
    p.add_argument("--press", metavar="OUT.docx")
    p.add_argument("--pdf", action="store_true")
    return parser


def is_command_line(argv: Sequence[str]) -> bool:
    """True when ``argv`` asks for a command rather than the GUI."""
    args = list(argv)
    while args and args[0] == "--db":
        args = args[2:]
    args = [a for a in args if not a.startswith("--db=")]
    return bool(args) and (args[0] in COMMANDS or args[0] in ("--version", "-h", "--help"))


def _open(args: argparse.Namespace):
    from core.store import MeetingStore

    return MeetingStore.open(database_path(args.db))


@contextlib.contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Any]:
    """The archive for one command, closed afterwards (tests run many in one process)."""
    store = _open(args)
    try:
        yield store
    finally:
        store.close()


def cmd_import(args: argparse.Namespace) -> int:
    from core import exchange

    data = exchange.load_file(args.file)  # parse and validate before touching the archive
    with _opened(args) as store:
        meeting_id = exchange.import_data(store, data, copy=args.copy, name=args.file)
    print(meeting_id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from core import exchange

    with _opened(args) as store:
        exchange.export_file(store, args.id, args.file)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        meetings = store.list_meetings()
    for m in meetings:
        print(f"{m.id}\t{m.date}\t{_one_line(m.title)}")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        hits = store.search(" ".join(args.query), limit=100)
    for hit in hits:
        print(f"{hit.meeting_id}\t{hit.date}\t{_one_line(hit.snippet)}")
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    from core.reports.render import render_command

    return render_command(_open(args), args)


def _one_line(text: str) -> str:
    return " ".join(text.split())


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "list": cmd_list,
    "search": cmd_search,
    "render": cmd_render,
}


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    args = build_parser().parse_args(argv)
    if args.command is None:
        print("notula: no command given (run without arguments for the GUI)", file=sys.stderr)
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
        print("notula: interrupted", file=sys.stderr)
        return EXIT_FAILURE
    except BrokenPipeError:  # `notula list | head`: the reader has gone, not an error
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - last resort: one line, logged in full
        from core.logs import log_exception

        where = log_exception(exc)
        print(f"notula: unexpected error: {exc} (details in {where})", file=sys.stderr)
        return EXIT_FAILURE


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
