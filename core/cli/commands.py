"""The commands themselves: each opens the archive as it needs it (read-only
where it only reads), does one thing and says what it did on stdout."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from core.errors import InputError, StorageError
from core.i18n import _
from core.paths import database_path

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
#: commands that never change the archive, so a read-only file is no obstacle
READING = frozenset({"export", "list", "search", "render", "actions"})


def _open(args: argparse.Namespace) -> Any:
    """The archive for ``args.command``: read-only (``mode=ro``) when the command
    only reads, so it never writes the file or applies a -wal file that is not
    the archive's own. What only a writer can do first, when the file may be
    written (upgrade an older release's archive, read a -wal whose -shm index
    is missing), is done as any open for changes would. What the open noticed
    (a foreign -wal file) goes to stderr."""
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
    told: list[str] = []  # kept across the second open: the first may have set a -wal aside
    try:
        store = MeetingStore.open(path, read_only=reading, notices=told)
    except StorageError as exc:
        if not reading or exc.reason != "needs_writer" or is_read_only(path):
            raise
        store = MeetingStore.open(path, notices=told)
    tell(told)
    return store


def tell(notices: list[str]) -> None:
    """What the open of the archive noticed although it worked (a -wal another
    copy left, set aside): one line each on stderr."""
    for notice in notices:
        print(f"notula: {notice}", file=sys.stderr)


@contextlib.contextmanager
def _opened(args: argparse.Namespace) -> Iterator[Any]:
    """The archive for one command, closed afterwards (tests run many in one process)."""
    store = _open(args)
    try:
        yield store
    finally:
        store.close()


def _refuse_archive_as_output(args: argparse.Namespace, *outputs: str | Path | None) -> None:
    """Refuse, before the archive is opened and before anything is written, every
    output that may not be written: the archive itself (``export 1 notula.db``
    would replace it with a document), and what core.files.check_output refuses
    (a folder, a device, a pipe, a symbolic link, a missing folder)."""
    from core.files import check_output

    archive = database_path(args.db).resolve()
    guarded = {archive, *(Path(f"{archive}{suffix}") for suffix in ("-wal", "-shm", "-journal"))}
    for output in outputs:
        if output and Path(output).resolve() in guarded:
            raise InputError(
                _("{path}: is the archive database itself; choose another file").format(path=output)
            )
    for output in outputs:
        if output:
            check_output(Path(output))


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
    """The matches, newest first; the total is counted only when more matched
    than are shown, after they are printed (counting walks every match)."""
    query = " ".join(args.query)
    with _opened(args) as store:
        hits = store.search(query, limit=args.limit + 1)
        for hit in hits[: args.limit]:
            print(f"{hit.meeting_id}\t{hit.date}\t{_one_line(hit.snippet)}")
        if not hits:
            print(_("notula: no meeting matched {query!r}").format(query=query), file=sys.stderr)
        elif len(hits) > args.limit:
            sys.stdout.flush()
            total = store.count_matches(query)
            print(
                _("notula: {shown} of {total} matches shown (--limit N shows more)").format(
                    shown=args.limit, total=total
                ),
                file=sys.stderr,
            )
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
    if args.pdf:  # the PDF beside each document: checked before the first is written
        _refuse_archive_as_output(args, *(path.with_suffix(".pdf") for path in targets.values()))
    with _opened(args) as store:
        meeting = store.get_meeting(args.id)
        settings = store.all_settings()
        source = store.attendance_source(args.id)
    # the daftar hadir keeps its signature form here; the notula counts who joined online
    result = render_documents(meeting, settings, targets, pdf=args.pdf, source=source)
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


def cmd_actions(args: argparse.Namespace) -> int:
    """One line per follow-up in its latest state, or the matrix as a file."""
    from core import followups

    target = args.xlsx or args.docx
    suffix = ".xlsx" if args.xlsx else ".docx"
    if target is not None:
        _refuse_archive_as_output(args, target)
        if not target.lower().endswith(suffix):
            raise InputError(
                _("--{option} {path}: the file name must end in {suffix}").format(
                    option=suffix[1:], path=target, suffix=suffix
                )
            )
    with _opened(args) as store:
        found = store.followups(open_only=args.open, series=args.series)
    if target is None:
        for f in found:
            print(followups.line(f))
        return EXIT_OK
    from core.reports.matrix import subtitle, write_matrix

    write_matrix(Path(target), found, subtitle(args.series, args.open))
    print(target)
    return EXIT_OK


def cmd_attendance(args: argparse.Namespace) -> int:
    """One line per person of the report, then one per attendee it does not hold
    (cli.md); the report is read before the archive is opened."""
    from core.attendance import apply, readers

    report = readers.read_report(args.report)
    args.reading = args.dry_run  # a dry run creates no archive
    with _opened(args) as store:
        plan = apply.plan_report(store, args.id, report)
        if not args.dry_run:
            apply.apply_plan(store, plan, mark_absent=args.mark_absent)
    for line in apply.report_lines(plan):
        print("\t".join(_one_line(cell) for cell in line))
    return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())
