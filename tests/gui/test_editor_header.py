"""The Rincian tab: header fields typed by keys are stored at once, validly."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt

from core.errors import StorageError
from tests.gui.editor_helpers import focused, key, new_meeting, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(ctx, meeting_id):  # noqa: ANN001, ANN201
    return ctx.store.get_meeting_header(meeting_id)


def test_fill_header_by_keys(qtbot, ctx):
    mid = new_meeting(ctx, title="Rapat")
    editor = open_editor(qtbot, ctx, mid)
    form = editor.header
    editor.show_tab(0)
    assert focused() is form.title
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Rapat Koordinasi Pengendalian Inflasi")
    key(qtbot, Qt.Key.Key_Tab)  # leaving the field stores it at once
    assert stored(ctx, mid).title == "Rapat Koordinasi Pengendalian Inflasi"
    assert editor.stack.count() == 1, "typing one field is one undo step"

    assert focused() is form.kind
    type_text(qtbot, "Rapat Teknis")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.number
    type_text(qtbot, "005/112/Ekon/2024")
    # no Tab: the debounce stores it shortly after typing stops
    qtbot.waitUntil(lambda: stored(ctx, mid).number == "005/112/Ekon/2024", timeout=2000)
    assert stored(ctx, mid).kind == "Rapat Teknis"

    form.location.setFocus()
    type_text(qtbot, "Ruang Rapat Lantai 2")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Pangkalpinang")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Bagian Perekonomian")
    key(qtbot, Qt.Key.Key_Tab)
    header = stored(ctx, mid)
    assert (header.location, header.city, header.organizer) == (
        "Ruang Rapat Lantai 2", "Pangkalpinang", "Bagian Perekonomian",
    )  # fmt: skip

    form.opening.setFocus()
    type_text(qtbot, "Rapat dibuka oleh Asisten II.")
    qtbot.waitUntil(lambda: stored(ctx, mid).opening == "Rapat dibuka oleh Asisten II.")


def test_combos_dates_and_open_end(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    form = editor.header
    form.mode.setFocus()
    key(qtbot, Qt.Key.Key_Up)  # hybrid → online
    assert stored(ctx, example_id).mode == "online"
    form.timezone.setFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert stored(ctx, example_id).timezone == "WITA"
    # the status is finalising's, not a field to pick (a final meeting is locked):
    # shown read-only, and typing there changes nothing
    assert form.status.isReadOnly() and form.status.text() == "Draf"
    form.status.setFocus()
    qtbot.keyClicks(form.status, "final")
    assert form.status.text() == "Draf"
    assert stored(ctx, example_id).status != "final"

    assert stored(ctx, example_id).end_time == "15:45"
    form.open_end.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert stored(ctx, example_id).end_time is None
    assert not form.end.isEnabled()

    form.date.setDate(QDate(2023, 6, 13))
    assert stored(ctx, example_id).date == "2023-06-13"
    assert "Selasa" in form.date.text(), "the date reads in Indonesian"

    # the chair picker lists the attendees by label
    labels = [form.chair.itemText(i) for i in range(form.chair.count())]
    assert "Rudi Hartono (Pimpinan Cabang)" in labels
    form.chair.setFocus()
    form.chair.setCurrentIndex(labels.index("Rudi Hartono (Pimpinan Cabang)"))
    chair = ctx.store.get_meeting(example_id).chair
    assert chair is not None and chair.name == "Rudi Hartono"


def test_empty_title_is_refused_not_stored(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    form = editor.header
    before = stored(ctx, example_id).title
    editor.show_tab(0)
    key(qtbot, Qt.Key.Key_A, CTRL)
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Tab)
    assert stored(ctx, example_id).title == before
    assert form.problem("title") == "judul wajib diisi"
    assert "c0392b" in form.title.styleSheet()
    assert form.title.toolTip() == "judul wajib diisi"
    assert ctx.prompts.shown == [], "a refused value is shown on the field, not in a dialog"
    form.title.setFocus()
    type_text(qtbot, "Judul baru")
    key(qtbot, Qt.Key.Key_Tab)
    assert stored(ctx, example_id).title == "Judul baru"
    assert form.problem("title") is None and form.title.styleSheet() == ""


def test_undo_redo_refreshes_without_clobbering_typing(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    form = editor.header
    form.city.setFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Pangkalpinang")
    key(qtbot, Qt.Key.Key_Tab)
    assert stored(ctx, example_id).city == "Pangkalpinang"

    # the clerk is typing the place (not stored yet) while the city is undone
    form.location.setFocus()
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, " B")
    editor.stack.undo()
    assert stored(ctx, example_id).city == "Muntok"
    assert form.city.text() == "Muntok"
    assert form.location.text().endswith(" B"), "the field being typed in is left alone"
    editor.stack.redo()
    assert form.city.text() == "Pangkalpinang"
    qtbot.waitUntil(lambda: stored(ctx, example_id).location.endswith(" B"))


def test_failed_store_keeps_text_and_retries(qtbot, ctx, example_id, monkeypatch):
    editor = open_editor(qtbot, ctx, example_id)
    form = editor.header
    real = ctx.store.update_meeting

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise StorageError("arsip.db: database is read-only; cannot save changes")

    monkeypatch.setattr(ctx.store, "update_meeting", broken)
    form.city.setFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Koba")
    key(qtbot, Qt.Key.Key_Tab)
    assert ctx.prompts.shown == [("error", "arsip.db: database is read-only; cannot save changes")]
    assert form.city.text() == "Koba"
    assert form.problem("city")
    assert editor.stack.count() == 0
    # leaving and coming back does not nag again; the next edit retries
    form.city.setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert len(ctx.prompts.shown) == 1
    monkeypatch.setattr(ctx.store, "update_meeting", real)
    form.city.setFocus()
    key(qtbot, Qt.Key.Key_End)
    type_text(qtbot, "k")
    key(qtbot, Qt.Key.Key_Tab)
    assert stored(ctx, example_id).city == "Kobak"
    assert form.problem("city") is None


def test_a_time_zone_the_list_does_not_offer_is_shown_and_kept(qtbot, ctx):
    """The exchange format allows an IANA name (an imported file may carry one)."""
    from core import model

    mid = ctx.store.create_meeting(
        model.Meeting(title="Rakor Papua", date="2024-02-01", timezone="Asia/Jayapura")
    )
    editor = open_editor(qtbot, ctx, mid)
    form = editor.header
    assert form.timezone.currentText() == "Asia/Jayapura"
    form.city.setFocus()
    type_text(qtbot, "Jayapura")
    key(qtbot, Qt.Key.Key_Tab)
    assert (stored(ctx, mid).city, stored(ctx, mid).timezone) == ("Jayapura", "Asia/Jayapura")
    form.timezone.setCurrentIndex(form.timezone.findData("WIT"))  # a zone of the list, chosen
    assert stored(ctx, mid).timezone == "WIT"


def test_the_series_of_a_meeting_is_typed_in_rincian_with_the_archives_series_offered(
    qtbot, ctx, example_path
):
    """An imported or older meeting joins a series later; Alt+W reaches the field."""
    import json

    from core import exchange
    from gui.keyboard import sequence

    data = json.loads((example_path.parent / "rakor_inflasi_2023.v2.json").read_text("utf-8"))
    exchange.import_data(ctx.store, data)  # a meeting of "Rakor Pengendalian Inflasi Daerah 2023"
    mid = new_meeting(ctx, title="Rapat lanjutan")
    editor = open_editor(qtbot, ctx, mid)
    form = editor.header
    editor.show_tab(0)
    qtbot.keyClick(focused(), sequence("header.series")[0].key(),
                   sequence("header.series")[0].keyboardModifiers())  # fmt: skip
    assert focused() is form.series
    type_text(qtbot, "rakor peng")
    popup = form.series.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Rakor Pengendalian Inflasi Daerah 2023"
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Tab)
    assert stored(ctx, mid).series == "Rakor Pengendalian Inflasi Daerah 2023"
    assert editor.stack.count() == 1  # one undo step
