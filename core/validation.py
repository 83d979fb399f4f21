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

LABELS = {
    "title": "judul", "date": "tanggal", "start_time": "jam mulai", "end_time": "jam selesai",
    "at": "jam", "joined_at": "jam masuk", "left_at": "jam keluar", "due": "batas waktu",
    "text": "teks", "nip": "NIP", "mode": "bentuk rapat", "status": "status", "role": "peran",
}  # fmt: skip


def check_field(name: str, value: Any, *, statement: bool = False) -> None:
    """Raise InputError naming the field when ``value`` cannot be stored."""
    label = LABELS.get(name, name)
    if value is None:
        if name in REQUIRED:
            raise InputError(f"{label} wajib diisi")
        return
    if name in ("present", "done"):
        if not isinstance(value, bool):
            raise InputError(f"{label} harus ya/tidak")
        return
    if name.endswith("_id"):
        if not isinstance(value, int):
            raise InputError(f"{label} harus berupa id")
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
        raise InputError(f"{label} harus berupa teks")
    if not value.isascii() and not _encodable(value):
        raise InputError(f"{label} berisi karakter yang tidak sah (surrogate tanpa pasangan)")
    if name in REQUIRED and not value.strip():
        raise InputError(f"{label} wajib diisi")
    if name in LINE_FIELDS and len(value) > LINE_MAX:
        raise InputError(f"{label} terlalu panjang (maks. {LINE_MAX} karakter)")
    if name in TEXT_FIELDS and len(value) > TEXT_MAX:
        raise InputError(f"{label} terlalu panjang (maks. {TEXT_MAX} karakter)")
    if name in DATE_FIELDS:
        parse_date(value)
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise InputError(f"{label} harus berbentuk TTTT-BB-HH: {value!r}")
    if name in TIME_FIELDS and not TIME_RE.match(value):
        raise InputError(f"{label} harus berbentuk JJ:MM: {value!r}")
    if name == "nip":
        problem = nip_problem(value)
        if problem:
            raise InputError(problem)
    enum_key = "kind_statement" if (name == "kind" and statement) else name
    if enum_key in ENUMS and value not in ENUMS[enum_key]:
        raise InputError(f"{label} tidak dikenal: {value!r}")
    if name == "timezone" and len(value) > 64:
        raise InputError("zona waktu terlalu panjang")


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
