"""The attendance list of one meeting: who came, in which role, since when.

The clerk adds people by typing part of a name, NIP, jabatan or instansi and
picking from the directory; someone new is added to the directory and the
meeting in one undoable step. The table shows the session's attendees model,
the one the pickers of the other tabs share; every edit is one step run
through the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import model
from gui import keyboard
from gui.directory.person_dialog import PersonDialog, guess_fields
from gui.editor import attendees_columns as cols
from gui.editor.attendee_dialog import AttendeeDialog
from gui.editor.directory_offer import offer_directory_update
from gui.widgets.empty_hint import EmptyHint
from gui.widgets.person_completer import PersonCompleter
from gui.widgets.selection import select_row
from gui.widgets.tables import dropped_files, editable_rows

if TYPE_CHECKING:
    from core.changes import Changes
    from gui.session import MeetingSession

# Starting widths (pixels) so names and offices are readable without dragging.
# Jabatan and Instansi share what is left of the width.
WIDTHS = {
    cols.NO: 34, cols.NAME: 200, cols.NIP: 164, cols.ROLE: 86, cols.PRESENT: 48,
    cols.REPRESENTS: 112, cols.JOINED: 54, cols.LEFT: 54, cols.CONTACT: 100,
}  # fmt: skip


def _dropped_file(event: QDropEvent) -> str | None:
    """The one local file a drag carries (a report), or None."""
    files = dropped_files(event)
    return files[0] if len(files) == 1 else None


class AttendeesPanel(QWidget):
    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ctx = session.ctx
        self.meeting_id = session.meeting_id
        self.stack = session.stack
        self.model = session.attendees
        self._build_add_row()
        self._build_table()
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "Belum ada peserta. Ketik sebagian nama, NIP, jabatan atau instansi di "
                "kolom Tambah peserta, lalu Enter; orang baru lewat Peserta baru…"
            ),
        )
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(self.add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)

        for signal in (
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
            self.model.modelReset,
        ):
            signal.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.rowsMoved.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)
        self._update_count()
        self._update_buttons()
        self.setAcceptDrops(True)  # a participant report dropped on the tab is imported

    # ---- layout ------------------------------------------------------------------------

    def _build_add_row(self) -> None:
        self.add_edit = QLineEdit(self)
        self.add_edit.setPlaceholderText(
            self.tr("Ketik sebagian nama, NIP, jabatan atau instansi, lalu Enter")
        )
        self.add_edit.setClearButtonEnabled(True)
        self.add_edit.setMinimumWidth(420)
        label = QLabel(self.tr("&Tambah peserta:"), self)
        label.setBuddy(self.add_edit)
        self.completer = PersonCompleter(self.ctx, self.add_edit)
        self.completer.personChosen.connect(self.add_from_directory)
        self.add_edit.returnPressed.connect(self._on_add_return)
        self.new_button = QPushButton(self.tr("Peserta ba&ru…"), self)
        self.new_button.setToolTip(self.tr("Peserta yang belum ada di direktori pejabat"))
        self.new_button.clicked.connect(lambda: self.add_new_person(self.add_edit.text()))
        self.import_button = QPushButton(self.tr("&Impor laporan peserta…"), self)
        self.import_button.setToolTip(
            self.tr("Laporan peserta Zoom, Teams atau Meet (CSV, XLSX); bisa juga diseret ke sini")
        )
        self.import_button.clicked.connect(lambda: self.import_report())
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("font-weight: bold;")
        self.add_row = QHBoxLayout()
        self.add_row.addWidget(label)
        self.add_row.addWidget(self.add_edit, 1)
        self.add_row.addWidget(self.new_button)
        self.add_row.addWidget(self.import_button)
        self.add_row.addSpacing(24)
        self.add_row.addWidget(self.count_label)

    def _build_table(self) -> None:
        table = self.table = QTableView(self)
        table.setModel(self.model)
        editable_rows(table)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(cols.POSITION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(cols.ORG, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(30)
        for column, width in WIDTHS.items():
            table.setColumnWidth(column, width)
        table.setItemDelegateForColumn(cols.ROLE, cols.RoleDelegate(table))
        table.setItemDelegateForColumn(cols.NIP, cols.NipDelegate(table))
        table.setItemDelegateForColumn(cols.PRESENT, cols.CheckDelegate(table))
        table.setItemDelegateForColumn(cols.JOINED, cols.TimeDelegate("joined_at", table))
        table.setItemDelegateForColumn(cols.LEFT, cols.TimeDelegate("left_at", table))
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete_current)
        self._shortcut("Ctrl+Up", lambda: self.move_current(-1))
        self._shortcut("Ctrl+Down", lambda: self.move_current(+1))
        self._shortcut(keyboard.sequence("attendees.edit"), self.edit_current, self)
        # on X11 a line edit reads Ctrl+E as "end of line": in Tambah peserta it is ours
        self.add_edit.installEventFilter(self)
        self._shortcut("Insert", self.add_edit.setFocus, self)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)

    def _build_buttons(self) -> None:
        self.edit_button = QPushButton(self.tr("&Ubah… (Ctrl+E)"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.up_button = QPushButton(self.tr("Naikkan (Ctrl+↑)"), self)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Turunkan (Ctrl+↓)"), self)
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.delete_button = QPushButton(self.tr("&Hapus (Del)"), self)
        self.delete_button.clicked.connect(self.delete_current)
        hint = QLabel(self.tr("Klik dua kali atau F2 untuk mengubah sel; seret untuk mengurutkan."))
        hint.setStyleSheet("color: gray;")
        self.button_row = QHBoxLayout()
        for button in (self.edit_button, self.up_button, self.down_button, self.delete_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.button_row.addWidget(button)
        self.button_row.addSpacing(12)
        self.button_row.addWidget(hint)
        self.button_row.addStretch(1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.add_edit
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and QKeySequence(event.keyCombination()) == keyboard.sequence("attendees.edit")
        ):
            event.ignore()  # not the line's: the shortcut fires
            return True
        return super().eventFilter(watched, event)

    # ---- a participant report (gui.attendance) -----------------------------------------------

    def import_report(self, path: str | None = None) -> bool:
        """Review a Zoom/Teams/Meet report (asked for when not given); True when applied."""
        from gui.attendance.importer import ask_and_import, import_report

        if path is None:
            return ask_and_import(self.session, self)
        return import_report(self.session, path, self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.import_report(path)

    def _shortcut(self, keys: Any, slot: Any, on: QWidget | None = None) -> QShortcut:
        sc = QShortcut(QKeySequence(keys), on or self.table)
        sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        sc.activated.connect(slot)
        return sc

    def _context_menu(self, pos: QPoint) -> None:
        if self.current_row() < 0:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Ubah…"), QKeySequence("Ctrl+E"), self.edit_current)
        menu.addAction(self.tr("Naikkan"), QKeySequence("Ctrl+Up"), lambda: self.move_current(-1))
        menu.addAction(self.tr("Turunkan"), QKeySequence("Ctrl+Down"), lambda: self.move_current(1))
        menu.addSeparator()
        menu.addAction(self.tr("Hapus"), QKeySequence.StandardKey.Delete, self.delete_current)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # ---- adding ------------------------------------------------------------------------

    def _on_add_return(self) -> None:
        if self.completer.has_choice():
            return  # the completer picks the highlighted entry itself
        if self.add_edit.text().strip():
            self.add_new_person(self.add_edit.text())

    def add_from_directory(self, person: model.Person) -> bool:
        """Add a directory entry as it is today (a snapshot, kept with the meeting)."""
        # asked of the archive, not the model: merging or deleting directory entries
        # relinks attendees without touching (or announcing) what the list shows
        stored = self.ctx.store.list_items("attendees", self.meeting_id)
        row = next((r for r, a in enumerate(stored) if a.person_id == person.id), -1)
        if person.id is not None and row >= 0:
            self.ctx.prompts.info(
                self.tr("{0} sudah ada di daftar peserta (nomor {1}).").format(
                    person.label, row + 1
                )
            )
            self._finish_add(row)
            return False
        attendee = self.ctx.store.attendee_from_person(person)
        attendee.role = "participant"
        text = self.tr("Tambah peserta {0}").format(person.label)
        store = self.ctx.store
        changes = self.session.run(store.add_rows, "attendees", self.meeting_id, [attendee],
                                   text=text, then=self._added)  # fmt: skip
        if changes is None:
            return False
        self._finish_add(-1)
        return True

    def add_new_person(self, typed: str = "") -> bool:
        """Someone not in the directory: a small form, prefilled with what was typed."""
        self.completer.popup().hide()
        dialog = PersonDialog(
            self.ctx, self.tr("Peserta baru"), guess_fields(typed), offer_directory=True,
            ask_role=True, parent=self,
        )  # fmt: skip
        self.new_person_dialog = dialog  # so a test can fill it in
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.add_typed_person(
            dialog.person(), dialog.save_to_directory(), dialog.attendee_role()
        )

    def add_typed_person(
        self, person: model.Person, to_directory: bool, role: str = "participant"
    ) -> bool:
        attendee = self.ctx.store.attendee_from_person(person)
        attendee.role = role
        text = self.tr("Tambah peserta baru {0}").format(person.label)
        store = self.ctx.store
        if to_directory:
            changes = self.session.run(
                store.new_person_attendee, self.meeting_id, person, attendee, text=text,
                then=self._added,
            )  # fmt: skip
        else:
            changes = self.session.run(
                store.add_rows, "attendees", self.meeting_id, [attendee], text=text,
                then=self._added,
            )  # fmt: skip
        if changes is None:
            return False
        self._finish_add(-1)
        return True

    def _added(self, changes: Changes) -> None:
        """Stored (at once, or once the archive was free): the new row is selected."""
        self.select_row(self.model.row_of(changes.rows("attendees").added[0]))

    def _finish_add(self, row: int) -> None:
        self.add_edit.clear()
        self.completer.people.set_query("")
        if row >= 0:
            self.select_row(row)
        self.add_edit.setFocus()

    # ---- the selected row --------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        column = max(self.table.currentIndex().column(), cols.NAME)
        select_row(self.table, self.model.index(row, column))

    def delete_current(self) -> bool:
        row = self.current_row()
        if row < 0:
            return False
        attendee = self.model.item(row)
        text = self.tr("Hapus peserta {0}").format(attendee.label)
        if not self.session.run(self.ctx.store.remove_rows, "attendees", [attendee.id], text=text):
            return False
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))
        return True

    def move_current(self, step: int) -> bool:
        row = self.current_row()
        target = row + step
        if row < 0 or not (0 <= target < self.model.rowCount()):
            return False
        if not self.model.move(row, target):
            return False
        self.select_row(target)
        return True

    def edit_current(self) -> bool:
        row = self.current_row()
        if row < 0:
            return False
        attendee = self.model.item(row)
        dialog = AttendeeDialog(self.ctx, attendee, self)
        self.edit_dialog = dialog  # so a test can fill it in
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        changes = dialog.changes()
        if not (changes and self.model.update(attendee.id, changes, self.tr("peserta"))):
            return False
        offer_directory_update(self.session, attendee, changes)  # the entry, too?
        return True

    # ---- state -------------------------------------------------------------------------

    def _update_count(self, *args: object) -> None:
        total, present = self.model.counts()
        attending = self.tr("%Ln peserta", "", total)
        here = self.tr("%Ln hadir", "", present)
        self.count_label.setText(f"{attending} · {here}")

    def _update_buttons(self, *args: object) -> None:
        row = self.current_row()
        has = row >= 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)
