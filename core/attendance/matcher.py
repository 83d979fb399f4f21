"""Who each person of a report is: an attendee, a directory entry, someone new, or a question.

The order is fixed: e-mail (the meeting's attendees, then the directory's
known e-mails); then the name against the meeting's attendees, then against
the directory, each time exactly (titles, degrees, case, diacritics and word
order aside), then a report name holding one whole name plus other words
("Bahtiar Kemendagri"), then fuzzily (rapidfuzz) only with a clear margin
over the runner-up. Phones, devices, bots and ties become ``review``
proposals: they are shown, never applied.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from core.attendance.names import name_key, name_tokens, not_a_person, split_display
from core.attendance.report import Entry
from core.model import Attendee, Person

#: a fuzzy score at least this good, and ahead of the runner-up by MARGIN, matches
FUZZY_SCORE = 88
MARGIN = 8

MATCHED, ADDED, REVIEW = "matched", "added", "review"
#: what applying a proposal does
ATTENDEE, PERSON, NEW, IGNORE = "attendee", "person", "new", "ignore"


@dataclass(frozen=True)
class Candidate:
    """Someone a report entry may be: an attendee of the meeting or a directory entry."""

    kind: str  # ATTENDEE or PERSON
    id: int
    label: str


@dataclass
class Proposal:
    """What to do with one report entry, and why."""

    entry: Entry
    action: str  # ATTENDEE, PERSON, NEW or IGNORE
    reason: str  # see core.attendance.apply.REASONS
    target: Candidate | None = None
    candidates: list[Candidate] = field(default_factory=list)
    #: for NEW: the name and office the display name gives
    name: str | None = None
    office: str | None = None
    #: a review line: shown, never applied until the clerk decides
    review: bool = False

    @property
    def status(self) -> str:
        if self.review or self.action == IGNORE:
            return REVIEW
        return MATCHED if self.action == ATTENDEE else ADDED


def attendee_label(a: Attendee) -> str:
    return a.name or a.position or ""


def person_label(p: Person) -> str:
    return p.name or p.position or ""


class _Index:
    """Names of one group of people (the attendees, or the directory), ready to look up."""

    def __init__(self, kind: str, items: Iterable[tuple[int, str, str]]) -> None:
        self.kind = kind
        self.labels: dict[int, str] = {}
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.by_token: dict[str, set[int]] = defaultdict(set)
        self.sizes: dict[int, int] = {}
        self.keys: dict[int, str] = {}
        self._choices: tuple[list[int], list[str]] | None = None
        for id_, name, label in items:
            self.labels[id_] = label
            tokens = set(name_tokens(name)) if name else set()
            if not tokens:
                continue
            key = " ".join(sorted(tokens))
            self.keys[id_] = key
            self.by_key[key].append(id_)
            self.sizes[id_] = len(tokens)
            for t in tokens:
                self.by_token[t].add(id_)

    def candidate(self, id_: int) -> Candidate:
        return Candidate(self.kind, id_, self.labels[id_])

    def exact(self, key: str) -> list[int]:
        return self.by_key.get(key, [])

    def within(self, tokens: set[str]) -> list[int]:
        """Those whose whole name is among ``tokens``."""
        counts: dict[int, int] = defaultdict(int)
        for t in tokens:
            for id_ in self.by_token.get(t, ()):
                counts[id_] += 1
        return sorted(i for i, n in counts.items() if n == self.sizes[i])

    def containing(self, tokens: set[str]) -> list[int]:
        """Those whose name holds every one of ``tokens`` (a bare first name)."""
        sets = [self.by_token.get(t, set()) for t in tokens]
        return sorted(set.intersection(*sets)) if sets and all(sets) else []

    def fuzzy(self, key: str) -> list[tuple[int, float]]:
        """The two best fuzzy matches of ``key``, best first."""
        from rapidfuzz import fuzz, process

        if not self.keys:
            return []
        if self._choices is None:
            self._choices = (list(self.keys), list(self.keys.values()))
        ids, keys = self._choices
        # the keys are the name's words sorted: plain ratio is token_sort_ratio, faster
        found = process.extract(
            key, keys, scorer=fuzz.ratio, processor=None, limit=2, score_cutoff=FUZZY_SCORE - 10
        )
        return [(ids[n], score) for _key, score, n in found]


class Matcher:
    """Matches report entries against one meeting's attendees and the directory."""

    def __init__(
        self,
        attendees: Sequence[Attendee],
        people: Sequence[Person],
        emails: Mapping[str, int],
    ) -> None:
        # an invitee known only by jabatan ("Kepala Bappeda") is found by it
        self.attendees = _Index(
            ATTENDEE, ((a.id, attendee_label(a), attendee_label(a)) for a in attendees if a.id)
        )
        self.people = _Index(PERSON, ((p.id, p.name or "", person_label(p)) for p in people))
        self.attendee_email: dict[str, int] = {}
        self.attendee_of_person: dict[int, int] = {}
        for a in attendees:
            if a.email and a.id:
                self.attendee_email.setdefault(a.email.strip().lower(), a.id)
            if a.person_id and a.id:
                self.attendee_of_person.setdefault(a.person_id, a.id)
        known = {p.id for p in people}
        self.person_email = {e.lower(): pid for e, pid in emails.items() if pid in known}
        for p in people:
            contact = (p.contact or "").strip().lower()
            if "@" in contact and " " not in contact:
                self.person_email.setdefault(contact, p.id)

    def match(self, entry: Entry) -> Proposal:
        email = (entry.email or "").strip().lower()
        if email in self.attendee_email:
            return self._to(entry, self.attendees.candidate(self.attendee_email[email]), "email")
        if email in self.person_email:
            return self._person(entry, self.person_email[email], "email")
        why_not = not_a_person(entry.name)
        display = split_display(entry.name)
        if why_not:  # "Radmida's iPhone": the attendee it names is offered, not applied
            guess = (
                None if why_not == "phone" else self._by_name(entry, display.names, self.attendees)
            )
            offered = guess.candidates if guess is not None else []
            return Proposal(entry, IGNORE, why_not, candidates=offered, review=True)
        for index in (self.attendees, self.people):
            found = self._by_name(entry, display.names, index)
            if found is not None:
                return found
        name = display.names[0] if display.names else entry.name
        return Proposal(entry, NEW, "new", name=name, office=display.office)

    def _to(self, entry: Entry, target: Candidate, reason: str) -> Proposal:
        return Proposal(entry, ATTENDEE, reason, target=target, candidates=[target])

    def _person(self, entry: Entry, person_id: int, reason: str) -> Proposal:
        attendee = self.attendee_of_person.get(person_id)
        if attendee is not None and attendee in self.attendees.labels:
            return self._to(entry, self.attendees.candidate(attendee), reason)
        target = self.people.candidate(person_id)
        return Proposal(entry, PERSON, reason, target=target, candidates=[target])

    def _found(self, entry: Entry, index: _Index, ids: list[int], reason: str) -> Proposal:
        if len(ids) > 1:
            return Proposal(
                entry,
                IGNORE,
                "tie",
                candidates=[index.candidate(i) for i in ids],
                review=True,
            )
        if index is self.attendees:
            return self._to(entry, index.candidate(ids[0]), reason)
        return self._person(entry, ids[0], reason)

    def _by_name(self, entry: Entry, names: Sequence[str], index: _Index) -> Proposal | None:
        keys = [k for k in (name_key(n) for n in names) if k]
        for key in keys:
            ids = index.exact(key)
            if ids:
                return self._found(entry, index, ids, "name")
        everything = set(name_tokens(entry.name))
        for n in names:
            everything |= set(name_tokens(n))
        ids = index.within(everything)
        if ids:
            return self._found(entry, index, ids, "name-within")
        if index is self.attendees and keys:
            ids = index.containing(set(keys[0].split()))
            if ids:
                return self._found(entry, index, ids, "name-part")
        if keys:
            best = index.fuzzy(keys[0])
            if best and best[0][1] >= FUZZY_SCORE:
                if len(best) == 1 or best[0][1] - best[1][1] >= MARGIN:
                    return self._found(entry, index, [best[0][0]], "similar")
                return self._found(entry, index, [i for i, _s in best], "similar")
        return None
