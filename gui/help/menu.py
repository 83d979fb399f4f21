"""The Bantuan menu every main window ends with (archive and meeting windows)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from gui.keyboard import sequence


def add_help_menu(window: QMainWindow, after: Iterable[QAction] = ()) -> QMenu:
    """ "Bantu&an" (menu.help) with "Pintasan keyboard" (help.shortcuts), then ``after``."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "Bantu&an"))
    menu.setObjectName("menu.help")
    shortcuts = QAction(QCoreApplication.translate("HelpMenu", "Pintasan &keyboard…"), window)
    shortcuts.setObjectName("help.shortcuts")
    shortcuts.setShortcuts([sequence("help.shortcuts")])
    shortcuts.triggered.connect(lambda: show_shortcuts(window))
    menu.addAction(shortcuts)
    for action in after:
        menu.addAction(action)
    return menu


def show_shortcuts(window: QMainWindow) -> None:
    from gui.help.keyboard_dialog import KeyboardDialog

    dialog = KeyboardDialog(window)
    dialog.exec()
    dialog.deleteLater()
