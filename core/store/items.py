"""The lists inside a meeting: agenda, attendees, statements, decisions, follow-ups.

The same small operations for every list (see :mod:`core.store.collections`),
each one transaction that returns what an undo needs.
"""

from __future__ import annotations

from typing import Any

from core.errors import InputError, NotFoundError
from core.i18n import _
from core.store.base import MeetingStoreBase, reads_archive
from core.store.collections import COLLECTIONS, Collection, Removed
from core.store.meeting_insert import new_uid
from core.validation import check_fields


def _check_picture(attachment: Any) -> None:
    """A picture is stored only if a report can print it (see core.images)."""
    from core.images import picture_problem  # only when a picture is stored

    problem = picture_problem(attachment.data, attachment.media_type)
    if problem is not None:
        raise InputError(problem[1])


class ItemsMixin(MeetingStoreBase):
    def _check_belongs(self, collection: str, item_id: int, meeting_id: int) -> None:
        table = COLLECTIONS[collection].table
        row = self.db.execute(f"SELECT meeting_id FROM {table} WHERE id = ?", [item_id]).fetchone()
        if row is None or row[0] != meeting_id:
            raise InputError(
                _("{collection} {id} is not part of this meeting").format(
                    collection=collection, id=item_id
                )
            )

    def _check_links(self, coll: Collection, meeting_id: int, values: dict[str, Any]) -> None:
        if values.get("speaker_id") is not None:
            self._check_belongs("attendees", values["speaker_id"], meeting_id)
        if values.get("agenda_id") is not None:
            self._check_belongs("agenda", values["agenda_id"], meeting_id)
        if values.get("attendee_id") is not None:
            self._check_belongs("attendees", values["attendee_id"], meeting_id)
        if coll.name == "statements" and "speaker_id" in values and values["speaker_id"] is None:
            raise InputError(_("choose the speaker first"))

    @reads_archive
    def list_items(self, collection: str, meeting_id: int) -> list[Any]:
        """One list of a meeting in its stored order (a panel needs only its own)."""
        coll = COLLECTIONS[collection]
        return [coll.from_row(r) for r in self.db.execute(coll.select_sql, [meeting_id])]

    @reads_archive
    def get_item(self, collection: str, item_id: int) -> Any:
        coll = COLLECTIONS[collection]
        row = self.db.execute(
            f"SELECT {coll.select_columns} FROM {coll.table} WHERE id = ?", [item_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(
                _("{collection} {id} does not exist").format(collection=collection, id=item_id)
            )
        return coll.from_row(row)

    @reads_archive
    def item_index(self, collection: str, item_id: int) -> int:
        table = COLLECTIONS[collection].table
        row = self.db.execute(
            f"SELECT (SELECT count(*) FROM {table} o WHERE o.meeting_id = t.meeting_id "
            f"AND o.seq < t.seq), meeting_id FROM {table} t WHERE id = ?",
            [item_id],
        ).fetchone()
        if row is None:
            raise NotFoundError(
                _("{collection} {id} does not exist").format(collection=collection, id=item_id)
            )
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
        if coll.name == "attachments":
            _check_picture(item)
        with self.atomic():
            self._check_links(coll, meeting_id, values)
            seq = self._make_room(coll, meeting_id, index)
            if item.id is not None:
                values["id"] = item.id
            if coll.name == "actions" and values["uid"] is None:
                values["uid"] = new_uid()
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
            raise InputError(
                _("unknown fields: {fields}").format(fields=", ".join(sorted(unknown)))
            )
        check_fields(
            {k: v for k, v in changes.items() if k != "ref"}, statement=coll.name == "statements"
        )
        with self.atomic():
            row = self.db.execute(
                f"SELECT meeting_id, {', '.join(changes)} FROM {coll.table} WHERE id = ?",
                [item_id],
            ).fetchone()
            if row is None:
                raise NotFoundError(
                    _("{collection} {id} does not exist").format(collection=collection, id=item_id)
                )
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
                raise NotFoundError(
                    _("{collection} {id} does not exist").format(collection=collection, id=item_id)
                )
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
                        _(
                            "{who} still has {count} statements; "
                            "delete or move their statements first"
                        ).format(who=item.label or _("this attendee"), count=spoken)
                    )
                self._refuse_signatory(item)
                row = self.db.execute(
                    "SELECT chair_id, note_taker_id FROM meetings WHERE id = ?", [meeting_id]
                ).fetchone()
                roles = tuple(
                    name
                    for name, value in zip(("chair_id", "note_taker_id"), row, strict=True)
                    if value == item_id
                )
            if collection == "agenda":
                for other in ("statements", "decisions", "actions"):
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

    def _refuse_signatory(self, attendee: Any) -> None:
        """An attendee who signs the minutes stays until the signature is changed:
        deleting them would leave a signature block without a name."""
        signs = self.db.execute(
            "SELECT count(*) FROM signatories WHERE attendee_id = ?", [attendee.id]
        ).fetchone()[0]
        if signs:
            raise InputError(
                _("{who} signs the minutes; choose another signatory first").format(
                    who=attendee.label or _("this attendee")
                )
            )
