"""Messages in one language per run: the catalogue covers every message."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from core import i18n

ROOT = Path(__file__).resolve().parents[2]


def marked_messages() -> dict[str, str]:
    """Every literal passed to ``_()`` in core/, with where it is."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "_":
                arg = node.args[0] if node.args else None
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (
                    f"{path.relative_to(ROOT)}:{node.lineno}: _() needs a literal string"
                )
                found.setdefault(arg.value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_message_has_an_indonesian_translation():
    catalogue = i18n.catalogue("id")
    missing = [
        f"{where}: {text!r}" for text, where in marked_messages().items() if text not in catalogue
    ]
    assert missing == []


def test_translations_keep_the_placeholders():
    import string

    fields = lambda s: sorted(f for _, f, _, _ in string.Formatter().parse(s) if f)  # noqa: E731
    catalogue = i18n.catalogue("id")
    wrong = [k for k, v in catalogue.items() if fields(k) != fields(v)]
    assert wrong == []


def test_translations_keep_argparse_placeholders():
    """argparse's msgids use %-placeholders, filled in by argparse itself."""
    import re

    fields = lambda s: sorted(re.findall(r"%(?:\([a-z_]+\))?[srd]", s))  # noqa: E731
    catalogue = i18n.catalogue("id")
    wrong = [k for k, v in catalogue.items() if fields(k) != fields(v)]
    wrong += [
        k for k, forms in i18n.plurals("id").items() for v in forms if fields(k[0]) != fields(v)
    ]
    assert wrong == []


def test_every_message_is_translated_not_copied():
    """An Indonesian entry that is the English text again is a forgotten one,
    except for the words both languages write alike."""
    same = sorted(k for k, v in i18n.catalogue("id").items() if k == v)
    # a placeholder, a JSON word and pure format are the same in both languages
    assert same == ["ID", "status", "true/false", "{name}: {where}: {problem}"]


def test_plural_messages():
    try:
        i18n.set_language("id")
        assert i18n.ngettext("expected %s argument", "expected %s arguments", 2) == (
            "memerlukan %s argumen"
        )
        i18n.set_language("en")
        assert i18n.ngettext("expected %s argument", "expected %s arguments", 1) == (
            "expected %s argument"
        )
        assert i18n.ngettext("expected %s argument", "expected %s arguments", 2) == (
            "expected %s arguments"
        )
    finally:
        i18n.set_language(None)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "id"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "C.UTF-8"}, "id"),
        ({"LC_ALL": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "id"),
        ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "en"}, "en"),
    ],
)
def test_language_follows_the_locale(environ, expected):
    assert i18n.locale_language(environ) == expected


def test_a_message_in_each_language():
    try:
        i18n.set_language("id")
        assert i18n._("{path}: no such file").format(path="a.json") == "a.json: berkas tidak ada"
        i18n.set_language("en")
        assert i18n._("{path}: no such file").format(path="a.json") == "a.json: no such file"
    finally:
        i18n.set_language(None)
