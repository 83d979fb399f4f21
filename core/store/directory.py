"""The directory of officials, reused from meeting to meeting.

Attendees copy a person's details on the day; the directory can change
afterwards without rewriting old minutes.
"""

from __future__ import annotations

from typing import Any

from core.errors import InputError, NotFoundError
from core.i18n import _
from core.lazy import lazy_module
from core.people import nip_digits
from core.store.base import MeetingStoreBase
from core.validation import check_fields

model = lazy_module("core.model")  # its dataclasses load when first used

PERSON_COLUMNS = ("name", "nip", "rank", "position", "organization", "contact")
PERSON_SELECT = f"SELECT id, {', '.join(PERSON_COLUMNS)} FROM people"


def _person(row: tuple) -> model.Person:
    return model.Person(**dict(zip(("id", *PERSON_COLUMNS), row, strict=True)))


class DirectoryMixin(MeetingStoreBase):
    def list_people(self, query: str = "", limit: int | None = None) -> list[model.Person]:
        """People whose name, NIP, jabatan or instansi contain every word typed."""
        sql, params = PERSON_SELECT, []
        words = query.split()
        if words:
            clauses = []
            for w in words:
                digits = nip_digits(w)
                clause = "(name LIKE ? OR position LIKE ? OR organization LIKE ? OR rank LIKE ?"
                params += [f"%{w}%"] * 4
                if digits and digits == w.replace(".", ""):
                    clause += " OR nip LIKE ?"
                    params.append(f"%{digits}%")
                clauses.append(clause + ")")
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY coalesce(name, position) COLLATE NOCASE, id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [_person(r) for r in self.db.execute(sql, params)]

    def get_person(self, person_id: int) -> model.Person:
        row = self.db.execute(PERSON_SELECT + " WHERE id = ?", [person_id]).fetchone()
        if row is None:
            raise NotFoundError(_("no official has id {id}").format(id=person_id))
        return _person(row)

    def _check_person(self, values: dict[str, Any]) -> None:
        check_fields(values)
        named = "name" in values or "position" in values
        if named and not (values.get("name") or values.get("position")):
            raise InputError(_("fill in the name or the position"))

    def add_person(self, person: model.Person) -> model.Person:
        values = {c: getattr(person, c) for c in PERSON_COLUMNS}
        self._check_person(values)
        with self.atomic():
            if person.id is not None:
                values["id"] = person.id
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            cur = self.db.execute(
                f"INSERT INTO people ({cols}) VALUES ({marks})", list(values.values())
            )
        return self.get_person(cur.lastrowid)

    def update_person(self, person_id: int, changes: dict[str, Any]) -> dict[str, Any]:
        unknown = set(changes) - set(PERSON_COLUMNS)
        if unknown:
            raise InputError(
                _("unknown fields: {fields}").format(fields=", ".join(sorted(unknown)))
            )
        check_fields(changes)
        with self.atomic():
            before = self.get_person(person_id)
            after = {c: getattr(before, c) for c in PERSON_COLUMNS} | changes
            self._check_person(after)
            assignments = ", ".join(f"{c} = ?" for c in changes)
            self.db.execute(
                f"UPDATE people SET {assignments}, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                [*changes.values(), person_id],
            )
        return {c: getattr(before, c) for c in changes}

    def delete_person(self, person_id: int) -> tuple[model.Person, list[int]]:
        """Remove from the directory; attendees keep their copy. Returns what undo needs."""
        with self.atomic():
            person = self.get_person(person_id)
            linked = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM attendees WHERE person_id = ?", [person_id]
                )
            ]
            self.db.execute("DELETE FROM people WHERE id = ?", [person_id])
        return person, linked

    def restore_person(self, person: model.Person, linked: list[int]) -> model.Person:
        with self.atomic():
            restored = self.add_person(person)
            self.db.conn.executemany(
                "UPDATE attendees SET person_id = ? WHERE id = ?",
                [(restored.id, a) for a in linked],
            )
        return restored

    def merge_people(self, keep_id: int, duplicate_ids: list[int]) -> None:
        """Fold duplicates into one entry: attendees point at the kept one,
        blank fields of the kept one are filled from the duplicates."""
        with self.atomic():
            keep = self.get_person(keep_id)
            fills: dict[str, Any] = {}
            for dup_id in duplicate_ids:
                if dup_id == keep_id:
                    continue
                dup = self.get_person(dup_id)
                for c in PERSON_COLUMNS:
                    if not getattr(keep, c) and getattr(dup, c) and c not in fills:
                        fills[c] = getattr(dup, c)
                for table in ("attendees", "person_emails"):  # e-mails learned from reports too
                    self.db.execute(
                        f"UPDATE {table} SET person_id = ? WHERE person_id = ?", [keep_id, dup_id]
                    )
                self.db.execute("DELETE FROM people WHERE id = ?", [dup_id])
            if fills:
                self.update_person(keep_id, fills)

    def linked_attendees(self, person_id: int) -> list[int]:
        """Ids of the attendees copied from this directory entry (what undoing a merge relinks)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM attendees WHERE person_id = ? ORDER BY id", [person_id]
            )
        ]

    def meetings_with_person(self, person_id: int, but: int | None = None) -> list[int]:
        """The meetings (ids, oldest first) whose attendance copies this directory
        entry, except ``but``: the snapshots a correction of the entry leaves as they are."""
        rows = self.db.execute(
            "SELECT DISTINCT a.meeting_id FROM attendees a JOIN meetings m ON m.id = a.meeting_id "
            "WHERE a.person_id = ? AND a.meeting_id IS NOT ? ORDER BY m.date, m.id",
            [person_id, but],
        )
        return [r[0] for r in rows]

    def person_for_nip(self, nip: str) -> model.Person | None:
        row = self.db.execute(PERSON_SELECT + " WHERE nip = ? LIMIT 1", [nip]).fetchone()
        return _person(row) if row else None

    def attendee_from_person(self, person: model.Person) -> model.Attendee:
        """An attendee that copies the directory entry as it is today."""
        return model.Attendee(
            name=person.name,
            position=person.position,
            organization=person.organization,
            nip=person.nip,
            rank=person.rank,
            contact=person.contact,
            person_id=person.id,
        )
