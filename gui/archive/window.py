"""The archive window: every meeting, and the way into each one.

It composes the archive panel with menus and a tool bar; the work itself is
done by core operations run through ctx.run (one undo step each) and by the import
and export helpers (gui.archive.files). Editors, the directory and the settings
dialog are imported when first opened, to keep start-up light.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QLocale, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar, QWidget

from gui.archive import reopen
from gui.archive.model import date_label
from gui.archive.view import ArchiveView
from gui.commands import HistoryActions
from gui.context import AppContext
from gui.help.menu import add_help_menu
from gui.saves import Pending
from gui.widgets.save_state import SaveState
from gui.window_state import restore_geometry, save_geometry

if TYPE_CHECKING:
    from core.changes import Changes
    from gui.directory.window import DirectoryWindow
    from gui.editor.window import EditorWindow
    from gui.followups.window import FollowupsWindow


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editors: dict[int, EditorWindow] = {}
        self._directory: DirectoryWindow | None = None  # made when first opened
        self._followups: FollowupsWindow | None = None  # made when first opened
        # the platform adds " — Notula" (the application's display name)
        self.setWindowTitle(self.tr("Arsip Rapat"))
        self.view = ArchiveView(ctx, self)
        self.setCentralWidget(self.view)
        self.count_label = QLabel()
        self.save_state = SaveState(ctx)  # saves waiting for the archive, if any
        self.statusBar().addPermanentWidget(self.save_state)
        self.statusBar().addPermanentWidget(self.count_label)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.view.openRequested.connect(self.open_meeting)
        self.view.currentChanged.connect(self._update_actions)
        self.view.model.modelReset.connect(self._update_count)
        self.view.model.rowsInserted.connect(self._update_count)
        self._update_count()
        self._update_actions()
        ctx.undo_group.setActiveStack(ctx.archive_undo)
        self.seen_version = ctx.store.data_version()
        restore_geometry(self, "archive/geometry", QSize(1100, 700), QSize(700, 450))

    # ---- actions and menus -------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # a list, as setShortcut's overloads would build the Qt namespace
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("Rapat &baru…"), self.new_meeting, "Ctrl+N")
        self.new_action.setToolTip(self.tr("Buat rapat baru (Ctrl+N)"))
        self.new_from_action = self._action(
            self.tr("Baru &dari…"), self.new_from_selected, "Ctrl+Shift+N"
        )
        self.new_from_action.setToolTip(
            self.tr("Rapat baru dengan peserta dan acara rapat yang dipilih (Ctrl+Shift+N)")
        )
        self.open_action = self._action(self.tr("B&uka"), self.open_selected)
        self.open_action.setToolTip(self.tr("Buka rapat yang dipilih (Enter)"))
        self.delete_action = self._action(self.tr("&Hapus…"), self.delete_selected, std.Delete)
        # by name: the Qt namespace stays unbuilt at start (see gui.archive.view)
        self.delete_action.setProperty("shortcutContext", "WidgetWithChildrenShortcut")
        self.view.table.addAction(self.delete_action)
        self.delete_action.setToolTip(self.tr("Hapus rapat yang dipilih (Del)"))
        self.import_action = self._action(self.tr("&Impor JSON…"), self.import_json, "Ctrl+I")
        self.export_action = self._action(self.tr("&Ekspor JSON…"), self.export_selected, "Ctrl+E")
        self.directory_action = self._action(
            self.tr("Di&rektori Pejabat…"), self.open_directory, "Ctrl+D"
        )
        self.followups_action = self._action(
            self.tr("&Tindak Lanjut…"), self.open_followups, "Ctrl+T"
        )
        self.followups_action.setToolTip(self.tr("Tindak lanjut semua rapat (Ctrl+T)"))
        self.settings_action = self._action(self.tr("&Pengaturan…"), self.open_settings, "Ctrl+,")
        self.quit_action = self._action(self.tr("&Keluar"), self.close, "Ctrl+Q")
        self.find_action = self._action(self.tr("&Cari"), self.focus_search, "Ctrl+F")
        history = HistoryActions(self.ctx, self.ctx.undo_group, self, self.tr("&Urungkan"),
                                 self.tr("U&langi"))  # fmt: skip
        self.undo_action, self.redo_action = history.undo, history.redo
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.about_action = self._action(self.tr("&Tentang Notula"), self.show_about)

    def _make_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Berkas"))
        for action in (self.new_action, self.new_from_action, self.open_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.import_action)
        menu.addAction(self.export_action)
        menu.addSeparator()
        self._add_records_actions(menu)
        menu.addSeparator()
        menu.addAction(self.directory_action)
        menu.addAction(self.followups_action)
        menu.addAction(self.settings_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.addSeparator()
        menu.addAction(self.find_action)
        menu.addAction(self.delete_action)
        self.help_menu = add_help_menu(self, [self.about_action])

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Tindakan"))
        bar.setObjectName("archiveToolbar")
        bar.setMovable(False)
        bar.setProperty("toolButtonStyle", "ToolButtonTextOnly")
        for action in (self.new_action, self.new_from_action, self.open_action, self.delete_action):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.directory_action)
        bar.addAction(self.followups_action)
        self.addToolBar(bar)
        self.toolbar = bar

    def _update_actions(self, *_: object) -> None:
        selected = self.view.current_meeting_id() is not None
        for action in (
            self.new_from_action,
            self.open_action,
            self.delete_action,
            self.export_action,
        ):
            action.setEnabled(selected)

    def _update_count(self) -> None:
        model = self.view.model
        number = QLocale().toString  # 10.000 in Indonesian, 10,000 in English
        if not model.complete:  # a search walked to its first matches only
            total = self.ctx.store.count_meetings()
            text = self.tr("{0}+ dari %Ln rapat", "", total).format(number(model.rowCount()))
        elif model.text or model.year is not None:
            total = self.ctx.store.count_meetings()
            text = self.tr("{0} dari %Ln rapat", "", total).format(number(model.rowCount()))
        else:  # unfiltered, the model has counted the archive already
            text = self.tr("%Ln rapat", "", model.rowCount())
        self.count_label.setText(text)

    def focus_search(self) -> None:
        self.view.search_edit.setFocus()
        self.view.search_edit.selectAll()

    # ---- meetings ------------------------------------------------------------------

    def new_meeting(self) -> int | None:
        """Ask title, date and kind; store the meeting; open its editor."""
        from core import model, office
        from gui.archive.dialogs import NewMeetingDialog

        dialog = NewMeetingDialog(self, series_names=self.ctx.store.series_names())
        while dialog.exec():
            profile = office.from_settings(self.ctx.store.all_settings())
            meeting = model.Meeting(
                title=dialog.meeting_title(),
                date=dialog.meeting_date(),
                kind=dialog.meeting_kind(),
                series=dialog.meeting_series(),
                status="draft",
                city=(profile.city or None) if profile else None,
                timezone=profile.timezone if profile else None,
            )
            text = self.tr("Buat rapat “{0}”").format(meeting.title)
            changes = self._run(self.ctx.store.add_meeting, meeting, text=text, then=self._made)
            if changes is not None:  # on failure: the same dialog again, nothing lost
                return _made_id(changes)
        return None

    def new_from_selected(self) -> int | None:
        """A new draft that repeats the selected meeting's attendees and agenda."""
        from gui.archive.dialogs import NewMeetingDialog

        source_id = self.view.current_meeting_id()
        if source_id is None:
            return None
        source = self.ctx.store.meeting_summary(source_id)
        dialog = NewMeetingDialog(
            self,
            heading=self.tr(
                "Peserta dan acara dari “{0}” disalin ke rapat baru. "
                "Pernyataan, keputusan dan tindak lanjut tidak ikut disalin."
            ).format(source.title),
            title=source.title,
            ask_kind=False,
            window_title=self.tr("Rapat baru dari rapat lain"),
        )
        while dialog.exec():
            title, date = dialog.meeting_title(), dialog.meeting_date()
            changes = self._run(
                self.ctx.store.make_meeting,
                lambda t=title, d=date: self.ctx.store.new_meeting_from(source_id, t, d),
                text=self.tr("Buat rapat “{0}”").format(title),
                then=self._made,
            )
            if changes is not None:
                return _made_id(changes)
        return None

    def _run(
        self, op: Callable[..., Changes], *args: Any, text: str,
        then: Callable[[Changes], object] | None = None,
    ) -> Changes | Pending | None:  # fmt: skip
        self.ctx.undo_group.setActiveStack(self.ctx.archive_undo)
        return self.ctx.run(self.ctx.archive_undo, op, *args, text=text, then=then)

    def _made(self, changes: Changes) -> None:
        """A new meeting is stored (at once, or once the archive was free): open it."""
        self._created(changes.meeting_id)

    def _created(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            return
        self.offer_carry_over(meeting_id)
        if self.view.model.row_of(meeting_id) < 0:  # hidden by a filter: show it
            self.view.search_edit.clear()
            self.view.year_combo.setCurrentIndex(0)
            self.view.apply_search()
        self.view.select_meeting(meeting_id)
        self.open_meeting(meeting_id)

    def open_selected(self) -> None:
        meeting_id = self.view.current_meeting_id()
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: int) -> EditorWindow | None:
        """One editor window per meeting: opening it again raises the existing one."""
        window = self.editors.get(meeting_id)
        if window is None:
            from gui.editor.window import EditorWindow

            window = EditorWindow(self.ctx, meeting_id)
            self.editors[meeting_id] = window
            window.closed.connect(self._editor_closed)
            reopen.opened(self.ctx, meeting_id)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _editor_closed(self, meeting_id: int) -> None:
        self.editors.pop(meeting_id, None)
        reopen.closed(self.ctx, meeting_id)
        self.ctx.undo_group.setActiveStack(self.ctx.archive_undo)
        from gui.records.actions import backup_daily

        self.backup_thread = backup_daily(self.ctx)  # at most once a day, off this thread

    def _add_records_actions(self, menu: QMenu) -> None:
        """Periksa dokumen…, Cadangkan…, Pulihkan… (gui.records.actions)."""
        self.verify_action = self._action(self.tr("Periksa &dokumen…"), self.verify_document)
        self.backup_action = self._action(self.tr("&Cadangkan…"), self.backup_now)
        self.restore_action = self._action(self.tr("P&ulihkan…"), self.restore_backup)
        for action in (self.verify_action, self.backup_action, self.restore_action):
            menu.addAction(action)

    def verify_document(self) -> None:
        from gui.records import actions  # not on the start path

        actions.verify_document(self.ctx)

    def backup_now(self) -> None:
        from gui.records import actions

        actions.backup_now(self.ctx)

    def restore_backup(self) -> bool:
        """Every meeting window closes first; then the restored archive is shown."""
        from gui.records.actions import restore_backup

        if any(not editor.close() for editor in list(self.editors.values())):
            return False
        if restore_backup(self.ctx, self) is None:
            return False
        from core.changes import Changes

        self.ctx.archive_undo.clear()
        self.seen_version = self.ctx.store.data_version()
        self.ctx.announce(Changes(meetings=True))
        return True

    def delete_selected(self) -> bool:
        meeting_id = self.view.current_meeting_id()
        if meeting_id is None:
            return False
        summary = self.ctx.store.meeting_summary(meeting_id)
        question = self.tr(
            "Hapus rapat “{0}” ({1})?\nPenghapusan dapat diurungkan dengan Ctrl+Z."
        ).format(summary.title, date_label(summary.date, self.view.model.lang))
        if not self.ctx.prompts.confirm(question, self.tr("Hapus rapat"), self.tr("Hapus")):
            return False
        row = self.view.model.row_of(meeting_id)
        editor = self.editors.get(meeting_id)
        if editor is not None and not editor.close():
            return False
        text = self.tr("Hapus rapat “{0}”").format(summary.title)
        if self._run(self.ctx.store.remove_meeting, meeting_id, text=text) is None:
            return False
        count = self.view.model.rowCount()
        if count:
            self.view.select_meeting(self.view.model.meeting_id(min(row, count - 1)))
        return True

    # ---- files -------------------------------------------------------------------

    def import_json(self) -> int | None:
        from gui.archive import files as archive_io

        self.ctx.undo_group.setActiveStack(self.ctx.archive_undo)
        meeting_id = archive_io.import_json(self.ctx)
        if meeting_id is not None:
            self.view.select_meeting(meeting_id)
            self.statusBar().showMessage(self.tr("Rapat diimpor."), 5000)
        return meeting_id

    def export_selected(self) -> None:
        meeting_id = self.view.current_meeting_id()
        if meeting_id is None:
            return
        from gui.archive import files as archive_io

        path = archive_io.export_json(self.ctx, meeting_id)
        if path is not None:
            self.statusBar().showMessage(self.tr("Disimpan ke {0}").format(path), 8000)

    def offer_sample(self) -> int | None:
        """First start with an empty archive: offer the example rakor to look around."""
        if self.ctx.store.count_meetings():
            return None
        question = self.tr(
            "Selamat datang di Notula. Muat contoh rapat koordinasi (rakor pengendalian "
            "inflasi) untuk melihat cara kerjanya?\n"
            "Contoh ini dapat dihapus kapan saja."
        )
        if not self.ctx.prompts.confirm(
            question, self.tr("Selamat datang"), self.tr("Muat contoh")
        ):
            return None
        from gui.archive import files as archive_io

        meeting_id = archive_io.load_sample(self.ctx)
        if meeting_id is not None:
            self.view.select_meeting(meeting_id)
        return meeting_id

    # ---- other windows -----------------------------------------------------------

    def open_directory(self) -> None:
        from gui.directory.window import DirectoryWindow

        window = self._directory
        if window is None:
            window = DirectoryWindow(self.ctx, self)
            window.setWindowFlag(QtCore.Qt.WindowType.Window, True)
            self._directory = window
        window.show()
        window.raise_()
        window.activateWindow()

    def offer_carry_over(self, meeting_id: int) -> None:
        """A new meeting of a series: offer the series' open follow-ups (one undo step)."""
        offer = self.ctx.store.carry_offer(meeting_id)
        if not offer:
            return
        from gui.followups.carry_dialog import CarryOverDialog

        series = offer[0].series or ""
        dialog = CarryOverDialog(series, offer, self)
        if dialog.exec() and dialog.chosen():
            chosen = dialog.chosen()
            self._run(
                self.ctx.store.carry_over,
                meeting_id,
                chosen,
                text=self.tr("Bawa %n tindak lanjut", "", len(chosen)),
            )

    def open_followups(self) -> FollowupsWindow:
        from gui.followups.window import FollowupsWindow

        window = self._followups
        if window is None:
            window = FollowupsWindow(self.ctx, self)
            window.setWindowFlag(QtCore.Qt.WindowType.Window, True)
            window.openRequested.connect(self.open_meeting)
            self._followups = window
        else:
            window.reload()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_settings(self, tab: int = 0) -> None:
        from gui.settings.dialog import SettingsDialog

        SettingsDialog(self.ctx, self, tab=tab).exec()

    # ---- first start ---------------------------------------------------------------

    def first_start(self) -> None:
        """The first start's questions, one after the other (never two dialogs at
        once): the office profile, then the sample meeting for an empty archive."""
        self.offer_office_profile()
        self.offer_sample()
        self.reopen_left_open()

    def reopen_left_open(self) -> list[int]:
        """The meetings that were open when Notula stopped (a crash): open again."""
        ids = reopen.left_open(self.ctx)
        for meeting_id in ids:
            self.open_meeting(meeting_id)
        return ids

    def offer_office_profile(self) -> bool:
        """Ask for the office profile, once per archive; True when one is set now."""
        if not self.ctx.store.office_question_due():  # every start: two settings read
            return False
        from gui.settings.office_prompt import offer_profile

        return offer_profile(self.ctx, self.open_settings)

    def show_about(self) -> None:
        from core import __version__
        from core.logs import log_file
        from core.paths import data_dir

        text = self.tr(
            "Notula {0}\nNotula rapat dan daftar hadir untuk kantor pemerintahan.\n\n"
            "Arsip: {1}\nFolder data: {2}\nBerkas log: {3}"
        ).format(__version__, self.ctx.db_path or self.tr("(memori)"), data_dir(), log_file())
        self.ctx.prompts.info(text, self.tr("Tentang Notula"))

    # ---- window ------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.ctx.undo_group.setActiveStack(self.ctx.archive_undo)
            self.follow_other_writers()
        super().changeEvent(event)

    def follow_other_writers(self) -> None:
        """Another program (the command line, say) changed the archive: show it.

        SQLite's data_version moves only when another connection commits, so
        regaining the focus costs one cheap query, and no rows are polled."""
        version = self.ctx.store.data_version()
        if version != self.seen_version:
            from core.changes import Changes

            self.seen_version = version
            self.ctx.announce(Changes(meetings=True))

    def closeEvent(self, event: QCloseEvent) -> None:
        for window in list(self.editors.values()):
            if not window.close():  # it holds typing the archive refused: the clerk stays
                event.ignore()
                return
        if not self.ctx.saves.may_close():  # new meetings, the directory's edits...
            event.ignore()
            return
        self.ctx.saves.drop()
        save_geometry(self, "archive/geometry")
        super().closeEvent(event)


def _made_id(changes: Changes | Pending) -> int | None:
    """The new meeting's id; None while it waits for the archive (it opens then)."""
    return None if isinstance(changes, Pending) else changes.meeting_id
