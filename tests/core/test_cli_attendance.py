"""``notula attendance ID REPORT [--dry-run] [--mark-absent]`` as cli.md says."""

from __future__ import annotations

import pytest

from core import cli
from tests.core.attendance_helpers import FIXTURES, attendees, rakor


def run(capsys, *args: str) -> tuple[int, list[str], list[str]]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


@pytest.fixture
def archive(tmp_path):
    """The rakor archive, closed: (its path, the meeting's id)."""
    db = tmp_path / "a.db"
    store, meeting_id = rakor(db)
    store.close()
    return db, meeting_id


ZOOM_LINES = [
    "matched\tSekda Pangkalpinang - Radmida (Radmida Dawam)\tDr. H. Radmida Dawam, S.H., M.Si."
    "\t09:01\t11:02\t119",
    "matched\tBudi Santoso\tBudi Santoso\t09:15\t10:19\t65",
    "review\tBudi\tBudi Santoso / Budi Hartono\t09:20\t09:40\t20",
    "matched\tBahtiar Kemendagri\tBahtiar\t09:05\t11:00\t115",
    "review\tiPhone Pak Camat\t\t09:10\t09:50\t40",
    "review\t+62 812-3456-7890\t\t09:12\t10:00\t48",
    "added\tIr. Hendra Saputra\tIr. Hendra Saputra, M.T.\t09:00\t10:30\t90",
    "added\tBappeda Babel\tBappeda Babel\t09:05\t11:02\t118",
    "not-in-report\t\tSiti Aminah\t\t\t",
]


def test_a_report_prints_the_contract_lines_and_exits_0_with_review_lines(archive, capsys):
    db, meeting_id = archive
    report = str(FIXTURES / "zoom_legacy.csv")
    code, out, err = run(capsys, "--db", str(db), "attendance", str(meeting_id), report)
    assert (code, out, err) == (0, ZOOM_LINES, [])


def test_a_dry_run_writes_nothing(archive, capsys):
    db, meeting_id = archive
    from core.store import MeetingStore

    store = MeetingStore.open(db)
    before = store.list_items("attendees", meeting_id)
    store.close()
    report = str(FIXTURES / "zoom_legacy.csv")
    args = ("--db", str(db), "attendance", str(meeting_id), report, "--dry-run", "--mark-absent")
    code, out, err = run(capsys, *args)
    assert (code, out, err) == (0, ZOOM_LINES, [])
    from core.store import MeetingStore

    store = MeetingStore.open(db)
    assert store.list_items("attendees", meeting_id) == before
    store.close()


def test_twice_with_the_same_report_changes_nothing_the_second_time(archive, capsys):
    db, meeting_id = archive
    args = ("--db", str(db), "attendance", str(meeting_id), str(FIXTURES / "zoom_legacy.csv"))
    assert run(capsys, *args, "--mark-absent")[0] == 0
    from core.store import MeetingStore

    store = MeetingStore.open(db)
    first = store.list_items("attendees", meeting_id)
    store.close()
    code, out, err = run(capsys, *args, "--mark-absent")
    assert (code, err) == (0, [])
    # what was added is an attendee now; Siti Aminah, marked absent, is still not in it
    assert out[6].startswith("matched\tIr. Hendra Saputra\tIr. Hendra Saputra, M.T.\t")
    assert out[7] == "matched\tBappeda Babel\tBappeda Babel\t09:05\t11:02\t118"
    store = MeetingStore.open(db)
    assert store.list_items("attendees", meeting_id) == first
    assert attendees(store, meeting_id)["Siti Aminah"].present is False
    store.close()


def test_teams_and_meet_through_the_command_line(archive, capsys):
    db, meeting_id = archive
    code, out, _err = run(
        capsys, "--db", str(db), "attendance", str(meeting_id), str(FIXTURES / "teams_en.csv")
    )
    assert code == 0
    assert out[0] == "matched\tDawam, Radmida\tDr. H. Radmida Dawam, S.H., M.Si.\t09:01\t11:02\t119"
    assert out[3] == "review\tRead.ai meeting notes\t\t09:00\t11:02\t122"
    code, out, _err = run(
        capsys, "--db", str(db), "attendance", str(meeting_id), str(FIXTURES / "meet_new.csv")
    )
    # Meet's newer report gives no leave time: none is invented
    assert out[:2] == [
        "matched\tRadmida Dawam\tDr. H. Radmida Dawam, S.H., M.Si.\t09:01\t\t118",
        "matched\tBudi Santoso\tBudi Santoso\t09:15\t\t45",
    ]


def test_an_unknown_format_exits_2_and_writes_nothing(archive, capsys):
    db, meeting_id = archive
    before = db.read_bytes()
    for name in ("not_a_report.csv", "not_a_report.pdf"):
        path = FIXTURES / name
        code, out, err = run(capsys, "--db", str(db), "attendance", str(meeting_id), str(path))
        assert (code, out) == (2, [])
        assert err == [
            f"notula: {path}: not a participant report of Zoom, Microsoft Teams or Google Meet "
            "(export the participant list as CSV and try again)"
        ]
    assert db.read_bytes() == before


def test_an_unknown_meeting_or_a_missing_archive_exits_2(archive, tmp_path, capsys):
    db, _meeting_id = archive
    report = str(FIXTURES / "meet_old.csv")
    code, out, err = run(capsys, "--db", str(db), "attendance", "99", report)
    assert (code, out, len(err)) == (2, [], 1)
    missing = tmp_path / "none.db"
    code, out, err = run(capsys, "--db", str(missing), "attendance", "1", report, "--dry-run")
    assert (code, out, len(err)) == (2, [], 1)
    assert not missing.exists()


def test_messages_in_indonesian(archive, capsys, indonesian_locale):
    db, meeting_id = archive
    path = FIXTURES / "not_a_report.csv"
    code, _out, err = run(capsys, "--db", str(db), "attendance", str(meeting_id), str(path))
    assert code == 2
    assert err == [
        f"notula: {path}: bukan laporan peserta Zoom, Microsoft Teams, atau Google Meet "
        "(ekspor daftar peserta sebagai CSV lalu coba lagi)"
    ]
