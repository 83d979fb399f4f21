"""Start the GUI: application, translations, the archive, error handling, main window.

Start-up is kept light: the archive window needs only PySide6 and the store's
plain sqlite3 connection; sqlite-utils (for the first write), python-docx,
jsonschema, Babel and the editor are imported when first used. An archive
that cannot be opened gives a dialog with choices, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# isort: split
# The store (and the standard modules it uses) before PySide6: once PySide6 is
# loaded, its __feature__ import hook reads back the source of every module
# imported, ~0.1 ms each, 50 of them for the store.
from core.errors import StorageError
from core.paths import database_path
from core.store import MeetingStore

# isort: split
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from gui import errors, i18n
from gui.icons import app_icon
from gui.prompts import Prompts

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from gui.archive.window import MainWindow
    from gui.context import AppContext

#: the width of the "archive cannot be opened" box's text, in pixels
STORE_BOX_TEXT_PX = 460
RETRY, OTHER, QUIT = "retry", "other", "quit"

#: shows a store problem and returns RETRY, OTHER or QUIT (tests pass their own); the flag
#: says whether trying the same file again can help
Chooser = Callable[[str, bool], str]
#: failures that stay whatever the clerk does meanwhile: another file, or quit
LASTING = frozenset({"newer", "not_archive", "is_folder", "damaged"})


def archive_arg(argv: list[str]) -> str | None:
    """The archive named by ``--db PATH`` or ``--db=PATH``; other arguments are Qt's.

    Not argparse: its constructor looks up gettext catalogues on disk, a few
    milliseconds of every start for one option.
    """
    db = None
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            db = next(args, None)
        elif arg.startswith("--db="):
            db = arg.removeprefix("--db=")
    return db or None


def store_problem_box(
    message: str, can_retry: bool = True
) -> tuple[QMessageBox, QPushButton, QPushButton | None]:
    """The "archive cannot be opened" box, its "another file" and "retry" buttons
    (no "retry" where trying again cannot help: a newer or damaged archive).

    Wide enough that the clerk's sentence, the file and the technical line
    read as three short paragraphs rather than a narrow column (QMessageBox
    sizes itself from the short first line).
    """
    from PySide6.QtWidgets import QMessageBox  # not on the start path (see gui.prompts)

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("App", "Notula — arsip tidak dapat dibuka"),
        "",
    )
    box.setText(QCoreApplication.translate("App", "Arsip rapat tidak dapat dibuka."))
    box.setInformativeText(message)
    box.setStyleSheet(f"QLabel#qt_msgbox_informativelabel {{ min-width: {STORE_BOX_TEXT_PX}px; }}")
    other = box.addButton(
        QCoreApplication.translate("App", "Pilih berkas lain…"), QMessageBox.ButtonRole.ActionRole
    )
    retry = None
    if can_retry:
        retry = box.addButton(
            QCoreApplication.translate("App", "Coba lagi"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QCoreApplication.translate("App", "Keluar"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry or other)
    return box, other, retry


def ask_store_problem(message: str, can_retry: bool) -> str:
    """The one dialog that cannot go through ctx.prompts: there is no context yet."""
    box, other, retry = store_problem_box(message, can_retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return OTHER
    return RETRY if retry is not None and clicked is retry else QUIT


def pick_archive(prompts: Prompts, current: Path) -> Path | None:
    """Another archive file; a name that does not exist yet starts a new archive."""
    if type(prompts) is Prompts:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            None,
            QCoreApplication.translate("App", "Pilih arsip Notula"),
            str(current.parent),
            QCoreApplication.translate("App", "Arsip Notula (*.db);;Semua berkas (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        return Path(path) if path else None
    answer = prompts.open_file(
        QCoreApplication.translate("App", "Pilih arsip Notula"),
        QCoreApplication.translate("App", "Arsip Notula (*.db)"),
    )
    return Path(answer) if answer else None


def open_store(path: Path, prompts: Prompts, choose: Chooser) -> tuple[MeetingStore, Path] | None:
    """Open the archive, asking the clerk what to do while it cannot be opened."""
    while True:
        can_retry = True
        try:
            store = MeetingStore.open(path)
        except StorageError as exc:
            message = errors.clerk_message(exc)
            can_retry = exc.reason not in LASTING
        except OSError as exc:
            message = f"{path}: {exc.strerror or exc}"
        else:
            for notice in store.notices:  # a -wal file another copy left (core.store.wal_guard)
                prompts.info(notice, QCoreApplication.translate("App", "Berkas sisa disisihkan"))
            return store, path
        answer = choose(message, can_retry)
        if answer == QUIT:
            return None
        if answer == OTHER:
            chosen = pick_archive(prompts, path)
            if chosen is not None:
                path = chosen


def application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["notula", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName("Notula")
    app.setOrganizationName("Notula")
    app.setApplicationDisplayName("Notula")
    from core import __version__

    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


class Started:
    """What :func:`setup` made, for the event loop and for :meth:`close`."""

    def __init__(
        self,
        app: QApplication,
        ctx: AppContext,
        window: MainWindow,
        hook: errors.ExceptHook,
        translators: list,
        locale: QLocale,
    ) -> None:
        self.app = app
        self.ctx = ctx
        self.window = window
        self.hook = hook
        self.translators = translators
        self.locale = locale

    def close(self) -> None:
        """Undo what :func:`setup` did (for tests and after the event loop)."""
        self.window.close()
        errors.uninstall(self.hook)
        i18n.uninstall(self.app, self.translators)
        QLocale.setDefault(self.locale)
        self.ctx.undo_group.setActiveStack(None)
        self.ctx.saves.drop()  # the clerk was asked when the window closed
        self.ctx.store.close()


def setup(
    argv: list[str],
    prompts: Prompts | None = None,
    choose: Chooser | None = None,
) -> Started | None:
    """Everything before the event loop; None when the clerk chose to quit."""
    db = archive_arg(argv)
    app = application(argv)
    prompts = prompts or Prompts()
    locale = QLocale()
    ui = QSettings("Notula", "Notula")
    # the last language used, so even a start-up problem speaks the clerk's language
    last_lang = str(ui.value("ui/language", "id"))
    translators = i18n.install(app, last_lang)
    opened = open_store(database_path(db), prompts, choose or ask_store_problem)
    if opened is None:
        i18n.uninstall(app, translators)
        QLocale.setDefault(locale)
        return None
    store, path = opened
    from gui.context import AppContext

    lang = store.get_setting("language") or "id"
    if lang != last_lang:
        ui.setValue("ui/language", lang)
        i18n.uninstall(app, translators)
        translators = i18n.install(app, lang)
    ctx = AppContext(store, path, prompts=prompts)
    hook = errors.install(ctx.prompts)
    from gui.archive.window import MainWindow

    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(0, window.first_start)  # the office profile, then the sample if empty
    return Started(app, ctx, window, hook, translators, locale)


def run(argv: list[str]) -> int:
    """The GUI's entry point (main.py with no command)."""
    started = setup(argv)
    if started is None:
        return 1
    try:
        return started.app.exec()
    finally:
        started.close()


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
