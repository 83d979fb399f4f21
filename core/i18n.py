"""One language per run for what the core and the command line say.

Messages are written in English inside ``_()`` and translated from the
catalogue ``core/locale/id.po`` (read with Babel, the first time a message is
translated). The command line picks the language from the locale, as cli.md
says: Indonesian unless ``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` starts with
``en``; the GUI sets its interface language with :func:`set_language`.

Placeholders are ``str.format`` fields (``_("{path}: no such file").format(path=p)``),
so a translation may put them in another order.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

LANGUAGES = ("id", "en")
CATALOGUE_DIR = Path(__file__).with_name("locale")

_language: str | None = None


def locale_language(environ: dict[str, str] | None = None) -> str:
    """The language the locale asks for: the first of LC_ALL, LC_MESSAGES and
    LANG that is set decides, as in POSIX; English only when it starts with en."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            return "en" if value.lower().startswith("en") else "id"
    return "id"


def set_language(language: str | None) -> None:
    """Fix the language of this run (None: follow the locale again)."""
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    global _language
    _language = language


def language() -> str:
    return _language or locale_language()


@cache
def catalogue(language: str) -> dict[str, str]:
    """English text -> translation, for every translated entry of the .po file."""
    path = CATALOGUE_DIR / f"{language}.po"
    if not path.exists():
        return {}
    from babel.messages.pofile import read_po  # only when a message is translated

    with path.open("rb") as fh:
        catalog = read_po(fh, locale=language)
    return {
        str(m.id): str(m.string)
        for m in catalog
        if m.id and isinstance(m.id, str) and m.string and not m.fuzzy
    }


def _(text: str) -> str:
    """``text`` in the language of this run (English is the source)."""
    lang = language()
    if lang == "en":
        return text
    return catalogue(lang).get(text, text)
