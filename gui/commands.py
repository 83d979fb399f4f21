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

An undo or redo goes through the same queue as every save (gui.saves): while
the archive is held by another program it waits there, and the history it
belongs to offers no further undo or redo until it ran (:class:`HistoryActions`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack
from shiboken6 import isValid

from gui.saves import FAILED, Pending

if TYPE_CHECKING:
    from core.changes import Changes, Op
    from gui.context import AppContext

MERGE_IDS: dict[Hashable, int] = {}


def merge_id(key: Hashable) -> int:
    """A stable small integer per merge key for QUndoCommand.id()."""
    return MERGE_IDS.setdefault(key, len(MERGE_IDS) + 1)


class OpCommand(QUndoCommand):
    def __init__(
        self,
        ctx: AppContext,
        stack: QUndoStack,
        text: str,
        changes: Changes,
        merge: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.stack = stack
        self.changes = changes
        self.undo_op: Op | None = changes.undo
        self.redo_op: Op | None = None  # known once undone: the inverse of the undo
        self._id = -1 if merge is None else merge_id(merge)
        self.pushed = False

    def redo(self) -> None:
        if not self.pushed:  # the operation ran before the push
            self.pushed = True
            return
        op, self.undo_op = self.redo_op, None
        self._step(op, lambda back: setattr(self, "undo_op", back))

    def undo(self) -> None:
        op, self.redo_op = self.undo_op, None
        self._step(op, lambda back: setattr(self, "redo_op", back))

    def _step(self, op: Op | None, keep: Callable[[Op | None], object]) -> None:
        """Run ``op`` (now, or once the archive is free), announce what it
        changed and ``keep`` the way back."""
        if op is None:
            return

        def finish(changes: Changes) -> None:
            self.ctx.announce(changes)
            keep(changes.undo)

        if self.ctx.saves.submit(Pending(op.run, finish, stack=self.stack)) == FAILED:
            self.setObsolete(True)  # reported; Qt takes the step out of the history

    def id(self) -> int:
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Typing on in the same field: one step whose undo is still the first one's."""
        return isinstance(other, OpCommand) and other.id() == self.id() != -1


class HistoryActions(QObject):
    """Undo and redo actions for a stack or a group, like its createUndoAction's,
    but disabled while saves wait for the archive: an undo then would run
    before the saves queued ahead of it and reorder the history."""

    def __init__(
        self, ctx: AppContext, history: QUndoStack | QUndoGroup, parent: QObject, undo: str,
        redo: str,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx = ctx
        self.history = history
        self.words = (undo, redo)
        self.undo = QAction(undo, parent)
        self.redo = QAction(redo, parent)
        self.undo.triggered.connect(self.do_undo)
        self.redo.triggered.connect(self.do_redo)
        for signal in (history.canUndoChanged, history.canRedoChanged, history.undoTextChanged,
                       history.redoTextChanged, ctx.events.savesWaiting):  # fmt: skip
            signal.connect(self.refresh)
        if isinstance(history, QUndoGroup):
            history.activeStackChanged.connect(self.refresh)
        self.refresh()

    def free(self) -> bool:
        """Nothing waits for the archive: undo and redo may run."""
        return not self.ctx.saves.waiting()

    def refresh(self, *_: object) -> None:
        if not isValid(self.history):  # a stack being destroyed signals it is emptied
            return
        free = self.free()
        self.undo.setEnabled(free and self.history.canUndo())
        self.redo.setEnabled(free and self.history.canRedo())
        undo_word, redo_word = self.words
        for action, word, what in ((self.undo, undo_word, self.history.undoText()),
                                   (self.redo, redo_word, self.history.redoText())):  # fmt: skip
            action.setText(f"{word} {what}" if what else word)
        tip = "" if free else QCoreApplication.translate(
            "HistoryActions", "Tunggu sampai perubahan yang menunggu arsip tersimpan."
        )  # fmt: skip
        self.undo.setToolTip(tip)
        self.redo.setToolTip(tip)

    def do_undo(self) -> None:
        if self.free():
            self.history.undo()

    def do_redo(self) -> None:
        if self.free():
            self.history.redo()
