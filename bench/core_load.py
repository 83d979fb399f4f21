"""Load one meeting with all its parts (target ≤ 5 ms).

Reads a whole meeting — header, agenda, attendees, statements, decisions,
follow-ups — from an archive file, as the editor does when it opens one, for
the sample rakor, a typical meeting and a 300-attendee / 1,500-statement
one. The cases take turns in blocks of loads; each block's mean is one
figure. Prints the median of those figures and, as timeit advises, their
minimum (on a shared machine higher figures are other processes' doing, and
here they vary by half from one run to the next). Asserts nothing.

    python3 bench/core_load.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import exchange  # noqa: E402
from core.store import MeetingStore  # noqa: E402
from core.synthetic import meeting_dict, meeting_model  # noqa: E402

BLOCKS = 15
PER_BLOCK = 20
EXAMPLE = ROOT / "resources" / "sample" / "rakor_inflasi_2023.json"


def block_means(fns: dict[str, Callable[[], object]]) -> dict[str, list[float]]:
    """Mean ms of PER_BLOCK calls, BLOCKS times per function, the functions taking turns."""
    means: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(BLOCKS):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            for _ in range(PER_BLOCK):
                fn()
            means[name].append((time.perf_counter() - t0) / PER_BLOCK * 1000)
    return means


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = MeetingStore.open(Path(folder) / "arsip.db")
        # an archive with other meetings in it, so the lookups are not trivially small
        store.create_meetings(meeting_model(seed) for seed in range(2000))
        cases = {}
        if EXAMPLE.exists():
            cases["sample rakor (6 attendees, 4 statements)"] = exchange.import_file(store, EXAMPLE)
        cases["typical (20 attendees, 50 statements)"] = store.create_meeting(meeting_model(99_999))
        big = exchange.meeting_from_dict(meeting_dict(attendees=300, statements=1500))
        cases["big (300 attendees, 1,500 statements)"] = store.create_meeting(big)
        store.close()

        store = MeetingStore.open(Path(folder) / "arsip.db")
        print(f"load one meeting with all its parts: {BLOCKS} blocks of {PER_BLOCK} loads each")
        fns = {
            name: (lambda mid=meeting_id: store.get_meeting(mid))
            for name, meeting_id in cases.items()
        }
        for name, means in block_means(fns).items():
            print(
                f"  {name:<45} median {statistics.median(means):6.2f} ms   min {min(means):6.2f} ms"
            )
        print("  target: ≤ 5 ms")
        store.close()


if __name__ == "__main__":
    main()
