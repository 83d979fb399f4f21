"""The application context handed to every window, panel and command.

One object holds the store, the change announcements, the prompt seam, the
archive's undo stack and the open meetings' sessions, so a test can build a
real one over a temporary archive. Every edit goes through :meth:`AppContext.run`:
run a core operation, push its undo, announce its ``Changes`` — or, while
another program holds the archive's write lock, queue it (gui.saves).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoGroup, QUndoStack

from core.errors import NotulaError
from core.store import MeetingStore
from gui.errors import clerk_message, summary
from gui.events import ArchiveEvents
from gui.prompts import Prompts
from gui.saves import FAILED, SAVED, Pending, PendingSaves

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from core.changes import Changes

log = logging.getLogger("notula.gui")

#: how long one GUI write waits inside SQLite for another program's lock: not
#: long enough to be felt; a save still refused then waits in ctx.saves
GUI_WAIT_S = 0.2


class AppContext:
    """What every window and command shares: the archive, the prompts, the
    archive's change signals and the undo histories."""

    def __init__(
        self, store: MeetingStore, db_path: Path | None, prompts: Prompts | None = None
    ) -> None:
        self.store = store
        store.set_busy_wait(GUI_WAIT_S)  # the command line keeps its 5 s
        self.db_path = db_path
        self.prompts = prompts if prompts is not None else Prompts()
        self.events = ArchiveEvents()
        self.undo_group = QUndoGroup()
        #: archive-level edits (new, imported or deleted meetings; the directory)
        self.archive_undo = QUndoStack()
        self.undo_group.addStack(self.archive_undo)
        #: the open meetings' sessions (gui.session.MeetingSession), by meeting id
        self.sessions: dict[int, QObject] = {}
        #: saves waiting for the archive another program holds
        self.saves = PendingSaves(self.events, self.prompts, self.report)

    def run(
        self,
        stack: QUndoStack,
        op: Callable[..., Changes],
        *args: Any,
        text: str,
        merge: Hashable | None = None,
        then: Callable[[Changes], object] | None = None,
    ) -> Changes | Pending | None:
        """Run one core operation; if it worked, push its undo on ``stack``,
        announce what changed and call ``then`` with the record (a bound method
        of a QObject: it is not called once that is gone). Returns the record;
        a :class:`Pending` when the archive is held by another program and the
        operation waits its turn (``then`` follows when it ran: the caller
        treats it as accepted — the words leave the box, the dialog closes);
        None if it failed.

        A failed operation (bad input, read-only archive) never reaches the
        undo history, and the clerk is told why.
        """
        pending = Pending(
            lambda: op(*args),
            lambda changes: self.record(stack, changes, text, merge),
            stack=stack,
            op=op,
            args=args,
        )
        if then is not None:
            pending.saved.connect(then)
        state = self.saves.submit(pending)
        if state == SAVED:
            return pending.result
        return None if state == FAILED else pending

    def record(
        self, stack: QUndoStack, changes: Changes, text: str, merge: Hashable | None = None
    ) -> Changes:
        """An operation that has run (the caller handled its errors): announce, push."""
        from gui.commands import OpCommand

        self.announce(changes)
        stack.push(OpCommand(self, stack, text, changes, merge))
        return changes

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed (also for changes made outside the undo history)."""
        self.events.changed.emit(changes)

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
            ).format(summary(exc), where)
        )
