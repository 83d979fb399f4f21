"""The lock on final meetings: SQLite triggers, the one choke point.

Whatever path writes (the GUI, the command line, a future feature), SQLite
itself refuses a change to a final meeting or its lists; core.store.database
turns the trigger's message into a StorageError with reason ``"final"``.
"""

from __future__ import annotations

#: the lists of a meeting that a final revision locks with it
LOCKED_TABLES = (
    "agenda_items", "attendees", "statements", "decisions", "actions", "signatories", "attachments",
)  # fmt: skip
#: the message every lock trigger raises; core.store.database recognises it
FINAL_LOCK = "notula: the meeting is final"


def _is_final(meeting_sql: str) -> str:
    return f"EXISTS (SELECT 1 FROM meetings WHERE id = {meeting_sql} AND status = 'final')"


def lock_sql() -> list[str]:
    """Triggers that refuse any change to a final meeting and its lists.

    The one choke point of the lock: whatever path writes (the GUI, the
    command line, a future feature), SQLite itself refuses. A final meeting
    may only become a draft again after its revision is kept in
    ``revisions`` (see core.store.finalise); an attendee's link to the
    directory (``person_id``) is not content, so the directory can still
    forget or merge people.
    """
    refuse = f"BEGIN SELECT RAISE(ABORT, '{FINAL_LOCK}'); END"
    sql = [
        "CREATE TRIGGER meetings_final_bu BEFORE UPDATE ON meetings "
        "WHEN OLD.status = 'final' AND NOT (NEW.status IS NOT 'final' AND EXISTS "
        "(SELECT 1 FROM revisions WHERE meeting_id = OLD.id AND revision = OLD.revision)) "
        + refuse,
        "CREATE TRIGGER meetings_final_bd BEFORE DELETE ON meetings "
        "WHEN OLD.status = 'final' " + refuse,
    ]
    for table in LOCKED_TABLES:
        sql.append(
            f"CREATE TRIGGER {table}_final_bi BEFORE INSERT ON {table} "
            f"WHEN {_is_final('NEW.meeting_id')} {refuse}"
        )
        update = f"CREATE TRIGGER {table}_final_bu BEFORE UPDATE ON {table}"
        if table == "attendees":
            columns = (
                "meeting_id", "seq", "ref", "name", "position", "organization", "nip", "rank",
                "role", "present", "represents", "joined_at", "left_at", "contact", "short_name",
                "email", "absence_reason", "minutes_present",
            )  # fmt: skip
            changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
            sql.append(
                f"{update} WHEN ({changed}) AND ({_is_final('OLD.meeting_id')} "
                f"OR {_is_final('NEW.meeting_id')}) {refuse}"
            )
        else:
            sql.append(
                f"{update} WHEN {_is_final('OLD.meeting_id')} "
                f"OR {_is_final('NEW.meeting_id')} {refuse}"
            )
        sql.append(
            f"CREATE TRIGGER {table}_final_bd BEFORE DELETE ON {table} "
            f"WHEN {_is_final('OLD.meeting_id')} {refuse}"
        )
    return sql
