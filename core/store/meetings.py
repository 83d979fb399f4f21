"""Whole meetings: reading them, their header, deleting and restoring.

Every method that changes data is one transaction and returns what changed
(or what was there before), so an undo command can put it back and a view can
redraw only the rows concerned. Inserting meetings is in
:mod:`core.store.meeting_insert`, the lists inside one in :mod:`core.store.items`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from core.errors import InputError, NotFoundError
from core.i18n import _
from core.lazy import lazy_module
from core.store.base import reads_archive
from core.store.collections import ATTENDEES, COLLECTIONS, MEETING_COLUMNS, SIGNATORIES
from core.store.items import ItemsMixin
from core.store.meeting_insert import MeetingInsertMixin
from core.validation import check_fields
from core.vocabulary import MeetingSummary

model = lazy_module("core.model")  # its dataclasses load when first used

MEETING_SELECT = f"SELECT id, {', '.join(MEETING_COLUMNS)} FROM meetings WHERE id = ?"
SUMMARY_SELECT = "SELECT id, uid, title, date, kind, mode, status, start_time FROM meetings"
#: the archive list's order; meetings_by_date serves its first column, so a page is cheap
LIST_ORDER = "date DESC, coalesce(start_time, '') DESC, id DESC"
LIST_KEY = "date, coalesce(start_time, ''), id"  # LIST_ORDER's columns, for "comes before"


def _list_filter(year: int | None, ids: Iterable[int] | None) -> tuple[str, list[Any]]:
    """WHERE clause and parameters for one year and/or a set of meeting ids."""
    clauses: list[str] = []
    params: list[Any] = []
    if year is not None:
        clauses.append("date >= ? AND date < ?")
        params += [f"{year:04d}-01-01", f"{year + 1:04d}-01-01"]
    if ids is not None:
        import json  # here: the archive window's first page needs no json

        # one JSON parameter, whatever the number of ids (no 999-variable limit)
        clauses.append("id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(i) for i in ids]))
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause Python's cycle collector for a burst of acyclic allocations (as
    timeit does while timing); left as the caller had it.

    The switch is process-wide: meetings are read on the GUI thread (and by
    the command line), never by two threads at once.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class MeetingsMixin(MeetingInsertMixin, ItemsMixin):
    # ---- reading -----------------------------------------------------------------

    @reads_archive
    def list_meetings(
        self,
        year: int | None = None,
        limit: int | None = None,
        offset: int = 0,
        ids: Iterable[int] | None = None,
    ) -> list[MeetingSummary]:
        """Meetings newest first: of one ``year`` and/or among ``ids`` (search
        matches), ``limit`` of them from ``offset`` — the archive window reads
        the page it shows, not all 10,000 summaries."""
        where, params = _list_filter(year, ids)
        sql = f"{SUMMARY_SELECT}{where} ORDER BY {LIST_ORDER} LIMIT ? OFFSET ?"
        rows = self.conn.execute(sql, [*params, -1 if limit is None else limit, offset])
        return [MeetingSummary(*row) for row in rows]

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

    def meeting_summary(self, meeting_id: int) -> MeetingSummary:
        row = self.conn.execute(f"{SUMMARY_SELECT} WHERE id = ?", [meeting_id]).fetchone()
        if row is None:
            raise NotFoundError(_("no meeting has id {id}").format(id=meeting_id))
        return MeetingSummary(*row)

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

    @reads_archive
    def get_meeting(self, meeting_id: int) -> model.Meeting:
        """The whole meeting with every list in its stored order.

        A big meeting is ~2,000 new objects and none of them can form a
        cycle, so the cyclic garbage collector is held off while they are
        made: otherwise it would scan the young objects a few times per
        load, about a tenth of the time of a 1,500-statement meeting.
        """
        with _no_cyclic_gc():
            row = self.conn.execute(MEETING_SELECT, [meeting_id]).fetchone()
            if row is None:
                raise NotFoundError(_("no meeting has id {id}").format(id=meeting_id))
            meeting = model.Meeting(**dict(zip(("id", *MEETING_COLUMNS), row, strict=True)))
            for name, coll in COLLECTIONS.items():
                rows = self.conn.execute(coll.select_sql, [meeting_id]).fetchall()
                setattr(meeting, name, [coll.from_row(r) for r in rows])
        return meeting

    @reads_archive
    def get_meeting_header(self, meeting_id: int) -> model.Meeting:
        """The header fields only, lists left empty: an editor's form refreshes
        after every edit and must not read 1,500 statements each time."""
        row = self.db.execute(MEETING_SELECT, [meeting_id]).fetchone()
        if row is None:
            raise NotFoundError(_("no meeting has id {id}").format(id=meeting_id))
        return model.Meeting(**dict(zip(("id", *MEETING_COLUMNS), row, strict=True)))

    # ---- deleting and repeating whole meetings ------------------------------------

    def delete_meeting(self, meeting_id: int) -> model.Meeting:
        """Delete and return the whole meeting, so that undo can restore it."""
        with self.atomic():
            meeting = self.get_meeting(meeting_id)
            self.db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        return meeting

    def restore_meeting(self, meeting: model.Meeting) -> int:
        return self.create_meeting(meeting, keep_ids=True)

    def new_meeting_from(self, source_id: int, title: str, date: str) -> int:
        """A new draft that repeats a past meeting's people, agenda, series and
        signatories (weekly rakor); attendance itself starts afresh."""
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
            series=src.series,
            agenda=[model.AgendaItem(title=a.title, id=a.id) for a in src.agenda],
            attendees=[
                model.Attendee(
                    **{c: getattr(a, c) for c in ATTENDEES.columns if c not in ("ref",)},
                    id=a.id,
                )
                for a in src.attendees
            ],
        )
        copy.signatories = [
            model.Signatory(**{c: getattr(s, c) for c in SIGNATORIES.columns})
            for s in src.signatories
        ]
        for a in copy.attendees:
            a.joined_at = a.left_at = a.absence_reason = None
            a.present = a.minutes_present = None
        return self.create_meeting(copy)

    # ---- the header --------------------------------------------------------------

    def update_meeting(self, meeting_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        """Change header fields; returns their previous values (for undo)."""
        unknown = set(changes) - set(MEETING_COLUMNS) - {"uid"}
        if unknown:
            raise InputError(
                _("unknown fields: {fields}").format(fields=", ".join(sorted(unknown)))
            )
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
                raise NotFoundError(_("no meeting has id {id}").format(id=meeting_id))
            assignments = ", ".join(f"{c} = ?" for c in cols)
            self.db.execute(
                f"UPDATE meetings SET {assignments}, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                [*changes.values(), meeting_id],
            )
        return dict(zip(cols, row, strict=True))
