"""Combo boxes that list the rows of a meeting's list and stay in step with it.

The chair and note-taker pickers list the attendees; the capture bar, the
statement filter and the decisions' agenda column list the agenda. Each combo
follows its collection model's signals, so a name fixed in the Peserta tab
shows at once in the Rincian tab, and it keeps its choice (by id) across a
rebuild without announcing a change the clerk did not make.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from gui.models.collection_model import CollectionModel

NO_ID = -1  # item data of the "none" entry (None cannot round-trip through QVariant)


def agenda_label(row: int, item: Any) -> str:
    """``1. Perkembangan harga …`` — the number the minutes will print."""
    return QCoreApplication.translate("Agenda", "{0}. {1}").format(row + 1, item.title)


def attendee_label(row: int, item: Any) -> str:
    return item.label or QCoreApplication.translate("Agenda", "(tanpa nama)")


class FollowingCombo(QComboBox):
    """A "none" entry, then one entry per row of ``model``, chosen by row id."""

    #: the clerk picked an entry: the row id, or None for the "none" entry
    picked = Signal(object)

    def __init__(
        self,
        model: CollectionModel,
        label: Callable[[int, Any], str],
        none_text: str | None,
        parent: QWidget | None = None,
        extra: list[tuple[str, int]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = model
        self.label = label
        self.none_text = none_text
        self.extra = extra or []
        self._rebuilding = False
        #: (row id, what was shown instead) while the chosen row is deleted: an undo that
        #: brings it back brings the choice back, unless the clerk chose again meanwhile
        self._lost: tuple[Any, Any] | None = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.dataChanged,
            model.modelReset,
        ):
            signal.connect(self.rebuild)
        self.currentIndexChanged.connect(self._on_index)
        self.rebuild()

    def rebuild(self, *_: object) -> None:
        keep = self.currentData()
        self._rebuilding = True
        self.blockSignals(True)
        try:
            self.clear()
            for text, value in self.extra:
                self.addItem(text, value)
            if self.none_text is not None:
                self.addItem(self.none_text, NO_ID)
            for row, item in enumerate(self.source.items):
                text = self.label(row, item)
                self.addItem(text, item.id)
                self.setItemData(self.count() - 1, text, 3)  # ToolTipRole: long titles
            lost = self._lost
            if lost is not None and keep == lost[1] and self.findData(lost[0]) >= 0:
                keep, self._lost = lost[0], None
            index = self.findData(keep) if keep is not None else -1
            self.setCurrentIndex(max(index, 0) if self.count() else -1)
            if keep is not None and index < 0:
                self._lost = (keep, self.currentData())
        finally:
            self.blockSignals(False)
            self._rebuilding = False

    def current_id(self) -> int | None:
        value = self.currentData()
        return None if value is None or value == NO_ID else int(value)

    def set_current_id(self, item_id: int | None) -> None:
        """Show ``item_id`` without emitting :attr:`picked` (a refresh, not a choice)."""
        self._lost = None
        self.blockSignals(True)
        try:
            index = self.findData(NO_ID if item_id is None else item_id)
            self.setCurrentIndex(max(index, 0) if self.count() else -1)
        finally:
            self.blockSignals(False)

    def step(self, delta: int) -> None:
        """Ctrl+PgUp/PgDn: the previous/next entry, as a choice of the clerk."""
        if self.count():
            self.setCurrentIndex(max(0, min(self.count() - 1, self.currentIndex() + delta)))

    def _on_index(self, index: int) -> None:
        if not self._rebuilding and index >= 0:
            self._lost = None
            self.picked.emit(self.current_id())
