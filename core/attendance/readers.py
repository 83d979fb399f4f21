"""Reading a participant report: its bytes, its table, its platform.

The platform is known from the content only (headers and Teams' numbered
sections), never from the file's name: a Zoom file saved as ``hadir.csv`` is
still Zoom, and an Excel re-save (``;``-separated) reads like the original.
Headers are matched through one alias table, case and spacing aside, so the
title-case, sentence-case, Indonesian and German Zoom headers, both Teams
capitalisations and both Meet column sets are one code path. See
docs/spec/attendance-formats.md.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from core.attendance.report import Report, Row, entries_from_rows
from core.attendance.xlsx import is_xlsx, xlsx_rows
from core.errors import InputError
from core.i18n import _
from core.json_files import read_limited

MAX_REPORT_BYTES = 64 * 2**20  # a day-long meeting of thousands is a few MB

#: header text (lower case, single spaces) → the field it holds
ALIASES: dict[str, str] = {}
for _field, _names in {
    "name": (
        "name (original name)", "nama (nama asli)", "name (originalname)",
        "user name (original name)", "name", "full name", "nama", "nama lengkap",
        "participant name",
    ),
    "first": ("first name", "nama depan"),
    "last": ("last name", "nama belakang"),
    "email": ("user email", "email", "e-mail", "email address", "benutzer-e-mail", "alamat email"),
    "upn": ("participant id (upn)", "upn"),
    "join": ("join time", "waktu bergabung", "first join", "time joined", "first seen",
             "beitrittszeit", "waktu gabung"),
    "leave": ("leave time", "waktu keluar", "last leave", "time exited", "austrittszeit"),
    "duration": ("duration (minutes)", "durasi (menit)", "duration", "dauer (minuten)",
                 "time in session (minutes)", "durasi"),
    "total": ("total duration (minutes)", "total durasi (menit)", "in-meeting duration",
              "time in call", "total duration", "gesamtdauer (minuten)"),
    "action": ("user action",),
    "timestamp": ("timestamp",),
    "attended": ("attended",),
}.items():  # fmt: skip
    for _alias in _names:
        ALIASES[_alias] = _field

_ZOOM_NAMES = ("original", "nama asli", "originalname")
_TEAMS_HEADERS = {"first join", "last leave", "in-meeting duration", "participant id (upn)",
                  "user action"}  # fmt: skip
_MEET_HEADERS = {"first name", "first seen", "time in call", "time joined", "time exited"}
_SECTION = re.compile(r"^\s*(\d\.\s+\S|meeting summary\b)", re.IGNORECASE)


def read_report(path: str | Path) -> Report:
    """The report in ``path``; an InputError in one sentence when it is none we know."""
    path = Path(path)
    # one check for every file a clerk names: a pipe or a device is refused before it
    # is read (a FIFO would wait for a writer for ever, /dev/zero never end)
    data = read_limited(
        path, MAX_REPORT_BYTES, _("{path}: larger than {limit} MB; not a participant report")
    )
    report = parse_report(data)
    if report is None:
        raise InputError(
            _(
                "{path}: not a participant report of Zoom, Microsoft Teams or Google Meet "
                "(export the participant list as CSV and try again)"
            ).format(path=path)
        )
    report.file_name = path.name
    if report.downloaded_at is None:
        stamp = dt.datetime.fromtimestamp(path.stat().st_mtime)
        report.downloaded_at = stamp.strftime("%Y-%m-%dT%H:%M")
    return report


def decode(data: bytes) -> str | None:
    """The text of a report: UTF-16 by its BOM or its zero bytes, UTF-8 (BOM or
    not), else Windows-1252; None for bytes that are no text at all."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif b"\x00" in data[:400]:
        head = data[:400]
        even = head[0::2].count(0)
        text = data.decode("utf-16-be" if even > head[1::2].count(0) else "utf-16-le", "replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        return None
    return text.lstrip("\ufeff")


def table(text: str) -> list[list[str]]:
    """The rows of ``text``, cells stripped, trailing empty cells dropped."""
    lines = [line for line in text.splitlines()[:40] if line.strip()]
    counts = {d: sum(line.count(d) for line in lines) for d in ("\t", ";", ",")}
    delimiter = max(counts, key=lambda d: (counts[d], d == "\t", d == ";"))
    rows = []
    for cells in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        cells = [c.strip().lstrip("\ufeff") for c in cells]
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
    return rows


def _header(cells: list[str]) -> dict[str, int] | None:
    """Field → column of a participants header row, or None if ``cells`` is not one."""
    columns: dict[str, int] = {}
    for n, cell in enumerate(cells):
        field = ALIASES.get(" ".join(cell.lower().rstrip(":").split()))
        if field is not None and field not in columns:
            columns[field] = n
    named = "name" in columns or "first" in columns
    timed = {"join", "total", "action"} & set(columns) or (
        "first" in columns and "duration" in columns
    )
    return columns if named and timed else None


def _platform(headers: list[list[str]], sections: bool) -> str | None:
    words = {" ".join(c.lower().split()) for cells in headers for c in cells}
    if sections or words & _TEAMS_HEADERS:
        return "teams"
    if any(k in w for w in words for k in _ZOOM_NAMES):
        return "zoom"  # before Meet: a Zoom webinar's attendees also have "First Name"
    if words & _MEET_HEADERS:
        return "meet"
    return None


def parse_report(data: bytes) -> Report | None:
    """The report in ``data``, or None when it is no report we know."""
    if is_xlsx(data):
        rows = xlsx_rows(data)
    else:
        text = decode(data)
        rows = None if text is None else table(text)
    if rows is None:
        return None
    sections = any(len(r) == 1 and _SECTION.match(r[0]) for r in rows)
    tables: list[tuple[list[str], dict[str, int], list[list[str]]]] = []
    current: list[list[str]] | None = None
    for cells in rows:
        columns = _header(cells)
        if columns is not None:
            current = []
            tables.append((cells, columns, current))
        elif not cells or (
            len(cells) == 1 and (_SECTION.match(cells[0]) or tables[-1:] and len(tables[-1][0]) > 2)
        ):
            current = None  # a blank line or a section title ("Attendee Details,") ends a table
        elif current is not None:
            current.append(cells)
    platform = _platform([t[0] for t in tables], sections)
    if platform is None:
        return None
    if platform == "teams" and any("total" in t[1] for t in tables):
        tables = [t for t in tables if "total" in t[1]]  # not also section 3's sessions
    found: list[Row] = []
    for _cells, columns, body in tables:
        found += _rows(platform, columns, body)
    return Report(platform, entries_from_rows(found))


def _cell(cells: list[str], columns: dict[str, int], field: str) -> str:
    n = columns.get(field)
    return cells[n] if n is not None and n < len(cells) else ""


def _rows(platform: str, columns: dict[str, int], body: list[list[str]]) -> list[Row]:
    if "action" in columns:
        return _events(columns, body)
    rows = []
    for cells in body:
        if _cell(cells, columns, "attended").lower() in ("no", "tidak"):
            continue
        name = _cell(cells, columns, "name") or " ".join(
            p for p in (_cell(cells, columns, "first"), _cell(cells, columns, "last")) if p
        )
        email = _cell(cells, columns, "email")
        upn = _cell(cells, columns, "upn")
        if not email and "@" in upn and "#ext#" not in upn.lower():
            email = upn
        total = _cell(cells, columns, "total")
        # Meet's one "Duration" column is the person's total
        per_person = bool(total) or platform == "meet"
        if not (name or email):
            continue
        rows.append(
            Row(
                name=name or email,
                email=email if "@" in email else "",
                joined=_cell(cells, columns, "join"),
                left=_cell(cells, columns, "leave"),
                duration=total or _cell(cells, columns, "duration"),
                total=per_person,
            )
        )
    return rows


def _events(columns: dict[str, int], body: list[list[str]]) -> list[Row]:
    """Teams' 2020 event rows (Joined / Left) paired into connections."""
    open_at: dict[str, str] = {}
    rows = []
    for cells in body:
        name = _cell(cells, columns, "name")
        action = _cell(cells, columns, "action").lower()
        when = _cell(cells, columns, "timestamp")
        if not name:
            continue
        if action.startswith("joined"):
            if name in open_at:
                rows.append(Row(name=name, joined=open_at.pop(name)))
            open_at[name] = when
        elif action.startswith("left"):
            rows.append(Row(name=name, joined=open_at.pop(name, ""), left=when))
    rows += [Row(name=n, joined=w) for n, w in open_at.items()]
    return rows
