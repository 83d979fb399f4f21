"""Every office setting, declared once with its default.

Settings live in the archive database (they travel with it); window layout
is the GUI's business and lives in QSettings.
"""

from __future__ import annotations

from typing import Any

PAPER_SIZES_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}

DEFAULTS: dict[str, Any] = {
    "language": "id",
    "letterhead_lines": ["PEMERINTAH KOTA PANGKALPINANG", "SEKRETARIAT DAERAH"],
    "letterhead_address": "",
    "logo_png_base64": "",
    "default_city": "Pangkalpinang",
    "default_timezone": "WIB",
    "paper": "A4",
    "margins_mm": {"top": 25.0, "bottom": 25.0, "left": 30.0, "right": 20.0},
    "font_name": "Arial",
    "font_size_pt": 12,
    "base_template": "",
    "acknowledger": {"label": "", "name": "", "rank": "", "nip": "", "position": ""},
    "attendees_inline_max": 10,
}
