"""Opening the base template and applying the office settings to it.

The base is ours (``resources/templates/notula-base.docx``) unless the office
chose its own in settings (``base_template``). An office template keeps its
styles; any Notula style it lacks is copied from ours, because python-docx
falls back to Normal without a word when a style is missing. If the office
template already has content in its body or header (its own kop), that is
its letterhead and ours is not added.

Paper (from the office profile; A4 without one), margins and the base font
always come from the settings: they are where the office states its Tata
Naskah Dinas.
"""

from __future__ import annotations

import copy
import datetime
import io
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from docx.oxml.ns import qn

from core.errors import InputError
from core.i18n import _
from core.office import from_settings as office_profile
from core.problems import problem
from core.reports import ooxml, pages
from core.reports.content import Field, Letterhead, setting
from core.reports.docx_check import read_template
from core.reports.make_template import TEMPLATE_PATH
from core.reports.styles import BY_NAME, STYLES, TABLE
from core.reports.text import first_line
from core.settings import PAPER_SIZES_MM

MARKER = "notula-body-ends-here"
LOGO_HEIGHT_CM = 2.4
LOGO_COLUMN_CM = 2.8


@cache
def _our_template_bytes() -> bytes:
    return TEMPLATE_PATH.read_bytes()


@dataclass
class Base:
    """An open document, the XML text the writers add to it, and what they need to know."""

    doc: Any
    body: Any
    ids: dict[str, str]  # style name -> style id in this document
    text_width_cm: float
    has_letterhead: bool
    parts: list[str] = field(default_factory=list)  # body XML, in order
    logo: bytes | None = None  # goes into the first cell of the first added table

    def sid(self, name: str) -> str:
        return self.ids[name]

    def add(self, xml: str) -> None:
        self.parts.append(xml)

    def p(self, style: str, runs: Any = (), **kw: Any) -> None:
        self.parts.append(ooxml.paragraph(self.sid(style), runs, **kw))

    def finish(self) -> None:
        """Put the added XML at the end of the body, before w:sectPr, in one parse.

        The whole document part is serialised with the new text spliced in and
        parsed once. Parsing the pieces separately and moving them into the
        document would be simpler, but lxml takes seconds to move a
        2,000-row table from one tree into another.
        """
        from docx.oxml.parser import parse_xml
        from lxml import etree

        if not self.parts:
            return
        root = self.doc.part._element
        if root.nsmap.get("w") != ooxml.W_NS:  # an odd template: declare w: where we add
            wrapper = parse_xml(f'<w:body xmlns:w="{ooxml.W_NS}">{"".join(self.parts)}</w:body>')
            self.parts = []
            self._append(list(wrapper))
            return
        body = self.body
        sect = body.find(qn("w:sectPr"))
        marker = etree.Comment(MARKER)
        if sect is not None:
            sect.addprevious(marker)
        else:
            body.append(marker)
        start = body.index(marker)
        head, tail = etree.tostring(root, encoding="unicode").split(f"<!--{MARKER}-->")
        new_root = parse_xml(head + "".join(self.parts) + tail)
        self.parts = []
        self.doc.part._element = new_root
        self.doc._element = new_root
        self.body = new_root.find(qn("w:body"))
        self._place_logo(start)

    def _append(self, children: list[Any]) -> None:
        sect = self.body.find(qn("w:sectPr"))
        start = len(self.body) - (1 if sect is not None else 0)
        for child in children:
            if sect is not None:
                sect.addprevious(child)
            else:
                self.body.append(child)
        self._place_logo(start)

    def _place_logo(self, start: int) -> None:
        if self.logo:
            first_p = self.body[start].find(f".//{qn('w:p')}")
            _add_logo(self, first_p, self.logo)
            self.logo = None


def open_base(settings: dict[str, Any]) -> Base:
    import docx

    path_text = str(setting(settings, "base_template") or "").strip()
    try:
        if path_text:
            data = read_template(Path(path_text).expanduser())
            doc = docx.Document(io.BytesIO(data))
        else:
            doc = docx.Document(io.BytesIO(_our_template_bytes()))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises several kinds for a bad file
        name = path_text or str(TEMPLATE_PATH)
        raise InputError(
            _("the document template cannot be opened: {path} ({reason})").format(
                path=name, reason=problem(exc)
            )
        ) from None
    copied = _ensure_styles(doc) if path_text else {s.name for s in STYLES}
    width = _apply_settings(doc, settings, copied)
    ids = {}
    for style in doc.styles.element.findall(qn("w:style")):
        name_el = style.find(qn("w:name"))
        if name_el is not None:
            ids[name_el.get(qn("w:val"))] = style.get(qn("w:styleId"))
    base = Base(doc, doc.element.body, ids, width, bool(path_text) and _has_content(doc))
    profile = office_profile(settings)
    # every document has them; done while the w:sectPr is in place
    pages.add_page_numbers(base, profile.page_numbers if profile else pages.TND)
    return base


def _has_content(doc: Any) -> bool:
    body = doc.element.body
    if body.find(qn("w:tbl")) is not None or any(p.text.strip() for p in doc.paragraphs):
        return True
    if body.findall(".//" + qn("w:drawing")):
        return True
    header = doc.sections[0].header
    return not header.is_linked_to_previous and any(p.text.strip() for p in header.paragraphs)


def _ensure_styles(doc: Any) -> set[str]:
    """Copy the Notula styles an office template lacks; returns their names."""
    import docx

    ours = docx.Document(io.BytesIO(_our_template_bytes()))
    have = {s.name for s in doc.styles}
    copied: set[str] = set()
    for spec in STYLES:
        if spec.name not in have:
            doc.styles.element.append(copy.deepcopy(ours.styles[spec.name].element))
            copied.add(spec.name)
    return copied


def _apply_settings(doc: Any, settings: dict[str, Any], ours: set[str]) -> float:
    """Paper, margins and font; returns the text width in cm."""
    from docx.shared import Mm, Pt

    profile = office_profile(settings)
    paper = profile.paper if profile else "A4"
    width_mm, height_mm = PAPER_SIZES_MM.get(paper, PAPER_SIZES_MM["A4"])
    margins = {**DEFAULT_MARGINS, **(setting(settings, "margins_mm") or {})}
    for section in doc.sections:
        section.page_width, section.page_height = Mm(width_mm), Mm(height_mm)
        section.top_margin, section.bottom_margin = Mm(margins["top"]), Mm(margins["bottom"])
        section.left_margin, section.right_margin = Mm(margins["left"]), Mm(margins["right"])
    font = str(setting(settings, "font_name") or "Arial")
    size = float(setting(settings, "font_size_pt") or 12)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(size)
    _set_fonts(normal.element.get_or_add_rPr(), font, size)
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            _set_fonts(rpr, font, None)
    mark_language(doc)
    for name in ours:
        spec = BY_NAME[name]
        if spec.kind != TABLE and spec.size_delta:
            doc.styles[name].font.size = Pt(size + spec.size_delta)
    return (width_mm - margins["left"] - margins["right"]) / 10


DEFAULT_MARGINS = {"top": 20.0, "bottom": 25.0, "left": 30.0, "right": 20.0}  # Perarsip ANRI 5/2021


LANGUAGE = "id-ID"


def mark_language(doc: Any) -> None:
    """Indonesian everywhere (Word's spelling checker underlines every word of a text
    marked en-US), and a justified line ended by a manual break is not stretched."""
    from docx.oxml.parser import OxmlElement

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_default.append(rpr)
        if rpr.find(qn("w:lang")) is None:
            rpr.append(OxmlElement("w:lang"))
    for lang in styles.iter(qn("w:lang")):
        for attr in ("val", "eastAsia", "bidi"):
            lang.set(qn(f"w:{attr}"), LANGUAGE)
    settings = doc.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        for attr in ("val", "eastAsia", "bidi"):
            theme.set(qn(f"w:{attr}"), LANGUAGE)
    compat = settings.find(qn("w:compat"))
    if compat is not None and compat.find(qn("w:doNotExpandShiftReturn")) is None:
        compat.insert(0, OxmlElement("w:doNotExpandShiftReturn"))
    for part in doc.part.package.parts:  # Word 2010's copy of the styles, if any
        if str(part.partname).endswith("/stylesWithEffects.xml"):
            part._blob = re.sub(rb'w:(val|eastAsia|bidi)="[a-z]{2}-[A-Z]{2}"',
                                rb'w:\1="id-ID"', part.blob)  # fmt: skip


def _set_fonts(rpr: Any, font: str, size: float | None) -> None:
    """One font for Latin, complex-script (Arabic) and East-Asian text alike."""
    from docx.oxml.parser import OxmlElement

    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), font)
    for attr in ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    if size is not None:
        size_cs = rpr.find(qn("w:szCs"))
        if size_cs is None:
            size_cs = OxmlElement("w:szCs")
            size_el = rpr.find(qn("w:sz"))
            if size_el is not None:
                size_el.addnext(size_cs)
            else:
                rpr.append(size_cs)
        size_cs.set(qn("w:val"), str(round(size * 2)))


# ---- pieces every document has --------------------------------------------------------


def add_letterhead(base: Base, head: Letterhead) -> None:
    """Kop: logo at the left, office lines centred, address and contact, a double rule."""
    if base.has_letterhead or not (head.lines or head.address or head.contact or head.logo):
        return
    lines = [("Notula Letterhead", line) for line in head.lines]
    lines += [("Notula Letterhead Address", t) for t in (head.address, head.contact) if t]
    cell = [(base.sid(style), [text], None) for style, text in lines]
    if head.logo:
        widths = [LOGO_COLUMN_CM, base.text_width_cm - 2 * LOGO_COLUMN_CM, LOGO_COLUMN_CM]
        base.add(ooxml.table(base.sid("Notula Layout"), widths, [[[], cell, []]], valign="center"))
        base.logo = head.logo  # embedded by finish(): images need python-docx's parts
    else:
        for style, runs, _ in cell:
            base.add(ooxml.paragraph(style, runs))
    base.p("Notula Letterhead Rule")


def _add_logo(base: Base, p: Any, image: bytes) -> None:
    """Through python-docx, which knows how to embed an image part; a bad image is skipped."""
    from docx.shared import Cm
    from docx.text.paragraph import Paragraph

    owner = SimpleNamespace(part=base.doc.part)
    try:
        Paragraph(p, owner).add_run().add_picture(io.BytesIO(image), height=Cm(LOGO_HEIGHT_CM))
    except Exception:  # noqa: BLE001 - a broken logo must not stop the minutes
        return


def add_fields(base: Base, fields: list[Field]) -> None:
    """The label : value block; several values become a numbered list under the colon."""
    single, listed = base.sid("Notula Field"), base.sid("Notula Field List")
    for f in fields:
        if len(f.values) == 1:
            base.add(ooxml.paragraph(single, [f"{f.label}\t:\t", f.values[0]]))
            continue
        for n, value in enumerate(f.values, start=1):
            head = f"{f.label}\t:\t" if n == 1 else "\t\t"
            base.add(ooxml.paragraph(listed, [f"{head}{n}.\t", value]))


def add_title(base: Base, title: str, lines: list[str]) -> None:
    base.p("Notula Title", [title])
    for line in lines:
        if line:
            base.p("Notula Subtitle", [line])
    base.p("Notula Subtitle")


def save(base: Base, title: str = "") -> bytes:
    """The finished document; its properties name this document, not the template."""
    base.finish()
    props = base.doc.core_properties
    props.title = first_line(title)[:250]
    props.comments = ""
    props.author = props.last_modified_by = "Notula"
    props.created = props.modified = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    out = io.BytesIO()
    base.doc.save(out)
    return out.getvalue()
