"""What one operation changed, as plain data.

Every undoable store operation returns a :class:`Changes`: which meeting, which
header fields (with their new values), which rows of which list were added,
updated, removed or moved (with the rows as now stored), whether the archive's
list of meetings or the directory changed. Each view decides from it what to
redraw, as Anki's ``OpChanges`` lets its screens decide; nothing reads back
what the operation already returned.

The record also carries its inverse, :attr:`Changes.undo`: the operation that
puts back what this one replaced, kept as data (a store method and its
arguments). Running it returns another ``Changes`` whose ``undo`` is the redo,
so undo and redo are the same path run in either direction, for every list.

A bulk change (200 attendees imported, 30 follow-ups carried over) is one
record, and two records merge into one (:meth:`Changes.merge`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Op:
    """One call of a store operation, kept as data: what an undo (or redo) runs."""

    fn: Callable[..., Changes]
    args: tuple[Any, ...] = ()

    def run(self) -> Changes:
        return self.fn(*self.args)


def _union(first: list[int], second: Iterable[int]) -> list[int]:
    """``first`` then the ids of ``second`` it does not hold yet, in order."""
    out = list(first)
    seen = set(first)
    for i in second:
        if i not in seen:
            seen.add(i)
            out.append(i)
    return out


@dataclass
class ListChanges:
    """The rows of one list that one operation touched, by id."""

    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    moved: list[int] = field(default_factory=list)
    #: the added and updated rows as stored now (id → item)
    items: dict[int, Any] = field(default_factory=dict)
    #: every id of the list in its new order, when rows were added or moved
    order: list[int] | None = None

    def merge(self, other: ListChanges) -> ListChanges:
        """Both changes, in order: a row added then removed is simply gone."""
        gone = set(other.removed)
        added = [i for i in self.added if i not in gone]
        removed = [i for i in self.removed if i not in set(other.added)]
        return ListChanges(
            added=_union(added, (i for i in other.added if i not in set(self.removed))),
            updated=[i for i in _union(self.updated, other.updated) if i not in gone],
            removed=_union(removed, (i for i in other.removed if i not in set(self.added))),
            moved=[i for i in _union(self.moved, other.moved) if i not in gone],
            items={k: v for k, v in {**self.items, **other.items}.items() if k not in gone},
            order=other.order if other.order is not None else self.order,
        )


@dataclass
class Changes:
    """What one operation changed; see the module docstring."""

    #: the meeting concerned (None: only the directory or the settings)
    meeting_id: int | None = None
    #: header fields changed, with their new values
    header: dict[str, Any] = field(default_factory=dict)
    #: per list of the meeting, by its name in core.store.collections: "agenda",
    #: "attendees", "statements", "decisions", "actions", "signatories", "attachments"
    lists: dict[str, ListChanges] = field(default_factory=dict)
    #: a meeting was created, deleted or put back: the archive's list changes
    meetings: bool = False
    #: directory entries added, changed or removed (ids)
    people: set[int] = field(default_factory=set)
    #: office settings changed (keys)
    settings: set[str] = field(default_factory=set)
    #: the operation that undoes this one
    undo: Op | None = None

    def rows(self, name: str) -> ListChanges | None:
        """The changes to one list, or None if it was not touched."""
        return self.lists.get(name)

    def merge(self, other: Changes) -> Changes:
        """This record followed by ``other``, as one.

        The merged record's ``undo`` is left for the store to set: undoing
        both is their two undos in reverse order, in one transaction
        (``MeetingStore.in_order``).
        """
        if None not in (self.meeting_id, other.meeting_id) and self.meeting_id != other.meeting_id:
            raise ValueError("one record names one meeting")
        lists = dict(self.lists)
        for name, rows in other.lists.items():
            lists[name] = lists[name].merge(rows) if name in lists else rows
        return Changes(
            meeting_id=self.meeting_id if self.meeting_id is not None else other.meeting_id,
            header={**self.header, **other.header},
            lists=lists,
            meetings=self.meetings or other.meetings,
            people=self.people | other.people,
            settings=self.settings | other.settings,
        )
