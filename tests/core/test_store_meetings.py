"""The archive's meetings: every field kept, text verbatim, order explicit,
each change one transaction, and the file shareable between two programs."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from dataclasses import asdict

import pytest

from core import exchange, model
from core.errors import InputError, NotFoundError, StorageError
from core.store import MeetingStore
from core.store import database as database_module
from core.store.schema import FTS_SOURCES
from tests.core.pictures import jpeg, png

# Text that a careless store would trim, re-case, normalise or mangle.
AWKWARD = [
    "  spasi di depan dan di belakang  ",
    "baris satu\nbaris dua\r\nbaris tiga\rakhir",
    "\ttab\tdi tengah",
    "tanda kutip \"ganda\" dan 'tunggal' serta `backtick` \\ garis miring",
    "Robert'); DROP TABLE meetings;--",
    "kafe\u0301 (e + combining acute) dan café (precomposed)",
    "NBSP:\u00a0| zero-width:\u200b| emoji: 🇮🇩🙏🏽 | العربية | 中文",
    "HURUF BESAR dan huruf kecil DiCaMpUr",
    "%_ wildcard LIKE %_",
    "a" * 5000,
]


def full_meeting(status: str = "draft") -> model.Meeting:
    """A meeting with every field of every part set, and awkward text throughout.

    A draft by default, since most tests edit it (a final meeting is locked);
    its revision fields are set all the same, as an imported file may have them.
    """
    m = model.Meeting(
        title="Rapat  Koordinasi  " + AWKWARD[0],
        date="2023-06-12",
        uid="0d9d1a4e-6a55-4c47-8f3e-3c2b6d0f8a11",
        kind="Rapat Koordinasi",
        number="005/112/Ekon/2023",
        start_time="13:30",
        end_time="15:45:30",
        timezone="WITA",
        mode="hybrid",
        location="Ruang Rapat dan Zoom Meeting",
        city="Muntok",
        organizer=AWKWARD[6],
        chair_id=1,
        note_taker_id=3,
        opening=AWKWARD[1],
        closing=AWKWARD[2],
        status=status,
        series="Rakor Inflasi 2023",
        revision=2,
        finalised_at="2023-06-13T09:15:00+07:00",
        fingerprint="ab" * 32,
    )
    m.agenda = [
        model.AgendaItem(title="Agenda satu", notes=AWKWARD[3], ref="ag1", id=1),
        model.AgendaItem(title="Agenda dua", ref="ag2", id=2),
    ]
    m.attendees = [
        model.Attendee(
            name="Ir. Hendra Saputra, M.T.",
            position="Asisten Perekonomian",
            organization="Setda",
            nip="197203151998031004",
            rank="Pembina Utama Muda (IV/c)",
            role="chair",
            present=True,
            represents="Sekretaris Daerah",
            joined_at="13:30",
            left_at="15:45",
            contact="hendra@example.go.id",
            ref="asisten2",
            short_name="Asisten II",
            email="hendra@example.go.id",
            minutes_present=135,
            id=1,
        ),
        model.Attendee(
            position="Kepala BPS",
            present=False,
            role="participant",
            ref="bps",
            absence_reason="Dinas luar",
            id=2,
        ),
        model.Attendee(name="Dewi Lestari, A.Md.", role="note_taker", ref="notulis", id=3),
    ]
    m.statements = [
        model.Statement(text=t, speaker_id=1 + i % 3, at="14:05", agenda_id=1 + i % 2, kind=k)
        for i, (t, k) in enumerate(zip(AWKWARD, ["quote", "summary", None] * 4, strict=False))
    ]
    m.decisions = [
        model.Decision(text="Keputusan pertama", agenda_id=2),
        model.Decision(text=AWKWARD[4]),
    ]
    m.actions = [
        model.Action(
            text="Tindak lanjut",
            owner="Dinas",
            due="2023-06-30",
            done=False,
            uid="6f1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f",
            carried_from="0d9d1a4e-6a55-4c47-8f3e-3c2b6d0f8a10",
            progress=AWKWARD[1],
            agenda_id=2,
        ),
        model.Action(
            text=AWKWARD[8],
            done=True,
            done_at="2023-06-20",
            uid="7a1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f",
        ),
        model.Action(text="Tanpa batas waktu", uid="8b1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f"),
    ]
    m.signatories = [
        model.Signatory(label="Notulis", attendee_id=3),
        model.Signatory(
            label="Mengetahui, Sekretaris Daerah",
            name="Drs. H. Ahmad Fauzi",
            position="Sekretaris Daerah",
            rank="Pembina Utama Madya (IV/d)",
            nip="196805121990031007",
        ),
    ]
    m.attachments = [
        model.Attachment(ref="foto1", caption="Suasana rapat", media_type="image/png", data=png()),
        model.Attachment(ref=None, media_type="image/jpeg", data=jpeg()),
    ]
    m.revisions = [
        model.Revision(revision=1, finalised_at="2023-06-12T16:00:00+07:00", fingerprint="cd" * 32),
        model.Revision(
            revision=2, finalised_at="2023-06-13T09:15:00+07:00", fingerprint="ab" * 32,
            reopen_reason="Salah ketik nama",
        ),
    ]  # fmt: skip
    return m


def comparable(meeting: model.Meeting, written: model.Meeting | None = None) -> dict:
    """A meeting as plain data with row ids replaced by positions, so that a
    meeting read back can be compared with the one written.

    Given the ``written`` meeting, a follow-up it left without a uid must have
    been given a new one (a UUID4), which is then left out of the comparison.
    """
    data = asdict(meeting)
    if written is not None:
        for row, action in zip(data["actions"], written.actions, strict=True):
            if action.uid is None:
                assert uuid.UUID(row["uid"]).version == 4
                row["uid"] = None
    data.pop("id")
    people = {a.id: i for i, a in enumerate(meeting.attendees)}
    topics = {a.id: i for i, a in enumerate(meeting.agenda)}
    data["chair_id"] = people.get(meeting.chair_id)
    data["note_taker_id"] = people.get(meeting.note_taker_id)
    for part in (
        "agenda", "attendees", "statements", "decisions", "actions", "signatories", "attachments",
        "revisions",
    ):  # fmt: skip
        for row in data[part]:
            row.pop("id")
            if "speaker_id" in row:
                row["speaker_id"] = people[row["speaker_id"]]
            if row.get("attendee_id") is not None:
                row["attendee_id"] = people[row["attendee_id"]]
            if row.get("agenda_id") is not None:
                row["agenda_id"] = topics[row["agenda_id"]]
    return data


def table_counts(db_or_store) -> dict[str, int]:
    db = getattr(db_or_store, "db", db_or_store)
    tables = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def index_in_step(store: MeetingStore) -> None:
    """The search index holds one entry per indexed row, and FTS5 agrees with itself."""
    store.db.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
    expected = sum(
        store.db.execute(f"SELECT count(*) FROM {s.table}").fetchone()[0] for s in FTS_SOURCES
    )
    assert store.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == expected


# ---- the connection --------------------------------------------------------------------------


def test_file_archive_uses_wal_foreign_keys_and_a_busy_timeout(file_store):
    conn = file_store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    busy = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    assert busy == int(database_module.BUSY_TIMEOUT_S * 1000)


def test_a_missing_file_is_created_with_the_whole_schema(tmp_path):
    path = tmp_path / "baru.db"
    store = MeetingStore.open(path)
    assert path.exists()
    names = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
    assert {"meetings", "attendees", "statements", "people", "search_index"} <= names
    store.close()


# ---- every field, verbatim -------------------------------------------------------------------


def test_every_field_comes_back_exactly_after_reopening(tmp_path):
    original = full_meeting()
    store = MeetingStore.open(tmp_path / "a.db")
    meeting_id = store.create_meeting(original)
    store.close()
    store = MeetingStore.open(tmp_path / "a.db")
    back = store.get_meeting(meeting_id)
    assert comparable(back) == comparable(original)
    assert back.chair.name == "Ir. Hendra Saputra, M.T."
    assert back.note_taker.ref == "notulis"
    assert back.attendees[1].present is False and back.attendees[0].present is True
    assert [a.done for a in back.actions] == [False, True, None]
    store.close()


def test_text_is_stored_verbatim_in_the_table_itself(store):
    meeting_id = store.create_meeting(full_meeting())
    stored = [
        r[0]
        for r in store.db.execute(
            "SELECT text FROM statements WHERE meeting_id = ? ORDER BY seq", [meeting_id]
        )
    ]
    assert stored == AWKWARD
    title = store.db.execute("SELECT title FROM meetings").fetchone()[0]
    assert title == "Rapat  Koordinasi  " + AWKWARD[0]


def test_update_meeting_returns_what_was_there(store):
    meeting_id = store.create_meeting(full_meeting())
    before = store.update_meeting(meeting_id, {"title": " Judul baru ", "status": "final"})
    assert before == {"title": "Rapat  Koordinasi  " + AWKWARD[0], "status": "draft"}
    assert store.get_meeting(meeting_id).title == " Judul baru "


# ---- order -----------------------------------------------------------------------------------


def _order(store, collection, meeting_id):
    return [getattr(i, "title", None) or getattr(i, "text", None) or i.name for i in
            store.list_items(collection, meeting_id)]  # fmt: skip


def test_order_is_explicit_and_survives_moves_inserts_and_reopening(tmp_path):
    path = tmp_path / "a.db"
    store = MeetingStore.open(path)
    m = model.Meeting(title="Urutan", date="2024-01-02")
    m.attendees = [model.Attendee(name=n, id=i) for i, n in enumerate("ABCDE", start=1)]
    m.statements = [model.Statement(text=f"s{i}", speaker_id=1) for i in range(5)]
    meeting_id = store.create_meeting(m)
    ids = [a.id for a in store.list_items("attendees", meeting_id)]
    assert store.move_item("attendees", ids[4], 0) == 4  # E to the front
    store.add_item("attendees", meeting_id, model.Attendee(name="X"), index=2)
    statement_ids = [s.id for s in store.list_items("statements", meeting_id)]
    store.move_item("statements", statement_ids[0], 99)  # past the end: last
    store.close()

    store = MeetingStore.open(path)
    assert _order(store, "attendees", meeting_id) == ["E", "A", "X", "B", "C", "D"]
    assert _order(store, "statements", meeting_id) == ["s1", "s2", "s3", "s4", "s0"]
    # the order lives in seq, not in the row ids (X was inserted last but sits third)
    seqs = [r[0] for r in store.db.execute("SELECT seq FROM attendees ORDER BY seq")]
    assert seqs == sorted(set(seqs))
    store.close()


def test_delete_then_restore_puts_a_row_back_in_place_with_its_links(store):
    meeting_id = store.create_meeting(full_meeting())
    agenda = store.list_items("agenda", meeting_id)
    linked = [
        s.id for s in store.list_items("statements", meeting_id) if s.agenda_id == agenda[0].id
    ]
    removed = store.delete_item("agenda", agenda[0].id)
    assert all(
        s.agenda_id is None for s in store.list_items("statements", meeting_id) if s.id in linked
    )
    store.restore_item(removed)
    assert [a.id for a in store.list_items("agenda", meeting_id)] == [a.id for a in agenda]
    relinked = [
        s.id for s in store.list_items("statements", meeting_id) if s.agenda_id == agenda[0].id
    ]
    assert relinked == linked


# ---- one transaction per change --------------------------------------------------------------

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def _transactions(store, operation) -> list[list[str]]:
    """The write statements ``operation`` ran, grouped by transaction; a write
    outside any transaction is reported as a group of its own."""
    log: list[str] = []
    store.db.conn.set_trace_callback(log.append)
    try:
        operation()
    finally:
        store.db.conn.set_trace_callback(None)
    groups: list[list[str]] = []
    current: list[str] | None = None
    for sql in log:
        word = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if word == "BEGIN":
            current = []
        elif word in ("COMMIT", "END"):
            if current:
                groups.append(current)
            current = None
        elif word in WRITES:
            if current is None:
                groups.append([sql])  # autocommit: a transaction of one statement
            else:
                current.append(sql)
    return groups


def test_each_change_is_exactly_one_transaction(store):
    meeting_id = store.create_meeting(full_meeting())
    attendee = store.list_items("attendees", meeting_id)[0]
    statement = store.list_items("statements", meeting_id)[0]
    operations = {
        "create_meeting": lambda: store.create_meeting(
            model.Meeting(title="Baru", date="2024-05-05", attendees=[model.Attendee(name="A")])
        ),
        "update_meeting": lambda: store.update_meeting(meeting_id, {"title": "Ubah"}),
        "add_item": lambda: store.add_item(
            "statements", meeting_id, model.Statement(text="x", speaker_id=attendee.id), 0
        ),
        "update_item": lambda: store.update_item("statements", statement.id, {"text": "y"}),
        "move_item": lambda: store.move_item("statements", statement.id, 5),
        "delete_and_restore": lambda: store.restore_item(
            store.delete_item("statements", statement.id)
        ),
        "capture_statement": lambda: store.capture_statement(
            meeting_id, model.Statement(text="langsung", speaker_id=attendee.id)
        ),
        "add_person": lambda: store.add_person(model.Person(name="Budi")),
        "set_settings": lambda: store.set_settings({"paper": "F4", "font_size_pt": 11}),
        "delete_meeting": lambda: store.delete_meeting(meeting_id),
    }
    for name, operation in operations.items():
        groups = _transactions(store, operation)
        if name == "delete_and_restore":
            assert len(groups) == 2, name  # two user actions, two transactions
        else:
            assert len(groups) == 1, (name, groups)


def test_a_failing_create_writes_nothing(file_store):
    before = table_counts(file_store)
    bad = full_meeting()
    bad.statements.append(model.Statement(text="siapa?", speaker_id=99))  # nobody has id 99
    with pytest.raises(InputError):
        file_store.create_meeting(bad)
    assert table_counts(file_store) == before


def test_create_meetings_is_all_or_nothing_across_meetings(file_store):
    good = [full_meeting() for _ in range(3)]
    for i, m in enumerate(good):
        m.uid = None
        m.title = f"Rapat {i}"
    bad = full_meeting()
    bad.uid = None
    bad.statements[-1].speaker_id = 42
    before = table_counts(file_store)
    with pytest.raises(InputError):
        file_store.create_meetings([*good, bad])
    assert table_counts(file_store) == before


def test_a_duplicate_uid_in_a_batch_rolls_the_batch_back(file_store):
    one, two = full_meeting(), full_meeting()  # same uid
    before = table_counts(file_store)
    with pytest.raises(StorageError, match="UNIQUE"):
        file_store.create_meetings([one, two])
    assert table_counts(file_store) == before


def test_create_meetings_stores_each_meeting_whole_and_in_order(store):
    meetings = []
    for i, size in enumerate([0, 3, 40, 1]):  # below and above the staging threshold
        m = full_meeting()
        m.uid, m.title, m.date = None, f"Rapat {i}", f"2020-0{i + 1}-15"
        m.statements = [
            model.Statement(text=f"pernyataan {i}-{k}", speaker_id=1 + k % 3) for k in range(size)
        ]
        meetings.append(m)
    ids = store.create_meetings(meetings)
    assert len(ids) == len(set(ids)) == 4
    for meeting_id, m in zip(ids, meetings, strict=True):
        back = store.get_meeting(meeting_id)
        assert comparable(back) | {"uid": None} == comparable(m)
    assert store.create_meetings([]) == []
    index_in_step(store)


def test_nested_failure_undoes_only_its_own_level(store):
    meeting_id = store.create_meeting(full_meeting())
    with store.atomic():
        store.update_meeting(meeting_id, {"title": "disimpan"})
        with pytest.raises(StorageError), store.atomic():
            store.update_meeting(meeting_id, {"city": "dibatalkan"})
            store.db.execute("INSERT INTO meetings (id) VALUES (NULL)")  # NOT NULL fails
        store.update_meeting(meeting_id, {"kind": "juga disimpan"})
    m = store.get_meeting(meeting_id)
    assert (m.title, m.city, m.kind) == ("disimpan", "Muntok", "juga disimpan")


def test_delete_and_restore_a_whole_meeting_keep_the_index_in_step(store):
    meeting_id = store.create_meeting(full_meeting())
    other = full_meeting()
    other.uid = None
    store.create_meeting(other)
    index_in_step(store)
    deleted = store.delete_meeting(meeting_id)
    assert (
        store.db.execute(
            "SELECT count(*) FROM statements WHERE meeting_id = ?", [meeting_id]
        ).fetchone()[0]
        == 0
    )
    index_in_step(store)
    assert store.restore_meeting(deleted) == meeting_id
    assert comparable(store.get_meeting(meeting_id)) == comparable(deleted)
    index_in_step(store)


def test_changing_the_date_moves_every_index_entry(store):
    meeting_id = store.create_meeting(full_meeting())
    store.update_meeting(meeting_id, {"date": "2021-01-01"})
    index_in_step(store)
    hits = store.search("Keputusan")
    assert hits and all(h.date == "2021-01-01" for h in hits)


# ---- two programs, one file ------------------------------------------------------------------


def test_a_second_writer_waits_for_the_first_instead_of_failing(tmp_path):
    """The GUI's write starts while another program holds the lock, and is stored once
    that program commits. No clock: the other program commits when the trace says
    the GUI's write has begun (BEGIN IMMEDIATE entered, the lock still held)."""
    path = tmp_path / "bersama.db"
    MeetingStore.open(path).close()
    holder = sqlite3.connect(path, timeout=0, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
    store = MeetingStore.open(path)  # the GUI's connection, say
    began = threading.Event()
    store.conn.set_trace_callback(lambda sql: sql == "BEGIN IMMEDIATE" and began.set())

    def commit_once_the_gui_writes() -> None:
        began.wait(30)
        holder.execute("COMMIT")

    other = threading.Thread(target=commit_once_the_gui_writes)
    other.start()
    meeting_id = store.create_meeting(full_meeting())
    other.join()
    assert began.is_set()
    assert store.get_meeting(meeting_id).title.startswith("Rapat")
    assert store.get_setting("held") == 1
    store.conn.set_trace_callback(None)
    holder.close()
    store.close()


def test_locked_past_the_timeout_is_a_storage_error_naming_the_file(tmp_path, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / "terkunci.db"
    store = MeetingStore.open(path)
    before = table_counts(store)
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError) as info:
            store.create_meeting(full_meeting())
    finally:
        other.rollback()
        other.close()
    assert "locked" in str(info.value) and str(path) in str(info.value)
    assert "\n" not in str(info.value)
    assert table_counts(store) == before
    store.close()


def test_readers_are_not_blocked_by_a_writer(tmp_path):
    path = tmp_path / "baca.db"
    store = MeetingStore.open(path)
    store.create_meeting(full_meeting())
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    # no waiting allowed: a read that needed the writer to finish would fail at once
    store.conn.execute("PRAGMA busy_timeout = 0")
    try:
        assert len(store.list_meetings()) == 1
        assert store.search("Keputusan")
    finally:
        other.rollback()
        other.close()
    store.close()


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "   "},
        {"title": "a\ud800b"},  # a lone surrogate: not text SQLite can store
        {"date": "2023-02-30"},
        {"start_time": "25:00"},
        {"mode": "daring"},
        {"city": "x" * 1001},
        {"venue": "Aula"},
    ],
)
def test_bad_header_edits_are_refused_and_change_nothing(store, changes):
    meeting_id = store.create_meeting(full_meeting())
    before = comparable(store.get_meeting(meeting_id))
    with pytest.raises(InputError):
        store.update_meeting(meeting_id, changes)
    assert comparable(store.get_meeting(meeting_id)) == before


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_a_meeting_leaves_the_garbage_collector_as_it_was(store, example_path, enabled):
    import gc

    meeting_id = exchange.import_file(store, example_path)
    (gc.enable if enabled else gc.disable)()
    try:
        assert store.get_meeting(meeting_id).title
        assert gc.isenabled() is enabled
        with pytest.raises(NotFoundError):
            store.get_meeting(meeting_id + 1000)
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
