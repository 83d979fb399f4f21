"""Regression: PySide6(-Essentials) 6.12.0 drops a reference to None on every
call of a method that returns void, until CPython aborts with
"Fatal Python error: none_dealloc". pyproject.toml pins PySide6 below 6.12;
this test fails on any build that has the bug, whatever its version number."""

from __future__ import annotations

import sys

CALLS = 3000


def test_void_qt_calls_leave_the_refcount_of_none_alone(qapp):
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QLabel, QWidget

    label, widget, obj = QLabel(), QWidget(), QObject()
    for _ in range(50):  # warm up: first calls may cache signatures
        label.setText("pemanasan")
        widget.setEnabled(True)
        obj.setObjectName("x")
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText(f"Notula rapat {i % 7}")
        label.setWordWrap(bool(i % 2))
        widget.setEnabled(True)
        widget.setToolTip("Daftar hadir")
        obj.setObjectName("objek")
    after = sys.getrefcount(None)
    # a leak or an over-release of one reference per call moves it by thousands
    assert abs(after - before) < 100, (before, after)
    label.deleteLater()
    widget.deleteLater()
