"""The cells of an .xlsx workbook (Teams' and Meet's downloads), without a new dependency.

An .xlsx file is a zip of XML parts: the shared strings and one part per
sheet. Reading them with the standard library gives the same rows a CSV
would; every sheet is read, one after the other with a blank row between
(Teams puts its sections on separate sheets in some versions). Numbers stay
as written; a date Excel stores as a serial number is read by
:func:`core.attendance.times.parse_stamp`.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SHEET = re.compile(r"^xl/worksheets/sheet(\d+)\.xml$")
_CELL = re.compile(r"^([A-Z]+)(\d+)$")


def is_xlsx(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


def _text(element: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{_NS}t"))


def _column(ref: str) -> int:
    found = _CELL.match(ref)
    letters = found.group(1) if found else "A"
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def xlsx_rows(data: bytes) -> list[list[str]] | None:
    """Every sheet's rows as lists of cell texts, or None if ``data`` is no workbook."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            names = book.namelist()
            shared: list[str] = []
            if "xl/sharedStrings.xml" in names:
                root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
                shared = [_text(si) for si in root.iter(f"{_NS}si")]
            sheets = sorted(
                (int(m.group(1)), n) for n in names if (m := _SHEET.match(n)) is not None
            )
            rows: list[list[str]] = []
            for _n, name in sheets:
                rows += _sheet(ElementTree.fromstring(book.read(name)), shared)
                rows.append([])
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, IndexError):
        return None
    return rows if any(rows) else None


def _sheet(root: ElementTree.Element, shared: list[str]) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in root.iter(f"{_NS}row"):
        cells: list[str] = []
        for c in row.iter(f"{_NS}c"):
            kind = c.get("t", "n")
            value = c.find(f"{_NS}v")
            if kind == "s" and value is not None:
                text = shared[int(value.text or 0)]
            elif kind == "inlineStr":
                text = _text(c)
            else:
                text = (value.text or "") if value is not None else ""
            column = _column(c.get("r", ""))
            while len(cells) < column:
                cells.append("")
            cells.append(text.strip())
        while cells and not cells[-1]:
            cells.pop()
        rows.append(cells)
    return rows
