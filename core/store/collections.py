"""How each list inside a meeting maps to its table.

One description per list lets the store offer the same small operations —
add, update, delete, restore, move — for agenda, attendees, statements,
decisions and follow-ups without five copies of the same SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any

from core import model


@dataclass(frozen=True)
class Collection:
    name: str
    table: str
    cls: type
    columns: tuple[str, ...]
    booleans: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # from_row builds objects positionally (a meeting with 1,500 statements
        # loads in a few ms that way), so the dataclass must be (*columns, id).
        names = tuple(f.name for f in fields(self.cls))
        if names != (*self.columns, "id"):
            raise TypeError(f"{self.cls.__name__} fields must be {self.columns} + id")

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

    def to_values(self, obj: Any) -> dict[str, Any]:
        values = {c: getattr(obj, c) for c in self.columns}
        for b in self.booleans:
            if values[b] is not None:
                values[b] = int(values[b])
        return values

    def db_value(self, column: str, value: Any) -> Any:
        if column in self.booleans and value is not None:
            return int(value)
        return value

    def model_value(self, column: str, value: Any) -> Any:
        if column in self.booleans and value is not None:
            return bool(value)
        return value


def _columns(cls: type, *extra_skip: str) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.name not in ("id", *extra_skip))


AGENDA = Collection("agenda", "agenda_items", model.AgendaItem, _columns(model.AgendaItem))
ATTENDEES = Collection(
    "attendees", "attendees", model.Attendee, _columns(model.Attendee), booleans=("present",)
)
STATEMENTS = Collection("statements", "statements", model.Statement, _columns(model.Statement))
DECISIONS = Collection("decisions", "decisions", model.Decision, _columns(model.Decision))
ACTIONS = Collection("actions", "actions", model.Action, _columns(model.Action), booleans=("done",))

COLLECTIONS: dict[str, Collection] = {
    c.name: c for c in (AGENDA, ATTENDEES, STATEMENTS, DECISIONS, ACTIONS)
}

MEETING_COLUMNS = tuple(
    f.name
    for f in fields(model.Meeting)
    if f.name not in ("id", "agenda", "attendees", "statements", "decisions", "actions")
)


@dataclass
class Removed:
    """Everything needed to put a deleted row back exactly where it was."""

    collection: str
    meeting_id: int
    index: int
    item: Any
    relinks: dict[str, list[int]]  # e.g. {"statements": [ids whose agenda_id pointed here]}
    roles: tuple[str, ...] = ()  # meeting columns (chair_id, note_taker_id) that pointed here
