"""The one undo command: a core operation that has run, and its inverse.

A core operation (``core.store.operations``) returns a :class:`Changes`
whose ``undo`` is the operation that puts back what it replaced; running that
returns another record whose ``undo`` is the redo. So one command serves
every list, the header, whole meetings and the directory: undo runs one
``Op``, keeps the inverse it returns for redo, and hands the record to
:meth:`AppContext.announce` so the views redraw what changed.

The command is pushed after the operation has run (see :meth:`AppContext.run`),
so the first redo that ``QUndoStack.push`` calls is skipped. Commands with the
same merge key (typing in one field) merge into one undo step.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from core.changes import Changes, Op
    from gui.context import AppContext

MERGE_IDS: dict[Hashable, int] = {}


def merge_id(key: Hashable) -> int:
    """A stable small integer per merge key for QUndoCommand.id()."""
    return MERGE_IDS.setdefault(key, len(MERGE_IDS) + 1)


class OpCommand(QUndoCommand):
    def __init__(
        self, ctx: AppContext, text: str, changes: Changes, merge: Hashable | None = None
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.changes = changes
        self.undo_op: Op | None = changes.undo
        self.redo_op: Op | None = None  # known once undone: the inverse of the undo
        self._id = -1 if merge is None else merge_id(merge)
        self.pushed = False

    def redo(self) -> None:
        if not self.pushed:  # the operation ran before the push
            self.pushed = True
            return
        self.undo_op = self._step(self.redo_op)

    def undo(self) -> None:
        self.redo_op = self._step(self.undo_op)

    def _step(self, op: Op | None) -> Op | None:
        """Run ``op``, announce what it changed; returns the way back."""
        if op is None:
            return None
        try:
            changes = op.run()
        except Exception as exc:  # noqa: BLE001 - never let Qt swallow or crash on it
            self.setObsolete(True)
            self.ctx.report(exc)
            return None
        self.ctx.announce(changes)
        return changes.undo

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing on in the same field: one step whose undo is still the first one's."""
        return isinstance(other, OpCommand) and other.id() == self.id() != -1
