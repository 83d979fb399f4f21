"""MeetingStore: the archive's small, atomic operations.

Every method that changes data is one transaction and returns what changed
(or what was there before), so an undo command can put it back and a view can
redraw only the rows concerned.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from core import model
from core.errors import InputError, NotFoundError
from core.store.collections import (
    ATTENDEES,
    COLLECTIONS,
    MEETING_COLUMNS,
    Collection,
    Removed,
)
from core.store.database import write_transaction
from core.validation import check_field, check_fields

MEETING_SELECT = f"SELECT id, {', '.join(MEETING_COLUMNS)} FROM meetings WHERE id = ?"


class MeetingStoreBase:
    """Connection handling shared by the store's parts."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        with write_transaction(self.db) as db:
            yield db

    def close(self) -> None:
        self.db.close()


class MeetingsMixin(MeetingStoreBase):
    # ---- reading -----------------------------------------------------------------

    def list_meetings(self, year: int | None = None) -> list[model.MeetingSummary]:
        sql = "SELECT id, uid, title, date, kind, mode, status, start_time FROM meetings"
        params: list[Any] = []
        if year is not None:
            sql += " WHERE date >= ? AND date < ?"
            params = [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
        sql += " ORDER BY date DESC, coalesce(start_time, '') DESC, id DESC"
        return [model.MeetingSummary(*row) for row in self.db.execute(sql, params)]

    def meeting_summary(self, meeting_id: int) -> model.MeetingSummary:
        row = self.db.execute(
            "SELECT id, uid, title, date, kind, mode, status, start_time FROM meetings "
            "WHERE id = ?",
            [meeting_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(f"tidak ada rapat dengan id {meeting_id}")
        return model.MeetingSummary(*row)

    def meeting_years(self) -> list[int]:
        rows = self.db.execute(
            "SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM meetings ORDER BY 1 DESC"
        )
        return [r[0] for r in rows]

    def count_meetings(self) -> int:
        return self.db.execute("SELECT count(*) FROM meetings").fetchone()[0]

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

    # ---- creating and deleting whole meetings ------------------------------------

    def create_meeting(self, meeting: model.Meeting, *, keep_ids: bool = False) -> int:
        """Insert a meeting and all its lists in one transaction.

        The ids inside ``meeting`` (attendee ids that statements point at, agenda
        ids, chair and note-taker) are treated as local keys and remapped to new
        rows, unless ``keep_ids`` is set to put a deleted meeting back as it was.
        """
        check_fields({c: getattr(meeting, c) for c in MEETING_COLUMNS if not c.endswith("_id")})
        uid = meeting.uid or str(uuid.uuid4())
        with self.atomic():
            header = {c: getattr(meeting, c) for c in MEETING_COLUMNS}
            header.update(uid=uid, chair_id=None, note_taker_id=None)
            if keep_ids and meeting.id is not None:
                header["id"] = meeting.id
            cols = ", ".join(header)
            marks = ", ".join("?" for _ in header)
            cur = self.db.execute(
                f"INSERT INTO meetings ({cols}) VALUES ({marks})", list(header.values())
            )
            meeting_id = cur.lastrowid
            maps: dict[str, dict[int | None, int]] = {}
            for name in ("agenda", "attendees", "statements", "decisions", "actions"):
                coll = COLLECTIONS[name]
                maps[name] = self._insert_rows(
                    coll, meeting_id, getattr(meeting, name), maps, keep_ids
                )
            chair = maps["attendees"].get(meeting.chair_id) if meeting.chair_id else None
            taker = maps["attendees"].get(meeting.note_taker_id) if meeting.note_taker_id else None
            if chair or taker:
                self.db.execute(
                    "UPDATE meetings SET chair_id = ?, note_taker_id = ? WHERE id = ?",
                    [chair, taker, meeting_id],
                )
        return meeting_id

    def _insert_rows(
        self,
        coll: Collection,
        meeting_id: int,
        items: list[Any],
        maps: dict[str, dict[int | None, int]],
        keep_ids: bool,
    ) -> dict[int | None, int]:
        if not items:
            return {}
        if keep_ids:
            new_ids = [item.id for item in items]
        else:
            start = self.db.execute(f"SELECT coalesce(max(id), 0) FROM {coll.table}").fetchone()[0]
            new_ids = list(range(start + 1, start + 1 + len(items)))
        mapping = {item.id: new_id for item, new_id in zip(items, new_ids, strict=True)}
        rows = []
        for seq, (item, new_id) in enumerate(zip(items, new_ids, strict=True)):
            values = coll.to_values(item)
            if "speaker_id" in values:
                values["speaker_id"] = maps["attendees"].get(values["speaker_id"])
                if values["speaker_id"] is None:
                    raise InputError(f"pernyataan ke-{seq + 1} tidak punya pembicara")
            if "agenda_id" in values and values["agenda_id"] is not None:
                values["agenda_id"] = maps["agenda"].get(values["agenda_id"])
            rows.append((new_id, meeting_id, seq, *values.values()))
        cols = ", ".join(("id", "meeting_id", "seq", *coll.columns))
        marks = ", ".join("?" for _ in range(3 + len(coll.columns)))
        self.db.conn.executemany(f"INSERT INTO {coll.table} ({cols}) VALUES ({marks})", rows)
        return mapping

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
        cols = ", ".join(("id", *coll.columns))
        row = self.db.execute(f"SELECT {cols} FROM {coll.table} WHERE id = ?", [item_id]).fetchone()
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
        values = coll.to_values(item)
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
