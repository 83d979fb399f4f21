"""The store opens and lists without loading core.model; what it reads is unchanged by that."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest

from core import model
from core.store import MeetingStore
from core.store.collections import COLLECTIONS, MEETING_COLUMNS

ROOT = Path(__file__).resolve().parents[2]


def test_written_out_columns_match_the_dataclasses():
    lists = {"agenda", "attendees", "statements", "decisions", "actions", "id"}
    lists |= {"signatories", "attachments", "revisions"}
    assert tuple(f.name for f in fields(model.Meeting) if f.name not in lists) == MEETING_COLUMNS
    for coll in COLLECTIONS.values():
        cls = getattr(model, coll.class_name)
        assert (*coll.columns, "id") == tuple(f.name for f in fields(cls))
        assert coll.cls is cls  # resolving checks the same, raising TypeError if not


@pytest.mark.parametrize(
    "value",
    [
        "en",
        "",
        "Pangkalpinang — “Kota Beribu Senyum”",
        "  spasi di tepi  ",
        12345678901234567890,
        -(2**63),
        float("inf"),
        '["tidak", "daftar"]',
        "null",
        0,
        11,
        2.5,
        True,
        False,
        None,
        ["Pemerintah Kota", "Sekretariat Daerah"],
        {"top": 2.5, "left": 3.0},
        [],
        {},
    ],
)
def test_setting_reads_back_as_written(store, value):
    store.set_settings({"x": value})
    got = store.get_setting("x")
    assert got == value and type(got) is type(value)
    assert store.all_settings()["x"] == value


def test_a_setting_sqlite_cannot_read_as_json_is_decoded_by_python(store):
    store.conn.execute("INSERT INTO settings (key, value) VALUES ('x', 'NaN')")
    got = store.get_setting("x")
    assert got != got  # NaN, as json.loads reads it


def test_listing_the_archive_leaves_core_model_unloaded(tmp_path, example_path):
    db = tmp_path / "arsip.db"
    store = MeetingStore.open(db)
    from core import exchange

    exchange.import_file(store, example_path)
    store.close()
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from core.store import MeetingStore\n"
        f"store = MeetingStore.open({str(db)!r})\n"
        "rows = store.list_meetings(limit=200)\n"
        "print(store.count_meetings(), store.meeting_years(), store.get_setting('language'))\n"
        "print(rows[0].title)\n"
        "import core\n"  # the package has the lazy module as its attribute, as after an import
        "print(type(core.model).__name__, 'sqlite_utils' in sys.modules)\n"
        "store.get_meeting(rows[0].id)\n"
        "print(type(sys.modules['core.model']).__name__, core.model.Meeting.__name__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0] == "1 [2023] id"
    assert "Inflasi" in out[1]
    assert out[2] == "_LazyModule False"
    assert out[3] == "module Meeting"
