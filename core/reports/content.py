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
from core.dates import day_and_date, long_date, time_range
from core.office import MINUTES_DEFAULTS
from core.office import from_settings as office_profile
from core.people import format_nip, plain_name
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
class CarriedRow:
    """A follow-up of an earlier meeting of the series, with its progress."""

    number: str
    text: str
    owner: str
    progress: str
    status: str


def carried_status(a: model.Action) -> str:
    """Selesai (with the day) or Belum selesai (with the due date)."""
    if a.done:
        return "Selesai" + (f", {long_date(a.done_at)}" if a.done_at else "")
    return "Belum selesai" + (f"; batas waktu {long_date(a.due)}" if a.due else "")


def carried_rows(meeting: model.Meeting) -> list[CarriedRow]:
    carried = [a for a in meeting.actions if a.carried_from]
    return [
        CarriedRow(str(n), a.text, a.owner or "-", a.progress or "-", carried_status(a))
        for n, a in enumerate(carried, start=1)
    ]


@dataclass
class MinutesContent:
    letterhead: Letterhead
    title: str
    number_line: str
    subtitle: str
    fields: list[Field]
    sections: list[tuple[str, str]]  # (key, heading) in print order
    absent: list[str] = field(default_factory=list)  # "Nama (Jabatan): alasan"
    present_count: str = ""  # "Jumlah peserta hadir: 5 orang", or "" when the office prints none
    #: "Hadir secara daring: 4 orang" when a participant report was applied, else ""
    online_count: str = ""
    opening: list[str] = field(default_factory=list)
    #: follow-ups carried from earlier meetings of the series (tindak lanjut rapat sebelumnya)
    carried: list[CarriedRow] = field(default_factory=list)
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
    #: Masuk, Keluar, Menit as printed (kehadiran daring); "" where the report did not say
    times: tuple[str, str, str] = ("", "", "")


SIGNATURE_HEADER = ("No", "Nama / NIP", "Jabatan / Instansi", "Keterangan", "Tanda Tangan")
ONLINE_HEADER = ("No", "Nama / NIP", "Jabatan / Instansi", "Masuk", "Keluar", "Menit")


@dataclass
class AttendanceContent:
    letterhead: Letterhead
    title: str
    subtitle: str
    fields: list[Field]
    rows: list[AttendanceRow]
    header: tuple[str, ...] = SIGNATURE_HEADER
    #: kehadiran daring: join, leave and minutes instead of remarks and signatures
    online: bool = False
    #: "Sumber: laporan peserta Zoom (…), diunduh …", or "" when no report was applied
    source_line: str = ""


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


def _statement_block(
    s: model.Statement, speaker: model.Attendee | None, first: bool = True
) -> StatementBlock:
    """The speaker in full (name, jabatan, instansi) at first mention, short name after."""
    if speaker is None:
        return StatementBlock("Peserta rapat", ":", split_paragraphs(s.text), s.is_quote)
    name = speaker.name or speaker.position or "Peserta rapat"
    if not first:
        short = speaker.short_name or (plain_name(speaker.name) if speaker.name else name)
        return StatementBlock(short, ":", split_paragraphs(s.text), s.is_quote)
    parts = [speaker.position if speaker.name else None, speaker.organization]
    parts.append(f"mewakili {speaker.represents}" if speaker.represents else None)
    role = ", ".join(x for x in parts if x)
    after = f" ({role}):" if role else ":"
    return StatementBlock(name, after, split_paragraphs(s.text), s.is_quote)


def _discussion(meeting: model.Meeting) -> list[DiscussionGroup]:
    people = {a.id: a for a in meeting.attendees}
    agenda_ids = {item.id for item in meeting.agenda}
    by_agenda: dict[int | None, list[StatementBlock]] = {}
    named: dict[int | None, set[int | None]] = {}  # per agenda item, who was introduced
    for s in meeting.statements:
        key = s.agenda_id if s.agenda_id in agenda_ids else None
        seen = named.setdefault(key, set())
        block = _statement_block(s, people.get(s.speaker_id), s.speaker_id not in seen)
        if block.paragraphs:
            seen.add(s.speaker_id)
            by_agenda.setdefault(key, []).append(block)
    groups: list[DiscussionGroup] = []
    general = by_agenda.pop(None, [])
    if general:
        groups.append(DiscussionGroup("Umum" if meeting.agenda else None, general))
    for n, item in enumerate(meeting.agenda, start=1):
        if item.id in by_agenda:
            groups.append(DiscussionGroup(f"{n}.\t{item.title}", by_agenda[item.id]))
    return groups


def _signatory(
    label: str, a: model.Attendee | None, own: model.Signatory | None = None
) -> Signatory:
    """Label, jabatan line, name, pangkat and NIP; what the signatory row itself
    names wins over the attendee it points to."""

    def pick(key: str) -> str:
        mine = getattr(own, key, None) if own is not None else None
        return mine or (getattr(a, key, None) if a is not None else None) or ""

    label = label.strip()
    heading = [label if label.endswith(",") else f"{label},"] if label else []
    position = pick("position")
    if position:
        heading.append(position if position.endswith(",") else f"{position},")
    return Signatory(heading, pick("name") or BLANK_NAME, pick("rank"), nip_line(pick("nip")))


def _acknowledger(settings: dict[str, Any]) -> Signatory | None:
    profile = office_profile(settings)
    ack = profile.acknowledger if profile else {}
    if not (ack.get("name") or ack.get("position")):
        return None
    own = model.Signatory(label="", **{k: ack.get(k) for k in ("name", "position", "rank", "nip")})
    return _signatory(ack.get("label") or "Mengetahui", None, own)


def signatories(meeting: model.Meeting, settings: dict[str, Any]) -> list[Signatory]:
    """Who signs, in print order (the last one at the right, under the city and date).

    The meeting's own signatories when it names any, exactly those; else the
    office's choice: the chair alone (the official form) or the note-taker
    and the chair.
    """
    if meeting.signatories:
        return [
            _signatory(s.label, meeting.attendee(s.attendee_id), s) for s in meeting.signatories
        ]
    choices = minutes_choices(settings)
    chair = _signatory("Pimpinan Rapat", meeting.chair)
    if choices["signatories"] == "note_taker_and_chair":
        return [_signatory(choices["note_taker_label"], meeting.note_taker), chair]
    return [chair]


def acknowledger(meeting: model.Meeting, settings: dict[str, Any]) -> Signatory | None:
    """The office's standing "Mengetahui", unless the meeting names its own signatories."""
    return None if meeting.signatories else _acknowledger(settings)


def minutes_choices(settings: dict[str, Any]) -> dict[str, Any]:
    """How the office's notula looks (``office.minutes``), defaults without a profile."""
    profile = office_profile(settings)
    return dict(profile.minutes) if profile else dict(MINUTES_DEFAULTS)


def place_date(meeting: model.Meeting, settings: dict[str, Any]) -> str:
    """``Pangkalpinang, 1 Maret 2022`` above the signatures, unless the office prints none."""
    if not minutes_choices(settings)["city_date_line"]:
        return ""
    return f"{city(meeting, settings)}, {long_date(meeting.date)}".lstrip(", ")


#: the sections in print order; "decisions" is named by the office (Keputusan/Kesimpulan)
SECTION_NAMES = {
    "opening": "PEMBUKAAN",
    "carried": "TINDAK LANJUT RAPAT SEBELUMNYA",
    "discussion": "PEMBAHASAN",
    "decisions": "KEPUTUSAN",
    "actions": "TINDAK LANJUT",
    "closing": "PENUTUP",
}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def section_headings(
    keys: list[str], names: dict[str, str], numbering: str
) -> list[tuple[str, str]]:
    """``1.<TAB>PEMBUKAAN`` (or ``A.``, ``I.``, or no number): the parts that have
    something in them, numbered without gaps."""

    def number(n: int) -> str:
        if numbering == "A.":
            return f"{SECTION_LETTERS[n - 1]}."
        if numbering == "I.":
            return f"{ROMAN[n - 1]}."
        return f"{n}."

    if numbering == "none":
        return [(key, names[key]) for key in keys]
    return [(key, f"{number(n)}\t{names[key]}") for n, key in enumerate(keys, start=1)]


def meeting_line(meeting: model.Meeting) -> str:
    """``Rapat Koordinasi — Evaluasi …``, the kind before the title unless the title names it."""
    kind = " ".join((meeting.kind or "").split())
    if kind and kind.lower() not in meeting.title.lower():
        return f"{kind} — {meeting.title}"
    return meeting.title


def header_fields(meeting: model.Meeting, settings: dict[str, Any]) -> list[Field]:
    """The label : value block, in the order of the official form."""
    present = [a for a in meeting.attendees if a.is_present]
    inline_max = int(setting(settings, "attendees_inline_max"))
    if not present:
        participants = ["-"]
    elif len(present) <= inline_max:
        participants = [person_line(a) for a in present]
    else:
        participants = [f"{len(present)} orang (daftar hadir terlampir)"]
    chair, note_taker = meeting.chair, meeting.note_taker
    fields = [Field("Sidang/Rapat", [meeting_line(meeting)]), *when_fields(meeting)]
    if meeting.organizer and meeting.organizer.strip():
        fields.append(Field("Penyelenggara", [meeting.organizer]))
    return [
        *fields,
        Field("Acara", [a.title for a in meeting.agenda] or [meeting.title]),
        Field("Pimpinan Rapat", [person_line(chair) if chair else "-"]),
        Field(
            minutes_choices(settings)["note_taker_label"],
            [person_line(note_taker) if note_taker else "-"],
        ),  # fmt: skip
        Field("Peserta", participants),
    ]


def absent_lines(meeting: model.Meeting) -> list[str]:
    """Each invitee who did not come, with the reason when one was given."""
    out = []
    for a in meeting.attendees:
        if not a.is_present:
            reason = " ".join((a.absence_reason or "").split())
            out.append(f"{person_line(a)}: {reason}" if reason else person_line(a))
    return out


def joined_online(meeting: model.Meeting) -> int:
    """Attendees present with a join time or minutes (what a participant report gives)."""
    return sum(
        1
        for a in meeting.attendees
        if a.is_present and (a.joined_at or a.minutes_present is not None)
    )


def minutes_content(
    meeting: model.Meeting,
    settings: dict[str, Any],
    source: model.AttendanceSource | None = None,
) -> MinutesContent:
    """``source``: the participant report last applied (the archive keeps it); with
    one, the attendance part says how many joined online."""
    choices = minutes_choices(settings)
    present = sum(1 for a in meeting.attendees if a.is_present)
    content = MinutesContent(
        letterhead=letterhead(settings),
        title=choices["title"],
        number_line=f"Nomor: {meeting.number}" if meeting.number else "",
        subtitle=subtitle(meeting),
        fields=header_fields(meeting, settings),
        sections=[],
        absent=absent_lines(meeting),
        present_count=f"Jumlah peserta hadir: {present} orang" if choices["count_present"] else "",
        online_count=f"Hadir secara daring: {joined_online(meeting)} orang" if source else "",
        opening=split_paragraphs(meeting.opening),
        carried=carried_rows(meeting),
        discussion=_discussion(meeting),
        decisions=[d.text for d in meeting.decisions if d.text.strip()],
        actions=[
            ActionRow(str(n), a.text, a.owner or "-", long_date(a.due) if a.due else "-")
            for n, a in enumerate((a for a in meeting.actions if not a.carried_from), start=1)
        ],
        closing=split_paragraphs(meeting.closing),
        place_date=place_date(meeting, settings),
        signatories=signatories(meeting, settings),
        acknowledger=acknowledger(meeting, settings),
        pictures=[(a.data, a.caption or "") for a in meeting.attachments],
    )
    names = {**SECTION_NAMES, "decisions": choices["decisions_heading"].upper()}
    keys = [k for k in names if getattr(content, k)]
    content.sections = section_headings(keys, names, choices["section_numbering"])
    return content
