"""The participant report last applied is remembered with the meeting (archive only)."""

from __future__ import annotations

import os
import shutil
import time

from core.attendance import apply, readers
from core.model import AttendanceSource
from tests.core.attendance_helpers import FIXTURES, rakor

#: 12 June 2023 15:50 UTC, moved so that the local clock reads 15:50
STAMP = 1686585000


def _report(tmp_path, name="peserta-rakor.csv"):
    path = tmp_path / name
    shutil.copy(FIXTURES / "zoom_legacy.csv", path)
    local = STAMP - time.localtime(STAMP).tm_gmtoff
    os.utime(path, (local, local))
    return path


def test_a_report_read_from_a_file_knows_its_name_and_download_time(tmp_path):
    report = readers.read_report(_report(tmp_path))
    assert (report.platform, report.file_name) == ("zoom", "peserta-rakor.csv")
    assert report.downloaded_at == "2023-06-12T15:50"


def test_applying_stores_the_source_in_the_same_undo_step(tmp_path):
    store, meeting_id = rakor(tmp_path / "a.db")
    assert store.attendance_source(meeting_id) is None
    plan = apply.plan_report(store, meeting_id, readers.read_report(_report(tmp_path)))
    changes = apply.apply_plan(store, plan)
    expected = AttendanceSource("zoom", "peserta-rakor.csv", "2023-06-12T15:50")
    assert store.attendance_source(meeting_id) == expected
    changes.undo.run()
    assert store.attendance_source(meeting_id) is None
    assert all(a.joined_at is None for a in store.list_items("attendees", meeting_id))
    store.close()


def test_the_same_report_again_changes_nothing_and_another_file_is_named(tmp_path):
    store, meeting_id = rakor(tmp_path / "a.db")
    path = _report(tmp_path)
    apply.apply_plan(store, apply.plan_report(store, meeting_id, readers.read_report(path)))
    again = apply.apply_plan(store, apply.plan_report(store, meeting_id, readers.read_report(path)))
    assert again.undo is None
    renamed = _report(tmp_path, "unduhan-kedua.csv")
    plan = apply.plan_report(store, meeting_id, readers.read_report(renamed))
    changes = apply.apply_plan(store, plan)
    assert store.attendance_source(meeting_id).file_name == "unduhan-kedua.csv"
    assert changes.undo is not None and changes.meeting_id == meeting_id
    changes.undo.run()
    assert store.attendance_source(meeting_id).file_name == "peserta-rakor.csv"
    store.close()


def test_deleting_the_meeting_forgets_its_source(tmp_path):
    store, meeting_id = rakor(tmp_path / "a.db")
    path = _report(tmp_path)
    apply.apply_plan(store, apply.plan_report(store, meeting_id, readers.read_report(path)))
    store.delete_meeting(meeting_id)
    assert store.attendance_source(meeting_id) is None
    store.close()


def test_render_counts_who_joined_online_and_keeps_the_signature_form(tmp_path, capsys):
    from core import cli
    from tests.core.reports_helpers import open_docx, texts

    store, meeting_id = rakor(tmp_path / "a.db")
    store.close()
    db, report = str(tmp_path / "a.db"), str(_report(tmp_path))
    assert cli.main(["--db", db, "attendance", str(meeting_id), report]) == 0
    minutes, attendance = tmp_path / "m.docx", tmp_path / "a.docx"
    args = ["--db", db, "render", str(meeting_id), "--minutes", str(minutes)]
    assert cli.main([*args, "--attendance", str(attendance)]) == 0
    capsys.readouterr()
    lines = texts(open_docx(minutes))
    online = [t for t in lines if t.startswith("Hadir secara daring: ")]
    assert online == ["Hadir secara daring: 5 orang"]  # three matched, two added
    table = open_docx(attendance).tables[-1]
    assert [c.text for c in table.rows[0].cells][3:] == ["Keterangan", "Tanda Tangan"]
    assert not [t for t in texts(open_docx(attendance)) if t.startswith("Sumber:")]


def test_a_final_notula_with_the_online_count_verifies(tmp_path):
    from core.reports.render import build
    from core.verify import verify_file
    from tests.core.reports_helpers import open_docx, texts

    store, meeting_id = rakor(tmp_path / "a.db")
    path = _report(tmp_path)
    apply.apply_plan(store, apply.plan_report(store, meeting_id, readers.read_report(path)))
    store.finalise(meeting_id)
    source = store.attendance_source(meeting_id)
    doc = tmp_path / "notula.docx"
    data = build("minutes", store.get_meeting(meeting_id), store.all_settings(), source=source)
    doc.write_bytes(data)
    assert "Hadir secara daring: 5 orang" in texts(open_docx(doc))
    assert verify_file(store, doc).verdict == "matches"
    store.close()
