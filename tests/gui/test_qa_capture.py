"""A demanding clerk at the capture bar: people and agenda items vanish under it,
odd speakers, long and pasted words, and a crash in the middle of a sentence."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication

from core import model
from gui.editor.meeting_editor import AGENDA, PEMBAHASAN, PESERTA, MeetingEditor
from tests.gui.editor_helpers import focused, key, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def statements(ctx, meeting_id):  # noqa: ANN001, ANN201
    return ctx.store.list_items("statements", meeting_id)


def add_attendee(qtbot, editor, name: str, position: str) -> int:  # noqa: ANN001
    """Peserta tab → "Peserta baru" typed in (not saved to the directory)."""
    panel = editor.attendees_panel
    assert panel.add_typed_person(model.Person(name=name, position=position), False)
    return panel.model.item(panel.current_row()).id


def paste(qtbot, text: str, html: str | None = None) -> None:  # noqa: ANN001
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    key(qtbot, Qt.Key.Key_V, CTRL)


def test_deleting_the_chosen_speaker_in_peserta_then_capturing(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    siti = add_attendee(qtbot, editor, "Siti Aminah", "Lurah Tanjung")
    editor.show_tab(PEMBAHASAN)
    type_text(qtbot, "siti")
    key(qtbot, Qt.Key.Key_Tab)
    assert bar.speaker.speaker_id == siti
    type_text(qtbot, "Warga minta operasi pasar di kelurahan.")

    editor.show_tab(PESERTA)
    panel = editor.attendees_panel
    panel.select_row(panel.model.row_of(siti))
    panel.table.setFocus()
    key(qtbot, Qt.Key.Key_Delete)
    assert panel.model.row_of(siti) < 0

    editor.show_tab(PEMBAHASAN)
    assert bar.speaker.speaker_id is None and bar.speaker.text() == ""
    bar.text.setFocus()
    count = len(statements(ctx, example_id))
    key(qtbot, Qt.Key.Key_Return)
    assert bar.status.text() == "Pilih pembicara dahulu."
    assert ctx.prompts.shown == [], "no store error for a speaker who is gone"
    assert bar.text.toPlainText() == "Warga minta operasi pasar di kelurahan."
    assert len(statements(ctx, example_id)) == count


def test_undoing_the_added_speaker_from_the_speaker_field(qtbot, ctx, example_id):
    """Ctrl+Z in the speaker field undoes "add Siti": the field must drop her too,
    although it has the focus (it used to keep her and fail with a store error)."""
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    siti = add_attendee(qtbot, editor, "Siti Aminah", "Lurah Tanjung")
    editor.focus_capture()
    type_text(qtbot, "siti")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Kata-kata Siti.")
    key(qtbot, Qt.Key.Key_Escape)  # back to the speaker field, her name selected
    assert focused() is bar.speaker and bar.speaker.speaker_id == siti
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert siti not in [a.id for a in ctx.store.list_items("attendees", example_id)]
    assert bar.speaker.speaker_id is None and bar.speaker.text() == ""
    bar.text.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert ctx.prompts.shown == []
    assert bar.status.text() == "Pilih pembicara dahulu."
    assert bar.text.toPlainText() == "Kata-kata Siti."
    qtbot.waitUntil(
        lambda: (d := ctx.store.get_draft(example_id)) is not None and d.speaker_id is None,
        timeout=2000,
    )


def test_deleting_the_current_agenda_item_then_capturing_then_undo(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    panel = editor.statements_panel
    agenda = ctx.store.list_items("agenda", example_id)
    second = agenda[1].id
    assert bar.agenda.current_id() == second
    panel.filter.setCurrentIndex(panel.filter.findData(second))
    assert panel.count.text() == "2 dari 4 pernyataan"

    editor.show_tab(AGENDA)
    editor.agenda_panel.select_row(1)
    key(qtbot, Qt.Key.Key_Delete)
    # the statements and decisions that were under it now have no agenda item —
    # in the archive AND in what the editor holds and shows
    assert [s.agenda_id for s in statements(ctx, example_id)] == [agenda[0].id] * 2 + [None] * 2
    assert [s.agenda_id for s in editor.statements.items] == [agenda[0].id] * 2 + [None] * 2
    stored_decisions = ctx.store.list_items("decisions", example_id)
    assert [d.agenda_id for d in editor.decisions_panel.model.items] == [
        d.agenda_id for d in stored_decisions
    ]
    # the filter no longer hides statements behind an item that is gone
    assert panel.filter.currentText() == "Semua agenda"
    assert panel.proxy.rowCount() == 4 and panel.count.text() == "4 pernyataan"
    assert bar.agenda.current_id() is None

    editor.focus_capture()
    key(qtbot, Qt.Key.Key_1)
    type_text(qtbot, "Tanpa agenda.")
    key(qtbot, Qt.Key.Key_Return)
    assert statements(ctx, example_id)[-1].agenda_id is None
    panel.filter.setCurrentIndex(panel.filter.findData(-1))  # "Tanpa agenda"
    assert panel.proxy.rowCount() == 3

    editor.stack.undo()  # the capture
    editor.stack.undo()  # the delete
    assert [a.id for a in ctx.store.list_items("agenda", example_id)] == [a.id for a in agenda]
    assert [s.agenda_id for s in editor.statements.items] == [agenda[0].id] * 2 + [second] * 2
    assert bar.agenda.current_id() == second, "undo brings the capture bar's item back"
    editor.stack.redo()
    editor.stack.redo()
    assert statements(ctx, example_id)[-1].text == "Tanpa agenda."
    assert [s.agenda_id for s in editor.statements.items] == [
        s.agenda_id for s in statements(ctx, example_id)
    ]


def test_a_speaker_known_only_by_jabatan(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    editor.focus_capture()
    type_text(qtbot, "bps")  # Kepala BPS: no name, only the office
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is bar.text
    assert bar.speaker.text() == "Kepala BPS Kabupaten Bangka Barat"
    type_text(qtbot, "Inflasi Mei 3,2 persen.")
    key(qtbot, Qt.Key.Key_Return)
    last = statements(ctx, example_id)[-1]
    bps = next(a for a in ctx.store.list_items("attendees", example_id) if a.name is None)
    assert (last.speaker_id, last.text) == (bps.id, "Inflasi Mei 3,2 persen.")
    assert bar.status.text().endswith("— Kepala BPS Kabupaten Bangka Barat")
    assert editor.statements_panel.speaker_label(last.speaker_id) == bps.position


def test_names_in_the_status_line_stay_text(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    add_attendee(qtbot, editor, "<b>Budi</b> & <i>Rekan</i>", "Kabag <Umum>")
    editor.focus_capture()
    type_text(qtbot, "budi")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Hadir.")
    key(qtbot, Qt.Key.Key_Return)
    assert bar.status.textFormat() == Qt.TextFormat.PlainText
    assert bar.status.text().endswith("<b>Budi</b> & <i>Rekan</i> (Kabag <Umum>)")


LONG_PARAGRAPH = (
    "Harga cabai\trawit Rp85.000/kg 🌶️ naik 12% — “stok < permintaan” & beras > target; "
    "قال المتحدث إن الأسعار مستقرة. Tanda: <b>tebal</b> &amp; <script>x</script>. "
)


def long_statement() -> str:
    paragraphs = [f"{n}. {LONG_PARAGRAPH * 2}".strip() for n in range(1, 80)]
    text = "\n\n".join(paragraphs)
    text += "\n\tbaris\tber-tab\n" + "🙏" * 50 + " akhir."
    return text[:10_000] if len(text) > 10_000 else text


def test_a_very_long_statement_is_kept_and_shown_verbatim(qtbot, ctx, example_id):
    words = long_statement()
    assert len(words) >= 9_000 and words == words.strip()
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    editor.focus_capture()
    key(qtbot, Qt.Key.Key_2)
    assert focused() is bar.text
    paste(qtbot, words)
    assert bar.text.toPlainText() == words
    key(qtbot, Qt.Key.Key_Return)
    last = statements(ctx, example_id)[-1]
    assert last.text == words
    panel = editor.statements_panel
    shown = panel.current_item()
    assert shown.id == last.id and shown.text == words
    row = panel.proxy.mapFromSource(editor.statements.index(editor.statements.row_of(last.id), 0))
    assert panel.view.rowHeight(row.row()) > 20 * panel.view.fontMetrics().height()
    panel.view.viewport().repaint()  # painting it does not fail
    # and it reads back the same from a fresh editor
    again = MeetingEditor(ctx, example_id)
    qtbot.addWidget(again)
    assert again.statements.items[-1].text == words


def test_pasting_from_word_stores_plain_text(qtbot, ctx, example_id):
    html = (
        "<html><head><style>p{mso-style:x}</style></head><body>"
        "<p class=MsoNormal><b>Harga</b> cabai <span style='color:red'>&lt;naik&gt;</span></p>"
        "<p class=MsoNormal>Kedua\tbaris &amp; akhir</p></body></html>"
    )
    plain = "Harga cabai <naik>\nKedua\tbaris & akhir"
    editor = open_editor(qtbot, ctx, example_id)
    bar = editor.capture
    editor.focus_capture()
    key(qtbot, Qt.Key.Key_2)
    paste(qtbot, plain, html)
    key(qtbot, Qt.Key.Key_Return)
    assert statements(ctx, example_id)[-1].text == plain
    assert bar.text.toPlainText() == ""
    # the header's text boxes and line edits take the same paste as plain text
    header = editor.header
    header.closing.setFocus()
    header.closing.selectAll()
    paste(qtbot, plain, html)
    header.location.setFocus()
    header.location.selectAll()
    paste(qtbot, plain, html)
    header.title.setFocus()  # leaving the fields stores them
    stored = ctx.store.get_meeting_header(example_id)
    assert stored.closing == plain
    assert stored.location == plain  # text, never the clipboard's HTML


def test_draft_after_a_crash_keeps_no_agenda_speaker_and_words(qtbot, ctx, example_id):
    editor = open_editor(qtbot, ctx, example_id, keep=False)
    bar = editor.capture
    editor.focus_capture()
    key(qtbot, Qt.Key.Key_2)
    type_text(qtbot, "Kalimat pertama.")
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, "Lalu — “kutipan” dan")
    paste(qtbot, "\ttab")  # Tab itself moves on to the next field
    bar.agenda.setFocus()
    bar.agenda.setCurrentIndex(0)  # the clerk chooses "— tanpa agenda —"
    speaker = bar.speaker.speaker_id
    qtbot.waitUntil(
        lambda: (d := ctx.store.get_draft(example_id)) is not None and d.agenda_id is None,
        timeout=2000,
    )
    # a crash: the editor goes away without closing, hiding or flushing
    editor.setParent(None)
    editor.hideEvent = lambda _e: None
    with qtbot.waitSignal(editor.destroyed):
        editor.deleteLater()

    again = open_editor(qtbot, ctx, example_id)
    bar = again.capture
    assert bar.text.toPlainText() == "Kalimat pertama.\nLalu — “kutipan” dan\ttab"
    assert bar.speaker.speaker_id == speaker
    assert bar.agenda.current_id() is None, "the clerk's “no agenda item” is restored too"
    assert again.tabs.currentIndex() == PEMBAHASAN
    again.focus_capture()
    key(qtbot, Qt.Key.Key_Return)
    last = statements(ctx, example_id)[-1]
    assert (last.text, last.speaker_id, last.agenda_id) == (
        "Kalimat pertama.\nLalu — “kutipan” dan\ttab", speaker, None,
    )  # fmt: skip
    assert ctx.store.get_draft(example_id) is None
