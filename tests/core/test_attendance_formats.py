"""Participant reports read the way each platform writes them (docs/spec/attendance-formats.md)."""

from __future__ import annotations

import pytest

from core.attendance.readers import parse_report, read_report
from core.attendance.report import Row, entries_from_rows
from core.attendance.times import parse_minutes, parse_stamp
from core.errors import InputError
from tests.core.attendance_helpers import FIXTURES


def entries(name: str) -> dict[str, tuple]:
    report = read_report(FIXTURES / name)
    return {e.name: (e.email, e.joined, e.left, e.minutes) for e in report.entries}


RADMIDA_ZOOM = ("radmida@example.go.id", "09:01", "11:02", 119)


@pytest.mark.parametrize("name", ["zoom_legacy.csv", "zoom_plain.csv", "zoom_sentence.csv"])
def test_zoom_connections_are_one_person(name):
    report = read_report(FIXTURES / name)
    assert report.platform == "zoom"
    got = entries(name)
    # two connections, 74 + 45 minutes of time covered: one line, earliest join, latest leave
    assert got["Sekda Pangkalpinang - Radmida (Radmida Dawam)"] == RADMIDA_ZOOM
    assert got["Budi Santoso"] == ("budi@example.go.id", "09:15", "10:19", 65)


def test_overlapping_connections_are_counted_once():
    got = entries("zoom_legacy.csv")
    # 09:00-10:00 and 09:30-10:30 from two devices: 90 minutes, not 120
    assert got["Ir. Hendra Saputra"] == (None, "09:00", "10:30", 90)
    assert got["Bappeda Babel"] == (None, "09:05", "11:02", 118)


def test_the_file_starts_with_a_bom_crlf_and_trailing_commas():
    data = (FIXTURES / "zoom_legacy.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfMeeting ID,") and b",41,\r\n" in data


def test_zoom_in_indonesian_per_connection_and_unique_users():
    assert entries("zoom_id.csv") == {"Radmida Dawam": RADMIDA_ZOOM}
    unique = entries("zoom_id_unique.csv")
    # the unique-users report gives the total only: no join or leave is invented
    assert unique["Sekda Pangkalpinang - Radmida (Radmida Dawam)"] == (
        "radmida@example.go.id",
        None,
        None,
        119,
    )
    assert unique["Bahtiar Kemendagri"] == (None, None, None, 115)


def test_an_excel_resave_semicolons_rewritten_dates_and_ansi():
    report = read_report(FIXTURES / "zoom_excel.csv")
    assert report.platform == "zoom"
    got = entries("zoom_excel.csv")
    assert got["Radmida Dawam"] == RADMIDA_ZOOM
    assert got["André Sitompul, S.E."] == (None, "09:30", "10:00", 30)


def test_teams_utf16_sections_english_dates():
    report = read_report(FIXTURES / "teams_en.csv")
    assert report.platform == "teams"
    got = entries("teams_en.csv")
    # section 2 only: section 3's sessions are not counted again
    assert len(report.entries) == 4
    assert got["Dawam, Radmida"] == ("radmida@example.go.id", "09:01", "11:02", 119)
    assert got["Bahtiar (Guest)"] == (None, "09:05", "11:00", 115)


def test_teams_utf16_big_endian_indonesian_dates_and_ext_upn():
    report = read_report(FIXTURES / "teams_id.csv")
    assert report.platform == "teams"
    got = entries("teams_id.csv")
    assert got["Dawam, Radmida"] == ("radmida@example.go.id", "09:01", "11:02", 119)
    # an #EXT# UPN is no e-mail
    assert got["Budi Santoso (Tamu)"] == (None, "09:15", "10:19", 65)


def test_teams_2020_event_rows():
    text = (
        "Full Name\tUser Action\tTimestamp\n"
        "Budi Santoso\tJoined\t3/1/2022, 9:00:00 AM\n"
        "Budi Santoso\tLeft\t3/1/2022, 9:30:00 AM\n"
        "Budi Santoso\tJoined\t3/1/2022, 9:40:00 AM\n"
        "Budi Santoso\tLeft\t3/1/2022, 10:00:00 AM\n"
    )
    report = parse_report(b"\xff\xfe" + text.encode("utf-16-le"))
    assert report is not None and report.platform == "teams"
    [e] = report.entries
    assert (e.joined, e.left, e.minutes, e.connections) == ("09:00", "10:00", 50, 2)


def test_meet_old_columns_narrow_no_break_space():
    report = read_report(FIXTURES / "meet_old.csv")
    assert report.platform == "meet"
    got = entries("meet_old.csv")
    assert got["Radmida Dawam"] == ("radmida@example.go.id", "09:01", "11:02", 118)
    assert got["Budi"] == ("budi@example.go.id", "09:15", "10:00", 45)
    assert got["Bahtiar Kemendagri"] == (None, "10:59", "11:00", 1)


def test_meet_new_columns_give_no_leave_time():
    report = read_report(FIXTURES / "meet_new.csv")
    assert report.platform == "meet"
    got = entries("meet_new.csv")
    assert got["Radmida Dawam"] == ("radmida@example.go.id", "09:01", None, 118)
    assert got["Budi Santoso"] == (None, "09:15", None, 45)


def test_the_format_comes_from_the_content_not_the_name(tmp_path):
    renamed = tmp_path / "zoom-report.xlsx"
    renamed.write_bytes((FIXTURES / "teams_en.csv").read_bytes())
    assert read_report(renamed).platform == "teams"


@pytest.mark.parametrize("name", ["not_a_report.csv", "not_a_report.pdf"])
def test_a_file_that_is_no_report_is_one_sentence(name):
    with pytest.raises(InputError) as caught:
        read_report(FIXTURES / name)
    message = str(caught.value)
    assert message.startswith(str(FIXTURES / name))
    assert "not a participant report of Zoom, Microsoft Teams or Google Meet" in message
    assert "\n" not in message


def test_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_report(tmp_path / "absent.csv")


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        ("03/01/2022 09:01:23 AM", "09:01"),
        ("3/1/22, 1:05:00 PM", "13:05"),
        ("15/11/22, 09:30:17", "09:30"),
        ("01/03/22, 09.01.50", "09:01"),
        ("10:30\u202fPM", "22:30"),
        ("12:10 AM", "00:10"),
        ("22.30", "22:30"),
        ("9/24/20 13:30", "13:30"),
        ("2022-03-01T09:01:23", "09:01"),
    ],
)
def test_times_as_platforms_write_them(text, hhmm):
    stamp = parse_stamp(text)
    assert stamp is not None and stamp.hhmm() == hhmm


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("74", 74),
        ("1h 58m 37s", 119),
        ("1 hr 5 min", 65),
        ("56 min", 56),
        ("30 sec", 1),
        ("2 jam 5 menit", 125),
        ("1:02:03", 62),
        ("soon", None),
    ],
)
def test_durations(text, minutes):
    assert parse_minutes(text) == minutes


def test_a_connection_without_email_joins_the_same_name_with_one():
    rows = [
        Row("Budi Santoso", "budi@example.go.id", "9:00 AM", "9:30 AM"),
        Row("Budi Santoso", "", "9:45 AM", "10:00 AM"),
    ]
    [e] = entries_from_rows(rows)
    assert (e.email, e.joined, e.left, e.minutes, e.connections) == (
        "budi@example.go.id",
        "09:00",
        "10:00",
        45,
        2,
    )


def test_the_xlsx_downloads_of_teams_and_meet():
    teams = read_report(FIXTURES / "teams.xlsx")
    assert teams.platform == "teams"
    assert [(e.name, e.joined, e.left, e.minutes) for e in teams.entries] == [
        ("Dawam, Radmida", "09:01", "11:02", 119),
        ("Budi Santoso", "09:15", "10:19", 65),
    ]
    meet = read_report(FIXTURES / "meet.xlsx")
    assert meet.platform == "meet"
    assert [(e.name, e.joined, e.left, e.minutes) for e in meet.entries] == [
        ("Radmida Dawam", "09:01", "11:02", 118),
        ("Budi", "09:15", "10:00", 45),
    ]


def test_a_zip_that_is_no_workbook_is_no_report(tmp_path):
    import zipfile

    document = tmp_path / "notula.docx"
    with zipfile.ZipFile(document, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(InputError, match="not a participant report"):
        read_report(document)


def test_teams_2021_rows_per_join_after_a_meeting_summary():
    report = read_report(FIXTURES / "teams_2021.csv")
    assert report.platform == "teams"
    assert [(e.name, e.joined, e.left, e.minutes, e.connections) for e in report.entries] == [
        ("Radmida Dawam", "09:01", "11:02", 119, 2),
        ("Budi Santoso", "09:15", "10:19", 65, 1),
    ]


def test_a_zoom_webinar_report_its_sections_and_who_did_not_attend():
    report = read_report(FIXTURES / "zoom_webinar.csv")
    assert report.platform == "zoom"
    # the section titles are no people; "Attended: No" is left out
    assert [(e.name, e.joined, e.left, e.minutes) for e in report.entries] == [
        ("Setda Babel", "08:55", "11:02", 128),
        ("Radmida Dawam", "09:01", "11:02", 121),
        ("Budi Santoso", "09:15", "10:19", 65),
    ]
