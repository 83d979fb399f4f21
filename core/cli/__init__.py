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
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from core.cli import records
from core.cli.commands import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    _one_line,
    cmd_actions,
    cmd_attendance,
    cmd_export,
    cmd_import,
    cmd_list,
    cmd_office,
    cmd_render,
    cmd_search,
)
from core.cli.parser import COMMANDS, _unknown_command, build_parser, query_words_last
from core.errors import NotulaError
from core.i18n import _, argparse_speaking, locale_language, set_language
from core.paths import database_path

__all__ = ["COMMANDS", "HANDLERS", "main"]

HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "list": cmd_list,
    "search": cmd_search,
    "render": cmd_render,
    "attendance": cmd_attendance,
    "office": cmd_office,
    "actions": cmd_actions,
    **records.HANDLERS,
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
            args = build_parser().parse_args(query_words_last(argv))
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
