"""The press-release draft as a Word document: kop, label, headline, story."""

from __future__ import annotations

from typing import Any

from core.reports import docx_base, ooxml
from core.reports.press_content import PressContent


def write_press(content: PressContent, settings: dict[str, Any]) -> bytes:
    base = docx_base.open_base(settings)
    docx_base.add_letterhead(base, content.letterhead)
    base.p("Notula Press Label", [content.label])
    if content.number_line:
        base.p("Notula Press Label", [content.number_line])
    base.p("Notula Press Headline", [content.headline])
    body = base.sid("Notula Press Body")
    lead = f"{content.dateline} – "
    for n, text in enumerate(content.paragraphs):
        if n == 0 and content.dateline and text.startswith(lead):  # newsroom habit: bold dateline
            base.add(ooxml.paragraph(body, [ooxml.Run(lead, bold=True), text[len(lead) :]]))
        else:
            base.add(ooxml.paragraph(body, [text]))
    if content.decisions:
        base.add(ooxml.paragraph(body, [content.decisions_intro], keep_next=True))
        numbered = base.sid("Notula Numbered")
        for n, text in enumerate(content.decisions, start=1):
            base.add(ooxml.paragraph(numbered, [f"{n}.\t", text]))
    for text in content.closing:
        base.add(ooxml.paragraph(body, [text]))
    return docx_base.save(base, content.headline)
