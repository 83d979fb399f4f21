"""Dokumentasi: the meeting's pictures as the last part of the minutes.

On a new page after the signatures, under the heading DOKUMENTASI, two
pictures a page, each scaled to the text width and to half the page's text
height (its proportions kept, never enlarged past 96 dpi), its caption centred
below ("Dokumentasi 1" when it has none). The body text is in place by now
(``Base.finish``); the pictures go in through python-docx, which embeds each
image part. A picture python-docx cannot read is left out, not the minutes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from core.images import NotAnImage, image_info
from core.reports import docx_base

HEADING = "DOKUMENTASI"
PER_PAGE = 2
CAPTION_CM = 1.6  # room kept under each picture for its caption
PIXEL_CM = 2.54 / 96


def picture_size_cm(
    width_px: int, height_px: int, max_width_cm: float, max_height_cm: float
) -> tuple[float, float]:
    """The printed size: proportions kept, within the box, never above 96 dpi."""
    width, height = width_px * PIXEL_CM, height_px * PIXEL_CM
    scale = min(1.0, max_width_cm / width, max_height_cm / height)
    return round(width * scale, 3), round(height * scale, 3)


def add_documentation(base: docx_base.Base, pictures: Sequence[tuple[bytes, str]]) -> None:
    """The appendix for ``pictures`` ((bytes, caption) in order); nothing when there are none."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm

    if not pictures:
        return
    base.finish()
    doc = base.doc
    section = doc.sections[-1]
    text_height = (section.page_height - section.top_margin - section.bottom_margin) / 360000
    box_height = (text_height - 2.0) / PER_PAGE - CAPTION_CM
    heading = doc.add_paragraph(HEADING, style=_style(base, "Notula Heading"))
    heading.paragraph_format.page_break_before = True
    placed = 0
    for data, caption in pictures:
        try:
            info = image_info(data)
        except NotAnImage:
            continue
        width, height = picture_size_cm(info.width, info.height, base.text_width_cm, box_height)
        holder = doc.add_paragraph(style=_style(base, "Notula Body"))
        holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if placed and placed % PER_PAGE == 0:
            holder.add_run().add_break(WD_BREAK.PAGE)
        try:
            holder.add_run().add_picture(io.BytesIO(data), width=Cm(width), height=Cm(height))
        except Exception:  # noqa: BLE001 - one unreadable picture must not stop the minutes
            holder._p.getparent().remove(holder._p)
            continue
        placed += 1
        text = caption.strip() or f"Dokumentasi {placed}"
        below = doc.add_paragraph(text, style=_style(base, "Notula Body"))
        below.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _style(base: docx_base.Base, name: str) -> object:
    """The document's style of that name (the template's own id may differ)."""
    style_id = base.sid(name)
    return next((s for s in base.doc.styles if s.style_id == style_id), None)
