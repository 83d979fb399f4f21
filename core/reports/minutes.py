"""Notula rapat as a Word document (layout only: the words come from ``content``).

Order: kop, title and number, meeting title, the label : value block, then
the lettered sections (pembukaan, pembahasan per agenda item, keputusan,
tindak lanjut, penutup) and the signature block, which is one table row that
Word never splits, so the signatures stay together on one page; then the
meeting's pictures, if any (core.reports.documentation).
"""

from __future__ import annotations

from typing import Any

from core.reports import docx_base, ooxml
from core.reports.content import MinutesContent
from core.reports.documentation import add_documentation
from core.reports.ooxml import Run

OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
NUMBER_CM = 1.0
ACTION_SHARES = (0.53, 0.28, 0.19)  # of what the No column leaves
ACTION_INDENT_CM = 0.6


def quoted(paragraphs: list[str]) -> list[str]:
    """Quotation marks around the whole statement, unless the clerk already typed them."""
    if not paragraphs:
        return []
    first, last = paragraphs[0].lstrip(), paragraphs[-1].rstrip()
    if first.startswith(("“", '"')) and last.endswith(("”", '"')):
        return list(paragraphs)
    out = list(paragraphs)
    out[0] = OPEN_QUOTE + out[0]
    out[-1] = out[-1] + CLOSE_QUOTE
    return out


def write_minutes(content: MinutesContent, settings: dict[str, Any]) -> bytes:
    base = docx_base.open_base(settings)
    docx_base.add_letterhead(base, content.letterhead)
    docx_base.add_title(base, content.title, [content.number_line, content.subtitle])
    docx_base.add_fields(base, content.fields)
    for key, heading in content.sections:
        base.p("Notula Heading", [heading])
        WRITERS[key](base, content)
    _signatures(base, content)
    add_documentation(base, content.pictures)
    return docx_base.save(base, f"{content.title} – {content.subtitle}")


def _paragraphs(base: docx_base.Base, texts: list[str]) -> None:
    style = base.sid("Notula Body")
    base.parts.extend(ooxml.paragraph(style, [text]) for text in texts)


def _discussion(base: docx_base.Base, content: MinutesContent) -> None:
    add = base.parts.append
    agenda, speaker = base.sid("Notula Agenda"), base.sid("Notula Speaker")
    quote, summary = base.sid("Notula Quote"), base.sid("Notula Statement")
    name_style = base.sid("Notula Speaker Name")
    for group in content.discussion:
        if group.title:
            add(ooxml.paragraph(agenda, [group.title]))
        for block in group.statements:
            add(
                ooxml.paragraph(
                    speaker, [Run(block.speaker, style_id=name_style), block.after_name]
                )
            )
            texts = quoted(block.paragraphs) if block.quote else block.paragraphs
            style = quote if block.quote else summary
            for text in texts:
                add(ooxml.paragraph(style, [text]))


def _decisions(base: docx_base.Base, content: MinutesContent) -> None:
    style = base.sid("Notula Numbered")
    for n, text in enumerate(content.decisions, start=1):
        base.add(ooxml.paragraph(style, [f"{n}.\t", text]))


def _actions(base: docx_base.Base, content: MinutesContent) -> None:
    head, cell = base.sid("Notula Table Header"), base.sid("Notula Table Text")
    number = base.sid("Notula Table Number")
    width = base.text_width_cm - ACTION_INDENT_CM - NUMBER_CM
    widths = [NUMBER_CM] + [round(width * share, 2) for share in ACTION_SHARES]
    header = [
        [(head, [t], None)] for t in ("No", "Tindak Lanjut", "Penanggung Jawab", "Batas Waktu")
    ]
    rows = [header]
    for a in content.actions:
        row = [[(number, [a.number], None)]]
        row += [[(cell, [t], None)] for t in (a.text, a.owner, a.due)]
        rows.append(row)
    grid = base.sid("Notula Grid")
    base.add(ooxml.table(grid, widths, rows, header_rows=1, indent_cm=ACTION_INDENT_CM))


def _signatures(base: docx_base.Base, content: MinutesContent) -> None:
    """Pimpinan Rapat and Notulis side by side, the place and date above the right one."""
    base.p("Notula Body")
    half = base.text_width_cm / 2
    left, right = (content.signatories + [None, None])[:2]
    cells = [
        docx_base.signature_cell(base, left),
        docx_base.signature_cell(base, right, content.place_date),
    ]
    layout = base.sid("Notula Layout")
    base.add(ooxml.table(layout, [half, half], [cells]))
    if content.acknowledger:
        base.p("Notula Body")
        ack = docx_base.signature_cell(base, content.acknowledger)
        base.add(ooxml.table(layout, [base.text_width_cm], [[ack]]))


WRITERS = {
    "opening": lambda base, c: _paragraphs(base, c.opening),
    "discussion": _discussion,
    "decisions": _decisions,
    "actions": _actions,
    "closing": lambda base, c: _paragraphs(base, c.closing),
}
