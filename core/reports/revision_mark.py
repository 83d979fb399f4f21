"""The mark a final meeting's documents carry: "Revisi N · kode XXXX-XXXX-XXXX-XXXX"
in the footer of every page, the first included, and a small QR code of the
same line after the signatures.

Page 1 of an official document has a footer of its own (Tata Naskah Dinas:
no page number there, see core.reports.pages), so the line goes into both
footers; otherwise a one-page document (a daftar hadir, a press release) and
its PDF would carry no code for ``verify`` to read.

Added to the finished .docx by one call in core.reports.render.build, so the
writers of each document (and their footers and signature blocks) need not
know about it. ``verify`` reads the code back from the document's text.
"""

from __future__ import annotations

import io
from typing import Any

from core import model
from core.fingerprint import code

QR_CM = 2.2


def revision_line(meeting: model.Meeting) -> str | None:
    """The line a final meeting's documents print; None for a draft."""
    if meeting.status != "final" or not meeting.fingerprint:
        return None
    return f"Revisi {meeting.revision or 1} · kode {code(meeting.fingerprint)}"


def mark(docx_bytes: bytes, meeting: model.Meeting) -> bytes:
    """The document with its revision line and QR code; a draft's unchanged."""
    line = revision_line(meeting)
    if line is None:
        return docx_bytes
    import docx
    import segno
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = docx.Document(io.BytesIO(docx_bytes))
    for footer in _footers(doc):
        footer.is_linked_to_previous = False
        last = footer.paragraphs[-1] if footer.paragraphs else None
        p = last if last is not None and not last.text.strip() else footer.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).font.size = Pt(8)
    picture = io.BytesIO()
    segno.make(line, error="m").save(picture, kind="png", scale=4, border=2)
    qr = doc.add_paragraph()
    qr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    qr.add_run().add_picture(io.BytesIO(picture.getvalue()), width=Cm(QR_CM))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _footers(doc: Any) -> list[Any]:
    """Every footer a page can show: each section's own default footer, and its
    first-page footer where the first page has its own (``titlePg``)."""
    found = []
    for n, section in enumerate(doc.sections):
        for footer, shown in (
            (section.footer, True),
            (section.first_page_footer, section.different_first_page_header_footer),
        ):
            if shown and (n == 0 or not footer.is_linked_to_previous):
                found.append(footer)
    return found
