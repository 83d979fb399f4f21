"""The directory of officials: reused across meetings, and an attendee keeps
what was true on the day however the directory changes afterwards."""

from __future__ import annotations

import dataclasses

import pytest

from core import exchange, model
from core.errors import InputError, NotFoundError

HENDRA = model.Person(
    name="Ir. Hendra Saputra, M.T.",
    nip="197203151998031004",
    rank="Pembina (IV/a)",
    position="Kepala Bagian Perekonomian",
    organization="Setda Kabupaten Bangka Barat",
    contact="0812-0000-1111",
)


def _meeting_with(store, person: model.Person, date: str) -> int:
    attendee = store.attendee_from_person(person)
    attendee.id = 1
    meeting = model.Meeting(title=f"Rapat {date}", date=date, attendees=[attendee], chair_id=1)
    meeting.statements = [model.Statement(text="Laporan disampaikan.", speaker_id=1)]
    return store.create_meeting(meeting)


def test_every_field_of_an_official_is_kept(store):
    person = store.add_person(HENDRA)
    assert person.id is not None
    assert store.get_person(person.id) == dataclasses.replace(HENDRA, id=person.id)


def test_editing_the_directory_does_not_rewrite_old_minutes(store):
    person = store.add_person(HENDRA)
    old_id = _meeting_with(store, person, "2022-03-01")
    old_export = exchange.dumps(store.get_meeting(old_id))

    store.update_person(
        person.id,
        {"rank": "Pembina Utama Muda (IV/c)", "position": "Asisten Perekonomian"},
    )
    new_id = _meeting_with(store, store.get_person(person.id), "2023-06-12")

    old, new = store.get_meeting(old_id).attendees[0], store.get_meeting(new_id).attendees[0]
    assert (old.rank, old.position) == ("Pembina (IV/a)", "Kepala Bagian Perekonomian")
    assert (new.rank, new.position) == ("Pembina Utama Muda (IV/c)", "Asisten Perekonomian")
    assert old.person_id == new.person_id == person.id
    assert exchange.dumps(store.get_meeting(old_id)) == old_export


def test_deleting_an_official_leaves_attendees_as_they_were(store):
    person = store.add_person(HENDRA)
    meeting_id = _meeting_with(store, person, "2022-03-01")
    removed, linked = store.delete_person(person.id)
    attendee = store.get_meeting(meeting_id).attendees[0]
    assert attendee.name == HENDRA.name and attendee.nip == HENDRA.nip
    assert attendee.person_id is None
    with pytest.raises(NotFoundError):
        store.get_person(person.id)
    restored = store.restore_person(removed, linked)
    assert store.get_meeting(meeting_id).attendees[0].person_id == restored.id


def test_finding_people_by_name_office_or_nip_as_typed(store):
    store.add_person(HENDRA)
    store.add_person(model.Person(name="Dewi Lestari, A.Md.", position="Pengadministrasi"))
    store.add_person(model.Person(position="Kepala BPS Kabupaten Bangka Barat"))
    assert [p.name for p in store.list_people("hendra")] == [HENDRA.name]
    assert [p.name for p in store.list_people("19720315 199803 1 004")] == [HENDRA.name]
    assert [p.position for p in store.list_people("bps barat")] == [
        "Kepala BPS Kabupaten Bangka Barat"
    ]
    assert len(store.list_people("")) == 3
    assert store.person_for_nip(HENDRA.nip).name == HENDRA.name


@pytest.mark.parametrize(
    "changes",
    [
        {"nip": "12345"},
        {"nip": "197202301998031004"},  # born on 30 February
        {"name": None, "position": None},
        {"shoe_size": "42"},
    ],
)
def test_bad_directory_edits_are_refused_and_change_nothing(store, changes):
    person = store.add_person(HENDRA)
    with pytest.raises(InputError):
        store.update_person(person.id, changes)
    assert store.get_person(person.id) == person


def test_merging_duplicates_repoints_attendees_and_fills_blanks(store):
    keep = store.add_person(model.Person(name="Hendra Saputra"))
    dup = store.add_person(HENDRA)
    meeting_id = _meeting_with(store, dup, "2022-03-01")
    store.merge_people(keep.id, [dup.id])
    merged = store.get_person(keep.id)
    assert merged.name == "Hendra Saputra" and merged.nip == HENDRA.nip
    assert store.get_meeting(meeting_id).attendees[0].person_id == keep.id
    assert [p.id for p in store.list_people()] == [keep.id]


def test_meetings_with_person_names_the_snapshots_oldest_first(store):
    from core import model as m

    person = store.add_person(m.Person(name="Siti Aminah"))
    later = store.create_meeting(m.Meeting(title="B", date="2024-02-05"))
    earlier = store.create_meeting(m.Meeting(title="A", date="2024-01-08"))
    store.create_meeting(m.Meeting(title="C", date="2024-03-04"))
    for meeting_id in (later, earlier):
        store.add_rows("attendees", meeting_id, [store.attendee_from_person(person)])
    assert store.meetings_with_person(person.id) == [earlier, later]
    assert store.meetings_with_person(person.id, but=later) == [earlier]
