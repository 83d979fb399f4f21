"""Load one meeting with all its parts (target ≤ 5 ms).

Reads a whole meeting — header, agenda, attendees, statements, decisions,
follow-ups — from an archive file, as the editor does when it opens one.
Prints the median and the best of many loads for the shared example and for
a 300-attendee / 1,500-statement meeting; asserts nothing.

    python3 bench/core_load.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._synth import meeting_dict, meeting_model  # noqa: E402
from core import exchange  # noqa: E402
from core.store import MeetingStore  # noqa: E402

RUNS = 200
EXAMPLE = ROOT.parent / "shared" / "examples" / "rakor_inflasi_2023.json"


def timed(fn, runs: int = RUNS) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000, min(times) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = MeetingStore.open(Path(folder) / "arsip.db")
        # an archive with other meetings in it, so the lookups are not trivially small
        store.create_meetings(meeting_model(seed) for seed in range(2000))
        cases = {}
        if EXAMPLE.exists():
            cases["shared example (6 attendees, 4 statements)"] = exchange.import_file(
                store, EXAMPLE
            )
        cases["typical (20 attendees, 50 statements)"] = store.create_meeting(meeting_model(99_999))
        big = exchange.meeting_from_dict(meeting_dict(attendees=300, statements=1500))
        cases["big (300 attendees, 1,500 statements)"] = store.create_meeting(big)
        store.close()

        store = MeetingStore.open(Path(folder) / "arsip.db")
        print(f"load one meeting with all its parts, {RUNS} loads each")
        for name, meeting_id in cases.items():
            median, best = timed(lambda mid=meeting_id: store.get_meeting(mid))
            print(f"  {name:<45} median {median:6.2f} ms   best {best:6.2f} ms")
        print("  target: ≤ 5 ms")
        store.close()


if __name__ == "__main__":
    main()
