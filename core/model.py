"""Plain data objects for one meeting and the directory of officials.

Everything here is Qt-free and storage-free so that the exchange format, the
reports and the GUI models can share one vocabulary. Dates and times are kept
as the ISO strings the clerk (or the exchange file) gave: ``"2023-06-12"``,
``"13:30"`` or ``"13:30:00"``; keeping the original spelling is what makes
export → import → export byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# the words and list rows the archive window needs before any meeting is read;
# re-exported so that the rest of the code keeps one vocabulary
from core.vocabulary import (
    MODES,
    ROLES,
    STATEMENT_KINDS,
    STATUSES,
    TIMEZONES,
    MeetingSummary,
    person_label,
)

__all__ = [
    "MODES", "ROLES", "STATEMENT_KINDS", "STATUSES", "TIMEZONES", "MeetingSummary",
    "person_label", "AgendaItem", "Attendee", "Statement", "Decision", "Action", "Meeting",
    "Signatory", "Attachment", "Revision", "Person", "SearchHit",
]  # fmt: skip


@dataclass(slots=True)
class AgendaItem:
    title: str
    notes: str | None = None
    ref: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AttendanceSource:
    """The participant report last applied to a meeting, as the daftar hadir names it.

    Kept in the archive only (table ``attendance_sources``): the exchange format
    has no field for it, so an exported and re-imported meeting does not carry it.
    """

    platform: str  # "zoom", "teams" or "meet"
    file_name: str
    #: ``YYYY-MM-DDTHH:MM``: the download time the report states, else the file's
    #: modification time (local clock)
    downloaded_at: str


@dataclass(slots=True)
class Attendee:
    """A person as they were at this meeting.

    The fields are a snapshot: ``person_id`` links to the directory, but editing
    the directory never rewrites what an old attendance list says.
    """

    name: str | None = None
    position: str | None = None
    organization: str | None = None
    nip: str | None = None
    rank: str | None = None
    role: str | None = None
    present: bool | None = None
    represents: str | None = None
    joined_at: str | None = None
    left_at: str | None = None
    contact: str | None = None
    ref: str | None = None
    person_id: int | None = None
    short_name: str | None = None
    email: str | None = None
    absence_reason: str | None = None
    minutes_present: int | None = None
    id: int | None = None

    @property
    def is_present(self) -> bool:
        """Absent only when the file or the clerk said so: the schema's default is true."""
        return self.present is not False

    @property
    def label(self) -> str:
        return person_label(self.name, self.position)


@dataclass(slots=True)
class Statement:
    text: str
    speaker_id: int | None = None
    at: str | None = None
    agenda_id: int | None = None
    kind: str | None = None
    id: int | None = None

    @property
    def is_quote(self) -> bool:
        """The schema's default is a quote: the speaker's own words."""
        return self.kind != "summary"


@dataclass(slots=True)
class Decision:
    text: str
    agenda_id: int | None = None
    id: int | None = None


@dataclass(slots=True)
class Action:
    """A follow-up. ``uid`` is its identity across meetings: the same uid in a
    later meeting is the same follow-up carried over (from the meeting whose
    uid is ``carried_from``); the store gives one to every follow-up."""

    text: str
    owner: str | None = None
    due: str | None = None
    done: bool | None = None
    uid: str | None = None
    carried_from: str | None = None
    progress: str | None = None
    done_at: str | None = None
    agenda_id: int | None = None
    id: int | None = None


@dataclass(slots=True)
class Signatory:
    """Who signs the minutes: an attendee of the meeting (``attendee_id``), whose
    name, position, rank and NIP come from there, or someone named here."""

    label: str
    attendee_id: int | None = None
    name: str | None = None
    position: str | None = None
    rank: str | None = None
    nip: str | None = None
    id: int | None = None


@dataclass(slots=True)
class Attachment:
    """A picture printed in the minutes' appendix (dokumentasi), kept as the
    file's own bytes: PNG or JPEG, checked when it came in."""

    ref: str | None
    media_type: str
    data: bytes
    caption: str | None = None
    id: int | None = None


@dataclass(slots=True)
class Revision:
    """An earlier final revision of the minutes, kept when they were reopened."""

    revision: int
    finalised_at: str
    fingerprint: str
    reopen_reason: str | None = None
    id: int | None = None


@dataclass(slots=True)
class Meeting:
    title: str
    date: str
    uid: str | None = None
    kind: str | None = None
    number: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    timezone: str | None = None
    mode: str | None = None
    location: str | None = None
    city: str | None = None
    organizer: str | None = None
    chair_id: int | None = None
    note_taker_id: int | None = None
    opening: str | None = None
    closing: str | None = None
    status: str | None = None
    series: str | None = None
    revision: int | None = None
    finalised_at: str | None = None
    fingerprint: str | None = None
    agenda: list[AgendaItem] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    id: int | None = None

    def attendee(self, attendee_id: int | None) -> Attendee | None:
        for a in self.attendees:
            if a.id == attendee_id:
                return a
        return None

    def agenda_item(self, agenda_id: int | None) -> AgendaItem | None:
        for item in self.agenda:
            if item.id == agenda_id:
                return item
        return None

    def _by_role(self, attendee_id: int | None, role: str) -> Attendee | None:
        """The attendee named in the header, else the first one given that role.

        The clerk may mark the chair either in the header or in the attendee
        list; the header wins when both are set.
        """
        chosen = self.attendee(attendee_id)
        if chosen is not None:
            return chosen
        return next((a for a in self.attendees if a.role == role), None)

    @property
    def chair(self) -> Attendee | None:
        return self._by_role(self.chair_id, "chair")

    @property
    def note_taker(self) -> Attendee | None:
        return self._by_role(self.note_taker_id, "note_taker")


@dataclass(slots=True)
class Person:
    """An official in the directory, reused across meetings."""

    name: str | None = None
    nip: str | None = None
    rank: str | None = None
    position: str | None = None
    organization: str | None = None
    contact: str | None = None
    id: int | None = None

    @property
    def label(self) -> str:
        return person_label(self.name, self.position)


@dataclass(slots=True)
class SearchHit:
    meeting_id: int
    date: str
    title: str
    source: str
    snippet: str
