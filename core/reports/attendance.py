"""Daftar hadir as a Word document.

The table is what matters: its header row repeats on every page
(``w:tblHeader``), no row is split across pages (``w:cantSplit``), and the
signature column is numbered in zigzag — odd numbers at the left, even ones
indented to the right half — so neighbours never sign on top of each other.
Rows are built once each as XML (see ``ooxml.table``): 2,000 rows take
milliseconds, where python-docx's ``table.cell`` would take minutes.
"""

from __future__ import annotations

from typing import Any

from core.reports import docx_base, ooxml
from core.reports.content import AttendanceContent

NUMBER_CM, NAME_CM, REMARKS_CM = 0.9, 5.0, 2.9  # a grouped NIP fits 5 cm, a city 2.9 cm at 10 pt
OFFICE_SHARE = 0.55  # of what is left; the signature column gets the rest
ROW_HEIGHT_CM = 1.3
DOT_CM = 0.1  # a dot at 10 pt
CELL_MARGINS_CM = 0.3


def column_widths(text_width_cm: float) -> list[float]:
    rest = max(text_width_cm - NUMBER_CM - NAME_CM - REMARKS_CM, 4.0)
    office = round(rest * OFFICE_SHARE, 2)
    return [NUMBER_CM, NAME_CM, office, REMARKS_CM, round(rest - office, 2)]


TIME_CM, MINUTES_CM = 1.5, 1.4  # "Keluar" and "Menit" bold at 10 pt, with cell margins
ONLINE_ROW_CM = 1.0  # nobody signs: a row only needs its text


def online_widths(text_width_cm: float) -> list[float]:
    """No, Nama/NIP, Jabatan/Instansi, Masuk, Keluar, Menit."""
    office = max(text_width_cm - NUMBER_CM - NAME_CM - 2 * TIME_CM - MINUTES_CM, 3.0)
    return [NUMBER_CM, NAME_CM, round(office, 2), TIME_CM, TIME_CM, MINUTES_CM]


def sign_line(number: int, half_cm: float) -> str:
    """``7. ..........`` as long as half the signature column allows."""
    usable = half_cm - CELL_MARGINS_CM - 0.25 - 0.2 * len(str(number))
    dots = max(4, int(usable / DOT_CM))
    return f"{number}. " + "." * dots


def write_attendance(content: AttendanceContent, settings: dict[str, Any]) -> bytes:
    base = docx_base.open_base(settings)
    docx_base.add_letterhead(base, content.letterhead)
    docx_base.add_title(base, content.title, [content.subtitle])
    docx_base.add_fields(base, content.fields)
    base.p("Notula Body")
    head, text = base.sid("Notula Table Header"), base.sid("Notula Table Text")
    number = base.sid("Notula Table Number")
    if content.online:
        widths = online_widths(base.text_width_cm)
    else:
        widths = column_widths(base.text_width_cm)
    half = widths[-1] / 2
    rows: list[list[ooxml.Cell]] = [[[(head, [h], None)] for h in content.header]]
    for r in content.rows:
        name_cell = [(text, [r.name], None)] + ([(text, [r.nip], None)] if r.nip else [])
        office = [(text, [t], None) for t in (r.position, r.organization) if t]
        if content.online:
            last = [[(number, [t], None)] for t in r.times]
        else:
            sign = (text, [sign_line(r.number, half)], half if r.number % 2 == 0 else None)
            last = [[(text, [t], None) for t in r.remarks], [sign]]
        rows.append([[(number, [str(r.number)], None)], name_cell, office, *last])
    table = ooxml.table(
        base.sid("Notula Grid"),
        widths,
        rows,
        header_rows=1,
        min_height_cm=ONLINE_ROW_CM if content.online else ROW_HEIGHT_CM,
        valign="center",
    )
    base.add(table)
    if content.source_line:  # a note under the table: its small text, flush with its edge
        base.p("Notula Table Text", [content.source_line])
    return docx_base.save(base, f"{content.title} – {content.subtitle}")
