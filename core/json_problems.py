"""Why a JSON text cannot be parsed, in the language of the run.

Python's json module words its errors in English, so a message that is
Indonesian up to the bracket would be English inside it: two languages in
one line. Each reason the decoder gives has its own message here; one a
later Python adds is shown as it is rather than hidden.
"""

from __future__ import annotations

import json

from core.i18n import _


def reason(exc: json.JSONDecodeError) -> str:
    """The decoder's reason for ``exc`` in the language of the run."""
    known = {
        "Expecting value": _("a value was expected"),
        "Expecting property name enclosed in double quotes": _(
            "a name in double quotes was expected, or a comma is one too many"
        ),
        "Expecting ':' delimiter": _("a colon (:) was expected"),
        "Expecting ',' delimiter": _("a comma (,) was expected"),
        "Unterminated string starting at": _("a text is not closed with a double quote"),
        "Invalid control character at": _("a control character inside a text"),
        "Invalid \\escape": _("an invalid backslash escape"),
        "Invalid \\uXXXX escape": _("an invalid \\uXXXX escape"),
        "Extra data": _("more data after the end of the JSON"),
    }
    return known.get(exc.msg, exc.msg)
