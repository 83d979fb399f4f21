"""The application context handed to every window, panel and command.

One object holds the store, the change announcements, the prompt seam and
the undo stacks, so a test can build a real one over a temporary archive.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoGroup, QUndoStack

from core.errors import NotulaError
from core.store import MeetingStore
from gui.errors import clerk_message
from gui.events import ArchiveEvents
from gui.prompts import Prompts

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoCommand

log = logging.getLogger("notula.gui")


class AppContext:
    """What every window and command shares: the archive, the prompts, the
    archive's change signals and the undo histories."""

    def __init__(
        self, store: MeetingStore, db_path: Path | None, prompts: Prompts | None = None
    ) -> None:
        self.store = store
        self.db_path = db_path
        self.prompts = prompts if prompts is not None else Prompts()
        self.events = ArchiveEvents()
        self.undo_group = QUndoGroup()
        #: archive-level edits (delete meeting, directory edits); each editor has its own stack
        self.archive_undo = QUndoStack()
        self.undo_group.addStack(self.archive_undo)
        self._meeting_stacks: dict[int, QUndoStack] = {}

    def meeting_undo(self, meeting_id: int) -> QUndoStack:
        """The undo history of one meeting, kept while the app runs."""
        stack = self._meeting_stacks.get(meeting_id)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            self._meeting_stacks[meeting_id] = stack
        return stack

    def run(self, stack: QUndoStack, command: QUndoCommand, report: bool = True) -> bool:
        """Do ``command`` once; only if that worked, put it on ``stack``.

        A command that fails (bad input, locked or read-only archive) never
        reaches the undo history, and the clerk is told why — unless
        ``report`` is False: a quiet retry of something already reported.
        """
        from gui.commands import StoreCommand

        assert isinstance(command, StoreCommand)
        try:
            command.apply()
        except NotulaError as exc:
            if report:
                self.report(exc)
            return False
        command.done_once = True
        stack.push(command)
        return True

    def report(self, exc: BaseException) -> None:
        """Tell the clerk; a NotulaError as is, anything else logged in full."""
        self.events.errorReported.emit(str(exc))
        if isinstance(exc, NotulaError):
            self.prompts.error(clerk_message(exc))
            return
        from core.logs import log_exception

        where = log_exception(exc)
        self.prompts.error(
            QCoreApplication.translate(
                "AppContext", "Terjadi kesalahan tak terduga: {0}\nRincian dicatat di {1}"
            ).format(exc, where)
        )
