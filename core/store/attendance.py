"""Storing what a participant report says about a meeting, as one undoable step.

The matching (core.attendance) decides; this applies: attendees' times,
minutes, presence and e-mail edited, directory people and new people added
to the meeting, e-mails learned by the directory. All of it is one
transaction, one :class:`~core.changes.Changes` and one undo step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from core.lazy import lazy_module
from core.store.operations import OperationsMixin

if TYPE_CHECKING:
    from core.changes import Changes
    from core.model import AttendanceSource, Attendee

record = lazy_module("core.changes")
model = lazy_module("core.model")


class AttendanceMixin(OperationsMixin):
    def person_emails(self) -> dict[str, int]:
        """E-mail (lower case) → directory person, as learned from earlier reports."""
        rows = self.conn.execute("SELECT lower(email), person_id FROM person_emails")
        return dict(rows.fetchall())

    def learn_emails(self, emails: Mapping[str, int]) -> Changes:
        """Keep e-mail → person in the directory; those already known stay as they are."""
        with self.atomic():
            known = self.person_emails()
            new = {e.lower(): p for e, p in emails.items() if e.lower() not in known}
            self.conn.executemany(
                "INSERT INTO person_emails (email, person_id) VALUES (?, ?)", list(new.items())
            )
        return record.Changes(
            people=set(new.values()), undo=record.Op(self.forget_emails, (dict(new),))
        )

    def forget_emails(self, emails: Mapping[str, int]) -> Changes:
        with self.atomic():
            self.conn.executemany(
                "DELETE FROM person_emails WHERE email = ?", [(e,) for e in emails]
            )
        return record.Changes(
            people=set(emails.values()), undo=record.Op(self.learn_emails, (dict(emails),))
        )

    def attendance_source(self, meeting_id: int) -> AttendanceSource | None:
        """The participant report last applied to the meeting (archive only, see
        :class:`~core.model.AttendanceSource`), or None."""
        row = self.conn.execute(
            "SELECT platform, file_name, downloaded_at FROM attendance_sources "
            "WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()
        return None if row is None else model.AttendanceSource(*row)

    def set_attendance_source(self, meeting_id: int, source: AttendanceSource | None) -> Changes:
        """Name (or, with None, forget) the report last applied; undone by naming the
        one before."""
        with self.atomic():
            before = self.attendance_source(meeting_id)
            self.conn.execute("DELETE FROM attendance_sources WHERE meeting_id = ?", [meeting_id])
            if source is not None:
                self.conn.execute(
                    "INSERT INTO attendance_sources (meeting_id, platform, file_name, "
                    "downloaded_at) VALUES (?, ?, ?, ?)",
                    [meeting_id, source.platform, source.file_name, source.downloaded_at],
                )
        return record.Changes(
            meeting_id, undo=record.Op(self.set_attendance_source, (meeting_id, before))
        )

    def record_attendance(
        self,
        meeting_id: int,
        edits: Mapping[int, Mapping[str, Any]],
        additions: Sequence[Attendee],
        emails: Mapping[str, int],
        source: AttendanceSource | None = None,
    ) -> Changes:
        """Edit attendees, add attendees, learn e-mails and name the report, as one step.

        Nothing to do gives an empty record (no undo step): importing the same
        report twice changes nothing the second time.
        """
        ops = []
        if source is not None and source != self.attendance_source(meeting_id):
            ops.append(record.Op(self.set_attendance_source, (meeting_id, source)))
        if edits:
            ops.append(record.Op(self.edit_rows, ("attendees", dict(edits))))
        if additions:
            ops.append(record.Op(self.add_rows, ("attendees", meeting_id, list(additions))))
        if emails:
            ops.append(record.Op(self.learn_emails, (dict(emails),)))
        if not ops:
            return record.Changes(meeting_id)
        changes = self.in_order(*ops)
        changes.meeting_id = meeting_id
        return changes
