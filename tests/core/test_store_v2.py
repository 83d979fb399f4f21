"""What the v2 schema (migration m003) stores: every edit keeps the new fields,
follow-ups always have a uid, and the new lists follow their meeting."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from core import model
from core.errors import InputError
from core.store import MeetingStore
from tests.core.pictures import jpeg, png
from tests.core.test_store_meetings import comparable, full_meeting, table_counts

pytestmark = pytest.mark.usefixtures("english")  # the messages' source text


@pytest.fixture
def meeting_id(store) -> int:
    return store.create_meeting(full_meeting())


def test_a_follow_up_gets_a_uid_when_it_is_made(store, meeting_id):
    added = store.add_item("actions", meeting_id, model.Action(text="Baru"))
    assert uuid.UUID(added.uid).version == 4
    given = store.add_item(
        "actions",
        meeting_id,
        model.Action(text="Dibawa", uid="9c1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f"),
    )
    assert given.uid == "9c1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f"


def test_header_edits_keep_the_new_fields(store, meeting_id):
    store.update_meeting(meeting_id, {"title": "Judul baru", "status": "draft"})
    header = store.get_meeting_header(meeting_id)
    assert (header.series, header.revision, header.fingerprint) == (
        "Rakor Inflasi 2023",
        2,
        "ab" * 32,
    )
    assert store.update_meeting(meeting_id, {"series": "Rakor 2024", "revision": 3}) == {
        "series": "Rakor Inflasi 2023",
        "revision": 2,
    }
    with pytest.raises(InputError, match="whole number"):
        store.update_meeting(meeting_id, {"revision": "tiga"})


def test_list_edits_keep_the_new_fields(store, meeting_id):
    m = store.get_meeting(meeting_id)
    store.update_item("attendees", m.attendees[0].id, {"name": "Hendra"})
    store.update_item("actions", m.actions[0].id, {"progress": "Separuh jalan"})
    back = store.get_meeting(meeting_id)
    assert back.attendees[0].short_name == "Asisten II" and back.attendees[0].minutes_present == 135
    action = back.actions[0]
    assert (action.uid, action.carried_from, action.progress) == (
        m.actions[0].uid,
        m.actions[0].carried_from,
        "Separuh jalan",
    )
    assert action.agenda_id == m.agenda[1].id


def test_an_attendee_who_signs_cannot_be_deleted(store, meeting_id):
    sekda = store.add_item("attendees", meeting_id, model.Attendee(name="Sekda"))
    signs = store.add_item("signatories", meeting_id, model.Signatory("Mengetahui", sekda.id))
    with pytest.raises(InputError, match="^Sekda signs the minutes"):
        store.delete_item("attendees", sekda.id)
    assert store.get_item("attendees", sekda.id) == sekda
    store.delete_item("signatories", signs.id)
    store.delete_item("attendees", sekda.id)


def test_a_signatory_must_be_an_attendee_of_the_same_meeting(store, meeting_id):
    other = store.create_meeting(replace(full_meeting(), uid=None))
    stranger = store.get_meeting(other).attendees[0]
    with pytest.raises(InputError, match="not part of this meeting"):
        store.add_item("signatories", meeting_id, model.Signatory("Notulis", stranger.id))


def test_deleting_an_agenda_item_unlinks_its_follow_ups_and_undo_relinks_them(store, meeting_id):
    m = store.get_meeting(meeting_id)
    removed = store.delete_item("agenda", m.agenda[1].id)
    assert store.get_meeting(meeting_id).actions[0].agenda_id is None
    restored = store.restore_item(removed)
    assert store.get_meeting(meeting_id).actions[0].agenda_id == restored.id


def test_a_picture_is_checked_before_the_store_keeps_it(store, meeting_id):
    added = store.add_item(
        "attachments", meeting_id, model.Attachment("foto9", "image/jpeg", jpeg(640, 480))
    )
    assert store.get_item("attachments", added.id).data == jpeg(640, 480)
    with pytest.raises(InputError, match="PNG picture, not image/jpeg"):
        store.add_item("attachments", meeting_id, model.Attachment("x", "image/jpeg", png()))
    with pytest.raises(InputError, match="not a PNG or JPEG"):
        store.add_item("attachments", meeting_id, model.Attachment("x", "image/png", b"teks"))
    with pytest.raises(InputError, match="bytes of a file"):
        store.add_item("attachments", meeting_id, model.Attachment("x", "image/png", "teks"))


def test_deleting_a_meeting_takes_its_new_lists_and_undo_puts_them_back(store, meeting_id):
    before = table_counts(store)
    original = store.get_meeting(meeting_id)
    deleted = store.delete_meeting(meeting_id)
    assert [table_counts(store)[t] for t in ("signatories", "attachments", "revisions")] == [0] * 3
    store.restore_meeting(deleted)
    assert store.get_meeting(meeting_id) == original
    after = table_counts(store)
    assert {t: after[t] for t in before if not t.startswith("search_")} == {
        t: n for t, n in before.items() if not t.startswith("search_")
    }


def test_a_new_meeting_from_a_past_one_keeps_its_series_and_signatories(store, meeting_id):
    new_id = store.new_meeting_from(meeting_id, "Rakor minggu depan", "2023-06-19")
    src, new = store.get_meeting(meeting_id), store.get_meeting(new_id)
    assert new.series == src.series and new.status == "draft" and new.revision is None
    assert [s.label for s in new.signatories] == [s.label for s in src.signatories]
    taker = new.attendee(new.signatories[0].attendee_id)
    assert taker is not None and taker.name == src.attendee(src.signatories[0].attendee_id).name
    assert {a.absence_reason for a in new.attendees} == {None}
    assert {a.minutes_present for a in new.attendees} == {None}
    assert new.actions == [] and new.attachments == [] and new.revisions == []


def test_every_new_field_survives_reopening_the_file(tmp_path):
    store = MeetingStore.open(tmp_path / "a.db")
    original = full_meeting()
    meeting_id = store.create_meeting(original)
    store.close()
    store = MeetingStore.open(tmp_path / "a.db")
    assert comparable(store.get_meeting(meeting_id), original) == comparable(original)
    store.close()
