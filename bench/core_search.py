"""Search one word over an archive of 1,000,000 statements (target ≤ 50 ms median).

Builds the archive once — 10,000 meetings of 100 statements over about
seven years, in a file under the temp folder that later runs reuse — then
times 20 searches each for a rare word (about 10 statements), a medium one
(about 1 %) and a common one (about 90 %), through ``MeetingStore.search``
(first page of 50 passages, with snippets) and ``search_meetings`` (ids of
up to 500 meetings, for the archive list's filter; by default the last word
may be a prefix, as the archive window searches while the clerk types, and
FTS5 then merges every posting of the words with that prefix). Prints
medians; asserts nothing.

    python3 bench/core_search.py [--rebuild]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.store import MeetingStore  # noqa: E402
from core.synthetic import COMMON_WORD, MEDIUM_WORD, RARE_WORD, meeting_model  # noqa: E402

ARCHIVE = Path(tempfile.gettempdir()) / "notula-bench-search-1m-v1.db"
MEETINGS, STATEMENTS = 10_000, 100
RUNS = 20
DONE_KEY = "bench_archive_complete"


def build(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = MeetingStore.open(path)
    t0 = time.perf_counter()
    for first in range(0, MEETINGS, 500):
        store.create_meetings(
            meeting_model(seed, statements=STATEMENTS, attendees=10, agenda=3, decisions=2)
            for seed in range(first, first + 500)
        )
        done = first + 500
        rate = done * STATEMENTS / (time.perf_counter() - t0)
        print(f"\r  building: {done:,} meetings, {rate:,.0f} statements/s", end="", flush=True)
    store.set_settings({DONE_KEY: MEETINGS})
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print(f"\r  built in {time.perf_counter() - t0:.0f} s" + " " * 40)


def ready(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        store = MeetingStore.open(path)
    except Exception:  # noqa: BLE001 - a half-built or stale file is rebuilt
        return False
    try:
        return store.get_setting(DONE_KEY) == MEETINGS
    finally:
        store.close()


def median_ms(fn) -> tuple[float, float, int]:
    fn()  # the first search warms the page cache, as a clerk's second search would find it
    times, found = [], 0
    for _ in range(RUNS):
        t0 = time.perf_counter()
        found = len(fn())
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.9)] * 1000, found


def main() -> None:
    if "--rebuild" in sys.argv or not ready(ARCHIVE):
        print(f"building {ARCHIVE} ({MEETINGS:,} meetings × {STATEMENTS} statements)")
        build(ARCHIVE)
    store = MeetingStore.open(ARCHIVE)
    total = store.db.execute("SELECT count(*) FROM statements").fetchone()[0]
    print(f"archive: {ARCHIVE} — {total:,} statements, {store.count_meetings():,} meetings")
    for word in (RARE_WORD, MEDIUM_WORD, COMMON_WORD):
        matches = store.db.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ?", [f'"{word}"']
        ).fetchone()[0]
        print(f"  {word!r}: in {matches:,} indexed rows")
        for name, fn in (
            ("search(word, limit=50)", lambda w=word: store.search(w, limit=50)),
            ("search_meetings(word)", lambda w=word: store.search_meetings(w)),
            (
                "  …(word, prefix=False)",
                lambda w=word: store.search_meetings(w, prefix=False),
            ),
        ):
            median, p90, found = median_ms(fn)
            print(f"    {name:<24} median {median:7.2f} ms   p90 {p90:7.2f} ms   ({found} results)")
    print("  target: ≤ 50 ms median for any single word")
    store.close()


if __name__ == "__main__":
    main()
