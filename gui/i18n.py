"""The interface language: Indonesian as written in the code, English from a .qm.

The language is an archive setting ("language": "id" or "en"); it is read at
start, so a change takes effect after a restart. A missing or stale .qm is
compiled from the .ts first (gui.i18n_build), so a fresh checkout runs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import i18n as core_i18n
from resources import I18N

I18N_DIR = I18N  # as gui.i18n_build

log = logging.getLogger("notula.gui")
LANGUAGES = ("id", "en")
#: how dates and numbers are written in each language (core.dates' LOCALES, as Qt knows them)
LOCALES = {
    "id": (QLocale.Language.Indonesian, QLocale.Country.Indonesia),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_current = "id"


def current_language() -> str:
    """ "id" or "en": the interface language :func:`install` set (Indonesian until then)."""
    return _current


def ui_locale() -> QLocale:
    """The locale of the interface language, for date editors and calendars."""
    return QLocale(*LOCALES[_current])


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"notula_{lang}.qm"


def _fresh_qm(lang: str) -> Path | None:
    qm = qm_path(lang)
    ts = qm.with_suffix(".ts")
    stale = ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
    if stale:
        try:
            from gui.i18n_build import build

            build()
        except (OSError, RuntimeError, Exception) as exc:  # noqa: BLE001 - run untranslated
            log.warning("cannot compile translations: %s", exc)
    return qm if qm.exists() else None


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install Notula's and Qt's own translators for ``lang``; returns them (keep them alive)."""
    global _current
    _current = lang if lang in LANGUAGES else "id"
    core_i18n.set_language(_current)  # the core's messages in dialogs speak it too
    QLocale.setDefault(ui_locale())
    qt_lang = _current
    ours = None if _current == "id" else _fresh_qm(_current)
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{qt_lang}", qt_dir):  # Qt's own buttons (OK, Cancel, …)
        app.installTranslator(qt)
        installed.append(qt)
    if ours is not None:
        translator = QTranslator(app)
        if translator.load(str(ours)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("cannot load %s", ours)
    return installed


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Remove the translators: the interface is Indonesian again (the caller resets the locale)."""
    global _current
    _current = "id"
    core_i18n.set_language(None)
    for translator in translators:
        app.removeTranslator(translator)
