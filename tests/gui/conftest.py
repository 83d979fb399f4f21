"""A real application context over a temporary archive, with scripted prompts."""

from __future__ import annotations

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
    context.undo_group.setActiveStack(None)
    context.store.close()


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
