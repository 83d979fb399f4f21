"""Importing a participant report from the attendees tab: review with the keyboard, apply once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from gui.attendance import review_dialog as rd
from gui.attendance.importer import review_dialog
from gui.editor.attendees_panel import AttendeesPanel
from gui.session import open_session
from tests.core.attendance_helpers import FIXTURES, fill_rakor
from tests.gui.editor_helpers import answer_dialog

ZOOM = FIXTURES / "zoom_legacy.csv"


@pytest.fixture
def meeting_id(ctx) -> int:
    return fill_rakor(ctx.store)


@pytest.fixture
def panel(ctx, meeting_id, qtbot):
    session = open_session(ctx, meeting_id)
    widget = AttendeesPanel(session)
    session.hold(widget)
    qtbot.addWidget(widget)
    widget.resize(1280, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def by_name(ctx, meeting_id):
    return {a.name: a for a in ctx.store.list_items("attendees", meeting_id)}


def cells(dialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]


def test_the_dialog_shows_each_person_its_proposal_and_why(ctx, panel, qtbot):
    dialog = review_dialog(panel.session, ZOOM, panel)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.grab().save("/tmp/attendance_review.png")
    assert cells(dialog, rd.NAME)[:3] == [
        "Sekda Pangkalpinang - Radmida (Radmida Dawam)",
        "Budi Santoso",
        "Budi",
    ]
    assert cells(dialog, rd.CHOICE) == [
        "Peserta: Dr. H. Radmida Dawam, S.H., M.Si.",
        "Peserta: Budi Santoso",
        "Abaikan",
        "Peserta: Bahtiar",
        "Abaikan",
        "Abaikan",
        "Dari direktori: Ir. Hendra Saputra, M.T.",
        "Peserta baru: Bappeda Babel",
    ]
    assert cells(dialog, rd.WHY)[2] == "lebih dari satu orang cocok: Budi Santoso / Budi Hartono"
    assert cells(dialog, rd.MINUTES)[0] == "119"
    assert [dialog.absent_list.item(i).text() for i in range(dialog.absent_list.count())] == [
        "Siti Aminah"
    ]
    # the first line to decide has the keyboard
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (2, rd.CHOICE)
    assert QApplication.focusWidget() is dialog.table


def test_deciding_with_the_keyboard_and_applying_is_one_undo_step(ctx, panel, meeting_id, qtbot):
    before = ctx.store.list_items("attendees", meeting_id)

    problems = []

    def review(dialog: QDialog) -> None:
        try:
            decide(dialog)
        except AssertionError as exc:  # the dialog must close for the test to go on
            problems.append(exc)
            dialog.reject()

    def decide(dialog: QDialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        table = dialog.table
        assert QApplication.focusWidget() is table
        qtbot.keyClick(table, Qt.Key.Key_F2)  # row 3, "Budi": the choices open
        combo = QApplication.focusWidget()
        assert isinstance(combo, QComboBox)
        assert combo.currentText() == "Abaikan"
        assert [combo.itemText(i) for i in range(3)] == [
            "Peserta: Budi Santoso",
            "Peserta: Budi Hartono",
            "Peserta baru",
        ]
        qtbot.keyClick(combo, Qt.Key.Key_Up)
        qtbot.keyClick(combo, Qt.Key.Key_Up)
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        assert table.item(2, rd.CHOICE).text() == "Peserta: Budi Hartono"
        qtbot.keyClick(table, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.mark_absent.isChecked)  # a mnemonic clicks "animated"
        qtbot.keyClick(table, Qt.Key.Key_Return)

    answer_dialog(review)
    ctx.prompts.file_answers = [str(ZOOM)]
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert problems == []
    got = by_name(ctx, meeting_id)
    assert (got["Budi Hartono"].joined_at, got["Budi Hartono"].minutes_present) == ("09:20", 20)
    assert got["Siti Aminah"].present is False
    assert got["Ir. Hendra Saputra, M.T."].nip == "197001012000031001"
    assert "Ir. Hendra Saputra, M.T." in [
        panel.model.index(r, 1).data() for r in range(panel.model.rowCount())
    ]
    assert panel.session.stack.count() == 1
    source = ctx.store.attendance_source(meeting_id)  # named for the daftar hadir daring
    assert (source.platform, source.file_name) == ("zoom", "zoom_legacy.csv")
    panel.session.stack.undo()
    assert ctx.store.list_items("attendees", meeting_id) == before
    assert ctx.store.attendance_source(meeting_id) is None


def test_a_dropped_report_opens_the_review(ctx, panel, meeting_id, qtbot):
    seen = []

    def cancel(dialog: QDialog) -> None:
        seen.append(dialog.table.rowCount())
        dialog.reject()

    answer_dialog(cancel)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURES / "teams_en.csv"))])
    drop = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    assert seen == [4]
    assert panel.session.stack.count() == 0  # cancelled: nothing stored


def test_a_file_that_is_no_report_is_one_sentence(ctx, panel, meeting_id):
    before = ctx.store.list_items("attendees", meeting_id)
    assert panel.import_report(str(FIXTURES / "not_a_report.pdf")) is False
    [(kind, text)] = ctx.prompts.shown
    assert kind == "error" and "bukan laporan peserta Zoom" in text
    assert ctx.store.list_items("attendees", meeting_id) == before


def test_a_locked_meeting_is_not_changed(ctx, panel, meeting_id):
    before = ctx.store.list_items("attendees", meeting_id)
    panel.session.read_only = True
    assert panel.import_report(str(ZOOM)) is False
    assert ctx.prompts.shown == [("error", "Rapat ini terkunci; perubahan tidak disimpan.")]
    assert ctx.store.list_items("attendees", meeting_id) == before
