"""D6 of issue 14 in the GUI: a damaged page found while opening a meeting is
said in the clerk's words ("rusak"), not as an unexpected error."""

from __future__ import annotations

import pytest

from core import exchange
from core.errors import StorageError
from core.store import MeetingStore
from gui import errors
from gui.prompts import ScriptedPrompts
from tests.core.test_reliability_templates import _damage_table
from tests.gui.test_app import start, started  # noqa: F401 - the fixture


def test_d6_a_damaged_page_opening_a_meeting_is_named(qtbot, started, tmp_path, example_path):  # noqa: F811
    db = tmp_path / "arsip.db"
    store = MeetingStore.open(db)
    meeting_id = exchange.import_file(store, example_path)
    store.close()
    _damage_table(db, "statements")
    prompts = ScriptedPrompts()
    run = start(started, ["--db", str(db)], prompts)
    assert run.window.view.model.rowCount() == 1  # the list still reads
    with pytest.raises(StorageError) as caught:  # from a slot, Qt hands it to the hook
        run.window.open_meeting(meeting_id)
    errors.ExceptHook(prompts)(StorageError, caught.value, None)
    [(kind, text)] = prompts.shown
    assert kind == "error" and "rusak" in text and str(db) in text
    assert "tak terduga" not in text
