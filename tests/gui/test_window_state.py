"""A remembered window size that makes no sense today is not restored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow

from gui.window_state import restore_geometry, save_geometry


@pytest.mark.parametrize(
    ("remembered", "restored"),
    [
        ((400, 240), (760, 520)),  # tiny: comes back at the default size
        ((730, 470), (730, 470)),  # sensible: kept
    ],
)
def test_a_remembered_size_is_restored_only_if_sensible(qtbot, remembered, restored):
    key = f"test/geometry-{remembered[0]}"
    first = QMainWindow()
    qtbot.addWidget(first)
    first.resize(*remembered)
    save_geometry(first, key)

    again = QMainWindow()
    qtbot.addWidget(again)
    restore_geometry(again, key, QSize(760, 520), QSize(700, 450))
    assert (again.width(), again.height()) == restored
