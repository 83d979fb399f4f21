"""The commands that make records trustworthy: ``finalise``, ``reopen``,
``verify``, ``backup`` and ``restore`` (see docs/spec/cli.md).

Kept apart from :mod:`core.cli` so that module stays about the archive's
everyday commands; it registers these parsers and handlers.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from core.cli.commands import _opened, tell
from core.i18n import _

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
COMMANDS = ("finalise", "reopen", "verify", "backup", "restore")


def add_parsers(sub: Any, meeting_id: Callable[[str], int]) -> None:
    """The commands' parsers, under ``sub`` (core.cli's subparsers)."""
    meeting = _("ID")
    p = sub.add_parser("finalise", help=_("lock a meeting as its next final revision"))
    p.add_argument(
        "id", type=meeting_id, metavar=meeting, help=_("the meeting's id, as list shows it")
    )
    p = sub.add_parser("reopen", help=_("start a new draft revision of a final meeting"))
    p.add_argument(
        "id", type=meeting_id, metavar=meeting, help=_("the meeting's id, as list shows it")
    )
    p.add_argument(
        "--reason", required=True, metavar=_("TEXT"), help=_("why the meeting is reopened")
    )
    p = sub.add_parser(
        "verify", help=_("check a document or exchange file against the final revisions")
    )
    p.add_argument("file", metavar=_("FILE"), help=_("a .docx, .pdf or .json written by Notula"))
    p.set_defaults(reading=True)
    p = sub.add_parser("backup", help=_("write a consistent, checked copy of the archive"))
    p.add_argument("dest", metavar=_("DEST"), help=_("the new file (never replaced)"))
    p = sub.add_parser(
        "restore", help=_("check a backup, set the current archive aside and restore the backup")
    )
    p.add_argument("backup", metavar=_("BACKUP"), help=_("the backup file"))


def cmd_finalise(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        revision, fingerprint = store.finalise(args.id)
    print(f"{revision}\t{fingerprint}")
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    with _opened(args) as store:
        revision = store.reopen(args.id, args.reason)
    print(revision)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from core.verify import verify_file

    with _opened(args) as store:
        outcome = verify_file(store, args.file)
    print(outcome.line())
    return EXIT_OK if outcome.verdict == "matches" else EXIT_FAILURE


def cmd_backup(args: argparse.Namespace) -> int:
    from core.backups import backup
    from core.errors import StorageError
    from core.paths import database_path

    archive = database_path(args.db)
    if not archive.exists():
        raise StorageError(
            _("{path}: the archive does not exist (check --db, or import a meeting first)").format(
                path=archive
            )
        )
    told: list[str] = []
    try:
        backup(archive, Path(args.dest), told)
    finally:
        tell(told)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from core.backups import restore
    from core.paths import database_path

    told: list[str] = []
    try:
        aside = restore(Path(args.backup), database_path(args.db), notices=told)
    finally:
        tell(told)
    if aside is not None:
        print(aside)
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "finalise": cmd_finalise,
    "reopen": cmd_reopen,
    "verify": cmd_verify,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
