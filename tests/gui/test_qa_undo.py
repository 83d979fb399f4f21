"""Undo and redo as a clerk uses them: across tabs, across windows, and back to the start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from core import exchange, model
from gui.editor.meeting_editor import AGENDA, PEMBAHASAN, PESERTA, RINCIAN
from tests.gui.editor_helpers import key, new_meeting, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def snapshot(ctx, meeting_id) -> dict:  # noqa: ANN001
    return exchange.meeting_to_dict(ctx.store.get_meeting(meeting_id))["meeting"]


LISTS = ("agenda", "attendees", "statements", "decisions", "actions")


def shown(editor) -> dict:  # noqa: ANN001
    """What the editor's lists hold, to compare with the archive."""
    return {
        "agenda": editor.agenda.items,
        "attendees": editor.attendees.items,
        "statements": editor.statements.items,
        "decisions": editor.decisions_panel.model.items,
        "actions": editor.actions_panel.model.items,
    }


def stored(ctx, meeting_id) -> dict:  # noqa: ANN001
    return {name: ctx.store.list_items(name, meeting_id) for name in LISTS}


def test_undo_everything_across_tabs_then_redo_everything(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    start = snapshot(ctx, example_id)

    editor.show_tab(RINCIAN)  # 1. the title
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " (revisi)")
    editor.header.number.setFocus()  # leaving the field stores it
    editor.show_tab(PESERTA)  # 2. a new attendee, then 3. the note taker moved up
    panel = editor.attendees_panel
    assert panel.add_typed_person(model.Person(name="Siti Aminah", position="Lurah"), False)
    panel.table.setFocus()
    panel.select_row(5)
    key(qtbot, Qt.Key.Key_Up, CTRL)
    editor.show_tab(PEMBAHASAN)  # 4. a statement
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "Laporan harian wajib.")
    key(qtbot, Qt.Key.Key_Return)
    editor.show_tab(AGENDA)  # 5. delete the first item, 6. add one, 7. reorder
    editor.agenda_panel.select_row(0)
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Lain-lain")
    key(qtbot, Qt.Key.Key_Return)
    editor.agenda_panel.table.setFocus()
    editor.agenda_panel.select_row(1)
    key(qtbot, Qt.Key.Key_Up, CTRL)
    editor.header.chair.setCurrentIndex(editor.header.chair.findData(panel.model.items[-1].id))
    assert editor.stack.count() == 8
    end = snapshot(ctx, example_id)
    assert end["title"].endswith(" (revisi)") and end["agenda"][0]["title"] == "Lain-lain"
    assert shown(editor) == stored(ctx, example_id)

    editor.agenda_panel.table.setFocus()
    for _ in range(8):
        key(qtbot, Qt.Key.Key_Z, CTRL)
    assert not editor.stack.canUndo()
    assert snapshot(ctx, example_id) == start
    assert shown(editor) == stored(ctx, example_id), "every list follows the undo"
    assert editor.header.title.text() == start["title"]
    assert editor.header.chair.currentText().startswith("Ir. Hendra Saputra")

    for _ in range(8):
        key(qtbot, Qt.Key.Key_Y, CTRL)
    assert not editor.stack.canRedo()
    assert snapshot(ctx, example_id) == end
    assert shown(editor) == stored(ctx, example_id)
    assert editor.header.chair.currentText().startswith("Siti Aminah")
    assert ctx.prompts.shown == []


def test_chair_and_note_taker_after_their_attendee_is_deleted_and_back(qtbot, ctx):
    meeting_id = new_meeting(ctx)
    editor = open_editor(qtbot, ctx, meeting_id)
    panel = editor.attendees_panel
    for name in ("Pak Ketua", "Bu Notulis", "Peserta Lain"):
        assert panel.add_typed_person(model.Person(name=name), False)
    chair_id, taker_id = (a.id for a in panel.model.items[:2])
    header = editor.header
    header.chair.setCurrentIndex(header.chair.findData(chair_id))
    header.note_taker.setCurrentIndex(header.note_taker.findData(taker_id))
    assert (ctx.store.get_meeting_header(meeting_id).chair_id, header.chair.currentText()) == (
        chair_id, "Pak Ketua",
    )  # fmt: skip

    editor.show_tab(PESERTA)
    panel.table.setFocus()
    panel.select_row(0)
    key(qtbot, Qt.Key.Key_Delete)  # the chair
    assert ctx.store.get_meeting_header(meeting_id).chair_id is None
    assert header.chair.current_id() is None
    assert header.chair.currentText() == "— belum dipilih —"
    assert header.note_taker.currentText() == "Bu Notulis"
    qtbot.waitUntil(lambda: [a.name for a in editor.capture.speaker.quick] == ["Peserta Lain"])

    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert ctx.store.get_meeting_header(meeting_id).chair_id == chair_id
    assert header.chair.currentText() == "Pak Ketua"
    assert header.note_taker.currentText() == "Bu Notulis"
    qtbot.waitUntil(
        lambda: [a.name for a in editor.capture.speaker.quick] == ["Pak Ketua", "Peserta Lain"]
    )
    key(qtbot, Qt.Key.Key_Y, CTRL)
    assert header.chair.current_id() is None
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the note taker choice
    key(qtbot, Qt.Key.Key_Z, CTRL)  # the chair choice
    header_now = ctx.store.get_meeting_header(meeting_id)
    assert (header_now.chair_id, header_now.note_taker_id) == (None, None)
    assert header.chair.current_id() is None and header.note_taker.current_id() is None
    assert ctx.prompts.shown == []


def test_two_meetings_open_undo_stays_in_its_own_window(qtbot, ctx, example_id):
    other = new_meeting(ctx, "Rapat Lain")
    first = open_editor(qtbot, ctx, example_id)
    second = open_editor(qtbot, ctx, other)
    second.show_tab(AGENDA)
    key(qtbot, Qt.Key.Key_Insert)
    type_text(qtbot, "Agenda rapat lain")
    key(qtbot, Qt.Key.Key_Return)

    first.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is first)
    first.show_tab(PEMBAHASAN)
    key(qtbot, Qt.Key.Key_2)
    type_text(qtbot, "Di rapat pertama.")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    key(qtbot, Qt.Key.Key_Z, CTRL)  # nothing more to undo here: the other meeting is untouched
    assert "Di rapat pertama." not in [s.text for s in first.statements.items]
    assert [a.title for a in ctx.store.list_items("agenda", other)] == ["Agenda rapat lain"]
    assert [a.title for a in second.agenda.items] == ["Agenda rapat lain"]

    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
    second.agenda_panel.table.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert ctx.store.list_items("agenda", other) == []
    assert len(ctx.store.list_items("statements", example_id)) == 4
    assert (first.stack.index(), first.stack.count()) == (0, 1), "its own history only"
    key(qtbot, Qt.Key.Key_Y, CTRL)
    assert [a.title for a in second.agenda.items] == ["Agenda rapat lain"]
    assert len(ctx.store.list_items("statements", example_id)) == 4


def test_directory_edits_leave_the_attendance_list_alone(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.attendees_panel
    before = ctx.store.list_items("attendees", example_id)
    # two directory entries for the same official: one of them is in the meeting
    first = ctx.store.add_person(model.Person(name="Drs. Joko", position="Camat Muntok"))
    second = ctx.store.add_person(model.Person(name="Joko", nip="197001012000031001"))
    assert panel.add_from_directory(first)
    joko = panel.model.items[-1]
    assert joko.person_id == first.id
    assert ctx.run(
        ctx.archive_undo, ctx.store.edit_person, first.id,
        {"name": "Drs. Joko Susilo", "position": "Sekcam"}, text="Ubah pejabat",
    )  # fmt: skip
    assert ctx.run(ctx.archive_undo, ctx.store.fold_people, second.id, [first.id], text="Gabungkan")
    after = ctx.store.list_items("attendees", example_id)
    assert after[:-1] == before
    assert (after[-1].name, after[-1].position) == ("Drs. Joko", "Camat Muntok")
    assert [(a.name, a.position) for a in editor.attendees.items] == [
        (a.name, a.position) for a in after
    ]
    # the merged entry is the same person: adding it again is refused, not doubled
    assert not panel.add_from_directory(ctx.store.get_person(second.id))
    assert ctx.prompts.shown[-1][0] == "info" and "sudah ada" in ctx.prompts.shown[-1][1]
    assert len(ctx.store.list_items("attendees", example_id)) == len(after)
