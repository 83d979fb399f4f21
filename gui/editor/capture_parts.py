"""The capture bar's parts: its text box, and its two layouts.

The text box is shared with the dialogs that edit a statement's words
(gui.editor.statement_dialog, gui.editor.promote_dialog): Enter there is the
same "done" as in the capture bar.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CaptureBar(Protocol):
    """What the layouts place: the widgets of gui.editor.capture_bar.CaptureBar
    (itself a QWidget, the layouts' parent)."""

    waiting: QLabel
    strip: QLabel
    speaker: QLineEdit
    agenda: QComboBox
    at: QLineEdit
    text: QPlainTextEdit
    kind: QWidget
    save_button: QWidget
    status: QLabel


class CaptureText(QPlainTextEdit):
    """Enter submits; Ctrl/Shift+Enter is a new line; Esc leaves."""

    submitted = Signal()
    escaped = Signal()
    # a Tab in the empty box keeps the focus here (the capture bar)
    holds_tab = False

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        if self.holds_tab and next and not self.toPlainText():
            return True  # stays: the words come next
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            mods = event.modifiers()
            if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def lay_out_wide(bar: CaptureBar, labels: tuple[QLabel, ...], keys: QLabel) -> None:
    """The editor's bar: speaker, agenda and time on one line, the text below."""
    speaker_label, agenda_label_, at_label, text_label = labels
    grid = QGridLayout(bar)
    grid.setContentsMargins(6, 4, 6, 4)
    grid.addWidget(bar.waiting, 0, 0, 1, 5)  # right under the list they will join
    grid.addWidget(QLabel(QCoreApplication.translate("CaptureBar", "Pilih cepat:"), bar), 1, 0)
    grid.addWidget(bar.strip, 1, 1, 1, 4)
    grid.addWidget(speaker_label, 2, 0)
    grid.addWidget(bar.speaker, 2, 1)
    grid.addWidget(agenda_label_, 2, 2)
    grid.addWidget(bar.agenda, 2, 3)
    at_row = QHBoxLayout()
    at_row.addWidget(at_label)
    at_row.addWidget(bar.at, 1)
    grid.addLayout(at_row, 2, 4)
    grid.addWidget(text_label, 3, 0)
    grid.addWidget(bar.text, 3, 1, 1, 3)
    beside = QVBoxLayout()  # the mark of this statement, right next to its words
    beside.addWidget(bar.kind)
    beside.addWidget(bar.save_button)
    beside.addStretch(1)
    grid.addLayout(beside, 3, 4)
    bottom = QHBoxLayout()
    bottom.addWidget(keys)
    bottom.addWidget(bar.status, 1)
    grid.addLayout(bottom, 4, 1, 1, 4)
    grid.setColumnStretch(1, 3)
    grid.setColumnStretch(3, 2)
    grid.setRowStretch(3, 1)


def lay_out_narrow(bar: CaptureBar, labels: tuple[QLabel, ...]) -> None:
    """The live window's bar (a third of a small screen): one field a line."""
    speaker_label, agenda_label_, at_label, text_label = labels
    grid = QGridLayout(bar)
    grid.setContentsMargins(6, 4, 6, 4)
    grid.addWidget(bar.waiting, 0, 0, 1, 4)
    grid.addWidget(bar.strip, 1, 0, 1, 4)
    grid.addWidget(speaker_label, 2, 0)
    grid.addWidget(bar.speaker, 2, 1, 1, 3)
    grid.addWidget(agenda_label_, 3, 0)
    grid.addWidget(bar.agenda, 3, 1)
    grid.addWidget(at_label, 3, 2)
    grid.addWidget(bar.at, 3, 3)
    grid.addWidget(text_label, 4, 0)
    grid.addWidget(bar.text, 4, 1, 1, 3)
    row = QHBoxLayout()
    row.addWidget(bar.status, 1)
    row.addWidget(bar.kind)
    row.addWidget(bar.save_button)
    grid.addLayout(row, 5, 0, 1, 4)
    grid.setColumnStretch(1, 1)
    grid.setRowStretch(4, 1)
    bar.agenda.setMinimumContentsLength(8)
