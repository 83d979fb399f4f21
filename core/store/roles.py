"""The meeting's chair and note-taker are also attendees' roles: kept in step.

A clerk may say who chairs in two places: the header's "Pimpinan rapat"
(``chair_id``) or the Peran column of the attendee ("Pimpinan"). Whichever is
changed, the other follows in the same operation (one undo step): choosing a
chair in the header gives that attendee the role and takes it from whoever
had it (they become "participant"); giving an attendee the role "chair" makes
them the header's chair; taking the role away from the chair empties the
header field. The note-taker works the same way.

Each step only changes what disagrees, so running the inverse of a combined
step (which runs these operations again) settles without going round.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.changes import Changes

#: header field → the attendee role it names
HEADER_ROLES = {"chair_id": "chair", "note_taker_id": "note_taker"}
#: the role someone keeps after the header names another attendee
DEMOTED = "participant"


class RolesMixin:
    """Needs the store's ``list_items``, ``get_meeting_header`` and the operations
    ``edit_rows`` and ``edit_header`` (core.store.operations)."""

    def roles_for_header(self, meeting_id: int, values: Mapping[str, Any]) -> Changes | None:
        """The attendee roles that follow header fields just set (None: all agree)."""
        edits: dict[int, dict[str, Any]] = {}
        for field, role in HEADER_ROLES.items():
            if field not in values:
                continue
            chosen = values[field]
            for a in self.list_items("attendees", meeting_id):  # type: ignore[attr-defined]
                if a.id == chosen and a.role != role:
                    edits.setdefault(a.id, {})["role"] = role
                elif a.id != chosen and a.role == role:
                    edits.setdefault(a.id, {})["role"] = DEMOTED
        return self.edit_rows("attendees", edits) if edits else None  # type: ignore[attr-defined]

    def header_for_roles(self, meeting_id: int, roles: Mapping[int, str | None]) -> Changes | None:
        """The header fields that follow attendee roles just set (id → role)."""
        header = self.get_meeting_header(meeting_id)  # type: ignore[attr-defined]
        values: dict[str, Any] = {}
        for field, role in HEADER_ROLES.items():
            current = getattr(header, field)
            now = [i for i, r in roles.items() if r == role]
            if now and now[-1] != current:
                values[field] = now[-1]
            elif current in roles and roles[current] != role:
                values[field] = None
        return self.edit_header(meeting_id, values) if values else None  # type: ignore[attr-defined]
