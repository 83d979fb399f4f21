"""Render the application icon's PNG sizes from its SVG source.

The app loads these PNGs, not the SVG: an SVG window icon makes Qt load its
SVG icon-engine plugin and library before the first window appears (~5 ms
of every start). Run this after editing ``resources/icons/notula.svg``;
``tests/gui/test_icons.py`` fails while the PNGs differ from the SVG.

    python scripts/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gui.icons import ICON_DIR, ICON_SIZES, png_path, render_svg  # noqa: E402


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["render_icons"])
    for size in ICON_SIZES:
        image = render_svg(size)
        if not image.save(str(png_path(size)), "PNG"):
            print(f"cannot write {png_path(size)}", file=sys.stderr)
            return 1
    print(f"rendered {len(ICON_SIZES)} sizes into {ICON_DIR}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
