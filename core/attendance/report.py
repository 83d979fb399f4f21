"""One participant report as read: the people in it, each with what the report says.

Several connections of one person become one :class:`Entry`: the earliest
join, the latest leave, and the minutes the connections cover, overlaps
counted once. A per-person total the report gives (Zoom unique users, Teams
participants, Meet) is taken as it stands; what the report does not give
stays None.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.attendance.times import Stamp, date_order, ordinal, parse_minutes, parse_stamp


@dataclass
class Row:
    """One line of a participants table, cells as written."""

    name: str
    email: str = ""
    joined: str = ""
    left: str = ""
    duration: str = ""
    #: the duration is the person's total (not one connection's)
    total: bool = False


@dataclass
class Entry:
    """One person of the report."""

    name: str
    email: str | None = None
    joined: str | None = None  # HH:MM
    left: str | None = None
    minutes: int | None = None
    connections: int = 1
    #: the connections as (start, end) seconds of the file's clock, for :func:`combine`
    spans: list[tuple[int, int]] = field(default_factory=list, repr=False)
    #: the minutes are the report's own total, not computed from spans
    minutes_given: bool = field(default=False, repr=False)
    #: earliest join and latest leave on that clock
    first: int | None = field(default=None, repr=False)
    last: int | None = field(default=None, repr=False)


@dataclass
class Report:
    """What a report says: its platform and its people, in the report's order."""

    platform: str  # "zoom", "teams" or "meet"
    entries: list[Entry] = field(default_factory=list)
    #: the file's name, when read from a file (the daftar hadir names it)
    file_name: str = ""
    #: ``YYYY-MM-DDTHH:MM``: the download time the report states, else the file's
    #: modification time; None when not read from a file. None of the formats
    #: we know states one today (docs/spec/attendance-formats.md).
    downloaded_at: str | None = None


def _key(row: Row) -> str:
    return row.email.strip().lower() or " ".join(row.name.lower().split())


def entries_from_rows(rows: list[Row]) -> list[Entry]:
    """Rows grouped into people (same e-mail, else same name) and merged."""
    groups: dict[str, list[Row]] = {}
    names_with_email: dict[str, str] = {}
    for row in rows:
        if row.email.strip():
            names_with_email.setdefault(" ".join(row.name.lower().split()), _key(row))
    for row in rows:
        key = _key(row)
        if not row.email.strip():  # a connection without e-mail joins the person who has one
            key = names_with_email.get(key, key)
        groups.setdefault(key, []).append(row)
    stamps = [parse_stamp(t) for r in rows for t in (r.joined, r.left) if t]
    order = date_order(s.date for s in stamps if s is not None and s.date is not None)
    return [_merge(group, order) for group in groups.values()]


def _merge(rows: list[Row], order: str) -> Entry:
    email = next((r.email.strip() for r in rows if r.email.strip()), None)
    entry = Entry(name=rows[0].name.strip(), email=email, connections=len(rows))
    spans: list[tuple[int, int]] = []
    starts: list[tuple[int, Stamp]] = []
    ends: list[tuple[int, Stamp]] = []
    summed, totals = 0, []
    for row in rows:
        start = parse_stamp(row.joined) if row.joined else None
        end = parse_stamp(row.left) if row.left else None
        if start is not None:
            starts.append((ordinal(start, order), start))
        if end is not None:
            ends.append((ordinal(end, order), end))
        minutes = parse_minutes(row.duration) if row.duration else None
        if row.total and minutes is not None:
            totals.append(minutes)
        elif start is not None and end is not None:
            a, b = ordinal(start, order), ordinal(end, order)
            if b < a:  # a time-only report past midnight
                b += 86400
            spans.append((a, b))
        elif minutes is not None:
            summed += minutes
    entry.spans = spans
    if starts:
        entry.first, first = min(starts, key=lambda s: s[0])
        entry.joined = first.hhmm()
    if ends:
        entry.last, last = max(ends, key=lambda s: s[0])
        entry.left = last.hhmm()
    if totals:
        entry.minutes = sum(totals)
        entry.minutes_given = True
    elif spans:
        entry.minutes = int(_covered(spans) / 60 + 0.5) + summed
    elif summed:
        entry.minutes = summed
    return entry


def _covered(spans: list[tuple[int, int]]) -> int:
    """Seconds covered by the spans, overlaps counted once."""
    total, end = 0, None
    for a, b in sorted(spans):
        if end is None or a > end:
            total += b - a
            end = b
        elif b > end:
            total += b - end
            end = b
    return total


def combine(entries: list[Entry]) -> Entry:
    """Entries the matcher found to be one person (two names, two e-mails) as one."""
    if len(entries) == 1:
        return entries[0]
    head = entries[0]
    out = Entry(
        name=head.name,
        email=next((e.email for e in entries if e.email), None),
        connections=sum(e.connections for e in entries),
        spans=[s for e in entries for s in e.spans],
    )
    joined = [e for e in entries if e.first is not None]
    left = [e for e in entries if e.last is not None]
    if joined:
        first = min(joined, key=lambda e: e.first or 0)
        out.first, out.joined = first.first, first.joined
    if left:
        last = max(left, key=lambda e: e.last or 0)
        out.last, out.left = last.last, last.left
    if all(e.spans and not e.minutes_given for e in entries):
        out.minutes = int(_covered(out.spans) / 60 + 0.5)
    elif any(e.minutes is not None for e in entries):
        out.minutes = sum(e.minutes or 0 for e in entries)
    return out
