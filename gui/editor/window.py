"""One meeting in its own window: the editor, its menus and its undo history.

Every edit is stored at once, so there is no Save: the status bar only says,
quietly, that the work is kept ("Tersimpan") — or that saves wait for the
archive another program holds (gui.saves), or loudly that one failed.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from core.errors import NotulaError
from gui.context import AppContext
from gui.help.menu import add_help_menu
from gui.widgets.save_state import WAITING_STYLE
from gui.window_state import restore_geometry, save_geometry, ui_settings

if TYPE_CHECKING:
    from core.changes import Changes


class EditorWindow(QMainWindow):
    #: the window closed (meeting_id), so the archive can forget it
    closed = Signal(int)

    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from gui.editor.meeting_editor import MeetingEditor  # heavy: only when a meeting opens

        self.ctx = ctx
        self.meeting_id = meeting_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = MeetingEditor(ctx, meeting_id, self)
        self.session = self.editor.session
        self.stack = self.session.stack
        self.setCentralWidget(self.editor)
        self._make_final_bar()
        self.saved_label = QLabel()
        self.saved_label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._make_menus()
        self.show_saved()
        self.update_title()
        self.session.changed.connect(self._on_changed)
        self.stack.indexChanged.connect(self.show_saved)
        self.editor.header.saveStateChanged.connect(self.show_saved)
        self.editor.capture.draftStateChanged.connect(self.show_saved)
        self.editor.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.events.errorReported.connect(self._on_error)
        ctx.events.savesWaiting.connect(self.show_saved)
        ctx.undo_group.setActiveStack(self.stack)
        self.restore_layout()

    # ---- menus -------------------------------------------------------------------

    def _make_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Berkas"))
        self.print_action = QAction(self.tr("&Cetak/Ekspor dokumen…"), self)
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self.export_documents)
        menu.addAction(self.print_action)
        self.json_action = QAction(self.tr("Ekspor &JSON…"), self)
        self.json_action.triggered.connect(self.export_json)
        menu.addAction(self.json_action)
        menu.addSeparator()
        menu.addAction(self.editor.clock.start_action)
        menu.addAction(self.editor.clock.end_action)
        menu.addAction(self.editor.live_action)
        menu.addSeparator()
        self.close_action = QAction(self.tr("&Tutup"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        menu.addAction(self.close_action)

        menu = self.menuBar().addMenu(self.tr("&Rapat"))
        self.finalise_action = QAction(self.tr("&Finalisasi…"), self)
        self.finalise_action.triggered.connect(self.final_banner.ask_finalise)
        menu.addAction(self.finalise_action)
        self.reopen_action = QAction(self.tr("Buka &revisi baru…"), self)
        self.reopen_action.triggered.connect(self.final_banner.ask_reopen)
        menu.addAction(self.reopen_action)
        self._show_lock()

        menu = self.menuBar().addMenu(self.tr("&Edit"))
        # the editor's own actions: two actions with one shortcut would make Ctrl+Z
        # ambiguous, and Qt then runs neither
        self.undo_action, self.redo_action = self.editor.undo_action, self.editor.redo_action
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        self.help_menu = add_help_menu(self)

    def _make_final_bar(self) -> None:
        """The "Final — revisi N" bar, over the editor while the meeting is final."""
        from gui.editor.final_banner import FinalBanner

        self.final_banner = FinalBanner(self.session, self)
        self.final_bar = QToolBar(self.tr("Status final"), self)
        self.final_bar.setObjectName("finalBar")
        self.final_bar.setMovable(False)
        self.final_bar.setFloatable(False)
        self.final_bar.toggleViewAction().setVisible(False)
        self.final_bar.addWidget(self.final_banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.final_bar)
        self.session.lockChanged.connect(self._show_lock)

    def _show_lock(self, *_: object) -> None:
        """Final: the bar shows, the fields are read-only (grey), the menu offers reopening."""
        final = self.session.read_only
        self.final_bar.setVisible(final)
        self.final_banner.refresh()
        self.finalise_action.setEnabled(not final)
        self.reopen_action.setEnabled(final)
        for n in range(self.editor.tabs.count()):
            self.editor.tabs.widget(n).setEnabled(not final)

    # ---- slots -------------------------------------------------------------------

    def export_documents(self) -> None:
        from gui.export.dialog import ExportDialog

        ExportDialog(self.ctx.db_path, self.ctx.store, self.meeting_id, self).exec()

    def export_json(self) -> None:
        from gui.archive import files as archive_io

        path = archive_io.export_json(self.ctx, self.meeting_id)
        if path is not None:
            self.statusBar().showMessage(self.tr("Disimpan ke {0}").format(path), 8000)

    def update_title(self, title: str | None = None) -> None:
        if title is None:
            try:
                title = self.ctx.store.meeting_summary(self.meeting_id).title
            except NotulaError:
                return
        self.setWindowTitle(title)  # the platform adds " — Notula" (the display name)

    def _on_changed(self, changes: Changes) -> None:
        if "title" in changes.header:
            self.update_title(changes.header["title"])

    def show_saved(self, *_: object) -> None:
        """ "Tersimpan", unless saves wait for the archive, or something typed is
        still refused by it."""
        waiting = self.ctx.saves.waiting()
        if waiting:
            self.saved_label.setText(self.ctx.saves.waiting_text(waiting))
            self.saved_label.setToolTip(self.ctx.saves.waiting_tip())
            self.saved_label.setStyleSheet(WAITING_STYLE)
            return
        if self.editor.failed():
            self._show_failed()
            return
        self.saved_label.setText(self.tr("✓ Tersimpan"))
        self.saved_label.setToolTip(self.tr("Setiap perubahan langsung disimpan di arsip."))
        # quiet but readable: the dark grey of secondary text, not the pale one of borders
        self.saved_label.setStyleSheet("color: palette(dark);")

    def _on_error(self, *_: object) -> None:
        if self.ctx.undo_group.activeStack() is not self.stack or self.ctx.saves.waiting():
            return  # another window's edit failed, or the waiting is the news
        self._show_failed()

    def _show_failed(self) -> None:
        self.saved_label.setText(self.tr("Gagal menyimpan"))
        self.saved_label.setToolTip(
            self.tr("Perubahan terakhir tidak tersimpan; lihat pesan kesalahan.")
        )
        self.saved_label.setStyleSheet("color: #b3261e; font-weight: bold;")

    # ---- window state ------------------------------------------------------------

    def _splitters(self) -> list[QSplitter]:
        return [s for s in self.findChildren(QSplitter) if s.objectName()]

    def restore_layout(self) -> None:
        store = ui_settings()
        restore_geometry(self, "editor/geometry", QSize(1280, 800), QSize(800, 500))
        for splitter in self._splitters():
            state = store.value(f"editor/splitter/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_layout(self) -> None:
        store = ui_settings()
        save_geometry(self, "editor/geometry")
        for splitter in self._splitters():
            store.setValue(f"editor/splitter/{splitter.objectName()}", splitter.saveState())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.ctx.undo_group.setActiveStack(self.stack)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.live is not None:
            self.editor.live.close()  # its words come back here as the draft
        self.editor.flush()
        if not self.ctx.saves.may_close(self.stack):
            event.ignore()  # the clerk waits for the archive
            return
        lost = self.editor.unsaved()
        if lost and not self.ctx.prompts.confirm(
            self.tr(
                "Belum tersimpan: {0}.\nArsip menolaknya, atau isinya belum sah (lihat "
                "tanda merah); jika jendela ini ditutup, isian itu hilang.\n\nTutup juga?"
            ).format(", ".join(lost)),
            self.tr("Belum tersimpan"),
            self.tr("Tutup tanpa menyimpan"),
        ):
            event.ignore()
            return
        self.ctx.saves.drop(self.stack)  # the clerk chose to (nothing, if none waits)
        self.save_layout()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.events.errorReported.disconnect(self._on_error)
        if self.ctx.undo_group.activeStack() is self.stack:
            self.ctx.undo_group.setActiveStack(self.ctx.archive_undo)
        super().closeEvent(event)
        self.closed.emit(self.meeting_id)
