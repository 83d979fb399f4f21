"""Finalise the bench meeting (target ≤ 0.3 s) and back up the 1M-statement
archive (target ≥ 50 % of a plain file copy's speed).

Finalising reads the whole 300-attendee / 1,500-statement meeting, exports
it, hashes its canonical JSON and stores the revision; reopening between
rounds lets it finalise again. Prints the median and minimum of the rounds.
The backup half (``--backup``) reads the archive bench/core_search.py builds
in /tmp, without opening it as an archive (no upgrade: other checkouts share
it). Asserts nothing.

    python3 bench/core_records.py [--backup]
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import exchange  # noqa: E402
from core.store import MeetingStore  # noqa: E402
from core.synthetic import meeting_dict  # noqa: E402

ROUNDS = 9


def finalise_rounds() -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        store = MeetingStore.open(Path(folder) / "bench.db")
        meeting_id = store.create_meeting(exchange.meeting_from_dict(meeting_dict()))
        times = []
        for n in range(ROUNDS):
            t0 = time.perf_counter()
            store.finalise(meeting_id)
            times.append(time.perf_counter() - t0)
            store.reopen(meeting_id, f"putaran {n}")
        store.close()
    return times


def backup_figures() -> tuple[float, float, float, int]:
    """Seconds for a plain copy (synced), the backup API's copy (synced) and
    :func:`core.backups.backup` whole (with its integrity_check)."""
    from bench.core_search import ARCHIVE as source
    from core.backups import backup, snapshot

    if not source.exists():
        sys.exit(f"{source}: missing; run bench/core_search.py first, which builds it")
    with tempfile.TemporaryDirectory(dir=source.parent) as folder:
        archive = Path(folder) / "archive.db"
        shutil.copyfile(source, archive)
        _forget_other_migrations(archive)
        t0 = time.perf_counter()
        shutil.copyfile(archive, Path(folder) / "copy.db")
        with (Path(folder) / "copy.db").open("rb+") as fh:
            os.fsync(fh.fileno())
        copy_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        snapshot(archive, Path(folder) / "snapshot.db")
        snapshot_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        backup(archive, Path(folder) / "backup.db")
        backup_s = time.perf_counter() - t0
    return copy_s, snapshot_s, backup_s, source.stat().st_size


def _forget_other_migrations(archive: Path) -> None:
    """Another checkout's release may have upgraded the shared bench archive;
    this copy forgets the migrations this one does not know (their tables stay)."""
    import sqlite3

    from core.store.schema import migrations

    conn = sqlite3.connect(archive)
    marks = ", ".join("?" for _ in migrations.names)
    conn.execute(
        f"DELETE FROM {migrations.migrations_table} WHERE name NOT IN ({marks})", migrations.names
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def main() -> None:
    times = finalise_rounds()
    print(
        f"finalise, 300 attendees / 1,500 statements: median {statistics.median(times):.3f} s, "
        f"min {min(times):.3f} s (target ≤ 0.3 s)"
    )
    if "--backup" in sys.argv:
        copy_s, snapshot_s, backup_s, size = backup_figures()
        print(
            f"backup of {size / 1e6:.0f} MB: file copy {copy_s:.2f} s; backup API copy "
            f"{snapshot_s:.2f} s = {copy_s / snapshot_s:.0%} of the copy's speed (target ≥ 50 %); "
            f"whole backup with integrity_check {backup_s:.2f} s ({copy_s / backup_s:.0%})"
        )


if __name__ == "__main__":
    main()
