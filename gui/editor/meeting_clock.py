"""Mulai rapat / Selesai: the clock of the meeting, one key each.

"Mulai rapat" (Ctrl+Shift+M) stamps the start time with the clock and puts
the clerk in the capture bar, where every statement is stamped with the clock
as it is saved. "Selesai" (Ctrl+Shift+E) stamps the end time and, when the
closing text is still empty, offers the usual one ("Rapat ditutup pukul 15.45
WIB."): both are one header edit, one undo step, through the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QTime
from PySide6.QtGui import QAction

from core.errors import NotulaError
from gui import keyboard
from gui.widgets.typed_fields import shown_time

CLOSING = "Rapat ditutup pukul {time}{zone}."


class MeetingClock(QObject):
    def __init__(self, editor: Any) -> None:
        """``editor``: the MeetingEditor (its session, notice signal and capture bar;
        not imported: the editor imports this module)."""
        super().__init__(editor)
        self.editor = editor
        self.session = editor.session
        self.start_action = self._action(
            self.tr("&Mulai rapat"), "editor.start_meeting", self.start
        )
        self.end_action = self._action(self.tr("&Selesai rapat"), "editor.end_meeting", self.end)

    def _action(self, text: str, key_id: str, slot: Any) -> QAction:
        action = QAction(text, self.editor)
        action.setShortcuts([keyboard.sequence(key_id)])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.editor.addAction(action)
        return action

    def now(self) -> str:
        return QTime.currentTime().toString("HH:mm")

    def start(self) -> bool:
        """The start time is now; the clerk goes on in the capture bar."""
        at = self.now()
        done = self._store({"start_time": at}, self.tr("Mulai rapat"))
        if done:
            self.editor.notice.emit(self.tr("Rapat dimulai pukul {0}.").format(shown_time(at)))
            self.editor.focus_capture()
        return done

    def end(self) -> bool:
        """The end time is now; an empty closing text may take the usual sentence."""
        at = self.now()
        values: dict[str, Any] = {"end_time": at}
        try:
            header = self.session.ctx.store.get_meeting_header(self.session.meeting_id)
        except NotulaError as exc:
            self.session.ctx.report(exc)
            return False
        if not (header.closing or "").strip():
            zone = f" {header.timezone}" if header.timezone else ""
            # words of the minutes, which are Indonesian whatever the window's language
            closing = CLOSING.format(time=shown_time(at), zone=zone)
            question = self.tr("Isi penutup notula dengan:\n“{0}”?").format(closing)
            if self.session.ctx.prompts.confirm(question, self.tr("Selesai"), self.tr("Isi")):
                values["closing"] = closing
        done = self._store(values, self.tr("Selesai rapat"))
        if done:
            self.editor.notice.emit(self.tr("Rapat selesai pukul {0}.").format(shown_time(at)))
        return done

    def _store(self, values: dict[str, Any], what: str) -> bool:
        store = self.session.ctx.store
        run = self.session.run(store.edit_header, self.session.meeting_id, values, text=what)
        return run is not None
