"""Notula rapat as a Word document (layout only: the words come from ``content``).

Order: kop, title and number, meeting title, the label : value block, then
the lettered sections (pembukaan, pembahasan per agenda item, keputusan,
tindak lanjut, penutup) and the signature block (``signatures``), which takes the
body's last lines with it so that it never stands alone on a page; then the
meeting's pictures, if any (core.reports.documentation).
"""

from __future__ import annotations

from typing import Any

from core.reports import docx_base, ooxml, signatures
from core.reports.content import MinutesContent
from core.reports.documentation import add_documentation
from core.reports.ooxml import Run

OPEN_QUOTE, CLOSE_QUOTE = "“", "”"
NUMBER_CM = 1.0
ACTION_SHARES = (0.53, 0.28, 0.19)  # of what the No column leaves
ACTION_INDENT_CM = 0.6
CARRIED_SHARES = (0.32, 0.2, 0.3, 0.18)  # text, owner, progress, status
CARRIED_HEADER = ("No", "Tindak Lanjut", "Penanggung Jawab", "Perkembangan", "Status")


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
    docx_base.add_title(base, content.title, [content.number_line])
    docx_base.add_fields(base, content.fields)
    _attendance(base, content)
    for key, heading in content.sections:
        base.p("Notula Heading", [heading])
        WRITERS[key](base, content)
    signatures.add_signature_block(base, content)
    add_documentation(base, content.pictures)
    return docx_base.save(base, f"{content.title} – {content.subtitle}")


def _attendance(base: docx_base.Base, content: MinutesContent) -> None:
    """Under the header block: who was invited and did not come, then the count present."""
    if content.absent:
        base.p("Notula Field", ["Peserta tidak hadir:"], keep_next=True)
        listed = base.sid("Notula Field List")
        for n, line in enumerate(content.absent, start=1):
            base.add(ooxml.paragraph(listed, [f"\t\t{n}.\t", line]))
    if content.present_count:
        base.p("Notula Field", [content.present_count])
    if content.online_count:
        base.p("Notula Field", [content.online_count])


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
    rows = [(a.number, a.text, a.owner, a.due) for a in content.actions]
    header = ("No", "Tindak Lanjut", "Penanggung Jawab", "Batas Waktu")
    _table(base, header, ACTION_SHARES, rows)


def _carried(base: docx_base.Base, content: MinutesContent) -> None:
    """Follow-ups of earlier meetings of the series, each with its progress and status."""
    rows = [(c.number, c.text, c.owner, c.progress, c.status) for c in content.carried]
    _table(base, CARRIED_HEADER, CARRIED_SHARES, rows)


def _table(
    base: docx_base.Base,
    header: tuple[str, ...],
    shares: tuple[float, ...],
    rows: list[tuple[str, ...]],
) -> None:
    """A numbered table, its first column the number, the header row repeated."""
    head, cell = base.sid("Notula Table Header"), base.sid("Notula Table Text")
    number = base.sid("Notula Table Number")
    width = base.text_width_cm - ACTION_INDENT_CM - NUMBER_CM
    widths = [NUMBER_CM] + [round(width * share, 2) for share in shares]
    table = [[[(head, [t], None)] for t in header]]
    for values in rows:
        row = [[(number, [values[0]], None)]]
        row += [[(cell, [t], None)] for t in values[1:]]
        table.append(row)
    grid = base.sid("Notula Grid")
    base.add(ooxml.table(grid, widths, table, header_rows=1, indent_cm=ACTION_INDENT_CM))


WRITERS = {
    "opening": lambda base, c: _paragraphs(base, c.opening),
    "carried": _carried,
    "discussion": _discussion,
    "decisions": _decisions,
    "actions": _actions,
    "closing": lambda base, c: _paragraphs(base, c.closing),
}
