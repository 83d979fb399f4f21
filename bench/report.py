"""Speed of the documents: notula rapat plus daftar hadir for big meetings.

Targets (issue 4): 300 attendees / 1,500 statements ≤ 0.5 s; 2,000 / 5,000
≤ 2 s. Issue 12: the 300 / 1,500 render stays ≤ 0.75 × a plain python-docx
loop over the same data (a paragraph per label and statement, a table row per
attendee, saved), so the signable form costs nothing against the naive way.
Prints the median of three runs for each; asserts nothing.

    python3 bench/report.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import exchange, model  # noqa: E402
from core import synthetic as _synth  # noqa: E402
from core.reports.render import build  # noqa: E402
from core.reports.text import clean  # noqa: E402
from core.settings import DEFAULTS  # noqa: E402


def synthetic_meeting(attendees: int, statements: int) -> model.Meeting:
    """A realistic big meeting from core.synthetic, with hostile text mixed in."""
    data = _synth.meeting_dict(attendees=attendees, statements=statements, seed=4)
    meeting = exchange.meeting_from_dict(data)
    for i, s in enumerate(meeting.statements):
        if i % 50 == 0:
            s.text += "\nParagraf kedua <b> & “kutipan” \x0b baris baru 😀 مرحبا"
    return meeting


def time_render(meeting: model.Meeting, runs: int = 3) -> float:
    settings = dict(DEFAULTS)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build("minutes", meeting, settings)
        build("attendance", meeting, settings)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def plain_docx(meeting: model.Meeting) -> bytes:
    """What a first attempt with python-docx would do: the yardstick of issue 12."""
    import io

    import docx

    doc = docx.Document()
    doc.add_paragraph("NOTULA", style="Title")
    people = {a.id: a for a in meeting.attendees}
    for s in meeting.statements:
        who = people.get(s.speaker_id)
        doc.add_paragraph(f"{who.name if who else ''} ({who.position if who else ''}):")
        doc.add_paragraph(clean(s.text))  # python-docx refuses control characters
    table = doc.add_table(rows=1, cols=5)
    for n, a in enumerate(meeting.attendees, start=1):
        cells = table.add_row().cells
        for cell, text in zip(cells, (str(n), a.name or "", a.position or "", "Hadir", ""),
                              strict=True):  # fmt: skip
            cell.text = text
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def time_plain(meeting: model.Meeting, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        plain_docx(meeting)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    build(
        "minutes", synthetic_meeting(5, 5), dict(DEFAULTS)
    )  # imports and template cache, as in the app
    for attendees, statements, target in ((300, 1500, 0.5), (2000, 5000, 2.0)):
        meeting = synthetic_meeting(attendees, statements)
        seconds = time_render(meeting)
        print(
            f"notula + daftar hadir, {attendees} attendees / {statements} statements: "
            f"{seconds:.3f} s (median of 3; target ≤ {target} s)"
        )
        if attendees == 300:
            plain = time_plain(meeting)
            print(
                f"  plain python-docx loop over the same data: {plain:.3f} s; "
                f"ratio {seconds / plain:.2f} (target ≤ 0.75)"
            )


if __name__ == "__main__":
    main()
