"""The command line's words: its parser (help in the run's language), the
commands it knows, and the one-line answer to a word it does not know."""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Sequence

from core import __version__
from core.cli import records
from core.i18n import _
from core.query import syntax_hint

EXIT_USAGE = 2

COMMANDS = (
    "import", "export", "list", "search", "render", "attendance", "office", "actions",
    *records.COMMANDS,
)  # fmt: skip
GLOBAL_OPTIONS = ("--version", "-h", "--help")
MAX_ID = 2**63 - 1  # SQLite's largest integer; a longer number is no id
SEARCH_LIMIT = 100


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


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 0 < value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            _("invalid number {text!r} (expected a whole number above 0)").format(text=text)
        )
    return value


def _command_at(argv: Sequence[str]) -> int:
    """Where the command word is in ``argv`` (after --db PATH), or len(argv)."""
    i = 0
    while i < len(argv):
        if argv[i] == "--db":
            i += 2
        elif argv[i].startswith("--db="):
            i += 1
        else:
            break
    return i


def query_words_last(argv: Sequence[str]) -> list[str]:
    """``search``'s arguments with its query words after ``--``.

    A query word may start with a dash (``search zebra -kuda``: leave out
    kuda, cli.md), which argparse would take for an unknown option; only
    ``--limit`` and help are options of ``search``.
    """
    args = list(argv)
    at = _command_at(args)
    if at >= len(args) or args[at] != "search" or "--" in args[at:]:
        return args
    options, words = [], []
    rest = iter(args[at + 1 :])
    for word in rest:
        if word in ("-h", "--help") or word.startswith("--limit="):
            options.append(word)
        elif word == "--limit":
            options += [word, *(w for w in [next(rest, None)] if w is not None)]
        else:
            words.append(word)
    return [*args[: at + 1], *options, "--", *words]


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
    p.add_argument(
        "--limit",
        type=_positive,
        default=SEARCH_LIMIT,
        metavar="N",
        help=_("show at most N matches (default {n})").format(n=SEARCH_LIMIT),
    )
    p.add_argument("query", nargs="+", metavar=_("QUERY"), help=syntax_hint())
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
    p = sub.add_parser("attendance", help=_("attendance from a Zoom, Teams or Meet report"))
    p.add_argument(
        "id", type=_meeting_id, metavar=meeting, help=_("the meeting's id, as list shows it")
    )
    p.add_argument("report", metavar=_("REPORT"), help=_("the participant report (CSV or XLSX)"))
    p.add_argument("--dry-run", action="store_true", help=_("show the outcome, write nothing"))
    p.add_argument(
        "--mark-absent", action="store_true", help=_("mark attendees not in the report absent")
    )
    p = sub.add_parser("actions", help=_("list follow-ups across meetings, oldest due first"))
    p.add_argument("--open", action="store_true", help=_("only unfinished follow-ups"))
    p.add_argument("--series", metavar=_("NAME"), help=_("only meetings of this series"))
    out = p.add_mutually_exclusive_group()
    out.add_argument("--xlsx", metavar=_("OUT.xlsx"), help=_("write the follow-up matrix as .xlsx"))
    out.add_argument("--docx", metavar=out_docx, help=_("write the follow-up matrix as .docx"))
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
    args = list(argv)[_command_at(argv) :]
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
