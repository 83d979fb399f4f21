"""Finalisasi in the editor window: asked once, then read-only with the
"Final — revisi N" bar; "Buka revisi baru…" asks the reason (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.editor.window import EditorWindow
from tests.gui.test_qa_lifecycle import open_window


def finalise_by_menu(qtbot, window: EditorWindow) -> None:  # noqa: ANN001
    menu = window.menuBar().actions()[1].menu()
    assert window.finalise_action in menu.actions()
    window.finalise_action.trigger()


def test_finalise_asks_once_then_the_meeting_is_read_only_with_its_banner(qtbot, ctx, example_id):
    window = open_window(qtbot, ctx, example_id)
    qtbot.addWidget(window)
    assert not window.final_bar.isVisible() and window.finalise_action.isEnabled()
    ctx.prompts.confirm_answers = [False]
    finalise_by_menu(qtbot, window)  # cancelled: nothing changes
    assert ctx.store.get_meeting_header(example_id).status != "final"
    assert not window.session.read_only

    ctx.prompts.confirm_answers = [True]
    finalise_by_menu(qtbot, window)
    assert [kind for kind, _ in ctx.prompts.shown] == ["confirm", "confirm"]
    header = ctx.store.get_meeting_header(example_id)
    assert header.status == "final" and header.fingerprint
    qtbot.waitUntil(window.final_bar.isVisible)
    assert window.final_banner.label.text() == f"Final — revisi {header.revision}"
    assert window.session.read_only
    assert not window.editor.header.isEnabled() and not window.editor.capture.isEnabled()
    assert not window.finalise_action.isEnabled() and window.reopen_action.isEnabled()
    window.grab().save("/tmp/final_banner.png")

    # an edit that slips through is refused by the session, the archive keeps its text
    before = ctx.store.get_meeting(example_id).title
    window.session.run(ctx.store.edit_header, example_id, {"title": "x"}, text="judul")
    assert ctx.store.get_meeting(example_id).title == before
    assert ctx.prompts.shown[-1][0] == "error"


def test_a_meeting_final_in_the_archive_opens_read_only_and_reopens_with_a_reason(
    qtbot, ctx, example_id
):
    revision, _ = ctx.store.finalise(example_id)
    window = open_window(qtbot, ctx, example_id)
    qtbot.addWidget(window)
    assert window.session.read_only and window.final_bar.isVisible()

    ctx.prompts.text_answers = [None]  # cancelled
    qtbot.mouseClick(window.final_banner.reopen_button, Qt.MouseButton.LeftButton)
    assert window.session.read_only
    ctx.prompts.text_answers = ["   "]  # no reason: refused with a sentence
    qtbot.mouseClick(window.final_banner.reopen_button, Qt.MouseButton.LeftButton)
    assert window.session.read_only and ctx.prompts.shown[-1][0] == "error"

    ctx.prompts.text_answers = ["Nama peserta salah ketik"]
    qtbot.mouseClick(window.final_banner.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.final_bar.isVisible())
    meeting = ctx.store.get_meeting(example_id)
    assert (meeting.status, meeting.revision) == ("draft", revision + 1)
    assert meeting.revisions[-1].reopen_reason == "Nama peserta salah ketik"
    assert not window.session.read_only and window.editor.header.isEnabled()
    window.session.run(ctx.store.edit_header, example_id, {"title": "Judul revisi"}, text="judul")
    assert ctx.store.get_meeting(example_id).title == "Judul revisi"
