"""Checking a Word package before it is read and after it is written.

A template is the office's own file (settings ``base_template``), so it is
input like any other: a zip bomb (one 4 GB part packed into a few kilobytes,
or a huge picture) took 4–6 GB of memory, and an XML entity declaration
either expanded in memory or was carried into the document as an entity
reference no reader resolves — Word then refused the file Notula had
reported as written. So, before python-docx sees a template, its size, its
parts' unpacked sizes and every XML part are checked, and an XML part with a
DTD is refused. The document made is checked the same way before it is put
in place: a defect that slips past the template check is still refused
rather than reported as success.

The sizes in a zip's directory can be trusted as upper bounds: Python's
zipfile stops at the declared size and a part that claims less than it holds
fails its CRC check.
"""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

from core.errors import InputError
from core.i18n import _
from core.problems import problem

MB = 2**20
MAX_FILE_BYTES = 50 * MB  # a template with a few logos and pictures is under 5 MB
MAX_TOTAL_BYTES = 200 * MB  # unpacked, every part together
MAX_PART_BYTES = 50 * MB  # unpacked, one part (XML or picture)
MAX_PARTS = 5_000


def _parser():  # noqa: ANN202 - lxml's parser type
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def read_template(path: Path) -> bytes:
    """The bytes of an office template, checked (see the module docstring)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_("{path}: the template is not a file").format(path=path))
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(
                _("{path}: the template is larger than {limit} MB").format(
                    path=path, limit=MAX_FILE_BYTES // MB
                )
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(
            _("the document template cannot be opened: {path} ({reason})").format(
                path=path, reason=problem(exc)
            )
        ) from None
    check_package(data, str(path))
    return data


def check_package(data: bytes, name: str) -> None:
    """Refuse a package that is no zip, unpacks too large, or has an XML part
    that is not well-formed or declares a DTD; ``name`` starts each sentence."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            _check_sizes(infos, name)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_xml(package.read(info), info.filename, name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as exc:
        raise InputError(
            _("{name}: not a Word document ({problem})").format(name=name, problem=problem(exc))
        ) from None


def _check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_PARTS:
        raise InputError(
            _("{name}: {count} parts in one document; at most {limit}").format(
                name=name, count=len(infos), limit=f"{MAX_PARTS:,}"
            )
        )
    for info in infos:
        if info.file_size > MAX_PART_BYTES:
            raise InputError(
                _("{name}: the part {part} unpacks to {size} MB; at most {limit} MB").format(
                    name=name,
                    part=info.filename,
                    size=info.file_size // MB,
                    limit=MAX_PART_BYTES // MB,
                )
            )
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise InputError(
            _("{name}: unpacks to {size} MB; at most {limit} MB").format(
                name=name, size=total // MB, limit=MAX_TOTAL_BYTES // MB
            )
        )


def _check_xml(xml: bytes, part: str, name: str) -> None:
    from lxml import etree

    try:
        tree = etree.parse(io.BytesIO(xml), _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(
            _("{name}: the part {part} is not well-formed XML ({problem})").format(
                name=name, part=part, problem=problem(exc)
            )
        ) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputError(
            _(
                "{name}: the part {part} declares a DTD or XML entities, which Notula does "
                "not read; save the template again in Word"
            ).format(name=name, part=part)
        )


def check_written(data: bytes, name: str) -> None:
    """Refuse a document made that Word would not open (see the module docstring).

    Every XML part is parsed, as for a template; reopening the bytes with
    python-docx as well would parse the same parts a second time and add
    nothing a well-formed, DTD-free package could fail."""
    try:
        check_package(data, name)
    except InputError as exc:
        problem = str(exc).removeprefix(f"{name}: ")
        raise InputError(
            _(
                "{name}: the document made is not a valid Word file ({problem}); nothing was "
                "written"
            ).format(name=name, problem=problem)  # fmt: skip
        ) from None
