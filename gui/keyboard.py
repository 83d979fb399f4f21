"""The keyboard contract as data: ``resources/keyboard.json`` (docs/spec/keyboard.md).

Every key a clerk can press has an id there ("menu.file" → "Alt+B"). The
windows show the file in Bantuan → "Pintasan keyboard", new shortcuts read
their key from it (:func:`sequence`), and tests/gui/test_keyboard_contract.py
checks every entry against the live widgets, so the reference cannot drift
from what the keys do.
"""

from __future__ import annotations

import json
from functools import cache

from PySide6.QtGui import QKeySequence

import resources

FORMAT = "notula.keyboard"
#: ids the contract names for features this build does not have yet: listed as
#: planned in Bantuan → Pintasan keyboard, and left out of the live-widget test
PLANNED: frozenset[str] = frozenset()


@cache
def keymap() -> dict[str, str]:
    """Id → key as Qt's portable text ("Ctrl+Shift+L", "Alt+J", "Return")."""
    data = json.loads(resources.KEYBOARD.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT or data.get("version") != 1:
        raise ValueError(f"{resources.KEYBOARD}: not a {FORMAT} version 1 file")
    return dict(data["keys"])


def sequence(key_id: str) -> QKeySequence:
    """The key of ``key_id`` for a QAction (``setShortcuts([...])``) or a QShortcut.

    Read as text in the one-argument form: naming the format, or setShortcut's
    overloads, would build PySide's Qt namespace at start (see gui.archive.view)."""
    return QKeySequence(keymap()[key_id])


def shown(key_id: str) -> str:
    """The key as this platform writes it in menus and tooltips."""
    return sequence(key_id).toString(QKeySequence.SequenceFormat.NativeText)
