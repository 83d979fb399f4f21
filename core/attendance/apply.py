"""From a read report to the meeting: the proposals, then one store operation.

:func:`plan_report` matches every entry (nothing is written); the clerk (GUI)
or the command line may then change proposals; :func:`apply_plan` turns the
ones that are not under review into attendee edits, new attendees and
learned e-mails, stored by ``record_attendance`` as one undo step. Only what
differs from what is stored is written, so a second import of the same
report changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from core.attendance.matcher import ATTENDEE, IGNORE, NEW, PERSON, Matcher, Proposal
from core.attendance.names import name_key
from core.attendance.report import Report, combine
from core.errors import InputError
from core.i18n import _
from core.model import AttendanceSource, Attendee

if TYPE_CHECKING:
    from core.changes import Changes
    from core.store import MeetingStore


def reason_text(reason: str) -> str:
    """Why a proposal is what it is, in the user's language."""
    texts = {
        "email": _("same e-mail"),
        "name": _("same name"),
        "name-within": _("the whole name appears in the report's name"),
        "name-part": _("the report gives part of this name"),
        "similar": _("similar name"),
        "new": _("not found among the attendees or in the directory"),
        "tie": _("more than one person fits"),
        "phone": _("a phone number, not a name"),
        "device": _("a device, not a name"),
        "bot": _("a note-taking program, not a person"),
        "clerk": _("chosen by the clerk"),
    }
    return texts.get(reason, reason)


@dataclass
class Plan:
    """What a report would do to one meeting."""

    meeting_id: int
    platform: str
    proposals: list[Proposal]
    #: the meeting's attendees, by id, as they were when the plan was made
    attendees: dict[int, Attendee] = field(default_factory=dict)
    #: e-mails the directory already knows (lower case → person)
    known_emails: dict[str, int] = field(default_factory=dict)
    #: the report as the daftar hadir names it (None when not read from a file)
    source: AttendanceSource | None = None

    def not_in_report(self) -> list[Attendee]:
        """Attendees no proposal names (those a review line may be are left out)."""
        applied = [p for p in self.proposals if not p.review and p.action != IGNORE]
        named = {p.target.id for p in applied if p.target and p.target.kind == ATTENDEE}
        questions = [p for p in self.proposals if p.review]
        named |= {c.id for p in questions for c in p.candidates if c.kind == ATTENDEE}
        return [a for i, a in self.attendees.items() if i not in named]


def plan_report(store: MeetingStore, meeting_id: int, report: Report) -> Plan:
    """Match every entry of ``report`` against the meeting and the directory."""
    meeting = store.get_meeting_header(meeting_id)  # an unknown id: NotFoundError
    if meeting.status == "final":
        raise InputError(
            _("meeting {id} is final; reopen it before changing its attendance").format(
                id=meeting_id
            )
        )
    attendees = store.list_items("attendees", meeting_id)
    emails = store.person_emails()
    matcher = Matcher(attendees, store.list_people(), emails)
    proposals = _one_per_person([matcher.match(e) for e in report.entries])
    source = None
    if report.file_name and report.downloaded_at:
        source = AttendanceSource(report.platform, report.file_name, report.downloaded_at)
    by_id = {a.id: a for a in attendees}
    return Plan(meeting_id, report.platform, proposals, by_id, dict(emails), source)


def _one_per_person(proposals: list[Proposal]) -> list[Proposal]:
    """Two entries found to be the same attendee or person are one line."""
    out: list[Proposal] = []
    by_target: dict[tuple[str, object], Proposal] = {}
    for p in proposals:
        key: tuple[str, object] | None = None
        if p.target and not p.review:
            key = (p.target.kind, p.target.id)
        elif p.action == NEW:  # one stranger with two e-mails is one new attendee
            key = (NEW, name_key(p.name or p.entry.name))
        if key is None or key not in by_target:
            out.append(p)
            if key is not None:
                by_target[key] = p
            continue
        first = by_target[key]
        first.entry = combine([first.entry, p.entry])
    return out


def _times(p: Proposal) -> dict[str, Any]:
    e = p.entry
    values: dict[str, Any] = {}
    if e.joined:
        values["joined_at"] = e.joined
    if e.left:
        values["left_at"] = e.left
    if e.minutes is not None:
        values["minutes_present"] = e.minutes
    return values


def apply_plan(store: MeetingStore, plan: Plan, mark_absent: bool = False) -> Changes:
    """Store the plan's proposals that are not under review, and the report's name
    and download time, as one undo step."""
    edits, additions, emails = pending(store, plan, mark_absent)
    return store.record_attendance(plan.meeting_id, edits, additions, emails, plan.source)


def pending(
    store: MeetingStore, plan: Plan, mark_absent: bool = False
) -> tuple[dict[int, dict[str, Any]], list[Attendee], dict[str, int]]:
    """What applying the plan would write: attendee edits, new attendees, learned e-mails
    (all empty when the meeting already says what the report says)."""
    edits: dict[int, dict[str, Any]] = {}
    additions: list[Attendee] = []
    emails: dict[str, int] = {}
    for p in plan.proposals:
        if p.review or p.action == IGNORE:
            continue
        email = (p.entry.email or "").strip()
        values = _times(p) | {"present": True}
        if p.action == ATTENDEE and p.target:
            current = plan.attendees[p.target.id]
            if email and not current.email:
                values["email"] = email
            if current.absence_reason:
                values["absence_reason"] = None
            changed = {k: v for k, v in values.items() if getattr(current, k) != v}
            if changed.get("present") and current.present is None:
                del changed["present"]  # unset already means present
            if changed:
                edits[current.id] = changed
            person_id = current.person_id
        elif p.action == PERSON and p.target:
            attendee = store.attendee_from_person(store.get_person(p.target.id))
            _fill(attendee, values, email)
            additions.append(attendee)
            person_id = p.target.id
        elif p.action == NEW:
            attendee = Attendee(name=p.name or p.entry.name, organization=p.office)
            _fill(attendee, values, email)
            additions.append(attendee)
            person_id = None
        else:
            continue
        if person_id and email and email.lower() not in plan.known_emails:
            emails[email.lower()] = person_id
    if mark_absent:
        for a in plan.not_in_report():
            if a.present is not False:
                edits.setdefault(a.id, {})["present"] = False
    return edits, additions, emails


def _fill(attendee: Attendee, values: Mapping[str, Any], email: str) -> None:
    for k, v in values.items():
        setattr(attendee, k, v)
    if email:
        attendee.email = email


def report_lines(plan: Plan) -> list[tuple[str, ...]]:
    """The command line's lines (cli.md): status, name in report, attendee, joined,
    left, minutes; then ``not-in-report`` for each attendee the report does not hold."""
    lines: list[tuple[str, ...]] = []
    for p in plan.proposals:
        e = p.entry
        if p.target is not None and not p.review:
            who = p.target.label
        elif p.action == NEW:
            who = p.name or e.name
        else:
            who = " / ".join(c.label for c in p.candidates)
        minutes = "" if e.minutes is None else str(e.minutes)
        lines.append((p.status, e.name, who, e.joined or "", e.left or "", minutes))
    for a in plan.not_in_report():
        lines.append(("not-in-report", "", a.name or a.position or "", "", "", ""))
    return lines
