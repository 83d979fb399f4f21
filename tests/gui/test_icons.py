"""The PNG window icons are the SVG's renders (scripts/render_icons.py makes them)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from gui.icons import ICON_SIZES, app_icon, png_path, render_svg

#: anti-aliasing may differ a little between the Qt versions pyproject allows
TOLERANCE = 8


def channels(image: QImage) -> bytes:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(rgba.constBits())[: rgba.sizeInBytes()]


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_is_the_svg_rendered_at_its_size(qapp, size):
    png = QImage(str(png_path(size)))
    assert png.width() == png.height() == size
    drawn, stored = channels(render_svg(size)), channels(png)
    worst = max(abs(a - b) for a, b in zip(drawn, stored, strict=True))
    assert worst <= TOLERANCE, f"{png_path(size).name} is stale: run scripts/render_icons.py"


def test_app_icon_offers_every_size(qapp):
    sizes = sorted(s.width() for s in app_icon().availableSizes())
    assert sizes == sorted(ICON_SIZES)
