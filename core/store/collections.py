"""How each list inside a meeting maps to its table.

One description per list lets the store offer the same small operations —
add, update, delete, restore, move — for agenda, attendees, statements,
decisions and follow-ups without five copies of the same SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from core import model


@dataclass(frozen=True)
class Collection:
    name: str
    table: str
    cls: type
    columns: tuple[str, ...]
    booleans: tuple[str, ...] = ()

    @property
    def select_sql(self) -> str:
        cols = ", ".join(("id", *self.columns))
        return f"SELECT {cols} FROM {self.table} WHERE meeting_id = ? ORDER BY seq"

    def from_row(self, row: tuple) -> Any:
        values = dict(zip(("id", *self.columns), row, strict=True))
        for b in self.booleans:
            if values[b] is not None:
                values[b] = bool(values[b])
        return self.cls(**values)

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
