"""Which face of Notula an argument list asks for: the GUI or the command line.

Kept apart from core.cli so that starting the GUI does not pay for importing
the command line (argparse and friends): start-up time is a stated target.
"""

from __future__ import annotations

from collections.abc import Sequence


def is_command_line(argv: Sequence[str]) -> bool:
    """True when ``argv`` is for the command line rather than the GUI.

    Only no arguments, or ``--db PATH`` / ``--db=PATH`` alone, open the GUI
    (cli.md). Anything else — a command, a misspelt one, an unknown option —
    goes to the command line, which says what is wrong (exit 2) instead of
    opening a window a script would wait on for ever.
    """
    args = list(argv)
    gui = (
        not args
        or (len(args) == 2 and args[0] == "--db")
        or (len(args) == 1 and args[0].startswith("--db="))
    )
    return not gui
