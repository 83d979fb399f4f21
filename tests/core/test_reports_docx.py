"""Each .docx read back with python-docx: content, order and form."""

from __future__ import annotations

import pytest
from docx.shared import Mm

from core.reports.content import minutes_content
from core.reports.render import build
from core.reports.styles import STYLES
from core.settings import DEFAULTS
from tests.core.reports_helpers import (
    HOSTILE,
    TINY_JPEG_BASE64,
    W,
    big_meeting,
    body_paragraphs,
    example_meeting,
    expected,
    hostile_meeting,
    open_docx,
    texts,
    tiny_png_base64,
    with_office,
)


@pytest.fixture
def meeting(example_path):
    return example_meeting(example_path)


def render(kind, meeting, **changes):
    return open_docx(build(kind, meeting, {**DEFAULTS, **changes}))


def index_of(lines, text, start=0):
    for i in range(start, len(lines)):
        if text in lines[i]:
            return i
    raise AssertionError(f"{text!r} not found after line {start}")


# ---- notula rapat ----------------------------------------------------------------------


def test_minutes_sections_in_order_with_every_statement_verbatim(meeting):
    doc = render("minutes", meeting, **with_office())
    lines = texts(doc)
    order = [
        "PEMERINTAH KOTA PANGKALPINANG", "NOTULA", "Nomor: 005/112/Ekon/2023",
        "Sidang/Rapat\t:\tRapat Koordinasi Pengendalian Inflasi",
        "Hari/Tanggal\t:\tSenin, 12 Juni 2023", "Waktu\t:\t13.30 s.d. 15.45 WIB", "Tempat\t:\t",
        "Acara\t:\t1.\t",
        "Pimpinan Rapat\t:\t", "Notulis\t:\t", "Peserta\t:\t1.\t", "Peserta tidak hadir:",
        "\t\t1.\tKepala BPS", "Jumlah peserta hadir: 5 orang",
        "1.\tPEMBUKAAN", "2.\tPEMBAHASAN", "1.\tPerkembangan harga bahan pokok pekan ini",
        "Yuliana Putri, S.E., M.M. (Kepala Dinas Perindustrian dan Perdagangan",
        "“" + meeting.statements[0].text + "”",
        "Rudi Hartono (Pimpinan Cabang, Perum BULOG Cabang Bangka):",
        meeting.statements[1].text,
        "2.\tRencana operasi pasar murah dan gerakan tanam cabai",
        "Agus Salim, S.P. (Sekretaris Dinas Pertanian",
        "“" + meeting.statements[2].text + "”",
        "Ir. Hendra Saputra, M.T. (Asisten Perekonomian dan Pembangunan",
        "“" + meeting.statements[3].text + "”",
        "3.\tKEPUTUSAN", "1.\t" + meeting.decisions[0].text,
        "2.\t" + meeting.decisions[1].text,
        "4.\tTINDAK LANJUT", "Menyusun jadwal operasi pasar murah per kecamatan", "16 Juni 2023",
        "5.\tPENUTUP", meeting.closing, "Muntok, 12 Juni 2023", "Pimpinan Rapat,",
        "Asisten Perekonomian dan Pembangunan,", "Ir. Hendra Saputra, M.T.",
        "Pembina Utama Muda (IV/c)", "NIP. 19720315 199803 1 004",
    ]  # fmt: skip
    at = 0
    for text in order:
        at = index_of(lines, text, at)


def test_minutes_styles_by_name(meeting):
    doc = render("minutes", meeting)
    styled = dict((t, s) for s, t in body_paragraphs(doc))
    assert styled["NOTULA"] == "Notula Title"
    assert styled["1.\tPEMBUKAAN"] == "Notula Heading"
    assert styled["1.\tPerkembangan harga bahan pokok pekan ini"] == "Notula Agenda"
    assert styled["“" + meeting.statements[0].text + "”"] == "Notula Quote"
    assert styled[meeting.statements[1].text] == "Notula Statement"
    assert styled["Hari/Tanggal\t:\tSenin, 12 Juni 2023"] == "Notula Field"
    assert styled["Ir. Hendra Saputra, M.T."] == "Notula Signature Name"
    speaker = next(p for p in doc.paragraphs if p.text.startswith("Yuliana Putri"))
    assert speaker.style.name == "Notula Speaker"
    assert (
        speaker.runs[0].style.name == "Notula Speaker Name"
        and speaker.runs[0].text == "Yuliana Putri, S.E., M.M."
    )
    names = {s.name for s in doc.styles}
    assert {s.name for s in STYLES} <= names


def test_signature_block_sits_side_by_side_with_underlined_names(meeting):
    doc = render("minutes", meeting, **with_office(minutes={"signatories": "note_taker_and_chair"}))
    block = doc.tables[-1]  # one unsplittable row: the closing, then the signatures
    assert len(block.rows) == 1 and len(block.columns) == 1
    assert block.rows[0]._tr.trPr.find(f"{W}cantSplit") is not None
    cell = block.rows[0].cells[0]
    assert [p.text for p in cell.paragraphs if p.text][:2] == ["5.\tPENUTUP", meeting.closing]
    (sign,) = cell.tables
    assert len(sign.columns) == 2
    lines = [[c.paragraphs[0] for c in row.cells] for row in sign.rows]  # one row a line
    left, right = ([line[side] for line in lines] for side in (0, 1))
    assert [p.text for p in left][:3] == ["", "Notulis,", "Pengadministrasi Umum,"]
    assert [p.text for p in right][:3] == [
        "Muntok, 12 Juni 2023", "Pimpinan Rapat,", "Asisten Perekonomian dan Pembangunan,",
    ]  # fmt: skip
    names = next(n for n, line in enumerate(lines) if line[1].text == "Ir. Hendra Saputra, M.T.")
    assert lines[names][0].text == "Dewi Lestari, A.Md."  # level, side by side
    assert lines[names + 2][0].text == "NIP. 19950817 201903 2 011"
    assert lines[names][1].style.font.underline and lines[names][1].style.font.bold


def test_acknowledger_adds_a_mengetahui_block(meeting):
    ack = {"label": "", "name": "Drs. Budi", "rank": "", "position": "Sekretaris Daerah"}
    lines = texts(render("minutes", meeting, **with_office(acknowledger=ack)))
    at = index_of(lines, "Mengetahui,", index_of(lines, "Pimpinan Rapat,"))
    assert lines[at + 1] == "Sekretaris Daerah," and "Drs. Budi" in lines[at:]


def fields_in(part):
    return [f.get(f"{W}instr").strip() for f in part._element.iter(f"{W}fldSimple")]


@pytest.mark.parametrize("office", [{}, with_office()])
def test_page_numbers_per_tata_naskah_dinas_by_default(meeting, office):
    for kind in ("minutes", "attendance", "press"):
        section = render(kind, meeting, **office).sections[0]
        assert section.different_first_page_header_footer  # page 1: none
        assert not section.first_page_header.paragraphs[0].text.strip()
        assert not fields_in(section.first_page_footer) and not fields_in(section.footer)
        (number,) = section.header.paragraphs
        shown = "".join(t.text for t in number._p.iter(f"{W}t"))  # with the field's result
        assert fields_in(section.header) == ["PAGE"] and shown == "- 1 -"
        assert number.style.name == "Notula Page Number"
        assert number.alignment is None and number.style.paragraph_format.alignment == 1


def test_page_numbers_x_of_y_in_the_footer_when_the_office_says_so(meeting):
    section = render("minutes", meeting, **with_office(page_numbers="x_of_y")).sections[0]
    assert not section.different_first_page_header_footer
    assert fields_in(section.footer) == ["PAGE", "NUMPAGES"]
    shown = "".join(t.text for t in section.footer._element.iter(f"{W}t"))
    assert shown == "Halaman 1 dari 1"
    assert not fields_in(section.header)


@pytest.mark.parametrize(
    ("paper", "size"), [("A4", (210, 297)), ("F4", (215, 330))]
)  # fmt: skip
def test_paper_margins_and_font(meeting, paper, size):
    margins = {"top": 20.0, "bottom": 15.0, "left": 40.0, "right": 10.0}
    for kind in ("minutes", "attendance", "press"):
        doc = render(
            kind,
            meeting,
            **with_office(paper=paper),
            margins_mm=margins,
            font_name="Times New Roman",
            font_size_pt=11,
        )
        s = doc.sections[0]
        assert (round(s.page_width.mm), round(s.page_height.mm)) == size
        assert abs(s.page_width - Mm(size[0])) < Mm(0.1)
        margins_read = (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)
        assert [round(m.mm) for m in margins_read] == [
            20, 15, 40, 10,
        ]  # fmt: skip
        normal = doc.styles["Normal"]
        assert normal.font.name == "Times New Roman" and normal.font.size.pt == 11
        assert doc.styles["Notula Title"].font.size.pt == 13


# ---- daftar hadir ----------------------------------------------------------------------


def test_attendance_table_rows_header_and_no_split(meeting):
    doc = render("attendance", meeting)
    table = doc.tables[-1]
    header = [c.text for c in table.rows[0].cells]
    assert header == ["No", "Nama / NIP", "Jabatan / Instansi", "Keterangan", "Tanda Tangan"]
    rows = table._tbl.findall(f"{W}tr")
    assert len(rows) == 1 + 5  # the absent BPS head has no row
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[1:])
    assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    body = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert body[0][:2] == ["1", "Ir. Hendra Saputra, M.T.\nNIP. 19720315 199803 1 004"]
    assert body[2][3] == "Mewakili Kepala Dinas Pertanian"
    assert body[3][3] == "datang 13.41\npulang 15.10"
    assert "Badan Pusat Statistik" not in "\n".join(texts(doc))
    lines = texts(doc)
    for text in (
        "DAFTAR HADIR",
        "Hari/Tanggal\t:\tSenin, 12 Juni 2023",
        "Waktu\t:\t13.30 s.d. 15.45 WIB",
    ):
        assert text in lines


def test_signature_column_zigzags(meeting):
    table = render("attendance", meeting).tables[-1]
    for n, row in enumerate(table.rows[1:], start=1):
        p = row.cells[4].paragraphs[0]
        assert p.text.startswith(f"{n}. ....")
        indent = p.paragraph_format.left_indent
        assert (indent is not None and indent > 0) == (n % 2 == 0)


def test_attendance_of_three_hundred(meeting):
    doc = render("attendance", big_meeting(300, 10))
    rows = doc.tables[-1]._tbl.findall(f"{W}tr")
    assert len(rows) == 301
    assert rows[-1].find(f"{W}trPr/{W}cantSplit") is not None
    assert [c.text for c in doc.tables[-1].rows[300].cells][:2] == ["300", "Peserta 300"]


# ---- siaran pers -----------------------------------------------------------------------


def test_press_release_layout(meeting):
    doc = render("press", meeting)
    styled = body_paragraphs(doc)
    by_style = {}
    for style, text in styled:
        by_style.setdefault(style, []).append(text)
    assert by_style["Notula Press Label"] == ["SIARAN PERS"]
    assert by_style["Notula Press Headline"] == [meeting.title]
    lead = next(p for p in doc.paragraphs if p.text.startswith("MUNTOK – "))
    assert lead.runs[0].bold and lead.runs[0].text == "MUNTOK – "
    assert any(t.endswith("ujar Yuliana.") for t in by_style["Notula Press Body"])


# ---- what the clerk typed, whatever it is -----------------------------------------------


def test_hostile_text_renders_verbatim_minus_the_unprintable():
    m = hostile_meeting()
    for kind in ("minutes", "attendance", "press"):
        lines = texts(open_docx(build(kind, m, dict(DEFAULTS))))
        assert lines, kind
    lines = texts(open_docx(build("minutes", m, {**DEFAULTS, **with_office()})))
    assert "“" + expected(HOSTILE) + "”" in lines
    assert "Sidang/Rapat\t:\tRapat <Uji> & “Teks” 😀" in lines
    assert "Nomor: 001/<x>/2022" in lines
    assert "Ringkasan" in lines and "paragraf dua" in lines and "paragraf tiga" in lines
    assert "“Tanpa agenda: tab\tdan\npemisah baris.”" in lines
    assert "Pembukaan dengan bel." in lines and "Paragraf kedua\tber-tab." in lines
    assert "Selesai\nbaris baru." in lines
    assert "1.\tKeputusan <1> & “sah”" in lines
    assert any(line.startswith("عبد الله (Tamu 😀, mewakili Kepala <Dinas>)") for line in lines)
    assert "Tempat\t:\tZoom Meeting & <ruang> (daring)" in lines
    assert "Waktu\t:\t09.00 WIB s.d. selesai" in lines
    assert "Pangkalpinang, 1 Maret 2022" in lines  # default city
    assert "NIP. 19870412 201001 2 003" in lines


def test_stored_text_is_left_untouched():
    m = hostile_meeting()
    before = [s.text for s in m.statements]
    build("minutes", m, dict(DEFAULTS))
    assert [s.text for s in m.statements] == before


def test_logo_address_and_contact_in_the_letterhead(meeting):
    png = {"media_type": "image/png", "data": tiny_png_base64()}
    doc = render(
        "minutes",
        meeting,
        **with_office(logo=png, address="Jl. Merdeka No. 1", contact="Telepon (0717) 000000"),
    )
    kop = doc.tables[0]
    assert kop._tbl.findall(f".//{W}drawing")
    assert kop.rows[0].cells[1].text.split("\n") == [
        "PEMERINTAH KOTA PANGKALPINANG", "SEKRETARIAT DAERAH", "Jl. Merdeka No. 1",
        "Telepon (0717) 000000",
    ]  # fmt: skip
    jpeg = {"media_type": "image/jpeg", "data": TINY_JPEG_BASE64}
    doc = render("minutes", meeting, **with_office(logo=jpeg))
    assert doc.tables[0]._tbl.findall(f".//{W}drawing")
    assert any(p.partname.endswith((".jpeg", ".jpg")) for p in doc.part.package.iter_parts())


def test_without_an_office_profile_no_letterhead_and_no_city(meeting):
    meeting.city = None
    for kind in ("minutes", "attendance", "press"):
        doc = render(kind, meeting)
        assert not doc.element.body.findall(f".//{W}drawing"), kind
        assert not [p for p in doc.paragraphs if p.style.name.startswith("Notula Letterhead")]
    lines = texts(render("minutes", meeting))
    assert lines[0] == "NOTULA"
    assert "12 Juni 2023" in lines  # the date line without a city
    section = render("minutes", meeting).sections[0]
    assert round(section.page_height.mm) == 297  # A4


def test_a_damaged_stored_profile_prints_no_letterhead_rather_than_fail(meeting):
    broken = with_office(logo={"media_type": "image/png", "data": "bukan gambar!!"})
    doc = render("minutes", meeting, **broken)
    assert texts(doc)[0] == "NOTULA"


def test_an_office_template_with_its_own_kop_and_styles(tmp_path, meeting):
    import docx
    from docx.shared import Pt

    office = docx.Document()
    office.add_paragraph("KOP DINAS KAMI")
    office.styles.add_style("Notula Title", 1).font.size = Pt(20)
    path = tmp_path / "kantor.docx"
    office.save(str(path))
    doc = render("minutes", meeting, base_template=str(path), **with_office())
    lines = texts(doc)
    assert lines[0] == "KOP DINAS KAMI"
    assert "PEMERINTAH KOTA PANGKALPINANG" not in lines  # their kop, not ours
    assert doc.styles["Notula Title"].font.size.pt == 20  # their style kept
    assert doc.styles["Notula Quote"] is not None  # ours added where missing
    styled = dict((t, s) for s, t in body_paragraphs(doc))
    assert styled["“" + meeting.statements[0].text + "”"] == "Notula Quote"


def test_a_missing_office_template_is_a_clear_error(meeting):
    from core.errors import InputError

    with pytest.raises(InputError, match="templat"):
        build("minutes", meeting, {**DEFAULTS, "base_template": "/tidak/ada.docx"})


def test_minutes_content_is_what_the_writer_prints(meeting):
    c = minutes_content(meeting, dict(DEFAULTS))
    lines = texts(render("minutes", meeting))
    for group in c.discussion:
        for block in group.statements:
            assert block.speaker + block.after_name in lines


# ---- form (Perarsip ANRI 5/2021, Tata Naskah Dinas) ----------------------------------------


@pytest.mark.parametrize("kind", ["minutes", "attendance", "press"])
def test_indonesian_everywhere_and_no_other_language(meeting, kind):
    import io
    import re
    import zipfile

    data = build(kind, meeting, {**DEFAULTS, **with_office()})
    doc = open_docx(data)
    defaults = doc.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert defaults.get(f"{W}val") == "id-ID"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
    marked = set(re.findall(r'w:(?:val|eastAsia|bidi)="([a-z]{2}-[A-Z]{2})"', xml))
    assert marked == {"id-ID"}
    assert "<w:doNotExpandShiftReturn/>" in xml  # a line ended by a break is not stretched


def test_headings_have_outline_levels_and_the_default_form(meeting):
    doc = render("minutes", meeting)
    levels = {
        name: doc.styles[name].element.pPr.find(f"{W}outlineLvl").get(f"{W}val")
        for name in ("Notula Heading", "Notula Agenda")
    }
    assert levels == {"Notula Heading": "0", "Notula Agenda": "1"}
    s = doc.sections[0]
    margins = (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)
    assert [round(m.mm) for m in margins] == [20, 25, 30, 20]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    normal = doc.styles["Normal"]
    assert normal.font.name == "Arial" and normal.font.size.pt == 12
