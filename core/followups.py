"""Follow-ups across meetings (tindak lanjut), as plain data: no SQL, no Qt.

A follow-up agreed in one meeting of a series is carried into the next ones
under the same ``uid`` (``carried_from`` names the meeting it was first agreed
in), where the clerk records its progress and marks it done. Across the
archive it is one follow-up whose state is the newest meeting's copy: that is
what :class:`FollowUp` holds, what ``notula actions`` prints and what the
matrix (matriks tindak lanjut) shows, oldest due date first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import NamedTuple

#: the header row of the matrix (cli.md), in this order
MATRIX_HEADER = (
    "No",
    "Rapat",
    "Tanggal Rapat",
    "Tindak Lanjut",
    "Penanggung Jawab",
    "Batas Waktu",
    "Status",
    "Perkembangan",
)


class FollowUp(NamedTuple):
    """One follow-up in its latest state: the copy in the newest meeting that holds its uid."""

    action_id: int
    uid: str
    text: str
    owner: str | None
    due: str | None
    done: bool
    progress: str | None
    done_at: str | None
    carried_from: str | None
    #: the meeting whose copy this is (the newest that holds the uid)
    meeting_id: int
    meeting_uid: str
    meeting_date: str
    meeting_title: str
    series: str | None

    def overdue(self, today: dt.date) -> bool:
        return not self.done and bool(self.due) and str(self.due) < today.isoformat()

    @property
    def status(self) -> str:
        """``done`` or ``open``, as the command line prints it."""
        return "done" if self.done else "open"

    @property
    def origin(self) -> str:
        """The uid of the meeting the follow-up was first agreed in."""
        return self.carried_from or self.meeting_uid


def sort_key(f: FollowUp) -> tuple:
    """Oldest due first; those without a due date last; then by meeting."""
    return (f.due is None or f.due == "", f.due or "", f.meeting_date, f.meeting_id, f.action_id)


def select(
    followups: Iterable[FollowUp],
    *,
    open_only: bool = False,
    overdue_on: dt.date | None = None,
    owner: str | None = None,
    series: str | None = None,
) -> list[FollowUp]:
    """The follow-ups a filter keeps (the window's filters), in matrix order.

    ``owner`` matches any part of the penanggung jawab, ignoring case.
    """
    needle = (owner or "").strip().casefold()
    kept = [
        f
        for f in followups
        if (not open_only or not f.done)
        and (overdue_on is None or f.overdue(overdue_on))
        and (not needle or needle in (f.owner or "").casefold())
        and (series is None or f.series == series)
    ]
    return sorted(kept, key=sort_key)


def matrix_status(f: FollowUp) -> str:
    """The Status column of the matrix, in Indonesian as the document is."""
    if f.done:
        return "Selesai" + (f" ({f.done_at})" if f.done_at else "")
    return "Dalam proses" if f.progress else "Belum selesai"


def matrix_rows(followups: Sequence[FollowUp]) -> list[tuple[str, ...]]:
    """The matrix's body: one row per follow-up, numbered, dates as YYYY-MM-DD."""
    return [
        (
            str(n),
            f.meeting_title,
            f.meeting_date,
            f.text,
            f.owner or "",
            f.due or "",
            matrix_status(f),
            f.progress or "",
        )
        for n, f in enumerate(followups, start=1)
    ]


def line(f: FollowUp) -> str:
    """One line of ``notula actions``: meeting_id, date, owner, due, status, text."""
    fields = (str(f.meeting_id), f.meeting_date, f.owner or "", f.due or "", f.status, f.text)
    return "\t".join(" ".join(str(v).split()) for v in fields)
