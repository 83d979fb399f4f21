"""The bar over a final meeting: "Final — revisi N" and "Buka revisi baru…",
and the two questions that lock and reopen a meeting.

The lock itself is the archive's (triggers refuse every change to a final
meeting); the session's ``read_only`` stops the GUI asking, and this bar says
why the fields are grey.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gui.session import MeetingSession


class FinalBanner(QWidget):
    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("finalBanner")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#finalBanner { background: #e8f0e3; border-bottom: 1px solid #9fbf8f; }"
        )
        self.label = QLabel(self)
        self.label.setStyleSheet("font-weight: bold; color: #2e5a1c;")
        self.note = QLabel(self.tr("Rapat ini terkunci; perubahan hanya lewat revisi baru."), self)
        self.reopen_button = QPushButton(self.tr("Buka revisi baru…"), self)
        self.reopen_button.clicked.connect(self.ask_reopen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.reopen_button)
        session.lockChanged.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        header = self.session.ctx.store.get_meeting_header(self.session.meeting_id)
        self.label.setText(self.tr("Final — revisi {0}").format(header.revision or 1))

    def ask_finalise(self) -> bool:
        """Ask once, then lock the meeting as its next final revision."""
        prompts = self.session.ctx.prompts
        if self.session.read_only or not self.session.ctx.saves.settled(self.session.finalising()):
            return False  # not asked when it could not run: edits still wait
        if not prompts.confirm(
            self.tr(
                "Finalisasi rapat ini? Sesudahnya rapat tidak dapat diubah lagi; "
                "perubahan hanya lewat revisi baru."
            ),
            self.tr("Finalisasi"),
            self.tr("Finalisasi"),
        ):
            return False
        return self.session.finalise() is not None

    def ask_reopen(self) -> bool:
        """Ask for the reason, then start the next draft revision."""
        if not self.session.read_only or not self.session.ctx.saves.settled(
            self.session.reopening()
        ):
            return False
        reason = self.session.ctx.prompts.ask_text(
            self.tr("Alasan membuka revisi baru (dicatat bersama revisi sebelumnya):"),
            self.tr("Buka revisi baru"),
        )
        if reason is None:
            return False
        if not reason.strip():
            self.session.ctx.prompts.error(self.tr("Alasan revisi baru harus diisi."))
            return False
        return self.session.reopen(reason) is not None
