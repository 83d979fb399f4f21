"""What goes into each document, checked as plain data (no Word involved)."""

from __future__ import annotations

import pytest

from core import model
from core.reports.attendance_content import attendance_content
from core.reports.content import BLANK_NAME, minutes_content
from core.reports.press_content import news_name, press_content
from core.reports.render import default_filename
from core.reports.text import clean, first_line, split_paragraphs, tokens
from core.settings import DEFAULTS
from tests.core.reports_helpers import (
    CONTROLS,
    HOSTILE,
    big_meeting,
    example_meeting,
    hostile_meeting,
    with_office,
)


@pytest.fixture
def meeting(example_path):
    return example_meeting(example_path)


def settings(**changes):
    return {**DEFAULTS, **changes}


def fields(content):
    return {f.label: f.values for f in content.fields}


# ---- text ------------------------------------------------------------------------------


def test_split_paragraphs_keeps_each_line_verbatim_and_drops_blank_ones():
    assert split_paragraphs("  satu\r\ndua\t\n\n   \ntiga\u2029empat") == [
        "  satu",
        "dua\t",
        "tiga",
        "empat",
    ]
    assert split_paragraphs(None) == [] and split_paragraphs("\n \n") == []


def test_clean_turns_line_breaking_controls_into_breaks_and_drops_the_rest():
    assert clean("a\x0bb\x0cc\u2028d\x85e") == "a\nb\nc\nd\ne"
    assert clean("x" + CONTROLS + "y\ud800\uffff") == "xy"
    assert clean("tab\tstays <&>") == "tab\tstays <&>"
    assert tokens("a\tb\x0bc") == ["a", "\t", "b", "\n", "c"]
    assert first_line("a\nb\t c") == "a b c"


# ---- notula rapat ----------------------------------------------------------------------


def test_header_block_of_the_example(meeting):
    c = minutes_content(meeting, settings())
    f = fields(c)
    assert [x.label for x in c.fields] == [
        "Sidang/Rapat", "Hari/Tanggal", "Waktu", "Tempat", "Penyelenggara", "Acara",
        "Pimpinan Rapat", "Notulis", "Peserta",
    ]  # fmt: skip
    assert f["Sidang/Rapat"] == [meeting.title]  # the title already names the kind
    assert f["Hari/Tanggal"] == ["Senin, 12 Juni 2023"]
    assert f["Waktu"] == ["13.30 s.d. 15.45 WIB"]
    assert f["Tempat"] == [
        "Ruang Rapat Bagian Perekonomian dan Zoom Meeting (hybrid: luring dan daring)"
    ]
    assert f["Pimpinan Rapat"] == [
        "Ir. Hendra Saputra, M.T. (Asisten Perekonomian dan Pembangunan)"
    ]
    assert f["Notulis"] == ["Dewi Lestari, A.Md. (Pengadministrasi Umum)"]
    assert len(f["Peserta"]) == 5  # the absent BPS head is not listed as present
    assert not any("BPS" in p for p in f["Peserta"])
    assert (
        "Agus Salim, S.P. (Sekretaris Dinas Pertanian, mewakili Kepala Dinas Pertanian)"
        in f["Peserta"]
    )
    assert f["Acara"] == [
        "Perkembangan harga bahan pokok pekan ini",
        "Rencana operasi pasar murah dan gerakan tanam cabai",
    ]
    assert c.title == "NOTULA" and c.number_line == "Nomor: 005/112/Ekon/2023"


def test_open_end_mode_words_and_long_attendee_lists(meeting):
    meeting.end_time, meeting.mode, meeting.location = None, "online", "Zoom Meeting"
    f = fields(minutes_content(meeting, settings(attendees_inline_max=3)))
    assert f["Waktu"] == ["13.30 WIB s.d. selesai"]
    assert f["Tempat"] == ["Zoom Meeting (daring)"]
    assert f["Peserta"] == ["5 orang (daftar hadir terlampir)"]
    meeting.mode, meeting.location = "in_person", None
    assert fields(minutes_content(meeting, settings()))["Tempat"] == ["luring"]


def test_sections_discussion_and_signatures_of_the_example(meeting):
    c = minutes_content(meeting, settings())
    assert [h for _, h in c.sections] == [
        "1.\tPEMBUKAAN", "2.\tPEMBAHASAN", "3.\tKEPUTUSAN", "4.\tTINDAK LANJUT",
        "5.\tPENUTUP",
    ]  # fmt: skip
    assert [g.title for g in c.discussion] == [
        "1.\tPerkembangan harga bahan pokok pekan ini",
        "2.\tRencana operasi pasar murah dan gerakan tanam cabai",
    ]
    blocks = [b for g in c.discussion for b in g.statements]
    assert [b.speaker for b in blocks] == [
        "Yuliana Putri, S.E., M.M.", "Rudi Hartono", "Agus Salim, S.P.", "Ir. Hendra Saputra, M.T.",
    ]  # fmt: skip
    assert [b.quote for b in blocks] == [True, False, True, True]
    assert blocks[2].after_name == (
        " (Sekretaris Dinas Pertanian, Pemerintah Kabupaten Bangka Barat,"
        " mewakili Kepala Dinas Pertanian):"
    )
    assert [b.paragraphs[0] for b in blocks] == [s.text for s in meeting.statements]
    assert c.decisions == [d.text for d in meeting.decisions]
    assert [(a.number, a.due) for a in c.actions] == [("1", "16 Juni 2023"), ("2", "30 Juni 2023")]
    assert c.place_date == "Muntok, 12 Juni 2023"
    (chair,) = c.signatories  # the chair alone by default, as the official form has it
    assert chair.heading == ["Pimpinan Rapat,", "Asisten Perekonomian dan Pembangunan,"]
    assert chair.name == "Ir. Hendra Saputra, M.T." and chair.rank == "Pembina Utama Muda (IV/c)"
    assert chair.nip == "NIP. 19720315 199803 1 004"
    assert c.acknowledger is None


@pytest.mark.parametrize("label", ["Notulis", "Pencatat"])
def test_the_office_may_have_the_note_taker_sign_beside_the_chair(meeting, label):
    office = with_office(minutes={"signatories": "note_taker_and_chair", "note_taker_label": label})
    clerk, chair = minutes_content(meeting, settings(**office)).signatories
    assert clerk.heading == [f"{label},", "Pengadministrasi Umum,"]
    assert clerk.name == "Dewi Lestari, A.Md." and clerk.nip == "NIP. 19950817 201903 2 011"
    assert chair.heading[0] == "Pimpinan Rapat,"


def test_a_meeting_that_names_its_signatories_gets_exactly_those(meeting):
    ack = {"label": "", "name": "Drs. Budi", "position": "Sekretaris Daerah"}
    meeting.signatories = [
        model.Signatory("Notulis", attendee_id=meeting.note_taker.id),
        model.Signatory("Mengetahui, Kepala Dinas", name="Drs. H. Amir", rank="Pembina (IV/a)",
                        nip="196801011990031002", position="Kepala Dinas Pertanian"),
        model.Signatory("Ketua Tim,", attendee_id=meeting.chair.id, position="Ketua Tim Inflasi"),
    ]  # fmt: skip
    c = minutes_content(meeting, settings(**with_office(acknowledger=ack)))
    assert [s.heading for s in c.signatories] == [
        ["Notulis,", "Pengadministrasi Umum,"],
        ["Mengetahui, Kepala Dinas,", "Kepala Dinas Pertanian,"],
        ["Ketua Tim,", "Ketua Tim Inflasi,"],  # the row's own jabatan wins
    ]
    assert [s.name for s in c.signatories] == [
        "Dewi Lestari, A.Md.", "Drs. H. Amir", "Ir. Hendra Saputra, M.T.",
    ]  # fmt: skip
    assert c.signatories[1].nip == "NIP. 19680101 199003 1 002"
    assert c.signatories[2].rank == "Pembina Utama Muda (IV/c)"
    assert c.acknowledger is None  # the office's standing one is not added


def test_the_city_and_date_line_is_an_office_setting(meeting):
    assert minutes_content(meeting, settings(**with_office())).place_date == "Muntok, 12 Juni 2023"
    off = with_office(minutes={"city_date_line": False})
    assert minutes_content(meeting, settings(**off)).place_date == ""


def test_default_city_acknowledger_and_unassigned_statements(meeting):
    meeting.city = None
    meeting.statements[0].agenda_id = None
    ack = {"label": "", "name": "Drs. Budi", "rank": "Pembina (IV/a)", "nip": "198704122010012003",
           "position": "Sekretaris Daerah"}  # fmt: skip
    c = minutes_content(meeting, settings(**with_office(acknowledger=ack)))
    assert c.place_date == "Pangkalpinang, 12 Juni 2023"
    assert c.discussion[0].title == "Umum"
    assert c.discussion[0].statements[0].speaker == "Yuliana Putri, S.E., M.M."
    assert c.acknowledger.heading == ["Mengetahui,", "Sekretaris Daerah,"]
    assert c.acknowledger.nip == "NIP. 19870412 201001 2 003"


def test_missing_chair_leaves_a_line_to_write_the_name(meeting):
    meeting.chair_id = None
    for a in meeting.attendees:
        a.role = None if a.role == "chair" else a.role
    c = minutes_content(meeting, settings())
    assert c.signatories[0].name == BLANK_NAME
    assert fields(c)["Pimpinan Rapat"] == ["-"]


def test_multi_paragraph_statements_stay_paragraphs():
    c = minutes_content(hostile_meeting(), settings())
    summary = c.discussion[1].statements[1]
    assert summary.paragraphs[:2] == ["Ringkasan", "paragraf dua"]
    assert summary.paragraphs[2].startswith("paragraf tiga")
    assert c.discussion[0].title is None or c.discussion[0].title == "Umum"


# ---- daftar hadir ----------------------------------------------------------------------


def test_attendance_rows_and_remarks(meeting):
    c = attendance_content(meeting, settings())
    assert [r.number for r in c.rows] == [1, 2, 3, 4, 5]
    assert [r.name for r in c.rows] == [
        "Ir. Hendra Saputra, M.T.", "Yuliana Putri, S.E., M.M.", "Agus Salim, S.P.",
        "Rudi Hartono", "Dewi Lestari, A.Md.",
    ]  # fmt: skip
    assert c.rows[0].nip == "NIP. 19720315 199803 1 004"
    assert c.rows[2].remarks == ["Mewakili Kepala Dinas Pertanian"]
    assert c.rows[3].remarks == ["datang 13.41", "pulang 15.10"]
    assert c.rows[0].remarks == ["Hadir"]
    assert c.header == ("No", "Nama / NIP", "Jabatan / Instansi", "Keterangan", "Tanda Tangan")
    meeting.mode = "online"
    assert attendance_content(meeting, settings()).rows[0].remarks == ["Daring"]


def test_joining_on_time_is_not_late(meeting):
    bulog = meeting.attendees[4]
    bulog.joined_at, bulog.left_at = "13:25", "15:45"
    assert attendance_content(meeting, settings()).rows[3].remarks == ["Hadir"]


# ---- siaran pers -----------------------------------------------------------------------


def test_press_release_of_the_example(meeting):
    c = press_content(meeting, settings())
    lead = c.paragraphs[0]
    assert lead.startswith(
        "MUNTOK – Asisten Perekonomian dan Pembangunan, Hendra Saputra, memimpin "
    )
    assert "pada Senin (12/6/2023) pukul 13.30 WIB" in lead
    assert "secara luring dan daring (hybrid)" in lead
    assert c.headline == meeting.title and len(c.headline.split()) <= 15
    assert c.dateline == "MUNTOK"
    body = "\n".join(c.paragraphs)
    assert (
        "“Harga cabai rawit di Pasar Muntok naik menjadi Rp85.000 per kilogram, sementara beras "
        "medium relatif stabil di Rp12.500,” ujar Yuliana." in body
    )
    assert "Menurut Rudi, stok beras di gudang BULOG cukup untuk tiga bulan ke depan;" in body
    quotes = [p for p in c.paragraphs if p.startswith("“")]
    verbs = {p.split("” ")[1].split()[0] for p in quotes}
    assert len(quotes) == 3 and len(verbs) == 3  # attribution varies
    assert "BPS" not in body  # absent: not said to have attended
    assert c.decisions == [d.text for d in meeting.decisions]


def test_press_release_invents_nothing(meeting):
    c = press_content(meeting, settings())
    text = " ".join([c.headline, *c.paragraphs, *c.decisions])
    names = {w.strip(",.“”") for w in text.split() if w.strip("“")[:1].isupper()}
    source = " ".join(
        [meeting.title, meeting.location, meeting.city.upper(), meeting.organizer or ""]
        + [s.text for s in meeting.statements]
        + [d.text for d in meeting.decisions]
        + [a.title for a in meeting.agenda]
        + [
            f"{a.name or ''} {a.position or ''} {a.organization or ''} {a.represents or ''}"
            for a in meeting.attendees
        ]
    )
    allowed = {"Rapat", "Menurut", "Senin", "WIB", "Pimpin", "MUNTOK"}
    assert {n for n in names if n not in source and n not in allowed} == set()


def test_press_release_without_city_chair_or_names():
    m = model.Meeting(title="Koordinasi Posyandu", date="2022-03-01", mode="online")
    m.attendees = [model.Attendee(position="Ketua DPRD Kota Pangkalpinang", id=1)]
    m.statements = [
        model.Statement("Kita mulai.", speaker_id=1),
        model.Statement("Sudah jelas?", speaker_id=1),
    ]
    c = press_content(m, dict(DEFAULTS))  # no office profile: no city
    assert (
        c.paragraphs[0] == "Rapat Koordinasi Posyandu digelar pada Selasa (1/3/2022) secara daring."
    )
    assert c.paragraphs[-2] == "“Kita mulai,” ujar Ketua DPRD Kota Pangkalpinang."
    assert c.paragraphs[-1] == "“Sudah jelas?” tambahnya."


def test_news_names_drop_degrees():
    assert news_name("Ir. Hendra Saputra, M.T.") == ("Hendra Saputra", "Hendra")
    assert news_name("Hj. Radmida Dawam, S.H.") == ("Radmida Dawam", "Radmida")
    assert news_name("Hj. Radmida Dawam, S.H.", keep_degrees=True) == (
        "Hj. Radmida Dawam, S.H.", "Radmida",
    )  # fmt: skip
    assert news_name("Rudi") == ("Rudi", "Rudi")
    # never a single letter, an initial, a bare honorific or a name prefix
    assert news_name("Ni Made Sari Dewi, S.E.")[1] == "Sari"
    assert news_name("I Gusti Ngurah Rai")[1] == "Ngurah"
    assert news_name("M. Yusuf")[1] == "Yusuf"
    assert news_name("H.")[1] == "H."
    assert news_name("عبد الله")[1] == "عبد الله"


def test_press_release_v2_number_follow_ups_contact_and_length(meeting):
    office = with_office(press={
        "release_number": "{n}/HUMAS/{year}", "contact_name": "Rina", "contact_phone": "0812",
    })  # fmt: skip
    c = press_content(meeting, settings(**office))
    assert (c.label, c.number_line) == ("SIARAN PERS", "Nomor: …/HUMAS/2023")
    assert "menyepakati" not in " ".join([c.decisions_intro, *c.paragraphs])
    assert any("paling lambat Jumat (30/6/2023)" in p for p in c.closing)
    assert c.closing[-1] == "Narahubung: Rina (0812)"
    long = big_meeting(40, 150)
    for s in long.statements:
        s.text = "Kalimat panjang tentang harga beras dan cabai di pasar induk kota. " * 4
    text = press_content(long, settings(**office))
    words = sum(len(p.split()) for p in [text.headline, *text.paragraphs, *text.closing])
    assert 300 < words <= 600
    assert len(text.headline.split()) <= 15
    figures = "Kalimat panjang tentang harga beras dan cabai di pasar 1.200 kota. " * 4
    long.statements[140].text = figures  # as long as the others, with a figure: kept first
    kept = press_content(long, settings(**office)).paragraphs
    assert any("pasar 1.200 kota" in p for p in kept)


def test_press_release_from_the_offices_angle_when_a_visitor_chairs(meeting):
    dirjen = model.Attendee(name="Dr. Agus Fatoni, M.Si.", id=99, organization="Kemendagri",
                            position="Direktur Jenderal Bina Keuangan Daerah")  # fmt: skip
    meeting.attendees.append(dirjen)
    meeting.chair_id = dirjen.id
    for a in meeting.attendees:
        a.role = None if a.role == "chair" else a.role
    meeting.statements.append(model.Statement("Daerah wajib lapor harga.", speaker_id=99))
    office = with_office(government="PEMERINTAH KABUPATEN BANGKA BARAT")
    c = press_content(meeting, settings(**office))
    assert c.paragraphs[0].startswith(
        "MUNTOK – Kepala Dinas Perindustrian dan Perdagangan, Yuliana Putri, mengikuti Rapat "
    )  # the office's own official who spoke first
    assert "yang dipimpin Direktur Jenderal Bina Keuangan Daerah, Agus Fatoni" in c.paragraphs[0]
    assert "Direktur" not in c.headline and "Yuliana Putri" not in c.paragraphs[1]
    assert c.paragraphs[-1].startswith("“Daerah wajib lapor harga,” ")  # quoted, not the subject
    assert c.paragraphs[-1].endswith(" Agus.")  # by short name: introduced in the lead


def test_hostile_meeting_builds_all_three_with_every_character_kept():
    """Markup, emoji, right-to-left text and control characters reach the content as
    typed (the writers escape and filter them): nothing is dropped or rewritten here."""
    m = hostile_meeting()
    s = settings()
    minutes = minutes_content(m, s)
    said = [
        p for group in minutes.discussion for block in group.statements for p in block.paragraphs
    ]
    assert HOSTILE in said
    assert minutes.decisions == ["Keputusan <1> & “sah”"]
    assert (minutes.actions[0].text, minutes.actions[0].owner) == (
        "Kirim laporan\x01 & data",
        "Dinas <A>",
    )
    attendance = attendance_content(m, s)
    rows = [(r.name, r.position, r.remarks) for r in attendance.rows]
    assert rows == [
        ("Radmida Dawam, S.H. <Ketua>", "Ketua & Wakil", ["Daring"]),
        ("عبد الله", "Tamu 😀", ["Daring", "Mewakili Kepala <Dinas>"]),
    ]  # the absent invitee is not on the list to sign
    c = press_content(m, s)
    assert any(HOSTILE.rstrip(".") in p for p in c.paragraphs)


def test_default_filename_is_safe_everywhere(meeting):
    assert default_filename(meeting, "minutes") == (
        "2023-06-12 Notula Rapat - Rapat Koordinasi Pengendalian Inflasi Daerah Minggu Ke-2 "
        "Bulan Juni 2023.docx"
    )
    meeting.title = 'A/B\\C:D*E?F"G<H>I|J\x00\nK. '
    name = default_filename(meeting, "press", ".pdf")
    assert name == "2023-06-12 Siaran Pers - A B C D E F G H I J K.pdf"
    meeting.title = "x" * 500
    assert len(default_filename(meeting, "attendance")) <= 125


def test_python_docx_is_not_imported_until_a_document_is_made():
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys; import core.reports.render, core.reports.pdf, core.reports.content, "
        "core.reports.press_content; print('docx' in sys.modules)"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


# ---- the complete record (office.minutes choices) ----------------------------------------


@pytest.mark.parametrize(
    ("numbering", "first", "last"),
    [("1.", "1.\tPEMBUKAAN", "5.\tPENUTUP"), ("A.", "A.\tPEMBUKAAN", "E.\tPENUTUP"),
     ("I.", "I.\tPEMBUKAAN", "V.\tPENUTUP"), ("none", "PEMBUKAAN", "PENUTUP")],
)  # fmt: skip
def test_the_offices_choices_for_the_notula(meeting, numbering, first, last):
    office = with_office(minutes={
        "title": "NOTULA RAPAT", "section_numbering": numbering, "decisions_heading": "Kesimpulan",
        "note_taker_label": "Pencatat", "count_present": False,
    })  # fmt: skip
    c = minutes_content(meeting, settings(**office))
    headings = [h for _, h in c.sections]
    assert c.title == "NOTULA RAPAT" and headings[0] == first and headings[-1] == last
    assert any(h.endswith("KESIMPULAN") for h in headings)
    assert "Pencatat" in fields(c) and "Notulis" not in fields(c)
    assert c.present_count == ""


def test_an_empty_part_is_left_out_and_the_numbers_close_up(meeting):
    meeting.opening, meeting.decisions = None, []
    c = minutes_content(meeting, settings())
    assert [h for _, h in c.sections] == [
        "1.\tPEMBAHASAN", "2.\tTINDAK LANJUT", "3.\tPENUTUP",
    ]  # fmt: skip


def test_kind_organizer_time_and_attendance_in_the_notula(meeting):
    meeting.title, meeting.end_time = "Evaluasi Harga Pekan Kedua", None
    absent = next(a for a in meeting.attendees if not a.is_present)
    absent.absence_reason = "dinas luar daerah"
    c = minutes_content(meeting, settings())
    f = fields(c)
    assert f["Sidang/Rapat"] == ["Rapat Koordinasi — Evaluasi Harga Pekan Kedua"]
    assert f["Penyelenggara"] == [meeting.organizer]
    assert f["Waktu"] == ["13.30 WIB s.d. selesai"]
    assert c.absent == ["Kepala BPS Kabupaten Bangka Barat: dinas luar daerah"]
    assert c.present_count == "Jumlah peserta hadir: 5 orang"
    rows = attendance_content(meeting, settings()).rows
    assert len(rows) == 5 and not any("BPS" in r.position + r.name for r in rows)


def test_a_speaker_in_full_at_first_mention_per_agenda_item_then_by_short_name(meeting):
    chair, dewi = meeting.chair, meeting.note_taker
    dewi.short_name = "Dewi"
    first = meeting.statements[0].agenda_id
    meeting.statements += [
        model.Statement("Tanggapan.", speaker_id=chair.id, agenda_id=first),
        model.Statement("Sekali lagi.", speaker_id=chair.id, agenda_id=first),
        model.Statement("Catatan.", speaker_id=dewi.id, agenda_id=first),
        model.Statement("Lagi.", speaker_id=dewi.id, agenda_id=first),
    ]
    c = minutes_content(meeting, settings())
    one, two = ([(b.speaker, b.after_name) for b in g.statements] for g in c.discussion)
    assert one[2:] == [
        ("Ir. Hendra Saputra, M.T.", " (Asisten Perekonomian dan Pembangunan, Sekretariat Daerah"
         " Kabupaten Bangka Barat):"),
        ("Hendra Saputra", ":"),  # titles and degrees dropped
        ("Dewi Lestari, A.Md.", " (Pengadministrasi Umum, Bagian Perekonomian dan SDA):"),
        ("Dewi", ":"),  # the attendee's own short name
    ]  # fmt: skip
    assert two[-1][0] == "Ir. Hendra Saputra, M.T."  # in full again in the next agenda item
