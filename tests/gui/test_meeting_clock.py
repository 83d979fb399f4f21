"""Issue 16, item 14: Mulai rapat and Selesai stamp the meeting's times."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from tests.gui.editor_helpers import focused, key, new_meeting, open_editor
from tests.gui.test_keyboard_contract import press

CLOCK = r"[0-2][0-9]:[0-5][0-9]"


def test_start_and_end_stamp_the_times_and_offer_the_closing(qtbot, ctx):
    meeting_id = new_meeting(ctx)
    ctx.store.edit_header(meeting_id, {"timezone": "WIB"})
    editor = open_editor(qtbot, ctx, meeting_id)
    press(qtbot, "editor.start_meeting")
    header = ctx.store.get_meeting_header(meeting_id)
    assert re.fullmatch(CLOCK, header.start_time)
    assert focused() is editor.capture.speaker, "ready to capture"
    assert editor.header.start.text() == header.start_time.replace(":", ".")
    ctx.prompts.confirm_answers = [True]
    press(qtbot, "editor.end_meeting")
    header = ctx.store.get_meeting_header(meeting_id)
    assert re.fullmatch(CLOCK, header.end_time)
    shown = header.end_time.replace(":", ".")
    assert header.closing == f"Rapat ditutup pukul {shown} WIB."
    assert editor.header.closing.toPlainText() == header.closing
    key(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step
    header = ctx.store.get_meeting_header(meeting_id)
    assert header.closing is None and header.end_time is None


def test_a_written_closing_is_left_alone(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    before = ctx.store.get_meeting_header(example_id).closing
    shown = len(ctx.prompts.shown)
    editor.header.title.setFocus()
    press(qtbot, "editor.end_meeting")
    assert ctx.store.get_meeting_header(example_id).closing == before
    assert len(ctx.prompts.shown) == shown, "nothing asked"
