"""The undoable operations: each returns what it changed, and its undo as data.

Every test runs an operation, checks the record against the archive, then runs
``undo`` (and the undo of that: the redo) and checks the archive is back.
"""

from __future__ import annotations

import pytest

from core import model
from core.changes import Changes, ListChanges
from core.errors import InputError
from core.store import MeetingStore
from tests.core.test_store_meetings import comparable, full_meeting, table_counts


@pytest.fixture
def meeting_id(store: MeetingStore) -> int:
    return store.create_meeting(full_meeting())


def attendees(n: int) -> list[model.Attendee]:
    return [model.Attendee(name=f"Peserta {i:04d}", role="participant") for i in range(n)]


def snapshot(store: MeetingStore, meeting_id: int) -> dict:
    return comparable(store.get_meeting(meeting_id))


def test_adding_many_attendees_is_one_record_and_one_undo(store, meeting_id):
    before = snapshot(store, meeting_id)
    changes = store.add_rows("attendees", meeting_id, attendees(200))
    rows = changes.rows("attendees")
    stored = store.list_items("attendees", meeting_id)
    assert changes.meeting_id == meeting_id and list(changes.lists) == ["attendees"]
    assert rows.added == [a.id for a in stored[-200:]]
    assert rows.items[rows.added[0]].name == "Peserta 0000"
    assert rows.order == [a.id for a in stored]
    undone = changes.undo.run()
    assert sorted(undone.rows("attendees").removed) == rows.added
    assert snapshot(store, meeting_id) == before
    redone = undone.undo.run()  # the same rows, with the same ids
    assert [a.id for a in store.list_items("attendees", meeting_id)] == rows.order
    assert redone.rows("attendees").added == rows.added


def test_a_refused_row_leaves_the_whole_bulk_unwritten(store, meeting_id):
    counts = table_counts(store)
    bad = attendees(5) + [model.Attendee(name="x", nip="12")]
    with pytest.raises(InputError):
        store.add_rows("attendees", meeting_id, bad)
    assert table_counts(store) == counts


def test_editing_many_rows_returns_them_as_stored(store, meeting_id):
    added = store.add_rows("attendees", meeting_id, attendees(30)).rows("attendees").added
    changes = store.edit_rows(
        "attendees", {i: {"present": True, "joined_at": "09:05"} for i in added}
    )
    rows = changes.rows("attendees")
    assert rows.updated == added and not rows.added and rows.order is None
    assert all(rows.items[i].present is True and rows.items[i].joined_at == "09:05" for i in added)
    assert rows.items == {
        a.id: a for a in store.list_items("attendees", meeting_id) if a.id in added
    }
    back = changes.undo.run()
    assert all(a.present is None for a in back.rows("attendees").items.values())
    assert all(store.get_item("attendees", i).joined_at is None for i in added)


def test_removing_an_agenda_item_names_the_rows_that_pointed_at_it(store, meeting_id):
    before = snapshot(store, meeting_id)
    linked = [s.id for s in store.list_items("statements", meeting_id) if s.agenda_id == 1]
    changes = store.remove_rows("agenda", [1])
    assert changes.rows("agenda").removed == [1]
    statements = changes.rows("statements")
    assert linked and statements.updated[: len(linked)] == linked
    assert all(statements.items[i].agenda_id is None for i in linked)
    back = changes.undo.run()
    assert back.rows("agenda").added == [1] and back.rows("agenda").order[0] == 1
    assert all(back.rows("statements").items[i].agenda_id == 1 for i in linked)
    assert snapshot(store, meeting_id) == before


def test_removing_the_chair_clears_the_header_field_and_undo_puts_it_back(store, meeting_id):
    store.remove_rows("statements", [s.id for s in store.list_items("statements", meeting_id)])
    changes = store.remove_rows("attendees", [1])
    assert changes.header == {"chair_id": None}
    assert changes.undo.run().header == {"chair_id": 1}
    assert store.get_meeting_header(meeting_id).chair_id == 1


def test_header_edit_carries_the_new_values_and_the_old_ones_as_its_undo(store, meeting_id):
    changes = store.edit_header(meeting_id, {"title": "Judul baru", "city": None})
    assert changes.header == {"title": "Judul baru", "city": None} and not changes.lists
    back = changes.undo.run()
    assert back.header == {"title": full_meeting().title, "city": "Muntok"}
    assert store.get_meeting_header(meeting_id).city == "Muntok"


def test_move_and_capture(store, meeting_id):
    first = store.list_order("agenda", meeting_id)
    moved = store.move_row("agenda", first[0], 1)
    assert moved.rows("agenda").moved == [first[0]]
    assert moved.rows("agenda").order == first[::-1]
    assert moved.undo.run().rows("agenda").order == first
    store.save_draft(meeting_id, model.Statement(text="setengah", speaker_id=1))
    said = store.capture(meeting_id, model.Statement(text="Lanjut.", speaker_id=1, at="10:00"))
    new_id = said.rows("statements").added[0]
    assert said.rows("statements").order[-1] == new_id
    assert store.get_draft(meeting_id) is None
    assert said.undo.run().rows("statements").removed == [new_id]


def test_meetings_and_people_round_trip(store, meeting_id):
    before = snapshot(store, meeting_id)
    gone = store.remove_meeting(meeting_id)
    assert gone.meetings and store.count_meetings() == 0
    assert gone.undo.run().meeting_id == meeting_id
    assert snapshot(store, meeting_id) == before
    person = model.Person(name="Budi", position="Camat")
    attendee = store.attendee_from_person(person)
    both = store.new_person_attendee(meeting_id, person, attendee)
    (person_id,) = both.people
    (attendee_id,) = both.rows("attendees").added
    assert store.get_item("attendees", attendee_id).person_id == person_id
    back = both.undo.run()
    assert back.rows("attendees").removed == [attendee_id] and back.people == {person_id}
    assert store.list_people("Budi") == []
    back.undo.run()  # redo: the same entry, linked again
    assert store.get_item("attendees", attendee_id).person_id == person_id
    twin = store.new_person(model.Person(name="Budi", position="Camat")).people
    folded = store.fold_people(person_id, list(twin))
    assert folded.people == {person_id, *twin} and len(store.list_people("Budi")) == 1
    folded.undo.run()
    assert len(store.list_people("Budi")) == 2


def test_records_merge_into_one():
    one = Changes(
        1, header={"title": "a"}, lists={"attendees": ListChanges(added=[5], items={5: "x"})}
    )
    two = Changes(1, header={"city": "b"}, lists={"attendees": ListChanges(removed=[5])})
    merged = one.merge(two)
    assert merged.header == {"title": "a", "city": "b"}
    assert merged.rows("attendees") == ListChanges()  # added, then removed: nothing left
    with pytest.raises(ValueError):
        one.merge(Changes(2))


def test_data_version_moves_when_another_connection_writes(file_store):
    other = MeetingStore.open(file_store.conn.execute("PRAGMA database_list").fetchone()[2])
    seen = file_store.data_version()
    assert file_store.data_version() == seen
    other.create_meeting(full_meeting())
    assert file_store.data_version() != seen
    other.close()


def test_attachments_and_signatories_go_through_the_same_seam(store, example_path):
    """The lists exchange v2 added are changed, undone and redone like every other."""
    from core import exchange, model
    from tests.core.pictures import png

    meeting_id = exchange.import_file(store, example_path)
    picture = model.Attachment(ref="foto1", media_type="image/png", data=png(4, 3), caption="Zoom")
    added = store.add_rows("attachments", meeting_id, [picture])
    (attachment_id,) = added.rows("attachments").added
    assert added.rows("attachments").items[attachment_id].caption == "Zoom"
    edited = store.edit_rows("attachments", {attachment_id: {"caption": "Peserta daring"}})
    assert edited.rows("attachments").updated == [attachment_id]
    chair = store.get_meeting(meeting_id).attendees[0]
    signed = store.add_rows(
        "signatories", meeting_id, [model.Signatory(label="Pimpinan Rapat", attendee_id=chair.id)]
    )
    assert [s.label for s in store.get_meeting(meeting_id).signatories] == ["Pimpinan Rapat"]
    signed.undo.run()
    back = edited.undo.run()
    assert back.rows("attachments").updated == [attachment_id]
    assert [a.caption for a in store.get_meeting(meeting_id).attachments] == ["Zoom"]
    removed = added.undo.run()
    assert store.get_meeting(meeting_id).attachments == []
    assert store.get_meeting(meeting_id).signatories == []
    removed.undo.run()  # redo: the picture is back, bytes and all
    (again,) = store.get_meeting(meeting_id).attachments
    assert again.data == png(4, 3) and again.caption == "Zoom"
