"""Reading a ``notula.meeting`` file: bytes to checked data, with clear errors
(core.json_files reads and parses; core.exchange.check validates)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from core import json_files
from core.exchange.check import validate
from core.i18n import _

MAX_FILE_BYTES = 64 * 1024 * 1024


def load_file(path: str | os.PathLike) -> dict[str, Any]:
    """Read, parse and validate a meeting file, naming the file and the line of any problem."""
    p = Path(path)
    too_large = _("{path}: file is too large for a meeting (more than {limit} MB)")
    return parse_bytes(json_files.read_limited(p, MAX_FILE_BYTES, too_large), str(p))


def parse_bytes(raw: bytes, name: str = "<input>") -> dict[str, Any]:
    """Decode, parse and validate one file's bytes; every failure names a line or path."""
    return validate(json_files.parse(raw, name, "notula.meeting"), name)
