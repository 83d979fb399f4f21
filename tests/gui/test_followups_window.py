"""Follow-ups across meetings in the GUI, driven with the keyboard: the carry-over
offered when a new meeting of a series is made (one undo step), and the Tindak
lanjut window with its filters and the matrix export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from core import exchange
from gui.archive.dialogs import NewMeetingDialog
from gui.followups.carry_dialog import CarryOverDialog
from gui.followups.model import FollowupsModel
from gui.followups.window import FollowupsWindow
from tests.gui import test_archive
from tests.gui.editor_helpers import answer_dialog

#: the archive window of the archive's own tests (opening a meeting recorded, not done)
window = test_archive.window
SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "sample"
SERIES = "Rakor Pengendalian Inflasi Daerah 2023"


@pytest.fixture
def week2(ctx) -> int:
    return exchange.import_file(ctx.store, SAMPLES / "rakor_inflasi_2023.v2.json")


@pytest.fixture
def both(ctx, week2) -> int:
    return exchange.import_file(ctx.store, SAMPLES / "rakor_inflasi_2023_minggu3.v2.json")


def test_a_new_meeting_of_a_series_is_offered_its_open_follow_ups(ctx, week2, window, qtbot):
    offered: list[list[str]] = []

    def carry(dialog: CarryOverDialog) -> None:
        assert isinstance(dialog, CarryOverDialog)
        offered.append([dialog.list.item(n).text() for n in range(dialog.list.count())])
        dialog.grab().save("/tmp/fu/carry_dialog.png")
        qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # untick the first
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    def fill(dialog: NewMeetingDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Rakor Inflasi Minggu Ke-3")
        dialog.date_edit.setDate(QDate(2023, 6, 19))
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)  # to the date
        dialog.series_combo.setFocus()
        qtbot.keyClicks(dialog.series_combo.lineEdit(), SERIES)
        answer_dialog(carry)
        qtbot.keyClick(dialog.series_combo, Qt.Key.Key_Return)

    answer_dialog(fill)
    window.new_action.trigger()
    (new_id,) = [m.id for m in ctx.store.list_meetings() if m.id != week2]
    assert len(offered[0]) == 2 and offered[0][0].startswith("Menyusun jadwal")
    meeting = ctx.store.get_meeting(new_id)
    assert meeting.series == SERIES
    assert [(a.text, a.carried_from) for a in meeting.actions] == [
        ("Mengirim laporan harga harian bahan pokok", ctx.store.get_meeting(week2).uid)
    ]
    assert window.opened == [new_id]
    window.undo_action.trigger()  # the carry-over is one step
    assert ctx.store.get_meeting(new_id).actions == []
    window.undo_action.trigger()  # then the meeting itself
    assert [m.id for m in ctx.store.list_meetings()] == [week2]


def test_skipping_the_offer_carries_nothing(ctx, week2, window, qtbot):
    def fill(dialog: NewMeetingDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, "Rakor berikutnya")
        dialog.series_combo.setCurrentIndex(dialog.series_combo.findText(SERIES))
        answer_dialog(lambda d: qtbot.keyClick(d.list, Qt.Key.Key_Escape))
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    answer_dialog(fill)
    window.new_action.trigger()
    (new_id,) = [m.id for m in ctx.store.list_meetings() if m.id != week2]
    assert ctx.store.get_meeting(new_id).series == SERIES
    assert ctx.store.get_meeting(new_id).actions == []


def rows(w: FollowupsWindow) -> list[tuple[str, str]]:
    m = w.model
    return [
        (m.data(m.index(r, FollowupsModel.TEXT))[:17], m.data(m.index(r, FollowupsModel.STATUS)))
        for r in range(m.rowCount())
    ]


def test_the_follow_up_window_filters_and_exports(ctx, both, window, qtbot, tmp_path):
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    w = window._followups
    assert isinstance(w, FollowupsWindow)
    w.today = dt.date(2023, 6, 25)
    w.reload()
    qtbot.waitExposed(w)
    # open ones by default, oldest due first, each once in its latest state
    assert rows(w) == [
        ("Menyiapkan lokasi", "Lewat batas waktu"),
        ("Mengirim laporan ", "Belum selesai"),
    ]
    assert w.count_label.text() == "2 dari 3 tindak lanjut"
    qtbot.keyClick(w.open_check, Qt.Key.Key_Space)  # everything
    assert [r[1] for r in rows(w)] == ["Selesai", "Lewat batas waktu", "Belum selesai"]
    qtbot.keyClick(w.overdue_check, Qt.Key.Key_Space)
    assert rows(w) == [("Menyiapkan lokasi", "Lewat batas waktu")]
    qtbot.keyClick(w.overdue_check, Qt.Key.Key_Space)
    qtbot.keyClicks(w.owner_edit, "perindustrian")
    assert [r[0] for r in rows(w)] == ["Menyusun jadwal o", "Mengirim laporan "]
    w.owner_edit.clear()
    assert w.series_combo.itemText(1) == SERIES
    w.series_combo.setCurrentIndex(1)
    assert len(rows(w)) == 3
    w.grab().save("/tmp/fu/followups_window.png")
    target = tmp_path / "matriks"
    ctx.prompts.file_answers.append(str(target))
    qtbot.keyClick(w.xlsx_button, Qt.Key.Key_Space)
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "matriks.xlsx").active
    assert sheet["A1"].value == "No" and sheet.max_row == 4
    ctx.prompts.file_answers.append(str(tmp_path / "m.docx"))
    qtbot.keyClick(w.docx_button, Qt.Key.Key_Space)
    assert (tmp_path / "m.docx").stat().st_size > 0
    # Enter opens the meeting of the selected follow-up
    w.table.setFocus()
    qtbot.keyClick(w.table, Qt.Key.Key_Return)
    assert window.opened == [both]


def test_the_window_follows_changes_to_follow_ups(ctx, both, window, qtbot):
    w = window.open_followups()
    w.today = dt.date(2023, 6, 20)
    w.reload()
    (first, _) = [f for f in ctx.store.followups(open_only=True)]
    changes = ctx.store.edit_rows("actions", {first.action_id: {"done": True}})
    ctx.announce(changes)
    assert [r[0] for r in rows(w)] == ["Mengirim laporan "]
    QApplication.processEvents()
