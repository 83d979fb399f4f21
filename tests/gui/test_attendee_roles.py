"""Issue 16, item 7: the role in "Peserta baru", Ctrl+E from "Tambah peserta", and
the role Pimpinan kept in step with the meeting's Pimpinan rapat both ways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.editor import attendees_columns as cols
from tests.gui.editor_helpers import activate, answer_dialog, focused, key, open_editor, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def chair(ctx, meeting_id):  # noqa: ANN001, ANN201
    return ctx.store.get_meeting_header(meeting_id).chair_id


def test_a_new_person_who_chairs_becomes_the_meetings_chair(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.attendees_panel
    seen = {}

    def fill(dialog) -> None:  # noqa: ANN001
        activate(qtbot, dialog)
        key(qtbot, Qt.Key.Key_E, ALT)  # P&eran
        seen["focus"] = focused() is dialog.role
        assert dialog.role.currentData() == "participant"
        key(qtbot, Qt.Key.Key_Home)  # Pimpinan is the first role
        seen["role"] = dialog.role.currentData()
        key(qtbot, Qt.Key.Key_Return)

    key(qtbot, Qt.Key.Key_2, ALT)
    key(qtbot, Qt.Key.Key_T, ALT)  # &Tambah peserta
    assert focused() is panel.add_edit
    type_text(qtbot, "Drs. Eko Prasetyo")
    answer_dialog(fill)
    key(qtbot, Qt.Key.Key_R, ALT)  # Peserta ba&ru…
    qtbot.waitUntil(lambda: "role" in seen)
    assert seen == {"focus": True, "role": "chair"}
    added = ctx.store.list_items("attendees", example_id)[-1]
    assert (added.name, added.role) == ("Drs. Eko Prasetyo", "chair")
    assert chair(ctx, example_id) == added.id
    assert editor.header.chair.current_id() == added.id
    # the former chair is a participant now, in the archive and in the table
    row = panel.model.rowCount() - 1
    assert panel.model.index(row, cols.ROLE).data() == "Pimpinan"
    roles = [a.role for a in ctx.store.list_items("attendees", example_id)]
    assert roles.count("chair") == 1
    bar = editor.capture  # the chair is quick pick 1 (the strip follows on its timer)
    qtbot.waitUntil(lambda: bar.speaker.quick and bar.speaker.quick[0].id == added.id)


def test_the_header_chair_gives_the_role_and_ctrl_z_takes_both_back(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    people = {a.name: a for a in ctx.store.list_items("attendees", example_id)}
    agus = people["Agus Salim, S.P."]
    key(qtbot, Qt.Key.Key_1, ALT)
    key(qtbot, Qt.Key.Key_R, ALT)  # Pimpinan &rapat
    form = editor.header
    assert focused() is form.chair
    form.chair.setCurrentIndex(form.chair.findData(agus.id))  # as the arrow keys would
    assert chair(ctx, example_id) == agus.id
    roles = {a.name: a.role for a in ctx.store.list_items("attendees", example_id)}
    assert roles["Agus Salim, S.P."] == "chair"
    assert roles["Ir. Hendra Saputra, M.T."] == "participant"
    panel = editor.attendees_panel
    row = panel.model.row_of(agus.id)
    assert panel.model.index(row, cols.ROLE).data() == "Pimpinan"
    key(qtbot, Qt.Key.Key_Z, CTRL)  # one step: header and both roles
    roles = {a.name: a.role for a in ctx.store.list_items("attendees", example_id)}
    assert roles["Ir. Hendra Saputra, M.T."] == "chair" and roles["Agus Salim, S.P."] != "chair"
    assert chair(ctx, example_id) == people["Ir. Hendra Saputra, M.T."].id
    assert form.chair.current_id() == chair(ctx, example_id)


def test_ctrl_e_in_the_add_field_edits_the_selected_attendee(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.attendees_panel
    key(qtbot, Qt.Key.Key_2, ALT)
    panel.select_row(1)
    key(qtbot, Qt.Key.Key_T, ALT)
    assert focused() is panel.add_edit
    seen = {}

    def look(dialog) -> None:  # noqa: ANN001
        activate(qtbot, dialog)
        seen["name"] = dialog.form.name.text()
        key(qtbot, Qt.Key.Key_Escape)

    answer_dialog(look)
    key(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "name" in seen)
    assert seen["name"] == panel.model.item(1).name
    assert QApplication.activeModalWidget() is None
