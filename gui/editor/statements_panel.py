"""The "Pembahasan" list: every statement, read like a transcript.

Each row shows the time, the speaker (name and jabatan), whether it is a
quote or a summary, and the words, wrapped; a band names the agenda item
wherever the discussion moves to another one. A filter shows one agenda item.

Keys (also in the context menu): F2/Enter edit · Delete delete (undoable) ·
Ctrl+↑/↓ reorder · Ctrl+K quote⇄summary · Ctrl+PgUp/PgDn move to the
previous/next agenda item · Ctrl+M choose the agenda item from a menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from gui.editor.combos import FollowingCombo, agenda_label
from gui.editor.speaker_picker import refilter
from gui.editor.statements_view import StatementsView
from gui.models.collection_model import CollectionModel
from gui.widgets.empty_hint import EmptyHint
from gui.widgets.status_label import StatusLabel

if TYPE_CHECKING:
    from gui.session import MeetingSession

Index = QModelIndex | QPersistentModelIndex
ALL = -2  # filter: every agenda item
NONE = -1  # filter: statements without an agenda item (combos.NO_ID)


class AgendaFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.agenda_id = ALL

    def set_agenda(self, agenda_id: int) -> None:
        if agenda_id != self.agenda_id:
            refilter(self, lambda: setattr(self, "agenda_id", agenda_id))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.agenda_id == ALL:
            return True
        item = self.sourceModel().item(source_row)  # type: ignore[attr-defined]
        wanted = None if self.agenda_id == NONE else self.agenda_id
        return item.agenda_id == wanted


class StatementsPanel(QWidget):
    ItemRole = CollectionModel.ItemRole

    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ctx = session.ctx
        self.meeting_id = session.meeting_id
        self.attendees = attendees = session.attendees
        self.agenda = agenda = session.agenda
        self.model = session.statements
        self.proxy = AgendaFilter(self)
        self.proxy.setSourceModel(self.model)
        self.dialog: Any = None

        self.filter = FollowingCombo(
            agenda, agenda_label, self.tr("Tanpa agenda"), self,
            extra=[(self.tr("Semua agenda"), ALL)],
        )  # fmt: skip
        # wide enough for most agenda titles, not the whole window for the longest
        self.filter.setSizeAdjustPolicy(
            self.filter.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter.setMinimumContentsLength(48)
        self.filter.blockSignals(True)
        self.filter.setCurrentIndex(self.filter.findData(ALL))
        self.filter.blockSignals(False)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        self.count = QLabel(self)

        self.view = StatementsView(self, self)
        self.view.setModel(self.proxy)
        self.empty_hint = EmptyHint(
            self.view,
            self.tr(
                "Belum ada pernyataan. Di bawah: pilih pembicara (huruf atau angka 1–9), "
                "Tab, ketik yang disampaikan, lalu Enter."
            ),
            empty=lambda: self.model.rowCount() == 0,
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.doubleClicked.connect(lambda _i: self.edit_current())
        self.view.setAccessibleName(self.tr("Daftar pernyataan"))

        label = QLabel(self.tr("&Tampilkan:"), self)
        label.setBuddy(self.filter)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter)
        self.status = StatusLabel(self)
        self.status.setStyleSheet("color: palette(dark);")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.status, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        self.actions_: dict[str, QAction] = {}
        self._action("edit", self.tr("Ubah…"), ["F2", "Return"], self.edit_current)
        self._action("kind", self.tr("Kutipan ⇄ ringkasan"), ["Ctrl+K"], self.toggle_kind)
        self._action("prev_agenda", self.tr("Pindah ke agenda sebelumnya"), ["Ctrl+PgUp"],
                     lambda: self.step_agenda(-1))  # fmt: skip
        self._action("next_agenda", self.tr("Pindah ke agenda berikutnya"), ["Ctrl+PgDown"],
                     lambda: self.step_agenda(1))  # fmt: skip
        self._action("agenda_menu", self.tr("Pindah ke agenda…"), ["Ctrl+M"], self.agenda_menu)
        self._action("up", self.tr("Naikkan"), ["Ctrl+Up"], lambda: self.move_current(-1))
        self._action("down", self.tr("Turunkan"), ["Ctrl+Down"], lambda: self.move_current(1))
        self._action("delete", self.tr("Hapus"), ["Delete"], self.delete_current)

        for signal in (attendees.rowsInserted, attendees.rowsRemoved, attendees.dataChanged,
                       attendees.modelReset):  # fmt: skip
            signal.connect(self._attendees_changed)
        for signal in (agenda.rowsInserted, agenda.rowsRemoved, agenda.rowsMoved,
                       agenda.dataChanged, agenda.modelReset):  # fmt: skip
            signal.connect(self._agenda_changed)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._show_count)
        self._show_count()

    # ---- lookups used by the delegate and the columns ---------------------------------

    def speaker_label(self, attendee_id: int | None) -> str:
        return self.session.speaker_label(attendee_id)

    def agenda_title(self, agenda_id: int | None) -> str:
        return self.session.agenda_title(agenda_id)

    def filtered(self) -> bool:
        return self.proxy.agenda_id != ALL

    def shown_items(self) -> list[Any]:
        """The statements the view shows, in order, without asking Qt row by row."""
        if not self.filtered():
            return self.model.items
        wanted = None if self.proxy.agenda_id == NONE else self.proxy.agenda_id
        return [s for s in self.model.items if s.agenda_id == wanted]

    def _attendees_changed(self, *_: object) -> None:
        self.view.viewport().update()

    def _agenda_changed(self, *_: object) -> None:
        # the filter combo has rebuilt itself quietly; if the agenda item it showed is
        # gone (deleted) or back (undo), the filter must follow what the combo says
        value = self.filter.currentData()
        self.proxy.set_agenda(ALL if value is None else int(value))
        self._show_count()
        self.view.fit_all()
        self.view.viewport().update()

    def _show_count(self, *_: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = (
            self.tr("%Ln pernyataan", "", total)
            if shown == total
            else self.tr("{0} dari %Ln pernyataan", "", total).format(QLocale().toString(shown))
        )
        self.count.setText(text)

    def _filter_changed(self, _index: int) -> None:
        value = self.filter.currentData()
        self.proxy.set_agenda(ALL if value is None else int(value))
        self.view.fit_all()
        self._show_count()

    # ---- selection -------------------------------------------------------------------

    def _action(self, key: str, text: str, keys: list[str], slot: Any) -> None:
        action = QAction(text, self.view)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        self.actions_[key] = action

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for key in ("edit", "kind", "agenda_menu", "prev_agenda", "next_agenda", "up", "down"):
            menu.addAction(self.actions_[key])
        menu.addSeparator()
        menu.addAction(self.actions_["delete"])
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def current_item(self) -> Any:
        index = self.view.currentIndex()
        return index.data(CollectionModel.ItemRole) if index.isValid() else None

    def show_item(self, item_id: int, select: bool = True) -> None:
        """Scroll to a statement (a new one: the filter opens up if it hides it)."""
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.setCurrentIndex(self.filter.findData(ALL))
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if select:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.view.scrollTo(index)

    # ---- editing -------------------------------------------------------------------

    def update_current(self, changes: dict[str, Any], what: str) -> bool:
        item = self.current_item()
        return item is not None and self._update(item.id, changes, what)

    def _update(self, item_id: int, changes: dict[str, Any], what: str) -> bool:
        store = self.ctx.store
        return (
            self.session.run(store.edit_rows, "statements", {item_id: changes}, text=what)
            is not None
        )

    def edit_current(self) -> None:
        from gui.editor.statement_dialog import StatementDialog

        item = self.current_item()
        if item is None:
            return
        self.dialog = StatementDialog(
            item, self.attendees, self.agenda,
            lambda changes, i=item.id: self._update(i, changes, self.tr("Ubah pernyataan")),
            self,
        )  # fmt: skip
        # gone once closed: a hidden dialog would keep following the lists forever
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.finished.connect(lambda _r: self.view.setFocus())
        self.dialog.open()

    def toggle_kind(self) -> None:
        item = self.current_item()
        if item is not None:
            kind = "summary" if item.is_quote else "quote"
            self.update_current({"kind": kind}, self.tr("Ubah jenis pernyataan"))

    def step_agenda(self, delta: int) -> None:
        item = self.current_item()
        if item is None or not self.agenda.items:
            return
        ids = [None] + [a.id for a in self.agenda.items]
        at = ids.index(item.agenda_id) if item.agenda_id in ids else 0
        target = max(0, min(len(ids) - 1, at + delta))
        if target != at:
            self.move_to_agenda(ids[target])

    def move_to_agenda(self, agenda_id: int | None) -> None:
        item = self.current_item()
        if item is not None and self.update_current(
            {"agenda_id": agenda_id}, self.tr("Pindahkan ke agenda lain")
        ):
            self.show_item(item.id)

    def agenda_menu(self) -> None:
        item = self.current_item()
        if item is None:
            return
        menu = QMenu(self)
        entries = [(self.tr("Tanpa agenda"), None)] + [
            (agenda_label(row, a), a.id) for row, a in enumerate(self.agenda.items)
        ]
        for n, (text, agenda_id) in enumerate(entries):
            action = menu.addAction(f"&{n} {text}" if n < 10 else text)
            action.setCheckable(True)
            action.setChecked(agenda_id == item.agenda_id)
            action.triggered.connect(lambda _c=False, a=agenda_id: self.move_to_agenda(a))
        rect = self.view.visualRect(self.view.currentIndex())
        menu.exec(self.view.viewport().mapToGlobal(rect.bottomLeft()))

    def move_current(self, delta: int) -> None:
        """Swap with the neighbour that is shown (the filter may hide others)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return
        neighbour = self.proxy.index(index.row() + delta, 0)
        if not neighbour.isValid():
            return
        row = self.proxy.mapToSource(index).row()
        target = self.proxy.mapToSource(neighbour).row()
        self.model.move(row, target)
        self.view.scrollTo(self.view.currentIndex())

    def delete_current(self) -> None:
        index = self.view.currentIndex()
        item = self.current_item()
        if item is None:
            return
        text = self.tr("Hapus pernyataan")
        if self.session.run(self.ctx.store.remove_rows, "statements", [item.id], text=text):
            row = min(index.row(), self.proxy.rowCount() - 1)
            if row >= 0:
                self.view.setCurrentIndex(self.proxy.index(row, 0))
            self.status.setText(self.tr("Dihapus — Ctrl+Z untuk membatalkan"))
