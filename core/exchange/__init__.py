"""The ``notula.meeting`` exchange format: validate, import (versions 1 and 2),
export (version 2).

Import is all-or-nothing: the whole file is read, parsed, validated against
the schema and cross-checked (refs unique, every ref pointed at exists)
before one transaction writes it. Export writes the refs the file was
imported with, so export → import → export is byte-identical.

The work is split by responsibility: :mod:`core.exchange.read` reads and
parses a file, :mod:`core.exchange.check` (and ``check_v2`` for what v2
added) validates it, :mod:`core.exchange.convert` turns it into a Meeting and
back, and :mod:`core.exchange.write` writes a meeting's file. This package
adds a checked file to the archive, and is the one entry point other code
imports.
"""

from __future__ import annotations

import os
from typing import Any

from core.errors import DuplicateMeetingError, StorageError
from core.exchange.check import (
    ATTENDEE_FIELDS,
    FORMAT,
    MEETING_FIELDS,
    SCHEMA_PATH,
    VERSION,
    inline_refs,
    validate,
)
from core.exchange.convert import meeting_from_dict, meeting_to_dict
from core.exchange.read import MAX_FILE_BYTES, load_file, parse_bytes
from core.exchange.write import dumps, export_file
from core.i18n import _

__all__ = [
    "ATTENDEE_FIELDS",
    "FORMAT",
    "MAX_FILE_BYTES",
    "MEETING_FIELDS",
    "SCHEMA_PATH",
    "VERSION",
    "dumps",
    "export_file",
    "import_data",
    "import_file",
    "inline_refs",
    "load_file",
    "meeting_from_dict",
    "meeting_to_dict",
    "parse_bytes",
    "validate",
]


def import_data(
    store: Any, data: dict[str, Any], *, copy: bool = False, name: str = "<input>"
) -> int:
    """Add the meeting of a validated file; refuses a uid already in the archive."""
    import uuid

    meeting = meeting_from_dict(data)
    if copy:
        meeting.uid = str(uuid.uuid4())
    elif meeting.uid:
        _refuse_duplicate(store, meeting.uid, name)
        try:
            return store.create_meeting(meeting)
        except StorageError:
            # another import of the same file won the race between the check and
            # the insert: the same sentence as if it had come first
            _refuse_duplicate(store, meeting.uid, name)
            raise
    return store.create_meeting(meeting)


def _refuse_duplicate(store: Any, uid: str, name: str) -> None:
    existing = store.meeting_id_for_uid(uid)
    if existing is not None:
        raise DuplicateMeetingError(
            _(
                "{name}: meeting {uid} is already in the archive as id {id}"
                " (use --copy to import it as a new meeting)"
            ).format(name=name, uid=uid, id=existing),
            existing,
        )


def import_file(store: Any, path: str | os.PathLike, *, copy: bool = False) -> int:
    return import_data(store, load_file(path), copy=copy, name=str(path))
