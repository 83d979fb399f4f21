"""What goes into the daftar hadir, as plain data (see ``content``).

Only people who were there get a row to sign: an absent invitee has no
number and no line (the notula itself lists them, with the reason).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from core import model
from core.dates import clock, day_and_date, parse_time
from core.reports.content import (
    ONLINE_HEADER,
    SIGNATURE_HEADER,
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


PLATFORM_NAMES = {"zoom": "Zoom", "teams": "Microsoft Teams", "meet": "Google Meet"}


def times(a: model.Attendee) -> tuple[str, str, str]:
    """Masuk, Keluar, Menit as printed; "" where the report did not say."""
    minutes = "" if a.minutes_present is None else str(a.minutes_present)
    return (
        clock(a.joined_at) if a.joined_at else "",
        clock(a.left_at) if a.left_at else "",
        minutes,
    )


def source_line(source: model.AttendanceSource, meeting: model.Meeting) -> str:
    """``Sumber: laporan peserta Zoom (x.csv), diunduh Senin, 12 Juni 2023 15.50 WIB``.

    The download time is the clerk's computer clock, taken to be the meeting's zone.
    """
    when = dt.datetime.fromisoformat(source.downloaded_at)
    platform = PLATFORM_NAMES.get(source.platform, source.platform)
    stamp = f"{day_and_date(when.date())} {when:%H.%M} {meeting.timezone or 'WIB'}"
    return f"Sumber: laporan peserta {platform} ({source.file_name}), diunduh {stamp}"


def attendance_content(
    meeting: model.Meeting,
    settings: dict[str, Any],
    *,
    online: bool = False,
    source: model.AttendanceSource | None = None,
) -> AttendanceContent:
    """Only people who were there: an absent attendee gets no number and no line to sign.

    ``online`` (kehadiran daring): Masuk, Keluar and Menit instead of Keterangan
    and Tanda Tangan, and the ``source`` report named under the table.
    """
    rows = [
        AttendanceRow(
            number=n,
            name=a.name or a.position or "",
            nip=nip_line(a.nip),
            position=a.position if a.name else "",
            organization=a.organization or "",
            remarks=remarks(a, meeting),
            times=times(a),
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
        header=ONLINE_HEADER if online else SIGNATURE_HEADER,
        online=online,
        source_line=source_line(source, meeting) if online and source else "",
    )
