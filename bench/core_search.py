"""Search one word over an archive of 1,000,000 statements (target ≤ 50 ms median).

Builds the archive once — 10,000 meetings of 100 statements over about
seven years, in a file under the temp folder that later runs reuse — then
times 20 searches each for a rare word (about 10 statements), a medium one
(about 1 %) and a common one (about 90 %), through ``MeetingStore.search``
(first page of 50 passages, with snippets) and ``search_meetings`` (ids of
up to 500 meetings, for the archive list's filter; by default the last word
may be a prefix, as the archive window searches while the clerk types, and
FTS5 then merges every posting of the words with that prefix). Then the
search language of the command line (core.query): whole words, prefixes of
common stems, a phrase, OR and an exclusion, each through what ``notula
search`` runs (the first page of 100 passages, ``search(q, limit=101)``),
what the archive list runs per pause in typing (``find_meetings``: the first
100 meetings, more as the clerk scrolls; ``search_meetings``, its walk to 500
meetings before this change, for comparison) and, apart, the total that the
command line counts only when the page is full (``count_matches``). Prints medians;
asserts nothing. An archive built before migration m005 is upgraded on open
(the index is rebuilt with its prefix indexes: about a minute).

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


def ready(path: Path, expected: int = MEETINGS) -> bool:
    """Whether ``path`` is a bench archive built whole (``expected`` meetings)."""
    if not path.exists():
        return False
    try:
        store = MeetingStore.open(path)
    except Exception:  # noqa: BLE001 - a half-built or stale file is rebuilt
        return False
    try:
        return store.get_setting(DONE_KEY) == expected
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
    language(store)
    store.close()


#: queries of the command line's language: (query, what it shows)
QUERIES = (
    (COMMON_WORD, "common whole word (target ≤ 20 ms)"),
    (f"{COMMON_WORD[:3]}*", "prefix, common stem (target ≤ 50 ms)"),
    ("pe*", "prefix, stem of hundreds of words (target ≤ 50 ms)"),
    (f"{COMMON_WORD[:5]}*", "prefix, 5 letters"),
    (f"{COMMON_WORD}*", "prefix, a whole common word"),
    ('"harga beras"', "phrase"),
    (f"{MEDIUM_WORD} OR {RARE_WORD}", "OR"),
    (f"{COMMON_WORD} -beras", "exclusion"),
)


def language(store: MeetingStore) -> None:
    print("search language (core.query):")
    for query, what in QUERIES:
        print(f"  {query!r}: {what}")
        for name, fn in (
            ("search(q, limit=101)", lambda q=query: store.search(q, limit=101)),
            ("search_meetings(q)", lambda q=query: store.search_meetings(q)),
            ("find_meetings(q, 100)", lambda q=query: store.find_meetings(q, 100)[0]),
            ("count_matches(q)", lambda q=query: [None] * store.count_matches(q)),
        ):
            median, p90, found = median_ms(fn)
            print(f"    {name:<24} median {median:7.2f} ms   p90 {p90:7.2f} ms   ({found:,} found)")


if __name__ == "__main__":
    main()
