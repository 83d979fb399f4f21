"""A meeting and a directory shaped like a real rakor, for the attendance tests."""

from __future__ import annotations

from pathlib import Path

from core import model
from core.store import MeetingStore

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "attendance"


def rakor(path: Path) -> tuple[MeetingStore, int]:
    """An archive with one meeting (five invitees) and a directory of three."""
    store = MeetingStore.open(path)
    return store, fill_rakor(store)


def fill_rakor(store: MeetingStore) -> int:
    """The meeting (its id) and the directory of :func:`rakor`, in ``store``."""
    hendra = store.add_person(
        model.Person(
            name="Ir. Hendra Saputra, M.T.",
            nip="197001012000031001",
            position="Kepala Dinas",
            organization="Diskominfo",
        )
    )
    store.add_person(model.Person(name="Rina Marlina", position="Kepala Bidang"))
    store.add_person(model.Person(name="Siti Rahma", position="Camat"))
    meeting = model.Meeting(title="Rapat Koordinasi", date="2022-03-01")
    meeting.attendees = [
        model.Attendee(
            name="Dr. H. Radmida Dawam, S.H., M.Si.", position="Sekretaris Daerah", id=1
        ),
        model.Attendee(name="Budi Santoso", email="budi@example.go.id", id=2),
        model.Attendee(name="Budi Hartono", id=3),
        model.Attendee(name="Bahtiar", organization="Kemendagri", id=4),
        model.Attendee(name="Siti Aminah", position="Kabag Umum", id=5),
    ]
    meeting_id = store.add_meeting(meeting).meeting_id
    assert hendra.id
    return meeting_id


def attendees(store: MeetingStore, meeting_id: int) -> dict[str, model.Attendee]:
    return {a.name: a for a in store.list_items("attendees", meeting_id)}
