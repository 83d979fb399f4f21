"""One language per run for what the core and the command line say.

Messages are written in English inside ``_()`` and translated from the
catalogue ``core/locale/id.po`` (read with Babel, the first time a message is
translated). The command line picks the language from the locale, as cli.md
says: Indonesian unless ``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` starts with
``en``; the GUI sets its interface language with :func:`set_language`.

Placeholders are ``str.format`` fields (``_("{path}: no such file").format(path=p)``),
so a translation may put them in another order. argparse's own words (``usage:``,
``options``...) are in the same catalogue under argparse's msgids, with its
``%``-placeholders; :func:`argparse_speaking` routes them there.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

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
def _read(language: str) -> Any:
    """The Babel catalogue of ``language``, or None when there is none."""
    path = CATALOGUE_DIR / f"{language}.po"
    if not path.exists():
        return None
    from babel.messages.pofile import read_po  # only when a message is translated

    with path.open("rb") as fh:
        return read_po(fh, locale=language)


@cache
def catalogue(language: str) -> dict[str, str]:
    """English text -> translation, for every translated entry of the .po file."""
    catalog = _read(language)
    if catalog is None:
        return {}
    return {
        str(m.id): str(m.string)
        for m in catalog
        if m.id and isinstance(m.id, str) and m.string and not m.fuzzy
    }


@cache
def plurals(language: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(singular, plural) English -> the translation's forms (msgstr[0], [1]...)."""
    catalog = _read(language)
    if catalog is None:
        return {}
    return {
        (str(m.id[0]), str(m.id[1])): tuple(str(form) for form in m.string)
        for m in catalog
        if isinstance(m.id, tuple) and all(m.string) and not m.fuzzy
    }


def _(text: str) -> str:
    """``text`` in the language of this run (English is the source)."""
    lang = language()
    if lang == "en":
        return text
    return catalogue(lang).get(text, text)


def ngettext(singular: str, plural: str, n: int) -> str:
    """``singular`` or ``plural`` as ``n`` asks, in the language of this run."""
    lang = language()
    forms = plurals(lang).get((singular, plural)) if lang != "en" else None
    if not forms:
        return singular if n == 1 else plural
    import gettext

    index = gettext.c2py(_read(lang).plural_expr)(n)
    return forms[min(index, len(forms) - 1)]


@contextlib.contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's own words (usage:, options, the following arguments are
    required...) in the language of this run, while the block runs.

    argparse looks its strings up at call time through its module globals
    ``_`` and ``ngettext`` (gettext's, which know no Notula catalogue); they
    point at this catalogue only inside the block and are put back after, so
    no other parser in the process is changed. A text the catalogue does not
    hold goes to gettext as before.
    """
    import argparse

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def translate(text: str | None) -> str | None:
        return text if text is None else catalogue(language()).get(text) or saved[0](text)

    def translate_n(singular: str, plural: str, n: int) -> str:
        if language() != "en" and (singular, plural) in plurals(language()):
            return ngettext(singular, plural, n)
        return saved[1](singular, plural, n)

    argparse._, argparse.ngettext = translate, translate_n  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
