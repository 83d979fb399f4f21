"""A small editable list of a meeting (agenda, decisions, follow-ups).

One table, one entry line, four buttons. Everything works from the keyboard:
Insert jumps to the entry line, Enter there adds the row, F2 or typing edits
a cell, Delete removes the row (no question: Ctrl+Z brings it back, and the
status line says so), Ctrl+Up/Ctrl+Down move it; dragging rows works too.
Every change is one step on the meeting's undo stack, run through its session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.editor.text_delegate import MultiLineDelegate
from gui.saves import Pending
from gui.widgets.empty_hint import EmptyHint
from gui.widgets.selection import select_row
from gui.widgets.status_label import StatusLabel

if TYPE_CHECKING:
    from core.changes import Changes
    from gui.session import MeetingSession


class ListPanel(QWidget):
    """Subclasses give the collection and the words; the session has the model."""

    collection = ""
    #: columns whose cells may hold several lines (Ctrl+Enter inside them)
    multiline = ("text", "notes")

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ctx = session.ctx
        self.meeting_id = session.meeting_id
        self.model = session.model(self.collection)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        roomy = self.table.fontMetrics().height() + 14  # room for an editor and the eye
        self.table.verticalHeader().setMinimumSectionSize(roomy)
        self.table.verticalHeader().setDefaultSectionSize(roomy)
        # rows fit their wrapped text; refitted after changes (ResizeToContents
        # would not follow a column being widened)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.timeout.connect(self.table.resizeRowsToContents)
        m = self.model
        refit = (m.rowsInserted, m.dataChanged, m.rowsMoved, m.modelReset,
                 self.table.horizontalHeader().sectionResized)  # fmt: skip
        for signal in refit:
            signal.connect(self._refit)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.entry_hint())
        self.entry.returnPressed.connect(self.add_from_entry)
        self.add_button = QPushButton(self.tr("&Tambah (Enter)"), self)
        self.add_button.setToolTip(self.tr("Tambah baris dari isian di sebelahnya (Insert)"))
        self.add_button.clicked.connect(self.add_from_entry)

        self.actions_: dict[str, QAction] = {}
        self._action("edit", self.tr("Ubah"), "F2", self.edit_current)
        self._action("up", self.tr("Naikkan"), "Ctrl+Up", lambda: self.move_current(-1))
        self._action("down", self.tr("Turunkan"), "Ctrl+Down", lambda: self.move_current(1))
        self._action(
            "delete", self.tr("Hapus"), QKeySequence.StandardKey.Delete, self.delete_current
        )
        self._action("insert", self.tr("Tambah baris baru"), "Insert", self.focus_entry)

        buttons = QHBoxLayout()
        for key, label in (
            ("up", self.tr("Naikkan (Ctrl+↑)")),
            ("down", self.tr("Turunkan (Ctrl+↓)")),
            ("delete", self.tr("Hapus (Del)")),
        ):
            action = self.actions_[key]
            button = QPushButton(label, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do it; Tab skips these
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        self.status = StatusLabel(self)
        self.status.setStyleSheet("color: palette(dark);")
        buttons.addWidget(self.status, 1)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        intro = QLabel(self.intro(), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(entry_row)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.entry)
        self.setTabOrder(self.entry, self.add_button)
        for column, col in enumerate(self.model.columns):
            if col.key in self.multiline:
                self.table.setItemDelegateForColumn(column, MultiLineDelegate(self.table))
        self.setup_table()
        self.empty_hint = EmptyHint(self.table, self.empty_text())
        keys = [c.key for c in self.model.columns]
        self.agenda_column = keys.index("agenda_id") if "agenda_id" in keys else -1
        if self.agenda_column >= 0:
            agenda = session.agenda
            for signal in (agenda.rowsInserted, agenda.rowsRemoved, agenda.rowsMoved,
                           agenda.dataChanged):  # fmt: skip
                signal.connect(self._agenda_changed)

    def _refit(self, *_: object) -> None:
        self._fit_timer.start(0)

    def _agenda_changed(self, *_: object) -> None:
        """An agenda item renamed or renumbered: the Agenda column shows it anew."""
        rows, column = self.model.rowCount(), self.agenda_column
        if rows:
            first, last = self.model.index(0, column), self.model.index(rows - 1, column)
            self.model.dataChanged.emit(first, last)

    # ---- what subclasses say -------------------------------------------------------

    def new_item(self, text: str) -> Any:
        raise NotImplementedError

    def entry_hint(self) -> str:
        return self.tr("Ketik teks baru, lalu Enter")

    def intro(self) -> str:
        return ""

    def empty_text(self) -> str:
        return self.tr("Masih kosong. Ketik di bawah, lalu Enter (Insert untuk ke sana).")

    def setup_table(self) -> None:
        """Delegates and column widths."""

    # ---- actions -------------------------------------------------------------------

    def _action(self, key: str, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text, self.table)
        keys = QKeySequence(shortcut)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(
            self.tr("{0} ({1})").format(text, keys.toString(QKeySequence.SequenceFormat.NativeText))
        )
        action.triggered.connect(slot)
        self.table.addAction(action)
        self.actions_[key] = action
        return action

    def _context_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for key in ("edit", "insert", "up", "down", "delete"):
            menu.addAction(self.actions_[key])
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            select_row(self.table, self.model.index(row, 0))

    def focus_entry(self) -> None:
        self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_from_entry(self) -> None:
        text = self.entry.text()
        if not text.strip():
            self.focus_entry()
            return
        changes = self.session.run(
            self.ctx.store.add_rows, self.collection, self.meeting_id,
            [self.new_item(text.strip())], text=self.tr("Tambah {0}").format(self.noun()),
            then=self._added,
        )  # fmt: skip
        if changes is not None:  # on failure the text stays for another try
            self.entry.clear()
            if isinstance(changes, Pending):  # it waits for the archive
                self.status.setText(self.tr("Menunggu arsip — disimpan begitu arsip bebas."))

    def _added(self, changes: Changes) -> None:
        """Stored (at once, or once the archive was free): the new row is selected."""
        self.select_row(self.model.row_of(changes.rows(self.collection).added[0]))
        self.status.setText(self.tr("Ditambahkan."))

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index)

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        if row < 0:
            return
        target = row + delta
        if 0 <= target < self.model.rowCount() and self.model.move(row, target):
            self.status.setText("")

    def delete_current(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        item = self.model.item(row)
        text = self.tr("Hapus {0}").format(self.noun())
        if self.session.run(self.ctx.store.remove_rows, self.collection, [item.id], text=text):
            self.select_row(min(row, self.model.rowCount() - 1))
            self.status.setText(self.tr("Dihapus — Ctrl+Z untuk membatalkan"))

    def noun(self) -> str:
        return self.tr("baris")
