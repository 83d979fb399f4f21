"""Review a participant report before it changes the meeting.

One row per person of the report: the name as the report gives it, the
proposal (an attendee, a directory person, someone new, or ignore), the
times, and why. The clerk changes a proposal with the keyboard (F2 or any
key opens the choices, arrows pick, Enter keeps); lines the matcher could
not decide (phones, devices, two candidates) start as "ignore" and are
highlighted. Invitees the report does not hold are listed; one tick marks
them absent. "Terapkan" stores everything as one undo step through the
session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.attendance import apply, review
from core.attendance.matcher import ATTENDEE, IGNORE, NEW, PERSON
from gui.widgets.dialog_buttons import ok_cancel
from gui.widgets.tables import editable_rows

if TYPE_CHECKING:
    from core.attendance.apply import Plan
    from gui.session import MeetingSession

NO, NAME, EMAIL, CHOICE, JOINED, LEFT, MINUTES, WHY = range(8)
REVIEW_BACKGROUND = QColor("#fff4d6")
Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """The proposal column's editor: a list of what the entry may become."""

    def __init__(self, dialog: ReportReviewDialog) -> None:
        super().__init__(dialog.table)
        self.dialog = dialog

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems([self.dialog.choice_text(c) for c in self.dialog.options[index.row()]])
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        row = index.row()
        editor.setCurrentIndex(self.dialog.options[row].index(self.dialog.chosen(row)))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        self.dialog.set_choice(index.row(), editor.currentIndex())

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter keeps the choice at once and goes no further: Qt's own (queued)
        commit would come after the dialog's default button had applied."""
        if (
            isinstance(editor, QComboBox)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)


class ReportReviewDialog(QDialog):
    def __init__(
        self,
        session: MeetingSession,
        plan: Plan,
        source: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.plan = plan
        self.options = [review.choices(plan, p) for p in plan.proposals]
        self.setWindowTitle(self.tr("Impor laporan peserta"))
        self.resize(1200, 640)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self._build_table()
        self.absent = plan.not_in_report()
        self.absent_label = QLabel(self)
        self.absent_list = QListWidget(self)
        self.absent_list.addItems([a.name or a.position or "" for a in self.absent])
        self.absent_list.setMaximumHeight(110)
        self.absent_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mark_absent = QCheckBox(self.tr("Tandai mereka tidak &hadir"), self)
        self.mark_absent.setEnabled(bool(self.absent))
        self.buttons = ok_cancel(self, self.tr("&Terapkan"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.absent_label)
        if self.absent:
            layout.addWidget(self.absent_list)
            layout.addWidget(self.mark_absent)
        layout.addWidget(self.buttons)
        self._source = source
        self._refresh_summary()
        first = next((n for n, p in enumerate(plan.proposals) if p.review), 0)
        if plan.proposals:
            self.table.setCurrentCell(first, CHOICE)

    def showEvent(self, event: QShowEvent) -> None:
        """The table has the keyboard (not the OK button): the clerk decides first."""
        super().showEvent(event)
        self.table.setFocus()

    # ---- the table ---------------------------------------------------------------------

    def _build_table(self) -> None:
        table = self.table = QTableWidget(len(self.plan.proposals), 8, self)
        table.setHorizontalHeaderLabels(
            [
                self.tr("No"),
                self.tr("Nama di laporan"),
                self.tr("E-mail"),
                self.tr("Usulan"),
                self.tr("Gabung"),
                self.tr("Keluar"),
                self.tr("Menit"),
                self.tr("Alasan"),
            ]
        )
        table.verticalHeader().hide()
        editable_rows(table)
        table.setWordWrap(False)
        table.setItemDelegateForColumn(CHOICE, ChoiceDelegate(self))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NO, 36), (NAME, 250), (EMAIL, 160), (CHOICE, 270)):
            table.setColumnWidth(column, width)
        for column in (JOINED, LEFT, MINUTES):
            table.setColumnWidth(column, 58)
        for row, p in enumerate(self.plan.proposals):
            e = p.entry
            cells = {
                NO: str(row + 1),
                NAME: e.name,
                EMAIL: e.email or "",
                JOINED: e.joined or "",
                LEFT: e.left or "",
                MINUTES: "" if e.minutes is None else str(e.minutes),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(text if column in (NAME, EMAIL) else "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)
            table.setItem(row, CHOICE, QTableWidgetItem())
            why = QTableWidgetItem()
            why.setFlags(why.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, WHY, why)
            self._show_row(row)

    def chosen(self, row: int) -> review.Choice:
        return review.current(self.plan.proposals[row])

    def choice_text(self, choice: review.Choice) -> str:
        label = choice.target.label if choice.target else ""
        if choice.action == ATTENDEE:
            return self.tr("Peserta: {0}").format(label)
        if choice.action == PERSON:
            return self.tr("Dari direktori: {0}").format(label)
        if choice.action == NEW:
            return self.tr("Peserta baru")
        return self.tr("Abaikan")

    def set_choice(self, row: int, option: int) -> None:
        review.choose(self.plan.proposals[row], self.options[row][option])
        self._show_row(row)
        self._refresh_summary()

    def _show_row(self, row: int) -> None:
        p = self.plan.proposals[row]
        choice = self.chosen(row)
        text = self.choice_text(choice)
        if choice.action == NEW and p.name:
            office = f" ({p.office})" if p.office else ""
            text = self.tr("Peserta baru: {0}").format(p.name + office)
        why = apply.reason_text(p.reason)
        if p.review and p.candidates:
            why += ": " + " / ".join(c.label for c in p.candidates)
        for column, shown in ((CHOICE, text), (WHY, why)):
            self.table.item(row, column).setText(shown)
            self.table.item(row, column).setToolTip(shown)
        background = QBrush(REVIEW_BACKGROUND) if p.review else QBrush()
        for column in range(self.table.columnCount()):
            self.table.item(row, column).setBackground(background)

    def _refresh_summary(self) -> None:
        proposals = self.plan.proposals
        questions = sum(p.review for p in proposals)
        used = sum(not p.review and p.action != IGNORE for p in proposals)
        text = self.tr("{0}: {1} orang di laporan {2}; {3} akan diterapkan.").format(
            self._source, len(proposals), self.plan.platform.capitalize(), used
        )
        if questions:
            text += " " + self.tr(
                "{0} baris berwarna perlu Anda putuskan (F2 untuk memilih); "
                "selama belum diputuskan, baris itu diabaikan."
            ).format(questions)
        self.summary.setText(text)
        self.absent_label.setText(
            self.tr("Undangan yang tidak ada di laporan: {0}").format(
                len(self.plan.not_in_report())
            )
        )

    # ---- applying ------------------------------------------------------------------------

    def accept(self) -> None:
        """One operation, one undo step; nothing to change closes quietly."""
        store = self.session.ctx.store
        edits, additions, emails = apply.pending(store, self.plan, self.mark_absent.isChecked())
        source = self.plan.source
        new_source = source is not None and source != store.attendance_source(self.plan.meeting_id)
        if edits or additions or emails or new_source:
            changes = self.session.run(
                store.record_attendance,
                self.plan.meeting_id,
                edits,
                additions,
                emails,
                source,
                text=self.tr("Impor laporan peserta {0}").format(self.plan.platform.capitalize()),
            )
            if changes is None:
                return  # the clerk has been told why; the dialog stays open
        super().accept()
