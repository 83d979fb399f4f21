"""The keyboard contract (docs/spec/keyboard.md) against the live widgets.

``resources/keyboard.json`` names every key; each entry is pressed (or, where
pressing would open a modal dialog, looked up on its action or button) in the
window it belongs to, and no two entries that can be pressed in the same place
share a key. Ids whose feature is not built yet are gui.keyboard.PLANNED, so a new
id can never slip in unchecked.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QCheckBox

from core import model
from gui.keyboard import PLANNED, keymap
from tests.gui.editor_helpers import activate, focused, key, open_editor, type_text

ROOT = Path(__file__).resolve().parents[2]
PORTABLE = QKeySequence.SequenceFormat.PortableText
#: ids of features still to come (the attachments tab, meeting series, attendance import)
PENDING = PLANNED
#: where a key can be pressed: the window-wide keys plus one page or dialog
WINDOW = ("menu.", "app.", "help.", "editor.")
PLACES = {
    "archive": ("menu.", "app.", "help.", "archive."),
    "details": (*WINDOW, "header."),
    "attendees": (*WINDOW, "attendees."),
    "discussion": (*WINDOW, "capture.", "statement."),
    "lists": (*WINDOW, "list."),
    "person dialogs": ("person.", "dialog."),
}


def spec_ids() -> set[str]:
    """Every id the table of docs/spec/keyboard.md lists (its … ranges expanded)."""
    text = (ROOT / "docs" / "spec" / "keyboard.md").read_text(encoding="utf-8")
    table = text.split("## Ids", 1)[1]
    ids: set[str] = set()
    for token in re.findall(r"`([a-z_.0-9]+)`", table):
        if token.startswith("."):
            ids.add("editor.tab" + token)
        elif re.fullmatch(r"[a-z_]+(\.[a-z_0-9]+)+", token) and token != "capture.pick_n":
            ids.add(token)
    ids |= {f"capture.pick_{n}" for n in range(1, 10)}
    return ids


def keys(key_id: str) -> QKeySequence:
    return QKeySequence(keymap()[key_id])


def press(qtbot, key_id: str, widget=None) -> None:  # noqa: ANN001
    """Press the key of ``key_id`` where a clerk's key goes."""
    sequence = keys(key_id)
    combo = sequence[0]
    key(qtbot, combo.key(), combo.keyboardModifiers(), widget=widget)


def test_the_file_lists_every_id_of_the_contract_in_qt_portable_text():
    ours = keymap()
    assert spec_ids() - set(ours) == set()
    for key_id, value in ours.items():
        # one key Qt reads back as itself ("Escape" is written "Esc", the same key)
        sequence = QKeySequence(value)
        assert sequence.count() == 1 and not sequence.isEmpty(), key_id
        assert QKeySequence(sequence.toString(PORTABLE)) == sequence, key_id
        assert sequence.toString(PORTABLE).lower() in (value.lower(), "esc"), key_id
    assert set(ours) >= PENDING


@pytest.mark.parametrize("place", sorted(PLACES))
def test_no_two_entries_pressed_in_one_place_share_a_key(place):
    entries = {k: v for k, v in keymap().items() if k.startswith(PLACES[place])}
    if place == "discussion":  # the digits and Return are the speaker's and text's own
        entries = {k: v for k, v in entries.items() if not k.startswith("capture.pick_")}
    seen: dict[str, str] = {}
    for key_id, value in entries.items():
        assert value not in seen, f"{key_id} and {seen.get(value)} share {value} in {place}"
        seen[value] = key_id


def _menu_opens(qtbot, window, key_id: str, title: str) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, key_id, widget=QApplication.focusWidget() or window)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup.title() == title, key_id
    popup.close()


def _has_shortcut(action, key_id: str) -> None:  # noqa: ANN001
    assert keys(key_id) in action.shortcuts(), (key_id, [s.toString() for s in action.shortcuts()])


def test_archive_window_keys(qtbot, ctx, example_id):
    from gui.archive.window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    checked = set()
    for key_id, title in (("menu.file", "&Berkas"), ("menu.edit", "&Edit"),
                          ("menu.help", "Bantu&an")):  # fmt: skip
        _menu_opens(qtbot, window, key_id, title)
        checked.add(key_id)
    _has_shortcut(window.new_action, "archive.new_meeting")
    _has_shortcut(window.undo_action, "app.undo")
    _has_shortcut(window.redo_action, "app.redo")
    press(qtbot, "archive.search", widget=window.view.table)
    assert focused() is window.view.search_edit
    window.view.table.setFocus()
    window.view.table.selectRow(0)
    with qtbot.waitSignal(window.view.openRequested):
        press(qtbot, "archive.open", widget=window.view.table)
    shortcuts = next(a for a in window.help_menu.actions() if a.objectName() == "help.shortcuts")
    _has_shortcut(shortcuts, "help.shortcuts")
    checked |= {"archive.new_meeting", "app.undo", "app.redo", "archive.search", "archive.open",
                "help.shortcuts"}  # fmt: skip
    for editor in list(window.editors.values()):
        editor.close()
    assert checked == {k for k in keymap() if k.startswith(PLACES["archive"])}


def test_editor_window_keys(qtbot, ctx, example_id):
    from gui.editor.window import EditorWindow

    window = EditorWindow(ctx, example_id)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    for key_id, title in (("menu.file", "&Berkas"), ("menu.edit", "&Edit"),
                          ("menu.help", "Bantu&an")):  # fmt: skip
        editor.show_tab(0)
        _menu_opens(qtbot, window, key_id, title)
    _has_shortcut(window.print_action, "editor.print")
    _has_shortcut(window.close_action, "editor.close")
    _has_shortcut(editor.clock.start_action, "editor.start_meeting")
    _has_shortcut(editor.clock.end_action, "editor.end_meeting")
    _has_shortcut(editor.live_action, "editor.live_window")
    _has_shortcut(window.undo_action, "app.undo")
    _has_shortcut(window.redo_action, "app.redo")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    editor.header.title.setFocus()
    tabs = ("details", "attendees", "agenda", "discussion", "decisions", "actions", "attachments")
    for n, name in enumerate(tabs):
        press(qtbot, f"editor.tab.{name}")
        assert editor.tabs.currentIndex() == n, name

    # Rincian: each label's mnemonic puts the focus in its field
    form = editor.header
    fields = {
        "title": form.title, "kind": form.kind, "number": form.number, "date": form.date,
        "start": form.start, "end": form.end, "open_end": form.open_end,
        "timezone": form.timezone, "mode": form.mode, "location": form.location,
        "city": form.city, "organizer": form.organizer, "chair": form.chair,
        "note_taker": form.note_taker, "opening": form.opening, "closing": form.closing,
        "status": form.status, "series": form.series,
    }  # fmt: skip
    press(qtbot, "editor.tab.details")
    for name, widget in fields.items():
        press(qtbot, f"header.{name}")
        target = focused()
        assert target is widget or widget.isAncestorOf(target), name
    header_ids = {k for k in keymap() if k.startswith("header.")}
    assert header_ids - {f"header.{n}" for n in fields} <= PENDING

    # Peserta
    panel = editor.attendees_panel
    press(qtbot, "editor.tab.attendees")
    panel.table.setFocus()
    press(qtbot, "attendees.add")
    assert focused() is panel.add_edit
    assert panel.new_button.shortcut() == keys("attendees.new_person")
    assert panel.import_button.shortcut() == keys("attendees.import_report")


def test_capture_keys(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    press(qtbot, "editor.tab.discussion")
    assert focused() is bar.speaker
    for n in range(1, len(bar.speaker.quick) + 1):
        bar.focus_speaker()
        press(qtbot, f"capture.pick_{n}")
        assert bar.speaker.speaker_id == bar.speaker.quick[n - 1].id
        assert focused() is bar.text
    type_text(qtbot, "Satu")
    press(qtbot, "capture.newline")
    type_text(qtbot, "dua")
    press(qtbot, "capture.toggle_kind")
    assert bar.kind.isChecked()
    start = bar.agenda.currentIndex()
    press(qtbot, "capture.agenda_prev")
    assert bar.agenda.currentIndex() == start - 1
    press(qtbot, "capture.agenda_next")
    assert bar.agenda.currentIndex() == start
    press(qtbot, "capture.time")
    assert focused() is bar.at
    type_text(qtbot, "0915")
    bar.text.setFocus()
    press(qtbot, "capture.speaker")
    assert focused() is bar.speaker
    bar.text.setFocus()
    press(qtbot, "capture.save")
    last = ctx.store.list_items("statements", example_id)[-1]
    assert (last.text, last.kind, last.at) == ("Satu\ndua", "summary", "09:15")


def test_list_keys(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    panel = editor.agenda_panel
    press(qtbot, "editor.tab.agenda")
    panel.entry.setFocus()
    type_text(qtbot, "Lain-lain")
    press(qtbot, "list.add")
    titles = lambda: [a.title for a in ctx.store.list_items("agenda", example_id)]  # noqa: E731
    assert titles()[-1] == "Lain-lain"
    panel.table.setFocus()
    panel.select_row(2)
    press(qtbot, "list.move_up")
    assert titles()[1] == "Lain-lain"
    press(qtbot, "list.move_down")
    assert titles()[2] == "Lain-lain"
    press(qtbot, "list.delete")
    assert "Lain-lain" not in titles()


def _dialog_fields(dialog) -> dict[str, object]:  # noqa: ANN001
    form = dialog.form
    fields = {"name": form.name, "nip": form.nip, "rank": form.rank,
              "position": form.position, "organization": form.organization}  # fmt: skip
    for name in ("role", "represents", "present"):
        if hasattr(dialog, name):
            fields[name] = getattr(dialog, name)
    return fields


def test_person_dialog_keys(qtbot, ctx, example_id):
    """Each field of the attendee dialogs answers its own Alt+letter, and Return /
    Escape close the dialog."""
    from gui.directory.person_dialog import PersonDialog
    from gui.editor.attendee_dialog import AttendeeDialog

    attendee = ctx.store.list_items("attendees", example_id)[0]
    made = [
        AttendeeDialog(ctx, attendee),
        PersonDialog(ctx, "Peserta baru", model.Person(name="Budi"), offer_directory=True,
                     ask_role=True),
    ]  # fmt: skip
    seen = set()
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: QApplication.activeWindow() is d)
        for name, widget in _dialog_fields(dialog).items():
            press(qtbot, f"person.{name}")
            if isinstance(widget, QCheckBox):  # a mnemonic toggles a check box
                assert widget.hasFocus(), name
            else:
                assert focused() is widget or widget.isAncestorOf(focused()), name
            seen.add(f"person.{name}")
        dialog.form.name.setFocus()
        with qtbot.waitSignal(dialog.rejected):
            press(qtbot, "dialog.cancel")
    assert seen == {k for k in keymap() if k.startswith("person.")}
    dialog = AttendeeDialog(ctx, attendee)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    dialog.form.name.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        press(qtbot, "dialog.accept")


def test_the_first_start_window_closes_with_its_key(qtbot):
    from gui.settings.office_prompt import OfficePromptDialog

    dialog = OfficePromptDialog()
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    with qtbot.waitSignal(dialog.rejected):
        press(qtbot, "welcome.skip")


def test_the_shortcuts_dialog_lists_and_searches_every_key(qtbot):
    from gui.help.keyboard_dialog import KeyboardDialog, tasks

    dialog = KeyboardDialog()
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.shown_ids() == list(keymap())
    assert set(keymap()) <= set(tasks()), "every key says what it does"
    assert focused() is dialog.search
    type_text(qtbot, "alt+j")
    assert set(dialog.shown_ids()) == {"header.title", "person.position", "capture.time"}
    dialog.search.clear()
    type_text(qtbot, "menu bantuan")
    assert dialog.shown_ids() == ["menu.help"]
