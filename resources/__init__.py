"""The files Notula ships beside its code: document template, icons, translations, sample.

They are found next to this module in every layout Notula runs from: a
checkout, an installed wheel (``resources`` is a package and these files are
its package data) and the PyInstaller folder (scripts/notula.spec collects
them under ``resources/`` next to where the frozen module's ``__file__``
points). So nothing looks for them relative to the working folder, and a
``notula`` started from any folder renders with the same template.

Plain paths rather than ``importlib.resources``: every one of those layouts
has real files on disk, and Qt and python-docx want file names.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
TEMPLATES = ROOT / "templates"
ICONS = ROOT / "icons"
I18N = ROOT / "i18n"
SAMPLES = ROOT / "sample"
#: the keyboard contract (docs/spec/keyboard.md): every key a clerk can press, by id
KEYBOARD = ROOT / "keyboard.json"
#: the meeting the archive window offers to import into an empty archive
SAMPLE = SAMPLES / "rakor_inflasi_2023.json"
