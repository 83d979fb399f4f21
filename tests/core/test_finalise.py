"""Finalise, lock and reopen (issue 14, point 1): the lock is SQLite's own
triggers, so no path — store method, raw SQL, command line — edits a final
meeting, and earlier revisions stay readable."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from core import cli, exchange, fingerprint, model
from core.errors import InputError, StorageError
from core.store import MeetingStore
from tests.core.test_store_meetings import full_meeting

LOCKED = ("agenda", "attendees", "statements", "decisions", "actions", "signatories", "attachments")


def spec_fingerprint(path) -> str:
    """The fingerprint as the issue defines it, from an exported file."""
    m = json.loads(path.read_text(encoding="utf-8"))["meeting"]
    for key in ("status", "revision", "finalised_at", "fingerprint", "revisions"):
        m.pop(key, None)
    text = json.dumps(m, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.fixture
def final(file_store):
    meeting = full_meeting()
    meeting.attendees.append(model.Attendee(name="Peninjau", id=99))  # speaks nor signs
    meeting_id = file_store.create_meeting(meeting)
    file_store.finalise(meeting_id)
    return file_store, meeting_id


def test_finalise_sets_status_revision_time_and_the_fingerprint_the_issue_defines(
    file_store, tmp_path
):
    meeting_id = file_store.create_meeting(full_meeting())
    file_store.conn.execute("UPDATE meetings SET revision = NULL WHERE id = ?", [meeting_id])
    revision, digest = file_store.finalise(meeting_id)
    stored = file_store.get_meeting(meeting_id)
    after = max(r.revision for r in stored.revisions) + 1  # the next after those it keeps
    assert (stored.status, stored.revision, stored.fingerprint) == ("final", after, digest)
    assert stored.finalised_at and "T" in stored.finalised_at
    exchange.export_file(file_store, meeting_id, tmp_path / "m.json")
    assert digest == spec_fingerprint(tmp_path / "m.json")
    assert fingerprint.code(digest) == "-".join(digest[i : i + 4].upper() for i in (0, 4, 8, 12))


@pytest.mark.parametrize("collection", LOCKED)
def test_every_list_of_a_final_meeting_refuses_insert_update_and_delete(final, collection):
    store, meeting_id = final
    meeting = store.get_meeting(meeting_id)
    linked = (
        {s.speaker_id for s in meeting.statements} | {s.attendee_id for s in meeting.signatories}
        if collection == "attendees"
        else set()
    )  # an attendee who speaks or signs is refused for that reason first
    item = next(i for i in store.list_items(collection, meeting_id) if i.id not in linked)
    with pytest.raises(StorageError, match="the meeting is final") as refused:
        store.delete_item(collection, item.id)
    assert refused.value.reason == "final"
    with pytest.raises(StorageError, match="the meeting is final"):
        store.add_item(collection, meeting_id, item)
    table = {"agenda": "agenda_items"}.get(collection, collection)
    for sql in (f"UPDATE {table} SET seq = seq + 10", f"DELETE FROM {table}"):
        with pytest.raises(sqlite3.IntegrityError, match="the meeting is final"):
            store.conn.execute(f"{sql} WHERE meeting_id = ?", [meeting_id])
    assert store.list_items(collection, meeting_id) == [
        store.get_item(collection, i.id) for i in store.list_items(collection, meeting_id)
    ]


def test_the_header_cannot_change_nor_the_meeting_be_deleted_or_made_draft(final):
    store, meeting_id = final
    before = store.get_meeting(meeting_id)
    with pytest.raises(StorageError, match="the meeting is final"):
        store.update_meeting(meeting_id, {"title": "Judul lain"})
    with pytest.raises(StorageError, match="the meeting is final"):  # only reopen may
        store.update_meeting(meeting_id, {"status": "draft"})
    with pytest.raises(StorageError, match="the meeting is final"):
        store.delete_meeting(meeting_id)
    with pytest.raises(StorageError, match="the meeting is final"):
        store.update_item("statements", before.statements[0].id, {"text": "diubah"})
    assert store.get_meeting(meeting_id) == before


def test_the_lock_is_in_the_sentence_of_either_language(final, indonesian_locale):
    store, meeting_id = final
    with pytest.raises(StorageError, match="rapat sudah final; buka revisi baru"):
        store.update_meeting(meeting_id, {"title": "Judul lain"})


def test_a_draft_stays_editable_and_the_directory_may_still_forget_a_person(final):
    store, meeting_id = final
    another = full_meeting()
    another.uid = None
    draft = store.create_meeting(another)
    store.update_meeting(draft, {"title": "Masih draf"})
    person = store.add_person(model.Person(name="Rina Marlina", nip="198503142010012003"))
    attendee = store.list_items("attendees", meeting_id)[0]
    store.conn.execute(  # linking needs no change to the final meeting's content
        "UPDATE attendees SET person_id = ? WHERE id = ?", [person.id, attendee.id]
    )
    store.delete_person(person.id)
    assert store.get_item("attendees", attendee.id).person_id is None


def test_reopen_keeps_the_revision_and_starts_the_next_as_a_draft(final, tmp_path):
    store, meeting_id = final
    first = store.get_meeting(meeting_id)
    exchange.export_file(store, meeting_id, tmp_path / "rev1.json")
    assert store.reopen(meeting_id, "  salah ketik  nama ") == first.revision + 1
    draft = store.get_meeting(meeting_id)
    assert (draft.status, draft.revision, draft.fingerprint, draft.finalised_at) == (
        "draft", first.revision + 1, None, None,
    )  # fmt: skip
    kept = draft.revisions[-1]
    assert (kept.revision, kept.fingerprint, kept.reopen_reason) == (
        first.revision, first.fingerprint, "salah ketik nama",
    )  # fmt: skip
    store.update_item("statements", draft.statements[0].id, {"text": "Pernyataan diperbaiki"})
    (earlier,) = store.final_revisions(fingerprint.code(first.fingerprint).replace("-", ""))
    assert earlier.revision == first.revision
    assert earlier.document == json.loads((tmp_path / "rev1.json").read_text(encoding="utf-8"))
    revision, digest = store.finalise(meeting_id)
    assert revision == first.revision + 1 and digest != first.fingerprint
    assert [r.revision for r in store.final_revisions(digest)] == [revision]


def test_reopen_needs_a_reason_and_a_final_meeting(final):
    store, meeting_id = final
    with pytest.raises(InputError, match="reason"):
        store.reopen(meeting_id, "   ")
    store.reopen(meeting_id, "ralat")
    with pytest.raises(InputError, match="is not final"):
        store.reopen(meeting_id, "ralat")
    store.finalise(meeting_id)
    with pytest.raises(InputError, match="already final"):
        store.finalise(meeting_id)


def test_an_imported_final_meeting_is_whole_and_locked(store, example_path):
    data = exchange.load_file(example_path)
    data["meeting"]["status"] = "final"
    meeting_id = exchange.import_data(store, data)
    assert store.get_meeting(meeting_id).status == "final"
    assert len(store.list_items("statements", meeting_id)) == len(data["meeting"]["statements"])
    with pytest.raises(StorageError, match="the meeting is final"):
        store.update_meeting(meeting_id, {"title": "x"})


def run(capsys, *args):
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_command_line_finalise_and_reopen(capsys, tmp_path, example_path):
    db = str(tmp_path / "arsip.db")
    assert run(capsys, "--db", db, "import", str(example_path))[:2] == (0, ["1"])
    code, out, err = run(capsys, "--db", db, "finalise", "1")
    revision, digest = out[0].split("\t")
    assert (code, err, revision, len(digest)) == (0, [], "1", 64)
    assert run(capsys, "--db", db, "finalise", "1") == (
        2, [], ["notula: meeting 1 is already final (revision 1)"],
    )  # fmt: skip
    assert run(capsys, "--db", db, "list")[1][0].split("\t")[2] == "final"
    assert run(capsys, "--db", db, "reopen", "1")[0] == 2  # --reason is required
    assert run(capsys, "--db", db, "reopen", "1", "--reason", "ralat nama") == (0, ["2"], [])
    store = MeetingStore.open(db)
    assert store.get_meeting(1).revisions[0].reopen_reason == "ralat nama"
    store.close()


def test_bench_meeting_finalises(store):
    """The bench meeting (300 attendees, 1,500 statements) finalises whole; its
    time is bench/core_records.py's figure, not a test's."""
    from core.synthetic import meeting_dict

    meeting_id = store.create_meeting(exchange.meeting_from_dict(meeting_dict()))
    revision, digest = store.finalise(meeting_id)
    assert store.final_revisions(digest)[0].meeting_id == meeting_id
