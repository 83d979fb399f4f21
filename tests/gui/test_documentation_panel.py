"""The Dokumentasi tab: pictures pasted, dropped or picked, captioned and ordered by keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from core import model
from gui.editor.documentation_panel import DocumentationPanel
from gui.session import open_session
from tests.core.pictures import jpeg, png
from tests.gui.editor_helpers import new_meeting


@pytest.fixture
def meeting_id(ctx) -> int:
    return new_meeting(ctx)


@pytest.fixture
def panel(ctx, meeting_id, qtbot):
    session = open_session(ctx, meeting_id)
    widget = DocumentationPanel(session)
    session.hold(widget)
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def stored(ctx, meeting_id) -> list[model.Attachment]:
    return ctx.store.get_meeting(meeting_id).attachments


def screenshot() -> QImage:
    image = QImage(640, 360, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    return image


def test_ctrl_v_pastes_a_screenshot_then_a_caption_is_typed(ctx, panel, meeting_id, qtbot):
    QGuiApplication.clipboard().setImage(screenshot())
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    [picture] = stored(ctx, meeting_id)
    assert picture.media_type == "image/png" and picture.data.startswith(b"\x89PNG")
    assert panel.model.index(0, 1).data() == "PNG 640 × 360"
    assert not panel.preview.pixmap().isNull()  # shown beside the table
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Peserta rapat melalui Zoom")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the view keeps what was typed once the key has been handled (a queued commit)
    qtbot.waitUntil(lambda: stored(ctx, meeting_id)[0].caption == "Peserta rapat melalui Zoom")
    panel.grab().save("/tmp/documentation_panel.png")
    assert panel.session.stack.count() == 2
    panel.session.stack.undo()
    panel.session.stack.undo()
    assert stored(ctx, meeting_id) == []


def test_dropped_files_are_added_in_order_and_moved_with_keys(
    ctx, panel, meeting_id, tmp_path, qtbot
):
    first, second = tmp_path / "satu.png", tmp_path / "dua.jpg"
    first.write_bytes(png(40, 30))
    second.write_bytes(jpeg(30, 40))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(first)), QUrl.fromLocalFile(str(second))])
    panel.dropEvent(
        QDropEvent(
            QPointF(QPoint(30, 30)),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert [a.media_type for a in stored(ctx, meeting_id)] == ["image/png", "image/jpeg"]
    assert panel.session.stack.count() == 1  # two files, one step
    assert panel.current_row() == 1
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_row() == 0
    assert [a.media_type for a in stored(ctx, meeting_id)] == ["image/jpeg", "image/png"]


def test_a_gif_or_a_renamed_pdf_is_one_sentence_and_nothing_stored(
    ctx, panel, meeting_id, tmp_path
):
    gif, pdf, good = tmp_path / "animasi.gif", tmp_path / "foto.png", tmp_path / "baik.png"
    gif.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    good.write_bytes(png())
    assert panel.add_files([str(good), str(gif)]) is False
    assert panel.add_files([str(pdf)]) is False
    assert stored(ctx, meeting_id) == []
    assert [kind for kind, _text in ctx.prompts.shown] == ["error", "error"]
    assert ctx.prompts.shown[0][1].startswith("animasi.gif: ")
    assert ctx.prompts.shown[1][1].startswith("foto.png: ")


def test_insert_picks_a_file_and_delete_removes_it(ctx, panel, meeting_id, tmp_path, qtbot):
    path = tmp_path / "foto.jpg"
    path.write_bytes(jpeg(300, 200))
    ctx.prompts.file_answers = [str(path)]
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    assert [a.media_type for a in stored(ctx, meeting_id)] == ["image/jpeg"]
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert stored(ctx, meeting_id) == []


def test_alt_7_opens_the_tab_counted_by_its_pictures(ctx, meeting_id, qtbot):
    from gui.editor.meeting_editor import DOKUMENTASI
    from tests.gui.editor_helpers import focused, key, open_editor

    ctx.store.add_rows("attachments", meeting_id, [model.Attachment(None, "image/png", png())])
    editor = open_editor(qtbot, ctx, meeting_id)
    key(qtbot, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert editor.tabs.currentIndex() == DOKUMENTASI
    assert focused() is editor.documentation_panel.table
    assert editor.tabs.tabText(DOKUMENTASI) == "Dokumentasi (1)"
