"""A meeting of the archive as a ``notula.meeting`` v2 file.

The text is made whole first, then written atomically: a crash mid-write
leaves the old file or none, never half of one.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from core import model
from core.exchange.convert import meeting_to_dict
from core.files import write_atomic


def dumps(meeting: model.Meeting) -> str:
    """The file's text: keys in the order the convert module gives them, one
    space of indent (readable, and small enough to mail), UTF-8 as is."""
    return json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=1) + "\n"


def export_file(store: Any, meeting_id: int, path: str | os.PathLike) -> None:
    write_atomic(Path(path), dumps(store.get_meeting(meeting_id)).encode("utf-8"))
