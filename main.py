"""Notula: ``main.py`` or ``main.py --db PATH`` opens the GUI; anything else
is the command line (shared/spec/cli.md).

The rule is strict on purpose: a misspelt command must fail with exit 2 and
one line on stderr, not open a window that a script or a scheduled backup
would wait on for ever. Qt's own options (``-platform``, ``-style``) are not
passed this way; Qt reads ``QT_QPA_PLATFORM`` and ``QT_STYLE_OVERRIDE`` instead.
Where no window can be opened the GUI is not tried: one sentence, exit 2
(core.display).
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from core.launch import is_command_line

    if is_command_line(args):
        from core.cli import main as cli_main

        return cli_main(args)
    from core.display import display_problem

    problem = display_problem()  # before Qt, which would abort instead
    if problem is not None:
        print(f"notula: {problem}", file=sys.stderr)
        return 2
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
