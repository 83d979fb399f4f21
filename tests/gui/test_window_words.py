"""Issue 16, item 11: titles, a status that never widens the window, one word per
mode, "Arsip masih kosong" once, and an export that says where the files went."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import exchange
from gui.archive.model import ArchiveModel
from gui.archive.window import MainWindow
from gui.editor.window import EditorWindow
from gui.export.dialog import ExportDialog
from tests.gui.editor_helpers import key, new_meeting, open_editor, type_text

ALT = Qt.KeyboardModifier.AltModifier


def test_window_titles_name_notula_once(qtbot, ctx, example_id):
    archive = MainWindow(ctx)
    qtbot.addWidget(archive)
    # the platform appends the application's display name, " — Notula"
    assert archive.windowTitle() == "Arsip Rapat"
    editor = EditorWindow(ctx, example_id)
    qtbot.addWidget(editor)
    title = ctx.store.meeting_summary(example_id).title
    assert editor.windowTitle() == title
    assert "Notula" not in editor.windowTitle().replace(title, "")


def test_a_long_status_does_not_widen_the_editor(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    editor.resize(900, 700)
    bar = editor.capture
    key(qtbot, Qt.Key.Key_4, ALT)
    before, width = editor.minimumSizeHint().width(), editor.width()
    type_text(qtbot, "yuliana")  # the longest label: name, titles and jabatan
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Stok aman.")
    key(qtbot, Qt.Key.Key_Return)
    assert "Kepala Dinas Perindustrian dan Perdagangan" in bar.status.text()
    bar.status.setText(bar.status.text() * 10)  # and a storage error's length
    assert editor.minimumSizeHint().width() <= before
    assert editor.width() == width
    assert bar.status.toolTip() == bar.status.text(), "cut short, whole in the tooltip"


def test_one_word_for_each_mode(qtbot, ctx, example_id):
    archive = MainWindow(ctx)
    qtbot.addWidget(archive)
    model = archive.view.model
    editor = open_editor(qtbot, ctx, example_id)
    mode = editor.header.mode
    shown = {mode.itemData(i): mode.itemText(i) for i in range(mode.count())}
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).isValid())
    assert model.data(model.index(row, ArchiveModel.MODE)) == shown["hybrid"] == "Hybrid"
    assert shown["in_person"] == "Luring" and shown["online"] == "Daring"


def test_an_empty_archive_says_it_is_empty_once(qtbot, ctx):
    archive = MainWindow(ctx)
    qtbot.addWidget(archive)
    ctx.prompts.confirm_answers = [False]
    archive.offer_sample()
    question = ctx.prompts.shown[-1][1]
    assert "Arsip masih kosong" not in question
    assert "Arsip masih kosong" in archive.view.empty_label.text()


def test_export_lists_the_pdfs_and_says_where_the_files_went(qtbot, ctx, example_path, tmp_path):
    meeting_id = exchange.import_file(ctx.store, example_path)
    dialog = ExportDialog(None, ctx.store, meeting_id, folder=tmp_path)
    opened: list[str] = []
    dialog.open_url = lambda url: opened.append(url.toLocalFile()) or True
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.pdf_check.setChecked(True)
    assert dialog.names_label.text().count(".pdf") == 2
    dialog.pdf_check.setChecked(False)
    assert ".pdf" not in dialog.names_label.text()
    dialog.open_check.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.job is None, timeout=20000)
    assert dialog.isVisible(), "it stays open to say where the files went"
    status = dialog.status.text()
    assert str(tmp_path) in status
    assert all(p.name in status for p in dialog.result.documents)
    assert dialog.folder_button.isVisible() and dialog.cancel_button.text() == "Tutup"
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path)]


def test_the_export_folder_is_remembered_per_kind_of_meeting(qtbot, ctx, tmp_path):
    rakor = new_meeting(ctx, "Rakor Inflasi")
    ctx.store.edit_header(rakor, {"kind": "Rapat Koordinasi"})
    audiensi = new_meeting(ctx, "Audiensi Warga")
    ctx.store.edit_header(audiensi, {"kind": "Audiensi"})
    folders = {}
    for meeting_id, name in ((rakor, "rakor"), (audiensi, "audiensi")):
        folders[name] = tmp_path / name
        folders[name].mkdir()
        dialog = ExportDialog(None, ctx.store, meeting_id)
        dialog.open_url = lambda url: True
        qtbot.addWidget(dialog)
        dialog.folder_edit.setText(str(folders[name]))
        dialog.pdf_check.setChecked(False)
        dialog.open_check.setChecked(False)
        dialog.start()
        qtbot.waitUntil(lambda d=dialog: d.result is not None and d.job is None, timeout=20000)
    for meeting_id, name in ((rakor, "rakor"), (audiensi, "audiensi")):
        again = ExportDialog(None, ctx.store, meeting_id)
        qtbot.addWidget(again)
        assert again.folder_edit.text() == str(folders[name])


def test_the_export_folder_lives_with_the_archive(qtbot, ctx, tmp_path):
    """Item 12: the last folder is the archive's (NOTULA_DB may name another archive);
    a second archive keeps its own, and the user's settings hold none."""
    from PySide6.QtCore import QSettings

    from core import model
    from core.store import MeetingStore

    other = MeetingStore.open(tmp_path / "lain.db")
    try:
        theirs = other.create_meeting(model.Meeting(title="Rapat lain", date="2024-01-02"))
        ours = new_meeting(ctx, "Rakor")
        folder = tmp_path / "rakor"
        folder.mkdir()
        dialog = ExportDialog(None, ctx.store, ours)
        qtbot.addWidget(dialog)
        dialog.open_url = lambda url: True
        dialog.folder_edit.setText(str(folder))
        dialog.pdf_check.setChecked(False)
        dialog.open_check.setChecked(False)
        dialog.start()
        qtbot.waitUntil(lambda: dialog.result is not None and dialog.job is None, timeout=20000)
        assert ExportDialog(None, ctx.store, ours).folder_edit.text() == str(folder)
        assert ExportDialog(None, other, theirs).folder_edit.text() != str(folder)
        user = QSettings("Notula", "Notula")
        assert str(folder) not in [str(user.value(k)) for k in user.allKeys()]
    finally:
        other.close()
