"""Words several windows show for one stored value, so each reads the same everywhere.

The meeting's mode is "Luring", "Daring" or "Hybrid" in the archive list and
in the Rincian tab alike (the longer explanation is the combo's tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def mode_labels() -> dict[str, str]:
    """in_person / online / hybrid → the clerk's word for it."""
    return {
        "in_person": QCoreApplication.translate("ArchiveModel", "Luring"),
        "online": QCoreApplication.translate("ArchiveModel", "Daring"),
        "hybrid": QCoreApplication.translate("ArchiveModel", "Hybrid"),
    }


def mode_hints() -> dict[str, str]:
    """What each mode means, for a tooltip."""
    return {
        "in_person": QCoreApplication.translate("ArchiveModel", "tatap muka di satu tempat"),
        "online": QCoreApplication.translate("ArchiveModel", "lewat rapat video (Zoom dsb.)"),
        "hybrid": QCoreApplication.translate("ArchiveModel", "luring dan daring sekaligus"),
    }


def mode_label(mode: str | None) -> str:
    return mode_labels().get(mode or "", mode or "")
