"""Undo commands for the directory of officials.

Like gui/commands.py, each command calls one store operation and announces
``peopleChanged``. Directory edits never touch attendees' copies (the core's
rule), so no meeting list needs to refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from core import model
from core.store.directory import PERSON_COLUMNS
from gui.commands import AddItemCommand, StoreCommand

if TYPE_CHECKING:
    from gui.context import AppContext


class AddPersonCommand(StoreCommand):
    def __init__(self, ctx: AppContext, person: model.Person, text: str = "") -> None:
        super().__init__(ctx, text or QCoreApplication.translate("Directory", "Tambah pejabat"))
        self.person = person
        self.removed: tuple[model.Person, list[int]] | None = None

    def apply(self) -> None:
        if self.removed is not None:
            self.person = self.ctx.store.restore_person(*self.removed)
        else:
            self.person = self.ctx.store.add_person(self.person)
        self.ctx.events.peopleChanged.emit()

    def revert(self) -> None:
        assert self.person.id is not None
        self.removed = self.ctx.store.delete_person(self.person.id)
        self.ctx.events.peopleChanged.emit()


class UpdatePersonCommand(StoreCommand):
    def __init__(
        self, ctx: AppContext, person_id: int, changes: dict[str, Any], text: str = ""
    ) -> None:
        super().__init__(ctx, text or QCoreApplication.translate("Directory", "Ubah pejabat"))
        self.person_id = person_id
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def apply(self) -> None:
        self.before = self.ctx.store.update_person(self.person_id, self.changes)
        self.ctx.events.peopleChanged.emit()

    def revert(self) -> None:
        self.ctx.store.update_person(self.person_id, self.before)
        self.ctx.events.peopleChanged.emit()


class DeletePersonCommand(StoreCommand):
    """Remove an entry; undo puts it back with its id and its links to attendees."""

    def __init__(self, ctx: AppContext, person_id: int, text: str = "") -> None:
        super().__init__(ctx, text or QCoreApplication.translate("Directory", "Hapus pejabat"))
        self.person_id = person_id
        self.removed: tuple[model.Person, list[int]] | None = None

    def apply(self) -> None:
        self.removed = self.ctx.store.delete_person(self.person_id)
        self.ctx.events.peopleChanged.emit()

    def revert(self) -> None:
        assert self.removed is not None
        self.ctx.store.restore_person(*self.removed)
        self.ctx.events.peopleChanged.emit()


class MergePeopleCommand(StoreCommand):
    """Fold duplicates into one entry; undo restores each duplicate and its links."""

    def __init__(self, ctx: AppContext, keep_id: int, others: list[int], text: str = "") -> None:
        super().__init__(ctx, text or QCoreApplication.translate("Directory", "Gabungkan pejabat"))
        self.keep_id = keep_id
        self.others = [o for o in others if o != keep_id]
        self.keep_before: model.Person | None = None
        self.duplicates: list[tuple[model.Person, list[int]]] = []

    def apply(self) -> None:
        store = self.ctx.store
        with store.atomic():
            self.keep_before = store.get_person(self.keep_id)
            self.duplicates = [
                (store.get_person(o), store.linked_attendees(o)) for o in self.others
            ]
            store.merge_people(self.keep_id, self.others)
        self.ctx.events.peopleChanged.emit()

    def revert(self) -> None:
        assert self.keep_before is not None
        store = self.ctx.store
        with store.atomic():
            store.update_person(
                self.keep_id, {c: getattr(self.keep_before, c) for c in PERSON_COLUMNS}
            )
            for person, linked in self.duplicates:
                store.restore_person(person, linked)
        self.ctx.events.peopleChanged.emit()


class AddNewPersonAttendeeCommand(StoreCommand):
    """Someone not yet in the directory: add them there and to the meeting as one step.

    Undo removes the attendee, then the directory entry; redo puts both back
    with their ids, so the attendee stays linked to its entry.
    """

    def __init__(
        self,
        ctx: AppContext,
        meeting_id: int,
        person: model.Person,
        attendee: model.Attendee,
        text: str,
        index: int | None = None,
    ) -> None:
        super().__init__(ctx, text)
        self.add_person = AddPersonCommand(ctx, person, text)
        self.add_attendee = AddItemCommand(ctx, "attendees", meeting_id, attendee, text, index)

    @property
    def person(self) -> model.Person:
        return self.add_person.person

    @property
    def attendee(self) -> model.Attendee:
        return self.add_attendee.item

    def apply(self) -> None:
        self.add_person.apply()
        if self.add_attendee.removed is None:
            self.add_attendee.item.person_id = self.add_person.person.id
        try:
            self.add_attendee.apply()
        except Exception:
            self.add_person.revert()  # all or nothing
            raise

    def revert(self) -> None:
        self.add_attendee.revert()
        self.add_person.revert()
