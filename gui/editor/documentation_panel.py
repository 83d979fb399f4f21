"""The "Dokumentasi" tab: the meeting's pictures, printed after the minutes.

The clerk pastes a screenshot (Ctrl+V), drops PNG or JPEG files on the tab,
or picks them (Insert); types a caption in the table (F2 or just typing);
orders them with Ctrl+Up/Ctrl+Down or by dragging; Delete removes one. Each
is one undo step run through the session. A file that is no PNG or JPEG, or
one too large for the schema's limits, is one sentence and nothing stored —
of several files dropped at once, none is stored then. The selected picture
is shown beside the table as it will be printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core import model
from core.images import media_type_of, picture_problem
from gui.widgets.empty_hint import EmptyHint
from gui.widgets.selection import select_row
from gui.widgets.tables import dropped_files, editable_rows

if TYPE_CHECKING:
    from core.changes import Changes
    from gui.session import MeetingSession

PREVIEW_PX = 320


class DocumentationPanel(QWidget):
    def __init__(self, session: MeetingSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ctx = session.ctx
        self.model = session.attachments
        intro = QLabel(
            self.tr(
                "Foto dan tangkapan layar rapat, dicetak sebagai lampiran Dokumentasi notula. "
                "Tempel dengan Ctrl+V, seret berkas PNG/JPEG ke sini, atau Pilih gambar (Insert)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = table = QTableView(self)
        table.setModel(self.model)
        editable_rows(table)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDragEnabled(True)
        table.setDropIndicatorShown(True)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_hint = EmptyHint(
            table, self.tr("Belum ada gambar. Ctrl+V menempel tangkapan layar.")
        )
        self.preview = QLabel(self)
        self.preview.setFixedWidth(PREVIEW_PX + 12)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.pick_button = QPushButton(self.tr("&Pilih gambar… (Insert)"), self)
        self.pick_button.clicked.connect(lambda: self.pick())
        self.paste_button = QPushButton(self.tr("&Tempel (Ctrl+V)"), self)
        self.paste_button.clicked.connect(lambda: self.paste())
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Naikkan (Ctrl+↑)"), lambda: self.move_current(-1)),
            (self.tr("Turunkan (Ctrl+↓)"), lambda: self.move_current(1)),
            (self.tr("Hapus (Del)"), lambda: self.delete_current()),
        ):
            button = QPushButton(text, self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do it
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.pick_button)
        buttons.addWidget(self.paste_button)
        middle = QHBoxLayout()
        middle.addWidget(table, 1)
        middle.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        for keys, slot in (
            (QKeySequence.StandardKey.Paste, self.paste),
            ("Insert", self.pick),
            (QKeySequence.StandardKey.Delete, self.delete_current),
            ("Ctrl+Up", lambda: self.move_current(-1)),
            ("Ctrl+Down", lambda: self.move_current(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        table.selectionModel().currentRowChanged.connect(self._show_preview)
        self.model.modelReset.connect(self._show_preview)
        self.model.dataChanged.connect(self._show_preview)
        self.setAcceptDrops(True)

    # ---- adding ----------------------------------------------------------------------

    def add_pictures(self, named: list[tuple[str, bytes]]) -> bool:
        """Store the pictures (name, bytes) as one step; all are checked first."""
        pictures = []
        for name, data in named:
            media_type = media_type_of(data) or "application/octet-stream"
            problem = picture_problem(data, media_type)
            if problem is not None:
                self.ctx.prompts.error(self.tr("{0}: {1}").format(name, problem[1]))
                return False
            pictures.append(model.Attachment(ref=None, media_type=media_type, data=data))
        if not pictures:
            return False
        changes = self.session.run(
            self.ctx.store.add_rows,
            "attachments",
            self.session.meeting_id,
            pictures,
            text=self.tr("Tambah %n gambar dokumentasi", "", len(pictures)),
            then=self._added,
        )
        return changes is not None

    def _added(self, changes: Changes) -> None:
        """Stored (at once, or once the archive was free): the last picture is shown."""
        self.select_row(self.model.row_of(changes.rows("attachments").added[-1]))

    def add_files(self, paths: list[str]) -> bool:
        named = []
        for path in paths:
            try:
                named.append((Path(path).name, Path(path).read_bytes()))
            except OSError as exc:
                self.ctx.prompts.error(self.tr("{0}: {1}").format(path, exc.strerror))
                return False
        return self.add_pictures(named)

    def pick(self) -> bool:
        path = self.ctx.prompts.open_file(
            self.tr("Pilih gambar dokumentasi"), self.tr("Gambar (*.png *.jpg *.jpeg)")
        )
        return bool(path) and self.add_files([path])

    def paste(self) -> bool:
        """A picture on the clipboard (a screenshot) as PNG; a file copied there as itself."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and mime.hasUrls():
            files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
            if files:
                return self.add_files(files)
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            self.ctx.prompts.error(self.tr("Papan klip tidak berisi gambar."))
            return False
        return self.add_pictures([(self.tr("Gambar tempelan"), _png_bytes(image))])

    # ---- the list --------------------------------------------------------------------

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            select_row(self.table, self.model.index(row, 0))

    def move_current(self, step: int) -> bool:
        row = self.current_row()
        if row < 0 or not 0 <= row + step < self.model.rowCount():
            return False
        moved = self.model.move(row, row + step)
        if moved:
            self.select_row(row + step)
        return moved

    def delete_current(self) -> bool:
        row = self.current_row()
        if row < 0:
            return False
        item = self.model.item(row)
        changes = self.session.run(
            self.ctx.store.remove_rows,
            "attachments",
            [item.id],
            text=self.tr("Hapus gambar dokumentasi"),
        )
        if changes is not None:
            self.select_row(min(row, self.model.rowCount() - 1))
        return changes is not None

    def _show_preview(self, *_: object) -> None:
        row = self.current_row()
        if row < 0:
            self.preview.clear()
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.model.item(row).data)
        if pixmap.isNull():
            self.preview.setText(self.tr("(pratinjau tidak tersedia)"))
            return
        self.preview.setPixmap(
            pixmap.scaled(
                PREVIEW_PX,
                PREVIEW_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    # ---- dropped files -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.add_files(files)


def _png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
