"""The directory of officials: search, add, change, delete and merge entries.

Every change is undoable on the archive's undo stack (Ctrl+Z here). Changing
an entry never changes what past attendance lists say — attendees keep the
copy taken on the day — and the window says so where it matters.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import model
from core.changes import Changes, Op
from core.people import format_nip
from gui.commands import HistoryActions
from gui.context import AppContext
from gui.directory.person_dialog import PersonDialog
from gui.models.people_model import PeopleModel
from gui.widgets.dialog_buttons import ok_cancel

#: Nama, NIP, Pangkat, Jabatan, Instansi, Kontak: Jabatan and Instansi (the long ones)
#: share what the window leaves, so no column runs off the side
WIDTHS = (220, 165, 150, 250, 230, 130)
STRETCHED = (3, 4)


class DirectoryWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Direktori Pejabat"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1180, 680)
        self.model = PeopleModel(ctx, parent=self)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari nama, NIP, jabatan, instansi atau pangkat…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_query)
        search_label = QLabel(self.tr("&Cari:"), self)
        search_label.setBuddy(self.search)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in STRETCHED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.search.returnPressed.connect(self.table.setFocus)

        self.add_button = QPushButton(self.tr("&Tambah…"), self)
        self.edit_button = QPushButton(self.tr("&Ubah…"), self)
        self.delete_button = QPushButton(self.tr("&Hapus"), self)
        self.merge_button = QPushButton(self.tr("&Gabungkan…"), self)
        self.merge_button.setToolTip(
            self.tr("Pilih dua entri atau lebih untuk orang yang sama, lalu gabungkan")
        )
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Tutup"))
        # Enter in the search box goes to the list, never to Tutup (Esc closes)
        close_button.setAutoDefault(False)
        close_button.setDefault(False)
        close.rejected.connect(self.reject)

        self._actions()

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addSpacing(16)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.merge_button):
            button.setAutoDefault(False)  # Enter in the search box must not press a button
            buttons.addWidget(button)
        note = QLabel(
            self.tr("Mengubah direktori tidak mengubah daftar hadir rapat yang sudah ada."), self
        )
        note.setStyleSheet("color: gray;")
        buttons.addSpacing(12)
        buttons.addWidget(note)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.model.modelReset.connect(self._refresh)
        self.table.selectionModel().selectionChanged.connect(self._refresh)
        self._refresh()
        self.search.setFocus()

    def _actions(self) -> None:
        """Keyboard shortcuts, and undo/redo of directory edits while this window is open."""
        history = HistoryActions(self.ctx, self.ctx.archive_undo, self, self.tr("Urungkan"),
                                 self.tr("Ulangi"))  # fmt: skip
        specs = [
            (history.undo, QKeySequence.StandardKey.Undo),
            (history.redo, QKeySequence.StandardKey.Redo),
        ]
        for action, keys in specs:
            action.setShortcut(keys)
            self.addAction(action)
        for keys, slot in (
            ("Ctrl+N", self.add_person),
            ("Insert", self.add_person),
            ("Return", self.edit_selected),
            ("F2", self.edit_selected),
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            ("Ctrl+F", self.search.setFocus),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            on_table = keys in ("Return", "F2", QKeySequence.StandardKey.Delete)
            (self.table if on_table else self).addAction(action)

    # ---- selection ---------------------------------------------------------------------

    def selected(self) -> list[model.Person]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.person(r) for r in rows]

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _refresh(self, *args: object) -> None:
        count = len(self.selected())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)
        self.merge_button.setEnabled(count >= 2)
        shown = self.model.rowCount()
        if self.model.query.strip():
            self.count_label.setText(self.tr("%Ln cocok", "", shown))
        else:
            self.count_label.setText(self.tr("%Ln pejabat", "", shown))

    # ---- changes -----------------------------------------------------------------------

    def add_person(self) -> bool:
        dialog = PersonDialog(self.ctx, self.tr("Tambah pejabat"), parent=self)
        self.person_dialog = dialog  # so a test can fill it in
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        changes = self.ctx.run(
            self.ctx.archive_undo, self.ctx.store.new_person, dialog.person(),
            text=self.tr("Tambah pejabat"), then=self._added,
        )  # fmt: skip
        return changes is not None

    def _added(self, changes: Changes) -> None:
        """Stored (at once, or once the archive was free): the new person is selected."""
        self.select_person(next(iter(changes.people)))

    def edit_selected(self) -> bool:
        people = self.selected()
        if len(people) != 1:
            return False
        person = people[0]
        assert person.id is not None
        dialog = PersonDialog(
            self.ctx, self.tr("Ubah pejabat"), person, person_id=person.id, parent=self
        )
        dialog.form.hint.setText(
            self.tr("Daftar hadir rapat yang sudah ada tetap seperti pada hari rapat.")
        )
        self.person_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        changes = {k: v for k, v in dialog.values().items() if v != getattr(person, k)}
        if not changes:
            return False
        text = self.tr("Ubah {0}").format(person.label)
        done = self.ctx.run(
            self.ctx.archive_undo, self.ctx.store.edit_person, person.id, changes, text=text
        )
        self.select_person(person.id)
        return done is not None

    def delete_selected(self) -> bool:
        people = self.selected()
        if not people:
            return False
        names = "\n".join(f"• {_line(p)}" for p in people)
        question = self.tr(
            "Hapus dari direktori?\n\n{0}\n\nDaftar hadir rapat yang sudah ada tidak berubah. "
            "Bisa dibatalkan dengan Ctrl+Z."
        ).format(names)
        if not self.ctx.prompts.confirm(question, self.tr("Hapus pejabat"), self.tr("Hapus")):
            return False
        store = self.ctx.store
        removals = [Op(store.remove_person, (p.id,)) for p in people if p.id is not None]
        text = self.tr("Hapus %Ln pejabat", "", len(people))
        return self.ctx.run(self.ctx.archive_undo, store.in_order, *removals, text=text) is not None

    def merge_selected(self, keep_id: int | None = None) -> bool:
        people = self.selected()
        if len(people) < 2:
            return False
        if keep_id is None:
            dialog = MergeDialog(people, self)
            self.merge_dialog = dialog  # so a test can choose
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            keep_id = dialog.keep_id()
        others = [p.id for p in people if p.id is not None and p.id != keep_id]
        text = self.tr("Gabungkan %Ln pejabat", "", len(people))
        if (
            self.ctx.run(
                self.ctx.archive_undo, self.ctx.store.fold_people, keep_id, others, text=text
            )
            is None
        ):
            return False
        self.select_person(keep_id)
        return True


def _line(person: model.Person) -> str:
    parts = [person.label or "—"]
    if person.organization:
        parts.append(person.organization)
    if person.nip:
        parts.append(
            QCoreApplication.translate("DirectoryWindow", "NIP {0}").format(format_nip(person.nip))
        )
    return " · ".join(parts)


class MergeDialog(QDialog):
    """Which entry stays: it lists every entry and says what happens to the rest."""

    def __init__(self, people: list[model.Person], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gabungkan pejabat"))
        self.setMinimumWidth(680)
        self.people = people
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Entri-entri ini orang yang sama. Pertahankan yang mana?"), self)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        best = max(range(len(people)), key=lambda i: _filled(people[i]))
        for i, person in enumerate(people):
            radio = QRadioButton(_two_lines(person), self)
            radio.setChecked(i == best)
            self.group.addButton(radio, i)
            layout.addWidget(radio)
        note = QLabel(
            self.tr(
                "Entri lain dihapus dari direktori; peserta rapat yang berasal dari entri itu "
                "dihubungkan ke entri yang dipertahankan, dan isian yang kosong dilengkapi dari "
                "entri lain. Daftar hadir rapat tidak berubah. Bisa dibatalkan dengan Ctrl+Z."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: gray;")
        layout.addWidget(note)
        buttons = ok_cancel(self, self.tr("Gabungkan"))
        layout.addWidget(buttons)

    def keep_id(self) -> int:
        person_id = self.people[max(0, self.group.checkedId())].id
        assert person_id is not None
        return person_id


def _two_lines(person: model.Person) -> str:
    """Name (jabatan) on top, instansi · NIP · pangkat under it, for a radio button."""
    details = [person.organization, person.rank]
    if person.nip:
        details.append(
            QCoreApplication.translate("DirectoryWindow", "NIP {0}").format(format_nip(person.nip))
        )
    shown = " · ".join(d for d in details if d)
    return f"{person.label or '—'}\n{shown}" if shown else (person.label or "—")


def _filled(person: model.Person) -> int:
    """How complete an entry is: the default choice to keep."""
    return sum(1 for v in (person.name, person.nip, person.rank, person.position,
                           person.organization, person.contact) if v)  # fmt: skip
