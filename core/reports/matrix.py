"""The follow-up matrix (matriks tindak lanjut) as .xlsx and .docx.

A header row (core.followups.MATRIX_HEADER), then one row per follow-up in its
latest state. Both are built in memory and written whole through
core.files.write_atomic, so a failure leaves no half-written file. openpyxl
and python-docx load only when a matrix is written.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from core.files import write_atomic
from core.followups import MATRIX_HEADER, FollowUp, matrix_rows

TITLE = "Matriks Tindak Lanjut"
#: column widths of the worksheet, in characters
XLSX_WIDTHS = (5, 40, 13, 50, 30, 13, 16, 50)
#: column widths of the Word table, in centimetres (A4 landscape, 2 cm margins)
DOCX_WIDTHS = (0.9, 4.0, 2.5, 5.2, 3.5, 2.5, 2.6, 4.5)


def subtitle(series: str | None, open_only: bool) -> str:
    parts = [f"Seri rapat: {series}" if series else "Semua rapat"]
    if open_only:
        parts.append("tindak lanjut yang belum selesai")
    return ", ".join(parts)


def xlsx_bytes(followups: Sequence[FollowUp], caption: str = "") -> bytes:
    """The matrix as a worksheet: the header row first (frozen, bold), wrapped text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Tindak Lanjut"
    sheet.append(list(MATRIX_HEADER))
    for row in matrix_rows(followups):
        sheet.append([int(row[0]), *row[1:]])
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font = bold
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    for n, width in enumerate(XLSX_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.properties.title = f"{TITLE} — {caption}" if caption else TITLE
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def docx_bytes(followups: Sequence[FollowUp], caption: str = "") -> bytes:
    """The matrix as a Word document: a title, then one table on A4 landscape
    whose header row repeats on every page."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(10)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    heading = doc.add_paragraph()
    heading.add_run(TITLE.upper()).bold = True
    heading.alignment = 1  # centre
    if caption:
        doc.add_paragraph(caption).alignment = 1
    rows = matrix_rows(followups)
    table = doc.add_table(rows=1 + len(rows), cols=len(MATRIX_HEADER))
    table.style = "Table Grid"
    table.autofit = False  # the widths below, in Word and LibreOffice alike
    for c, width in enumerate(DOCX_WIDTHS):
        table.columns[c].width = Cm(width)
    for r, values in enumerate([MATRIX_HEADER, *rows]):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            cell.width = Cm(DOCX_WIDTHS[c])
            run = cell.paragraphs[0].add_run(value)
            run.bold = r == 0
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header.append(repeat)
    doc.core_properties.title = TITLE
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def write_matrix(path: Path, followups: Sequence[FollowUp], caption: str = "") -> None:
    """Write the matrix as .xlsx or .docx, by the name's suffix."""
    build = xlsx_bytes if path.suffix.lower() == ".xlsx" else docx_bytes
    write_atomic(path, build(followups, caption))
