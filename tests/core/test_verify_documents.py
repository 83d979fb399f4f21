"""verify against the documents as a clerk has them (review F8, F9, F10): every
page carries the code, PDFs name the changed part, and the office's kop is
not the meeting's content."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest

from core import exchange, fingerprint, office
from core.reports.render import KINDS, build
from core.verify import verify_file

OFFICE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "office_bangka_barat.json"
needs_pdf = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext")),
    reason="LibreOffice makes the PDF, pdftotext reads it",
)


@pytest.fixture
def signed(file_store, example_path):
    """The sample rakor with the sample office's kop, final."""
    file_store.set_office_document(office.load_file(OFFICE))
    meeting_id = exchange.import_file(file_store, example_path)
    revision, digest = file_store.finalise(meeting_id)
    return file_store, meeting_id, revision, digest


def write(store, meeting_id, kind: str, path: Path) -> Path:
    path.write_bytes(build(kind, store.get_meeting(meeting_id), store.all_settings()))
    return path


def to_pdf(paths: list[Path], folder: Path) -> list[Path]:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
        + [str(p) for p in paths],
        capture_output=True,
        timeout=300,
        check=True,
        env={**os.environ, "HOME": str(folder)},
    )
    return [folder / f"{p.stem}.pdf" for p in paths]


def test_every_document_prints_the_code_on_its_first_page_too(signed, tmp_path):
    """Page 1 has a footer of its own (no page number there): it carries the line too."""
    store, meeting_id, revision, digest = signed
    line = f"Revisi {revision} · kode {fingerprint.code(digest)}"
    for kind in KINDS:
        section = docx.Document(str(write(store, meeting_id, kind, tmp_path / f"{kind}.docx")))
        section = section.sections[0]
        assert section.different_first_page_header_footer, kind  # page 1: its own footer
        first = [p.text for p in section.first_page_footer.paragraphs if p.text.strip()]
        later = [p.text for p in section.footer.paragraphs if p.text.strip()]
        assert (first, later) == ([line], [line]), kind
        assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()


@needs_pdf
def test_one_page_documents_and_their_pdfs_verify(signed, tmp_path):
    store, meeting_id, revision, digest = signed
    docs = [write(store, meeting_id, kind, tmp_path / f"{kind}.docx") for kind in KINDS]
    for pdf in to_pdf(docs, tmp_path):
        first_page = subprocess.run(
            ["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, check=True, text=True
        ).stdout
        assert f"kode {fingerprint.code(digest)}" in first_page, pdf.name
        outcome = verify_file(store, pdf)
        assert (outcome.verdict, outcome.revision) == ("matches", revision), outcome.line()
