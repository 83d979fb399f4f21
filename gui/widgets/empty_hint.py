"""A quiet line in the middle of an empty list, saying how to fill it.

A new meeting opens on blank white tables; the hint tells the clerk where
the keys are instead. It is a label on the view's viewport, shown while the
model has no rows and hidden by the first one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QObject):
    def __init__(
        self, view: QAbstractItemView, text: str, empty: Callable[[], bool] | None = None
    ) -> None:
        """``empty``: when to show it (default: the view's model has no rows; a
        filtered view passes its source's count, so a filter is not "empty")."""
        super().__init__(view)
        self.view = view
        self.empty = empty or (lambda: view.model().rowCount() == 0)
        self.label = QLabel(text, view.viewport())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def update(self, *_: object) -> None:
        self.label.setVisible(self.empty())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            viewport = self.view.viewport()
            self.label.setGeometry(viewport.rect().adjusted(24, 24, -24, -24))
        return False
