"""The directory of officials: search, add, change, delete and merge — all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from core import model
from gui.directory.window import DirectoryWindow

NIP = "198704122010012003"


@pytest.fixture
def people(ctx):
    add = ctx.store.add_person
    return [
        add(model.Person(name="Dr. Rina Marlina, M.Si.", nip=NIP, position="Kepala Bappeda",
                         organization="Pemerintah Kabupaten Bangka Barat")),
        add(model.Person(name="Rina Marlina", rank="Pembina (IV/a)", contact="0812 7000 111")),
        add(model.Person(name="Agus Salim, S.P.", position="Sekretaris Dinas Pertanian")),
        add(model.Person(position="Ketua DPRD Kota Pangkalpinang")),
    ]  # fmt: skip


@pytest.fixture
def window(ctx, people, qtbot):
    w = DirectoryWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def names(window) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def select(window, *person_ids: int) -> None:
    sel = window.table.selectionModel()
    sel.clearSelection()
    for pid in person_ids:
        sel.select(
            window.model.index(window.model.row_of(pid), 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    window.table.setFocus()


def undo_key(window, qtbot) -> None:
    """Ctrl+Z as the clerk presses it, once the window is active again after a dialog."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def press_ok(qtbot, dialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), dialog.form.problem()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_search_as_you_type(window, qtbot):
    assert window.count_label.text() == "4 pejabat"
    qtbot.keyClicks(window.search, "rina")
    assert names(window) == ["Dr. Rina Marlina, M.Si.", "Rina Marlina"]
    assert window.count_label.text() == "2 cocok"
    window.search.clear()
    qtbot.keyClicks(window.search, "DPRD")
    assert [window.model.index(r, 3).data() for r in range(window.model.rowCount())] == [
        "Ketua DPRD Kota Pangkalpinang"
    ]
    window.search.clear()
    qtbot.keyClicks(window.search, "19870412")
    assert window.model.rowCount() == 1
    assert window.model.index(0, 1).data() == "19870412 201001 2 003"  # grouped


def test_enter_in_the_search_goes_to_the_list_and_keeps_the_window(window, qtbot):
    qtbot.waitUntil(window.isActiveWindow)
    window.search.setFocus()
    qtbot.keyClicks(window.search, "rina")
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.isVisible() and window.result() == 0
    assert window.table.hasFocus()
    assert names(window) == ["Dr. Rina Marlina, M.Si.", "Rina Marlina"]


def test_add_and_undo(window, ctx, qtbot):
    def act():
        dialog = window.person_dialog
        qtbot.keyClicks(dialog.form.name, "Bambang Wijaya, S.Sos.")
        qtbot.keyClicks(dialog.form.nip, "199001012015031002")
        qtbot.keyClicks(dialog.form.position, "Camat Muntok")
        press_ok(qtbot, dialog)

    QTimer.singleShot(0, act)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    [added] = ctx.store.list_people("Bambang")
    assert (added.nip, added.position) == ("199001012015031002", "Camat Muntok")
    assert "Bambang Wijaya, S.Sos." in names(window)
    assert window.selected()[0].id == added.id
    undo_key(window, qtbot)
    assert ctx.store.list_people("Bambang") == []
    assert "Bambang Wijaya, S.Sos." not in names(window)


def test_bad_nip_keeps_the_dialog_from_saving(window, ctx, qtbot):
    def act():
        dialog = window.person_dialog
        qtbot.keyClicks(dialog.form.name, "Salah Ketik")
        qtbot.keyClicks(dialog.form.nip, "19871332")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        assert "tanggal lahir" in dialog.form.nip_status.text()
        dialog.reject()

    QTimer.singleShot(0, act)
    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    assert ctx.store.list_people("Salah") == []


def test_edit_leaves_old_attendees_as_they_were(window, ctx, example_id, people, qtbot):
    rina = people[0]
    attendee = ctx.store.add_item("attendees", example_id, ctx.store.attendee_from_person(rina))
    select(window, rina.id)

    def act():
        dialog = window.person_dialog
        assert dialog.form.nip.text() == "19870412 201001 2 003"
        dialog.form.position.clear()
        qtbot.keyClicks(dialog.form.position, "Sekretaris Daerah")
        press_ok(qtbot, dialog)

    QTimer.singleShot(0, act)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert ctx.store.get_person(rina.id).position == "Sekretaris Daerah"
    assert window.model.index(window.model.row_of(rina.id), 3).data() == "Sekretaris Daerah"
    old = ctx.store.get_item("attendees", attendee.id)
    assert old.position == "Kepala Bappeda"  # what was true on the day
    assert old.person_id == rina.id
    ctx.archive_undo.undo()
    assert ctx.store.get_person(rina.id).position == "Kepala Bappeda"


def test_delete_asks_and_undo_restores_links(window, ctx, example_id, people, qtbot):
    agus = people[2]
    attendee = ctx.store.add_item("attendees", example_id, ctx.store.attendee_from_person(agus))
    select(window, agus.id)
    ctx.prompts.confirm_answers = [False]
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert ctx.store.get_person(agus.id)  # "Batal": nothing happens
    assert "Agus Salim" in ctx.prompts.shown[-1][1]

    qtbot.keyClick(window.table, Qt.Key.Key_Delete)  # scripted prompts answer yes
    assert ctx.prompts.shown[-1][0] == "confirm"
    assert "tidak berubah" in ctx.prompts.shown[-1][1]
    assert all(p.id != agus.id for p in ctx.store.list_people())
    assert "Agus Salim, S.P." not in names(window)
    kept = ctx.store.get_item("attendees", attendee.id)
    assert kept.name == "Agus Salim, S.P." and kept.person_id is None

    undo_key(window, qtbot)
    assert ctx.store.get_person(agus.id).name == "Agus Salim, S.P."
    assert ctx.store.get_item("attendees", attendee.id).person_id == agus.id
    assert "Agus Salim, S.P." in names(window)


def test_merge_relinks_attendees_and_undo(window, ctx, example_id, people, qtbot):
    keep, dup = people[0], people[1]
    linked = ctx.store.add_item("attendees", example_id, ctx.store.attendee_from_person(dup))
    select(window, keep.id, dup.id)
    assert window.merge_button.isEnabled()

    def act():
        dialog = window.merge_dialog
        assert dialog.keep_id() == keep.id  # the fuller entry is offered
        texts = [b.text() for b in dialog.group.buttons()]
        assert any("19870412 201001 2 003" in t for t in texts)
        dialog.accept()

    QTimer.singleShot(0, act)
    qtbot.mouseClick(window.merge_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in ctx.store.list_people("rina")] == [keep.id]
    merged = ctx.store.get_person(keep.id)
    assert merged.rank == "Pembina (IV/a)"  # blanks filled from the duplicate
    assert merged.position == "Kepala Bappeda"
    attendee = ctx.store.get_item("attendees", linked.id)
    assert attendee.person_id == keep.id
    assert attendee.name == "Rina Marlina"  # the attendance list itself is unchanged
    assert names(window).count("Rina Marlina") == 0

    ctx.archive_undo.undo()
    assert ctx.store.get_person(dup.id) == dup
    assert ctx.store.get_person(keep.id) == keep
    assert ctx.store.get_item("attendees", linked.id).person_id == dup.id
    ctx.archive_undo.redo()
    assert ctx.store.get_item("attendees", linked.id).person_id == keep.id


def test_buttons_follow_the_selection(window, people):
    select(window)
    assert not window.edit_button.isEnabled() and not window.merge_button.isEnabled()
    select(window, people[0].id)
    assert window.edit_button.isEnabled() and not window.merge_button.isEnabled()
    select(window, people[0].id, people[1].id)
    assert not window.edit_button.isEnabled() and window.merge_button.isEnabled()


def test_people_changed_elsewhere_shows_up(window, ctx):
    ctx.announce(ctx.store.new_person(model.Person(name="Yuliana Putri")))
    assert "Yuliana Putri" in names(window)


def test_people_model(window, qtmodeltester):
    qtmodeltester.check(window.model)
    window.model.set_query("rina")
    qtmodeltester.check(window.model)
