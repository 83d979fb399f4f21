"""A real application context over a temporary archive, with scripted prompts."""

from __future__ import annotations

import sqlite3

import pytest

from core import exchange
from core.store import MeetingStore
from gui.context import AppContext
from gui.prompts import ScriptedPrompts


@pytest.fixture
def ctx(qapp, tmp_path):
    path = tmp_path / "arsip.db"
    context = AppContext(MeetingStore.open(path), path, prompts=ScriptedPrompts())
    yield context
    context.saves.drop()  # nothing left to try on a closed archive
    context.undo_group.setActiveStack(None)
    context.store.close()


@pytest.fixture
def own_qsettings(tmp_path):
    """Window geometry and splitters kept in the test's own folder."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))


@pytest.fixture
def archive(ctx, qtbot, own_qsettings):
    """The archive window, shown; the meeting windows it opened are closed after."""
    from gui.archive.window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    for editor in list(win.editors.values()):
        editor.close()


@pytest.fixture
def example_id(ctx, example_path) -> int:
    """The shared rakor example imported into the context's archive."""
    return exchange.import_file(ctx.store, example_path)


@pytest.fixture(autouse=True)
def _empty_clipboard(qapp):
    """Tests that paste leave the clipboard empty: a QMimeData still held by the
    offscreen clipboard when the interpreter exits crashes Python's shutdown."""
    yield
    from PySide6.QtWidgets import QApplication

    QApplication.clipboard().clear()


@pytest.fixture
def lock(ctx):
    """Another program's write lock on the archive; ``lock.release()`` commits."""
    holder = Holder(ctx.db_path)
    yield holder
    holder.release()


class Holder:
    def __init__(self, path) -> None:  # noqa: ANN001
        self.conn = sqlite3.connect(path, timeout=0, isolation_level=None)
        self.held = False

    def take(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.held = True

    def release(self) -> None:
        if self.held:
            self.conn.execute("COMMIT")
            self.held = False
