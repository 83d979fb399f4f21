"""Full-text search over the archive (SQLite FTS5).

Matches come back newest first without ranking: the index rowid starts with
the meeting date, so ``ORDER BY rowid DESC LIMIT n`` lets FTS5 walk the
postings backwards and stop after ``n`` rows — a word found in most of a
million statements costs no more than a rare one.
"""

from __future__ import annotations

import datetime as dt

from core.lazy import lazy_module
from core.store.base import MeetingStoreBase
from core.store.schema import DAY_SHIFT, SOURCE_NAMES, SOURCE_SHIFT

model = lazy_module("core.model")  # its dataclasses load when first used
query_language = lazy_module("core.query")  # the first search loads it (dataclasses too)

#: search_meetings' walk. meeting_id (an UNINDEXED column) is read from FTS5's
#: own content table by rowid rather than through the virtual table's column:
#: the same row, but without FTS5's per-match seek statement — about half the
#: time for a word found in 90 % of a million statements. The plan has no
#: sorter (DISTINCT keeps the walk's order), as for the plain query.
MEETINGS_SQL = (
    "SELECT DISTINCT c.c1 FROM search_index AS s "
    "JOIN search_index_content AS c ON c.id = s.rowid "
    "WHERE search_index MATCH ? AND s.rowid BETWEEN ? AND ? ORDER BY s.rowid DESC LIMIT ?"
)

#: MEETINGS_SQL with each meeting's day (the rowid's high bits): a meeting's
#: rows all carry its date, so the pairs are as distinct as the ids
DAYS_SQL = MEETINGS_SQL.replace(
    "SELECT DISTINCT c.c1", f"SELECT DISTINCT c.c1, s.rowid >> {DAY_SHIFT}"
)


def _year_keys(year: int | None) -> tuple[int, int]:
    """The rowid range of one year's meetings (keys start with the date)."""
    if year is None:
        return 0, 2**63 - 1
    start = dt.date(year, 1, 1).toordinal() << DAY_SHIFT
    end = (dt.date(year + 1, 1, 1).toordinal() << DAY_SHIFT) - 1
    return start, end


class SearchMixin(MeetingStoreBase):
    def search(
        self, query: str, limit: int = 50, prefix: bool = False, year: int | None = None
    ) -> list[model.SearchHit]:
        """Matching passages, newest meeting first, each with a snippet.

        ``query`` is in the search language of core.query (a
        :class:`~core.query.QuerySyntaxError` when it cannot be read);
        ``prefix``: the last word typed is a prefix too (search as you type).
        """
        expr = query_language.match_expression(query, prefix)
        if expr is None:
            return []
        low, high = _year_keys(year)
        sql = (
            "SELECT rowid, meeting_id, snippet(search_index, 0, '[', ']', '…', 12) "
            "FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ? "
            "ORDER BY rowid DESC LIMIT ?"
        )
        rows = self.db.execute(sql, [expr, low, high, limit]).fetchall()
        heads = self._heads({r[1] for r in rows})
        hits = []
        for rowid, meeting_id, snippet in rows:
            date, title = heads.get(meeting_id, ("", ""))
            source = SOURCE_NAMES.get((rowid >> SOURCE_SHIFT) & 0b111, "")
            hits.append(
                model.SearchHit(meeting_id, date, title, source, snippet.replace("\n", " "))
            )
        return hits

    def search_meetings(
        self, query: str, limit: int = 500, prefix: bool = True, year: int | None = None
    ) -> list[int]:
        """Ids of meetings that match, newest first, at most ``limit`` of them.

        Walks matches newest first and stops once ``limit`` distinct meetings
        are found, so a common word does not cost a pass over every match.
        The de-duplication runs inside SQLite: SELECT DISTINCT keeps the walk's
        order (no sorter: the plan is checked by a test), and a word found in
        most of a million statements is filtered in C rather than row by row
        in Python — about 45,000 matches for 500 meetings.
        """
        expr = query_language.match_expression(query, prefix)
        if expr is None:
            return []
        low, high = _year_keys(year)
        rows = self.conn.execute(MEETINGS_SQL, [expr, low, high, limit])
        return [r[0] for r in rows]

    def find_meetings(
        self, query: str, limit: int, year: int | None = None
    ) -> tuple[list[int], bool]:
        """The first matching meetings as the archive list shows them, lazily:
        (ids, complete).

        The walk stops after ``limit`` meetings, so a word found in most of a
        million statements costs the first page, not a count of every match
        per meeting. When it stops early, the meetings of the last day it
        reached are left for the next, longer walk (another meeting of that
        day may match further down), so that the ids are always every match
        of the newest days: a prefix of the list in its order (date, time, id)
        that a longer walk only extends. ``query`` is typed: the last word is
        a prefix too.
        """
        expr = query_language.match_expression(query, True)
        if expr is None:
            return [], True
        low, high = _year_keys(year)
        rows = self.conn.execute(DAYS_SQL, [expr, low, high, limit + 1]).fetchall()
        if len(rows) <= limit:
            return [r[0] for r in rows], True
        boundary = rows[limit][1]
        whole_days = [r[0] for r in rows[:limit] if r[1] != boundary]
        return (whole_days or [r[0] for r in rows[:limit]]), False

    def count_matches(self, query: str, year: int | None = None) -> int:
        """How many passages match: asked only when a page is full (the command
        line's total), since counting walks every match — about 25 ms for a
        word found in 90 % of a million statements, where the first page costs
        well under one."""
        expr = query_language.match_expression(query)
        if expr is None:
            return 0
        low, high = _year_keys(year)
        sql = (
            "SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?"
        )
        return self.conn.execute(sql, [expr, low, high]).fetchone()[0]

    def _heads(self, ids: set[int]) -> dict[int, tuple[str, str]]:
        if not ids:
            return {}
        marks = ", ".join("?" for _ in ids)
        rows = self.db.execute(
            f"SELECT id, date, title FROM meetings WHERE id IN ({marks})", list(ids)
        )
        return {r[0]: (r[1], r[2]) for r in rows}
