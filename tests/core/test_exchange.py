"""The notula.meeting v1 exchange format: exactly the schema, round trips that
are byte-identical, and imports that are all or nothing."""

from __future__ import annotations

import copy
import json
import uuid

import pytest

from core import exchange, model
from core.errors import DuplicateMeetingError, InputError
from core.exchange import check
from core.store import MeetingStore

pytestmark = pytest.mark.usefixtures("english")  # the messages' source text


def _original_validator():
    """The schema as published, with no inlining: the reference for every check."""
    import jsonschema

    schema = json.loads(exchange.SCHEMA_PATH.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _table_counts(store) -> dict[str, int]:
    names = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: store.db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def as_v1(exported: dict) -> dict:
    """A version 2 export of a meeting that came from a version 1 file, as that
    file was: version 1, and no uids on the follow-ups (the archive gave each
    one; they must be UUID4s)."""
    assert exported["version"] == 2
    for action in exported["meeting"]["actions"]:
        assert uuid.UUID(action.pop("uid")).version == 4
    return {**exported, "version": 1}


@pytest.fixture
def example(example_path) -> dict:
    return json.loads(example_path.read_text(encoding="utf-8"))


# ---- the shared example ----------------------------------------------------------------------


def test_example_imports_with_every_field(store, example_path, example):
    meeting_id = exchange.import_file(store, example_path)
    exported = json.loads(exchange.dumps(store.get_meeting(meeting_id)))
    assert uuid.UUID(exported["meeting"].pop("uid"))  # given on import, written on export
    assert as_v1(exported) == example


def test_export_import_export_is_byte_identical(tmp_path, example_path):
    first = MeetingStore.open(tmp_path / "satu.db")
    exchange.export_file(first, exchange.import_file(first, example_path), tmp_path / "a.json")
    second = MeetingStore.open(tmp_path / "dua.db")
    second_id = exchange.import_file(second, tmp_path / "a.json")
    exchange.export_file(second, second_id, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    first.close()
    second.close()


def test_exported_files_are_valid_against_the_published_schema(store, example_path):
    data = json.loads(exchange.dumps(store.get_meeting(exchange.import_file(store, example_path))))
    assert list(_original_validator().iter_errors(data)) == []
    exchange.validate(data)


# ---- round trips of unusual meetings ---------------------------------------------------------


def _minimal() -> dict:
    return {
        "format": "notula.meeting",
        "version": 1,
        "meeting": {"title": "T", "date": "2024-02-29"},
    }


AWKWARD_TEXT = [
    "  spasi  ganda  dan di tepi  ",
    "baris\nbaru\r\nCRLF\rCR",
    "kafe\u0301 café NBSP\u00a0 🇮🇩 العربية",
    "nul \u0000 dan kontrol \u0007",
    '"kutip" \\ garis miring / </script>',
]


@pytest.mark.parametrize(
    "meeting",
    [
        pytest.param({"title": "T", "date": "2024-02-29"}, id="minimal"),
        pytest.param(
            {"title": "T", "date": "2024-02-29", "start_time": "09:00", "end_time": None},
            id="open-end",
        ),
        pytest.param(
            {
                "title": AWKWARD_TEXT[0],
                "date": "2024-02-29",
                "opening": AWKWARD_TEXT[1],
                "agenda": [{"ref": "x.1", "title": "", "notes": AWKWARD_TEXT[2]}],
                "attendees": [
                    {"ref": "A-1", "position": "Kepala Dinas", "present": False},
                    {"ref": "b_2", "name": AWKWARD_TEXT[3], "present": True},
                ],
                "statements": [
                    {"speaker": "b_2", "text": t, "agenda": "x.1", "kind": "summary"}
                    for t in AWKWARD_TEXT
                ],
                "decisions": [{"text": AWKWARD_TEXT[4]}],
                "actions": [{"text": "t", "done": False}, {"text": "u", "done": True}],
            },
            id="awkward",
        ),
    ],
)
def test_round_trips_of_unusual_meetings(tmp_path, meeting):
    data = {"format": "notula.meeting", "version": 1, "meeting": meeting}
    exports = []
    for n in range(2):
        store = MeetingStore.open(tmp_path / f"{n}.db")
        source = json.loads(exports[-1]) if exports else data
        meeting_id = exchange.import_data(store, exchange.validate(copy.deepcopy(source)))
        exports.append(exchange.dumps(store.get_meeting(meeting_id)))
        store.close()
    assert exports[0] == exports[1]
    back = as_v1(json.loads(exports[0]))["meeting"]
    for key, value in meeting.items():
        assert back[key] == value, key


def test_meetings_made_in_the_app_get_unique_refs(store):
    m = model.Meeting(title="Dibuat di aplikasi", date="2024-01-01")
    m.agenda = [model.AgendaItem(title="a", id=1), model.AgendaItem(title="b", ref="p1", id=2)]
    m.attendees = [model.Attendee(name="A", id=1), model.Attendee(name="B", ref="ag2", id=2)]
    m.statements = [model.Statement(text="s", speaker_id=2, agenda_id=2)]
    m.chair_id = 1
    data = json.loads(exchange.dumps(store.get_meeting(store.create_meeting(m))))
    exchange.validate(data)  # refs unique and resolvable
    refs = [a["ref"] for a in data["meeting"]["agenda"] + data["meeting"]["attendees"]]
    assert len(refs) == len(set(refs)) == 4


# ---- uid -------------------------------------------------------------------------------------


def test_a_uid_already_in_the_archive_is_refused_unless_copied(store, example):
    uid = "0d9d1a4e-6a55-4c47-8f3e-3c2b6d0f8a11"
    example["meeting"]["uid"] = uid
    first = exchange.import_data(store, exchange.validate(example))
    before = _table_counts(store)
    with pytest.raises(DuplicateMeetingError, match=f"{uid}.*id {first}") as info:
        exchange.import_data(store, exchange.validate(example), name="rakor.json")
    assert info.value.meeting_id == first
    assert _table_counts(store) == before
    second = exchange.import_data(store, exchange.validate(example), copy=True)
    assert store.get_meeting(second).uid != uid
    assert store.get_meeting(first).uid == uid


# ---- all or nothing --------------------------------------------------------------------------


def test_a_failure_half_way_through_the_write_leaves_nothing(file_store, example, monkeypatch):
    exchange.import_data(file_store, exchange.validate(copy.deepcopy(example)))
    before = _table_counts(file_store)
    real = type(file_store)._bulk_insert

    def fail_at_decisions(self, table, columns, rows):
        if table == "decisions":
            raise OSError("disk pulled out")
        return real(self, table, columns, rows)

    monkeypatch.setattr(type(file_store), "_bulk_insert", fail_at_decisions)
    with pytest.raises(OSError):
        exchange.import_data(file_store, exchange.validate(copy.deepcopy(example)), copy=True)
    assert _table_counts(file_store) == before


def test_export_to_a_missing_folder_is_an_input_error(store, example_path, tmp_path):
    meeting_id = exchange.import_file(store, example_path)
    with pytest.raises(InputError, match="does not exist"):
        exchange.export_file(store, meeting_id, tmp_path / "tidak-ada" / "x.json")


def test_export_replaces_a_file_whole_and_leaves_no_temporary(store, example_path, tmp_path):
    target = tmp_path / "keluar.json"
    target.write_text("lama", encoding="utf-8")
    exchange.export_file(store, exchange.import_file(store, example_path), target)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "notula.meeting"
    assert [p.name for p in tmp_path.iterdir()] == ["keluar.json"]


# ---- the fast validator is the schema --------------------------------------------------------


REPLACEMENTS = [None, 0, 1.5, True, "", "x", "x" * 1001, [], {}, "25:00", "2023-02-30", "ab c"]


def _mutants(doc: dict):
    """Every document one edit away from ``doc``: each value replaced by each of
    REPLACEMENTS, each key removed, an unknown key added to each object."""

    def walk(node, path):
        yield path, node
        if isinstance(node, dict):
            for k, v in node.items():
                yield from walk(v, (*path, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                yield from walk(v, (*path, i))

    text = json.dumps(doc)

    def edited(path, how, value=None):
        out = json.loads(text)
        parent = out
        for part in path[:-1]:
            parent = parent[part]
        if how == "set":
            parent[path[-1]] = value
        elif how == "drop":
            del parent[path[-1]]
        elif how == "add":
            parent[path[-1]]["tak_dikenal"] = 1
        return out

    for path, node in walk(doc, ()):
        if not path:
            continue
        for value in REPLACEMENTS:
            yield edited(path, "set", value)
        if isinstance(path[-1], str):
            yield edited(path, "drop")
        if isinstance(node, dict):
            yield edited(path, "add")


def test_the_inlined_schema_accepts_and_rejects_exactly_what_the_schema_does(example):
    # one item of each shape is enough: more of the same only costs time
    m = example["meeting"]
    m["attendees"] = [m["attendees"][i] for i in (0, 3, 4)]
    m["statements"], m["decisions"], m["actions"] = (
        m["statements"][1:2],
        m["decisions"][:1],
        m["actions"][1:],
    )
    m["agenda"] = m["agenda"][:1]
    for s in m["statements"] + m["decisions"]:
        s["agenda"] = "ag1"
    fast, reference = check.validator(), _original_validator()
    checked = 0
    for doc in _mutants(example):
        fast_paths = sorted(map(repr, (list(e.absolute_path) for e in fast.iter_errors(doc))))
        ref_paths = sorted(map(repr, (list(e.absolute_path) for e in reference.iter_errors(doc))))
        assert fast_paths == ref_paths, json.dumps(doc)[:300]
        checked += 1
    assert checked > 500


def test_inlining_refuses_what_it_cannot_inline():
    with pytest.raises(ValueError):
        exchange.inline_refs({"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"})
    with pytest.raises(ValueError):
        exchange.inline_refs({"$ref": "https://example.com/other.json"})
