"""A change to many rows is one record, one undo step and one refresh per model.

What the attendance import (200 people) and a carry-over of follow-ups will
do: run one bulk operation through the session. Every signal of every shared
model is counted, so a per-row refresh (200 inserts, 200 re-reads) fails here.
"""

from __future__ import annotations

from collections import Counter

import pytest

from core import model
from gui.editor.meeting_editor import PESERTA
from tests.gui.editor_helpers import open_editor

SIGNALS = (
    "rowsInserted", "rowsRemoved", "rowsMoved", "dataChanged", "modelReset", "layoutChanged",
)  # fmt: skip


@pytest.fixture
def editor(qtbot, ctx, example_id):
    return open_editor(qtbot, ctx, example_id)


def count_signals(session) -> Counter:  # noqa: ANN001
    seen: Counter = Counter()
    for m in session.models:
        for name in SIGNALS:
            getattr(m, name).connect(lambda *_, m=m, name=name: seen.update([(m.collection, name)]))
    return seen


def people(n: int) -> list[model.Attendee]:
    return [model.Attendee(name=f"Peserta Impor {i:03d}", role="participant") for i in range(n)]


def test_two_hundred_attendees_are_one_step_and_one_insert(editor, ctx, example_id):
    session = editor.session
    before = len(session.attendees.items)
    seen = count_signals(session)
    changes = session.run(
        ctx.store.add_rows, "attendees", example_id, people(200), text="Impor daftar hadir"
    )
    assert changes is not None and len(changes.rows("attendees").added) == 200
    assert seen == Counter({("attendees", "rowsInserted"): 1})
    assert session.stack.count() == 1 and session.stack.undoText() == "Impor daftar hadir"
    assert session.attendees.rowCount() == before + 200
    assert session.attendees.items[-1].name == "Peserta Impor 199"
    assert editor.tabs.tabText(PESERTA) == f"Peserta ({before + 200})"
    # the speaker picker of the capture bar lists them at once (the same model)
    editor.capture.speaker.matches.set_query("Impor 150")
    assert editor.capture.speaker.matches.rowCount() == 1

    seen.clear()
    session.stack.undo()
    assert seen == Counter({("attendees", "rowsRemoved"): 1})
    assert len(ctx.store.list_items("attendees", example_id)) == before
    assert editor.tabs.tabText(PESERTA) == f"Peserta ({before})"
    seen.clear()
    session.stack.redo()
    assert seen == Counter({("attendees", "rowsInserted"): 1})
    assert [a.id for a in session.attendees.items] == changes.rows("attendees").order


def test_marking_everyone_present_is_one_step_and_one_redraw(editor, ctx, example_id):
    session = editor.session
    ids = [a.id for a in session.attendees.items]
    counted = editor.attendees_panel.model.counts()
    seen = count_signals(session)
    session.run(
        ctx.store.edit_rows, "attendees", {i: {"present": False} for i in ids}, text="Absen"
    )
    assert seen == Counter({("attendees", "dataChanged"): 1})
    assert editor.attendees_panel.model.counts() == (len(ids), 0)
    assert all(a.present is False for a in ctx.store.list_items("attendees", example_id))
    seen.clear()
    session.stack.undo()
    assert seen == Counter({("attendees", "dataChanged"): 1})
    assert editor.attendees_panel.model.counts() == counted


def test_scattered_rows_going_and_coming_back_are_one_reset_each(editor, ctx, example_id):
    session = editor.session
    third = [model.AgendaItem(title="Lain-lain")]
    session.run(ctx.store.add_rows, "agenda", example_id, third, text="Tambah agenda")
    ids = [a.id for a in session.agenda.items]
    assert len(ids) == 3 and ctx.store.list_items("statements", example_id)[0].agenda_id == ids[0]
    seen = count_signals(session)
    session.run(ctx.store.remove_rows, "agenda", [ids[0], ids[2]], text="Hapus dua agenda")
    assert {k: v for k, v in seen.items() if k[0] == "agenda"} == {("agenda", "modelReset"): 1}
    assert [a.id for a in session.agenda.items] == [ids[1]]
    seen.clear()
    session.stack.undo()
    agenda = {k: v for k, v in seen.items() if k[0] == "agenda"}
    assert agenda == {("agenda", "modelReset"): 1}
    assert [a.id for a in session.agenda.items] == ids
    # the statements that pointed at them point at them again, redrawn in one signal
    assert seen[("statements", "dataChanged")] == 1


def test_one_attendees_model_for_every_panel(editor):
    session = editor.session
    assert editor.attendees_panel.model is session.attendees
    assert editor.header.chair.source is session.attendees
    assert editor.capture.speaker.attendees is session.attendees
    assert editor.statements_panel.attendees is session.attendees
