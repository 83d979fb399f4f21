"""The lock reaches the whole record of a final meeting (review F6, F7): its
attendance source and its kept revisions refuse raw SQL too, and an earlier
revision keeps the attendance source it was final with."""

from __future__ import annotations

import sqlite3

import pytest

from core import model
from core.errors import StorageError
from core.reports.render import build
from core.verify import verify_file
from tests.core.test_store_meetings import full_meeting

ZOOM = model.AttendanceSource("zoom", "peserta.csv", "2023-06-12T10:00")
TEAMS = model.AttendanceSource("teams", "lain.csv", "2023-06-13T11:00")


@pytest.fixture
def reopened(file_store):
    """A meeting final with a Zoom report, reopened once: revision 1 is kept."""
    meeting_id = file_store.create_meeting(full_meeting())
    file_store.set_attendance_source(meeting_id, ZOOM)
    file_store.finalise(meeting_id)
    file_store.reopen(meeting_id, "ralat")
    return file_store, meeting_id


def test_a_final_meetings_attendance_source_refuses_every_change(file_store):
    meeting_id = file_store.create_meeting(full_meeting())
    file_store.finalise(meeting_id)
    with pytest.raises(StorageError, match="the meeting is final"):
        file_store.set_attendance_source(meeting_id, ZOOM)
    conn = file_store.conn
    with pytest.raises(sqlite3.IntegrityError, match="the meeting is final"):
        conn.execute(
            "INSERT INTO attendance_sources (meeting_id, platform, file_name, downloaded_at) "
            "VALUES (?, 'zoom', 'x.csv', '2023-06-12T10:00')",
            [meeting_id],
        )
    assert file_store.attendance_source(meeting_id) is None


def test_an_applied_source_cannot_be_changed_or_removed_once_final(reopened):
    store, meeting_id = reopened
    store.finalise(meeting_id)  # revision 2, with the Zoom report still applied
    for sql in (
        "UPDATE attendance_sources SET file_name = 'lain.csv'",
        "DELETE FROM attendance_sources",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="the meeting is final"):
            store.conn.execute(f"{sql} WHERE meeting_id = ?", [meeting_id])
    assert store.attendance_source(meeting_id) == ZOOM


def test_kept_revisions_refuse_update_and_delete_while_final(reopened):
    store, meeting_id = reopened
    store.finalise(meeting_id)
    before = store.get_meeting(meeting_id).revisions
    conn = store.conn
    for sql in (
        "UPDATE revisions SET fingerprint = '00' WHERE revision = 1",
        "UPDATE revisions SET reopen_reason = 'lain'",
        "DELETE FROM revisions WHERE revision = 1",
        "DELETE FROM revisions",
        "INSERT INTO revisions (meeting_id, seq, revision, finalised_at, fingerprint) "
        "VALUES (?, 5, 9, '2023-06-12T10:00:00+07:00', 'ab')",
    ):
        params = [meeting_id] if "?" in sql else []
        with pytest.raises(sqlite3.IntegrityError, match="the meeting is final"):
            conn.execute(sql, params)
    assert store.get_meeting(meeting_id).revisions == before


def test_reopening_still_keeps_the_revision_and_a_kept_one_is_never_edited(reopened):
    store, meeting_id = reopened
    revision, _ = store.finalise(meeting_id)
    assert store.reopen(meeting_id, "ralat kedua") == revision + 1  # reopen's insert passes
    assert store.get_meeting(meeting_id).revisions[-1].revision == revision
    with pytest.raises(sqlite3.IntegrityError, match="the meeting is final"):
        store.conn.execute("UPDATE revisions SET reopen_reason = 'x'")  # even as a draft
    store.delete_meeting(meeting_id)  # a whole draft meeting, history and all, may go


def test_drafts_of_a_final_meeting_are_not_locked(file_store):
    """Not part of the record: typing is never lost to a finalise elsewhere."""
    meeting_id = file_store.create_meeting(full_meeting())
    file_store.finalise(meeting_id)
    file_store.save_draft(meeting_id, model.Statement(text="sedang diketik"))
    file_store.clear_draft(meeting_id)
    assert file_store.get_draft(meeting_id) is None


def test_an_earlier_revision_verifies_with_the_source_it_was_final_with(reopened, tmp_path):
    """Review F7: final without a report, reopened, a report applied, final again:
    the first revision's notula (no "Hadir secara daring" line) still matches,
    and the first revision kept with the Zoom report keeps it."""
    store, meeting_id = reopened
    with_zoom = store.get_meeting(meeting_id).revisions[-1].revision
    store.set_attendance_source(meeting_id, None)
    revision, _ = store.finalise(meeting_id)
    path = tmp_path / "minutes.docx"
    path.write_bytes(build("minutes", store.get_meeting(meeting_id), store.all_settings()))
    store.reopen(meeting_id, "laporan Zoom")
    store.set_attendance_source(meeting_id, TEAMS)
    store.finalise(meeting_id)
    outcome = verify_file(store, path)
    assert (outcome.verdict, outcome.revision) == ("matches", revision), outcome.line()
    kept = {r.revision: r.source for r in store.final_revisions("")}
    assert (kept[with_zoom], kept[revision]) == (ZOOM, None)
