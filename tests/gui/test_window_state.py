"""A remembered window size that makes no sense today is not restored."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow

from gui.window_state import restore_geometry, save_geometry


def test_a_remembered_tiny_window_comes_back_at_the_default_size(qtbot):
    small = QMainWindow()
    qtbot.addWidget(small)
    small.resize(400, 240)
    save_geometry(small, "test/geometry")

    again = QMainWindow()
    qtbot.addWidget(again)
    restore_geometry(again, "test/geometry", QSize(760, 520), QSize(700, 450))
    assert (again.width(), again.height()) == (760, 520)


def test_a_sensible_remembered_size_is_kept(qtbot):
    first = QMainWindow()
    qtbot.addWidget(first)
    first.resize(730, 470)
    save_geometry(first, "test/geometry2")

    again = QMainWindow()
    qtbot.addWidget(again)
    restore_geometry(again, "test/geometry2", QSize(760, 520), QSize(700, 450))
    assert (again.width(), again.height()) == (730, 470)
