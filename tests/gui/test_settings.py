"""The settings dialog stores office settings in the archive and announces them."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from core.errors import StorageError
from gui.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(ctx, qtbot):
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def save_button(d: SettingsDialog):
    return d.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_shows_the_stored_settings(ctx, dialog):
    assert dialog.city_edit.text() == "Pangkalpinang"
    assert dialog.letterhead_edit.toPlainText() == (
        "PEMERINTAH KOTA PANGKALPINANG\nSEKRETARIAT DAERAH"
    )
    assert dialog.paper_combo.currentData() == "A4"
    assert dialog.margin_spins["left"].value() == 30.0
    assert dialog.language_combo.currentData() == "id"


def test_save_stores_in_the_archive(ctx, dialog, qtbot, tmp_path):
    dialog.city_edit.clear()
    qtbot.keyClicks(dialog.city_edit, "Muntok")
    dialog.letterhead_edit.clear()
    qtbot.keyClicks(dialog.letterhead_edit, "PEMERINTAH KABUPATEN BANGKA BARAT")
    qtbot.keyClick(dialog.letterhead_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.letterhead_edit, "SEKRETARIAT DAERAH")
    qtbot.keyClicks(dialog.address_edit, "Jalan Jenderal Sudirman, Muntok")
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("F4"))
    dialog.timezone_combo.setCurrentIndex(dialog.timezone_combo.findData("WITA"))
    dialog.margin_spins["top"].setValue(20.0)
    dialog.font_size_spin.setValue(11)
    dialog.inline_spin.setValue(15)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.keyClicks(dialog.ack_edits["label"], "Mengetahui, Sekretaris Daerah")
    qtbot.keyClicks(dialog.ack_edits["name"], "Ir. Hendra Saputra, M.T.")
    qtbot.keyClicks(dialog.ack_edits["nip"], "19720315 199803 1 004")
    with qtbot.waitSignal(ctx.events.settingsChanged):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    s = ctx.store.all_settings()
    assert s["default_city"] == "Muntok"
    assert s["letterhead_lines"] == ["PEMERINTAH KABUPATEN BANGKA BARAT", "SEKRETARIAT DAERAH"]
    assert s["letterhead_address"] == "Jalan Jenderal Sudirman, Muntok"
    assert s["paper"] == "F4" and s["default_timezone"] == "WITA"
    assert s["margins_mm"] == {"top": 20.0, "bottom": 25.0, "left": 30.0, "right": 20.0}
    assert s["font_size_pt"] == 11 and s["attendees_inline_max"] == 15
    assert s["language"] == "en"
    assert s["acknowledger"]["nip"] == "197203151998031004"
    assert s["acknowledger"]["name"] == "Ir. Hendra Saputra, M.T."
    assert not dialog.isVisible()


def test_bad_nip_is_refused_and_kept(ctx, dialog, qtbot):
    qtbot.keyClicks(dialog.ack_edits["nip"], "1972031519980310")
    assert "18" in dialog.nip_problem_label.text()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert ctx.prompts.shown[-1][0] == "error" and "NIP" in ctx.prompts.shown[-1][1]
    assert ctx.store.get_setting("acknowledger")["nip"] == ""


def test_logo_png_or_jpg_stored_as_png_base64(ctx, dialog, qtbot, tmp_path):
    image = QImage(1200, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    path = tmp_path / "logo.jpg"
    assert image.save(str(path), "JPG")
    ctx.prompts.file_answers = [str(path)]
    qtbot.mouseClick(dialog.logo_choose, Qt.MouseButton.LeftButton)
    assert dialog.logo_preview.pixmap() is not None and not dialog.logo_preview.pixmap().isNull()
    assert dialog.logo_remove.isEnabled()
    assert dialog.save()
    stored = QImage.fromData(base64.b64decode(ctx.store.get_setting("logo_png_base64")), "PNG")
    assert (stored.width(), stored.height()) == (600, 300)  # scaled to a sensible size


def test_remove_logo_and_not_an_image(ctx, dialog, qtbot, tmp_path):
    ctx.store.set_settings({"logo_png_base64": "iVBORw0KGgo="})
    dialog.load(ctx.store.all_settings())
    dialog.logo_b64 = "iVBORw0KGgo="
    dialog._show_logo()
    qtbot.mouseClick(dialog.logo_remove, Qt.MouseButton.LeftButton)
    assert dialog.logo_preview.text() == "(tanpa logo)"
    text = tmp_path / "bukan.png"
    text.write_text("bukan gambar")
    assert not dialog.set_logo_file(str(text))
    assert "bukan.png" in ctx.prompts.shown[-1][1]
    assert dialog.save()
    assert ctx.store.get_setting("logo_png_base64") == ""


def test_template_choose_and_clear(ctx, dialog, qtbot, tmp_path):
    docx = tmp_path / "kop.docx"
    docx.write_bytes(b"PK")
    ctx.prompts.file_answers = [str(docx)]
    qtbot.mouseClick(dialog.template_choose, Qt.MouseButton.LeftButton)
    assert dialog.template_edit.text() == str(docx)
    dialog.save()
    assert ctx.store.get_setting("base_template") == str(docx)
    d2 = SettingsDialog(ctx)
    qtbot.addWidget(d2)
    qtbot.mouseClick(d2.template_clear, Qt.MouseButton.LeftButton)
    d2.save()
    assert ctx.store.get_setting("base_template") == ""


def test_failed_save_keeps_the_dialog_and_what_was_typed(ctx, dialog, qtbot, monkeypatch):
    def read_only(values):
        raise StorageError("arsip.db: database is read-only; cannot save changes")

    monkeypatch.setattr(ctx.store, "set_settings", read_only)
    qtbot.keyClicks(dialog.address_edit, "Jalan Merdeka 1")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.address_edit.text() == "Jalan Merdeka 1"
    assert ctx.prompts.shown == [("error", "arsip.db: database is read-only; cannot save changes")]


def test_language_note_and_main_window_menu(ctx, qtbot, monkeypatch):
    from gui import settings_dialog
    from gui.main_window import MainWindow

    opened: list[SettingsDialog] = []
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda self: opened.append(self))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.settings_action.trigger()
    assert len(opened) == 1
    assert "dibuka ulang" in opened[0].language_note.text()
