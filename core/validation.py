"""Field checks shared by the store (GUI edits) and the exchange format.

The JSON schema already guards imported files; these checks guard every
other way a value reaches the archive, with messages that name the field.
"""

from __future__ import annotations

import re
from typing import Any

from core import vocabulary
from core.dates import parse_date
from core.errors import InputError
from core.i18n import _
from core.people import nip_problem

TIME_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$")
LINE_MAX = 1000
TEXT_MAX = 200_000

LINE_FIELDS = {
    "title", "kind", "number", "location", "city", "organizer", "name", "position",
    "organization", "rank", "represents", "contact", "owner", "series", "short_name", "email",
    "absence_reason", "label", "caption", "reopen_reason",
}  # fmt: skip
TEXT_FIELDS = {"opening", "closing", "notes", "text", "progress"}
DATE_FIELDS = {"date", "due", "done_at"}
INTEGER_FIELDS = {"revision", "minutes_present"}
BYTES_FIELDS = {"data"}
TIME_FIELDS = {"start_time", "end_time", "at", "joined_at", "left_at"}
ENUMS = {
    "mode": vocabulary.MODES,
    "status": vocabulary.STATUSES,
    "role": vocabulary.ROLES,
    "kind_statement": vocabulary.STATEMENT_KINDS,
    "media_type": ("image/png", "image/jpeg"),
}
REQUIRED = {"title", "text", "date"}


def label(name: str) -> str:
    """How a message names the field ``name`` in the language of this run
    (an internal name, such as ``speaker_id``, as it is)."""
    labels = {
        "title": _("title"), "date": _("date"), "start_time": _("start time"),
        "end_time": _("end time"), "at": _("time"), "joined_at": _("time joined"),
        "left_at": _("time left"), "due": _("due date"), "text": _("text"), "nip": "NIP",
        "mode": _("meeting mode"), "status": _("status"), "role": _("role"),
        "kind": _("kind"), "number": _("number"), "location": _("place"), "city": _("city"),
        "organizer": _("organiser"), "name": _("name"), "position": _("position"),
        "organization": _("organisation"), "rank": _("rank"), "represents": _("represents"),
        "contact": _("contact"), "owner": _("person responsible"), "opening": _("opening"),
        "closing": _("closing"), "notes": _("notes"), "timezone": _("time zone"),
        "present": _("present"), "done": _("done"),
    }  # fmt: skip
    return labels.get(name, name)


def check_field(name: str, value: Any, *, statement: bool = False) -> None:
    """Raise InputError naming the field when ``value`` cannot be stored (the
    label is looked up only then: a valid edit never reads the catalogue)."""
    if value is None:
        if name in REQUIRED:
            raise InputError(_("{field} is required").format(field=label(name)))
        return
    if name in ("present", "done"):
        if not isinstance(value, bool):
            raise InputError(_("{field} must be yes or no").format(field=label(name)))
        return
    if name.endswith("_id"):
        if not isinstance(value, int):
            raise InputError(_("{field} must be an id").format(field=label(name)))
        return
    if name in INTEGER_FIELDS:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InputError(_("{label} must be a whole number").format(label=label))
        return
    if name in BYTES_FIELDS:
        if not isinstance(value, bytes):
            raise InputError(_("{label} must be the bytes of a file").format(label=label))
        return
    if not isinstance(value, str):
        raise InputError(_("{field} must be text").format(field=label(name)))
    if not value.isascii() and not _encodable(value):
        raise InputError(
            _("{field} holds an invalid character (a lone surrogate)").format(field=label(name))
        )
    if name in REQUIRED and not value.strip():
        raise InputError(_("{field} is required").format(field=label(name)))
    if name in LINE_FIELDS and len(value) > LINE_MAX:
        raise InputError(
            _("{field} is too long (at most {n} characters)").format(field=label(name), n=LINE_MAX)
        )
    if name in TEXT_FIELDS and len(value) > TEXT_MAX:
        raise InputError(
            _("{field} is too long (at most {n} characters)").format(field=label(name), n=TEXT_MAX)
        )
    if name in DATE_FIELDS:
        parse_date(value)
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise InputError(
                _("{field} must be written YYYY-MM-DD: {value!r}").format(
                    field=label(name), value=value
                )
            )
    if name in TIME_FIELDS and not TIME_RE.match(value):
        raise InputError(
            _("{field} must be written HH:MM: {value!r}").format(field=label(name), value=value)
        )
    if name == "nip":
        problem = nip_problem(value)
        if problem:
            raise InputError(problem)
    enum_key = "kind_statement" if (name == "kind" and statement) else name
    if enum_key in ENUMS and value not in ENUMS[enum_key]:
        raise InputError(_("unknown {field}: {value!r}").format(field=label(name), value=value))
    if name == "timezone" and len(value) > 64:
        raise InputError(
            _("{field} is too long (at most {n} characters)").format(field=label(name), n=64)
        )


def _encodable(text: str) -> bool:
    """A lone UTF-16 surrogate (possible from a widget or a JSON escape) is
    not text SQLite can store; refuse it here rather than fail in the driver."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_fields(values: dict[str, Any], *, statement: bool = False) -> None:
    for name, value in values.items():
        check_field(name, value, statement=statement)
