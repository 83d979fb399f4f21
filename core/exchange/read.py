"""Reading a ``notula.meeting`` file: bytes to checked data, with clear errors.

Every failure names the file and the line (or JSON path) of the problem, and
no input — a folder, /dev/zero, UTF-16, nesting 100,000 levels deep, an
unpaired surrogate — gets past as a traceback or a memory blow-up.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from core import json_problems
from core.errors import InputError
from core.exchange.check import json_path, validate
from core.i18n import _

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH_REPORTED = 500  # deeper than any valid file; where the "too deep" message points


def load_file(path: str | os.PathLike) -> dict[str, Any]:
    """Read and parse a file, naming the file and the line of any problem."""
    p = Path(path)
    try:
        with p.open("rb") as fh:  # read at most the limit: /dev/zero must not fill memory
            raw = fh.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise InputError(_("{path}: is a folder, not a file").format(path=p)) from None
    except FileNotFoundError:
        raise InputError(_("{path}: no such file").format(path=p)) from None
    except OSError as exc:
        raise InputError(
            _("{path}: cannot read file ({problem})").format(path=p, problem=exc.strerror or exc)
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(
            _("{path}: file is too large for a meeting (more than {limit} MB)").format(
                path=p, limit=MAX_FILE_BYTES // 2**20
            )
        )
    return parse_bytes(raw, str(p))


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_NESTING = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def parse_bytes(raw: bytes, name: str = "<input>") -> dict[str, Any]:
    """Decode, parse and validate one file's bytes; every failure names a line or path."""
    if not raw.strip():
        raise InputError(_("{name}: file is empty").format(name=name))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(_("{name}: text is UTF-16; save the file as UTF-8").format(name=name))
    if b"\x00" in raw[:4096]:
        raise InputError(_("{name}: binary file, not a notula.meeting JSON file").format(name=name))
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
                name=name, line=exc.lineno, column=exc.colno, problem=json_problems.reason(exc)
            )
        ) from None
    except RecursionError:
        raise InputError(f"{name}: {_too_deep(text)}") from None
    if _SURROGATE_ESCAPE.search(text):
        _check_surrogates(data, name)
    return validate(data, name)


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


def _check_surrogates(data: Any, name: str) -> None:
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
