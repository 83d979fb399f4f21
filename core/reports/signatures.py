"""The end of the notula: the last lines of the body, the city-and-date line and
the signatures, built in one place (``add_signature_block``).

A head of office refuses minutes whose signatures stand alone on the last
page: nothing would tie them to the text above. A paragraph's keep-with-next
before a table is honoured by Word but not by LibreOffice, which moves an
unsplittable table whole and leaves the text behind. So the block is one
table row that may not be split (``w:cantSplit``, honoured by both), and the
body's last paragraphs are moved *into* that row: the closing section whole
when it is short, else its last paragraph with whatever must stay with it
(a heading, an agenda title or a speaker's label, the keep-with-next styles).
The signatures themselves sit in a borderless table nested in that row.

Later additions near the signatures (a verification QR code for a final
meeting) belong in :func:`signature_rows`.
"""

from __future__ import annotations

import re

from core.reports import docx_base, ooxml
from core.reports.content import MinutesContent, Signatory
from core.reports.styles import STYLES

#: a closing section of at most this many paragraphs travels whole with the signatures
MAX_CARRIED = 3
#: a last table (header included) of at most this many rows travels too
MAX_TABLE_ROWS = 6
#: a paragraph one point high: keeps two tables apart without a visible gap
SEPARATOR = (
    '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
    '<w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
)
_STYLE = re.compile(r'^<w:p><w:pPr><w:pStyle w:val="([^"]+)"/>')


def add_signature_block(base: docx_base.Base, content: MinutesContent) -> None:
    """Move the body's last lines into one unsplittable row with the signatures."""
    carried = carry(base)
    inner = signature_rows(base, content)
    cell = "".join(carried) + ooxml.paragraph(base.sid("Notula Body")) + inner
    cell += ooxml.paragraph(base.sid("Notula Signature"))  # a cell ends with a paragraph
    width = ooxml.twips(base.text_width_cm)
    if base.parts and base.parts[-1].startswith("<w:tbl>"):
        base.add(SEPARATOR)  # two tables in a row would merge into one
    base.add(
        f'<w:tbl><w:tblPr><w:tblStyle w:val="{base.sid("Notula Layout")}"/>'
        f'<w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>'
        f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
        f"</w:tcPr>{cell}</w:tc></w:tr></w:tbl>"
    )


def carry(base: docx_base.Base) -> list[str]:
    """Take the paragraphs that travel with the signatures off the end of the body."""
    keep_next = {base.ids[s.name] for s in STYLES if s.keep_with_next and s.name in base.ids}
    heading = base.ids.get("Notula Heading")
    styles: list[str | None] = []
    for part in reversed(base.parts):
        if not part.startswith("<w:p>") or len(styles) > MAX_CARRIED:
            break
        found = _STYLE.match(part)
        styles.append(found.group(1) if found else None)
        if styles[-1] == heading:  # a short last section: all of it
            return _take(base, len(styles))
    if not styles:
        return _table_section(base, heading)
    count = 1
    while count < len(styles) and styles[count] in keep_next:
        count += 1
    return _take(base, count)


def _table_section(base: docx_base.Base, heading: str | None) -> list[str]:
    """A body that ends with a short table (the follow-ups, no closing): the table and
    its heading travel with the signatures, nested in the row; a long one stays."""
    parts = base.parts
    if len(parts) < 2 or not parts[-1].startswith("<w:tbl>"):
        return []
    if parts[-1].count("<w:tr>") > MAX_TABLE_ROWS:
        return []
    found = _STYLE.match(parts[-2])
    if not found or found.group(1) != heading:
        return []
    return _take(base, 2) + [SEPARATOR]  # a cell's table is followed by a paragraph


def _take(base: docx_base.Base, count: int) -> list[str]:
    taken = base.parts[-count:]
    del base.parts[-count:]
    return taken


def signature_rows(base: docx_base.Base, content: MinutesContent) -> str:
    """The signatures as a borderless table: the signers side by side in the right
    half (one signer) or in both halves (two or more, the last at the right, the
    city-and-date line above it), then the acknowledger ("Mengetahui") centred.

    Each line of a block is a row of its own, so that two blocks side by side keep
    their names, pangkat and NIP level even when one jabatan wraps and the other not.
    """
    half = base.text_width_cm / 2
    layout = base.sid("Notula Layout")
    signers = list(content.signatories)
    last = len(signers) - 1
    pairs = [signers[i : i + 2] for i in range(0, len(signers), 2)] or [[]]
    if len(signers) % 2 == 1:  # the last one alone, at the right
        pairs[-1] = [None, *pairs[-1]]  # type: ignore[list-item]
    rows: list[list[ooxml.Cell]] = []
    for pair in (p + [None, None] for p in pairs):
        depth = max(len(who.heading) for who in pair if who is not None) if any(pair) else 0
        left, right = (
            signature_cell(base, who, content.place_date if who is signers[last] else "", depth)
            for who in pair[:2]
        )
        rows += [[[a] if a else [], [b] if b else []] for a, b in _level(left, right)]
    out = ooxml.table(layout, [half, half], rows) if rows else ""
    if content.acknowledger:
        quarter = half / 2
        ack = signature_cell(base, content.acknowledger)
        out += ooxml.paragraph(base.sid("Notula Signature"))
        out += ooxml.table(layout, [quarter, half, quarter], [[[], ack, []]])
    return out


def _level(left: list[ooxml.Para], right: list[ooxml.Para]) -> list[tuple]:
    """Line by line; a missing block is a column of empty lines."""
    size = max(len(left), len(right))
    return [
        (left[i] if i < len(left) else None, right[i] if i < len(right) else None)
        for i in range(size)
    ]


def signature_cell(
    base: docx_base.Base, who: Signatory | None, top: str = "", depth: int = 0
) -> list[ooxml.Para]:
    """City and date (above the last signer), the label and jabatan (padded to
    ``depth`` lines), room to sign, the name underlined, pangkat, NIP: left-aligned
    inside the block. The pangkat and NIP lines are there even when empty."""
    if who is None:
        return []
    sig, name = base.sid("Notula Signature"), base.sid("Notula Signature Name")
    cell: list[ooxml.Para] = [(sig, [top], None)]
    cell += [(sig, [line], None) for line in who.heading]
    cell += [(sig, [], None)] * (max(depth - len(who.heading), 0) + 4)
    cell.append((name, [who.name], None))
    cell += [(sig, [line], None) for line in (who.rank, who.nip)]
    return cell
