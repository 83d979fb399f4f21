"""Window sizes remembered between sessions (QSettings), restored with care.

A remembered size can be wrong for today's screen — saved on a larger
monitor, on a projector, or while minimised — and a window restored a few
hundred pixels wide looks broken to a clerk. Anything smaller than the
window's sensible minimum falls back to the default size, fitted to the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ORG = APP = "Notula"


def ui_settings() -> QSettings:
    return QSettings(ORG, APP)


def restore_geometry(window: QWidget, key: str, default: QSize, minimum: QSize) -> None:
    saved = ui_settings().value(key)
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        size = window.size()
        if size.width() >= minimum.width() and size.height() >= minimum.height():
            return
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry().size()
        default = default.boundedTo(available * 0.95)
    window.resize(default)


def save_geometry(window: QWidget, key: str) -> None:
    ui_settings().setValue(key, window.saveGeometry())
