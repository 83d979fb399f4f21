"""Signatories in the editor: picked from the attendees or the directory, with a label,
stored at once, undone in one step, and printed in the minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core import model
from core.reports.content import minutes_content
from core.settings import DEFAULTS
from tests.gui.editor_helpers import focused, key, new_meeting, open_editor, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def signatories(ctx, meeting_id):  # noqa: ANN001, ANN201
    return ctx.store.list_items("signatories", meeting_id)


def test_pick_an_attendee_and_an_official_from_the_directory(qtbot, ctx):
    mid = new_meeting(ctx)
    ctx.store.add_rows("attendees", mid, [
        model.Attendee(name="Ir. Hendra Saputra, M.T.", position="Asisten Perekonomian",
                       nip="197203151998031004", rank="Pembina Utama Muda (IV/c)"),
    ])  # fmt: skip
    official = model.Person(
        name="Drs. Bambang Wijaya, M.Si.",
        position="Sekretaris Daerah",
        rank="Pembina Utama Madya (IV/d)",
        nip="196805121993031007",
    )
    ctx.store.add_person(official)
    editor = open_editor(qtbot, ctx, mid)
    panel = editor.signatories_panel
    assert editor.tabs.currentWidget() is editor.details and panel.isVisible()
    assert [panel.who.itemText(i) for i in range(panel.who.count())] == [
        "Ir. Hendra Saputra, M.T. (Asisten Perekonomian)",
        "Drs. Bambang Wijaya, M.Si. (Sekretaris Daerah) — direktori",
    ]
    panel.entry.setFocus()
    type_text(qtbot, "Pimpinan Rapat")
    key(qtbot, Qt.Key.Key_Return)
    panel.who.setCurrentIndex(1)
    panel.entry.setFocus()
    type_text(qtbot, "Mengetahui, Sekretaris Daerah")
    key(qtbot, Qt.Key.Key_Return)

    chair, ack = signatories(ctx, mid)
    assert chair.label == "Pimpinan Rapat" and chair.attendee_id is not None and not chair.name
    assert (ack.label, ack.name, ack.nip) == (
        "Mengetahui, Sekretaris Daerah", "Drs. Bambang Wijaya, M.Si.", "196805121993031007",
    )  # fmt: skip
    shown = [[panel.model.index(r, c).data() for c in range(5)] for r in range(2)]
    assert shown[0] == ["Pimpinan Rapat", "Ir. Hendra Saputra, M.T.", "Asisten Perekonomian",
                        "Pembina Utama Muda (IV/c)", "197203151998031004"]  # fmt: skip
    assert shown[1][:2] == ["Mengetahui, Sekretaris Daerah", "Drs. Bambang Wijaya, M.Si."]

    printed = minutes_content(ctx.store.get_meeting(mid), dict(DEFAULTS)).signatories
    assert [s.heading[0] for s in printed] == ["Pimpinan Rapat,", "Mengetahui, Sekretaris Daerah,"]
    assert printed[0].nip == "NIP. 19720315 199803 1 004"

    editor.stack.undo()  # one step: the second signatory goes, the first stays
    assert [s.label for s in signatories(ctx, mid)] == ["Pimpinan Rapat"]
    assert panel.model.rowCount() == 1
    panel.table.setFocus()
    panel.select_row(0)
    key(qtbot, Qt.Key.Key_Delete)
    assert signatories(ctx, mid) == [] and panel.model.rowCount() == 0
    assert focused() is not None


def test_no_label_adds_nothing(qtbot, ctx):
    mid = new_meeting(ctx)
    ctx.store.add_rows("attendees", mid, [model.Attendee(name="Dewi Lestari")])
    panel = open_editor(qtbot, ctx, mid).signatories_panel
    panel.entry.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert signatories(ctx, mid) == []
