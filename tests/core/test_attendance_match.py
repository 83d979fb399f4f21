"""Matching report entries to attendees and the directory, and storing the outcome."""

from __future__ import annotations

import pytest

from core import model
from core.attendance import apply, readers
from core.attendance.matcher import ATTENDEE, IGNORE, NEW, PERSON, Matcher
from core.attendance.names import name_key, not_a_person, split_display
from core.attendance.report import Entry
from tests.core.attendance_helpers import FIXTURES, attendees, rakor


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dr. H. Ahmad Fauzi, S.H., M.Si.", "ahmad fauzi"),
        ("Hj. SITI   Aminah, S.Sos", "Siti Aminah"),
        ("Dawam, Radmida", "Radmida Dawam"),
        ("André Sitompul, S.E.", "andre sitompul"),
        ("Ir. Hendra Saputra MT", "Hendra Saputra"),
        ("Hj. Siti Aminah, S.Sos., M.Tr.IP", "Siti Aminah"),
        ("Ahmad Fauzi A.Md.Kes", "Ahmad Fauzi"),
        ("Budi Santoso (Guest)", "budi santoso"),
    ],
)
def test_names_compare_without_titles_case_diacritics_and_order(a, b):
    assert name_key(a) == name_key(b)


def test_a_display_name_splits_into_office_and_name():
    display = split_display("Setda Kota Pangkalpinang - Radmida (Radmida Dawam)")
    assert display.office == "Setda Kota Pangkalpinang"
    assert display.names == ("Radmida Dawam", "Radmida")
    display = split_display("KPU Kota Pangkalpinang - Yuliana")
    assert (display.office, display.names) == ("KPU Kota Pangkalpinang", ("Yuliana",))
    assert split_display("Will Nilges (RIT Student)").names == ("RIT Student", "Will Nilges")


@pytest.mark.parametrize(
    ("display", "why"),
    [
        ("iPhone Pak Camat", "device"),
        ("Eric's iPad", "device"),
        ("Galaxy A52", "device"),
        ("Redmi Note 10", "device"),
        ("OPPO A5s", "device"),
        ("Zoom Room Lantai 3", "device"),
        ("+62 812-3456-7890", "phone"),
        ("081234567890", "phone"),
        ("62812****5678", "phone"),
        ("Call-in User_1", "phone"),
        ("Read.ai meeting notes", "bot"),
        ("Otter.ai", "bot"),
        ("Radmida Dawam", None),
    ],
)
def test_phones_devices_and_bots_are_no_names(display, why):
    assert not_a_person(display) == why


def _matcher() -> Matcher:
    invitees = [
        model.Attendee(name="Dr. H. Radmida Dawam, S.H., M.Si.", id=1),
        model.Attendee(name="Budi Santoso", email="budi@example.go.id", id=2),
        model.Attendee(name="Budi Hartono", id=3),
        model.Attendee(name="Bahtiar", id=4),
        model.Attendee(name="Muhammad Syahrial", id=5),
        model.Attendee(position="Kepala Bappeda", id=6),
    ]
    people = [
        model.Person(name="Ir. Hendra Saputra, M.T.", id=10),
        model.Person(name="Rina Marlina", id=11, contact="rina@example.go.id"),
        model.Person(name="Dewi Kartiki", id=12),
        model.Person(name="Agus Salim", id=14),
        model.Person(name="Agus Salim", id=15),
        model.Person(name="Dewi Kartika", id=16),
    ]
    return Matcher(invitees, people, {"hendra.s@gmail.com": 10})


def _proposal(name: str, email: str | None = None):
    return _matcher().match(Entry(name=name, email=email))


def test_email_first_then_names():
    p = _proposal("someone's laptop", "budi@example.go.id")
    assert (p.action, p.target.id, p.reason) == (ATTENDEE, 2, "email")
    p = _proposal("HS", "hendra.s@gmail.com")  # learned by the directory earlier
    assert (p.action, p.target.id, p.reason) == (PERSON, 10, "email")
    p = _proposal("Rina", "rina@example.go.id")  # the directory entry's contact
    assert (p.action, p.target.id) == (PERSON, 11)


def test_names_against_attendees_before_the_directory():
    p = _proposal("Setda Kota Pangkalpinang - Radmida (Radmida Dawam)")
    assert (p.action, p.target.id, p.reason, p.status) == (ATTENDEE, 1, "name", "matched")
    p = _proposal("Bahtiar Kemendagri")
    assert (p.action, p.target.id, p.reason) == (ATTENDEE, 4, "name-within")
    p = _proposal("hendra saputra")
    assert (p.action, p.target.id, p.status) == (PERSON, 10, "added")


def test_an_invitee_known_only_by_jabatan_is_found_by_it():
    p = _proposal("Kepala Bappeda")
    assert (p.action, p.target.id, p.target.label) == (ATTENDEE, 6, "Kepala Bappeda")


def test_a_bare_first_name_two_invitees_share_goes_to_review():
    p = _proposal("Budi")
    assert (p.action, p.review, p.status) == (IGNORE, True, "review")
    assert [c.id for c in p.candidates] == [2, 3]


def test_two_attendee_names_inside_one_report_name_is_a_tie():
    p = _proposal("Budi Santoso dan Bahtiar")
    assert p.review and {c.id for c in p.candidates} == {2, 4}


def test_fuzzy_only_with_a_clear_margin():
    p = _proposal("Muhamad Syahrial")  # one letter off, no one close behind
    assert (p.action, p.target.id, p.reason) == (ATTENDEE, 5, "similar")
    p = _proposal("Dewi Kartik")  # as close to Dewi Kartika as to Dewi Kartiki
    assert p.review and {c.id for c in p.candidates} == {12, 16}


def test_two_directory_people_of_the_same_name_go_to_review():
    p = _proposal("Agus Salim")
    assert p.review and {c.id for c in p.candidates} == {14, 15}


def test_someone_unknown_is_new_with_the_office_from_the_display_name():
    p = _proposal("Dinas Kesehatan - Yohanes Lim")
    assert (p.action, p.name, p.office, p.status) == (
        NEW,
        "Yohanes Lim",
        "Dinas Kesehatan",
        "added",
    )


def test_devices_go_to_review_not_to_a_new_attendee():
    p = _proposal("iPhone Pak Camat")
    assert (p.action, p.review, p.reason, p.candidates) == (IGNORE, True, "device", [])
    p = _proposal("Muhammad Syahrial's iPad")  # the attendee it names is offered, not applied
    assert (p.action, p.review, p.reason) == (IGNORE, True, "device")
    assert [c.id for c in p.candidates] == [5]


HEADER = b"Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"

# ---- storing ------------------------------------------------------------------------------


def test_applying_is_one_undo_step_and_a_second_run_changes_nothing(tmp_path):
    store, meeting_id = rakor(tmp_path / "a.db")
    before = store.list_items("attendees", meeting_id)
    report = readers.read_report(FIXTURES / "zoom_legacy.csv")
    changes = apply.apply_plan(store, apply.plan_report(store, meeting_id, report))
    got = attendees(store, meeting_id)
    radmida = got["Dr. H. Radmida Dawam, S.H., M.Si."]
    assert (radmida.joined_at, radmida.left_at, radmida.minutes_present, radmida.email) == (
        "09:01",
        "11:02",
        119,
        "radmida@example.go.id",
    )
    hendra = got["Ir. Hendra Saputra, M.T."]  # from the directory, with NIP and jabatan
    assert (hendra.nip, hendra.position, hendra.organization, hendra.minutes_present) == (
        "197001012000031001",
        "Kepala Dinas",
        "Diskominfo",
        90,
    )
    assert hendra.person_id is not None
    assert got["Bappeda Babel"].minutes_present == 118
    # review lines (Budi, the iPhone, the phone number) are not applied
    assert got["Budi Hartono"].joined_at is None
    assert not any("iPhone" in n or "+62" in n for n in got)
    assert set(changes.rows("attendees").added) == {hendra.id, got["Bappeda Babel"].id}
    assert changes.undo is not None

    again = apply.apply_plan(store, apply.plan_report(store, meeting_id, report))
    assert (again.lists, again.undo) == ({}, None)

    changes.undo.run()
    assert store.list_items("attendees", meeting_id) == before


def test_mark_absent_and_emails_learned_for_the_next_report(tmp_path):
    store, meeting_id = rakor(tmp_path / "a.db")
    report = readers.read_report(FIXTURES / "zoom_legacy.csv")
    plan = apply.plan_report(store, meeting_id, report)
    changes = apply.apply_plan(store, plan, mark_absent=True)
    assert attendees(store, meeting_id)["Siti Aminah"].present is False
    assert attendees(store, meeting_id)["Budi Hartono"].present is None  # a review candidate

    # Hendra had no e-mail in the report; teach one through a matched directory person
    hendra = next(p for p in store.list_people() if p.name.startswith("Ir. Hendra"))
    second = store.add_meeting(model.Meeting(title="Rapat Lanjutan", date="2022-03-08"))
    entry = readers.parse_report(
        HEADER + b"Hendra Saputra,hendra.s@gmail.com,3/8/2022 9:00 AM,3/8/2022 10:00 AM,60\n"
    )
    apply.apply_plan(store, apply.plan_report(store, second.meeting_id, entry))
    assert store.person_emails() == {"hendra.s@gmail.com": hendra.id}
    third = store.add_meeting(model.Meeting(title="Rapat Ketiga", date="2022-03-15"))
    by_mail = readers.parse_report(
        HEADER + b"HP Samsung,hendra.s@gmail.com,3/15/2022 9:00 AM,3/15/2022 10:00 AM,60\n"
    )
    [p] = apply.plan_report(store, third.meeting_id, by_mail).proposals
    assert (p.action, p.target.id, p.reason) == (PERSON, hendra.id, "email")
    changes.undo.run()
    assert attendees(store, meeting_id)["Siti Aminah"].present is None


def test_a_final_meeting_is_refused(tmp_path):
    from core.errors import InputError

    store, meeting_id = rakor(tmp_path / "a.db")
    store.update_meeting(meeting_id, {"status": "final"})
    with pytest.raises(InputError, match="final"):
        apply.plan_report(store, meeting_id, readers.read_report(FIXTURES / "meet_old.csv"))


def test_a_stranger_with_two_emails_is_one_new_attendee(tmp_path):
    store, meeting_id = rakor(tmp_path / "a.db")
    report = readers.parse_report(
        HEADER
        + b"Yohanes Lim,yohanes@example.go.id,3/1/2022 9:00 AM,3/1/2022 9:30 AM,30\n"
        + b"Yohanes Lim,yl@gmail.com,3/1/2022 9:20 AM,3/1/2022 10:00 AM,40\n"
    )
    plan = apply.plan_report(store, meeting_id, report)
    [p] = plan.proposals
    assert (p.action, p.entry.joined, p.entry.left, p.entry.minutes) == (NEW, "09:00", "10:00", 60)
    apply.apply_plan(store, plan)
    assert attendees(store, meeting_id)["Yohanes Lim"].email == "yohanes@example.go.id"
    again = apply.apply_plan(store, apply.plan_report(store, meeting_id, report))
    assert again.lists == {}


def test_merging_directory_duplicates_keeps_the_learned_emails(tmp_path):
    store, _meeting_id = rakor(tmp_path / "a.db")
    keep = store.add_person(model.Person(name="Rina Marlina, S.E."))
    other = next(p for p in store.list_people() if p.name == "Rina Marlina")
    store.learn_emails({"rina@gmail.com": other.id})
    store.fold_people(keep.id, [other.id])
    assert store.person_emails() == {"rina@gmail.com": keep.id}
