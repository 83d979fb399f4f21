"""Every office setting, declared once with its default.

Settings live in the archive database (they travel with it); window layout
is the GUI's business and lives in QSettings. Nothing here names an office:
letterhead, city, time zone, paper and the "Mengetahui" signatory are the
office profile's (core.office), which an archive may not have.
"""

from __future__ import annotations

from typing import Any

PAPER_SIZES_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}

DEFAULTS: dict[str, Any] = {
    "language": "id",
    "margins_mm": {"top": 20.0, "bottom": 25.0, "left": 30.0, "right": 20.0},  # ANRI 5/2021
    "font_name": "Arial",
    "font_size_pt": 12,
    "base_template": "",
    "attendees_inline_max": 10,
}
