"""Follow-ups across meetings: their latest state, and carrying them over.

A follow-up is recognised across meetings by its ``uid``; its state is the
copy in the newest meeting that holds it (by date, start time, then id). One
query ranks the copies of each uid with a window function over the
``actions_uid`` index, so listing the open ones of 5,000 meetings is one pass
(bench/core_actions.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from core.errors import InputError
from core.i18n import _
from core.lazy import lazy_module
from core.store.operations import OperationsMixin

if TYPE_CHECKING:
    from core.changes import Changes

model = lazy_module("core.model")
#: the follow-up records and their order, when follow-ups are first asked for
followups = lazy_module("core.followups")

#: the copies of follow-ups that no newer meeting holds again (the newest by
#: date, start time, id); ``{outer}`` and ``{inner}`` filter the meetings that
#: count. NOT EXISTS over the actions_uid index: each copy looks at the few
#: copies of its own uid, with no sort of every row (a window function over
#: 46,000 rows took about half as long again, bench/core_actions.py)
LATEST_SQL = """
SELECT a.id, coalesce(a.uid, ''), a.text, a.owner, a.due, coalesce(a.done, 0), a.progress,
       a.done_at, a.carried_from, m.id, m.uid, m.date, m.title, m.series
FROM actions AS a JOIN meetings AS m ON m.id = a.meeting_id
WHERE {outer}NOT EXISTS (
    SELECT 1 FROM actions AS b JOIN meetings AS n ON n.id = b.meeting_id
    WHERE b.uid = a.uid{inner}
      AND (n.date, coalesce(n.start_time, ''), n.id, b.id)
          > (m.date, coalesce(m.start_time, ''), m.id, a.id)
)
"""


class FollowupsMixin(OperationsMixin):
    def followups(
        self,
        *,
        open_only: bool = False,
        series: str | None = None,
        exclude_meeting: int | None = None,
    ) -> list[followups.FollowUp]:
        """Every follow-up once, in its latest state, oldest due first.

        ``series``: only meetings of that series count (their newest copy
        wins); ``exclude_meeting``: that meeting's copies are left out, as when
        a new meeting is offered what to carry over.
        """
        outer, inner, params = [], [], {"series": series, "exclude": exclude_meeting}
        if series is not None:
            outer.append("m.series = :series")
            inner.append("n.series = :series")
        if exclude_meeting is not None:
            outer.append("m.id != :exclude")
            inner.append("n.id != :exclude")
        if open_only:
            outer.append("NOT coalesce(a.done, 0)")
        sql = LATEST_SQL.format(
            outer="".join(f"{w} AND " for w in outer), inner="".join(f" AND {w}" for w in inner)
        )
        rows = self.conn.execute(sql, params)
        found = [followups.FollowUp(*row[:5], bool(row[5]), *row[6:]) for row in rows]
        return sorted(found, key=followups.sort_key)

    def series_names(self) -> list[str]:
        """The series the archive's meetings belong to, by name."""
        rows = self.conn.execute(
            "SELECT DISTINCT series FROM meetings WHERE coalesce(series, '') != '' ORDER BY series"
        )
        return [r[0] for r in rows]

    def carry_offer(self, meeting_id: int) -> list[followups.FollowUp]:
        """The open follow-ups of the meeting's series that it does not hold yet
        (what a new meeting in a series is offered to carry over)."""
        series = self.get_meeting_field(meeting_id, "series")
        if not series:
            return []
        held = {
            r[0]
            for r in self.conn.execute(
                "SELECT uid FROM actions WHERE meeting_id = ? AND uid IS NOT NULL", [meeting_id]
            )
        }
        offer = self.followups(open_only=True, series=series, exclude_meeting=meeting_id)
        return [f for f in offer if f.uid not in held]

    def carry_over(self, meeting_id: int, uids: Collection[str] | None = None) -> Changes:
        """Copy open follow-ups of the series into the meeting, as one step.

        Each copy keeps its uid, text, owner, due date and progress so far, and
        names in ``carried_from`` the meeting it was first agreed in; ``uids``
        chooses among :meth:`carry_offer` (None: all of it). One record and one
        undo step, however many are carried.
        """
        offer = self.carry_offer(meeting_id)
        if uids is not None:
            offer = [f for f in offer if f.uid in set(uids)]
        if not offer:
            raise InputError(_("no open follow-up of this series is left to carry over"))
        items = [
            model.Action(
                text=f.text,
                owner=f.owner,
                due=f.due,
                done=False,
                uid=f.uid,
                carried_from=f.origin,
                progress=f.progress,
            )
            for f in offer
        ]
        return self.add_rows("actions", meeting_id, items)

    def edit_rows(self, collection: str, values: Mapping[int, Mapping[str, Any]]) -> Changes:
        """As OperationsMixin.edit_rows; a follow-up ticked done without a day
        is done today (the matrix says since when), and unticked has no day.
        The undo puts the day back with the tick, as one step."""
        if collection == "actions":
            values = {i: _dated(v) for i, v in values.items()}
        return super().edit_rows(collection, values)

    def get_meeting_field(self, meeting_id: int, column: str) -> str | None:
        """One column of the meetings table (``series``, say), for one meeting."""
        if column not in ("series", "uid", "date", "title"):
            raise ValueError(column)
        row = self.conn.execute(
            f"SELECT {column} FROM meetings WHERE id = ?", [meeting_id]
        ).fetchone()
        if row is None:
            raise InputError(_("no meeting has id {id}").format(id=meeting_id))
        return row[0]


def _dated(values: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "done" in out and "done_at" not in out:
        out["done_at"] = dt.date.today().isoformat() if out["done"] else None
    return out
