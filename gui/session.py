"""One open meeting: what every window on it shares.

A :class:`MeetingSession` holds the meeting's id, its undo stack, the list
models that several panels show (one attendees model for the Peserta table,
the chair and note-taker pickers, the speaker picker and the statement
labels; one agenda model; one statements model...) and ``read_only``, so a
final meeting is locked in this one place. Every edit goes through
:meth:`MeetingSession.run`; the ``Changes`` it returns (or an undo's) reach
the models through :meth:`apply` and every widget through :attr:`changed`.

Each window (or editor) on the meeting holds the session; it ends, undo
history included, when the last one is gone.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from gui.editor.attendees_columns import AttendeesModel, attendee_columns
from gui.editor.combos import agenda_label
from gui.editor.list_columns import (
    action_columns,
    agenda_columns,
    attachment_columns,
    decision_columns,
    signatory_columns,
    statement_columns,
)
from gui.models.collection_model import CollectionModel

if TYPE_CHECKING:
    from core.changes import Changes
    from gui.context import AppContext
    from gui.saves import Pending


def open_session(ctx: AppContext, meeting_id: int) -> MeetingSession:
    """The meeting's session, shared by every window on it (made on first use)."""
    session = ctx.sessions.get(meeting_id)
    if not isinstance(session, MeetingSession):
        session = ctx.sessions[meeting_id] = MeetingSession(ctx, meeting_id)
    return session


class MeetingSession(QObject):
    #: what one operation (or its undo) changed in this meeting
    changed = Signal(object)
    #: the meeting was finalised (True) or reopened as a new draft (False)
    lockChanged = Signal(bool)

    def __init__(self, ctx: AppContext, meeting_id: int) -> None:
        super().__init__()
        self.ctx = ctx
        self.meeting_id = meeting_id
        #: every edit refused: the meeting is final (the archive's triggers lock it too)
        self.read_only = ctx.store.is_final(meeting_id)
        self.stack = QUndoStack(ctx.undo_group)
        self.holders = 0
        #: the agenda item the clerk last chose or used (see current_agenda)
        self.agenda_choice: int | None = None
        self.labels: dict[int, str] = {}  # attendee id → label
        self.titles: dict[int, str] = {}  # agenda id → "1. title"
        self.attendees = AttendeesModel(self, "attendees", attendee_columns(), self)
        self.agenda = CollectionModel(self, "agenda", agenda_columns(), self)
        self.statements = CollectionModel(
            self, "statements", statement_columns(self.speaker_label, self.agenda_title), self
        )
        self.decisions = CollectionModel(
            self, "decisions", decision_columns(self.agenda_title), self
        )
        self.actions = CollectionModel(self, "actions", action_columns(self.agenda_title), self)
        self.signatories = CollectionModel(
            self, "signatories", signatory_columns(self.attendee), self
        )
        self.attachments = CollectionModel(self, "attachments", attachment_columns(), self)
        self.models = (self.attendees, self.agenda, self.statements, self.decisions, self.actions,
                       self.signatories, self.attachments)  # fmt: skip
        # before any panel connects: the lookups are fresh when the panels redraw
        for model, read in ((self.attendees, self._read_labels), (self.agenda, self._read_titles)):
            for signal in (model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                           model.dataChanged, model.modelReset):  # fmt: skip
                signal.connect(read)
            read()
        ctx.events.changed.connect(self.apply)

    # ---- editing -------------------------------------------------------------------

    def run(
        self,
        op: Callable[..., Changes],
        *args: Any,
        text: str,
        merge: Hashable | None = None,
        then: Callable[[Changes], object] | None = None,
    ) -> Changes | Pending | None:
        """Run one core operation on this meeting as one undo step (see
        AppContext.run: a Pending while it waits for the archive)."""
        if self.read_only:
            self.ctx.prompts.error(self.tr("Rapat ini terkunci; perubahan tidak disimpan."))
            return None
        return self.ctx.run(self.stack, op, *args, text=text, merge=merge, then=then)

    def finalise(self) -> tuple[int, str] | None:
        """Lock the meeting as its next final revision; None if the archive refused."""
        return self._records(lambda: self.ctx.store.finalise(self.meeting_id), self.finalising())

    def reopen(self, reason: str) -> int | None:
        """Start the next draft revision; its number, or None if refused."""
        return self._records(
            lambda: self.ctx.store.reopen(self.meeting_id, reason), self.reopening()
        )

    def finalising(self) -> str:
        """What finalising is called in a sentence ("… dapat dilakukan …")."""
        return self.tr("finalisasi")

    def reopening(self) -> str:
        return self.tr("membuka revisi baru")

    def _records(self, step: Callable[[], Any], doing: str) -> Any:
        """Finalise or reopen: not undoable steps, so the history before them ends.
        Never ahead of saves still waiting for the archive (the signed revision holds
        everything the clerk typed); a lock met here is said as such, not as an error."""
        from core.errors import NotulaError
        from gui.saves import is_locked

        if not self.ctx.saves.settled(doing):
            return None
        try:
            result = step()
        except NotulaError as exc:
            if is_locked(exc):
                self.ctx.saves.tell_locked(doing)
            else:
                self.ctx.prompts.error(str(exc))
            return None
        self.stack.clear()
        self.read_only = self.ctx.store.is_final(self.meeting_id)
        self.lockChanged.emit(self.read_only)
        return result

    def apply(self, changes: Changes) -> None:
        """The models follow a change to this meeting, then every widget hears of it."""
        if changes.meeting_id != self.meeting_id:
            return
        for model in self.models:
            model.apply(changes)
        self.changed.emit(changes)

    def model(self, collection: str) -> CollectionModel:
        """The shared model of one list ("agenda", "attendees", ...)."""
        return next(m for m in self.models if m.collection == collection)

    # ---- lookups the lists share ------------------------------------------------------

    def _read_labels(self, *_: object) -> None:
        self.labels = {a.id: a.label for a in self.attendees.items}

    def _read_titles(self, *_: object) -> None:
        self.titles = {a.id: agenda_label(row, a) for row, a in enumerate(self.agenda.items)}

    def speaker_label(self, attendee_id: int | None) -> str:
        return self.labels.get(attendee_id, "") if attendee_id is not None else ""

    def attendee(self, attendee_id: int | None) -> Any:
        """The attendee with this id in the shared list, or None."""
        if attendee_id is None:
            return None
        return next((a for a in self.attendees.items if a.id == attendee_id), None)

    def agenda_title(self, agenda_id: int | None) -> str:
        return self.titles.get(agenda_id, "") if agenda_id is not None else ""

    def current_agenda(self) -> int | None:
        """The agenda item being discussed, for a new statement, decision or follow-up:
        the one last chosen or used, else the last statement's, else the first (or only)."""
        ids = [a.id for a in self.agenda.items]
        if self.agenda_choice in ids:
            return self.agenda_choice
        for statement in reversed(self.statements.items):
            if statement.agenda_id in ids:
                return statement.agenda_id
        return ids[0] if ids else None

    # ---- who holds it -------------------------------------------------------------------

    def hold(self, holder: QObject) -> None:
        """``holder`` (a window, an editor) uses the session until it is destroyed."""
        self.holders += 1
        holder.destroyed.connect(self.release)

    def release(self, *_: object) -> None:
        self.holders -= 1
        if self.holders > 0:
            return
        self.ctx.sessions.pop(self.meeting_id, None)
        with contextlib.suppress(RuntimeError):  # at exit the application may go first
            self.ctx.saves.drop(self.stack)  # its windows asked the clerk before closing
            self.ctx.events.changed.disconnect(self.apply)
            group = self.ctx.undo_group
            if group.activeStack() is self.stack:
                group.setActiveStack(self.ctx.archive_undo)
            group.removeStack(self.stack)
            self.stack.clear()
            self.deleteLater()
