"""The clerk's say over a proposal: what each report entry may become instead.

The review dialog offers, per entry, the proposal itself, the other
candidates, "someone new", "ignore" and any attendee of the meeting; a choice
turns a review line into one that is applied. Qt-free, so the choices are
tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.attendance.apply import Plan
from core.attendance.matcher import (
    ATTENDEE,
    IGNORE,
    NEW,
    Candidate,
    Proposal,
    attendee_label,
)
from core.attendance.names import split_display


@dataclass(frozen=True)
class Choice:
    """One thing a report entry can become."""

    action: str  # ATTENDEE, PERSON, NEW or IGNORE
    target: Candidate | None = None


def current(proposal: Proposal) -> Choice:
    if proposal.review or proposal.action == IGNORE:
        return Choice(IGNORE)
    if proposal.action == NEW:
        return Choice(NEW)
    return Choice(proposal.action, proposal.target)


def choices(plan: Plan, proposal: Proposal) -> list[Choice]:
    """The proposal's own target and candidates first, then new, ignore, every attendee."""
    out: list[Choice] = []

    def add(choice: Choice) -> None:
        if choice not in out:
            out.append(choice)

    if proposal.target is not None:
        add(Choice(proposal.target.kind, proposal.target))
    for c in proposal.candidates:
        add(Choice(c.kind, c))
    add(Choice(NEW))
    add(Choice(IGNORE))
    for a in plan.attendees.values():
        if a.id is not None:
            add(Choice(ATTENDEE, Candidate(ATTENDEE, a.id, attendee_label(a))))
    return out


def choose(proposal: Proposal, choice: Choice) -> None:
    """The clerk decided: the entry is applied as ``choice`` (ignore: left out)."""
    if choice == current(proposal):
        return
    proposal.review = False
    proposal.action = choice.action
    proposal.target = choice.target
    proposal.reason = "clerk"
    if choice.action == NEW and not proposal.name:
        display = split_display(proposal.entry.name)
        proposal.name = display.names[0] if display.names else proposal.entry.name
        proposal.office = display.office
