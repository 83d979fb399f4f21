"""The press-release draft (siaran pers) as plain data.

A draft for the public-relations office, written in the usual Indonesian news
style: a dateline lead (``PANGKALPINANG – …``), who took part, what was
discussed, the quotes attributed by name (“…,” ujar Radmida.) and what was
agreed. Rule: every fact comes from the minutes. Sentences are assembled
around the clerk's words; the words themselves are never changed except for
the news-style comma before the attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from core import model
from core.dates import clock, day_and_date, parse_date
from core.people import HONORIFICS as PEOPLE_HONORIFICS
from core.people import TITLE_PREFIXES
from core.reports.content import Letterhead, city, letterhead
from core.reports.text import first_line, split_paragraphs

VERBS = ("ujar", "kata", "tutur", "ungkap", "jelas")
NUMBERS = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
)
ACADEMIC_PREFIXES, HONORIFICS = TITLE_PREFIXES, PEOPLE_HONORIFICS
MAIN_ATTENDEES = 6
_OPEN = ("“", '"')
_CLOSE = ("”", '"')


@dataclass
class PressContent:
    letterhead: Letterhead
    label: str
    dateline: str  # "MUNTOK": the first paragraph starts with it and " – "
    headline: str
    paragraphs: list[str]
    decisions_intro: str = ""
    decisions: list[str] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)


@dataclass
class _Person:
    full: str  # "Yuliana Putri" (no degrees) or the office when no name
    short: str  # "Yuliana"
    position: str
    introduced: bool = False

    @property
    def first_mention(self) -> str:
        if self.position and self.full != self.position:
            return f"{self.position}, {self.full}"
        return self.full


def news_name(name: str) -> tuple[str, str]:
    """(``Hendra Saputra``, ``Hendra``) from ``Ir. Hendra Saputra, M.T.``: news drops degrees."""
    words = first_line(name).split(",")[0].split()
    while words and words[0].lower() in ACADEMIC_PREFIXES:
        words = words[1:]
    full = " ".join(words) or first_line(name)
    given = [w for w in words if w.lower() not in HONORIFICS]
    return full, (given[0] if given else full)


def _person(a: model.Attendee | None) -> _Person:
    if a is None:
        return _Person("peserta rapat", "peserta rapat", "", True)
    position = first_line(a.position)
    if not a.name:
        return _Person(position, position, position)
    full, short = news_name(a.name)
    return _Person(full, short, position)


def _join(items: list[str]) -> str:
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + ", dan " + items[-1]


def _count(n: int) -> str:
    return NUMBERS[n] if n < len(NUMBERS) else str(n)


def _news_date(date: str) -> str:
    """``Senin (12/6/2023)``: the weekday from core.dates, the date the way newsrooms write it."""
    day = parse_date(date)
    weekday = day_and_date(day).split(",")[0]
    return f"{weekday} ({day.day}/{day.month}/{day.year})"


def _where(meeting: model.Meeting) -> str:
    loc = first_line(meeting.location)
    if meeting.mode == "online":
        return f"secara daring melalui {loc}" if loc else "secara daring"
    if meeting.mode == "hybrid":
        return (
            f"secara luring dan daring (hybrid) bertempat di {loc}"
            if loc
            else "secara luring dan daring"
        )
    return f"bertempat di {loc}" if loc else ""


def _lead(meeting: model.Meeting, dateline: str, chair: _Person | None) -> str:
    title = first_line(meeting.title)
    event = title if title.lower().startswith("rapat") else f"rapat {title}"
    when = f"pada {_news_date(meeting.date)}"
    if meeting.start_time:
        when += f" pukul {clock(meeting.start_time)} {meeting.timezone or 'WIB'}"
    tail = " ".join(x for x in (when, _where(meeting)) if x)
    if chair is not None:
        chair.introduced = True
        named = chair.position and chair.full != chair.position
        subject = f"{chair.first_mention}, memimpin" if named else f"{chair.full} memimpin"
        sentence = f"{subject} {event} {tail}."
    elif meeting.organizer:
        sentence = f"{first_line(meeting.organizer)} menggelar {event} {tail}."
    else:
        sentence = f"{event[0].upper()}{event[1:]} digelar {tail}."
    return f"{dateline} – {sentence}" if dateline else sentence


def _attendee_phrase(a: model.Attendee) -> str:
    person = _person(a)
    office = person.position
    if len(office.split()) <= 2 and a.organization:  # "Pimpinan Cabang" says little alone
        office = f"{office} {first_line(a.organization)}".strip()
    phrase = f"{office} {person.full}" if person.full != person.position else person.full
    if a.represents:
        phrase += f" yang mewakili {first_line(a.represents)}"
    return phrase.strip()


def _who_attended(meeting: model.Meeting, present: list[model.Attendee], people: dict) -> str:
    """The main attendees by name: speakers first, then guests, then the rest."""
    skip = {meeting.chair_id, meeting.note_taker_id}
    spoke: list[int | None] = []
    for s in meeting.statements:
        if s.speaker_id not in spoke:
            spoke.append(s.speaker_id)
    rank = {"speaker": 1, "guest": 2}

    def order(a: model.Attendee) -> tuple[int, int]:
        if a.id in spoke:
            return (0, spoke.index(a.id))
        return (rank.get(a.role or "", 3), 0)

    others = sorted((a for a in present if a.id not in skip), key=order)
    if not others:
        return ""
    named = others[:MAIN_ATTENDEES]
    for a in named:
        if a.id in people:
            people[a.id].introduced = True
    phrases = [_attendee_phrase(a) for a in named]
    rest = len(others) - len(named)
    if rest:
        phrases.append(f"{_count(rest)} peserta lainnya")
    return f"Rapat tersebut dihadiri antara lain oleh {_join(phrases)}."


def _agenda(meeting: model.Meeting) -> str:
    proper = _proper_words(meeting)
    titles = [_lower_first(first_line(a.title), proper) for a in meeting.agenda]
    titles = [t for t in titles if t]
    if not titles:
        return ""
    if len(titles) == 1:
        return f"Agenda rapat adalah {titles[0]}."
    return f"Rapat membahas {_count(len(titles))} agenda, yaitu {_join(titles)}."


def _unquote(text: str) -> str:
    stripped = text.strip()
    if len(stripped) > 1 and stripped.startswith(_OPEN) and stripped.endswith(_CLOSE):
        return stripped[1:-1]
    return text


def _before_attribution(text: str) -> str:
    """News style ends a quote with a comma before “ujar …” (keeps ? and !)."""
    body = text.rstrip()
    if body.endswith(("?", "!", ",")):
        return body
    if body.endswith(".") and not body.endswith(".."):
        return body[:-1] + ","
    return body + ","


def _proper_words(meeting: model.Meeting) -> set[str]:
    words: set[str] = set()
    for a in meeting.attendees:
        for text in (a.name, a.position, a.organization, a.represents):
            words.update((text or "").split())
    for text in (meeting.location, meeting.city, meeting.organizer):
        words.update((text or "").split())
    return words


def _lower_first(text: str, proper: set[str]) -> str:
    """Lower-case an ordinary first word after “Menurut X,”; names and acronyms stay."""
    match = re.match(r"([A-Z][a-z]+)\b", text)
    if match and match.group(1) not in proper:
        return text[0].lower() + text[1:]
    return text


def _quotes(meeting: model.Meeting, people: dict[int | None, _Person]) -> list[str]:
    out: list[str] = []
    proper = _proper_words(meeting)
    previous: int | None | bool = False
    n = 0
    for s in meeting.statements:
        paras = split_paragraphs(s.text)
        if not paras:
            continue
        person = people.get(s.speaker_id) or _person(None)
        who = person.short if person.introduced else person.first_mention
        if s.is_quote:
            if len(paras) == 1:
                paras[0] = _unquote(paras[0])
            if s.speaker_id == previous:
                attribution = "tambahnya."
            else:
                attribution = f"{VERBS[n % len(VERBS)]} {who}."
                n += 1
            out.extend(f"“{p}" for p in paras[:-1])
            out.append(f"“{_before_attribution(paras[-1])}” {attribution}")
        else:
            out.append(f"Menurut {who}, {_lower_first(paras[0], proper)}")
            out.extend(paras[1:])
        person.introduced = True
        previous = s.speaker_id
    return out


def press_content(meeting: model.Meeting, settings: dict[str, Any]) -> PressContent:
    people = {a.id: _person(a) for a in meeting.attendees}
    present = [a for a in meeting.attendees if a.is_present]
    chair_att = meeting.chair if meeting.chair and meeting.chair.is_present else None
    chair = people.get(chair_att.id) if chair_att else None
    dateline = first_line(city(meeting, settings)).upper()
    title = first_line(meeting.title)
    headline = f"{chair.position} Pimpin {title}" if chair and chair.position else title
    paragraphs = [_lead(meeting, dateline, chair)]
    paragraphs += [p for p in (_who_attended(meeting, present, people), _agenda(meeting)) if p]
    paragraphs += _quotes(meeting, people)
    decisions = [d.text for d in meeting.decisions if d.text.strip()]
    closing = []
    if meeting.end_time:
        closing.append(
            f"Rapat berakhir pukul {clock(meeting.end_time)} {meeting.timezone or 'WIB'}."
        )
    return PressContent(
        letterhead=letterhead(settings),
        label="DRAF SIARAN PERS",
        dateline=dateline,
        headline=headline,
        paragraphs=paragraphs,
        decisions_intro="Rapat menyepakati hal-hal berikut:" if decisions else "",
        decisions=decisions,
        closing=closing,
    )
