"""The first-start question: the office profile, once per archive.

Documents print no letterhead until the archive has an office profile, so
the first start offers to fill one in, to import one (another PC's
``notula.office`` file), or to skip; a skip is remembered in the archive and
the question is not asked again. Closing the window is no answer: it is
asked at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from gui.context import AppContext

FILL, IMPORT, SKIP = "fill", "import", "skip"


class OfficePromptDialog(QDialog):
    """Three buttons and why it matters; ``answer`` is FILL, IMPORT, SKIP or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer: str | None = None
        self.setWindowTitle(self.tr("Profil kantor"))
        heading = QLabel(self.tr("<b>Profil kantor belum diisi</b>"))
        text = QLabel(
            self.tr(
                "Notula mencetak kop surat (nama pemerintah dan unit kerja, alamat, logo), "
                "kota tanda tangan dan ukuran kertas dari profil kantor. Selama profil "
                "belum diisi, notula dan daftar hadir dicetak tanpa kop.\n\n"
                "Profil dapat diubah kapan saja di Berkas ▸ Pengaturan."
            )
        )
        text.setWordWrap(True)
        self.fill_button = QPushButton(self.tr("&Isi sekarang…"))
        self.import_button = QPushButton(self.tr("I&mpor dari berkas…"))
        self.skip_button = QPushButton(self.tr("&Lewati"))
        self.fill_button.setDefault(True)
        for button, answer in (
            (self.fill_button, FILL),
            (self.import_button, IMPORT),
            (self.skip_button, SKIP),
        ):
            button.clicked.connect(lambda _=False, a=answer: self.choose(a))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.fill_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def choose(self, answer: str) -> None:
        self.answer = answer
        self.accept()


def offer_profile(ctx: AppContext, open_settings: Callable[[int], None]) -> bool:
    """Ask for the office profile, once per archive; True when one is set now.

    "Isi sekarang…" opens the settings at the office page; "Impor dari
    berkas…" asks again after a cancelled or refused file; "Lewati" is
    remembered in the archive so the question is not asked again.
    """
    store = ctx.store
    if not store.office_question_due():
        return False
    from core.errors import NotulaError

    while True:
        answer = ctx.prompts.ask_office_profile()
        if answer == FILL:
            from gui.settings.dialog import OFFICE_TAB

            open_settings(OFFICE_TAB)
            return store.office_document() is not None
        if answer == IMPORT:
            if import_profile(ctx):
                return True
            continue  # no file, or a bad one (already said): the question again
        if answer == SKIP:
            try:
                store.skip_office_question()
            except NotulaError as exc:
                ctx.report(exc)
        return False


def import_profile(ctx: AppContext) -> bool:
    """Set the archive's profile from a notula.office file the clerk picks."""
    from core.errors import NotulaError
    from gui.settings.office_form import ask_profile_file

    document = ask_profile_file(ctx.prompts)
    if document is None:
        return False
    try:
        ctx.store.set_office_document(document)
    except NotulaError as exc:
        ctx.report(exc)
        return False
    ctx.events.settingsChanged.emit()
    return True
