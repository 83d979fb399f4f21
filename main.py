"""Notula: no arguments opens the GUI; a command runs the command line (cli.md)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from core.cli import is_command_line

    if is_command_line(args):
        from core.cli import main as cli_main

        return cli_main(args)
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
