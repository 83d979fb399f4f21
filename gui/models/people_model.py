"""A table model over the directory of officials, filtered by what is typed.

The directory window and the attendee completer both show it. It asks the
store for the matching people (``list_people`` matches every typed word in
name, NIP, jabatan, instansi or pangkat) and reloads when a ``Changes``
record names people; the directory is small enough that a reload is cheaper
than following each edit row by row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from core import model
from core.people import format_nip
from gui.context import AppContext

if TYPE_CHECKING:
    from core.changes import Changes

Index = QModelIndex | QPersistentModelIndex

FIELDS = ("name", "nip", "rank", "position", "organization", "contact")


def person_headers() -> list[str]:
    translate = QCoreApplication.translate
    return [
        translate("PeopleModel", "Nama"),
        translate("PeopleModel", "NIP"),
        translate("PeopleModel", "Pangkat/Golongan"),
        translate("PeopleModel", "Jabatan"),
        translate("PeopleModel", "Instansi"),
        translate("PeopleModel", "Kontak"),
    ]


def choice_text(person: model.Person) -> str:
    """One line that tells two namesakes apart: name — jabatan, instansi · NIP."""
    head = person.name or person.position or ""
    details = [p for p in (person.position if person.name else None, person.organization) if p]
    text = head
    if details:
        text = QCoreApplication.translate("PeopleModel", "{0} — {1}").format(
            head, ", ".join(details)
        )
    if person.nip:
        text = QCoreApplication.translate("PeopleModel", "{0} · NIP {1}").format(
            text, format_nip(person.nip)
        )
    return text


class PeopleModel(QAbstractTableModel):
    PersonRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    #: the one-line text a completer shows for the row
    ChoiceRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, ctx: AppContext, limit: int | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.limit = limit
        self.query = ""
        self.people: list[model.Person] = []
        self._headers = person_headers()
        self.people = ctx.store.list_people("", limit)
        ctx.events.changed.connect(self._on_changed)

    # ---- what is shown -----------------------------------------------------------------

    def set_query(self, query: str) -> None:
        """Show only the people matching ``query`` (every word, any part)."""
        self.query = query
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.people:
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.people = self.ctx.store.list_people(self.query.strip(), self.limit)
        self.endResetModel()

    def person(self, row: int) -> model.Person:
        return self.people[row]

    def row_of(self, person_id: int) -> int:
        for row, p in enumerate(self.people):
            if p.id == person_id:
                return row
        return -1

    # ---- Qt model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(FIELDS):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.people)):
            return None
        person = self.people[index.row()]
        field = FIELDS[index.column()]
        if role == self.PersonRole:
            return person
        if role == self.IdRole:
            return person.id
        if role == self.ChoiceRole:
            return choice_text(person)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(person, field) or ""
            if field == "name" and not value and role == Qt.ItemDataRole.DisplayRole:
                return "—"  # known by office only: the jabatan column says who
            if field == "nip" and value and role == Qt.ItemDataRole.DisplayRole:
                return format_nip(value)
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return choice_text(person)
        return None
