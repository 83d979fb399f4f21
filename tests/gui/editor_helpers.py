"""Shared steps for the meeting editor tests: open an editor as a clerk would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from core import model
from gui.editor.meeting_editor import MeetingEditor


def open_editor(qtbot, ctx, meeting_id: int, keep: bool = True) -> MeetingEditor:  # noqa: ANN001
    """A shown, active editor; ``keep=False`` when the test deletes it itself."""
    editor = MeetingEditor(ctx, meeting_id)
    if keep:
        qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def new_meeting(ctx, title: str = "Rapat Baru", date: str = "2024-03-01") -> int:  # noqa: ANN001
    return ctx.store.create_meeting(model.Meeting(title=title, date=date, status="draft"))


def activate(qtbot, window) -> None:  # noqa: ANN001
    """Show ``window`` (a dialog, a window) as the active one: the keys go to it."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focused():  # noqa: ANN201
    return QApplication.focusWidget()


def key(qtbot, k, mods=None, widget=None) -> None:  # noqa: ANN001
    """Press a key where a user's key would go: an open popup, else the focus."""
    from PySide6.QtCore import Qt

    target = widget or QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, k, mods or Qt.KeyboardModifier.NoModifier)


def type_text(qtbot, text: str) -> None:  # noqa: ANN001
    """Type into the focused widget; characters beyond ASCII (“ ” é) too."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    for char in text:
        if char.isascii():
            qtbot.keyClicks(target, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, target, Qt.Key.Key_unknown, char,
                Qt.KeyboardModifier.NoModifier,
            )  # fmt: skip


class _WhenShown(QObject):
    """Hands the next modal dialog that is shown to ``fill`` (once its loop runs)."""

    def __init__(self, fill: Callable[[QDialog], None]) -> None:
        super().__init__()
        self.fill = fill

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isModal():
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.fill(watched))
            _pending.discard(self)
        return False


_pending: set[_WhenShown] = set()


def answer_dialog(fill: Callable[[QDialog], None]) -> None:
    """Fill the next modal dialog as soon as it is shown (exec() blocks the test).

    Waits on the dialog's Show event, not on a clock: no polling."""
    spy = _WhenShown(fill)
    _pending.add(spy)  # kept alive until the dialog comes
    QApplication.instance().installEventFilter(spy)
