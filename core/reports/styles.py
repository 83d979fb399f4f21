"""Every style the writers use, declared once.

``make_template`` builds ``resources/templates/notula-base.docx`` from this
table, and ``docx_base`` copies any of these styles an office's own template
lacks (python-docx silently falls back to Normal for a style that is missing,
which is how documents quietly lose their layout). Sizes are deltas from the
office's base font size so that a change from 12 pt to 11 pt scales the title
and the small print with it. Lengths are in centimetres, spacing in points.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PARAGRAPH, CHARACTER, TABLE = "paragraph", "character", "table"


@dataclass(frozen=True)
class StyleSpec:
    name: str
    kind: str = PARAGRAPH
    size_delta: float = 0.0
    bold: bool = False
    italic: bool = False
    underline: bool = False
    caps: bool = False
    align: str | None = None  # "left", "center", "right", "both"
    left_cm: float = 0.0
    first_line_cm: float = 0.0  # negative: hanging indent
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    line_spacing: float = 1.0
    keep_with_next: bool = False
    tabs_cm: tuple[float, ...] = ()
    bottom_border: str | None = None  # w:val of a paragraph's bottom border
    borders: bool = False  # table styles: a grid of single lines
    outline_level: int | None = None  # 0: a heading in Word's navigation pane, 1: below it
    doc: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def style_id(self) -> str:
        return self.name.replace(" ", "")


# Field block geometry (Hari/Tanggal : value): label at 0, colon, value, item text.
FIELD_COLON_CM = 3.9
FIELD_VALUE_CM = 4.4
FIELD_ITEM_CM = 5.1

STYLES: tuple[StyleSpec, ...] = (
    StyleSpec("Notula Letterhead", size_delta=2, bold=True, align="center",
              doc="Office name lines of the kop."),
    StyleSpec("Notula Letterhead Address", size_delta=-2, align="center",
              doc="Address, telephone and e-mail line of the kop."),
    StyleSpec("Notula Letterhead Rule", size_delta=-8, space_after_pt=10,
              bottom_border="thinThickSmallGap",
              doc="Empty paragraph whose border is the double rule under the kop."),
    StyleSpec("Notula Title", size_delta=2, bold=True, align="center", keep_with_next=True),
    StyleSpec("Notula Subtitle", align="center", keep_with_next=True,
              doc="Number line and meeting title under the title."),
    StyleSpec("Notula Field", left_cm=FIELD_VALUE_CM, first_line_cm=-FIELD_VALUE_CM,
              space_after_pt=2, tabs_cm=(FIELD_COLON_CM, FIELD_VALUE_CM),
              doc="Label<TAB>:<TAB>value; a long value wraps under itself."),
    StyleSpec("Notula Field List", left_cm=FIELD_ITEM_CM, first_line_cm=-FIELD_ITEM_CM,
              space_after_pt=2, tabs_cm=(FIELD_COLON_CM, FIELD_VALUE_CM, FIELD_ITEM_CM),
              doc="Label<TAB>:<TAB>1.<TAB>item, then <TAB><TAB>2.<TAB>item."),
    StyleSpec("Notula Heading", bold=True, space_before_pt=12, space_after_pt=4,
              keep_with_next=True, outline_level=0, left_cm=0.6, first_line_cm=-0.6,
              tabs_cm=(0.6,)),
    StyleSpec("Notula Agenda", bold=True, space_before_pt=6, space_after_pt=3,
              keep_with_next=True, outline_level=1, left_cm=1.2, first_line_cm=-0.6,
              tabs_cm=(1.2,)),
    StyleSpec("Notula Speaker", space_before_pt=4, keep_with_next=True, left_cm=1.2,
              doc="Introduces a statement: name and jabatan."),
    StyleSpec("Notula Quote", align="both", left_cm=1.8, space_after_pt=3,
              doc="A statement in the speaker's own words, in quotation marks."),
    StyleSpec("Notula Statement", align="both", left_cm=1.8, space_after_pt=3,
              doc="A statement summarised by the clerk."),
    StyleSpec("Notula Body", align="both", left_cm=0.6, space_after_pt=4),
    StyleSpec("Notula Numbered", align="both", left_cm=1.2, first_line_cm=-0.6,
              space_after_pt=3, tabs_cm=(1.2,), doc="n.<TAB>text with a hanging indent."),
    StyleSpec("Notula Table Text", size_delta=-2, doc="Text in table cells."),
    StyleSpec("Notula Table Number", size_delta=-2, align="center", doc="The No column."),
    StyleSpec("Notula Table Header", size_delta=-2, bold=True, align="center", keep_with_next=True),
    StyleSpec("Notula Signature", align="left",
              doc="Signature block lines, left-aligned inside the block."),
    StyleSpec("Notula Signature Name", align="left", bold=True, underline=True),
    StyleSpec("Notula Footer", size_delta=-2, align="center"),
    StyleSpec("Notula Page Number", align="center", space_after_pt=0,
              doc="'- 2 -' at the top of every page but the first (Tata Naskah Dinas)."),
    StyleSpec("Notula Press Label", size_delta=-1, bold=True, space_after_pt=6),
    StyleSpec("Notula Press Headline", size_delta=4, bold=True, space_after_pt=12,
              keep_with_next=True),
    StyleSpec("Notula Press Body", align="both", space_after_pt=8, line_spacing=1.15),
    StyleSpec("Notula Speaker Name", kind=CHARACTER, bold=True,
              doc="The speaker's name inside a Notula Speaker paragraph."),
    StyleSpec("Notula Grid", kind=TABLE, borders=True, doc="Tables with ruled cells."),
    StyleSpec("Notula Layout", kind=TABLE, doc="Borderless tables that only align things."),
)  # fmt: skip

BY_NAME = {s.name: s for s in STYLES}
