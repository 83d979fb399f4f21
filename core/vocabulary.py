"""The archive's fixed words and its list rows: cheap to import.

The archive window needs these before its first paint; the dataclasses of
:mod:`core.model` (each compiles its generated methods, ~10 ms for all of
them) are loaded once a meeting is opened or written. :mod:`core.model`
re-exports everything here, so the rest of the code keeps one vocabulary.
"""

from __future__ import annotations

from typing import NamedTuple

ROLES = ("chair", "note_taker", "speaker", "participant", "guest")
MODES = ("in_person", "online", "hybrid")
STATUSES = ("draft", "final")
STATEMENT_KINDS = ("quote", "summary")
#: Indonesia's three zones and their offsets, as the forms show them
UTC_OFFSETS = {"WIB": "UTC+7", "WITA": "UTC+8", "WIT": "UTC+9"}
TIMEZONES = tuple(UTC_OFFSETS)


def person_label(name: str | None, position: str | None) -> str:
    """How the clerk recognises someone in a list: name (jabatan), else either one."""
    if name and position:
        return f"{name} ({position})"
    return name or position or ""


class MeetingSummary(NamedTuple):
    """One row of the archive list: enough to show and sort, nothing more."""

    id: int
    uid: str
    title: str
    date: str
    kind: str | None
    mode: str | None
    status: str | None
    start_time: str | None = None
