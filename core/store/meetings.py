"""MeetingStore: the archive's small, atomic operations.

Every method that changes data is one transaction and returns what changed
(or what was there before), so an undo command can put it back and a view can
redraw only the rows concerned.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from core import model
from core.errors import InputError, NotFoundError
from core.store import schema
from core.store.collections import (
    ATTENDEES,
    COLLECTIONS,
    MEETING_COLUMNS,
    Collection,
    Removed,
)
from core.store.database import write_transaction
from core.validation import check_field, check_fields

CHILD_ORDER = ("agenda", "attendees", "statements", "decisions", "actions")
#: the lists other rows point at by local id: (column, list it points into, required)
LINKS = (("speaker_id", "attendees", True), ("agenda_id", "agenda", False))
LINK_TARGETS = {target for _column, target, _required in LINKS}
STAGE_MIN_ROWS = 16  # below this, staging costs more than it saves
MEETING_SELECT = f"SELECT id, {', '.join(MEETING_COLUMNS)} FROM meetings WHERE id = ?"
SUMMARY_SELECT = "SELECT id, uid, title, date, kind, mode, status, start_time FROM meetings"
#: the archive list's order; meetings_by_date serves its first column, so a page is cheap
LIST_ORDER = "date DESC, coalesce(start_time, '') DESC, id DESC"
LIST_KEY = "date, coalesce(start_time, ''), id"  # LIST_ORDER's columns, for "comes before"

if TYPE_CHECKING:
    from sqlite_utils import Database


class MeetingStoreBase:
    """Connection handling shared by the store's parts.

    ``conn`` is the archive's one sqlite3 connection, opened and configured by
    :func:`core.store.database.connect`. ``db`` is sqlite-utils' Database over
    that same connection, made on first use: importing sqlite-utils is about
    100 ms of the GUI's start, and the reads that fill the archive window
    (:meth:`MeetingsMixin.list_meetings` and its neighbours) go straight to
    ``conn`` — the same connection, so the same pragmas and transactions.
    """

    def __init__(self, conn: sqlite3.Connection | Database) -> None:
        if isinstance(conn, sqlite3.Connection):
            self.conn: sqlite3.Connection = conn
            self._db: Database | None = None
        else:
            self.conn, self._db = conn.conn, conn

    @property
    def db(self) -> Database:
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        with write_transaction(self.db) as db:
            yield db

    def close(self) -> None:
        self.conn.close()


@cache
def _row_plan(coll: Collection) -> tuple[Callable[[Any], tuple], tuple[tuple[int, str, bool], ...]]:
    """How :meth:`MeetingsMixin._child_rows` turns an item into a row: a getter
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


def _list_filter(year: int | None, ids: Iterable[int] | None) -> tuple[str, list[Any]]:
    """WHERE clause and parameters for one year and/or a set of meeting ids."""
    clauses: list[str] = []
    params: list[Any] = []
    if year is not None:
        clauses.append("date >= ? AND date < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    if ids is not None:
        # one JSON parameter, whatever the number of ids (no 999-variable limit)
        clauses.append("id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(i) for i in ids]))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


class MeetingsMixin(MeetingStoreBase):
    # ---- reading -----------------------------------------------------------------

    def list_meetings(
        self,
        year: int | None = None,
        limit: int | None = None,
        offset: int = 0,
        ids: Iterable[int] | None = None,
    ) -> list[model.MeetingSummary]:
        """Meetings newest first: of one ``year`` and/or among ``ids`` (search
        matches), ``limit`` of them from ``offset`` — the archive window reads
        the page it shows, not all 10,000 summaries."""
        where, params = _list_filter(year, ids)
        sql = f"{SUMMARY_SELECT}{where} ORDER BY {LIST_ORDER} LIMIT ? OFFSET ?"
        rows = self.conn.execute(sql, [*params, -1 if limit is None else limit, offset])
        return [model.MeetingSummary(*row) for row in rows]

    def count_meetings(self, year: int | None = None, ids: Iterable[int] | None = None) -> int:
        """How many meetings :meth:`list_meetings` gives with the same filter."""
        where, params = _list_filter(year, ids)
        return self.conn.execute(f"SELECT count(*) FROM meetings{where}", params).fetchone()[0]

    def meeting_position(
        self, meeting_id: int, year: int | None = None, ids: Iterable[int] | None = None
    ) -> int | None:
        """Where a meeting sits in :meth:`list_meetings` with the same filter
        (None if the filter leaves it out), so a view can show it without
        reading every page before it."""
        where, params = _list_filter(year, ids)
        clause = f"{where} AND" if where else " WHERE"
        key = self.conn.execute(
            f"SELECT {LIST_KEY} FROM meetings{clause} id = ?", [*params, meeting_id]
        ).fetchone()
        if key is None:
            return None
        return self.conn.execute(
            f"SELECT count(*) FROM meetings{clause} ({LIST_KEY}) > (?, ?, ?)", [*params, *key]
        ).fetchone()[0]

    def meeting_summary(self, meeting_id: int) -> model.MeetingSummary:
        row = self.conn.execute(f"{SUMMARY_SELECT} WHERE id = ?", [meeting_id]).fetchone()
        if row is None:
            raise NotFoundError(f"tidak ada rapat dengan id {meeting_id}")
        return model.MeetingSummary(*row)

    def meeting_years(self) -> list[int]:
        """Years that have meetings, newest first.

        One index probe per year (the newest date before the year found last)
        rather than a pass over every meeting: the archive window asks at start.
        """
        rows = self.conn.execute(
            "WITH RECURSIVE y(year) AS (SELECT substr(max(date), 1, 4) FROM meetings "
            "UNION ALL SELECT (SELECT substr(max(date), 1, 4) FROM meetings WHERE date < y.year) "
            "FROM y WHERE y.year IS NOT NULL) "
            "SELECT CAST(year AS INTEGER) FROM y WHERE year IS NOT NULL"
        )
        return [r[0] for r in rows]

    def meeting_id_for_uid(self, uid: str) -> int | None:
        row = self.db.execute("SELECT id FROM meetings WHERE uid = ?", [uid]).fetchone()
        return row[0] if row else None

    def get_meeting(self, meeting_id: int) -> model.Meeting:
        """The whole meeting with every list in its stored order."""
        row = self.db.execute(MEETING_SELECT, [meeting_id]).fetchone()
        if row is None:
            raise NotFoundError(f"tidak ada rapat dengan id {meeting_id}")
        values = dict(zip(("id", *MEETING_COLUMNS), row, strict=True))
        meeting = model.Meeting(**values)
        for name, coll in COLLECTIONS.items():
            rows = self.db.execute(coll.select_sql, [meeting_id])
            setattr(meeting, name, [coll.from_row(r) for r in rows])
        return meeting

    def get_meeting_header(self, meeting_id: int) -> model.Meeting:
        """The header fields only, lists left empty: an editor's form refreshes
        after every edit and must not read 1,500 statements each time."""
        row = self.db.execute(MEETING_SELECT, [meeting_id]).fetchone()
        if row is None:
            raise NotFoundError(f"tidak ada rapat dengan id {meeting_id}")
        return model.Meeting(**dict(zip(("id", *MEETING_COLUMNS), row, strict=True)))

    # ---- creating and deleting whole meetings ------------------------------------

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
        return ids

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
        import uuid  # here, not at the top: ~3 ms of every start, for new meetings only

        header = {c: getattr(meeting, c) for c in MEETING_COLUMNS}
        header.update(uid=meeting.uid or str(uuid.uuid4()), chair_id=None, note_taker_id=None)
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
        for seq, (item, new_id) in numbered:
            values = list(getter(item))
            for position, target, required in links:
                old = values[position]
                if old is not None or required:
                    values[position] = maps.get(target, {}).get(old)
                    if required and values[position] is None:
                        raise InputError(f"pernyataan ke-{seq + 1} tidak punya pembicara")
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

    def delete_meeting(self, meeting_id: int) -> model.Meeting:
        """Delete and return the whole meeting, so that undo can restore it."""
        with self.atomic():
            meeting = self.get_meeting(meeting_id)
            self.db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        return meeting

    def restore_meeting(self, meeting: model.Meeting) -> int:
        return self.create_meeting(meeting, keep_ids=True)

    def new_meeting_from(self, source_id: int, title: str, date: str) -> int:
        """A new draft that repeats a past meeting's people and agenda (weekly rakor)."""
        src = self.get_meeting(source_id)
        copy = model.Meeting(
            title=title,
            date=date,
            kind=src.kind,
            start_time=src.start_time,
            timezone=src.timezone,
            mode=src.mode,
            location=src.location,
            city=src.city,
            organizer=src.organizer,
            chair_id=src.chair_id,
            note_taker_id=src.note_taker_id,
            status="draft",
            agenda=[model.AgendaItem(title=a.title, id=a.id) for a in src.agenda],
            attendees=[
                model.Attendee(
                    **{c: getattr(a, c) for c in ATTENDEES.columns if c not in ("ref",)},
                    id=a.id,
                )
                for a in src.attendees
            ],
        )
        for a in copy.attendees:
            a.joined_at = a.left_at = None
            a.present = None
        return self.create_meeting(copy)

    # ---- the header --------------------------------------------------------------

    def update_meeting(self, meeting_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Change header fields; returns their previous values (for undo)."""
        unknown = set(changes) - set(MEETING_COLUMNS) - {"uid"}
        if unknown:
            raise InputError(f"kolom tidak dikenal: {', '.join(sorted(unknown))}")
        check_fields({k: v for k, v in changes.items() if not k.endswith("_id")})
        with self.atomic():
            for role in ("chair_id", "note_taker_id"):
                if changes.get(role) is not None:
                    self._check_belongs("attendees", changes[role], meeting_id)
            cols = list(changes)
            row = self.db.execute(
                f"SELECT {', '.join(cols)} FROM meetings WHERE id = ?", [meeting_id]
            ).fetchone()
            if row is None:
                raise NotFoundError(f"tidak ada rapat dengan id {meeting_id}")
            assignments = ", ".join(f"{c} = ?" for c in cols)
            self.db.execute(
                f"UPDATE meetings SET {assignments}, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                [*changes.values(), meeting_id],
            )
        return dict(zip(cols, row, strict=True))

    # ---- the lists inside a meeting ------------------------------------------------

    def _check_belongs(self, collection: str, item_id: int, meeting_id: int) -> None:
        table = COLLECTIONS[collection].table
        row = self.db.execute(f"SELECT meeting_id FROM {table} WHERE id = ?", [item_id]).fetchone()
        if row is None or row[0] != meeting_id:
            raise InputError(f"{collection} {item_id} bukan bagian dari rapat ini")

    def _check_links(self, coll: Collection, meeting_id: int, values: dict[str, Any]) -> None:
        if values.get("speaker_id") is not None:
            self._check_belongs("attendees", values["speaker_id"], meeting_id)
        if values.get("agenda_id") is not None:
            self._check_belongs("agenda", values["agenda_id"], meeting_id)
        if coll.name == "statements" and "speaker_id" in values and values["speaker_id"] is None:
            raise InputError("pilih pembicara dahulu")

    def list_items(self, collection: str, meeting_id: int) -> list[Any]:
        """One list of a meeting in its stored order (a panel needs only its own)."""
        coll = COLLECTIONS[collection]
        return [coll.from_row(r) for r in self.db.execute(coll.select_sql, [meeting_id])]

    def get_item(self, collection: str, item_id: int) -> Any:
        coll = COLLECTIONS[collection]
        row = self.db.execute(
            f"SELECT {coll.select_columns} FROM {coll.table} WHERE id = ?", [item_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(f"{collection} {item_id} tidak ada")
        return coll.from_row(row)

    def item_index(self, collection: str, item_id: int) -> int:
        table = COLLECTIONS[collection].table
        row = self.db.execute(
            f"SELECT (SELECT count(*) FROM {table} o WHERE o.meeting_id = t.meeting_id "
            f"AND o.seq < t.seq), meeting_id FROM {table} t WHERE id = ?",
            [item_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"{collection} {item_id} tidak ada")
        return row[0]

    def add_item(
        self, collection: str, meeting_id: int, item: Any, index: int | None = None
    ) -> Any:
        """Insert at ``index`` (default: the end); returns the stored item with its id."""
        coll = COLLECTIONS[collection]
        # checked as the model holds them (present=False, not 0); stored via db_value below
        values = {c: getattr(item, c) for c in coll.columns}
        check_fields(
            {k: v for k, v in values.items() if k != "ref"}, statement=coll.name == "statements"
        )
        with self.atomic():
            self._check_links(coll, meeting_id, values)
            seq = self._make_room(coll, meeting_id, index)
            if item.id is not None:
                values["id"] = item.id
            values.update(meeting_id=meeting_id, seq=seq)
            values = {k: coll.db_value(k, v) for k, v in values.items()}
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            cur = self.db.execute(
                f"INSERT INTO {coll.table} ({cols}) VALUES ({marks})", list(values.values())
            )
            item_id = cur.lastrowid
        return self.get_item(collection, item_id)

    def _make_room(self, coll: Collection, meeting_id: int, index: int | None) -> int:
        count = self.db.execute(
            f"SELECT count(*), coalesce(max(seq), -1) FROM {coll.table} WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()
        if index is None or index >= count[0]:
            return count[1] + 1
        self._renumber(coll, meeting_id)
        self.db.execute(
            f"UPDATE {coll.table} SET seq = seq + 1 WHERE meeting_id = ? AND seq >= ?",
            [meeting_id, max(index, 0)],
        )
        return max(index, 0)

    def _renumber(self, coll: Collection, meeting_id: int, order: list[int] | None = None) -> None:
        if order is None:
            order = [
                r[0]
                for r in self.db.execute(
                    f"SELECT id FROM {coll.table} WHERE meeting_id = ? ORDER BY seq, id",
                    [meeting_id],
                )
            ]
        self.db.conn.executemany(
            f"UPDATE {coll.table} SET seq = ? WHERE id = ?",
            [(i, item_id) for i, item_id in enumerate(order)],
        )

    def update_item(self, collection: str, item_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Change some fields of one row; returns their previous values (for undo)."""
        coll = COLLECTIONS[collection]
        unknown = set(changes) - set(coll.columns)
        if unknown:
            raise InputError(f"kolom tidak dikenal: {', '.join(sorted(unknown))}")
        check_fields(
            {k: v for k, v in changes.items() if k != "ref"}, statement=coll.name == "statements"
        )
        with self.atomic():
            row = self.db.execute(
                f"SELECT meeting_id, {', '.join(changes)} FROM {coll.table} WHERE id = ?",
                [item_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(f"{collection} {item_id} tidak ada")
            self._check_links(coll, row[0], changes)
            assignments = ", ".join(f"{c} = ?" for c in changes)
            self.db.execute(
                f"UPDATE {coll.table} SET {assignments} WHERE id = ?",
                [*(coll.db_value(k, v) for k, v in changes.items()), item_id],
            )
        return {c: coll.model_value(c, v) for c, v in zip(changes, row[1:], strict=True)}

    def move_item(self, collection: str, item_id: int, new_index: int) -> int:
        """Move one row to ``new_index`` in its list; returns its old index."""
        coll = COLLECTIONS[collection]
        with self.atomic():
            row = self.db.execute(
                f"SELECT meeting_id FROM {coll.table} WHERE id = ?", [item_id]
            ).fetchone()
            if row is None:
                raise NotFoundError(f"{collection} {item_id} tidak ada")
            order = [
                r[0]
                for r in self.db.execute(
                    f"SELECT id FROM {coll.table} WHERE meeting_id = ? ORDER BY seq, id", [row[0]]
                )
            ]
            old_index = order.index(item_id)
            order.pop(old_index)
            new_index = max(0, min(new_index, len(order)))
            order.insert(new_index, item_id)
            self._renumber(coll, row[0], order)
        return old_index

    def delete_item(self, collection: str, item_id: int) -> Removed:
        """Delete one row; returns what :meth:`restore_item` needs to undo it."""
        coll = COLLECTIONS[collection]
        with self.atomic():
            item = self.get_item(collection, item_id)
            meeting_id = self.db.execute(
                f"SELECT meeting_id FROM {coll.table} WHERE id = ?", [item_id]
            ).fetchone()[0]
            index = self.item_index(collection, item_id)
            relinks: dict[str, list[int]] = {}
            roles: tuple[str, ...] = ()
            if collection == "attendees":
                spoken = self.db.execute(
                    "SELECT count(*) FROM statements WHERE speaker_id = ?", [item_id]
                ).fetchone()[0]
                if spoken:
                    raise InputError(
                        f"{item.label or 'peserta ini'} masih punya {spoken} pernyataan; "
                        "hapus atau pindahkan pernyataannya dahulu"
                    )
                row = self.db.execute(
                    "SELECT chair_id, note_taker_id FROM meetings WHERE id = ?", [meeting_id]
                ).fetchone()
                roles = tuple(
                    name
                    for name, value in zip(("chair_id", "note_taker_id"), row, strict=True)
                    if value == item_id
                )
            if collection == "agenda":
                for other in ("statements", "decisions"):
                    relinks[other] = [
                        r[0]
                        for r in self.db.execute(
                            f"SELECT id FROM {other} WHERE agenda_id = ?", [item_id]
                        )
                    ]
            self.db.execute(f"DELETE FROM {coll.table} WHERE id = ?", [item_id])
        return Removed(collection, meeting_id, index, item, relinks, roles)

    def restore_item(self, removed: Removed) -> Any:
        """Put a deleted row back with its id, place, links and roles."""
        with self.atomic():
            item = self.add_item(
                removed.collection, removed.meeting_id, removed.item, removed.index
            )
            for table, ids in removed.relinks.items():
                self.db.conn.executemany(
                    f"UPDATE {table} SET agenda_id = ? WHERE id = ?", [(item.id, i) for i in ids]
                )
            for role in removed.roles:
                self.db.execute(
                    f"UPDATE meetings SET {role} = ? WHERE id = ?", [item.id, removed.meeting_id]
                )
        return item

    def statement_count(self, attendee_id: int) -> int:
        return self.db.execute(
            "SELECT count(*) FROM statements WHERE speaker_id = ?", [attendee_id]
        ).fetchone()[0]

    # ---- typing in progress --------------------------------------------------------

    def save_draft(self, meeting_id: int, draft: model.Statement) -> None:
        """Keep the statement being typed, so a crash loses not even that."""
        check_field("text", draft.text or " ")
        with self.atomic():
            self.db.execute(
                "INSERT INTO drafts (meeting_id, speaker_id, agenda_id, kind, text) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(meeting_id) DO UPDATE SET "
                "speaker_id = excluded.speaker_id, agenda_id = excluded.agenda_id, "
                "kind = excluded.kind, text = excluded.text",
                [meeting_id, draft.speaker_id, draft.agenda_id, draft.kind, draft.text],
            )

    def get_draft(self, meeting_id: int) -> model.Statement | None:
        row = self.db.execute(
            "SELECT speaker_id, agenda_id, kind, text FROM drafts WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()
        if row is None:
            return None
        return model.Statement(text=row[3], speaker_id=row[0], agenda_id=row[1], kind=row[2])

    def clear_draft(self, meeting_id: int) -> None:
        with self.atomic():
            self.db.execute("DELETE FROM drafts WHERE meeting_id = ?", [meeting_id])

    def capture_statement(self, meeting_id: int, statement: model.Statement) -> model.Statement:
        """Save a statement typed live and forget the draft, in one transaction."""
        with self.atomic():
            stored = self.add_item("statements", meeting_id, statement)
            self.db.execute("DELETE FROM drafts WHERE meeting_id = ?", [meeting_id])
        return stored
