"""One meeting, in seven tabs a clerk reads left to right.

Rincian (header) · Peserta (attendance) · Agenda · Pembahasan (the
statements and the capture bar: where the clerk lives during a rakor) ·
Keputusan · Tindak Lanjut · Dokumentasi (pictures). Alt+1 … Alt+7 switch tabs and put the focus in
the tab's first field, so the whole editor works without a mouse.

The lists are read once, by the meeting's session (gui.session), and shared
by every panel that needs them (pickers, filters, combos) and every window on
the meeting; each model follows the session's ``Changes`` records.

Undo — one clear rule for Ctrl+Z (and Ctrl+Shift+Z / Ctrl+Y for redo):
if the focus is in a text field that has typing of its own to undo, Ctrl+Z
undoes that typing, as in any text box; otherwise — in a table, on a button,
in a text field with nothing of its own left to undo — it undoes the last
change to the meeting (this meeting's undo stack). Either way the keys are
claimed here while the focus is inside the editor, so a window around the
editor that also binds Ctrl+Z to this stack never makes them ambiguous.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from gui import keyboard
from gui.commands import HistoryActions
from gui.context import AppContext
from gui.editor.actions_panel import ActionsPanel
from gui.editor.agenda_panel import AgendaPanel
from gui.editor.attendees_panel import AttendeesPanel
from gui.editor.capture_bar import CaptureBar
from gui.editor.decisions_panel import DecisionsPanel
from gui.editor.documentation_panel import DocumentationPanel
from gui.editor.header_form import HeaderForm
from gui.editor.meeting_clock import MeetingClock
from gui.editor.signatories_panel import SignatoriesPanel
from gui.editor.statements_panel import StatementsPanel
from gui.session import open_session

RINCIAN, PESERTA, AGENDA, PEMBAHASAN, KEPUTUSAN, TINDAK_LANJUT, DOKUMENTASI = range(7)


def _undo_kind(event: QKeyEvent) -> str | None:
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ctrl = Qt.KeyboardModifier.ControlModifier
    if event.key() == Qt.Key.Key_Y and mods == ctrl:
        return "redo"
    if event.key() == Qt.Key.Key_Z and mods == ctrl | Qt.KeyboardModifier.ShiftModifier:
        return "redo"
    return None


def has_local(widget: QObject, kind: str) -> bool:
    """Does this text field have typing of its own to undo (or redo)?"""
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isUndoAvailable() if kind == "undo" else widget.isRedoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly():
            return False
        doc = widget.document()
        return doc.isUndoAvailable() if kind == "undo" else doc.isRedoAvailable()
    return False


class UndoKeys(QObject):
    """Applies the editor's undo rule (see the module docstring).

    It watches only the widget that has the focus inside the editor (moved
    along on QApplication.focusChanged), so the rest of the app pays nothing.
    """

    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.watched: QWidget | None = None
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            inside = new is not None and self.editor.isAncestorOf(new)
        except RuntimeError:  # the editor is being deleted
            return
        if self.watched is not None:
            with contextlib.suppress(RuntimeError):  # it may be gone already
                self.watched.removeEventFilter(self)
            self.watched = None
        if inside:
            new.installEventFilter(self)
            self.watched = new

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind_of_event = event.type()
        if kind_of_event not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        kind = _undo_kind(event)
        if kind is None:
            return False  # not ours
        if has_local(watched, kind):
            standard = (
                QKeySequence.StandardKey.Undo if kind == "undo" else QKeySequence.StandardKey.Redo
            )
            if event.matches(standard):
                return False  # the field undoes its own typing
            # a key the field does not read so on this platform (Ctrl+Y on X11): for it
            if kind_of_event == QEvent.Type.KeyPress:
                field = watched.lineEdit() if isinstance(watched, QComboBox) else watched
                getattr(field, kind)()
            event.accept()
            return True
        if kind_of_event == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no window shortcut fires, the key press comes here
            return True
        stack = self.editor.stack
        if self.editor.session.ctx.saves.waiting():  # an undo now would jump the queue
            text = QCoreApplication.translate(
                "MeetingEditor", "Tunggu: urungkan/ulangi bisa lagi setelah perubahan tersimpan."
            )
        elif kind == "undo" and stack.canUndo():
            text = QCoreApplication.translate("MeetingEditor", "Diurungkan: {0}")
            text = text.format(stack.undoText())
            stack.undo()
        elif kind == "redo" and stack.canRedo():
            text = QCoreApplication.translate("MeetingEditor", "Diulangi: {0}")
            text = text.format(stack.redoText())
            stack.redo()
        else:
            return True
        # said out loud: a Ctrl+Z pressed once too often in a text box has just
        # undone a change to the meeting (a statement captured, a row deleted)
        self.editor.notice.emit(text)
        return True


class MeetingEditor(QWidget):
    #: a short message for the window's status bar (what Ctrl+Z / Ctrl+Y just did)
    notice = Signal(str)

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.session = session = open_session(ctx, meeting_id)
        session.hold(self)
        self.stack = session.stack
        self.attendees = session.attendees
        self.agenda = session.agenda
        self.statements = session.statements
        self.header = HeaderForm(session, self)
        self.attendees_panel = AttendeesPanel(session, self)
        self.agenda_panel = AgendaPanel(session, self)
        self.statements_panel = StatementsPanel(session, self)
        self.capture = CaptureBar(session, self)
        self.capture.captured.connect(self.statements_panel.show_item)
        self.decisions_panel = DecisionsPanel(session, self)
        self.actions_panel = ActionsPanel(session, self)
        self.signatories_panel = SignatoriesPanel(session, self)
        self.details = QSplitter(Qt.Orientation.Vertical, self)  # the meeting, then who signs
        self.details.addWidget(self.header)
        self.details.addWidget(self.signatories_panel)
        self.details.setStretchFactor(0, 3)
        self.details.setStretchFactor(1, 1)
        self.documentation_panel = DocumentationPanel(session, self)

        self.discussion = QSplitter(Qt.Orientation.Vertical, self)
        self.discussion.setObjectName("pembahasan")
        self.discussion.addWidget(self.statements_panel)
        self.discussion.addWidget(self.capture)
        self.discussion.setStretchFactor(0, 3)
        self.discussion.setStretchFactor(1, 1)
        self.discussion.setCollapsible(1, False)
        self.discussion.setSizes([520, 210])

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        pages = [
            (self.details, self.tr("Rincian")),
            (self.attendees_panel, self.tr("Peserta")),
            (self.agenda_panel, self.tr("Agenda")),
            (self.discussion, self.tr("Pembahasan")),
            (self.decisions_panel, self.tr("Keputusan")),
            (self.actions_panel, self.tr("Tindak Lanjut")),
            (self.documentation_panel, self.tr("Dokumentasi")),
        ]
        self.tab_names = [name for _page, name in pages]
        for n, (page, name) in enumerate(pages):
            self.tabs.addTab(page, name)
            self.tabs.setTabToolTip(n, self.tr("{0} (Alt+{1})").format(name, n + 1))
            shortcut = QShortcut(QKeySequence(f"Alt+{n + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=n: self.show_tab(n))
        for key_id, collection in (("statement.to_decision", "decisions"),
                                   ("statement.to_action", "actions")):  # fmt: skip
            shortcut = QShortcut(keyboard.sequence(key_id), self.discussion)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda c=collection: self.promote_statement(c))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.counted = (
            (PESERTA, self.attendees),
            (AGENDA, self.agenda),
            (PEMBAHASAN, self.statements),
            (KEPUTUSAN, session.decisions),
            (TINDAK_LANJUT, session.actions),
            (DOKUMENTASI, session.attachments),
        )
        for _tab, model in self.counted:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self._show_counts)
        self._show_counts()

        self.history = HistoryActions(ctx, self.stack, self, self.tr("Urungkan"), self.tr("Ulangi"))
        self.undo_action, self.redo_action = self.history.undo, self.history.redo
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_keys = UndoKeys(self)
        self.clock = MeetingClock(self)
        self.live = None  # the compact live window, while open (gui.live)
        self.live_action = QAction(self.tr("Jendela catat &ringkas"), self)
        self.live_action.setShortcuts([keyboard.sequence("editor.live_window")])
        self.live_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.live_action.triggered.connect(self.toggle_live)
        self.addAction(self.live_action)

        has_talk = self.statements.rowCount() > 0 or self.capture.text.toPlainText() != ""
        self.tabs.setCurrentIndex(PEMBAHASAN if has_talk else RINCIAN)

    def _show_counts(self, *_: object) -> None:
        """``Pembahasan (12)``: how much each tab holds, at a glance."""
        for tab, model in self.counted:
            name, n = self.tab_names[tab], model.rowCount()
            self.tabs.setTabText(tab, self.tr("{0} ({1})").format(name, n) if n else name)

    # ---- focus -----------------------------------------------------------------------

    def promote_statement(self, collection: str) -> bool:
        """Ctrl+Shift+D / Ctrl+Shift+T: the selected statement as a decision or follow-up."""
        from gui.editor.promote_dialog import PromoteDialog

        statement = self.statements_panel.current_item()
        if statement is None:
            self.notice.emit(self.tr("Pilih pernyataan dahulu."))
            return False
        focus = QApplication.focusWidget()
        self.promote_dialog = PromoteDialog(self.session, statement, collection, self)
        done = self.promote_dialog.exec() == QDialog.DialogCode.Accepted
        if done:
            noun = self.tr("Keputusan") if collection == "decisions" else self.tr("Tindak lanjut")
            self.notice.emit(self.tr("{0} ditambahkan (Ctrl+Z membatalkan).").format(noun))
        self.window().activateWindow()
        if focus is not None:
            focus.setFocus()  # back to where the clerk was typing
        return done

    def toggle_live(self) -> None:
        """Ctrl+Shift+L: the compact live window on the same session, or back here.
        The words being typed go along (kept as the meeting's draft)."""
        if self.live is not None:
            self.live.close()
            return
        from gui.live.live_window import LiveWindow

        self.capture.flush()  # kept as the draft too, should Notula stop meanwhile
        title = self.window().windowTitle() or self.tr("Rapat")
        self.live = LiveWindow(self.session, title)
        self.live.capture.take_over(self.capture)
        self.capture.hand_over()
        self.live.closed.connect(self._live_closed)
        self.live.show()
        self.live.activateWindow()

    def _live_closed(self) -> None:
        live, self.live = self.live, None
        if live is not None:
            self.capture.take_over(live.capture)
        self.window().activateWindow()
        self.focus_capture()

    def show_tab(self, tab: int) -> None:
        """Switch tab and put the focus where the clerk will type."""
        self.tabs.setCurrentIndex(tab)
        if tab == PEMBAHASAN:
            self.focus_capture()
            return
        target: QWidget | None = {
            RINCIAN: self.header.title,
            AGENDA: self.agenda_panel.table,
            KEPUTUSAN: self.decisions_panel.table,
            TINDAK_LANJUT: self.actions_panel.table,
            DOKUMENTASI: self.documentation_panel.table,
        }.get(tab)
        if target is None:
            page = self.tabs.widget(tab)
            target = next(
                (
                    w
                    for w in page.findChildren(QWidget)
                    if isinstance(w, QLineEdit | QAbstractItemView) and w.isVisibleTo(page)
                ),
                page,
            )
        if isinstance(target, QAbstractItemView) and not target.currentIndex().isValid():
            model = target.model()
            if model is not None and model.rowCount():
                target.setCurrentIndex(model.index(0, 0))
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_capture(self) -> None:
        """The Pembahasan tab with the focus in the capture bar, ready to type."""
        self.tabs.setCurrentIndex(PEMBAHASAN)
        if self.capture.text.toPlainText() and self.capture.speaker.speaker_id is not None:
            self.capture.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.capture.focus_speaker()

    # ---- closing ---------------------------------------------------------------------

    def flush(self) -> None:
        """Store typing still waiting for its debounce (the editor is hidden or
        going away)."""
        self.header.flush()
        self.capture.flush()

    def failed(self) -> list[str]:
        """What the archive refused to store and the editor still holds (typing
        still within its half-second debounce is not a failure)."""
        return self.header.failed() + self._typing(self.capture.refused())

    def unsaved(self) -> list[str]:
        """After :meth:`flush`: what closing now would lose, besides the saves
        waiting for the archive (ctx.saves)."""
        return self.header.unsaved() + self._typing(self.capture.unsaved())

    def _typing(self, holds: bool) -> list[str]:
        return [self.tr("teks pernyataan yang sedang diketik")] if holds else []

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)
