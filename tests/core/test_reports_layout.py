"""Where things fall on the printed page, read back from LibreOffice's PDF.

A sweep of meeting lengths puts the end of the minutes at every height of a
page, on A4 and on F4; each page's text (pdftotext) shows whether the
signatures stand alone or a speaker's label is left at the foot of a page.
All the documents of a sweep go to LibreOffice in one call.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from core import model
from core.reports import pdf
from core.reports.render import build
from core.settings import DEFAULTS
from tests.core.reports_helpers import with_office

needs_office = pytest.mark.skipif(
    pdf.find_office() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (libreoffice-writer-nogui) or pdftotext (poppler-utils) is not installed",
)
LENGTHS = range(37)
ACKNOWLEDGER = {"label": "Mengetahui", "name": "Drs. Bambang Wijaya, M.Si.",
                "position": "Sekretaris Daerah", "nip": "196805121993031007"}  # fmt: skip
#: the paper and the office's signatories: the chair alone (default), or a taller block
CONFIGS = {
    "A4": with_office(paper="A4"),
    "F4": with_office(paper="F4"),
    "A4, Notulis and Pimpinan, Mengetahui": with_office(
        paper="A4", minutes={"signatories": "note_taker_and_chair"}, acknowledger=ACKNOWLEDGER
    ),
    "F4, no closing: the follow-ups last": with_office(paper="F4"),
}
ACTION = "Mengirim laporan harga harian ke Sekretariat Daerah"
CLOSING = "Rapat ditutup pukul 11.05 WIB dengan ucapan terima kasih kepada semua peserta."
SENTENCE = "Harga beras medium di pasar induk relatif stabil dibanding pekan lalu. "


def lengths(config: str) -> range:
    """Every length for the usual block; every other one for the tall block (22 lines,
    where a step of about 7 lines still lands it at every part of a page)."""
    return LENGTHS if config in ("A4", "F4") else LENGTHS[::2]


def sweep_meeting(length: int, closing: bool = True) -> model.Meeting:
    """More statements (of uneven length) and a few decisions as ``length`` grows."""
    m = model.Meeting(
        title="Rapat Koordinasi Pengendalian Inflasi Daerah", date="2022-03-01",
        start_time="09:00", end_time="11:05", timezone="WIB", mode="in_person",
        location="Ruang Rapat Sekda", closing=CLOSING if closing else None,
        opening="Rapat dibuka oleh Sekda.",
    )  # fmt: skip
    m.attendees = [
        model.Attendee(name="Ir. Hendra Saputra, M.T.", position="Asisten Perekonomian",
                       nip="197203151998031004", rank="Pembina Utama Muda (IV/c)", id=1,
                       role="chair"),
        model.Attendee(name="Dewi Lestari, A.Md.", position="Pengadministrasi Umum", id=2,
                       nip="199508172019032011", role="note_taker"),
        *(model.Attendee(name=f"Peserta Nomor {i}", position=f"Kepala Bidang {i}",
                         organization="Dinas Perdagangan", id=i) for i in range(3, 9)),
    ]  # fmt: skip
    m.chair_id, m.note_taker_id = 1, 2
    m.statements = [
        model.Statement(SENTENCE * (1 + (i * 7) % 5), speaker_id=3 + i % 6)
        for i in range(3 + length)
    ]
    m.decisions = [model.Decision(f"Keputusan nomor {n}.") for n in range(1 + length % 3)]
    if not closing:
        m.actions = [model.Action(ACTION, owner="Dinas Perdagangan", due="2022-03-08")] * 2
    return m


PAGE_NUMBER = re.compile(r"^\s*-\s*\d+\s*-?")  # "- 2 -" at the top (pdftotext may join it)


def pages_of(path) -> list[list[str]]:
    """Each page's lines of text, without the page number at its top."""
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    pages = [PAGE_NUMBER.sub("", page) for page in out.stdout.decode("utf-8").split("\f")]
    return [
        [line.strip() for line in page.splitlines() if line.strip()]
        for page in pages
        if page.strip()
    ]


def is_label(line: str) -> bool:
    """A speaker's label: ``Name (Jabatan, Instansi):`` or, after the first, ``Name:``."""
    return line.endswith(":") and (line.startswith("Peserta Nomor") or line.endswith("):"))


@pytest.fixture(scope="module")
def sweep(tmp_path_factory):
    """{(config, length): pages} for every length and config, in one LibreOffice run."""
    folder = tmp_path_factory.mktemp("sweep")
    docs = {}
    for n, (config, office) in enumerate(CONFIGS.items()):
        settings = {**DEFAULTS, **office}
        for length in lengths(config):
            path = folder / f"{n}-{length:02d}.docx"
            meeting = sweep_meeting(length, closing="no closing" not in config)
            path.write_bytes(build("minutes", meeting, settings))
            docs[config, length] = path
    pdfs = pdf.convert(list(docs.values()))
    return {key: pages_of(out) for key, out in zip(docs, pdfs, strict=True)}


@needs_office
@pytest.mark.parametrize("paper", list(CONFIGS))
def test_the_signatures_never_stand_alone_on_a_page(sweep, paper):
    page_counts = set()
    for length in lengths(paper):
        pages = sweep[paper, length]
        page_counts.add(len(pages))
        last = pages[-1]
        where = f"{paper}, length {length}: last page {last}"
        assert "Pimpinan Rapat," in last and "NIP. 19720315 199803 1 004" in last, where
        if "no closing" in paper:  # the follow-ups table travels with them
            assert "TINDAK LANJUT" in " ".join(last) and ACTION in " ".join(last), where
        else:
            assert CLOSING in " ".join(last), where  # the closing travels with the signatures
        assert "Pimpinan Rapat," not in " ".join(" ".join(p) for p in pages[:-1]), where
        if "Mengetahui" in paper:
            assert "NIP. 19680512 199303 1 007" in last and "Notulis," in last, where
    assert len(page_counts) >= 3  # the sweep crossed page ends


@needs_office
@pytest.mark.parametrize("paper", list(CONFIGS))
def test_a_speakers_label_never_ends_a_page(sweep, paper):
    near_foot = 0  # pages where a label came close to the foot: the case is exercised
    for length in lengths(paper):
        for n, page in enumerate(sweep[paper, length][:-1], start=1):
            assert not is_label(page[-1]), f"{paper}, length {length}, page {n}: {page[-3:]}"
            near_foot += any(is_label(line) for line in page[-4:])
    assert near_foot >= 3
