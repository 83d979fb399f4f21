"""A JSON file the clerk names (a meeting, an office profile): its bytes read
with a limit, decoded and parsed, with one sentence for any problem.

Every failure names the file and the line, column or JSON path, in the
language of the run: a folder, /dev/zero, UTF-16, a binary file, nesting
100,000 levels deep or an unpaired surrogate never gets past as a traceback
or a memory blow-up. Python's json module words its errors in English, so
each decoder reason has its own message here (:func:`reason`); one a later
Python adds is shown as it is rather than hidden.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from core.errors import InputError
from core.i18n import _
from core.problems import problem

MAX_DEPTH_REPORTED = 500  # deeper than any valid file; where the "too deep" message points
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def json_path(path: Any) -> str:
    """``$.meeting.statements[3].text``: how a message points into the file."""
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def read_limited(p: Path, limit: int, too_large: str) -> bytes:
    """The bytes of a file the clerk named, refused when more than ``limit``.

    At most ``limit`` + 1 bytes are read, so /dev/zero cannot fill memory; a
    bigger file is refused with ``too_large``, a translated template with
    ``{path}`` and ``{limit}`` (MB), since what is too large depends on what
    the file is. A missing file, a folder, a pipe or a device is said as
    such, not in the system's English.
    """
    try:
        # non-blocking: opening a FIFO for reading would otherwise wait for a writer
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            if stat.S_ISDIR(os.fstat(fd).st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # a FIFO or a device: no end, or none yet
                raise InputError(
                    _("{path}: not a regular file (a pipe or a device)").format(path=p)
                )
            raw = fh.read(limit + 1)
    except IsADirectoryError:
        raise InputError(_("{path}: is a folder, not a file").format(path=p)) from None
    except FileNotFoundError:
        raise InputError(_("{path}: no such file").format(path=p)) from None
    except OSError as exc:
        raise InputError(
            _("{path}: cannot read file ({problem})").format(path=p, problem=problem(exc))
        ) from None
    if len(raw) > limit:
        raise InputError(too_large.format(path=p, limit=limit // 2**20))
    return raw


def parse(raw: bytes, name: str, kind: str) -> Any:
    """The JSON value of one file's bytes; ``kind`` names the file format a binary
    file is not (``notula.meeting``)."""
    if not raw.strip():
        raise InputError(_("{name}: file is empty").format(name=name))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(_("{name}: text is UTF-16; save the file as UTF-8").format(name=name))
    if b"\x00" in raw[:4096]:
        raise InputError(
            _("{name}: binary file, not a {kind} JSON file").format(name=name, kind=kind)
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise InputError(
            _("{name}: line {line} column {column}: text is not UTF-8").format(
                name=name, line=line, column=column
            )
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            _("{name}: line {line} column {column}: not valid JSON ({problem})").format(
                name=name, line=exc.lineno, column=exc.colno, problem=reason(exc)
            )
        ) from None
    except RecursionError:
        raise InputError(f"{name}: {_too_deep(text)}") from None
    if _SURROGATE_ESCAPE.search(text):
        check_text(data, name)
    return data


def reason(exc: json.JSONDecodeError) -> str:
    """The decoder's reason for ``exc`` in the language of the run."""
    known = {
        "Expecting value": _("a value was expected"),
        "Expecting property name enclosed in double quotes": _(
            "a name in double quotes was expected, or a comma is one too many"
        ),
        "Expecting ':' delimiter": _("a colon (:) was expected"),
        "Expecting ',' delimiter": _("a comma (,) was expected"),
        "Unterminated string starting at": _("a text is not closed with a double quote"),
        "Invalid control character at": _("a control character inside a text"),
        "Invalid \\escape": _("an invalid backslash escape"),
        "Invalid \\uXXXX escape": _("an invalid \\uXXXX escape"),
        "Extra data": _("more data after the end of the JSON"),
    }
    return known.get(exc.msg, exc.msg)


def _too_deep(text: str) -> str:
    """Where nesting passes any sensible depth, for the message (found with a
    regex scan, not recursion, so it works where the parser gave up)."""
    depth = 0
    for match in _NESTING.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH_REPORTED:
                pos = match.start()
                line = text.count("\n", 0, pos) + 1
                column = pos - (text.rfind("\n", 0, pos) + 1) + 1
                return _(
                    "line {line} column {column}: JSON is nested too deeply "
                    "(more than {limit} levels)"
                ).format(line=line, column=column, limit=MAX_DEPTH_REPORTED)
        elif token in "]}":
            depth -= 1
    return _("JSON is nested too deeply")


def check_text(data: Any, name: str) -> None:
    """A ``\\ud800`` escape without its pair parses, but is not text SQLite can store."""
    stack: list[tuple[Any, tuple]] = [(data, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            for k, v in value.items():
                if isinstance(k, str) and not _encodable(k):
                    raise InputError(
                        _("{name}: {path}: a field name is not valid text").format(
                            name=name, path=json_path(path)
                        )
                    )
                stack.append((v, (*path, k)))
        elif isinstance(value, list):
            stack.extend((v, (*path, i)) for i, v in enumerate(value))
        elif isinstance(value, str) and not _encodable(value):
            raise InputError(
                _(
                    "{name}: {path}: text has an unpaired surrogate escape (\\ud800–"
                    "\\udfff) that is not a character"
                ).format(name=name, path=json_path(path))
            )


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
