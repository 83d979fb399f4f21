"""verify (issue 14): a document or exchange file against the final revisions,
by content, not bytes."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess

import docx
import pytest

from core import cli, exchange, fingerprint
from core.errors import InputError
from core.reports.render import build
from core.verify import verify_file
from tests.core.test_store_meetings import full_meeting


@pytest.fixture
def final(file_store):
    meeting_id = file_store.create_meeting(full_meeting())
    revision, digest = file_store.finalise(meeting_id)
    return file_store, meeting_id, revision, digest


@pytest.fixture
def sample(file_store, example_path):
    """The sample rakor, final: real minutes' text, as a clerk's documents have."""
    meeting_id = exchange.import_file(file_store, example_path)
    revision, digest = file_store.finalise(meeting_id)
    return file_store, meeting_id, revision, digest


def minutes(store, meeting_id, path):
    path.write_bytes(build("minutes", store.get_meeting(meeting_id), store.all_settings()))
    return path


def change_statement(source, target, old: str, new: str) -> None:
    doc = docx.Document(str(source))
    paragraph = next(p for p in doc.paragraphs if old in p.text)
    for run in paragraph.runs:
        run.text = run.text.replace(old, new)
    doc.save(str(target))


def test_an_untouched_export_matches_and_an_altered_one_differs(final, tmp_path):
    store, meeting_id, revision, _ = final
    exchange.export_file(store, meeting_id, tmp_path / "m.json")
    outcome = verify_file(store, tmp_path / "m.json")
    assert (outcome.verdict, outcome.meeting_id, outcome.revision) == (
        "matches", meeting_id, revision,
    )  # fmt: skip
    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    data["meeting"]["statements"][2]["text"] = "Teks yang diubah sesudahnya."
    (tmp_path / "m.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    outcome = verify_file(store, tmp_path / "m.json")
    assert outcome.line() == (
        f"differs\tstatements[3] differs from revision {revision} of meeting {meeting_id}"
    )


def test_a_final_documents_footer_and_qr_carry_the_revision_and_code(final, tmp_path):
    store, meeting_id, revision, digest = final
    doc = docx.Document(str(minutes(store, meeting_id, tmp_path / "n.docx")))
    footer = "\n".join(p.text for p in doc.sections[0].footer.paragraphs)
    assert f"Revisi {revision} · kode {fingerprint.code(digest)}" in footer
    assert len(doc.inline_shapes) >= 1  # the QR code
    store.reopen(meeting_id, "ralat")
    draft = docx.Document(io.BytesIO(build("minutes", store.get_meeting(meeting_id), {})))
    assert "kode" not in "\n".join(p.text for p in draft.sections[0].footer.paragraphs)


def test_a_docx_matches_unless_a_statement_changed(sample, tmp_path):
    store, meeting_id, revision, _ = sample
    path = minutes(store, meeting_id, tmp_path / "n.docx")
    assert verify_file(store, path).verdict == "matches"
    # saved again by another program: other bytes, same text
    doc = docx.Document(str(path))
    doc.core_properties.author = "Sekretariat"
    doc.save(str(tmp_path / "saved.docx"))
    assert (tmp_path / "saved.docx").read_bytes() != path.read_bytes()
    assert verify_file(store, tmp_path / "saved.docx").verdict == "matches"
    text = store.get_meeting(meeting_id).statements[3].text.split()[0:3]
    change_statement(path, tmp_path / "changed.docx", " ".join(text), "Tidak pernah dikatakan")
    outcome = verify_file(store, tmp_path / "changed.docx")
    assert outcome.line() == (
        f"differs\tstatements[4] differs from revision {revision} of meeting {meeting_id}"
    )


def test_an_earlier_revision_still_verifies_after_reopening(final, tmp_path):
    store, meeting_id, revision, _ = final
    path = minutes(store, meeting_id, tmp_path / "rev1.docx")
    store.reopen(meeting_id, "ralat")
    store.update_meeting(meeting_id, {"title": "Judul revisi dua"})
    store.finalise(meeting_id)
    outcome = verify_file(store, path)
    assert (outcome.verdict, outcome.revision) == ("matches", revision)


def test_unknown_codes_and_drafts(file_store, final, tmp_path):
    store, meeting_id, _, _ = final
    draft_id = store.create_meeting(full_meeting().__class__(title="Draf", date="2024-01-01"))
    draft = minutes(store, draft_id, tmp_path / "draft.docx")
    assert verify_file(store, draft).line() == (
        "unknown\tthe document carries no Notula code (not a final revision)"
    )
    other = tmp_path / "other.db"
    from core.store import MeetingStore

    empty = MeetingStore.open(other)
    assert verify_file(empty, minutes(store, meeting_id, tmp_path / "n.docx")).verdict == "unknown"
    empty.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_or_folder_is_refused_without_waiting(final, tmp_path):
    store = final[0]
    os.mkfifo(tmp_path / "pipe.docx")
    with pytest.raises(InputError, match="not a regular file"):
        verify_file(store, tmp_path / "pipe.docx")
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        verify_file(store, tmp_path / "folder.pdf")
    with pytest.raises(InputError, match=r"\.docx, \.pdf or \.json"):
        verify_file(store, tmp_path / "notes.txt")


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice converts the PDF")
def test_a_pdf_matches_by_its_text(sample, tmp_path):
    store, meeting_id, revision, _ = sample
    path = minutes(store, meeting_id, tmp_path / "n.docx")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        timeout=180,
        check=True,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    outcome = verify_file(store, tmp_path / "n.pdf")
    assert (outcome.verdict, outcome.revision) == ("matches", revision)


def test_command_line_verify_prints_the_verdict_and_exits(final, tmp_path, capsys):
    store, meeting_id, revision, _ = final
    exchange.export_file(store, meeting_id, tmp_path / "m.json")
    db = store.conn.execute("PRAGMA database_list").fetchone()[2]
    capsys.readouterr()
    assert cli.main(["--db", db, "verify", str(tmp_path / "m.json")]) == 0
    title = " ".join(store.get_meeting(meeting_id).title.split())
    assert capsys.readouterr().out == f"matches\t{meeting_id}\t{revision}\t{title}\n"
    draft = tmp_path / "d.json"
    data = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    del data["meeting"]["fingerprint"]
    draft.write_text(json.dumps(data), encoding="utf-8")
    assert cli.main(["--db", db, "verify", str(draft)]) == 1
    assert capsys.readouterr().out.startswith("unknown\t")
