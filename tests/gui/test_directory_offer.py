"""Issue 16, item 8: a correction to an attendee offers to correct the directory
entry too (Enter: yes), naming the meetings that keep the old snapshot."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import model
from tests.gui.editor_helpers import (
    activate,
    answer_dialog,
    key,
    new_meeting,
    open_editor,
    type_text,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_corrected_jabatan_may_reach_the_directory(qtbot, ctx):
    store = ctx.store
    person = store.add_person(model.Person(name="Siti Aminah", position="Kabid Perdagangan"))
    old = new_meeting(ctx, "Rakor Januari", "2024-01-08")
    ours = new_meeting(ctx, "Rakor Februari", "2024-02-05")
    for meeting_id in (old, ours):
        store.add_rows("attendees", meeting_id, [store.attendee_from_person(person)])
    editor = open_editor(qtbot, ctx, ours)
    panel = editor.attendees_panel
    key(qtbot, Qt.Key.Key_2, ALT)
    panel.select_row(0)
    panel.table.setFocus()

    def correct(dialog) -> None:  # noqa: ANN001
        activate(qtbot, dialog)
        key(qtbot, Qt.Key.Key_J, ALT)  # &Jabatan
        key(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, "Kepala Bidang Perdagangan")
        key(qtbot, Qt.Key.Key_Return)

    ctx.prompts.confirm_answers = [True]
    answer_dialog(correct)
    key(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: store.get_person(person.id).position == "Kepala Bidang Perdagangan")
    kind, question = ctx.prompts.shown[-1]
    assert kind == "confirm" and "Siti Aminah" in question
    assert "Rakor Januari" in question and "8 Januari 2024" in question
    assert "Rakor Februari" not in question
    # the other meeting keeps its snapshot; this one has the correction
    assert store.list_items("attendees", old)[0].position == "Kabid Perdagangan"
    assert store.list_items("attendees", ours)[0].position == "Kepala Bidang Perdagangan"
    editor.stack.undo()  # the directory step first
    assert store.get_person(person.id).position == "Kabid Perdagangan"
    assert store.list_items("attendees", ours)[0].position == "Kepala Bidang Perdagangan"


def test_no_is_kept_to_this_meeting_and_other_fields_ask_nothing(qtbot, ctx):
    store = ctx.store
    person = store.add_person(model.Person(name="Budi", position="Camat"))
    ours = new_meeting(ctx)
    store.add_rows("attendees", ours, [store.attendee_from_person(person)])
    editor = open_editor(qtbot, ctx, ours)
    panel = editor.attendees_panel
    row = store.list_items("attendees", ours)[0]
    ctx.prompts.confirm_answers = [False]
    panel.model.update(row.id, {"position": "Camat Muntok"}, "peserta")
    from gui.editor.directory_offer import offer_directory_update

    assert not offer_directory_update(editor.session, row, {"position": "Camat Muntok"})
    assert "Tidak ada rapat lain" in ctx.prompts.shown[-1][1]
    assert store.get_person(person.id).position == "Camat"
    shown = len(ctx.prompts.shown)
    assert not offer_directory_update(editor.session, row, {"present": False})
    assert len(ctx.prompts.shown) == shown
