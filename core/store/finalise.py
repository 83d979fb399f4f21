"""Finalising a meeting, reopening it as a new revision, and finding a
revision by its fingerprint.

The lock itself is not here: triggers (core.store.schema, m005) refuse any
change to a final meeting whatever the path. Finalising records the revision
number, the time and the fingerprint (core.fingerprint); reopening first keeps
the final revision in ``revisions`` with its whole exchange JSON and the
attendance source it was final with (archive only, not in the exchange
format), so it stays exportable and verifiable after the draft that follows
changes.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, NamedTuple

from core.errors import InputError, NotFoundError
from core.i18n import _
from core.lazy import lazy_module
from core.store.meetings import MeetingsMixin

if TYPE_CHECKING:
    from core.model import AttendanceSource

model = lazy_module("core.model")

#: hashlib only when a meeting is finalised or verified, not when an archive opens
fp = lazy_module("core.fingerprint")


class FinalRevision(NamedTuple):
    """A final revision of a meeting and its exported ``notula.meeting`` document."""

    meeting_id: int
    revision: int
    fingerprint: str
    document: dict[str, Any]
    #: the participant report the revision was final with (its documents print it)
    source: AttendanceSource | None = None


def _source_json(source: AttendanceSource | None) -> str:
    """How ``revisions.attendance_source`` keeps a source: JSON, ``null`` for none."""
    from dataclasses import asdict  # not at start: the GUI's first window needs none

    return json.dumps(None if source is None else asdict(source), ensure_ascii=False)


def _source_from_json(text: str) -> AttendanceSource | None:
    kept = json.loads(text)
    return None if kept is None else model.AttendanceSource(**kept)


def _now() -> str:
    """RFC 3339 local time to the second, as the exchange format stores it."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class FinaliseMixin(MeetingsMixin):
    def finalise(self, meeting_id: int) -> tuple[int, str]:
        """Lock a draft as its next final revision; its number and fingerprint."""
        from core.exchange import meeting_to_dict

        with self.atomic():
            meeting = self.get_meeting(meeting_id)
            if meeting.status == "final":
                raise InputError(
                    _("meeting {id} is already final (revision {revision})").format(
                        id=meeting_id, revision=meeting.revision
                    )
                )
            earlier = max((r.revision for r in meeting.revisions), default=0)
            revision = max(meeting.revision or 1, earlier + 1)
            digest = fp.fingerprint(meeting_to_dict(meeting)["meeting"])
            self.conn.execute(
                "UPDATE meetings SET status = 'final', revision = ?, finalised_at = ?, "
                "fingerprint = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = ?",
                [revision, _now(), digest, meeting_id],
            )
        return revision, digest

    def reopen(self, meeting_id: int, reason: str) -> int:
        """Keep the final revision and start the next one as a draft; its number."""
        from core.exchange import meeting_to_dict

        reason = " ".join((reason or "").split())
        if not reason:
            raise InputError(_("give the reason for reopening the meeting (--reason)"))
        with self.atomic():
            meeting = self.get_meeting(meeting_id)
            if meeting.status != "final":
                raise InputError(
                    _("meeting {id} is not final; only a final meeting can be reopened").format(
                        id=meeting_id
                    )
                )
            document = json.dumps(meeting_to_dict(meeting), ensure_ascii=False)
            # the source is locked with the meeting, so it is the one it was final with
            source = self.attendance_source(meeting_id)  # type: ignore[attr-defined]
            self.conn.execute(
                "INSERT INTO revisions (meeting_id, seq, revision, finalised_at, fingerprint, "
                "reopen_reason, content, attendance_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    meeting_id,
                    len(meeting.revisions),
                    meeting.revision,
                    meeting.finalised_at,
                    meeting.fingerprint,
                    reason,
                    document,
                    _source_json(source),
                ],
            )
            self.conn.execute(
                "UPDATE meetings SET status = 'draft', revision = ?, finalised_at = NULL, "
                "fingerprint = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') "
                "WHERE id = ?",
                [meeting.revision + 1, meeting_id],
            )
        return meeting.revision + 1

    def is_final(self, meeting_id: int) -> bool:
        row = self.conn.execute("SELECT status FROM meetings WHERE id = ?", [meeting_id]).fetchone()
        if row is None:
            raise NotFoundError(_("no meeting has id {id}").format(id=meeting_id))
        return row[0] == "final"

    def final_revisions(self, prefix: str) -> list[FinalRevision]:
        """The final revisions whose fingerprint starts with ``prefix`` (a
        document's 16-digit code or a whole fingerprint), newest first; only
        those whose content the archive still holds, each with the attendance
        source it was final with (for a revision kept before the archive kept
        sources, migration m011, the meeting's current one: the best known)."""
        from core.exchange import meeting_to_dict

        prefix = prefix.lower()
        pattern = prefix.replace("%", "").replace("_", "") + "%"
        found: list[FinalRevision] = []
        current = self.conn.execute(
            "SELECT id, revision, fingerprint FROM meetings "
            "WHERE status = 'final' AND fingerprint LIKE ?",
            [pattern],
        ).fetchall()
        current_source = self.attendance_source  # type: ignore[attr-defined]
        for meeting_id, revision, digest in current:
            document = meeting_to_dict(self.get_meeting(meeting_id))
            found.append(
                FinalRevision(meeting_id, revision, digest, document, current_source(meeting_id))
            )
        earlier = self.conn.execute(
            "SELECT meeting_id, revision, fingerprint, content, attendance_source FROM revisions "
            "WHERE fingerprint LIKE ? AND content IS NOT NULL ORDER BY revision DESC",
            [pattern],
        ).fetchall()
        for meeting_id, revision, digest, content, kept in earlier:
            source = current_source(meeting_id) if kept is None else _source_from_json(kept)
            found.append(FinalRevision(meeting_id, revision, digest, json.loads(content), source))
        found.sort(key=lambda r: r.revision, reverse=True)
        return found
