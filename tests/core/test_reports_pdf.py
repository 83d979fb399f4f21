"""PDF through LibreOffice, checked with pdftotext (CI installs both)."""

from __future__ import annotations

import shutil
import subprocess
import threading

import pytest

from core.reports import pdf
from core.reports.render import build, render_documents
from core.settings import DEFAULTS
from tests.core.reports_helpers import example_meeting, hostile_meeting, with_office

needs_office = pytest.mark.skipif(
    pdf.find_office() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (libreoffice-writer-nogui) or pdftotext (poppler-utils) is not installed",
)


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


@needs_office
def test_all_three_documents_convert_and_read_back(tmp_path, example_path):
    meeting = example_meeting(example_path)
    targets = {k: tmp_path / f"{k}.docx" for k in ("minutes", "attendance", "press")}
    result = render_documents(meeting, dict(DEFAULTS), targets, pdf=True)
    assert result.pdf_problem is None
    assert result.pdfs == [p.with_suffix(".pdf") for p in targets.values()]
    minutes = " ".join(pdf_text(tmp_path / "minutes.pdf").split())
    for text in (
        "NOTULA", "Senin, 12 Juni 2023", "13.30 s.d. 15.45 WIB", "Muntok, 12 Juni 2023",
        "NIP. 19720315 199803 1 004", "Rp85.000 per kilogram",
    ):  # fmt: skip
        assert text in minutes
    page_one, page_two = pdf_text(tmp_path / "minutes.pdf").split("\f")[:2]
    assert "Halaman" not in minutes and "- 1 -" not in page_one
    assert page_two.replace(" ", "").startswith("-2-")  # the first line (pdftotext drops spaces)
    attendance = " ".join(pdf_text(tmp_path / "attendance.pdf").split())
    assert "DAFTAR HADIR" in attendance and "Mewakili" in attendance
    assert "5. ...." in attendance
    press = " ".join(pdf_text(tmp_path / "press.pdf").split())
    assert "MUNTOK – Asisten Perekonomian" in press and "ujar Yuliana." in press
    assert not list(tmp_path.glob(".*.tmp"))


@needs_office
def test_halaman_x_dari_y_when_the_office_chooses_it(tmp_path, example_path):
    doc = tmp_path / "m.docx"
    settings = {**DEFAULTS, **with_office(page_numbers="x_of_y")}
    doc.write_bytes(build("minutes", example_meeting(example_path), settings))
    (out,) = pdf.convert([doc])
    pages = pdf_text(out).split("\f")[:2]
    assert [p.strip().splitlines()[-1].strip() for p in pages] == [
        "Halaman 1 dari 2",
        "Halaman 2 dari 2",
    ]
    assert not pages[1].replace(" ", "").startswith("-2-")


@needs_office
def test_the_pdf_is_pdf_a_2b_with_its_fonts_embedded(tmp_path, example_path):
    targets = {"minutes": tmp_path / "m.docx", "attendance": tmp_path / "a.docx"}
    result = render_documents(example_meeting(example_path), dict(DEFAULTS), targets, pdf=True)
    for out in result.pdfs:
        data = out.read_bytes()
        assert b"<pdfaid:part>2</pdfaid:part>" in data  # the XMP identification
        assert b"<pdfaid:conformance>B</pdfaid:conformance>" in data
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows)  # emb


@needs_office
def test_two_signatures_stay_level_when_one_jabatan_wraps(tmp_path, example_path):
    meeting = example_meeting(example_path)
    meeting.chair.position = "Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten"
    doc = tmp_path / "m.docx"
    office = with_office(minutes={"signatories": "note_taker_and_chair"})
    doc.write_bytes(build("minutes", meeting, {**DEFAULTS, **office}))
    (out,) = pdf.convert([doc])
    lines = pdf_text(out).splitlines()
    assert any("Dewi Lestari, A.Md." in x and "Ir. Hendra Saputra, M.T." in x for x in lines)
    assert any("NIP. 19950817 201903 2 011" in x and "NIP. 19720315 199803 1 004" in x
               for x in lines)  # fmt: skip


@needs_office
def test_a_city_fits_the_keterangan_column(tmp_path, example_path):
    meeting = example_meeting(example_path)
    for a in meeting.attendees:
        a.represents = "Pangkalpinang"
    doc = tmp_path / "a.docx"
    doc.write_bytes(build("attendance", meeting, {**DEFAULTS, **with_office()}))
    (out,) = pdf.convert([doc])
    words = pdf_text(out).split()
    assert words.count("Pangkalpinang") == 5  # on one line each, not "Pangkalpina/ng"


@needs_office
def test_hostile_text_survives_the_round_trip_to_pdf(tmp_path):
    doc = tmp_path / "hostile.docx"
    doc.write_bytes(build("minutes", hostile_meeting(), {**DEFAULTS, **with_office(paper="F4")}))
    (out,) = pdf.convert([doc])
    text = pdf_text(out)
    assert "Rapat <Uji> & “Teks”" in text
    assert 'Usulan <b>"anggaran"</b> & biaya > 5 %' in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(x) for x in size.split(":")[1].split("pts")[0].split(" x "))
    assert abs(width - 215 / 25.4 * 72) < 2 and abs(height - 330 / 25.4 * 72) < 2  # F4


@needs_office
def test_cancel_stops_libreoffice(tmp_path, example_path, monkeypatch):
    doc = tmp_path / "m.docx"
    doc.write_bytes(build("minutes", example_meeting(example_path), dict(DEFAULTS)))
    cancel = threading.Event()
    started: list[subprocess.Popen] = []
    real_popen = subprocess.Popen

    def popen_then_cancel(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        proc = real_popen(*args, **kwargs)
        started.append(proc)
        cancel.set()  # the clerk presses Cancel while LibreOffice runs
        return proc

    monkeypatch.setattr(pdf.subprocess, "Popen", popen_then_cancel)
    with pytest.raises(pdf.ConversionCancelled):
        pdf.convert([doc] * 1, cancel=cancel)
    assert started and started[0].poll() is not None  # soffice was ended, not left running
    assert not doc.with_suffix(".pdf").exists()


def test_missing_libreoffice_names_the_package(tmp_path, monkeypatch):
    monkeypatch.setenv("NOTULA_SOFFICE", str(tmp_path / "no-soffice"))
    assert pdf.find_office() is None
    with pytest.raises(
        pdf.OfficeMissingError, match="sudo apt-get install libreoffice-writer-nogui"
    ):
        pdf.convert([tmp_path / "x.docx"])
