"""The settings dialog stores the office settings and the office profile in the
archive and announces them; the profile imports from and exports to a
notula.office file; the first start asks for the profile once."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel

from core import office
from core.errors import StorageError
from gui.settings import office_prompt as office_prompt
from gui.settings.dialog import OFFICE_TAB, SettingsDialog

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "office_bangka_barat.json"


@pytest.fixture
def dialog(ctx, qtbot):
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def save_button(d: SettingsDialog):
    return d.buttons.button(QDialogButtonBox.StandardButton.Save)


def typed(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_without_a_profile_the_office_fields_are_empty(ctx, dialog):
    form = dialog.office
    assert [e.text() for e in form.text_edits().values()] == [""] * 5
    assert form.paper_combo.currentData() == "A4" and form.timezone_combo.currentData() == "WIB"
    assert form.page_numbers_combo.currentData() == "tnd"
    assert form.logo_preview.text() == "(tanpa logo)" and not form.logo_remove.isEnabled()
    assert dialog.margin_spins["left"].value() == 30.0
    assert dialog.language_combo.currentData() == "id"
    assert dialog.tabs.tabText(OFFICE_TAB) == "Kantor"


def test_save_stores_settings_and_the_profile(ctx, dialog, qtbot):
    form = dialog.office
    typed(qtbot, form.government_edit, "PEMERINTAH KABUPATEN BANGKA BARAT")
    typed(qtbot, form.unit_edit, "SEKRETARIAT DAERAH")
    typed(qtbot, form.address_edit, "Jalan Jenderal Sudirman Nomor 1, Muntok 33311")
    typed(qtbot, form.contact_edit, "Telepon (0716) 000000")
    typed(qtbot, form.city_edit, "Muntok")
    form.timezone_combo.setCurrentIndex(form.timezone_combo.findData("WITA"))
    form.paper_combo.setCurrentIndex(form.paper_combo.findData("F4"))
    form.page_numbers_combo.setCurrentIndex(form.page_numbers_combo.findData("x_of_y"))
    form.minutes_combos["title"].setCurrentIndex(1)
    qtbot.keyClick(form.minutes_checks["count_present"], Qt.Key.Key_Space)
    qtbot.keyClicks(form.ack_edits["label"], "Mengetahui, Sekretaris Daerah")
    qtbot.keyClicks(form.ack_edits["name"], "Ir. Hendra Saputra, M.T.")
    qtbot.keyClicks(form.ack_edits["nip"], "19720315 199803 1 004")
    qtbot.keyClicks(form.press_edits["release_number"], "{n}/HUMAS/{year}")
    dialog.margin_spins["top"].setValue(20.0)
    dialog.font_size_spin.setValue(11)
    dialog.inline_spin.setValue(15)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(ctx.events.settingsChanged):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ctx.store.office_document() == {
        "format": "notula.office",
        "version": 1,
        "office": {
            "government": "PEMERINTAH KABUPATEN BANGKA BARAT",
            "unit": "SEKRETARIAT DAERAH",
            "address": "Jalan Jenderal Sudirman Nomor 1, Muntok 33311",
            "contact": "Telepon (0716) 000000",
            "city": "Muntok",
            "timezone": "WITA",
            "paper": "F4",
            "page_numbers": "x_of_y",
            "acknowledger": {
                "label": "Mengetahui, Sekretaris Daerah",
                "name": "Ir. Hendra Saputra, M.T.",
                "nip": "197203151998031004",
            },
            "press": {"release_number": "{n}/HUMAS/{year}"},
            "minutes": {"title": "NOTULA RAPAT", "count_present": False},
        },
    }
    s = ctx.store.all_settings()
    assert s["margins_mm"] == {"top": 20.0, "bottom": 25.0, "left": 30.0, "right": 20.0}
    assert s["font_size_pt"] == 11 and s["attendees_inline_max"] == 15
    assert s["language"] == "en"
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.office.city_edit.text() == "Muntok"
    assert again.office.minutes_checks["count_present"].isChecked() is False


def test_a_profile_needs_its_first_line(ctx, dialog, qtbot):
    dialog.tabs.setCurrentIndex(0)
    qtbot.keyClicks(dialog.office.city_edit, "Muntok")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == OFFICE_TAB
    assert ctx.prompts.shown[-1][0] == "error" and "Pemerintah" in ctx.prompts.shown[-1][1]
    assert ctx.store.office_document() is None
    dialog.office.city_edit.clear()
    assert dialog.save()  # nothing of an office typed: no profile, and that is fine
    assert ctx.store.office_document() is None


def test_clearing_every_office_field_removes_the_profile(ctx, qtbot):
    ctx.store.set_office_document(office.load_file(SAMPLE))
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    form = d.office
    for edit in (*form.text_edits().values(), *form.ack_edits.values(), *form.press_edits.values()):
        edit.clear()
    qtbot.mouseClick(form.logo_remove, Qt.MouseButton.LeftButton)
    assert d.save()
    assert ctx.store.office_document() is None


def test_bad_nip_is_refused_and_kept(ctx, dialog, qtbot):
    qtbot.keyClicks(dialog.office.government_edit, "PEMKAB X")
    qtbot.keyClicks(dialog.office.ack_edits["nip"], "1972031519980310")
    assert "18" in dialog.office.nip_problem_label.text()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.office.signatory_page
    assert ctx.prompts.shown[-1][0] == "error" and "NIP" in ctx.prompts.shown[-1][1]
    assert ctx.store.office_document() is None


def test_a_large_jpeg_logo_is_kept_a_jpeg_at_kop_size(ctx, dialog, qtbot, tmp_path):
    image = QImage(1200, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f5fa8"))
    path = tmp_path / "logo.jpg"
    assert image.save(str(path), "JPG")
    ctx.prompts.file_answers = [str(path)]
    qtbot.mouseClick(dialog.office.logo_choose, Qt.MouseButton.LeftButton)
    assert not dialog.office.logo_preview.pixmap().isNull()
    assert dialog.office.logo_remove.isEnabled()
    qtbot.keyClicks(dialog.office.government_edit, "PEMKAB X")
    assert dialog.save()
    logo = ctx.store.office_document()["office"]["logo"]
    assert logo["media_type"] == "image/jpeg"
    stored = QImage.fromData(base64.b64decode(logo["data"]))
    assert (stored.width(), stored.height()) == (600, 300)


def test_remove_logo_and_not_an_image(ctx, qtbot, tmp_path):
    ctx.store.set_office_document(office.load_file(SAMPLE))
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    assert not d.office.logo_preview.pixmap().isNull()
    qtbot.mouseClick(d.office.logo_remove, Qt.MouseButton.LeftButton)
    assert d.office.logo_preview.text() == "(tanpa logo)"
    text = tmp_path / "bukan.png"
    text.write_text("bukan gambar")
    ctx.prompts.file_answers = [str(text)]
    qtbot.mouseClick(d.office.logo_choose, Qt.MouseButton.LeftButton)
    assert ctx.prompts.shown[-1] == ("error", f"{text}: bukan gambar PNG atau JPEG")
    assert d.save()
    assert "logo" not in ctx.store.office_document()["office"]


def test_import_then_save_stores_the_file_as_it_was(ctx, dialog, qtbot, tmp_path):
    ctx.prompts.file_answers = [str(SAMPLE)]
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.office.government_edit.text() == "PEMERINTAH KABUPATEN BANGKA BARAT"
    assert dialog.office.paper_combo.currentData() == "F4"
    assert ctx.store.office_document() is None  # stored on Simpan, like any edit
    assert dialog.save()
    assert office.dumps(ctx.store.office_document()) == SAMPLE.read_text("utf-8") + "\n"


def test_an_imported_file_with_few_fields_is_stored_as_it_was(ctx, dialog, tmp_path):
    text = (
        '{"format": "notula.office", "version": 1, "office": {"government": "DINAS X", '
        '"acknowledger": {"label": "", "name": "Drs. Budi"}, "press": {"contact_email": ""}}}'
    )
    path = tmp_path / "sedikit.json"
    path.write_text(text, encoding="utf-8")
    ctx.prompts.file_answers = [str(path)]
    assert dialog.import_profile()
    assert dialog.save()
    assert ctx.store.office_document() == json.loads(text)


def test_export_writes_the_profile_and_a_bad_import_changes_nothing(ctx, qtbot, tmp_path):
    ctx.store.set_office_document(office.load_file(SAMPLE))
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    typed(qtbot, d.office.city_edit, "Mentok")
    out = tmp_path / "profil.json"
    ctx.prompts.file_answers = [str(out)]
    qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton)
    exported = json.loads(out.read_text("utf-8"))
    assert exported["office"]["city"] == "Mentok"
    assert office.load_file(out) == exported
    bad = tmp_path / "rusak.json"
    bad.write_text('{"format": "notula.office", "version": 1, "office": {}}', encoding="utf-8")
    ctx.prompts.file_answers = [str(bad)]
    qtbot.mouseClick(d.import_button, Qt.MouseButton.LeftButton)
    assert ctx.prompts.shown[-1][0] == "error" and "rusak.json" in ctx.prompts.shown[-1][1]
    assert d.office.city_edit.text() == "Mentok"


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
    def read_only(document):
        raise StorageError("arsip.db: database is read-only; cannot save changes")

    monkeypatch.setattr(ctx.store, "set_office_document", read_only)
    qtbot.keyClicks(dialog.office.government_edit, "PEMKAB X")
    qtbot.keyClicks(dialog.office.address_edit, "Jalan Merdeka 1")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.office.address_edit.text() == "Jalan Merdeka 1"
    assert ctx.prompts.shown == [("error", "arsip.db: database is read-only; cannot save changes")]


def test_language_note_and_main_window_menu(ctx, qtbot, monkeypatch):
    from gui.archive.window import MainWindow
    from gui.settings import dialog as settings_dialog

    opened: list[SettingsDialog] = []
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda self: opened.append(self))
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.settings_action.trigger()
    assert len(opened) == 1
    assert "dibuka ulang" in opened[0].language_note.text()


# ---- the first start --------------------------------------------------------------------


@pytest.fixture
def window(ctx, qtbot):
    from gui.archive.window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    return win


def test_first_start_skip_is_remembered_in_the_archive(ctx, window):
    ctx.prompts.office_answers = [office_prompt.SKIP]
    ctx.prompts.confirm_answers = [False]  # the sample, asked after
    window.first_start()
    assert ctx.prompts.office_asked == 1
    assert [kind for kind, _ in ctx.prompts.shown] == ["confirm"]
    window.first_start()
    assert ctx.prompts.office_asked == 1  # not again
    assert ctx.store.office_document() is None


def test_first_start_closed_unanswered_asks_again_next_time(ctx, window):
    window.first_start()
    window.first_start()
    assert ctx.prompts.office_asked == 2


def test_first_start_import_sets_the_profile(ctx, window, qtbot, tmp_path):
    bad = tmp_path / "bukan.json"
    bad.write_text("[]", encoding="utf-8")
    ctx.prompts.office_answers = [office_prompt.IMPORT, office_prompt.IMPORT]
    ctx.prompts.file_answers = [str(bad), str(SAMPLE)]
    with qtbot.waitSignal(ctx.events.settingsChanged):
        assert window.offer_office_profile()
    assert ctx.prompts.shown[0][0] == "error" and "bukan.json" in ctx.prompts.shown[0][1]
    assert ctx.prompts.office_asked == 2  # the bad file: asked again
    assert office.dumps(ctx.store.office_document()) == SAMPLE.read_text("utf-8") + "\n"
    assert not window.offer_office_profile()  # a profile: no question
    assert ctx.prompts.office_asked == 2


def test_first_start_fill_opens_the_office_page(ctx, window, qtbot, monkeypatch):
    def fill(dialog: SettingsDialog) -> None:
        assert dialog.tabs.currentIndex() == OFFICE_TAB
        qtbot.keyClicks(dialog.office.government_edit, "PEMERINTAH KOTA CONTOH")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    ctx.prompts.office_answers = [office_prompt.FILL]
    assert window.offer_office_profile()
    assert ctx.store.office_document()["office"]["government"] == "PEMERINTAH KOTA CONTOH"


def test_the_question_dialog_answers_by_its_buttons(qtbot):
    d = office_prompt.OfficePromptDialog()
    qtbot.addWidget(d)
    d.show()
    assert d.windowTitle() == "Profil kantor"
    assert d.fill_button.isDefault()
    qtbot.mouseClick(d.skip_button, Qt.MouseButton.LeftButton)
    assert d.answer == office_prompt.SKIP and not d.isVisible()
    d = office_prompt.OfficePromptDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClick(d, Qt.Key.Key_Return)  # the default: fill it in now
    assert d.answer == office_prompt.FILL
    d = office_prompt.OfficePromptDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.answer is None


def mnemonics(widget) -> list[str]:
    """The Alt+letter keys the visible labels and buttons under ``widget`` offer."""
    keys = []
    for child in [*widget.findChildren(QLabel), *widget.findChildren(QAbstractButton)]:
        if child.isVisibleTo(widget.window()):
            keys += mnemonics_of(child)
    return keys


@pytest.fixture(params=["id", "en"])
def interface_language(request, qapp):
    """Each interface language in turn (Indonesian is the source text)."""
    from PySide6.QtWidgets import QApplication

    from gui import i18n

    translators = i18n.install(QApplication.instance(), request.param)
    yield request.param
    i18n.uninstall(QApplication.instance(), translators)


def test_no_two_fields_on_a_page_share_an_alt_letter(ctx, interface_language, qtbot):
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    bottom = [*mnemonics_of(dialog.import_button), *mnemonics_of(dialog.export_button)]
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        keys = mnemonics(dialog.tabs.widget(index)) + bottom
        clashes = sorted({k for k in keys if keys.count(k) > 1})
        assert clashes == [], f"{dialog.tabs.tabText(index)}: Alt+{clashes}"


def mnemonics_of(widget) -> list[str]:
    match = re.search(r"&([^&\s])", widget.text().replace("&&", ""))
    return [match.group(1).lower()] if match else []


def test_the_acknowledger_nip_is_grouped_as_printed_and_checked_as_typed(ctx, qtbot):
    ctx.store.set_office_document(office.load_file(SAMPLE))
    d = SettingsDialog(ctx, tab=4)
    qtbot.addWidget(d)
    d.show()
    nip = d.office.ack_edits["nip"]
    assert nip.text() == "19680512 199303 1 007"
    assert d.office.nip_problem_label.text() == "NIP sah"
    nip.clear()
    assert d.office.nip_problem_label.text() == "Kosongkan bila pejabatnya tidak punya NIP."
    qtbot.keyClicks(nip, "196805121993031007")
    assert nip.text() == "19680512 199303 1 007"
    assert d.save()
    assert ctx.store.office_document()["office"]["acknowledger"]["nip"] == "196805121993031007"


def test_alt_m_reaches_the_margins(ctx, dialog, qtbot):
    dialog.tabs.setCurrentIndex(OFFICE_TAB + 1)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert dialog.margin_spins["top"].hasFocus()
