"""The ``notula.meeting`` exchange format: validate, import (versions 1 and 2),
export (version 2).

Import is all-or-nothing: the whole file is read, parsed, validated against
the schema and cross-checked (refs unique, every ref pointed at exists)
before one transaction writes it. Export writes the refs the file was
imported with, so export → import → export is byte-identical.

The work is split by responsibility: :mod:`core.exchange_read` reads and
parses a file, :mod:`core.exchange_check` validates it, and
:mod:`core.exchange_convert` turns it into a Meeting and back. This module
holds what touches the archive and the disk, and stays the one entry point
other code imports.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from core.errors import DuplicateMeetingError, InputError
from core.exchange_check import (
    ATTENDEE_FIELDS,
    FORMAT,
    MEETING_FIELDS,
    SCHEMA_PATH,
    VERSION,
    inline_refs,
    validate,
)
from core.exchange_check import validator as _validator  # noqa: F401 - bench warms it up
from core.exchange_convert import dumps, meeting_from_dict, meeting_to_dict
from core.exchange_read import MAX_FILE_BYTES, load_file, parse_bytes
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
    "write_atomic",
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
        existing = store.meeting_id_for_uid(meeting.uid)
        if existing is not None:
            raise DuplicateMeetingError(
                _(
                    "{name}: meeting {uid} is already in the archive as id {id}"
                    " (use --copy to import it as a new meeting)"
                ).format(name=name, uid=meeting.uid, id=existing),
                existing,
            )
    return store.create_meeting(meeting)


def import_file(store: Any, path: str | os.PathLike, *, copy: bool = False) -> int:
    return import_data(store, load_file(path), copy=copy, name=str(path))


def export_file(store: Any, meeting_id: int, path: str | os.PathLike) -> None:
    """Write atomically: a crash mid-write leaves the old file or none, never half."""
    text = dumps(store.get_meeting(meeting_id))
    write_atomic(Path(path), text.encode("utf-8"))


def write_atomic(path: Path, payload: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(
            _("{path}: folder {folder} does not exist").format(path=path, folder=folder)
        )
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(
            _("{path}: cannot write here ({problem})").format(path=path, problem=exc.strerror)
        ) from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        _usual_mode(Path(tmp))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(
            _("{path}: cannot write file ({problem})").format(path=path, problem=exc.strerror)
        ) from None


def _usual_mode(path: Path) -> None:
    """mkstemp makes a private (0600) file; a saved file is shared like any other."""
    if os.name != "posix":
        return
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, 0o666 & ~mask)
