"""The columns of the attendance table and the editors used in its cells.

Kept apart from the panel so the panel file stays about behaviour (adding,
deleting, moving) while this one is about how one attendee reads and edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from core import model
from core.dates import clock_shown
from core.errors import InputError
from core.people import format_nip, nip_digits
from core.validation import check_field
from gui.models.collection_model import CollectionModel, Column
from gui.widgets.nip_edit import NipEdit
from gui.widgets.typed_fields import parse_time

Index = QModelIndex | QPersistentModelIndex
INVALID_CELL = "border: 2px solid #c0392b;"


def role_labels() -> dict[str, str]:
    """Role codes as the clerk reads them, in the order they are offered."""
    return {
        "chair": QCoreApplication.translate("AttendeesColumns", "Pimpinan"),
        "note_taker": QCoreApplication.translate("AttendeesColumns", "Notulis"),
        "speaker": QCoreApplication.translate("AttendeesColumns", "Pembicara"),
        "participant": QCoreApplication.translate("AttendeesColumns", "Peserta"),
        "guest": QCoreApplication.translate("AttendeesColumns", "Tamu"),
    }


def _role_text(a: model.Attendee) -> str:
    return role_labels().get(a.role or "", a.role or "")


def _name_text(a: model.Attendee) -> str:
    return a.name or "—"  # known by office only: the jabatan column says who


def _name_tip(a: model.Attendee) -> str:
    lines = [a.label]
    if a.rank:
        lines.append(a.rank)
    if a.organization:
        lines.append(a.organization)
    return "\n".join(line for line in lines if line)


def _nip_text(a: model.Attendee) -> str:
    return format_nip(a.nip) if a.nip else ""


def _nip_value(text: Any) -> str | None:
    digits = nip_digits(str(text or ""))
    return digits or None


def time_value(text: Any) -> str | None:
    """``"9.30"``, ``"0930"`` or ``"09:30"`` all mean half past nine (see typed_fields)."""
    raw = str(text or "").strip()
    try:
        return parse_time(raw)
    except ValueError:
        return raw  # the store names the field and rejects it


# Column keys, in order; the panel looks columns up by key, never by number.
NO, NAME, NIP, POSITION, ORG, ROLE, PRESENT, REPRESENTS, JOINED, LEFT, CONTACT = range(11)


def column_titles() -> dict[str, str]:
    return {
        "seq": QCoreApplication.translate("AttendeesColumns", "No"),
        "name": QCoreApplication.translate("AttendeesColumns", "Nama"),
        "nip": QCoreApplication.translate("AttendeesColumns", "NIP"),
        "position": QCoreApplication.translate("AttendeesColumns", "Jabatan"),
        "organization": QCoreApplication.translate("AttendeesColumns", "Instansi"),
        "role": QCoreApplication.translate("AttendeesColumns", "Peran"),
        "present": QCoreApplication.translate("AttendeesColumns", "Hadir"),
        "represents": QCoreApplication.translate("AttendeesColumns", "Mewakili"),
        "joined_at": QCoreApplication.translate("AttendeesColumns", "Masuk"),
        "left_at": QCoreApplication.translate("AttendeesColumns", "Keluar"),
        "contact": QCoreApplication.translate("AttendeesColumns", "Kontak"),
    }


def _time_column(key: str, title: str, align: Qt.AlignmentFlag) -> Column:
    """Stored as HH:MM, shown and typed as 13.52 (09:05, 0905 and 9.05 are read too)."""
    return Column(key, title, editable=True, display=lambda a: clock_shown(getattr(a, key)),
                  to_value=time_value, align=align)  # fmt: skip


def attendee_columns() -> list[Column]:
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    center = Qt.AlignmentFlag.AlignCenter
    t = column_titles()
    return [
        Column("seq", t["seq"], align=center),
        Column("name", t["name"], editable=True, display=_name_text, tooltip=_name_tip),
        Column("nip", t["nip"], editable=True, display=_nip_text, to_value=_nip_value),
        Column("position", t["position"], editable=True, tooltip=lambda a: a.position or ""),
        Column(
            "organization", t["organization"], editable=True, tooltip=lambda a: a.organization or ""
        ),
        Column("role", t["role"], editable=True, display=_role_text),
        Column("present", t["present"], checkable=True, align=center),
        Column("represents", t["represents"], editable=True),
        _time_column("joined_at", t["joined_at"], left),
        _time_column("left_at", t["left_at"], left),
        Column("contact", t["contact"], editable=True),
    ]


class RoleDelegate(QStyledItemDelegate):
    """A combo of the five roles; an empty choice clears the role."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("AttendeesColumns", "(tanpa peran)"), None)
        for code, label in role_labels().items():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole) or None
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model_: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model_.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class CheckedDelegate(QStyledItemDelegate):
    """A cell editor that keeps a value the archive would refuse open, with the reason.

    Enter or Tab on such a value would otherwise close the editor, show an
    error and throw the typing away: the clerk would type it all again.
    """

    field = ""

    def typed_value(self, editor: QWidget) -> Any:
        return editor.text()  # type: ignore[attr-defined]

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        leaving = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in leaving
            and isinstance(editor, QLineEdit)
        ):
            try:
                check_field(self.field, self.typed_value(editor))
            except InputError as exc:
                editor.setStyleSheet(INVALID_CELL)
                editor.setToolTip(str(exc))
                QToolTip.showText(editor.mapToGlobal(editor.rect().bottomLeft()), str(exc), editor)
                return True  # stays open, the typing kept, the reason shown
        return super().eventFilter(editor, event)


class TimeDelegate(CheckedDelegate):
    """HH:MM typed freely; "9.30" and "0930" are understood."""

    def __init__(self, field: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.field = field

    def typed_value(self, editor: QWidget) -> Any:
        return time_value(editor.text())  # type: ignore[attr-defined]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        edit = QLineEdit(parent)
        edit.setPlaceholderText(QCoreApplication.translate("AttendeesColumns", "JJ.MM"))
        edit.setMaxLength(8)
        return edit


class CheckDelegate(QStyledItemDelegate):
    """A check box in the middle of the cell; a click anywhere in the cell toggles it.

    The default indicator sits at the cell's left edge and only reacts on
    its 13 pixels; "Hadir" is clicked dozens of times per meeting.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        box = QStyleOptionButton()
        box.rect = self._indicator_rect(opt, style, widget)
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        box.state = (opt.state & QStyle.StateFlag.State_Enabled) | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, widget)

    @staticmethod
    def _indicator_rect(option: QStyleOptionViewItem, style: QStyle, widget: Any) -> QRect:
        size = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, widget)
        rect = QRect(0, 0, size, size)
        rect.moveCenter(option.rect.center())
        return rect

    def editorEvent(
        self, event: QEvent, model_: QAbstractItemModel, option: QStyleOptionViewItem, index: Index
    ) -> bool:
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        toggle = (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and option.rect.contains(event.position().toPoint())
        ) or (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        )
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            return True  # swallow, so a double click does not toggle twice or start editing
        if not toggle:
            return False
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        return model_.setData(index, new.value, Qt.ItemDataRole.CheckStateRole)


class NipDelegate(CheckedDelegate):
    """The NIP field that groups and checks as the clerk types."""

    field = "nip"

    def typed_value(self, editor: QWidget) -> Any:
        return nip_digits(editor.text()) or None  # type: ignore[attr-defined]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return NipEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, NipEdit)
        editor.set_nip(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model_: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, NipEdit)
        model_.setData(index, nip_digits(editor.text()), Qt.ItemDataRole.EditRole)


class AttendeesModel(CollectionModel):
    """The collection model, plus the running number in the "No" column."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == NO and 0 <= index.row() < len(self.items):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(index.row() + 1)
            if role == Qt.ItemDataRole.EditRole:
                return index.row() + 1
        return super().data(index, role)

    def counts(self) -> tuple[int, int]:
        """(attendees, present)."""
        return len(self.items), sum(1 for a in self.items if a.is_present)
