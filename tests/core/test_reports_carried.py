"""The notula prints "Tindak lanjut rapat sebelumnya": the follow-ups carried
from earlier meetings of the series, with their progress and status, read
back from the .docx."""

from __future__ import annotations

from pathlib import Path

from core.reports.render import build
from tests.core.reports_helpers import example_meeting, open_docx, texts, with_office

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "sample"


def tables(doc) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]


def test_carried_follow_ups_are_printed_with_their_progress():
    meeting = example_meeting(SAMPLES / "rakor_inflasi_2023_minggu3.v2.json")
    doc = open_docx(build("minutes", meeting, with_office()))
    headings = [t for t in texts(doc) if "\t" in t and t.split("\t")[1].isupper()]
    assert headings[:3] == ["1.\tPEMBUKAAN", "2.\tTINDAK LANJUT RAPAT SEBELUMNYA", "3.\tPEMBAHASAN"]
    assert "5.\tTINDAK LANJUT" in headings
    carried, new = tables(doc)[:2]
    assert carried[0] == ["No", "Tindak Lanjut", "Penanggung Jawab", "Perkembangan", "Status"]
    assert carried[1] == [
        "1",
        "Menyusun jadwal operasi pasar murah per kecamatan",
        "Dinas Perindustrian dan Perdagangan",
        "Jadwal disusun dan dibagikan ke enam kecamatan.",
        "Selesai, 15 Juni 2023",
    ]
    assert carried[2][3].startswith("Laporan harian terkirim sejak 13 Juni")
    assert carried[2][4] == "Belum selesai; batas waktu 30 Juni 2023"
    # the follow-ups agreed in this meeting stay under Tindak Lanjut, numbered afresh
    assert new[1:] == [
        [
            "1",
            "Menyiapkan lokasi operasi pasar di pasar induk Muntok",
            "Bagian Perekonomian dan SDA",
            "23 Juni 2023",
        ]
    ]


def test_a_meeting_without_carried_follow_ups_has_no_such_section():
    meeting = example_meeting(SAMPLES / "rakor_inflasi_2023.v2.json")
    doc = open_docx(build("minutes", meeting, with_office()))
    assert not any("SEBELUMNYA" in t for t in texts(doc))
    assert tables(doc)[0][0] == ["No", "Tindak Lanjut", "Penanggung Jawab", "Batas Waktu"]
