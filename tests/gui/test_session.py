"""One session per open meeting: shared by its windows, locked in one place, ended with them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import model
from gui.editor.meeting_editor import PEMBAHASAN
from tests.gui.editor_helpers import key, open_editor, type_text


def test_two_editors_on_one_meeting_share_one_session(qtbot, ctx, example_id):
    first = open_editor(qtbot, ctx, example_id, keep=False)
    second = open_editor(qtbot, ctx, example_id, keep=False)
    assert first.session is second.session and first.attendees is second.attendees
    first.show_tab(PEMBAHASAN)
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    first.focus_capture()
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "Satu untuk dua jendela.")
    key(qtbot, Qt.Key.Key_Return)
    assert second.statements_panel.model.items[-1].text == "Satu untuk dua jendela."
    assert second.stack.count() == 1  # one history for the meeting
    session = first.session
    first.deleteLater()
    qtbot.waitUntil(lambda: session.holders == 1)
    assert ctx.sessions[example_id] is session  # the other window still uses it
    second.deleteLater()
    qtbot.waitUntil(lambda: example_id not in ctx.sessions)


def test_a_read_only_session_refuses_every_edit_in_one_place(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    session = editor.session
    before = ctx.store.get_meeting(example_id)
    session.read_only = True
    assert session.run(ctx.store.edit_header, example_id, {"title": "X"}, text="judul") is None
    assert not editor.agenda_panel.model.update(before.agenda[0].id, {"title": "Lain"})
    editor.agenda_panel.entry.setText("Agenda baru")
    editor.agenda_panel.add_from_entry()
    assert editor.agenda_panel.entry.text() == "Agenda baru"  # kept, as on any refusal
    assert ctx.prompts.shown[-1] == ("error", "Rapat ini terkunci; perubahan tidak disimpan.")
    assert ctx.store.get_meeting(example_id) == before
    assert session.stack.count() == 0
    session.read_only = False
    new = session.run(
        ctx.store.add_rows, "agenda", example_id, [model.AgendaItem("Lain-lain")], text="agenda"
    )
    assert new is not None and editor.agenda.items[-1].title == "Lain-lain"
