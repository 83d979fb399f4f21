"""Every string the clerk can see reaches the translation file, and English shows it.

Qt's lupdate finds a string only when it is passed, as written, to ``tr`` or
``QCoreApplication.translate``: a helper that forwards a variable hides every
string behind it, and the English interface then shows Indonesian words.
"""

from __future__ import annotations

import ast
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.i18n_build import GUI_DIR, I18N_DIR, update
from tests.gui.editor_helpers import open_editor


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
    return translation.get("type") == "unfinished" or not all(forms)


def literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_translated_text_is_written_where_it_is_translated():
    """``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` only."""
    hidden = []
    for path in sorted(GUI_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", None)
            if name == "tr":
                ok = (
                    isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "self"
                    and bool(node.args)
                    and literal(node.args[0])
                )
            elif name == "translate":
                ok = len(node.args) >= 2 and all(literal(a) for a in node.args[:2])
            else:
                continue
            if not ok:
                hidden.append(f"{path.relative_to(GUI_DIR.parent)}:{node.lineno}")
    assert hidden == []


def test_every_string_in_the_code_has_its_english(tmp_path):
    """lupdate run on a copy finds nothing new, and nothing is left untranslated."""
    ts = I18N_DIR / "notula_en.ts"
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    update(copy)
    committed, current = messages(ts), messages(copy)
    assert sorted(set(current) - set(committed)) == []  # run: python -m gui.i18n_build --update
    assert sorted(k for k, m in current.items() if unfinished(m)) == []


@pytest.fixture
def english(qapp):
    locale = QLocale()
    translators = i18n.install(QApplication.instance(), "en")
    yield
    i18n.uninstall(QApplication.instance(), translators)
    QLocale.setDefault(locale)


def test_english_attendee_table_and_counts(ctx, example_id, english, qtbot):
    editor = open_editor(qtbot, ctx, example_id)
    header = editor.attendees_panel.table.horizontalHeader()
    model = header.model()
    headers = [model.headerData(c, header.orientation()) for c in range(header.count())]
    assert headers[:3] == ["No.", "Name", "NIP"]
    assert "On behalf of" in headers
    count = editor.attendees_panel.count_label.text()
    assert count.endswith("present") and "attendees" in count
    assert editor.statements_panel.count.text().endswith("statements")


def test_plural_forms_in_english(ctx, english, qtbot):
    from core import model
    from gui.archive.window import MainWindow

    ctx.store.create_meeting(model.Meeting(title="Rapat Tunggal", date="2024-01-05"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.count_label.text() == "1 meeting"
    ctx.announce(ctx.store.add_meeting(model.Meeting(title="Rapat Kedua", date="2024-01-06")))
    assert window.count_label.text() == "2 meetings"


def test_english_dates(ctx, example_id, english, qtbot):
    from gui.archive.model import ArchiveModel

    archive = ArchiveModel(ctx)
    assert archive.data(archive.index(0, ArchiveModel.DATE)) == "12 June 2023"
    editor = open_editor(qtbot, ctx, example_id)
    assert editor.header.date.text() == "Monday, 12 June 2023"
    due = editor.actions_panel.model.index(0, 2).data()
    assert due.endswith(" 2023") and "Juni" not in due and "Juli" not in due


def test_indonesian_dates_by_default(ctx, example_id, qtbot):
    editor = open_editor(qtbot, ctx, example_id)
    assert editor.header.date.text() == "Senin, 12 Juni 2023"


def test_core_messages_in_dialogs_follow_the_interface_language(ctx, example_id, english, qtbot):
    from PySide6.QtCore import Qt

    from tests.gui.editor_helpers import key

    editor = open_editor(qtbot, ctx, example_id)
    editor.show_tab(0)
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Tab)
    assert editor.header.problem("title") == "title is required"


def test_the_interface_language_wins_over_the_locale(qapp, monkeypatch):
    """A clerk with an English system who chose Indonesian reads the core's
    messages in Indonesian; after uninstall the core follows the locale again."""
    from core.dates import parse_date
    from core.errors import InputError
    from tests.conftest import use_locale

    use_locale(monkeypatch, "en_US.UTF-8")
    locale = QLocale()
    translators = i18n.install(QApplication.instance(), "id")
    try:
        with pytest.raises(InputError) as raised:
            parse_date("2023-02-30")
        assert str(raised.value) == "tanggal tidak valid: '2023-02-30'"
    finally:
        i18n.uninstall(QApplication.instance(), translators)
        QLocale.setDefault(locale)
    with pytest.raises(InputError) as raised:
        parse_date("2023-02-30")
    assert str(raised.value) == "invalid date: '2023-02-30'"
