"""Kehadiran daring: the daftar hadir with join, leave and minutes, and the notula's count."""

from __future__ import annotations

import pytest

from core.model import AttendanceSource
from core.reports.content import minutes_content
from core.reports.render import build
from core.settings import DEFAULTS
from tests.core.reports_helpers import W, example_meeting, open_docx, texts

SOURCE = AttendanceSource("zoom", "nama-berkas.csv", "2023-06-12T15:50")
LINE = "Sumber: laporan peserta Zoom (nama-berkas.csv), diunduh Senin, 12 Juni 2023 15.50 WIB"


@pytest.fixture
def meeting(example_path):
    """The example with what a report gave: times and minutes for two, minutes only
    (a unique-users report) for a third, nothing for the others."""
    m = example_meeting(example_path)
    present = [a for a in m.attendees if a.is_present]
    for a in present:
        a.joined_at = a.left_at = a.minutes_present = None
    present[0].joined_at, present[0].left_at, present[0].minutes_present = "13:28", "15:46", 138
    present[1].joined_at, present[1].left_at, present[1].minutes_present = "13:41:20", None, 64
    present[2].minutes_present = 0
    m.mode = "online"
    return m


def render(kind, meeting, **options):
    return open_docx(build(kind, meeting, dict(DEFAULTS), **options))


def test_online_daftar_hadir_prints_times_instead_of_signatures(meeting):
    doc = render("attendance", meeting, online=True, source=SOURCE)
    table = doc.tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "No", "Nama / NIP", "Jabatan / Instansi", "Masuk", "Keluar", "Menit",
    ]  # fmt: skip
    body = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert len(body) == 5  # the absent BPS head has no row
    assert [r[0] for r in body] == ["1", "2", "3", "4", "5"]
    assert body[0][1] == "Ir. Hendra Saputra, M.T.\nNIP. 19720315 199803 1 004"
    assert [r[3:] for r in body] == [
        ["13.28", "15.46", "138"],
        ["13.41", "", "64"],
        ["", "", "0"],
        ["", "", ""],
        ["", "", ""],
    ]
    assert "...." not in "\n".join(texts(doc))  # no signature lines
    rows = table._tbl.findall(f"{W}tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    lines = texts(doc)
    assert lines.count(LINE) == 1
    assert lines.index(LINE) > lines.index("5")  # under the table


def test_without_a_report_no_source_line_and_times_stay_empty(meeting):
    for a in meeting.attendees:
        a.joined_at = a.left_at = a.minutes_present = None
    doc = render("attendance", meeting, online=True)
    assert [c.text for c in doc.tables[-1].rows[0].cells][3:] == ["Masuk", "Keluar", "Menit"]
    assert not [t for t in texts(doc) if t.startswith("Sumber:")]


def test_the_signature_form_stays_the_default_even_with_a_report(meeting):
    doc = render("attendance", meeting, source=SOURCE)
    header = [c.text for c in doc.tables[-1].rows[0].cells]
    assert header == ["No", "Nama / NIP", "Jabatan / Instansi", "Keterangan", "Tanda Tangan"]
    assert LINE not in texts(doc)


def test_the_source_line_uses_the_meetings_zone_and_platform_name(meeting):
    meeting.timezone = "WITA"
    teams = AttendanceSource("teams", "Laporan Kehadiran.csv", "2023-06-13T08:05")
    lines = texts(render("attendance", meeting, online=True, source=teams))
    assert (
        "Sumber: laporan peserta Microsoft Teams (Laporan Kehadiran.csv), "
        "diunduh Selasa, 13 Juni 2023 08.05 WITA"
    ) in lines


def test_the_notula_says_how_many_joined_online_after_the_count(meeting):
    content = minutes_content(meeting, dict(DEFAULTS), SOURCE)
    assert content.online_count == "Hadir secara daring: 3 orang"
    lines = texts(render("minutes", meeting, source=SOURCE))
    counted = [i for i, t in enumerate(lines) if t.startswith("Jumlah peserta hadir")]
    online = lines.index("Hadir secara daring: 3 orang")
    assert counted and online == counted[0] + 1


def test_the_notula_says_nothing_of_online_attendance_without_a_report(meeting):
    assert minutes_content(meeting, dict(DEFAULTS)).online_count == ""
    lines = texts(render("minutes", meeting))
    assert not [t for t in lines if t.startswith("Hadir secara daring")]
