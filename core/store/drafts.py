"""The statement being typed live, kept so a crash loses not even that."""

from __future__ import annotations

from core.lazy import lazy_module
from core.store.items import ItemsMixin
from core.validation import check_field

model = lazy_module("core.model")  # its dataclasses load when first used


class DraftsMixin(ItemsMixin):
    def save_draft(
        self, meeting_id: int, draft: model.Statement, wait_s: float | None = None
    ) -> None:
        """Keep the statement being typed, so a crash loses not even that.

        ``wait_s``: how long to wait for a busy archive (the GUI saves drafts
        while the clerk types, and would rather try again later than freeze).
        """
        check_field("text", draft.text or " ")
        with self.atomic(wait_s):
            self.db.execute(
                "INSERT INTO drafts (meeting_id, speaker_id, agenda_id, kind, text) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(meeting_id) DO UPDATE SET "
                "speaker_id = excluded.speaker_id, agenda_id = excluded.agenda_id, "
                "kind = excluded.kind, text = excluded.text",
                [meeting_id, draft.speaker_id, draft.agenda_id, draft.kind, draft.text],
            )

    def get_draft(self, meeting_id: int) -> model.Statement | None:
        row = self.db.execute(
            "SELECT speaker_id, agenda_id, kind, text FROM drafts WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()
        if row is None:
            return None
        return model.Statement(text=row[3], speaker_id=row[0], agenda_id=row[1], kind=row[2])

    def clear_draft(self, meeting_id: int, wait_s: float | None = None) -> None:
        with self.atomic(wait_s):
            self.db.execute("DELETE FROM drafts WHERE meeting_id = ?", [meeting_id])

    def capture_statement(self, meeting_id: int, statement: model.Statement) -> model.Statement:
        """Save a statement typed live and forget the draft, in one transaction."""
        with self.atomic():
            stored = self.add_item("statements", meeting_id, statement)
            self.db.execute("DELETE FROM drafts WHERE meeting_id = ?", [meeting_id])
        return stored
