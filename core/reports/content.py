"""What goes into the notula rapat and the daftar hadir, as plain data.

Every string here is final Indonesian text as it will be printed (dates,
times, NIP grouping, labels), so tests can check a document's content without
Word, and the writers only lay it out. The clerk's own words are carried
verbatim; nothing is trimmed inside, re-cased or corrected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core import model
from core.dates import clock, day_and_date, long_date, parse_time, time_range
from core.office import from_settings as office_profile
from core.people import format_nip
from core.reports.text import split_paragraphs
from core.settings import DEFAULTS

MODE_WORDS = {"in_person": "luring", "online": "daring", "hybrid": "hybrid: luring dan daring"}
SECTION_LETTERS = "ABCDEFGHIJ"
BLANK_NAME = "(" + "." * 32 + ")"


def setting(settings: dict[str, Any], key: str) -> Any:
    value = settings.get(key)
    return DEFAULTS.get(key) if value is None else value


@dataclass
class Letterhead:
    lines: list[str]  # government, unit
    address: str
    logo: bytes | None = None  # PNG or JPEG
    contact: str = ""


@dataclass
class Field:
    """``label : value``; several values are printed as a numbered list."""

    label: str
    values: list[str]


@dataclass
class Signatory:
    heading: list[str]  # e.g. ["Pimpinan Rapat,"] or ["Mengetahui,", "Sekretaris Daerah,"]
    name: str  # BLANK_NAME when unknown: the signer writes it by hand
    rank: str
    nip: str  # "NIP. 19870412 201001 2 003", or ""


@dataclass
class StatementBlock:
    speaker: str  # name, or the office when no name is known
    after_name: str  # " (Kepala Dinas …, mewakili …):" — printed after the bold name
    paragraphs: list[str]
    quote: bool


@dataclass
class DiscussionGroup:
    title: str | None  # "1. Perkembangan harga …"; None when there is no agenda
    statements: list[StatementBlock]


@dataclass
class ActionRow:
    number: str
    text: str
    owner: str
    due: str


@dataclass
class MinutesContent:
    letterhead: Letterhead
    title: str
    number_line: str
    subtitle: str
    fields: list[Field]
    sections: list[tuple[str, str]]  # (key, heading) in print order
    opening: list[str] = field(default_factory=list)
    discussion: list[DiscussionGroup] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    place_date: str = ""
    signatories: list[Signatory] = field(default_factory=list)
    acknowledger: Signatory | None = None
    #: dokumentasi: (picture bytes, caption), in the meeting's order
    pictures: list[tuple[bytes, str]] = field(default_factory=list)


@dataclass
class AttendanceRow:
    number: int
    name: str
    nip: str
    position: str
    organization: str
    remarks: list[str]


@dataclass
class AttendanceContent:
    letterhead: Letterhead
    title: str
    subtitle: str
    fields: list[Field]
    rows: list[AttendanceRow]
    header: tuple[str, ...] = (
        "No",
        "Nama / NIP",
        "Jabatan / Instansi",
        "Keterangan",
        "Tanda Tangan",
    )


# ---- pieces shared by every document ---------------------------------------------------


def letterhead(settings: dict[str, Any]) -> Letterhead:
    """The kop from the office profile; none at all without a profile."""
    profile = office_profile(settings)
    if profile is None:
        return Letterhead([], "")
    return Letterhead(
        profile.letterhead_lines,
        profile.address,
        profile.logo.data if profile.logo else None,
        profile.contact,
    )


def person_name(a: model.Attendee | None) -> str:
    if a is None:
        return ""
    return a.name or a.position or ""


def person_line(a: model.Attendee) -> str:
    """``Nama (Jabatan)``, with whom they represent; the office alone when no name."""
    role = ", ".join(
        x for x in (a.position, f"mewakili {a.represents}" if a.represents else "") if x
    )
    if a.name and role:
        return f"{a.name} ({role})"
    return a.name or role


def nip_line(nip: str | None) -> str:
    return f"NIP. {format_nip(nip)}" if nip else ""


def place(meeting: model.Meeting) -> str:
    """``Ruang Rapat … (luring)``; without a room the mode alone, ``hybrid (luring dan daring)``."""
    mode = MODE_WORDS.get(meeting.mode or "")
    if meeting.location and mode:
        return f"{meeting.location} ({mode})"
    if mode:
        return mode.replace(": ", " (") + ")" if ": " in mode else mode
    return meeting.location or "-"


def city(meeting: model.Meeting, settings: dict[str, Any]) -> str:
    """The meeting's own city, else the office's."""
    profile = office_profile(settings)
    return meeting.city or (profile.city if profile else "")


def when_fields(meeting: model.Meeting) -> list[Field]:
    return [
        Field("Hari/Tanggal", [day_and_date(meeting.date)]),
        Field("Waktu", [time_range(meeting.start_time, meeting.end_time, meeting.timezone) or "-"]),
        Field("Tempat", [place(meeting)]),
    ]


def subtitle(meeting: model.Meeting) -> str:
    return meeting.title


# ---- notula rapat ------------------------------------------------------------------------


def _statement_block(s: model.Statement, speaker: model.Attendee | None) -> StatementBlock:
    if speaker is None:
        return StatementBlock("Peserta rapat", ":", split_paragraphs(s.text), s.is_quote)
    name = speaker.name or speaker.position or "Peserta rapat"
    parts = [speaker.position if speaker.name else None, speaker.organization]
    parts.append(f"mewakili {speaker.represents}" if speaker.represents else None)
    role = ", ".join(x for x in parts if x)
    after = f" ({role}):" if role else ":"
    return StatementBlock(name, after, split_paragraphs(s.text), s.is_quote)


def _discussion(meeting: model.Meeting) -> list[DiscussionGroup]:
    people = {a.id: a for a in meeting.attendees}
    agenda_ids = {item.id for item in meeting.agenda}
    by_agenda: dict[int | None, list[StatementBlock]] = {}
    for s in meeting.statements:
        block = _statement_block(s, people.get(s.speaker_id))
        if block.paragraphs:
            key = s.agenda_id if s.agenda_id in agenda_ids else None
            by_agenda.setdefault(key, []).append(block)
    groups: list[DiscussionGroup] = []
    general = by_agenda.pop(None, [])
    if general:
        groups.append(DiscussionGroup("Umum" if meeting.agenda else None, general))
    for n, item in enumerate(meeting.agenda, start=1):
        if item.id in by_agenda:
            groups.append(DiscussionGroup(f"{n}.\t{item.title}", by_agenda[item.id]))
    return groups


def _signatory(heading: str, a: model.Attendee | None) -> Signatory:
    if a is None:
        return Signatory([heading], BLANK_NAME, "", "")
    return Signatory([heading], a.name or BLANK_NAME, a.rank or "", nip_line(a.nip))


def _acknowledger(settings: dict[str, Any]) -> Signatory | None:
    profile = office_profile(settings)
    ack = profile.acknowledger if profile else {}
    if not (ack.get("name") or ack.get("position")):
        return None
    heading = [ack.get("label") or "Mengetahui,"]
    if ack.get("position"):
        heading.append(f"{ack['position']},")
    return Signatory(
        heading, ack.get("name") or BLANK_NAME, ack.get("rank") or "", nip_line(ack.get("nip"))
    )


def minutes_content(meeting: model.Meeting, settings: dict[str, Any]) -> MinutesContent:
    present = [a for a in meeting.attendees if a.is_present]
    inline_max = int(setting(settings, "attendees_inline_max"))
    if not present:
        participants = ["-"]
    elif len(present) <= inline_max:
        participants = [person_line(a) for a in present]
    else:
        participants = [f"{len(present)} orang (daftar hadir terlampir)"]
    chair, note_taker = meeting.chair, meeting.note_taker
    fields = [
        *when_fields(meeting),
        Field("Pimpinan Rapat", [person_line(chair) if chair else "-"]),
        Field("Notulis", [person_line(note_taker) if note_taker else "-"]),
        Field("Peserta", participants),
        Field("Acara", [a.title for a in meeting.agenda] or [meeting.title]),
    ]
    content = MinutesContent(
        letterhead=letterhead(settings),
        title="NOTULA RAPAT",
        number_line=f"Nomor: {meeting.number}" if meeting.number else "",
        subtitle=subtitle(meeting),
        fields=fields,
        sections=[],
        opening=split_paragraphs(meeting.opening),
        discussion=_discussion(meeting),
        decisions=[d.text for d in meeting.decisions if d.text.strip()],
        actions=[
            ActionRow(str(n), a.text, a.owner or "-", long_date(a.due) if a.due else "-")
            for n, a in enumerate(meeting.actions, start=1)
        ],
        closing=split_paragraphs(meeting.closing),
        place_date=f"{city(meeting, settings)}, {long_date(meeting.date)}".lstrip(", "),
        signatories=[_signatory("Pimpinan Rapat,", chair), _signatory("Notulis,", note_taker)],
        acknowledger=_acknowledger(settings),
        pictures=[(a.data, a.caption or "") for a in meeting.attachments],
    )
    names = {
        "opening": "PEMBUKAAN",
        "discussion": "PEMBAHASAN",
        "decisions": "KESIMPULAN/KEPUTUSAN",
        "actions": "TINDAK LANJUT",
        "closing": "PENUTUP",
    }
    present_keys = [k for k in names if getattr(content, k)]
    content.sections = [
        (key, f"{SECTION_LETTERS[i]}.\t{names[key]}") for i, key in enumerate(present_keys)
    ]
    return content


# ---- daftar hadir ------------------------------------------------------------------------


def _later(a: str | None, b: str | None) -> bool:
    """True when time ``a`` is after ``b`` to the minute (unknown times never are)."""
    if not a or not b:
        return False
    ta, tb = parse_time(a), parse_time(b)
    return (ta.hour, ta.minute) > (tb.hour, tb.minute)


def remarks(a: model.Attendee, meeting: model.Meeting) -> list[str]:
    """Keterangan: daring, mewakili, came late, left early; else simply Hadir."""
    out: list[str] = []
    if meeting.mode == "online":
        out.append("Daring")
    if a.represents:
        out.append(f"Mewakili {a.represents}")
    if _later(a.joined_at, meeting.start_time):
        out.append(f"datang {clock(a.joined_at)}")
    if a.left_at and (not meeting.end_time or _later(meeting.end_time, a.left_at)):
        out.append(f"pulang {clock(a.left_at)}")
    return out or ["Hadir"]


def attendance_content(meeting: model.Meeting, settings: dict[str, Any]) -> AttendanceContent:
    """Only people who were there: an absent attendee gets no number and no line to sign."""
    rows = [
        AttendanceRow(
            number=n,
            name=a.name or a.position or "",
            nip=nip_line(a.nip),
            position=a.position if a.name else "",
            organization=a.organization or "",
            remarks=remarks(a, meeting),
        )
        for n, a in enumerate((a for a in meeting.attendees if a.is_present), start=1)
    ]
    return AttendanceContent(
        letterhead=letterhead(settings),
        title="DAFTAR HADIR",
        subtitle=subtitle(meeting),
        fields=[
            *when_fields(meeting),
            Field("Acara", [a.title for a in meeting.agenda] or [meeting.title]),
        ],
        rows=rows,
    )
