"""The archive window, driven as a clerk would: keys, menus, dialogs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import QApplication

from core import model
from gui.archive.dialogs import NewMeetingDialog
from gui.archive.model import ArchiveModel
from gui.archive.window import MainWindow
from tests.gui.editor_helpers import answer_dialog


@pytest.fixture
def window(ctx, qtbot, monkeypatch):
    opened: list[int] = []
    # the archive's own tests stop at "open the editor"; test_editor_window opens it
    monkeypatch.setattr(MainWindow, "open_meeting", lambda self, mid: opened.append(mid))
    win = MainWindow(ctx)
    win.opened = opened
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def add(ctx, title: str, date: str, **kw) -> int:
    changes = ctx.store.add_meeting(model.Meeting(title=title, date=date, **kw))
    ctx.announce(changes)
    return changes.meeting_id


def titles(win: MainWindow) -> list[str]:
    m = win.view.model
    return [m.data(m.index(r, ArchiveModel.TITLE)) for r in range(m.rowCount())]


def test_model_passes_qt_checks(ctx, example_id, qtmodeltester):
    add(ctx, "Rapat Dinas Kesehatan", "2024-01-05", mode="online", status="final")
    model_ = ArchiveModel(ctx)
    qtmodeltester.check(model_)
    assert model_.data(model_.index(0, ArchiveModel.DATE)) == "5 Januari 2024"
    assert model_.data(model_.index(0, ArchiveModel.MODE)) == "Daring"
    assert model_.data(model_.index(1, ArchiveModel.DATE)) == "12 Juni 2023"
    assert model_.data(model_.index(1, ArchiveModel.MODE)) == "Hybrid"
    model_.set_filter(text="inflasi")
    qtmodeltester.check(model_)


def test_newest_first_and_follows_changes(ctx, example_id, window):
    assert titles(window)[0].startswith("Rapat Koordinasi Pengendalian Inflasi")
    add(ctx, "Rapat Evaluasi Triwulan", "2024-03-01")
    assert titles(window)[0] == "Rapat Evaluasi Triwulan"
    assert window.count_label.text() == "2 rapat"


def test_new_meeting_dialog_with_keys(ctx, window, qtbot):
    office = {"government": "PEMERINTAH KOTA PANGKALPINANG", "city": "Pangkalpinang"}
    ctx.store.set_office_document({"format": "notula.office", "version": 1, "office": office})

    def fill(dialog: NewMeetingDialog) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        qtbot.keyClicks(dialog.title_edit, "Rakor Ketahanan Pangan")
        dialog.date_edit.setDate(QDate(2024, 2, 29))
        dialog.kind_combo.setCurrentText("Rapat Dinas")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    answer_dialog(fill)
    window.new_action.trigger()
    meetings = ctx.store.list_meetings()
    assert [(m.title, m.date, m.kind, m.status) for m in meetings] == [
        ("Rakor Ketahanan Pangan", "2024-02-29", "Rapat Dinas", "draft")
    ]
    assert window.opened == [meetings[0].id]
    assert window.view.current_meeting_id() == meetings[0].id
    assert titles(window) == ["Rakor Ketahanan Pangan"]
    stored = ctx.store.get_meeting(meetings[0].id)
    assert stored.city == "Pangkalpinang" and stored.timezone == "WIB"  # the profile's


def test_a_new_meeting_without_an_office_profile_names_no_city(ctx, window, qtbot):
    def fill(dialog: NewMeetingDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Rapat Staf")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    answer_dialog(fill)
    window.new_action.trigger()
    stored = ctx.store.get_meeting(ctx.store.list_meetings()[0].id)
    assert (stored.title, stored.city, stored.timezone) == ("Rapat Staf", None, None)


def test_new_dialog_defaults_to_today_and_needs_a_title(qtbot):
    dialog = NewMeetingDialog()
    qtbot.addWidget(dialog)
    assert dialog.meeting_date() == dt.date.today().isoformat()
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "  Rapat   Pimpinan ")
    assert ok.isEnabled()
    assert dialog.meeting_title() == "Rapat Pimpinan"


def test_cancelled_new_dialog_creates_nothing(ctx, window, qtbot):
    answer_dialog(lambda d: d.reject())
    window.new_action.trigger()
    assert ctx.store.count_meetings() == 0


def test_search_filters_as_you_type(ctx, example_id, window, qtbot):
    add(ctx, "Rapat Evaluasi Stunting", "2024-03-01")
    add(ctx, "Rapat Pimpinan Mingguan", "2024-03-08")
    assert window.view.model.rowCount() == 3
    qtbot.keyClicks(window.view.search_edit, "operasi pas")  # words of a statement, as typed
    qtbot.waitUntil(lambda: window.view.model.rowCount() == 1)
    assert titles(window)[0].startswith("Rapat Koordinasi Pengendalian Inflasi")
    assert window.count_label.text() == "1 dari 3 rapat"
    window.view.search_edit.clear()
    qtbot.waitUntil(lambda: window.view.model.rowCount() == 3)
    qtbot.keyClicks(window.view.search_edit, "tidakadakatainixyz")
    qtbot.waitUntil(lambda: window.view.model.rowCount() == 0)
    assert window.view.stack.currentWidget() is window.view.empty_label
    assert "cocok" in window.view.empty_label.text()


def test_year_filter(ctx, example_id, window, qtbot):
    add(ctx, "Rapat Evaluasi Stunting", "2024-03-01")
    combo = window.view.year_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Semua tahun", "2024", "2023"]
    combo.setCurrentIndex(combo.findData(2023))
    assert len(titles(window)) == 1 and "Inflasi" in titles(window)[0]
    add(ctx, "Rapat Evaluasi Lain", "2022-05-01")  # a new year appears, the choice stays
    assert combo.currentData() == 2023
    assert combo.findData(2022) > 0
    combo.setCurrentIndex(0)
    assert len(titles(window)) == 3


def test_delete_asks_and_ctrl_z_restores(ctx, example_id, window, qtbot):
    before = ctx.store.get_meeting(example_id)
    window.view.select_meeting(example_id)
    ctx.prompts.confirm_answers = [False]
    window.delete_action.trigger()
    assert ctx.store.count_meetings() == 1
    assert ctx.prompts.shown[-1][0] == "confirm" and "Hapus rapat" in ctx.prompts.shown[-1][1]
    assert "(12 Juni 2023)?" in ctx.prompts.shown[-1][1]  # the date as the clerk reads it

    ctx.prompts.confirm_answers = [True]
    window.view.table.setFocus()
    qtbot.keyClick(window.view.table, Qt.Key.Key_Delete)
    assert ctx.store.count_meetings() == 0
    assert window.view.model.rowCount() == 0

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.get_meeting(example_id) == before
    assert titles(window) == [before.title]
    qtbot.keyClick(window.view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.count_meetings() == 0


def test_new_from_copies_attendees_and_agenda(ctx, example_id, window, qtbot):
    source = ctx.store.get_meeting(example_id)
    window.view.select_meeting(example_id)

    def fill(dialog: NewMeetingDialog) -> None:
        assert dialog.meeting_title() == source.title  # offered for editing
        assert dialog.windowTitle() == "Rapat baru dari rapat lain"
        edit = dialog.title_edit  # all selected, its start in view: typing replaces it
        assert edit.selectedText() == source.title and edit.cursorPosition() == 0
        qtbot.keyClicks(dialog.title_edit, "Rakor Inflasi Minggu Ke-3 Juni 2023")
        dialog.date_edit.setDate(QDate(2023, 6, 19))
        dialog.accept()

    answer_dialog(fill)
    window.new_from_action.trigger()
    assert len(window.opened) == 1
    copy = ctx.store.get_meeting(window.opened[0])
    assert copy.title == "Rakor Inflasi Minggu Ke-3 Juni 2023" and copy.date == "2023-06-19"
    assert copy.status == "draft"
    assert [a.name for a in copy.attendees] == [a.name for a in source.attendees]
    assert [a.title for a in copy.agenda] == [a.title for a in source.agenda]
    assert copy.statements == [] and copy.decisions == []
    assert window.view.current_meeting_id() == copy.id
    window.undo_action.trigger()  # undoable like any other archive change
    assert ctx.store.count_meetings() == 1


def test_actions_need_a_selection(ctx, example_id, window):
    window.view.table.clearSelection()
    assert not window.delete_action.isEnabled()
    assert not window.new_from_action.isEnabled()
    window.view.select_meeting(example_id)
    assert window.delete_action.isEnabled() and window.open_action.isEnabled()


def test_enter_and_double_click_open(ctx, example_id, window, qtbot):
    window.view.select_meeting(example_id)
    window.view.table.setFocus()
    qtbot.keyClick(window.view.table, Qt.Key.Key_Return)
    assert window.opened == [example_id]
    rect = window.view.table.visualRect(window.view.model.index(0, 1))
    viewport = window.view.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # press first
    qtbot.mouseDClick(window.view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.opened == [example_id, example_id]


def test_first_run_offers_the_sample(ctx, window):
    ctx.prompts.confirm_answers = [False]
    assert window.offer_sample() is None
    assert ctx.store.count_meetings() == 0
    ctx.prompts.confirm_answers = [True]
    meeting_id = window.offer_sample()
    assert meeting_id is not None
    assert "Inflasi" in ctx.store.get_meeting(meeting_id).title
    assert window.view.current_meeting_id() == meeting_id
    shown = len(ctx.prompts.shown)
    assert window.offer_sample() is None  # not empty any more: no question
    assert len(ctx.prompts.shown) == shown


def test_failed_create_keeps_what_was_typed(ctx, window, qtbot, monkeypatch):
    from core.errors import StorageError

    def locked(meeting, **kw):
        raise StorageError("arsip.db: database is locked by another program")

    monkeypatch.setattr(ctx.store, "create_meeting", locked)
    seen: list[str] = []

    def fill(dialog: NewMeetingDialog) -> None:
        seen.append(dialog.meeting_title())
        if len(seen) == 1:
            qtbot.keyClicks(dialog.title_edit, "Rapat Penting")
            answer_dialog(fill)  # the same dialog comes back after the error
            dialog.accept()
        else:
            dialog.reject()

    answer_dialog(fill)
    assert window.new_meeting() is None
    assert seen == ["", "Rapat Penting"]  # shown again with the title still there
    assert ctx.prompts.shown == [("error", "arsip.db: database is locked by another program")]
    assert ctx.archive_undo.count() == 0


def test_the_newest_meeting_is_selected_at_start_so_enter_opens_it(ctx, example_id, qtbot):
    from gui.archive.window import MainWindow

    older = ctx.store.create_meeting(model.Meeting(title="Rapat Lama", date="2001-01-01"))
    newer = ctx.store.create_meeting(model.Meeting(title="Rapat Baru", date="2030-01-01"))
    opened: list[int] = []
    window = MainWindow(ctx)
    window.open_meeting = opened.append  # the archive's part ends at "open this one"
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.view.current_meeting_id() == newer != older
    window.view.table.setFocus()
    qtbot.keyClick(window.view.table, Qt.Key.Key_Return)
    assert opened == [newer]


def test_column_titles_and_settings_made_by_name(window):
    """The start path sets these without Qt's enums (see gui.archive.view): the
    clerk must see the same titles, alignment, tool bar and Del key all the same."""
    header = window.view.table.horizontalHeader()
    shown = [
        header.model().headerData(col, Qt.Orientation.Horizontal) for col in range(header.count())
    ]
    assert shown == ["Tanggal", "Judul", "Jenis", "Bentuk", "Status"]
    assert header.count() == window.view.model.columnCount()
    assert header.defaultAlignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    assert window.view.empty_label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert window.delete_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_roles_are_qt_roles():
    from gui.archive import model as archive_model

    roles = Qt.ItemDataRole
    ours = (archive_model.DISPLAY_ROLE, archive_model.TOOLTIP_ROLE, archive_model.USER_ROLE)
    assert ours == (roles.DisplayRole.value, roles.ToolTipRole.value, roles.UserRole.value)


def test_a_meeting_imported_by_another_program_shows_when_the_window_is_back(
    ctx, window, qtbot, example_path
):
    from core import exchange
    from core.store import MeetingStore

    reads: list[int] = []
    window.view.model.modelReset.connect(lambda: reads.append(1))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert reads == []  # nothing changed: nothing read again
    other = MeetingStore.open(ctx.db_path)  # `notula import` from a terminal
    try:
        exchange.import_file(other, example_path)
    finally:
        other.close()
    assert titles(window) == []
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    assert reads == [1]
    assert titles(window) == [
        "Rapat Koordinasi Pengendalian Inflasi Daerah Minggu Ke-2 Bulan Juni 2023"
    ]


def test_search_speaks_the_command_line_language(ctx, example_id, window, qtbot):
    add(ctx, "Rapat Evaluasi Stunting", "2024-03-01")
    add(ctx, "Rapat Evaluasi Inflasi", "2024-03-08")
    hint = window.view.hint_label
    assert '"dua kata"' in hint.text() and "-kata" in hint.text() and "OR" in hint.text()
    qtbot.keyClicks(window.view.search_edit, "evaluasi -stunting")
    qtbot.keyClick(window.view.search_edit, Qt.Key.Key_Return)
    assert titles(window) == ["Rapat Evaluasi Inflasi"]
    window.view.search_edit.clear()
    qtbot.keyClicks(window.view.search_edit, "stunting OR gajahmada")
    qtbot.keyClick(window.view.search_edit, Qt.Key.Key_Return)
    assert titles(window) == ["Rapat Evaluasi Stunting"]
    qtbot.keyClicks(window.view.search_edit, ' "rapat')  # a quote still open
    qtbot.keyClick(window.view.search_edit, Qt.Key.Key_Return)
    assert "tanda petik" in hint.text() or "quote" in hint.text()
    assert titles(window) == ["Rapat Evaluasi Stunting"]  # the list stays as it was
    qtbot.keyClick(window.view.search_edit, Qt.Key.Key_QuoteDbl)
    qtbot.keyClick(window.view.search_edit, Qt.Key.Key_Return)
    assert '"dua kata"' in hint.text()
    window.grab().save("/tmp/fu/archive_hint.png")


def test_the_list_follows_the_command_line_when_the_window_is_activated(ctx, window, tmp_path):
    from core import cli

    assert window.view.model.rowCount() == 0
    sample = Path(__file__).resolve().parents[2] / "resources/sample/rakor_inflasi_2023.v2.json"
    assert cli.main(["--db", str(ctx.db_path), "import", str(sample)]) == 0
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))
    window.follow_other_writers()  # what activation runs, whatever the offscreen focus says
    assert len(titles(window)) == 1 and "Minggu Ke-2" in titles(window)[0]
