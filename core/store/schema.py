"""The archive's schema, created and upgraded by sqlite-utils migrations.

Each migration is a function that runs inside its own transaction; a database
made by an older release is brought up to date on open. Never edit a released
migration: add a new one.

Full-text search lives in one FTS5 table, ``search_index``, fed by triggers so
that no code path can forget to keep it in step. Its rowid encodes the meeting
date, the source table and the row id (see :func:`fts_key_sql`), so FTS5 can
return the newest matches first by walking the index backwards and stop after
the first page instead of ranking every match of a common word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from core.store.migrations import DeferredMigrations

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = DeferredMigrations("notula")

DAY_SHIFT = 40
SOURCE_SHIFT = 37


class FtsSource(NamedTuple):
    code: int
    table: str
    text_sql: str  # expression over the row, written with {r} for NEW/OLD
    meeting_sql: str  # expression giving the meeting id


FTS_SOURCES = (
    FtsSource(0, "meetings", "{r}.title", "{r}.id"),
    FtsSource(1, "agenda_items", "{r}.title || ' ' || coalesce({r}.notes, '')", "{r}.meeting_id"),
    FtsSource(
        2,
        "attendees",
        "coalesce({r}.name, '') || ' ' || coalesce({r}.position, '') || ' '"
        " || coalesce({r}.organization, '') || ' ' || coalesce({r}.represents, '')",
        "{r}.meeting_id",
    ),
    FtsSource(3, "statements", "{r}.text", "{r}.meeting_id"),
    FtsSource(4, "decisions", "{r}.text", "{r}.meeting_id"),
    FtsSource(5, "actions", "{r}.text || ' ' || coalesce({r}.owner, '')", "{r}.meeting_id"),
)
SOURCE_NAMES = {s.code: s.table for s in FTS_SOURCES}


def day_sql(date_sql: str) -> str:
    """Days since 0001-01-01 (Python's date.toordinal) for an ISO date expression."""
    return f"CAST(julianday({date_sql}) - 1721424.5 AS INTEGER)"


def fts_key_sql(date_sql: str, code: int, id_sql: str) -> str:
    return f"(({day_sql(date_sql)} << {DAY_SHIFT}) | ({code} << {SOURCE_SHIFT}) | {id_sql})"


def _key_for(source: FtsSource, r: str) -> str:
    if source.table == "meetings":
        return fts_key_sql(f"{r}.date", source.code, f"{r}.id")
    date = f"(SELECT date FROM meetings WHERE id = {r}.meeting_id)"
    return fts_key_sql(date, source.code, f"{r}.id")


def _trigger_sql(source: FtsSource) -> list[str]:
    t = source.table
    ins = (
        "INSERT INTO search_index(rowid, text, meeting_id) VALUES "
        f"({_key_for(source, 'NEW')}, {source.text_sql.format(r='NEW')}, "
        f"{source.meeting_sql.format(r='NEW')});"
    )
    dele = f"DELETE FROM search_index WHERE rowid = {_key_for(source, 'OLD')};"
    changed = f"({source.text_sql.format(r='OLD')}) IS NOT ({source.text_sql.format(r='NEW')})"
    if t == "meetings":
        changed += " OR OLD.date IS NOT NEW.date"
    return [
        f"CREATE TRIGGER {t}_fts_ai AFTER INSERT ON {t} BEGIN {ins} END",
        f"CREATE TRIGGER {t}_fts_ad AFTER DELETE ON {t} BEGIN {dele} END",
        f"CREATE TRIGGER {t}_fts_au AFTER UPDATE ON {t} WHEN {changed} BEGIN {dele} {ins} END",
    ]


def _reindex_meeting_sql() -> str:
    """When a meeting's date changes every key of its rows changes with it."""
    deletes, inserts = [], []
    for s in FTS_SOURCES:
        if s.table == "meetings":
            continue
        old_key = fts_key_sql("OLD.date", s.code, "c.id")
        new_key = fts_key_sql("NEW.date", s.code, "c.id")
        deletes.append(
            f"DELETE FROM search_index WHERE rowid IN "
            f"(SELECT {old_key} FROM {s.table} c WHERE c.meeting_id = OLD.id);"
        )
        inserts.append(
            f"INSERT INTO search_index(rowid, text, meeting_id) SELECT {new_key}, "
            f"{s.text_sql.format(r='c')}, c.meeting_id FROM {s.table} c "
            f"WHERE c.meeting_id = NEW.id;"
        )
    body = " ".join(deletes + inserts)
    return (
        "CREATE TRIGGER meetings_fts_redate AFTER UPDATE OF date ON meetings "
        f"WHEN OLD.date IS NOT NEW.date BEGIN {body} END"
    )


def _drop_children_sql() -> str:
    """Children are deleted by cascade after their meeting row is gone, when their
    own trigger can no longer find the date; remove their index rows first."""
    deletes = []
    for s in FTS_SOURCES:
        if s.table == "meetings":
            continue
        key = fts_key_sql("OLD.date", s.code, "c.id")
        deletes.append(
            f"DELETE FROM search_index WHERE rowid IN "
            f"(SELECT {key} FROM {s.table} c WHERE c.meeting_id = OLD.id);"
        )
    return f"CREATE TRIGGER meetings_fts_bd BEFORE DELETE ON meetings BEGIN {' '.join(deletes)} END"


def insert_trigger(table: str) -> str:
    """The name :func:`_trigger_sql` gives the trigger that indexes new rows of ``table``."""
    return f"{table}_fts_ai"


def index_rows_sql(source: FtsSource) -> str:
    """Index every row of ``source`` whose id is at least ``?``, in one statement.

    What the insert trigger does row by row, for a bulk load that sets the
    triggers aside: FTS5 then tokenises all the new rows in one pass (a join
    finds each row's meeting date, as the trigger's subquery does).
    """
    if source.table == "meetings":
        key, rows = fts_key_sql("c.date", source.code, "c.id"), "meetings c"
    else:
        key = fts_key_sql("m.date", source.code, "c.id")
        rows = f"{source.table} c JOIN meetings m ON m.id = c.meeting_id"
    return (
        f"INSERT INTO search_index(rowid, text, meeting_id) SELECT {key}, "
        f"{source.text_sql.format(r='c')}, {source.meeting_sql.format(r='c')} "
        f"FROM {rows} WHERE c.id >= ?"
    )


TABLES_V1 = """
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT, nip TEXT, rank TEXT, position TEXT, organization TEXT, contact TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX people_nip ON people(nip);
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    kind TEXT, number TEXT,
    date TEXT NOT NULL CHECK (date(date) IS NOT NULL),
    start_time TEXT, end_time TEXT, timezone TEXT, mode TEXT,
    location TEXT, city TEXT, organizer TEXT,
    chair_id INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
    note_taker_id INTEGER REFERENCES attendees(id) ON DELETE SET NULL,
    opening TEXT, closing TEXT, status TEXT,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX meetings_by_date ON meetings(date DESC, id DESC);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, ref TEXT,
    title TEXT NOT NULL, notes TEXT
);
CREATE INDEX agenda_items_order ON agenda_items(meeting_id, seq);
CREATE TABLE attendees (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, ref TEXT,
    person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
    name TEXT, position TEXT, organization TEXT, nip TEXT, rank TEXT, role TEXT,
    present INTEGER, represents TEXT, joined_at TEXT, left_at TEXT, contact TEXT
);
CREATE INDEX attendees_order ON attendees(meeting_id, seq);
CREATE INDEX attendees_person ON attendees(person_id);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES attendees(id) ON DELETE CASCADE,
    text TEXT NOT NULL, at TEXT,
    agenda_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
    kind TEXT
);
CREATE INDEX statements_order ON statements(meeting_id, seq);
CREATE INDEX statements_speaker ON statements(speaker_id);
CREATE INDEX statements_agenda ON statements(agenda_id);
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, text TEXT NOT NULL,
    agenda_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL
);
CREATE INDEX decisions_order ON decisions(meeting_id, seq);
CREATE INDEX decisions_agenda ON decisions(agenda_id);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, text TEXT NOT NULL,
    owner TEXT, due TEXT, done INTEGER
);
CREATE INDEX actions_order ON actions(meeting_id, seq);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE drafts (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    speaker_id INTEGER, agenda_id INTEGER, kind TEXT, text TEXT NOT NULL
);
"""


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";\n") if s.strip()]


@migrations()
def m001_tables(db: Database) -> None:
    for sql in _statements(TABLES_V1):
        db.execute(sql)


@migrations()
def m002_search(db: Database) -> None:
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "text, meeting_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for source in FTS_SOURCES:
        for sql in _trigger_sql(source):
            db.execute(sql)
    db.execute(_reindex_meeting_sql())
    db.execute(_drop_children_sql())
    for s in FTS_SOURCES:
        key = (
            fts_key_sql("c.date", s.code, "c.id")
            if s.table == "meetings"
            else fts_key_sql("(SELECT date FROM meetings WHERE id = c.meeting_id)", s.code, "c.id")
        )
        db.execute(
            f"INSERT INTO search_index(rowid, text, meeting_id) SELECT {key}, "
            f"{s.text_sql.format(r='c')}, {s.meeting_sql.format(r='c')} FROM {s.table} c"
        )


TABLES_V3 = """
ALTER TABLE meetings ADD COLUMN series TEXT;
ALTER TABLE meetings ADD COLUMN revision INTEGER;
ALTER TABLE meetings ADD COLUMN finalised_at TEXT;
ALTER TABLE meetings ADD COLUMN fingerprint TEXT;
ALTER TABLE attendees ADD COLUMN short_name TEXT;
ALTER TABLE attendees ADD COLUMN email TEXT;
ALTER TABLE attendees ADD COLUMN absence_reason TEXT;
ALTER TABLE attendees ADD COLUMN minutes_present INTEGER;
ALTER TABLE actions ADD COLUMN uid TEXT;
ALTER TABLE actions ADD COLUMN carried_from TEXT;
ALTER TABLE actions ADD COLUMN progress TEXT;
ALTER TABLE actions ADD COLUMN done_at TEXT;
ALTER TABLE actions ADD COLUMN agenda_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL;
CREATE INDEX actions_uid ON actions(uid);
CREATE INDEX actions_agenda ON actions(agenda_id);
CREATE TABLE signatories (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, label TEXT NOT NULL,
    attendee_id INTEGER REFERENCES attendees(id) ON DELETE CASCADE,
    name TEXT, position TEXT, rank TEXT, nip TEXT
);
CREATE INDEX signatories_order ON signatories(meeting_id, seq);
CREATE INDEX signatories_attendee ON signatories(attendee_id);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, ref TEXT, caption TEXT,
    media_type TEXT NOT NULL, data BLOB NOT NULL
);
CREATE INDEX attachments_order ON attachments(meeting_id, seq);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, revision INTEGER NOT NULL,
    finalised_at TEXT NOT NULL, fingerprint TEXT NOT NULL, reopen_reason TEXT
);
CREATE INDEX revisions_order ON revisions(meeting_id, seq);
"""


@migrations()
def m003_exchange_v2(db: Database) -> None:
    """What exchange format v2 stores: series and finalisation on the meeting,
    short names, e-mail, absence reasons and minutes present on attendees,
    identity, progress and agenda item on follow-ups, and three new lists
    (signatories, attachments as the pictures' bytes, earlier revisions).

    Every follow-up gets its uid here, those of older archives too, so that a
    follow-up carried to a later meeting can always be recognised.
    """
    import uuid

    for sql in _statements(TABLES_V3):
        db.execute(sql)
    ids = [r[0] for r in db.execute("SELECT id FROM actions WHERE uid IS NULL")]
    db.conn.executemany(
        "UPDATE actions SET uid = ? WHERE id = ?", [(str(uuid.uuid4()), i) for i in ids]
    )


@migrations()
def m004_office_profile(db: Database) -> None:
    """Office settings a clerk set before the profile existed become the profile,
    once (see core.office.from_legacy); values equal to the old built-in
    defaults are not a profile, and an archive without a letterhead line of
    its own keeps its rows as they are."""
    import json

    from core.office import LEGACY_DEFAULTS, SETTING_KEY, from_legacy

    keys = list(LEGACY_DEFAULTS)
    marks = ", ".join("?" * len(keys))
    rows = db.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", keys)
    values = {}
    for key, value in rows.fetchall():
        try:
            values[key] = json.loads(value)
        except ValueError:  # a row that is not JSON stays as it is, unused
            continue
    made = from_legacy(values)
    if made is None:
        return
    document, done = made
    db.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
        [SETTING_KEY, json.dumps(document, ensure_ascii=False)],
    )
    for key in done:
        db.execute("DELETE FROM settings WHERE key = ?", [key])


#: the search index as m005 makes it: emoji (and other symbols) are words too,
#: and prefixes of two to four letters have an index of their own, so that
#: "pe*" over a million statements reads one list instead of merging hundreds
SEARCH_TABLE_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5(text, meeting_id UNINDEXED, "
    "tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co So'\", "
    "prefix = '2 3 4')"
)


@migrations()
def m005_search_words(db: Database) -> None:
    """Rebuild the search index with emoji as words and prefix indexes (cli.md:
    emoji searchable; the speed of ``word*``). The triggers name the table, so
    they keep feeding the new one."""
    db.execute("DROP TABLE search_index")
    db.execute(SEARCH_TABLE_SQL)
    for source in FTS_SOURCES:
        db.execute(index_rows_sql(source), [0])


@migrations()
def m006_followup_keys(db: Database) -> None:
    """Indexes for follow-ups across meetings (core.store.followups): each
    copy of a uid finds the other copies' meetings, and their date and start
    time, from indexes alone (``notula actions --open`` over 5,000 meetings)."""
    db.execute("DROP INDEX IF EXISTS actions_uid")
    db.execute("CREATE INDEX actions_uid ON actions(uid, meeting_id)")
    db.execute("CREATE INDEX meetings_newest ON meetings(id, date, start_time)")


@migrations()
def m007_person_emails(db: Database) -> None:
    """E-mails the directory learned from confirmed attendance-report matches, so
    the next report matches that person by e-mail (one person may have several)."""
    db.execute(
        "CREATE TABLE person_emails (email TEXT PRIMARY KEY COLLATE NOCASE, "
        "person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE)"
    )
    db.execute("CREATE INDEX person_emails_person ON person_emails(person_id)")


@migrations()
def m008_final_lock(db: Database) -> None:
    """Final meetings are locked by triggers (see core.store.lock), and each
    earlier revision keeps the exchange JSON it was finalised with
    (``revisions.content``), so it stays exportable and verifiable after the
    meeting is reopened and changed."""
    db.execute("ALTER TABLE revisions ADD COLUMN content TEXT")
    db.execute("CREATE INDEX revisions_fingerprint ON revisions(fingerprint)")
    db.execute("CREATE INDEX meetings_fingerprint ON meetings(fingerprint)")
    from core.store.lock import lock_sql

    for sql in lock_sql():
        db.execute(sql)


@migrations()
def m009_attendance_sources(db: Database) -> None:
    """The participant report last applied to each meeting (platform, file name,
    download time), for the daftar hadir's source line. Archive only: the
    exchange format has no field for it."""
    db.execute(
        "CREATE TABLE attendance_sources ("
        "meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE, "
        "platform TEXT NOT NULL, file_name TEXT NOT NULL, downloaded_at TEXT NOT NULL)"
    )


@migrations()
def m010_archive_identity(db: Database) -> None:
    """Which archive this is and which of its states the file holds: a random
    uid its copies share and a stamp each write transaction replaces, keeping
    the one before it (see core.store.wal_guard). An open tells by them
    whether a -wal file beside the archive is its own."""
    from core.store.wal_guard import IDENTITY_TABLE, first_state

    db.execute(IDENTITY_TABLE)
    db.execute("INSERT INTO archive_identity (id, state) VALUES (1, ?)", [first_state()])


@migrations()
def m011_final_lock_more(db: Database) -> None:
    """The lock reaches the rest of a final meeting's record (see
    core.store.lock.lock_more_sql): its attendance source and its kept
    revisions. Each kept revision also keeps the attendance source it was
    final with (``revisions.attendance_source``, JSON; SQL NULL for those
    kept before this migration), so an earlier revision renders and verifies
    as it was signed, whatever report is applied to the next one."""
    db.execute("ALTER TABLE revisions ADD COLUMN attendance_source TEXT")
    from core.store.lock import lock_more_sql

    for sql in lock_more_sql():
        db.execute(sql)
