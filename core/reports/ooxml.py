"""Building WordprocessingML as text, fast.

python-docx's proxy objects are pleasant but slow for big documents
(``table.cell(r, c)`` walks the whole table on each call, so filling a table
is quadratic), and even creating lxml elements one by one costs microseconds
each. The writers here produce paragraphs, runs and tables as XML text; the
base joins the pieces and parses them once (``docx_base.Base.finish``). A
2,000-row attendance table costs a few milliseconds.

Everything that reaches a ``w:t`` passes through :func:`core.reports.text.tokens`
(control characters dropped or turned into breaks) and is XML-escaped, so the
clerk's text can never break the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.reports.text import BREAK, TAB, tokens

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TWIPS_PER_CM = 566.929


def twips(cm: float) -> str:
    return str(round(cm * TWIPS_PER_CM))


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


@dataclass(frozen=True)
class Run:
    """A piece of text with direct formatting (kept to what the documents need)."""

    text: str
    bold: bool = False
    underline: bool = False
    style_id: str | None = None


def run(item: Run | str) -> str:
    r = Run(item) if isinstance(item, str) else item
    parts = tokens(r.text)
    if not parts:
        return ""
    out = ["<w:r>"]
    if r.bold or r.underline or r.style_id:
        out.append("<w:rPr>")
        if r.style_id:
            out.append(f'<w:rStyle w:val="{escape(r.style_id)}"/>')
        if r.bold:
            out.append("<w:b/>")
        if r.underline:
            out.append('<w:u w:val="single"/>')
        out.append("</w:rPr>")
    for part in parts:
        if part == TAB:
            out.append("<w:tab/>")
        elif part == BREAK:
            out.append("<w:br/>")
        else:
            out.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    out.append("</w:r>")
    return "".join(out)


def paragraph(
    style_id: str | None,
    runs: Iterable[Run | str] = (),
    *,
    align: str | None = None,
    left_cm: float | None = None,
    keep_next: bool = False,
) -> str:
    """A ``w:p`` with a style and optional direct paragraph formatting."""
    ppr = []
    if style_id:
        ppr.append(f'<w:pStyle w:val="{escape(style_id)}"/>')
    if keep_next:
        ppr.append("<w:keepNext/>")
    if left_cm is not None:
        ppr.append(f'<w:ind w:left="{twips(left_cm)}"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    head = f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>" if ppr else "<w:p>"
    return head + "".join(run(r) for r in runs) + "</w:p>"


# A cell is a list of paragraphs; a paragraph is (style_id, runs, left indent or None).
Para = tuple[str | None, Sequence[Run | str], float | None]
Cell = Sequence[Para]


def table(
    style_id: str | None,
    widths_cm: Sequence[float],
    rows: Iterable[Sequence[Cell]],
    *,
    header_rows: int = 0,
    cant_split: bool = True,
    min_height_cm: float | None = None,
    valign: str | None = None,
    indent_cm: float | None = None,
) -> str:
    """A fixed-layout table; each row is built once, never looked up again.

    ``header_rows`` leading rows get ``w:tblHeader`` (Word repeats them on every
    page); ``cant_split`` puts ``w:cantSplit`` on every row so a row is never
    broken across pages.
    """
    widths = [twips(w) for w in widths_cm]
    out = ["<w:tbl><w:tblPr>"]
    if style_id:
        out.append(f'<w:tblStyle w:val="{escape(style_id)}"/>')
    out.append(f'<w:tblW w:w="{twips(sum(widths_cm))}" w:type="dxa"/>')
    if indent_cm is not None:
        out.append(f'<w:tblInd w:w="{twips(indent_cm)}" w:type="dxa"/>')
    out.append('<w:tblLayout w:type="fixed"/>')
    out.append('<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
               'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>')  # fmt: skip
    out.append("</w:tblPr><w:tblGrid>")
    out.extend(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out.append("</w:tblGrid>")
    split = "<w:cantSplit/>" if cant_split else ""
    height = (
        f'<w:trHeight w:val="{twips(min_height_cm)}" w:hRule="atLeast"/>' if min_height_cm else ""
    )
    v = f'<w:vAlign w:val="{valign}"/>' if valign else ""
    cell_heads = [f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{v}</w:tcPr>' for w in widths]
    empty = paragraph(None)
    for index, row in enumerate(rows):
        if index < header_rows:
            out.append(f"<w:tr><w:trPr>{split}<w:tblHeader/></w:trPr>")
        else:
            out.append(f"<w:tr><w:trPr>{split}{height}</w:trPr>")
        for head, cell in zip(cell_heads, row, strict=True):
            out.append(head)
            if cell:
                out.extend(paragraph(style, runs, left_cm=left) for style, runs, left in cell)
            else:
                out.append(empty)  # a cell must hold a paragraph
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
