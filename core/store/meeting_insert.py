"""Putting whole meetings into the archive, one or many at a time.

A meeting and all its lists go in as one transaction; the ids inside it are
local keys, remapped to new rows. Bulk loads stage rows and feed the search
index once at the end, so 800,000 rows take seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from operator import attrgetter
from typing import Any

from core.errors import InputError
from core.i18n import _
from core.lazy import lazy_module
from core.store import schema
from core.store.base import MeetingStoreBase
from core.store.collections import COLLECTIONS, MEETING_COLUMNS, Collection
from core.validation import check_fields

model = lazy_module("core.model")  # its dataclasses load when first used

CHILD_ORDER = (
    "agenda", "attendees", "statements", "decisions", "actions", "signatories", "attachments",
    "revisions",
)  # fmt: skip
#: the lists other rows point at by local id: (column, list it points into, required)
LINKS = (
    ("speaker_id", "attendees", True),
    ("agenda_id", "agenda", False),
    ("attendee_id", "attendees", False),
)
LINK_TARGETS = {target for _column, target, _required in LINKS}
STAGE_MIN_ROWS = 16  # below this, staging costs more than it saves


def new_uid() -> str:
    """A meeting's or a follow-up's identity, given when it is made (migration
    m003 gives one to the follow-ups of older archives)."""
    import uuid  # here, not at the top: ~3 ms of every start, for new rows only

    return str(uuid.uuid4())


@cache
def _row_plan(coll: Collection) -> tuple[Callable[[Any], tuple], tuple[tuple[int, str, bool], ...]]:
    """How :meth:`MeetingInsertMixin._child_rows` turns an item into a row: a getter
    of its columns (booleans stay bool: sqlite3 stores True/False as 1/0) and
    the positions of the links to remap."""
    get = attrgetter(*coll.columns)
    getter = (lambda item: (get(item),)) if len(coll.columns) == 1 else get
    links = tuple(
        (coll.columns.index(column), target, required)
        for column, target, required in LINKS
        if column in coll.columns
    )
    return getter, links


class MeetingInsertMixin(MeetingStoreBase):
    def create_meeting(self, meeting: model.Meeting, *, keep_ids: bool = False) -> int:
        """Insert a meeting and all its lists in one transaction.

        The ids inside ``meeting`` (attendee ids that statements point at, agenda
        ids, chair and note-taker) are treated as local keys and remapped to new
        rows, unless ``keep_ids`` is set to put a deleted meeting back as it was.
        """
        self._check_header(meeting)
        with self.atomic():
            header = self._header_values(meeting)
            if keep_ids and meeting.id is not None:
                header["id"] = meeting.id
            cols = ", ".join(header)
            marks = ", ".join("?" for _ in header)
            cur = self.db.execute(
                f"INSERT INTO meetings ({cols}) VALUES ({marks})", list(header.values())
            )
            meeting_id = cur.lastrowid
            maps: dict[str, dict[int | None, int]] = {}
            for name in CHILD_ORDER:
                coll = COLLECTIONS[name]
                items = getattr(meeting, name)
                if keep_ids:
                    new_ids = [item.id for item in items]
                else:
                    start = self._next_id(coll.table)
                    new_ids = list(range(start, start + len(items)))
                maps[name], rows = self._child_rows(coll, meeting_id, items, new_ids, maps)
                self._bulk_insert(coll.table, ("id", "meeting_id", "seq", *coll.columns), rows)
            chair, taker = self._roles(meeting, maps["attendees"])
            if chair or taker:
                self.db.execute(
                    "UPDATE meetings SET chair_id = ?, note_taker_id = ? WHERE id = ?",
                    [chair, taker, meeting_id],
                )
            self._lock_if_final([meeting], [meeting_id])
        return meeting_id

    def create_meetings(self, meetings: Iterable[model.Meeting], chunk: int = 1000) -> list[int]:
        """Insert many whole meetings in ONE transaction; their new ids, in order.

        For restoring or merging archives and for the benches: all or nothing.
        Rows go in one ``INSERT … SELECT`` per table per ``chunk`` meetings
        (see :meth:`_bulk_insert`), and the search index is fed once at the end
        (see :meth:`_index_afterwards`). Ids inside each meeting are local keys,
        as in :meth:`create_meeting`.
        """
        meetings = list(meetings)
        for meeting in meetings:
            self._check_header(meeting)
        ids: list[int] = []
        columns = {"meetings": ("id", *MEETING_COLUMNS)}
        for name in CHILD_ORDER:
            coll = COLLECTIONS[name]
            columns[coll.table] = ("id", "meeting_id", "seq", *coll.columns)
        with self.atomic():
            first_ids = {table: self._next_id(table) for table in columns}
            next_ids = dict(first_ids)
            with self._index_afterwards(first_ids):
                for first in range(0, len(meetings), chunk):
                    rows, roles = self._batch_rows(meetings[first : first + chunk], next_ids, ids)
                    for table, cols in columns.items():
                        self._bulk_insert(table, cols, rows[table])
                    self.conn.executemany(
                        "UPDATE meetings SET chair_id = ?, note_taker_id = ? WHERE id = ?", roles
                    )
            self._lock_if_final(meetings, ids)
        return ids

    def _lock_if_final(self, meetings: Sequence[model.Meeting], ids: Sequence[int]) -> None:
        """Mark the final ones of newly inserted meetings final, last: their rows
        went in as a draft's, since the lock (schema.m005) refuses rows of a
        final meeting."""
        final = [(i,) for m, i in zip(meetings, ids, strict=True) if m.status == "final"]
        if final:
            self.conn.executemany("UPDATE meetings SET status = 'final' WHERE id = ?", final)

    def _batch_rows(
        self, batch: list[model.Meeting], next_ids: dict[str, int], ids: list[int]
    ) -> tuple[dict[str, list[tuple]], list[tuple]]:
        """The rows of some meetings, with new ids taken from ``next_ids``, and
        their chair/note-taker updates. The meetings' new ids go into ``ids``."""
        rows: dict[str, list[tuple]] = {table: [] for table in next_ids}
        roles: list[tuple] = []
        for meeting in batch:
            meeting_id = next_ids["meetings"]
            next_ids["meetings"] += 1
            ids.append(meeting_id)
            header = self._header_values(meeting)
            rows["meetings"].append((meeting_id, *(header[c] for c in MEETING_COLUMNS)))
            maps: dict[str, dict[int | None, int]] = {}
            for name in CHILD_ORDER:
                coll = COLLECTIONS[name]
                items = getattr(meeting, name)
                first = next_ids[coll.table]
                next_ids[coll.table] = first + len(items)
                new_ids = range(first, first + len(items))
                maps[name], meeting_rows = self._child_rows(coll, meeting_id, items, new_ids, maps)
                rows[coll.table].extend(meeting_rows)
            chair, taker = self._roles(meeting, maps["attendees"])
            if chair or taker:
                roles.append((chair, taker, meeting_id))
        return rows, roles

    @contextmanager
    def _index_afterwards(self, first_ids: dict[str, int]) -> Iterator[None]:
        """Set the search index's insert triggers aside while the body inserts
        rows; then index every row from ``first_ids`` on and put them back.

        A trigger runs a small program per row, with a subquery for the
        meeting's date; one ``INSERT … SELECT`` per table with a join instead
        lets FTS5 take all the new rows in one pass — about a third faster for
        800,000 rows (FTS5's own tokenising is what remains). It all happens
        inside the caller's transaction, under the write lock: no other
        connection ever sees the archive without its triggers, and a failure
        rolls the triggers back with the rows. A table whose trigger
        is missing (an archive without the index, as a bench makes) stays
        unindexed, as it would have.
        """
        sources = {schema.insert_trigger(s.table): s for s in schema.FTS_SOURCES}
        marks = ", ".join("?" for _ in sources)
        triggers = self.conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            list(sources),
        ).fetchall()
        for name, _sql in triggers:
            self.conn.execute(f"DROP TRIGGER {name}")
        yield
        for name, sql in triggers:
            source = sources[name]
            self.conn.execute(schema.index_rows_sql(source), [first_ids[source.table]])
            self.conn.execute(sql)

    @staticmethod
    def _check_header(meeting: model.Meeting) -> None:
        check_fields({c: getattr(meeting, c) for c in MEETING_COLUMNS if not c.endswith("_id")})

    @staticmethod
    def _header_values(meeting: model.Meeting) -> dict[str, Any]:
        """Header columns as inserted: a uid given if missing, roles set once the
        attendees exist (they point at attendee rows)."""
        header = {c: getattr(meeting, c) for c in MEETING_COLUMNS}
        header.update(uid=meeting.uid or new_uid(), chair_id=None, note_taker_id=None)
        if header["status"] == "final":  # set last, by _lock_if_final
            header["status"] = "draft"
        return header

    @staticmethod
    def _roles(
        meeting: model.Meeting, attendees: dict[int | None, int]
    ) -> tuple[int | None, int | None]:
        chair = attendees.get(meeting.chair_id) if meeting.chair_id else None
        taker = attendees.get(meeting.note_taker_id) if meeting.note_taker_id else None
        return chair, taker

    def _next_id(self, table: str) -> int:
        return self.db.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]

    @staticmethod
    def _child_rows(
        coll: Collection,
        meeting_id: int,
        items: list[Any],
        new_ids: Sequence[int],
        maps: dict[str, dict[int | None, int]],
    ) -> tuple[dict[int | None, int], list[tuple]]:
        """Rows for one list of one meeting, with links remapped to the new ids,
        and (for the lists others point at) the map from local to new ids.

        Plain tuples in one pass: a bulk load converts 800,000 objects, so a
        row costs one attribute-getter call and, for statements and decisions,
        a dict lookup per link.
        """
        if not items:
            return {}, []
        getter, links = _row_plan(coll)
        mapping = (
            {item.id: new_id for item, new_id in zip(items, new_ids, strict=True)}
            if coll.name in LINK_TARGETS
            else {}
        )
        numbered = enumerate(zip(items, new_ids, strict=True))
        if not links:
            return mapping, [
                (new_id, meeting_id, seq, *getter(item)) for seq, (item, new_id) in numbered
            ]
        rows = []
        uid_at = coll.columns.index("uid") if coll.name == "actions" else None
        for seq, (item, new_id) in numbered:
            values = list(getter(item))
            if uid_at is not None and values[uid_at] is None:
                values[uid_at] = new_uid()
            for position, target, required in links:
                old = values[position]
                if old is not None or required:
                    values[position] = maps.get(target, {}).get(old)
                    if required and values[position] is None:
                        raise InputError(
                            _("statement {number} has no speaker").format(number=seq + 1)
                        )
            rows.append((new_id, meeting_id, seq, *values))
        return mapping, rows

    def _bulk_insert(self, table: str, columns: Sequence[str], rows: list[tuple]) -> None:
        """Insert many rows with ONE statement, so the search index keeps up.

        The search index is fed by triggers, and SQLite's FTS5 (3.40) writes its
        pending terms to disk at the start of every statement that touches it:
        ``executemany`` is one statement per row, so each row would leave a tiny
        index segment to merge later — six times slower than the rows alone.
        Staging the rows in a TEMP table and copying them with one
        ``INSERT … SELECT`` lets FTS5 index them in one pass. Even with no index
        to feed (a bulk load defers it), the copy beats ``executemany`` into the
        table by ~20 %: the foreign-key checks and the three indexes of
        ``statements`` are then one statement's work, not one per row.
        """
        if not rows:
            return
        cols = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        conn = self.db.conn
        if len(rows) < STAGE_MIN_ROWS:
            conn.executemany(f"INSERT INTO main.{table} ({cols}) VALUES ({marks})", rows)
            return
        stage = f"temp.notula_stage_{table}"
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS notula_stage_{table} AS "
            f"SELECT {cols} FROM main.{table} WHERE 0"
        )
        conn.executemany(f"INSERT INTO {stage} ({cols}) VALUES ({marks})", rows)
        conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM {stage} ORDER BY rowid")
        conn.execute(f"DELETE FROM {stage}")
