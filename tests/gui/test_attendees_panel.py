"""The attendance list: adding from the directory by typing, new people, edits, order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from core import model
from gui.editor import attendees_columns as cols
from gui.editor.attendees_panel import AttendeesPanel
from gui.session import open_session

NIP_RINA = "198704122010012003"


@pytest.fixture
def people(ctx):
    """Two officials whose names share "marl", and one office-only entry."""
    store = ctx.store
    return [
        store.add_person(model.Person(
            name="Dr. Rina Marlina, M.Si.", nip=NIP_RINA, rank="Pembina (IV/a)",
            position="Kepala Bappeda", organization="Pemerintah Kabupaten Bangka Barat",
            contact="0812 7000 111",
        )),
        store.add_person(model.Person(
            name="Marliana Sari, S.E.", position="Kepala Bidang Ekonomi",
            organization="Bappeda Kabupaten Bangka Barat",
        )),
    ]  # fmt: skip


@pytest.fixture
def panel(ctx, example_id, qtbot):
    session = open_session(ctx, example_id)
    widget = AttendeesPanel(session)
    session.hold(widget)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def stored(ctx, meeting_id) -> list[model.Attendee]:
    return ctx.store.get_meeting(meeting_id).attendees


def edit_cell(panel, qtbot, row: int, column: int):  # noqa: ANN001, ANN201
    """F2 on a cell, as the clerk does: the cell's editor, which has the focus."""
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(row, column))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    return panel.table.focusWidget()


def shown(panel, row: int, column: int) -> str:
    return panel.model.index(row, column).data()


def test_count_label(panel, ctx, example_id):
    total = len(stored(ctx, example_id))
    present = sum(a.is_present for a in stored(ctx, example_id))
    assert panel.count_label.text() == f"{total} peserta · {present} hadir"


def test_typing_part_of_a_name_and_choosing_with_keys(panel, ctx, example_id, people, qtbot):
    before = len(stored(ctx, example_id))
    qtbot.keyClicks(panel.add_edit, "MARL")  # any part, any case
    popup = panel.completer.popup()
    assert popup.isVisible()
    assert [p.name for p in panel.completer.matches()] == [
        "Dr. Rina Marlina, M.Si.",
        "Marliana Sari, S.E.",
    ]
    assert popup.currentIndex().row() == 0  # the first match is highlighted
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Up)
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    attendees = stored(ctx, example_id)
    assert len(attendees) == before + 1
    added = attendees[-1]
    assert (added.name, added.nip, added.rank, added.position, added.organization) == (
        "Dr. Rina Marlina, M.Si.", NIP_RINA, "Pembina (IV/a)", "Kepala Bappeda",
        "Pemerintah Kabupaten Bangka Barat",
    )  # fmt: skip
    assert added.contact == "0812 7000 111"
    assert added.person_id == people[0].id
    assert added.role == "participant"
    row = panel.model.rowCount() - 1
    assert shown(panel, row, cols.NAME) == "Dr. Rina Marlina, M.Si."
    assert shown(panel, row, cols.NIP) == "19870412 201001 2 003"
    assert shown(panel, row, cols.ROLE) == "Peserta"
    assert panel.add_edit.text() == ""
    assert panel.current_row() == row
    assert panel.count_label.text().startswith(f"{before + 1} peserta")


def test_search_by_nip_and_office(panel, people, qtbot):
    qtbot.keyClicks(panel.add_edit, "2010 01")
    assert [p.id for p in panel.completer.matches()] == [people[0].id]
    panel.add_edit.clear()
    qtbot.keyClicks(panel.add_edit, "bidang ekonomi")
    assert [p.id for p in panel.completer.matches()] == [people[1].id]


def test_second_choice_with_down_arrow(panel, ctx, example_id, people, qtbot):
    qtbot.keyClicks(panel.add_edit, "marl")
    popup = panel.completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert stored(ctx, example_id)[-1].person_id == people[1].id


def test_adding_the_same_person_twice_is_refused_politely(panel, ctx, example_id, people, qtbot):
    for _ in range(2):
        qtbot.keyClicks(panel.add_edit, "bappeda kepala")
        qtbot.keyClick(panel.completer.popup(), Qt.Key.Key_Return)
    linked = [a for a in stored(ctx, example_id) if a.person_id == people[0].id]
    assert len(linked) == 1
    assert ctx.prompts.shown[-1][0] == "info"
    assert "sudah ada di daftar peserta" in ctx.prompts.shown[-1][1]


def fill_dialog(qtbot, get_dialog, **fields):
    """Fill the dialog that is about to open modally, then press Simpan."""

    def act():
        dialog = get_dialog()
        for name, text in fields.items():
            edit = getattr(dialog.form, name)
            edit.clear()
            qtbot.keyClicks(edit, text)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), dialog.form.problem()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, act)


def test_new_person_lands_in_directory_and_meeting_one_undo(panel, ctx, example_id, qtbot):
    before = stored(ctx, example_id)
    stack = panel.stack
    fill_dialog(
        qtbot, lambda: panel.new_person_dialog,
        nip="199001012015031002", position="Kepala Dinas Sosial",
    )  # fmt: skip
    qtbot.keyClicks(panel.add_edit, "Bambang Wijaya")
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Return)  # nothing matches: the form opens

    dialog = panel.new_person_dialog
    assert dialog.form.name.text() == "Bambang Wijaya"  # prefilled with what was typed
    assert dialog.to_directory.isChecked()
    [person] = ctx.store.list_people("Bambang")
    assert (person.nip, person.position) == ("199001012015031002", "Kepala Dinas Sosial")
    added = stored(ctx, example_id)[-1]
    assert added.person_id == person.id
    assert (added.name, added.nip) == ("Bambang Wijaya", "199001012015031002")
    assert shown(panel, panel.model.rowCount() - 1, cols.NAME) == "Bambang Wijaya"

    stack.undo()  # one Ctrl+Z removes both
    assert ctx.store.list_people("Bambang") == []
    assert stored(ctx, example_id) == before
    assert panel.model.rowCount() == len(before)

    stack.redo()
    [again] = ctx.store.list_people("Bambang")
    assert again.id == person.id
    assert stored(ctx, example_id)[-1].person_id == person.id


def test_typed_nip_goes_to_the_nip_field(panel, ctx, example_id, qtbot):
    def act():
        dialog = panel.new_person_dialog
        assert dialog.form.nip.text() == "19900101 201503 1 002"
        assert dialog.form.name.text() == ""
        dialog.reject()

    QTimer.singleShot(0, act)
    qtbot.keyClicks(panel.add_edit, "199001012015031002")
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Return)
    assert ctx.store.list_people("") == []


def test_office_only_attendee(panel, ctx, example_id, qtbot):
    fill_dialog(qtbot, lambda: panel.new_person_dialog)
    qtbot.keyClicks(panel.add_edit, "Ketua DPRD Kota Pangkalpinang")
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Return)
    added = stored(ctx, example_id)[-1]
    assert added.name is None
    assert added.position == "Ketua DPRD Kota Pangkalpinang"
    row = panel.model.rowCount() - 1
    assert shown(panel, row, cols.NAME) == "—"
    assert shown(panel, row, cols.POSITION) == "Ketua DPRD Kota Pangkalpinang"


def test_new_person_without_saving_to_directory(panel, ctx, example_id, qtbot):
    def act():
        dialog = panel.new_person_dialog
        qtbot.keyClick(dialog.to_directory, Qt.Key.Key_Space)
        dialog.accept()

    QTimer.singleShot(0, act)
    qtbot.keyClicks(panel.add_edit, "Tamu Undangan")
    qtbot.keyClick(panel.add_edit, Qt.Key.Key_Return)
    assert stored(ctx, example_id)[-1].name == "Tamu Undangan"
    assert stored(ctx, example_id)[-1].person_id is None
    assert ctx.store.list_people("") == []


def test_present_toggles_by_clicking_the_box(panel, ctx, example_id, qtbot):
    index = panel.model.index(0, cols.PRESENT)
    assert stored(ctx, example_id)[0].is_present
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stored(ctx, example_id)[0].present is False
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    total = len(stored(ctx, example_id))
    present = sum(a.is_present for a in stored(ctx, example_id))
    assert panel.count_label.text() == f"{total} peserta · {present} hadir"
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert stored(ctx, example_id)[0].present is True


def test_reorder_with_keys(panel, ctx, example_id, qtbot):
    ids = [a.id for a in stored(ctx, example_id)]
    panel.table.setFocus()
    panel.select_row(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in stored(ctx, example_id)] == [ids[1], ids[0], *ids[2:]]
    assert panel.current_row() == 1
    assert panel.model.item(1).id == ids[0]
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [a.id for a in stored(ctx, example_id)] == ids
    assert shown(panel, 0, cols.NO) == "1"


def silent_row(ctx, meeting_id) -> int:
    spoke = {s.speaker_id for s in ctx.store.get_meeting(meeting_id).statements}
    return next(i for i, a in enumerate(stored(ctx, meeting_id)) if a.id not in spoke)


def test_delete_and_undo(panel, ctx, example_id, qtbot):
    before = stored(ctx, example_id)
    row = silent_row(ctx, example_id)
    panel.table.setFocus()
    panel.select_row(row)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert [a.id for a in stored(ctx, example_id)] == [
        a.id for i, a in enumerate(before) if i != row
    ]
    assert panel.model.rowCount() == len(before) - 1
    panel.stack.undo()
    assert stored(ctx, example_id) == before
    assert panel.model.item(row).id == before[row].id


def test_deleting_someone_who_spoke_is_refused(panel, ctx, example_id, qtbot):
    speaker_id = ctx.store.get_meeting(example_id).statements[0].speaker_id
    row = panel.model.row_of(speaker_id)
    panel.table.setFocus()
    panel.select_row(row)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    kind, message = ctx.prompts.shown[-1]
    assert kind == "error" and "pernyataan" in message
    assert panel.model.row_of(speaker_id) == row
    assert any(a.id == speaker_id for a in stored(ctx, example_id))
    assert panel.stack.count() == 0


def test_edit_in_place_with_f2_and_undo(panel, ctx, example_id, qtbot):
    old = stored(ctx, example_id)[0].represents
    editor = edit_cell(panel, qtbot, 0, cols.REPRESENTS)
    editor.selectAll()
    qtbot.keyClicks(editor, "Sekretaris Daerah")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: stored(ctx, example_id)[0].represents == "Sekretaris Daerah")
    panel.stack.undo()
    assert stored(ctx, example_id)[0].represents == old


def test_role_combo_and_time_editor(panel, ctx, example_id, qtbot):
    row = panel.model.rowCount() - 1
    combo = edit_cell(panel, qtbot, row, cols.ROLE)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Tamu"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(ctx, example_id)[row].role == "guest")
    assert shown(panel, row, cols.ROLE) == "Tamu"

    editor = edit_cell(panel, qtbot, row, cols.JOINED)
    editor.selectAll()
    qtbot.keyClicks(editor, "9.05")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(ctx, example_id)[row].joined_at == "09:05")
    assert shown(panel, row, cols.JOINED) == "09.05"  # stored HH:MM, shown the Indonesian way


def test_nip_cell_uses_the_nip_editor(panel, ctx, example_id, qtbot):
    row = panel.model.rowCount() - 1
    editor = edit_cell(panel, qtbot, row, cols.NIP)
    editor.clear()
    qtbot.keyClicks(editor, "1987 0412 2010 0120 03")
    assert editor.text() == "19870412 201001 2 003"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(ctx, example_id)[row].nip == NIP_RINA)
    assert shown(panel, row, cols.NIP) == "19870412 201001 2 003"


def test_a_refused_cell_value_stays_open_with_the_reason(panel, ctx, example_id, qtbot):
    """Enter on 25.99 or a short NIP keeps the editor and the typing, not a dialog."""
    row = panel.model.rowCount() - 1
    before = stored(ctx, example_id)[row]
    editor = edit_cell(panel, qtbot, row, cols.JOINED)
    editor.selectAll()
    qtbot.keyClicks(editor, "25.99")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert panel.table.focusWidget() is editor and editor.text() == "25.99"
    assert "jam masuk" in editor.toolTip()
    assert ctx.prompts.shown == [] and stored(ctx, example_id)[row].joined_at == before.joined_at
    editor.selectAll()
    qtbot.keyClicks(editor, "9.30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(ctx, example_id)[row].joined_at == "09:30")

    editor = edit_cell(panel, qtbot, row, cols.NIP)
    editor.clear()
    qtbot.keyClicks(editor, "1987 0412")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert panel.table.focusWidget() is editor and editor.text().startswith("19870412")
    assert "NIP" in editor.toolTip() and ctx.prompts.shown == []


def test_full_edit_dialog_with_ctrl_e(panel, ctx, example_id, qtbot):
    row = silent_row(ctx, example_id)
    panel.table.setFocus()
    panel.select_row(row)

    def act():
        dialog = panel.edit_dialog
        assert "hanya untuk rapat ini" in dialog.note.text()
        dialog.represents.setText("Kepala Badan")
        dialog.joined.setText("0915")
        dialog.role.setCurrentIndex(dialog.role.findData("speaker"))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(0, act)
    qtbot.keyClick(panel.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    attendee = stored(ctx, example_id)[row]
    assert (attendee.represents, attendee.joined_at, attendee.role) == (
        "Kepala Badan", "09:15", "speaker",
    )  # fmt: skip
    panel.stack.undo()  # the whole dialog is one step
    assert stored(ctx, example_id)[row].represents != "Kepala Badan"


def test_drag_and_drop_reorders(panel, ctx, example_id):
    ids = [a.id for a in stored(ctx, example_id)]
    data = panel.model.mimeData([panel.model.index(0, 1)])
    panel.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, panel.model.index(-1, -1))
    assert [a.id for a in stored(ctx, example_id)][2] == ids[0]


def test_models_pass_the_model_tester(panel, people, qtmodeltester):
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.completer.people)


def test_every_column_fits_at_1280(panel):
    total = sum(panel.table.columnWidth(c) for c in range(panel.model.columnCount()))
    assert total <= panel.table.viewport().width()
    assert not panel.table.horizontalScrollBar().isVisible()
    nip = panel.table.fontMetrics().horizontalAdvance("19720315 199803 1 004")
    assert panel.table.columnWidth(cols.NIP) > nip + 8  # the NIP is never cut short
    assert panel.table.columnWidth(cols.POSITION) >= 180
