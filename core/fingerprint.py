"""A final revision's fingerprint and the short code documents print.

The fingerprint is SHA-256 of the UTF-8 bytes of the exported ``meeting``
object (uid included) in canonical JSON (keys sorted, no spaces, characters
as they are), without the fields finalising sets: so the same content always
gives the same fingerprint, whoever exports it and whenever.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

#: the fields of the exported meeting that finalising sets, left out of its fingerprint
FINALISATION_FIELDS = frozenset({"status", "revision", "finalised_at", "fingerprint", "revisions"})
CODE_DIGITS = 16
#: "kode 1A2B-3C4D-5E6F-7A8B" as a document prints it (any case, any dash)
CODE_PATTERN = re.compile(
    r"\b([0-9a-f]{4})[-‐‑–]([0-9a-f]{4})[-‐‑–]([0-9a-f]{4})[-‐‑–]([0-9a-f]{4})\b", re.I
)


def content_of(meeting: dict[str, Any]) -> dict[str, Any]:
    """The exported meeting object without its finalisation fields."""
    return {k: v for k, v in meeting.items() if k not in FINALISATION_FIELDS}


def fingerprint(meeting: dict[str, Any]) -> str:
    """The fingerprint of an exported ``meeting`` object (64 lower-case hex digits)."""
    text = json.dumps(
        content_of(meeting), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def code(fingerprint_hex: str) -> str:
    """The code documents print: the fingerprint's first 16 hex digits, XXXX-XXXX-XXXX-XXXX."""
    digits = fingerprint_hex[:CODE_DIGITS].upper()
    return "-".join(digits[i : i + 4] for i in range(0, CODE_DIGITS, 4))


def find_code(text: str) -> str | None:
    """The first code in a document's text, as 16 lower-case hex digits."""
    found = CODE_PATTERN.search(text)
    return "".join(found.groups()).lower() if found else None
