"""The application icon: PNG renders of ``resources/icons/notula.svg``.

Loading PNGs needs nothing beyond QtGui; the SVG itself would pull in Qt's
SVG icon engine at start. ``scripts/render_icons.py`` makes the PNGs and a
test keeps them equal to the SVG.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QIcon

from resources import ICONS

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ICON_DIR = ICONS
SVG = ICON_DIR / "notula.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICON_DIR / f"notula-{size}.png"


def app_icon() -> QIcon:
    """Every rendered size, so each place (title bar, task bar, Alt+Tab) gets a sharp one.

    Files are read only when a size is first drawn.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        path = png_path(size)
        if path.exists():
            icon.addFile(str(path))
    return icon


def render_svg(size: int) -> QImage:
    """The SVG drawn at ``size`` pixels square on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image
