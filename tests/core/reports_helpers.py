"""Shared pieces for the report tests: meetings to render and ways to read .docx back."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path
from typing import Any

from core import exchange, model

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# Everything a clerk might type or paste: markup characters, quotes, emoji, Arabic,
# tabs, line breaks, Word's vertical tab and every other C0 control character.
HOSTILE = (
    'Usulan <b>"anggaran"</b> & biaya > 5 % — “kutipan” ‘tunggal’ 😀👍🏽 '
    "بسم الله الرحمن الرحيم\tkolom\x0bbaris Word"
)
CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x0b\x0c\x1c\x1d\x1e")


def example_meeting(path: Path) -> model.Meeting:
    return exchange.meeting_from_dict(exchange.load_file(path))


def hostile_meeting() -> model.Meeting:
    m = model.Meeting(
        title="Rapat <Uji> & “Teks” 😀",
        date="2022-03-01",
        number="001/<x>/2022",
        start_time="09:00",
        end_time=None,
        timezone="WIB",
        mode="online",
        location="Zoom Meeting & <ruang>",
        city=None,
        opening="Pembukaan\x00 dengan\x07 bel.\nParagraf kedua\tber-tab.",
        closing="Selesai\x0bbaris baru.",
    )
    m.agenda = [model.AgendaItem("Agenda <satu> & “dua”", id=1)]
    m.attendees = [
        model.Attendee(
            name="Radmida Dawam, S.H. <Ketua>", position="Ketua & Wakil", nip="198704122010012003",
            rank="Penata (III/c)", id=1, role="chair",
        ),
        model.Attendee(name="عبد الله", position="Tamu 😀", id=2, represents="Kepala <Dinas>"),
        model.Attendee(name="Tidak Datang", position="Staf", id=3, present=False),
    ]  # fmt: skip
    m.chair_id, m.note_taker_id = 1, 2
    m.statements = [
        model.Statement(HOSTILE, speaker_id=1, agenda_id=1),
        model.Statement("Ringkasan\nparagraf dua\n\nparagraf tiga" + CONTROLS, speaker_id=2,
                        agenda_id=1, kind="summary"),
        model.Statement("Tanpa agenda: tab\tdan\u2028pemisah baris.", speaker_id=1),
    ]  # fmt: skip
    m.decisions = [model.Decision("Keputusan <1> & “sah”", agenda_id=1)]
    m.actions = [model.Action("Kirim laporan\x01 & data", owner="Dinas <A>", due="2022-03-08")]
    return m


def big_meeting(attendees: int, statements: int) -> model.Meeting:
    m = model.Meeting(title="Rapat Besar", date="2023-06-12", start_time="09:00", mode="in_person")
    m.attendees = [
        model.Attendee(name=f"Peserta {i}", position=f"Jabatan {i}", id=i)
        for i in range(1, attendees + 1)
    ]
    m.statements = [
        model.Statement(f"Pernyataan nomor {i}.", speaker_id=1 + i % attendees)
        for i in range(statements)
    ]
    return m


def tiny_png(width: int = 4, height: int = 4) -> bytes:
    """A valid red PNG, made without an imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def tiny_png_base64() -> str:
    return base64.b64encode(tiny_png()).decode("ascii")


#: the office of the examples (a test's own; Notula has no built-in office)
OFFICE = {
    "government": "PEMERINTAH KOTA PANGKALPINANG",
    "unit": "SEKRETARIAT DAERAH",
    "city": "Pangkalpinang",
}


def with_office(**office: Any) -> dict[str, Any]:
    """Settings holding an office profile: the example office with ``office``'s changes."""
    document = {"format": "notula.office", "version": 1, "office": {**OFFICE, **office}}
    return {"office_profile": document}


#: an 8 × 8 blue JPEG (made once with Qt; the core tests run without it)
TINY_JPEG_BASE64 = (
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRT"
    "c4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAIAAgDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAw"
    "QFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkK"
    "FhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmq"
    "KjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEB"
    "AQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRob"
    "HBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE"
    "hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+P"
    "n6/9oADAMBAAIRAxEAPwDJooor1jzT/9k="
)


def open_docx(data: bytes | Path) -> Any:
    import io

    import docx

    return docx.Document(io.BytesIO(data) if isinstance(data, bytes) else str(data))


def body_paragraphs(doc: Any) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph in the body, tables included, in order."""
    from types import SimpleNamespace

    from docx.text.paragraph import Paragraph

    owner = SimpleNamespace(part=doc.part)
    out = []
    for p in doc.element.body.iter(f"{W}p"):
        para = Paragraph(p, owner)
        out.append((para.style.name if para.style is not None else "", para.text))
    return out


def texts(doc: Any) -> list[str]:
    return [t for _, t in body_paragraphs(doc)]


def expected(text: str) -> str:
    """What a document prints for ``text``: breaks as \\n, the unprintable dropped."""
    from core.reports.text import clean

    return clean(text)
