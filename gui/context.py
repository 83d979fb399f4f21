"""The application context handed to every window, panel and command.

One object holds the store, the change announcements, the prompt seam and
the undo stacks, so a test can build a real one over a temporary archive.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from core.errors import NotulaError
from core.store import MeetingStore
from gui.events import ArchiveEvents
from gui.prompts import Prompts

log = logging.getLogger("notula.gui")


@dataclass
class AppContext:
    store: MeetingStore
    db_path: Path | None
    prompts: Prompts = field(default_factory=Prompts)
    events: ArchiveEvents = field(default_factory=ArchiveEvents)
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    #: archive-level edits (delete meeting, directory edits); each editor has its own stack
    archive_undo: QUndoStack = field(default_factory=QUndoStack)
    _meeting_stacks: dict[int, QUndoStack] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.undo_group.addStack(self.archive_undo)

    def meeting_undo(self, meeting_id: int) -> QUndoStack:
        """The undo history of one meeting, kept while the app runs."""
        stack = self._meeting_stacks.get(meeting_id)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._meeting_stacks[meeting_id] = stack
        return stack

    def run(self, stack: QUndoStack, command: QUndoCommand) -> bool:
        """Do ``command`` once; only if that worked, put it on ``stack``.

        A command that fails (bad input, locked or read-only archive) never
        reaches the undo history, and the clerk is told why.
        """
        from gui.commands import StoreCommand

        assert isinstance(command, StoreCommand)
        try:
            command.apply()
        except NotulaError as exc:
            self.report(exc)
            return False
        command.done_once = True
        stack.push(command)
        return True

    def report(self, exc: BaseException) -> None:
        """Tell the clerk; a NotulaError as is, anything else logged in full."""
        self.events.errorReported.emit(str(exc))
        if isinstance(exc, NotulaError):
            self.prompts.error(str(exc))
            return
        from core.logs import log_exception

        where = log_exception(exc)
        self.prompts.error(
            QCoreApplication.translate(
                "AppContext", "Terjadi kesalahan tak terduga: {0}\nRincian dicatat di {1}"
            ).format(exc, where)
        )
