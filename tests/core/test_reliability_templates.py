"""Reliability defects D6, D8 and D4 of issue 14: a damaged archive page and
a hostile or broken document template are named in one sentence; each test
failed before its fix."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from core import cli, exchange
from core.errors import InputError, StorageError
from core.reports.make_template import TEMPLATE_PATH
from core.reports.render import render_documents
from core.store import MeetingStore

pytestmark = pytest.mark.usefixtures("english")  # the messages' source text

PAGE = 4096


def _damage_table(path: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with noise: the archive opens and
    lists, but reading that table's rows finds a malformed page."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    [root] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    conn.close()
    raw = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    raw[start : start + page_size] = b"\x0d" + b"\xff" * (page_size - 1)
    path.write_bytes(bytes(raw))


@pytest.fixture
def damaged(tmp_path, example_path) -> tuple[Path, int]:
    path = tmp_path / "arsip.db"
    store = MeetingStore.open(path)
    meeting_id = exchange.import_file(store, example_path)
    store.close()
    _damage_table(path, "statements")
    return path, meeting_id


def test_d6_a_damaged_page_read_is_a_storage_error(damaged):
    path, meeting_id = damaged
    store = MeetingStore.open(path)
    try:
        with pytest.raises(StorageError, match="damaged") as caught:
            store.get_meeting(meeting_id)
    finally:
        store.close()
    assert caught.value.reason == "damaged" and caught.value.path == str(path)


def test_d6_a_damaged_page_in_the_command_line(damaged, tmp_path, capsys):
    path, meeting_id = damaged
    capsys.readouterr()
    code = cli.main(["--db", str(path), "export", str(meeting_id), str(tmp_path / "r.json")])
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert code == 2 and len(lines) == 1 and "damaged" in lines[0] and str(path) in lines[0]
    assert "unexpected" not in lines[0]


# ---- templates -----------------------------------------------------------------------


def _template_with(tmp_path: Path, part: str, change) -> Path:
    """Our own base template with one part changed by ``change(bytes) -> bytes``."""
    out = tmp_path / "kop.docx"
    with zipfile.ZipFile(TEMPLATE_PATH) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, change(data) if info.filename == part else data)
    return out


ENTITY = b'<!DOCTYPE r [<!ENTITY e "Kop dinas">]>'


def _with_entity(data: bytes) -> bytes:
    head, sep, rest = data.partition(b"?>")
    return head + sep + ENTITY + rest.replace(b"</dc:title>", b"&e;</dc:title>", 1)


@pytest.fixture
def meeting(tmp_path, example_path):
    store = MeetingStore.open(None)
    meeting_id = exchange.import_file(store, example_path)
    yield store.get_meeting(meeting_id)
    store.close()


@pytest.mark.parametrize("part", ["word/document.xml", "docProps/core.xml", "word/styles.xml"])
def test_d6_d8_a_template_with_an_entity_is_refused_in_a_sentence(tmp_path, meeting, part):
    template = _template_with(tmp_path, part, _with_entity)
    if part != "docProps/core.xml":
        template = _template_with(
            tmp_path, part, lambda d: d.replace(b"?>", b"?>" + ENTITY.replace(b"r [", b"w [", 1), 1)
        )
    target = tmp_path / "notula.docx"
    with pytest.raises(InputError, match="entity|DTD") as caught:
        render_documents(meeting, {"base_template": str(template)}, {"minutes": target})
    assert str(template) in str(caught.value)
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["kop.docx"]


def test_d8_a_document_made_invalid_is_refused_not_reported_written(tmp_path, meeting, monkeypatch):
    """Should a defect pass the template check, the document made is checked
    before it replaces anything: an entity carried into core.xml is refused."""
    from core.reports import docx_base

    template = _template_with(tmp_path, "docProps/core.xml", _with_entity)
    monkeypatch.setattr(docx_base, "read_template", lambda path: path.read_bytes())
    target = tmp_path / "notula.docx"
    target.write_bytes(b"the old one")
    with pytest.raises(InputError, match="not a valid Word file"):
        render_documents(meeting, {"base_template": str(template)}, {"minutes": target})
    assert target.read_bytes() == b"the old one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kop.docx", "notula.docx"]


def _bomb(tmp_path: Path, name: str, size: int) -> Path:
    """Our template plus one part of ``size`` zero bytes (a few kB packed)."""
    out = tmp_path / "bom.docx"
    with zipfile.ZipFile(TEMPLATE_PATH) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as part:
            chunk = b"\0" * 2**20
            for _ in range(size // 2**20):
                part.write(chunk)
    return out


@pytest.mark.parametrize(
    "name, size, fragment",
    [
        ("word/media/image9.png", 60 * 2**20, "the part word/media/image9.png unpacks to 60 MB"),
        ("customXml/item9.xml", 60 * 2**20, "unpacks to 60 MB; at most 50 MB"),
    ],
)
def test_d4_a_zip_bomb_template_is_refused_before_it_is_read(tmp_path, meeting, name, size,
                                                             fragment):  # fmt: skip
    template = _bomb(tmp_path, name, size)
    assert template.stat().st_size < 2**20
    target = tmp_path / "notula.docx"
    with pytest.raises(InputError, match=fragment) as caught:
        render_documents(meeting, {"base_template": str(template)}, {"minutes": target})
    assert str(template) in str(caught.value) and not target.exists()


def test_d4_many_parts_together_are_refused(tmp_path, monkeypatch):
    from core.reports import docx_check

    monkeypatch.setattr(docx_check, "MAX_TOTAL_BYTES", 2 * 2**20)
    template = _bomb(tmp_path, "word/media/image9.png", 3 * 2**20)
    with pytest.raises(InputError, match="unpacks to 3 MB; at most 2 MB"):
        docx_check.read_template(template)


def test_d4_a_template_too_large_on_disk_is_not_read(tmp_path, monkeypatch):
    from core.reports import docx_check

    monkeypatch.setattr(docx_check, "MAX_FILE_BYTES", 2**20)
    template = tmp_path / "besar.docx"
    template.write_bytes(b"\0" * (2 * 2**20))
    with pytest.raises(InputError, match="larger than 1 MB"):
        docx_check.read_template(template)


def test_our_own_template_and_a_plain_office_copy_pass(tmp_path, meeting):
    template = _template_with(tmp_path, "", lambda d: d)
    target = tmp_path / "notula.docx"
    render_documents(meeting, {"base_template": str(template)}, {"minutes": target})
    assert zipfile.is_zipfile(target)
