"""How Notula's editable tables behave, and the files a drag brings to a tab."""

from __future__ import annotations

from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView


def editable_rows(table: QAbstractItemView) -> None:
    """One row at a time is current and selected; F2, a double click or just
    typing edits the cell; Tab leaves the table, as in a form."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    table.setTabKeyNavigation(False)


def dropped_files(event: QDropEvent) -> list[str]:
    """The local files a drag carries (none for text or a web link)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
