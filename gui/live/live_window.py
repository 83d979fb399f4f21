"""A narrow, always-on-top window for taking notes beside a Zoom window.

On a 1366×768 screen a video call takes two thirds; this window takes the
rest: the quick-pick strip, the speaker, agenda and time, the statement box
and the last three statements. It is a view on the same MeetingSession as the
meeting's full window: the same models, the same undo history, every
statement saved by the same capture bar (gui.editor.capture_bar) through
``session.run``; Ctrl+Z / Ctrl+Y undo and redo here too. Ctrl+Shift+L, in
either window, opens and closes it; the words being typed move with the
clerk (they travel as the meeting's draft).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.dates import clock_shown
from gui import keyboard
from gui.editor.capture_bar import CaptureBar
from gui.editor.meeting_editor import UndoKeys
from gui.widgets.save_state import SaveState

if TYPE_CHECKING:
    from gui.session import MeetingSession

SHOWN = 3  # statements shown above the box
SIZE = QSize(440, 620)  # beside a Zoom window on 1366×768


class LiveWindow(QWidget):
    closed = Signal()
    #: what an undo or redo did (shown in the capture bar's status line)
    notice = Signal(str)

    def __init__(self, session: MeetingSession, title: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.session = session
        session.hold(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Catat langsung — {0}").format(title))
        self.heading = QLabel(self.tr("Terakhir dicatat:"), self)
        self.heading.setStyleSheet("color: palette(dark);")
        self.last: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        for _ in range(SHOWN):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and words: never HTML
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(label)
            self.last.append(label)
        self.capture = CaptureBar(session, self, compact=True)
        self.save_state = SaveState(session.ctx, self, wrap=True)  # saves waiting for the archive
        layout.addWidget(self.save_state)
        layout.addWidget(self.capture, 1)
        toggle = QShortcut(keyboard.sequence("editor.live_window"), self)
        toggle.setContext(Qt.ShortcutContext.WindowShortcut)
        toggle.activated.connect(self.close)
        # Ctrl+Z / Ctrl+Y as in the meeting window: a field's own typing first, else the
        # meeting's history (UndoKeys reads ``stack`` and says what it did on ``notice``)
        self.stack = session.stack
        self.notice.connect(self.capture.status.setText)
        self.undo_keys = UndoKeys(self)
        statements = session.statements
        for signal in (statements.rowsInserted, statements.rowsRemoved, statements.rowsMoved,
                       statements.dataChanged, statements.modelReset):  # fmt: skip
            signal.connect(self.show_last)
        self.show_last()
        self.resize(SIZE)
        self.setMinimumSize(360, 480)

    def show_last(self, *_: object) -> None:
        """The last three statements, oldest first, so the newest sits by the box."""
        items = self.session.statements.items[-SHOWN:]
        for label, statement in zip(self.last, [None] * (SHOWN - len(items)) + items, strict=True):
            if statement is None:
                label.setText("")
                continue
            words = statement.text if len(statement.text) <= 160 else statement.text[:159] + "…"
            who = self.session.speaker_label(statement.speaker_id)
            label.setText(f"{clock_shown(statement.at)} · {who}\n{words}")

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.capture.focus_speaker()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.capture.flush()  # the words go back (gui.editor.meeting_editor), and as the draft
        super().closeEvent(event)
        self.closed.emit()
