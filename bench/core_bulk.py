"""Bulk-load 10,000 meetings, about 810,000 rows, in one transaction
(target ≥ 200,000 rows/s).

Loads through ``MeetingStore.create_meetings`` into a new archive file, the
search index kept up as always. For scale it also prints, on the same
machine: the same load into an archive without the search index; the
indexing step alone (FTS5 taking those rows' text into the empty index, the
store's own statements) — the bound that indexing puts on any load that
keeps the index in step; and plain ``executemany`` of small rows into a bare
table (the most SQLite can do here through Python). Asserts nothing.

    python3 bench/core_bulk.py [MEETINGS]
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.store import MeetingStore, schema  # noqa: E402
from core.synthetic import meeting_model, row_count  # noqa: E402


def load(path: Path, meetings: list, with_index: bool) -> float:
    store = MeetingStore.open(path)
    if not with_index:
        triggers = [
            r[0] for r in store.db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        ]
        for name in triggers:
            store.db.execute(f"DROP TRIGGER {name}")
    t0 = time.perf_counter()
    store.create_meetings(meetings)
    elapsed = time.perf_counter() - t0
    store.close()
    return elapsed


def index_only(path: Path) -> float:
    """Feed the empty search index of an archive loaded without it, as create_meetings does."""
    conn = sqlite3.connect(path, isolation_level=None)
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    for source in schema.FTS_SOURCES:
        conn.execute(schema.index_rows_sql(source), [1])
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def bare_sqlite(path: Path, rows: int) -> float:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b TEXT)")
    data = [(i, i % 97, "rapat koordinasi daerah") for i in range(rows)]
    t0 = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO t VALUES (?, ?, ?)", data)
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    t0 = time.perf_counter()
    meetings = [meeting_model(seed) for seed in range(count)]
    rows = sum(row_count(m) for m in meetings)
    print(f"{count:,} meetings, {rows:,} rows (generated in {time.perf_counter() - t0:.1f} s)")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        indexed = load(folder / "indexed.db", meetings, with_index=True)
        print(
            f"  create_meetings, with search index:    {indexed:6.2f} s"
            f"  {rows / indexed:9,.0f} rows/s   (target ≥ 200,000 rows/s)"
        )
        plain = load(folder / "plain.db", meetings, with_index=False)
        print(
            f"  create_meetings, without search index: {plain:6.2f} s  {rows / plain:9,.0f} rows/s"
        )
        fts = index_only(folder / "plain.db")
        print(
            f"  indexing alone (FTS5, the same rows):   {fts:6.2f} s  {rows / fts:9,.0f} rows/s"
            "   (no load that indexes can beat this)"
        )
        bare = bare_sqlite(folder / "bare.db", rows)
        print(
            f"  bare executemany, 3-column table:      {bare:6.2f} s  {rows / bare:9,.0f} rows/s"
            "   (this machine's ceiling)"
        )


if __name__ == "__main__":
    main()
