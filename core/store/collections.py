"""How each list inside a meeting maps to its table.

One description per list lets the store offer the same small operations —
add, update, delete, restore, move — for agenda, attendees, statements,
decisions and follow-ups without five copies of the same SQL.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, NamedTuple

from core.lazy import lazy_module

model = lazy_module("core.model")


class Collection:
    """One list of a meeting: its table, its columns and the dataclass of its items.

    The columns are written out here rather than read from the dataclass, so
    that opening an archive does not load :mod:`core.model`; the first use of
    :attr:`cls` checks that the two agree.
    """

    def __init__(
        self,
        name: str,
        table: str,
        class_name: str,
        columns: tuple[str, ...],
        booleans: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.table = table
        self.class_name = class_name
        self.columns = columns
        self.booleans = booleans

    def __repr__(self) -> str:
        return f"Collection({self.name!r})"

    @cached_property
    def cls(self) -> type:
        from dataclasses import fields

        cls = getattr(model, self.class_name)
        # from_row builds objects positionally (a meeting with 1,500 statements
        # loads in a few ms that way), so the dataclass must be (*columns, id).
        names = tuple(f.name for f in fields(cls))
        if names != (*self.columns, "id"):
            raise TypeError(f"{cls.__name__} fields must be {self.columns} + id")
        return cls

    @property
    def select_columns(self) -> str:
        """Columns in the order :meth:`from_row` expects: the fields, then id."""
        return ", ".join((*self.columns, "id"))

    @property
    def select_sql(self) -> str:
        return f"SELECT {self.select_columns} FROM {self.table} WHERE meeting_id = ? ORDER BY seq"

    @cached_property
    def _bool_positions(self) -> tuple[int, ...]:
        return tuple(self.columns.index(b) for b in self.booleans)

    def from_row(self, row: tuple) -> Any:
        """An object from a row selected with :attr:`select_columns`."""
        if self.booleans:
            values = list(row)
            for i in self._bool_positions:
                if values[i] is not None:
                    values[i] = bool(values[i])
            return self.cls(*values)
        return self.cls(*row)

    def db_value(self, column: str, value: Any) -> Any:
        if column in self.booleans and value is not None:
            return int(value)
        return value

    def model_value(self, column: str, value: Any) -> Any:
        if column in self.booleans and value is not None:
            return bool(value)
        return value


AGENDA = Collection("agenda", "agenda_items", "AgendaItem", ("title", "notes", "ref"))
ATTENDEES = Collection(
    "attendees",
    "attendees",
    "Attendee",
    (
        "name", "position", "organization", "nip", "rank", "role", "present", "represents",
        "joined_at", "left_at", "contact", "ref", "person_id", "short_name", "email",
        "absence_reason", "minutes_present",
    ),
    booleans=("present",),
)  # fmt: skip
STATEMENTS = Collection(
    "statements", "statements", "Statement", ("text", "speaker_id", "at", "agenda_id", "kind")
)
DECISIONS = Collection("decisions", "decisions", "Decision", ("text", "agenda_id"))
ACTIONS = Collection(
    "actions",
    "actions",
    "Action",
    ("text", "owner", "due", "done", "uid", "carried_from", "progress", "done_at", "agenda_id"),
    booleans=("done",),
)
SIGNATORIES = Collection(
    "signatories",
    "signatories",
    "Signatory",
    ("label", "attendee_id", "name", "position", "rank", "nip"),
)
ATTACHMENTS = Collection(
    "attachments", "attachments", "Attachment", ("ref", "media_type", "data", "caption")
)
REVISIONS = Collection(
    "revisions",
    "revisions",
    "Revision",
    ("revision", "finalised_at", "fingerprint", "reopen_reason"),
)

COLLECTIONS: dict[str, Collection] = {
    c.name: c
    for c in (
        AGENDA, ATTENDEES, STATEMENTS, DECISIONS, ACTIONS, SIGNATORIES, ATTACHMENTS, REVISIONS,
    )
}  # fmt: skip

#: the meeting's header columns: every field of model.Meeting but its id and lists
MEETING_COLUMNS = (
    "title", "date", "uid", "kind", "number", "start_time", "end_time", "timezone", "mode",
    "location", "city", "organizer", "chair_id", "note_taker_id", "opening", "closing", "status",
    "series", "revision", "finalised_at", "fingerprint",
)  # fmt: skip


class Removed(NamedTuple):
    """Everything needed to put a deleted row back exactly where it was."""

    collection: str
    meeting_id: int
    index: int
    item: Any
    relinks: dict[str, list[int]]  # e.g. {"statements": [ids whose agenda_id pointed here]}
    roles: tuple[str, ...] = ()  # meeting columns (chair_id, note_taker_id) that pointed here
