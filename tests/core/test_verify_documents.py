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

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "sample"
OFFICE = SAMPLES / "office_bangka_barat.json"
needs_pdf = pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdftotext")),
    reason="LibreOffice makes the PDF, pdftotext reads it",
)


@pytest.fixture
def signed(file_store):
    """The sample rakor (it names its signatories) with the sample office's kop, final."""
    file_store.set_office_document(office.load_file(OFFICE))
    meeting_id = exchange.import_file(file_store, SAMPLES / "rakor_inflasi_2023.v2.json")
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


def test_the_offices_kop_is_not_the_meetings_content(signed, tmp_path):
    """A new telephone number in the kop, or an archive without the office's
    profile, leaves an untouched notula and daftar hadir matching (review F10)."""
    store, meeting_id, revision, _ = signed
    docs = [write(store, meeting_id, k, tmp_path / f"{k}.docx") for k in ("minutes", "attendance")]
    exchange.export_file(store, meeting_id, tmp_path / "m.json")
    profile = office.load_file(OFFICE)
    profile["office"]["contact"] = "Telepon (0716) 999999, Pos-el setda@contoh.go.id"
    profile["office"]["address"] = "Jalan Baru Nomor 9, Muntok 33312"
    store.set_office_document(profile)
    from core.store import MeetingStore

    elsewhere = MeetingStore.open(tmp_path / "lain.db")  # the same final meeting, no profile
    exchange.import_file(elsewhere, tmp_path / "m.json")
    for archive in (store, elsewhere):
        for path in docs:
            outcome = verify_file(archive, path)
            assert (outcome.verdict, outcome.revision) == ("matches", revision), outcome.line()
    changed = tmp_path / "changed.docx"
    first = store.get_meeting(meeting_id).statements[0].text.split()[:3]
    alter(docs[0], changed, " ".join(first), "Tidak pernah dikatakan")
    assert verify_file(elsewhere, changed).line().startswith("differs\tstatements[1] ")
    elsewhere.close()


def alter(source: Path, target: Path, old: str, new: str) -> None:
    """Replace ``old`` in the first run of the body or a table cell that holds it."""
    doc = docx.Document(str(source))
    cells = (p for t in doc.tables for r in t.rows for c in r.cells for p in c.paragraphs)
    for paragraph in (*doc.paragraphs, *cells):
        for run in paragraph.runs:
            if old in run.text:
                run.text = run.text.replace(old, new, 1)
                doc.save(str(target))
                return
    raise AssertionError(f"{old!r} not in {source.name}")


@needs_pdf
def test_an_altered_pdf_names_the_part_that_changed(signed, tmp_path):
    """The PDF's text comes in another order than the document's; the part
    named is still the one changed, as for the .docx (review F9)."""
    store, meeting_id, revision, _ = signed
    meeting = store.get_meeting(meeting_id)
    minutes = write(store, meeting_id, "minutes", tmp_path / "minutes.docx")
    attendance = write(store, meeting_id, "attendance", tmp_path / "attendance.docx")
    statement = " ".join(meeting.statements[1].text.split()[1:4])
    agenda = meeting.agenda[1].title.split()[0]
    name = meeting.attendees[2].name.split(",")[0]
    cases = {
        "statement": (minutes, statement, "sama sekali lain", "statements[2]"),
        "agenda": (minutes, agenda, f"{agenda} besar", "agenda[2]"),
        "attendee": (attendance, name, "Nama Palsu", "attendees[3]"),
    }
    for label, (source, old, new, _part) in cases.items():
        alter(source, tmp_path / f"{label}.docx", old, new)
    pdfs = to_pdf([tmp_path / f"{label}.docx" for label in cases], tmp_path / "pdf")
    for (label, (*_, part)), pdf in zip(cases.items(), pdfs, strict=True):
        for path in (tmp_path / f"{label}.docx", pdf):
            expected = f"differs\t{part} differs from revision {revision} of meeting {meeting_id}"
            assert verify_file(store, path).line() == expected, path.name


@needs_pdf
def test_a_pdf_with_a_changed_number_differs(signed, tmp_path):
    """A date, a time or a quantity changed in a PDF is a changed document:
    only the numbers a page's layout adds (list numbers, page numbers) are
    left out of a PDF's comparison (second review)."""
    store, meeting_id, *_ = signed
    minutes = write(store, meeting_id, "minutes", tmp_path / "minutes.docx")
    attendance = write(store, meeting_id, "attendance", tmp_path / "attendance.docx")
    cases = {
        "quantity": (minutes, "1.000 polybag", "9.000 polybag"),
        "day": (minutes, "12 Juni 2023", "13 Juni 2023"),
        "time": (attendance, "13.30", "14.30"),
    }
    for label, (source, old, new) in cases.items():
        alter(source, tmp_path / f"{label}.docx", old, new)
    pdfs = to_pdf([tmp_path / f"{label}.docx" for label in cases], tmp_path / "pdf")
    (untouched,) = to_pdf([minutes], tmp_path / "asli")
    assert verify_file(store, untouched).verdict == "matches"
    for label, pdf in zip(cases, pdfs, strict=True):
        assert verify_file(store, pdf).verdict == "differs", label
