"""Undo commands: thin wrappers that call one store operation each.

``apply`` does the work and remembers what undo needs; ``revert`` puts it
back. The first redo is skipped because :meth:`AppContext.run` already
applied the command before pushing it (so a failing edit never enters the
history). Each operation announces what changed through ``ctx.events``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from core import model
from core.errors import NotulaError

if TYPE_CHECKING:
    from core.store.collections import Removed
    from gui.context import AppContext

MERGE_IDS: dict[tuple, int] = {}


def merge_id(*key: Any) -> int:
    """A stable small integer per (kind, target, field) for QUndoCommand.id()."""
    return MERGE_IDS.setdefault(key, len(MERGE_IDS) + 1)


class StoreCommand(QUndoCommand):
    def __init__(self, ctx: AppContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.done_once = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.done_once:
            self.done_once = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.revert)

    def _guard(self, fn: Any) -> None:
        try:
            fn()
        except NotulaError as exc:
            self.setObsolete(True)
            self.ctx.report(exc)
        except Exception as exc:  # noqa: BLE001 - never let Qt swallow or crash on it
            self.setObsolete(True)
            self.ctx.report(exc)


class UpdateMeetingCommand(StoreCommand):
    """Header fields; typing in one field merges into one undo step."""

    def __init__(self, ctx: AppContext, meeting_id: int, changes: dict[str, Any], text: str):
        super().__init__(ctx, text)
        self.meeting_id = meeting_id
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}
        self._id = merge_id("meeting", meeting_id, tuple(sorted(changes)))

    def apply(self) -> None:
        self.before = self.ctx.store.update_meeting(self.meeting_id, self.changes)
        self._announce()

    def revert(self) -> None:
        self.ctx.store.update_meeting(self.meeting_id, self.before)
        self._announce()

    def _announce(self) -> None:
        self.ctx.events.meetingChanged.emit(self.meeting_id)
        if {"date", "start_time"} & set(self.changes):  # the archive's order may change
            self.ctx.events.meetingsChanged.emit()

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateMeetingCommand) or other.id() != self.id():
            return False
        self.changes = other.changes
        return True


class AddItemCommand(StoreCommand):
    def __init__(
        self,
        ctx: AppContext,
        collection: str,
        meeting_id: int,
        item: Any,
        text: str,
        index: int | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.collection = collection
        self.meeting_id = meeting_id
        self.item = item
        self.index = index
        self.removed: Removed | None = None

    def apply(self) -> None:
        if self.removed is not None:
            self.item = self.ctx.store.restore_item(self.removed)
            index = self.removed.index
        elif self.collection == "statements":
            self.item = self.ctx.store.capture_statement(self.meeting_id, self.item)
            index = self.ctx.store.item_index(self.collection, self.item.id)
        else:
            self.item = self.ctx.store.add_item(
                self.collection, self.meeting_id, self.item, self.index
            )
            index = self.ctx.store.item_index(self.collection, self.item.id)
        self.ctx.events.itemAdded.emit(self.collection, self.meeting_id, self.item.id, index)

    def revert(self) -> None:
        self.removed = self.ctx.store.delete_item(self.collection, self.item.id)
        self.ctx.events.itemRemoved.emit(self.collection, self.meeting_id, self.item.id)


class UpdateItemCommand(StoreCommand):
    def __init__(
        self, ctx: AppContext, collection: str, meeting_id: int, item_id: int,
        changes: dict[str, Any], text: str,
    ) -> None:  # fmt: skip
        super().__init__(ctx, text)
        self.collection = collection
        self.meeting_id = meeting_id
        self.item_id = item_id
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}
        self._id = merge_id("item", collection, item_id, tuple(sorted(changes)))

    def apply(self) -> None:
        self.before = self.ctx.store.update_item(self.collection, self.item_id, self.changes)
        self.ctx.events.itemChanged.emit(self.collection, self.meeting_id, self.item_id)

    def revert(self) -> None:
        self.ctx.store.update_item(self.collection, self.item_id, self.before)
        self.ctx.events.itemChanged.emit(self.collection, self.meeting_id, self.item_id)

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateItemCommand) or other.id() != self.id():
            return False
        self.changes = other.changes
        return True


class DeleteItemCommand(StoreCommand):
    def __init__(
        self, ctx: AppContext, collection: str, meeting_id: int, item_id: int, text: str
    ) -> None:
        super().__init__(ctx, text)
        self.collection = collection
        self.meeting_id = meeting_id
        self.item_id = item_id
        self.removed: Removed | None = None

    def apply(self) -> None:
        self.removed = self.ctx.store.delete_item(self.collection, self.item_id)
        self.ctx.events.itemRemoved.emit(self.collection, self.meeting_id, self.item_id)
        self._announce_links()

    def revert(self) -> None:
        assert self.removed is not None
        self.ctx.store.restore_item(self.removed)
        self.ctx.events.itemAdded.emit(
            self.collection, self.meeting_id, self.item_id, self.removed.index
        )
        self._announce_links()

    def _announce_links(self) -> None:
        """Rows and header fields that pointed at the item changed with it, both ways:
        deleting an agenda item leaves its statements and decisions without one."""
        assert self.removed is not None
        for other, other_ids in self.removed.relinks.items():
            for other_id in other_ids:
                self.ctx.events.itemChanged.emit(other, self.meeting_id, other_id)
        if self.removed.roles:
            self.ctx.events.meetingChanged.emit(self.meeting_id)


class MoveItemCommand(StoreCommand):
    def __init__(
        self, ctx: AppContext, collection: str, meeting_id: int, item_id: int,
        new_index: int, text: str,
    ) -> None:  # fmt: skip
        super().__init__(ctx, text)
        self.collection = collection
        self.meeting_id = meeting_id
        self.item_id = item_id
        self.new_index = new_index
        self.old_index = -1

    def apply(self) -> None:
        self.old_index = self.ctx.store.move_item(self.collection, self.item_id, self.new_index)
        new = self.ctx.store.item_index(self.collection, self.item_id)
        self.ctx.events.itemMoved.emit(
            self.collection, self.meeting_id, self.item_id, self.old_index, new
        )

    def revert(self) -> None:
        current = self.ctx.store.move_item(self.collection, self.item_id, self.old_index)
        self.ctx.events.itemMoved.emit(
            self.collection, self.meeting_id, self.item_id, current, self.old_index
        )


class CreateMeetingCommand(StoreCommand):
    """A new meeting: blank, imported from a file, or "new from" a past one.

    ``create`` is the meeting to store, or a core call that stores one and
    returns its id (an import, ``new_meeting_from``). Undo deletes the meeting
    but keeps it whole, so redo puts back the very same rows and ids.
    """

    def __init__(
        self, ctx: AppContext, create: model.Meeting | Callable[[], int], text: str
    ) -> None:
        super().__init__(ctx, text)
        self.create = create
        self.meeting_id: int | None = None
        self.snapshot: model.Meeting | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self.meeting_id = self.ctx.store.restore_meeting(self.snapshot)
        elif isinstance(self.create, model.Meeting):
            self.meeting_id = self.ctx.store.create_meeting(self.create)
        else:
            self.meeting_id = self.create()
        self.ctx.events.meetingsChanged.emit()

    def revert(self) -> None:
        assert self.meeting_id is not None
        self.snapshot = self.ctx.store.delete_meeting(self.meeting_id)
        self.ctx.events.meetingsChanged.emit()


class DeleteMeetingCommand(StoreCommand):
    def __init__(self, ctx: AppContext, meeting_id: int, text: str) -> None:
        super().__init__(ctx, text)
        self.meeting_id = meeting_id
        self.snapshot: model.Meeting | None = None

    def apply(self) -> None:
        self.snapshot = self.ctx.store.delete_meeting(self.meeting_id)
        self.ctx.events.meetingsChanged.emit()

    def revert(self) -> None:
        assert self.snapshot is not None
        self.ctx.store.restore_meeting(self.snapshot)
        self.ctx.events.meetingsChanged.emit()
