"""The checks of what exchange format v2 added that its schema cannot make:
attachments that really are the pictures they claim to be, and dates with
times (``finalised_at``) that really are RFC 3339.

An attachment is checked whole before anything is stored: its base64 decodes
strictly, and the picture passes :func:`core.images.picture_problem` (size,
magic bytes that agree with its ``media_type``, pixels a side).
"""

from __future__ import annotations

import binascii
import re
from datetime import datetime
from typing import Any

from core.errors import InputError
from core.i18n import _
from core.images import MAX_PICTURE_BYTES, picture_problem

#: RFC 3339: a date, "T", a time with optional fraction, and an offset (Z or ±HH:MM)
DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)


def check_v2(meeting: dict[str, Any], name: str) -> None:
    """Raise one InputError, naming the file and the JSON path, for the first problem."""
    if "finalised_at" in meeting:
        _check_datetime(meeting["finalised_at"], name, "$.meeting.finalised_at")
    for i, revision in enumerate(meeting.get("revisions", [])):
        _check_datetime(revision["finalised_at"], name, f"$.meeting.revisions[{i}].finalised_at")
    for i, attachment in enumerate(meeting.get("attachments", [])):
        check_attachment(attachment, name, f"$.meeting.attachments[{i}]")


def _check_datetime(value: str, name: str, path: str) -> None:
    if DATETIME_RE.fullmatch(value):
        try:
            datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
            return
        except ValueError:
            pass
    raise InputError(
        _(
            "{name}: {path}: {value} is not a date and time with its offset, "
            "e.g. 2022-03-01T11:05:00+07:00"
        ).format(name=name, path=path, value=repr(value))
    )


def decode_attachment(text: str, name: str = "<input>", path: str = "$") -> bytes:
    """The picture's bytes from strict base64 (no spaces, no line breaks, right padding)."""
    if len(text) > (MAX_PICTURE_BYTES + 2) // 3 * 4:
        raise InputError(
            _("{name}: {path}: the picture is larger than {limit} MB").format(
                name=name, path=path, limit=MAX_PICTURE_BYTES // 2**20
            )
        )
    try:
        return binascii.a2b_base64(text.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError):
        raise InputError(
            _("{name}: {path}: not valid base64 (the picture's bytes cannot be read)").format(
                name=name, path=path
            )
        ) from None


def check_attachment(attachment: dict[str, Any], name: str, path: str) -> bytes:
    """The decoded picture of one attachment of a file, or one InputError naming
    the attachment by its ref and saying what is wrong with it."""
    data = decode_attachment(attachment["data"], name, f"{path}.data")
    problem = picture_problem(data, attachment["media_type"])
    if problem is not None:
        field, text = problem
        raise InputError(
            _("{name}: {path}: attachment {ref}: {problem}").format(
                name=name, path=f"{path}.{field}", ref=repr(attachment["ref"]), problem=text
            )
        )
    return data
