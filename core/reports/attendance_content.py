"""What goes into the daftar hadir, as plain data (see ``content``).

Only people who were there get a row to sign: an absent invitee has no
number and no line (the notula itself lists them, with the reason).
"""

from __future__ import annotations

from typing import Any

from core import model
from core.dates import clock, parse_time
from core.reports.content import (
    AttendanceContent,
    AttendanceRow,
    Field,
    letterhead,
    nip_line,
    subtitle,
    when_fields,
)


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
