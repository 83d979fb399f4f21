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
from core.office import from_settings as office_profile
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
#: words that begin a name but do not make a short name on their own (Balinese birth-order
#: and caste names, Bugis, Acehnese and Javanese titles)
NAME_PREFIXES = frozenset({
    "i", "ni", "luh", "gusti", "anak", "agung", "ayu", "ida", "bagus", "made", "nyoman",
    "ketut", "putu", "wayan", "kadek", "komang", "gede", "andi", "teuku", "cut", "tengku",
    "raden", "r.", "rr.", "mas", "m.", "moh.", "muh.",
})  # fmt: skip
MAIN_ATTENDEES = 6
MAX_WORDS = 600  # about two A4 pages
HEADLINE_WORDS = 15
_OPEN = ("“", '"')
_CLOSE = ("”", '"')


@dataclass
class PressContent:
    letterhead: Letterhead
    label: str
    number_line: str  # "Nomor: …/HUMAS/2023" from the profile's pattern, or ""
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


def news_name(name: str, keep_degrees: bool = False) -> tuple[str, str]:
    """(``Hendra Saputra``, ``Hendra``) from ``Ir. Hendra Saputra, M.T.``: news drops degrees
    and honorifics (unless the office keeps them). The short name is never a single letter,
    an initial, a bare honorific or a name prefix (``Ni``, ``I Made``): then the full name."""
    line = first_line(name)
    words = line.split(",")[0].split()
    while len(words) > 1 and words[0].lower() in ACADEMIC_PREFIXES | HONORIFICS:
        words = words[1:]
    full = (line if keep_degrees else " ".join(words)) or line
    given = [
        w for w in words
        if w.lower() not in HONORIFICS | NAME_PREFIXES and not w.endswith(".") and len(w) > 2
        and w.isalpha() and w.isascii()
    ]  # fmt: skip
    return full, (given[0] if given else " ".join(words) or line)


def _person(a: model.Attendee | None, keep_degrees: bool = False) -> _Person:
    if a is None:
        return _Person("peserta rapat", "peserta rapat", "", True)
    position = first_line(a.position)
    if not a.name:
        return _Person(position, position, position)
    full, short = news_name(a.name, keep_degrees)
    return _Person(full, first_line(a.short_name) or short, position)


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


def _lead(
    meeting: model.Meeting, dateline: str, chair: _Person | None, own: _Person | None = None
) -> str:
    """Who led what, when and where; from the office's angle: when a visiting official
    chaired, the office's own official who took part is the subject."""
    title = first_line(meeting.title)
    event = title if title.lower().startswith("rapat") else f"rapat {title}"
    when = f"pada {_news_date(meeting.date)}"
    if meeting.start_time:
        when += f" pukul {clock(meeting.start_time)} {meeting.timezone or 'WIB'}"
    tail = " ".join(x for x in (when, _where(meeting)) if x)
    if own is not None and chair is not None and own is not chair:
        own.introduced = chair.introduced = True
        sentence = (
            f"{own.first_mention}, mengikuti {event} yang dipimpin {chair.first_mention} {tail}."
        )
    elif chair is not None:
        chair.introduced = True
        named = chair.position and chair.full != chair.position
        subject = f"{chair.first_mention}, memimpin" if named else f"{chair.full} memimpin"
        sentence = f"{subject} {event} {tail}."
    elif meeting.organizer:
        sentence = f"{first_line(meeting.organizer)} menggelar {event} {tail}."
    else:
        sentence = f"{event[0].upper()}{event[1:]} digelar {tail}."
    return f"{dateline} – {sentence}" if dateline else sentence


def _is_own(a: model.Attendee, settings: dict[str, Any]) -> bool:
    """Whether an attendee belongs to the office's government (its region named in the
    instansi or jabatan); without a profile every attendee counts as the office's."""
    profile = office_profile(settings)
    if profile is None:
        return True
    region = profile.government.upper().removeprefix("PEMERINTAH").strip()
    return bool(region) and region in f"{a.organization or ''} {a.position or ''}".upper()


def _own_official(
    meeting: model.Meeting, present: list[model.Attendee], settings: dict[str, Any]
) -> model.Attendee | None:
    """The chair when the office's own, else the first of the office's people who spoke
    (or attended), never the note-taker."""
    chair = meeting.chair
    if chair is None or not chair.is_present or _is_own(chair, settings):
        return chair if chair is not None and chair.is_present else None
    spoke = [s.speaker_id for s in meeting.statements]
    candidates = [a for a in present if a.id != meeting.note_taker_id and _is_own(a, settings)]
    candidates.sort(key=lambda a: spoke.index(a.id) if a.id in spoke else len(spoke))
    return candidates[0] if candidates else None


def _attendee_phrase(a: model.Attendee) -> str:
    person = _person(a)
    office = person.position
    if len(office.split()) <= 2 and a.organization:  # "Pimpinan Cabang" says little alone
        office = f"{office} {first_line(a.organization)}".strip()
    phrase = f"{office} {person.full}" if person.full != person.position else person.full
    if a.represents:
        phrase += f" yang mewakili {first_line(a.represents)}"
    return phrase.strip()


def _who_attended(
    meeting: model.Meeting, present: list[model.Attendee], people: dict, lead: int | None = None
) -> str:
    """The main attendees by name (not those the lead named): speakers first, then guests."""
    skip = {meeting.chair_id, meeting.note_taker_id, lead}
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


def _headline(meeting: model.Meeting) -> str:
    """At most 15 words, about the meeting (not the visiting official who led it)."""
    for text in (meeting.title, *(a.title for a in meeting.agenda)):
        line = first_line(text)
        if line and len(line.split()) <= HEADLINE_WORDS:
            return line
    return " ".join(first_line(meeting.title).split()[:HEADLINE_WORDS])


def _follow_ups(meeting: model.Meeting) -> list[str]:
    """Each follow-up with who and by when: the dates a reader acts on."""
    out = []
    for a in meeting.actions:
        text = first_line(a.text).rstrip(".")
        if not text:
            continue
        owner = f" oleh {first_line(a.owner)}" if a.owner else ""
        due = f" paling lambat {_news_date(a.due)}" if a.due else ""
        out.append(f"Tindak lanjut: {text[0].lower() + text[1:]}{owner}{due}.")
    return out


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _within(quotes: list[tuple[int, str]], budget: int) -> list[str]:
    """The most informative statements that fit ``budget`` words, in meeting order:
    those with figures and dates first, then the longer ones."""
    scored = sorted(
        range(len(quotes)),
        key=lambda i: (not _has_figure(quotes[i][1]), -len(quotes[i][1]), i),
    )
    chosen, used = set(), 0
    for i in scored:
        cost = len(quotes[i][1].split())
        if used + cost <= budget:
            chosen.add(i)
            used += cost
    return [text for i, (_, text) in enumerate(quotes) if i in chosen]


def _has_figure(paragraph: str) -> bool:
    """A figure or a date in what was said (not in the speaker's name around it)."""
    said = re.sub(r"^Menurut [^,]*, ", "", paragraph).split("” ")[0]
    return bool(re.search(r"\d", said))


def _release_number(settings: dict[str, Any], meeting: model.Meeting) -> str:
    profile = office_profile(settings)
    pattern = profile.press.get("release_number", "") if profile else ""
    if not pattern:
        return ""
    return "Nomor: " + pattern.replace("{n}", "…").replace("{year}", meeting.date[:4])


def _contact(settings: dict[str, Any]) -> list[str]:
    profile = office_profile(settings)
    press = profile.press if profile else {}
    name = press.get("contact_name", "")
    reach = " / ".join(x for x in (press.get("contact_phone"), press.get("contact_email")) if x)
    if not (name or reach):
        return []
    return ["Narahubung: " + (f"{name} ({reach})" if name and reach else name or reach)]


def press_content(meeting: model.Meeting, settings: dict[str, Any]) -> PressContent:
    profile = office_profile(settings)
    keep = bool(profile.minutes.get("press_keep_degrees")) if profile else False
    people = {a.id: _person(a, keep) for a in meeting.attendees}
    present = [a for a in meeting.attendees if a.is_present]
    chair_att = meeting.chair if meeting.chair and meeting.chair.is_present else None
    chair = people.get(chair_att.id) if chair_att else None
    dateline = first_line(city(meeting, settings)).upper()
    own_att = _own_official(meeting, present, settings)
    own = people.get(own_att.id) if own_att else None
    paragraphs = [_lead(meeting, dateline, chair, own)]
    who = _who_attended(meeting, present, people, own_att.id if own_att else None)
    paragraphs += [p for p in (who, _agenda(meeting)) if p]
    decisions = [d.text for d in meeting.decisions if d.text.strip()]
    closing = _follow_ups(meeting)
    if meeting.end_time:
        closing.append(
            f"Rapat berakhir pukul {clock(meeting.end_time)} {meeting.timezone or 'WIB'}."
        )
    closing += _contact(settings)
    budget = MAX_WORDS - _words(paragraphs + decisions + closing)
    quotes = _quotes(meeting, people)
    if _words(quotes) > budget:
        quotes = _within(list(enumerate(quotes)), max(budget, 0))
    return PressContent(
        letterhead=letterhead(settings),
        label="SIARAN PERS",
        number_line=_release_number(settings, meeting),
        dateline=dateline,
        headline=_headline(meeting),
        paragraphs=paragraphs + quotes,
        decisions_intro="Hasil rapat antara lain:" if decisions else "",
        decisions=decisions,
        closing=closing,
    )
