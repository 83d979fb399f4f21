"""The undoable operations: each one transaction that returns a :class:`Changes`.

These are what the GUI runs for every edit (and what a bulk import or a
carry-over of follow-ups will call): each says what it changed, rows
included, and carries its inverse as data (``Changes.undo``), so the GUI needs
one generic undo command and no view reads back what was just written. They
are built on the store's small primitives (``add_item``, ``update_meeting``...),
which the command line and the exchange code keep using as they are.

Lists take many rows at once: 1,000 attendees added or edited is one
operation, one record and one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from core.lazy import lazy_module
from core.store.collections import COLLECTIONS, Removed
from core.store.directory import PERSON_COLUMNS, DirectoryMixin
from core.store.drafts import DraftsMixin
from core.store.meetings import MeetingsMixin
from core.store.roles import RolesMixin

if TYPE_CHECKING:
    from core.changes import Changes, Op

model = lazy_module("core.model")
# the records load with the first operation: opening an archive to list its
# meetings (the GUI's start) needs neither them nor dataclasses nor json
record = lazy_module("core.changes")


def _ids_param(ids: Iterable[int]) -> str:
    """Any number of ids as one JSON parameter (no 999-variable limit)."""
    import json

    return json.dumps([int(i) for i in ids])


class OperationsMixin(RolesMixin, MeetingsMixin, DraftsMixin, DirectoryMixin):
    # ---- reading what an operation wrote ---------------------------------------------

    def rows_by_id(self, collection: str, ids: Iterable[int]) -> dict[int, Any]:
        """The stored rows of one list with these ids, in one query."""
        coll = COLLECTIONS[collection]
        rows = self.conn.execute(
            f"SELECT {coll.select_columns} FROM {coll.table} "
            "WHERE id IN (SELECT value FROM json_each(?))",
            [_ids_param(ids)],
        )
        return {item.id: item for item in map(coll.from_row, rows)}

    def list_order(self, collection: str, meeting_id: int) -> list[int]:
        """The ids of one list of a meeting, in order."""
        table = COLLECTIONS[collection].table
        sql = f"SELECT id FROM {table} WHERE meeting_id = ? ORDER BY seq, id"
        return [r[0] for r in self.conn.execute(sql, [meeting_id])]

    def _meeting_of(self, collection: str, ids: Iterable[int]) -> int | None:
        table = COLLECTIONS[collection].table
        found = self.conn.execute(
            f"SELECT DISTINCT meeting_id FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
            [_ids_param(ids)],
        ).fetchall()
        if len(found) > 1:
            raise ValueError(f"{collection}: rows of several meetings in one operation")
        return found[0][0] if found else None

    # ---- several operations as one --------------------------------------------------

    def in_order(self, *ops: Op) -> Changes:
        """Run ``ops`` in one transaction; one record, whose undo runs theirs backwards."""
        with self.atomic():
            results = [op.run() for op in ops]
        return self._together(results)

    def _together(self, results: Sequence[Changes]) -> Changes:
        merged = record.Changes()
        for changes in results:
            merged = merged.merge(changes)
        undos = tuple(c.undo for c in reversed(results) if c.undo is not None)
        merged.undo = record.Op(self.in_order, undos)
        return merged

    # ---- the lists of a meeting -----------------------------------------------------

    def add_rows(
        self, collection: str, meeting_id: int, items: Sequence[Any], index: int | None = None
    ) -> Changes:
        """Add ``items`` (at ``index``, else at the end) as one step."""
        with self.atomic():
            stored = [
                self.add_item(collection, meeting_id, item, None if index is None else index + n)
                for n, item in enumerate(items)
            ]
            order = self.list_order(collection, meeting_id)
            ids = [s.id for s in stored]
            rows = record.ListChanges(added=ids, items={s.id: s for s in stored}, order=order)
            changes = record.Changes(
                meeting_id,
                lists={collection: rows},
                undo=record.Op(self.remove_rows, (collection, ids)),
            )
            if collection != "attendees":
                return changes
            header = self.header_for_roles(meeting_id, {s.id: s.role for s in stored})
        return self._together([changes, header]) if header else changes

    def capture(self, meeting_id: int, statement: model.Statement) -> Changes:
        """A statement typed live, stored with the draft forgotten (one transaction)."""
        with self.atomic():
            stored = self.capture_statement(meeting_id, statement)
            order = self.list_order("statements", meeting_id)
        rows = record.ListChanges(added=[stored.id], items={stored.id: stored}, order=order)
        return record.Changes(
            meeting_id,
            lists={"statements": rows},
            undo=record.Op(self.remove_rows, ("statements", [stored.id])),
        )

    def edit_rows(self, collection: str, values: Mapping[int, Mapping[str, Any]]) -> Changes:
        """Change fields of many rows (id → {field: value}) as one step."""
        with self.atomic():
            meeting_id = self._meeting_of(collection, values)
            before = {i: self.update_item(collection, i, dict(v)) for i, v in values.items()}
            items = self.rows_by_id(collection, values)
            rows = record.ListChanges(updated=list(values), items=items)
            changes = record.Changes(
                meeting_id,
                lists={collection: rows},
                undo=record.Op(self.edit_rows, (collection, before)),
            )
            roles = {i: v["role"] for i, v in values.items() if "role" in v}
            if collection != "attendees" or not roles or meeting_id is None:
                return changes
            header = self.header_for_roles(meeting_id, roles)
        return self._together([changes, header]) if header else changes

    def move_row(self, collection: str, item_id: int, index: int) -> Changes:
        with self.atomic():
            meeting_id = self._meeting_of(collection, [item_id])
            old = self.move_item(collection, item_id, index)
            order = self.list_order(collection, meeting_id)
        rows = record.ListChanges(moved=[item_id], order=order)
        return record.Changes(
            meeting_id,
            lists={collection: rows},
            undo=record.Op(self.move_row, (collection, item_id, old)),
        )

    def remove_rows(self, collection: str, ids: Sequence[int]) -> Changes:
        """Delete rows; the undo puts each back with its id, place, links and roles."""
        with self.atomic():
            meeting_id = self._meeting_of(collection, ids)
            # the last row first: the undo then puts them back first row first, each at
            # the end of what is there (no renumbering of the rows after it)
            place = {i: n for n, i in enumerate(self.list_order(collection, meeting_id or 0))}
            ids = sorted(ids, key=lambda i: place.get(i, -1), reverse=True)
            removed = tuple(self.delete_item(collection, i) for i in ids)
            changes = record.Changes(
                meeting_id, lists={collection: record.ListChanges(removed=list(ids))}
            )
            self._relinked(changes, removed, back=False)
        changes.undo = record.Op(self.restore_rows, (removed,))
        return changes

    def restore_rows(self, removed: Sequence[Removed]) -> Changes:
        """Put back rows :meth:`remove_rows` took (last removed first)."""
        collection = removed[0].collection
        with self.atomic():
            items = {}
            for r in reversed(removed):
                item = self.restore_item(r)
                items[item.id] = item
            order = self.list_order(collection, removed[0].meeting_id)
            ids = list(items)  # first row first, as put back
            rows = record.ListChanges(added=ids, items=items, order=order)
            changes = record.Changes(removed[0].meeting_id, lists={collection: rows})
            self._relinked(changes, removed, back=True)
        changes.undo = record.Op(self.remove_rows, (collection, ids))
        return changes

    def _relinked(self, changes: Changes, removed: Sequence[Removed], back: bool) -> None:
        """Rows and header fields that pointed at removed rows changed with them."""
        for r in removed:
            for other, other_ids in r.relinks.items():
                if other_ids:
                    rows = changes.lists.setdefault(other, record.ListChanges())
                    rows.updated += other_ids
                    rows.items.update(self.rows_by_id(other, other_ids))
            for role in r.roles:
                changes.header[role] = r.item.id if back else None

    # ---- the header ------------------------------------------------------------------

    def edit_header(self, meeting_id: int, values: Mapping[str, Any]) -> Changes:
        """Header fields; the chair's and note-taker's roles follow (core.store.roles)."""
        with self.atomic():
            before = self.update_meeting(meeting_id, dict(values))
            changes = record.Changes(
                meeting_id,
                header=dict(values),
                undo=record.Op(self.edit_header, (meeting_id, before)),
            )
            roles = self.roles_for_header(meeting_id, values)
        return self._together([changes, roles]) if roles else changes

    # ---- whole meetings -------------------------------------------------------------

    def add_meeting(self, meeting: model.Meeting) -> Changes:
        return self._created(self.create_meeting(meeting))

    def make_meeting(self, make: Callable[[], int]) -> Changes:
        """A meeting stored by another core call (an import, a repeat of a past one)."""
        with self.atomic():
            meeting_id = make()
        return self._created(meeting_id)

    def _created(self, meeting_id: int) -> Changes:
        return record.Changes(
            meeting_id, meetings=True, undo=record.Op(self.remove_meeting, (meeting_id,))
        )

    def remove_meeting(self, meeting_id: int) -> Changes:
        """Delete a meeting, kept whole so the undo puts back the same rows and ids."""
        snapshot = self.delete_meeting(meeting_id)
        return record.Changes(
            meeting_id, meetings=True, undo=record.Op(self.put_back_meeting, (snapshot,))
        )

    def put_back_meeting(self, snapshot: model.Meeting) -> Changes:
        return self._created(self.restore_meeting(snapshot))

    # ---- the directory ---------------------------------------------------------------

    def new_person(self, person: model.Person) -> Changes:
        stored = self.add_person(person)
        return record.Changes(people={stored.id}, undo=record.Op(self.remove_person, (stored.id,)))

    def edit_person(self, person_id: int, values: Mapping[str, Any]) -> Changes:
        before = self.update_person(person_id, dict(values))
        return record.Changes(
            people={person_id}, undo=record.Op(self.edit_person, (person_id, before))
        )

    def remove_person(self, person_id: int) -> Changes:
        """Out of the directory; attendees keep their copy, the undo relinks them."""
        person, linked = self.delete_person(person_id)
        return record.Changes(
            people={person_id}, undo=record.Op(self.put_back_person, (person, linked))
        )

    def put_back_person(self, person: model.Person, linked: list[int]) -> Changes:
        stored = self.restore_person(person, linked)
        return record.Changes(people={stored.id}, undo=record.Op(self.remove_person, (stored.id,)))

    def fold_people(self, keep_id: int, others: Sequence[int]) -> Changes:
        """Merge duplicates into one entry; the undo restores each and its links."""
        others = [o for o in others if o != keep_id]
        with self.atomic():
            before = self.get_person(keep_id)
            duplicates = tuple((self.get_person(o), self.linked_attendees(o)) for o in others)
            self.merge_people(keep_id, others)
        return record.Changes(
            people={keep_id, *others}, undo=record.Op(self.unfold_people, (before, duplicates))
        )

    def unfold_people(
        self, before: model.Person, duplicates: Sequence[tuple[model.Person, list[int]]]
    ) -> Changes:
        with self.atomic():
            self.update_person(before.id, {c: getattr(before, c) for c in PERSON_COLUMNS})
            for person, linked in duplicates:
                self.restore_person(person, linked)
        others = [p.id for p, _ in duplicates]
        return record.Changes(
            people={before.id, *others}, undo=record.Op(self.fold_people, (before.id, others))
        )

    def new_person_attendee(
        self, meeting_id: int, person: model.Person, attendee: model.Attendee
    ) -> Changes:
        """Someone new: into the directory and onto the meeting, linked, as one step."""
        with self.atomic():
            entry = self.new_person(person)
            attendee.person_id = next(iter(entry.people))
            row = self.add_rows("attendees", meeting_id, [attendee])
        return self._together([entry, row])
