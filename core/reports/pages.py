"""Page numbers, in the header or the footer: the one place that fills them.

Tata Naskah Dinas (Permendagri 1/2023 and its predecessors) numbers the pages
of an official document from the second page on, as ``- 2 -`` centred at the
top, first line of the page; page 1 (with the kop) has none. Some offices
prefer ``Halaman 2 dari 5`` in the footer of every page: the profile's
``page_numbers`` says ``x_of_y``. An office template with its own header or
footer keeps it.

The revision and verification code of a final meeting is a line of its own,
added to every footer, page 1's included, by core.reports.revision_mark: it
is not a page number, so page 1 stays without one.
"""

from __future__ import annotations

from typing import Any

from core.reports import ooxml

TND, X_OF_Y = "tnd", "x_of_y"


def add_page_numbers(base: Any, scheme: str = TND) -> None:
    """Number the pages of ``base`` (a ``docx_base.Base``) by ``scheme``."""
    section = base.doc.sections[0]
    if _has_own_text(section.header) or _has_own_text(section.footer):
        return
    if scheme == X_OF_Y:
        section.different_first_page_header_footer = False
        runs = [ooxml.run("Halaman "), field("PAGE"), ooxml.run(" dari "), field("NUMPAGES")]
        _fill(section.footer, base.sid("Notula Footer"), runs)
        _fill(section.header, None, [])
        return
    section.different_first_page_header_footer = True  # page 1: no number
    _fill(section.first_page_header, None, [])
    _fill(section.first_page_footer, None, [])
    runs = [ooxml.run("- "), field("PAGE"), ooxml.run(" -")]
    _fill(section.header, base.sid("Notula Page Number"), runs)
    _fill(section.footer, None, [])


def field(instr: str) -> str:
    """A simple field (PAGE, NUMPAGES) whose placeholder result Word and LibreOffice update."""
    return f'<w:fldSimple w:instr=" {instr} ">{ooxml.run("1")}</w:fldSimple>'


def _has_own_text(part: Any) -> bool:
    return not part.is_linked_to_previous and any(p.text.strip() for p in part.paragraphs)


def _fill(part: Any, style_id: str | None, runs: list[str]) -> None:
    """Replace what the header or footer holds with one paragraph of ``runs``."""
    from docx.oxml.parser import parse_xml

    element = part._element  # creates the part when the template has none
    for p in list(element):
        element.remove(p)
    style = f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id else ""
    element.append(parse_xml(f'<w:p xmlns:w="{ooxml.W_NS}">{style}{"".join(runs)}</w:p>'))
