"""The one seam through which the GUI asks and tells the clerk things.

Commands and panels never build message boxes themselves; they call these
methods, so a test can substitute answers and read what would have been
shown, and so no traceback can ever reach a dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox and QFileDialog are imported where used: building their Python
# classes (and enums) costs the window's start a few milliseconds.


class Prompts:
    def _parent(self) -> QWidget | None:
        return QApplication.activeWindow()

    def error(self, text: str, title: str | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self._parent(), title or QCoreApplication.translate("Prompts", "Notula"), text
        )

    def info(self, text: str, title: str | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self._parent(), title or QCoreApplication.translate("Prompts", "Notula"), text
        )

    def confirm(
        self, text: str, title: str | None = None, ok: str | None = None, cancel: str | None = None
    ) -> bool:
        """True when the clerk chose ``ok`` (default "Ya"), not ``cancel`` ("Batal")."""
        from PySide6.QtWidgets import QMessageBox

        title = title or QCoreApplication.translate("Prompts", "Notula")
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self._parent())
        yes = box.addButton(
            ok or QCoreApplication.translate("Prompts", "Ya"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            cancel or QCoreApplication.translate("Prompts", "Batal"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.exec()
        return box.clickedButton() is yes

    def open_file(self, title: str, name_filter: str, folder: str = "") -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self._parent(), title, folder, name_filter)
        return path or None

    def save_file(self, title: str, name_filter: str, suggested: str = "") -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self._parent(), title, suggested, name_filter)
        return path or None

    def ask_text(self, text: str, title: str | None = None) -> str | None:
        """One line of text from the clerk (a reason, a name); None if cancelled."""
        from PySide6.QtWidgets import QInputDialog

        title = title or QCoreApplication.translate("Prompts", "Notula")
        answer, ok = QInputDialog.getText(self._parent(), title, text)
        return answer if ok else None

    def ask_office_profile(self) -> str | None:
        """The first-start question (gui.settings.office_prompt): fill, import, skip or None."""
        from gui.settings.office_prompt import OfficePromptDialog

        dialog = OfficePromptDialog(self._parent())
        dialog.exec()
        return dialog.answer


class ScriptedPrompts(Prompts):
    """For tests: records every message and answers from a script."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.confirm_answers: list[bool] = []
        self.file_answers: list[str | None] = []
        #: answers to the first-start office question; none left: closed unanswered
        self.office_answers: list[str | None] = []
        self.office_asked = 0
        #: answers to ask_text; none left: cancelled
        self.text_answers: list[str | None] = []

    def error(self, text: str, title: str | None = None) -> None:
        self.shown.append(("error", text))

    def info(self, text: str, title: str | None = None) -> None:
        self.shown.append(("info", text))

    def confirm(
        self, text: str, title: str | None = None, ok: str | None = None, cancel: str | None = None
    ) -> bool:
        self.shown.append(("confirm", text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def open_file(self, title: str, name_filter: str, folder: str = "") -> str | None:
        return self.file_answers.pop(0) if self.file_answers else None

    def save_file(self, title: str, name_filter: str, suggested: str = "") -> str | None:
        return self.file_answers.pop(0) if self.file_answers else None

    def ask_text(self, text: str, title: str | None = None) -> str | None:
        self.shown.append(("ask", text))
        return self.text_answers.pop(0) if self.text_answers else None

    def ask_office_profile(self) -> str | None:
        self.office_asked += 1
        return self.office_answers.pop(0) if self.office_answers else None
