"""What a picture file really is, read from its first bytes: PNG or JPEG, and
its size in pixels.

Attachments arrive as base64 text in an exchange file; a file renamed to
``.png``, a PDF, or a "picture" 100,000 pixels wide must be refused before it
is stored, not when a report tries to print it. Only the header is read (the
PNG IHDR chunk, the JPEG SOFn segment), so a 20 MB photo costs microseconds
and no imaging library is needed.
"""

from __future__ import annotations

import struct
from typing import NamedTuple

from core.i18n import _

MAX_PICTURE_BYTES = 20 * 2**20
MAX_SIDE_PX = 12_000
KIND_WORDS = {"image/png": "PNG", "image/jpeg": "JPEG"}
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
#: JPEG start-of-frame markers (SOF0–SOF15 but DHT C4, JPG C8 and DAC CC), which carry the size
SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
#: markers that stand alone, without a length (TEM, RST0–7, SOI, EOI)
STANDALONE = frozenset({0x01, *range(0xD0, 0xDA)})


class ImageInfo(NamedTuple):
    media_type: str
    width: int
    height: int


class NotAnImage(ValueError):
    """The bytes are not a PNG or JPEG whose size can be read; the message says why."""


def media_type_of(data: bytes) -> str | None:
    """``image/png`` or ``image/jpeg`` by the file's magic bytes, else None."""
    if data.startswith(PNG_MAGIC):
        return "image/png"
    if data.startswith(JPEG_MAGIC):
        return "image/jpeg"
    return None


def image_info(data: bytes) -> ImageInfo:
    """The kind and pixel size of a PNG or JPEG; raises :class:`NotAnImage`."""
    kind = media_type_of(data)
    if kind == "image/png":
        width, height = _png_size(data)
    elif kind == "image/jpeg":
        width, height = _jpeg_size(data)
    else:
        raise NotAnImage(_("not a PNG or JPEG file"))
    if width == 0 or height == 0:
        raise NotAnImage(_("the picture has no pixels"))
    return ImageInfo(kind, width, height)


def _png_size(data: bytes) -> tuple[int, int]:
    # signature (8), then the first chunk: length (4), type (4) "IHDR", width, height
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise NotAnImage(_("a damaged PNG file (no IHDR header)"))
    return struct.unpack(">II", data[16:24])


def _jpeg_size(data: bytes) -> tuple[int, int]:
    """Walk the segments after SOI to the first SOFn, whose body is precision (1),
    height (2), width (2)."""
    pos = 2
    end = len(data)
    while pos < end:
        if data[pos] != 0xFF:
            raise NotAnImage(_("a damaged JPEG file (no marker where one should be)"))
        while pos < end and data[pos] == 0xFF:  # fill bytes before a marker
            pos += 1
        if pos >= end:
            break
        marker = data[pos]
        pos += 1
        if marker in STANDALONE:
            if marker == 0xD9:  # EOI before any frame
                break
            continue
        if marker == 0xDA:  # start of scan before any frame header
            break
        if pos + 2 > end:
            break
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2:
            raise NotAnImage(_("a damaged JPEG file (a segment shorter than its header)"))
        if marker in SOF_MARKERS:
            if pos + 7 > end:
                break
            height, width = struct.unpack(">HH", data[pos + 3 : pos + 7])
            return width, height
        pos += length
    raise NotAnImage(_("a damaged JPEG file (no frame header with its size)"))


def picture_problem(data: bytes, media_type: str) -> tuple[str, str] | None:
    """What is wrong with a picture said to be ``media_type``, as (the field at
    fault, "data" or "media_type"; a sentence), or None when it may be stored:
    at most 20 MB, really PNG or JPEG as said, at most 12,000 pixels a side
    (a report could not print more, and a crafted header must not make it try)."""
    if len(data) > MAX_PICTURE_BYTES:
        return "data", _("the picture is larger than {limit} MB").format(
            limit=MAX_PICTURE_BYTES // 2**20
        )
    actual = media_type_of(data)
    if actual is None:
        return "data", _("not a PNG or JPEG picture")
    if actual != media_type:
        return "media_type", _("a {actual} picture, not {declared}").format(
            actual=KIND_WORDS[actual], declared=media_type
        )
    try:
        info = image_info(data)
    except NotAnImage as exc:
        return "data", str(exc)
    if info.width > MAX_SIDE_PX or info.height > MAX_SIDE_PX:
        return "data", _("{width} × {height} pixels; at most {limit} pixels a side").format(
            width=info.width, height=info.height, limit=f"{MAX_SIDE_PX:,}"
        )
    return None
