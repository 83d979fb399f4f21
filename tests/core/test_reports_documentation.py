"""Dokumentasi: the meeting's pictures printed after the minutes, two a page, caption below."""

from __future__ import annotations

import io
import zipfile

from core import model
from core.reports.content import minutes_content
from core.reports.documentation import picture_size_cm
from core.reports.minutes import write_minutes
from tests.core.pictures import jpeg, png


def document_xml(meeting: model.Meeting) -> tuple[str, list[str]]:
    data = write_minutes(minutes_content(meeting, {}), {})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = sorted(n for n in z.namelist() if n.startswith("word/media/"))
        return z.read("word/document.xml").decode(), media


def picture(data: bytes, caption: str | None, kind: str = "image/png") -> model.Attachment:
    return model.Attachment(ref=None, media_type=kind, data=data, caption=caption)


def test_pictures_follow_the_minutes_two_a_page_with_their_captions():
    meeting = model.Meeting(title="Rakor Inflasi", date="2024-03-01")
    meeting.attachments = [
        picture(png(1600, 900), "Peserta rapat melalui Zoom Meeting"),
        picture(jpeg(300, 400), None, "image/jpeg"),
        picture(png(40, 30), "Penandatanganan berita acara"),
    ]
    xml, media = document_xml(meeting)
    assert media == ["word/media/image1.png", "word/media/image2.jpg", "word/media/image3.png"]
    assert xml.count("<pic:pic") == 3
    heading = xml.index(">DOKUMENTASI<")
    assert xml.index("Peserta rapat melalui Zoom Meeting") > heading
    assert "Dokumentasi 2" in xml  # a picture without a caption is numbered
    assert xml.index("Dokumentasi 2") < xml.index("Penandatanganan berita acara")
    assert "<w:pageBreakBefore/>" in xml[heading - 600 : heading]  # a page of its own
    assert xml.count('w:type="page"') == 1  # the third picture starts the next page


def test_no_pictures_no_appendix_and_a_broken_one_is_left_out():
    meeting = model.Meeting(title="Rakor", date="2024-03-01")
    assert "DOKUMENTASI" not in document_xml(meeting)[0]
    meeting.attachments = [picture(b"%PDF-1.4 not a picture", "Salah"), picture(png(), "Benar")]
    xml, media = document_xml(meeting)
    assert (xml.count("<pic:pic"), "Salah" in xml, "Benar" in xml) == (1, False, True)


def test_picture_sizes_keep_proportions_within_the_box_and_never_grow():
    assert picture_size_cm(1600, 900, 16.0, 10.0) == (16.0, 9.0)
    assert picture_size_cm(900, 1600, 16.0, 10.0) == (5.625, 10.0)
    assert picture_size_cm(96, 48, 16.0, 10.0) == (2.54, 1.27)  # 96 dpi, not blown up
