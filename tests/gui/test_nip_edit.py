"""The NIP field groups 8-6-1-3 as the clerk types and says what is wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from gui.widgets.nip_edit import NipEdit, early_problem, group_digits

GOOD = "198704122010012003"


@pytest.fixture
def edit(qtbot):
    widget = NipEdit()
    label = QLabel()
    widget.set_status_label(label)
    widget.label = label
    qtbot.addWidget(widget)
    qtbot.addWidget(label)
    widget.show()
    return widget


def test_typing_groups_as_printed(edit, qtbot):
    qtbot.keyClicks(edit, GOOD)
    assert edit.text() == "19870412 201001 2 003"
    assert edit.nip() == GOOD
    assert edit.problem() is None
    assert edit.state() == "valid"
    assert edit.label.text() == "NIP sah"
    assert "#5a9a6e" in edit.styleSheet()


def test_pasting_with_spaces_or_dots(edit, qtbot):
    QApplication.clipboard().setText("NIP. 1987 0412.2010 0120 03")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "19870412 201001 2 003"
    assert edit.nip() == GOOD


def test_short_nip_is_neutral_with_a_count(edit, qtbot):
    qtbot.keyClicks(edit, "19870412201")
    assert edit.text() == "19870412 201"
    assert edit.state() == "incomplete"
    assert edit.label.text() == "11/18 angka"
    assert edit.toolTip() == "11/18 angka"
    assert edit.styleSheet() == ""  # no red while the clerk is still typing
    assert edit.nip() is None
    assert edit.problem() == "NIP harus 18 angka, bukan 11"
    assert not edit.is_acceptable()


def test_impossible_birth_date_is_red_as_soon_as_typed(edit, qtbot):
    qtbot.keyClicks(edit, "19871332")  # month 13, day 32: wrong before the rest is typed
    assert edit.state() == "invalid"
    assert edit.problem() == "tanggal lahir dalam NIP tidak mungkin: 1987-13-32"
    assert edit.label.text() == edit.problem()
    assert edit.toolTip() == edit.problem()
    assert "#c0392b" in edit.styleSheet()
    qtbot.keyClicks(edit, "2010012003")
    assert edit.state() == "invalid"
    assert edit.nip() is None


def test_other_mistakes(edit, qtbot):
    qtbot.keyClicks(edit, "198704122010132003")
    assert edit.problem() == "bulan pengangkatan dalam NIP tidak mungkin: 13"
    edit.clear()
    qtbot.keyClicks(edit, "198704122010013003")
    assert edit.problem() == "digit jenis kelamin dalam NIP harus 1 atau 2"
    edit.clear()
    qtbot.keyClicks(edit, GOOD + "4")
    assert edit.problem() == "NIP harus 18 angka, bukan 19"
    assert edit.state() == "invalid"


def test_empty_is_acceptable(edit, qtbot):
    qtbot.keyClicks(edit, "1")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == ""
    assert edit.state() == "empty"
    assert edit.problem() is None and edit.nip() is None
    assert edit.is_acceptable()


def test_letters_are_dropped(edit, qtbot):
    qtbot.keyClicks(edit, "1987a0412")
    assert edit.text() == "19870412"


def test_cursor_stays_after_the_digit_typed(edit, qtbot):
    edit.set_nip("19870412201001")
    edit.setCursorPosition(4)  # after "1987"
    qtbot.keyClicks(edit, "9")
    assert edit.text() == "19879041 220100 1"
    assert edit.text()[: edit.cursorPosition()] == "19879"


def test_backspace_over_a_group_space_removes_the_digit(edit, qtbot):
    edit.set_nip("19870412201001")
    edit.setCursorPosition(9)  # just after the space
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.digits() == "1987041201001"
    assert edit.text()[: edit.cursorPosition()] == "1987041"


def test_helpers():
    assert group_digits("1234567890") == "12345678 90"
    assert group_digits(GOOD + "99") == "19870412 201001 2 003 99"
    assert early_problem("1987") is None
    assert early_problem("19870412") is None
    assert early_problem("198704121990") is not None  # appointed at three years old
