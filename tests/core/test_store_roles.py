"""The chair and note-taker of the header and the attendees' roles stay in step,
each change one operation with one undo (core.store.roles)."""

from __future__ import annotations

import pytest

from core import model
from core.store import MeetingStore


@pytest.fixture
def meeting_id(store: MeetingStore) -> int:
    meeting_id = store.create_meeting(model.Meeting(title="Rakor", date="2024-03-01"))
    people = [model.Attendee(name=n, role="participant") for n in ("Andi", "Budi", "Citra")]
    store.add_rows("attendees", meeting_id, people)
    return meeting_id


def state(store: MeetingStore, meeting_id: int) -> tuple:
    header = store.get_meeting_header(meeting_id)
    names = {a.id: a.name for a in store.list_items("attendees", meeting_id)}
    roles = {a.name: a.role for a in store.list_items("attendees", meeting_id)}
    return names.get(header.chair_id), names.get(header.note_taker_id), roles


def ids(store: MeetingStore, meeting_id: int) -> dict[str, int]:
    return {a.name: a.id for a in store.list_items("attendees", meeting_id)}


def test_choosing_the_chair_in_the_header_gives_the_role(store, meeting_id):
    who = ids(store, meeting_id)
    store.edit_header(meeting_id, {"chair_id": who["Andi"]})
    before = state(store, meeting_id)
    assert before == ("Andi", None, {"Andi": "chair", "Budi": "participant",
                                     "Citra": "participant"})  # fmt: skip
    changes = store.edit_header(meeting_id, {"chair_id": who["Budi"]})
    assert state(store, meeting_id) == ("Budi", None, {"Andi": "participant", "Budi": "chair",
                                                       "Citra": "participant"})  # fmt: skip
    # the record says so: the header and both rows, for every window on the meeting
    assert changes.header["chair_id"] == who["Budi"]
    assert set(changes.rows("attendees").updated) == {who["Andi"], who["Budi"]}
    assert changes.rows("attendees").items[who["Budi"]].role == "chair"
    redo = changes.undo.run()
    assert state(store, meeting_id) == before
    redo.undo.run()
    assert state(store, meeting_id)[0] == "Budi"


def test_giving_the_role_sets_the_header_and_taking_it_empties_it(store, meeting_id):
    who = ids(store, meeting_id)
    changes = store.edit_rows("attendees", {who["Citra"]: {"role": "chair"}})
    assert changes.header == {"chair_id": who["Citra"]}
    assert state(store, meeting_id)[0] == "Citra"
    store.edit_rows("attendees", {who["Andi"]: {"role": "chair"}})
    assert state(store, meeting_id) == ("Andi", None, {"Andi": "chair", "Budi": "participant",
                                                       "Citra": "participant"})  # fmt: skip
    changes = store.edit_rows("attendees", {who["Andi"]: {"role": "speaker"}})
    assert state(store, meeting_id)[0] is None
    changes.undo.run()
    assert state(store, meeting_id)[0] == "Andi"
    store.edit_rows("attendees", {who["Budi"]: {"role": "note_taker"}})
    assert state(store, meeting_id)[1] == "Budi"


def test_a_new_attendee_who_chairs_becomes_the_chair(store, meeting_id):
    changes = store.add_rows("attendees", meeting_id, [model.Attendee(name="Dewi", role="chair")])
    assert state(store, meeting_id)[0] == "Dewi"
    assert changes.header["chair_id"] == changes.rows("attendees").added[0]
    changes.undo.run()
    assert state(store, meeting_id)[0] is None
    assert "Dewi" not in state(store, meeting_id)[2]


def test_other_edits_leave_the_roles_alone(store, meeting_id):
    who = ids(store, meeting_id)
    store.edit_header(meeting_id, {"chair_id": who["Andi"]})
    changes = store.edit_rows("attendees", {who["Budi"]: {"name": "Budi S."}})
    assert changes.header == {}
    changes = store.edit_header(meeting_id, {"title": "Rakor 2"})
    assert changes.lists == {}
    assert state(store, meeting_id)[0] == "Andi"
