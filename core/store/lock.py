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


def _refuse() -> str:
    return f"BEGIN SELECT RAISE(ABORT, '{FINAL_LOCK}'); END"


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
    refuse = _refuse()
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


def lock_more_sql() -> list[str]:
    """Triggers (migration m011) for what a final meeting's record holds beyond its lists.

    - ``attendance_sources``: the report named on the daftar hadir and counted
      in the notula is part of what the documents print, so it is locked with
      the meeting (no insert, update or delete while the meeting is final).
    - ``revisions``: a kept revision is the record of something signed.
      Nothing edits one, so an update is refused whatever the meeting's state;
      a delete is refused while the meeting is final (deleting a whole draft
      meeting, with its history, stays possible and undoable). The one insert a
      final meeting accepts is reopen's: its own current revision and
      fingerprint, not kept yet (core.store.finalise).

    ``drafts`` (the statement being typed live) are left unlocked on purpose:
    they are not in the record (no fingerprint, no export, no document), and
    a lock would make a clerk's typing fail, and be lost, when another program
    finalises the meeting meanwhile; finalising must also be able to forget a
    leftover draft.
    """
    refuse = _refuse()
    sql = []
    for event, row in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
        when = _is_final(f"{row}.meeting_id")
        if event == "UPDATE":
            when = f"{when} OR {_is_final('NEW.meeting_id')}"
        sql.append(
            f"CREATE TRIGGER attendance_sources_final_b{event[0].lower()} BEFORE {event} "
            f"ON attendance_sources WHEN {when} {refuse}"
        )
    sql += [
        "CREATE TRIGGER revisions_final_bi BEFORE INSERT ON revisions "
        f"WHEN {_is_final('NEW.meeting_id')} AND NOT (EXISTS (SELECT 1 FROM meetings "
        "WHERE id = NEW.meeting_id AND revision IS NEW.revision "
        "AND fingerprint IS NEW.fingerprint) AND NOT EXISTS (SELECT 1 FROM revisions "
        "WHERE meeting_id = NEW.meeting_id AND revision = NEW.revision)) " + refuse,
        "CREATE TRIGGER revisions_final_bu BEFORE UPDATE ON revisions " + refuse,
        "CREATE TRIGGER revisions_final_bd BEFORE DELETE ON revisions "
        f"WHEN {_is_final('OLD.meeting_id')} {refuse}",
    ]
    return sql
