"""Archive-level undo commands the lead's gui/commands.py does not cover.

A meeting that comes from somewhere else — an imported file, or "Baru dari…"
a past meeting — is created by one core call the first time; undo deletes it
(keeping the whole meeting), and redo puts that same meeting back with its ids.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from core import model
from gui.commands import StoreCommand

if TYPE_CHECKING:
    from gui.context import AppContext


class CreateWithCommand(StoreCommand):
    """A meeting made by ``create()`` (a core call that returns the new id)."""

    def __init__(self, ctx: AppContext, create: Callable[[], int], text: str) -> None:
        super().__init__(ctx, text)
        self.create = create
        self.meeting_id: int | None = None
        self.snapshot: model.Meeting | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            self.meeting_id = self.ctx.store.restore_meeting(self.snapshot)
        else:
            self.meeting_id = self.create()
        self.ctx.events.meetingsChanged.emit()

    def revert(self) -> None:
        assert self.meeting_id is not None
        self.snapshot = self.ctx.store.delete_meeting(self.meeting_id)
        self.ctx.events.meetingsChanged.emit()
