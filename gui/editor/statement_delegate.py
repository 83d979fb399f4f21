"""How one statement is drawn in the Pembahasan list.

::

    ┌ 2. Rencana operasi pasar murah dan gerakan tanam cabai ───────────┐  (band)
    14.30  Agus Salim, S.P. (Sekretaris Dinas Pertanian)        kutipan
           “Kami usulkan gerakan tanam cabai di pekarangan, 1.000 polybag
           per kecamatan, mulai minggu depan.”

The band appears where the agenda item changes from the row above, so the
grouping reads at a glance without a tree. Row heights depend on the wrapped
text; they are cached per statement and width, so a meeting of 1,500
statements is measured once, and adding one measures one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from core.dates import clock_shown
from gui.models.collection_model import CollectionModel

Index = QModelIndex | QPersistentModelIndex
PAD = 6
TIME_W = 52
WRAP = (
    int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
)


def shown_text(item: Any) -> str:
    return f"“{item.text}”" if item.is_quote else item.text


def band_between(above: Any, item: Any, filtered: bool) -> bool:
    """Is ``item`` the first of a run under one agenda item (draw the band)?"""
    if filtered:  # showing one agenda item: the filter combo already names it
        return False
    if above is None:
        return item.agenda_id is not None
    return above.agenda_id != item.agenda_id


def text_width(view_width: int) -> int:
    return max(120, view_width - TIME_W - 3 * PAD)


def exact_height(fm: QFontMetrics, item: Any, band: bool, width: int) -> int:
    """The row height with the text laid out for real (≈60 µs: visible rows only)."""
    text_h = fm.boundingRect(QRect(0, 0, width, 1_000_000), WRAP, shown_text(item)).height()
    return (
        PAD + fm.height() + 2 + max(text_h, fm.height()) + PAD + (fm.height() + PAD if band else 0)
    )


class Estimator:
    """A quick guess of a row's height from the length of its text (≈1 µs).

    Used for the rows nobody looks at yet; a row that is painted is measured
    exactly and corrected, so what the clerk sees is always right.
    """

    def __init__(self, fm: QFontMetrics) -> None:
        sample = "Harga cabai rawit di Pasar Muntok naik menjadi Rp85.000 per kilogram."
        self.char_w = fm.horizontalAdvance(sample) / len(sample) * 1.08  # word-wrap slack
        self.line_h = fm.lineSpacing()
        self.fm_h = fm.height()

    def height(self, item: Any, band: bool, width: int) -> int:
        lines = 0
        for paragraph in shown_text(item).split("\n"):
            lines += max(1, -(-int(len(paragraph) * self.char_w) // width))
        text_h = self.fm_h + (lines - 1) * self.line_h
        return PAD + self.fm_h + 2 + text_h + PAD + (self.fm_h + PAD if band else 0)


class StatementDelegate(QStyledItemDelegate):
    """Paints a statement; tells the view when a row's real height differs."""

    def __init__(self, panel: Any, view: Any) -> None:
        super().__init__(view)
        self.panel = panel
        self.view = view

    def _band(self, index: Index, item: Any) -> bool:
        above = None
        if index.row() > 0:
            above = index.model().index(index.row() - 1, 0).data(CollectionModel.ItemRole)
        return band_between(above, item, self.panel.filtered())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        item = index.data(CollectionModel.ItemRole)
        width = text_width(self.view.viewport().width())
        if item is None:
            return QSize(width, 20)
        return QSize(width, exact_height(option.fontMetrics, item, self._band(index, item), width))

    # ---- painting --------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(CollectionModel.ItemRole)
        if item is None:
            return
        painter.save()
        pal = option.palette
        fm = option.fontMetrics
        rect = QRect(option.rect)
        bold = QFont(option.font)
        bold.setBold(True)
        has_band = self._band(index, item)
        self.view.check_height(index.row(), item, has_band, option.rect.height())
        if has_band:
            band = QRect(rect.left(), rect.top(), rect.width(), fm.height() + PAD)
            tint = QColor(pal.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(45)
            painter.fillRect(band, pal.color(QPalette.ColorRole.Base))
            painter.fillRect(band, tint)
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.drawLine(band.bottomLeft(), band.bottomRight())
            painter.setFont(bold)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            title = self.panel.agenda_title(item.agenda_id) or self.tr("Tanpa agenda")
            painter.drawText(
                band.adjusted(PAD, 0, -PAD, 0),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                fm.elidedText(title, Qt.TextElideMode.ElideRight, band.width() - 2 * PAD),
            )
            rect.setTop(band.bottom() + 1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.Highlight))
        elif index.row() % 2:
            painter.fillRect(rect, pal.color(QPalette.ColorRole.AlternateBase))
        text_color = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        top = rect.top() + PAD
        left = rect.left() + PAD
        body_left = left + TIME_W
        width = rect.right() - PAD - body_left

        painter.setFont(option.font)
        painter.setPen(pal.color(dim))
        painter.drawText(QRect(left, top, TIME_W, fm.height()), 0, clock_shown(item.at))
        kind = self.tr("kutipan") if item.is_quote else self.tr("ringkasan")
        kind_w = fm.horizontalAdvance(kind) + PAD
        painter.drawText(
            QRect(rect.right() - PAD - kind_w, top, kind_w, fm.height()),
            int(Qt.AlignmentFlag.AlignRight), kind,
        )  # fmt: skip
        painter.setFont(bold)
        painter.setPen(text_color)
        speaker = self.panel.speaker_label(item.speaker_id) or self.tr("(pembicara tidak dikenal)")
        bfm = QFontMetrics(bold)
        painter.drawText(
            QRect(body_left, top, width - kind_w, fm.height()), 0,
            bfm.elidedText(speaker, Qt.TextElideMode.ElideRight, width - kind_w - PAD),
        )  # fmt: skip
        painter.setFont(option.font)
        text_rect = QRect(body_left, top + fm.height() + 2, width, rect.bottom() - top)
        painter.drawText(text_rect, WRAP, shown_text(item))
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(pal.color(QPalette.ColorRole.Highlight).darker(130))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()
