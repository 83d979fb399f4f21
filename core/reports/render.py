"""Making the documents: one entry point for the command line and the GUI.

``render_documents`` takes plain data (a Meeting and the settings dict), so
the GUI's worker thread can call it without touching the database.

The ``render`` command (core.cli) exits:

- 2, nothing written: no document asked for, an output name that does not
  end in ``.docx`` (checked by core.cli before the archive is opened), the
  same file named twice, an output folder that does not exist, an unknown
  meeting id;
- 1 when ``--pdf`` was asked and LibreOffice is missing or fails: the Word
  documents *are* written (they are what the clerk needs most), then one line
  on stderr names the problem and how to install LibreOffice. A missing
  program is not bad input, so it is not exit 2; and a script must still see
  that the PDFs it asked for are not there, so it is not 0;
- 0 otherwise; each file written is printed on stdout, one per line.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import model
from core.errors import InputError, NotulaError
from core.files import check_output, write_atomic
from core.i18n import _
from core.reports.text import first_line

KINDS = ("minutes", "attendance", "press")
TITLES = {"minutes": "Notula Rapat", "attendance": "Daftar Hadir", "press": "Siaran Pers"}
MAX_NAME = 120
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}

#: (step, steps, stage): the stage is a document kind, "pdf" or "done" — a key,
#: not words, so each front end says it in its own language
Progress = Callable[[int, int, str], None]


class Cancelled(NotulaError):
    """The user stopped the export."""


@dataclass
class RenderResult:
    documents: list[Path] = field(default_factory=list)
    pdfs: list[Path] = field(default_factory=list)
    pdf_problem: str | None = None


def build(
    kind: str,
    meeting: model.Meeting,
    settings: dict[str, Any],
    *,
    source: model.AttendanceSource | None = None,
    online: bool = False,
) -> bytes:
    """The .docx bytes of one document, marked with its revision when final.

    ``source``: the participant report last applied (the archive keeps it, see
    ``MeetingStore.attendance_source``); ``online``: the daftar hadir prints
    join, leave and minutes instead of the signature column.
    """
    from core.reports.docx_check import check_written
    from core.reports.revision_mark import mark

    data = mark(_build(kind, meeting, settings, source, online), meeting)
    check_written(data, TITLES[kind])
    return data


def _build(
    kind: str,
    meeting: model.Meeting,
    settings: dict[str, Any],
    source: model.AttendanceSource | None,
    online: bool,
) -> bytes:
    """The .docx bytes of one document (python-docx is imported here, not before)."""
    if kind == "minutes":
        from core.reports.content import minutes_content
        from core.reports.minutes import write_minutes

        return write_minutes(minutes_content(meeting, settings, source), settings)
    if kind == "attendance":
        from core.reports.attendance import write_attendance
        from core.reports.attendance_content import attendance_content

        content = attendance_content(meeting, settings, online=online, source=source)
        return write_attendance(content, settings)
    if kind == "press":
        from core.reports.press import write_press
        from core.reports.press_content import press_content

        return write_press(press_content(meeting, settings), settings)
    raise ValueError(f"unknown document kind {kind!r}")


def check_targets(targets: dict[str, Path]) -> None:
    """Refuse, before anything is written, what would fail or overwrite itself halfway."""
    seen: dict[Path, str] = {}
    for kind, path in targets.items():
        if kind not in KINDS:
            raise ValueError(f"unknown document kind {kind!r}")
        resolved = path.resolve()
        if resolved in seen:
            raise InputError(
                _("{path}: the same file is named for two documents").format(path=path)
            )
        seen[resolved] = kind
        check_output(path)


def render_documents(
    meeting: model.Meeting,
    settings: dict[str, Any],
    targets: dict[str, Path],
    *,
    pdf: bool = False,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    source: model.AttendanceSource | None = None,
    online_attendance: bool = False,
) -> RenderResult:
    """Write each asked document atomically; then the PDFs if asked and possible.

    ``source`` and ``online_attendance`` are :func:`build`'s ``source`` and ``online``.

    A missing or failing LibreOffice is reported in ``pdf_problem``: the
    documents are written all the same.
    """
    check_targets(targets)
    result = RenderResult()
    steps = len(targets) + (1 if pdf else 0)
    for step, (kind, path) in enumerate(targets.items()):
        if cancel is not None and cancel.is_set():
            raise Cancelled(_("cancelled"))
        if progress:
            progress(step, steps, kind)
        data = build(kind, meeting, settings, source=source, online=online_attendance)
        write_atomic(path, data)
        result.documents.append(path)
    if pdf and result.documents:
        from core.reports import pdf as pdf_mod

        if pdf_mod.find_office() is None:
            result.pdf_problem = pdf_mod.missing_message()
        else:
            if progress:
                progress(len(targets), steps, "pdf")
            try:
                result.pdfs = pdf_mod.convert(result.documents, cancel=cancel)
            except pdf_mod.ConversionCancelled:
                raise Cancelled(_("cancelled")) from None
            except NotulaError as exc:  # the documents are written; say why the PDFs are not
                result.pdf_problem = str(exc)
    if progress:
        progress(steps, steps, "done")
    return result


def default_filename(meeting: model.Meeting, kind: str, suffix: str = ".docx") -> str:
    """``2023-06-12 Notula Rapat - Rapat Koordinasi ….docx``, safe on Windows too."""
    title = _UNSAFE.sub(" ", first_line(meeting.title))
    stem = " ".join(f"{meeting.date} {TITLES[kind]} - {title}".split())
    stem = stem[:MAX_NAME].rstrip(" .")
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem + suffix
