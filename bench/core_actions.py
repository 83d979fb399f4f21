"""Follow-ups across 5,000 meetings: ``notula actions --open`` (target ≤ 100 ms median).

Builds once, in a file under the temp folder that later runs reuse, an
archive of 5,000 meetings in 500 series of ten weekly meetings. Each meeting
agrees three new follow-ups and carries the open ones of the meeting before
(same uid, ``carried_from``, progress), finishing about a third of them, as a
rakor series does: about 25,000 follow-up rows for 15,000 follow-ups. Times
``MeetingStore.followups(open_only=True)`` (what ``actions --open`` reads),
all of them, one series, and the whole command with its printing to
/dev/null. Prints medians; asserts nothing.

    python3 bench/core_actions.py [--rebuild]
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core_search import DONE_KEY, median_ms, ready  # noqa: E402 - this folder, as a script

from core import cli, model  # noqa: E402
from core.store import MeetingStore  # noqa: E402

ARCHIVE = Path(tempfile.gettempdir()) / "notula-bench-actions-5k-v1.db"
SERIES, PER_SERIES, NEW = 500, 10, 3


def meetings() -> list[model.Meeting]:
    rng = random.Random(15)
    out = []
    for s in range(SERIES):
        name = f"Rakor Seri {s + 1:03d}"
        start = dt.date(2019, 1, 7) + dt.timedelta(days=rng.randrange(0, 1500))
        open_: list[model.Action] = []
        for week in range(PER_SERIES):
            day = start + dt.timedelta(weeks=week)
            m = model.Meeting(
                title=f"{name} Minggu {week + 1}",
                date=day.isoformat(),
                series=name,
                uid=str(uuid.UUID(int=rng.getrandbits(128))),
            )
            carried = []
            for a in open_:
                done = rng.random() < 0.35
                carried.append(
                    model.Action(
                        text=a.text,
                        owner=a.owner,
                        due=a.due,
                        uid=a.uid,
                        carried_from=a.carried_from or m.uid,
                        progress=f"Perkembangan minggu {week + 1}",
                        done=done,
                        done_at=day.isoformat() if done else None,
                    )
                )
            fresh = [
                model.Action(
                    text=f"Tindak lanjut {s}-{week}-{n}",
                    owner=f"Dinas {rng.randrange(20)}",
                    due=(day + dt.timedelta(days=rng.randrange(3, 30))).isoformat(),
                    uid=str(uuid.UUID(int=rng.getrandbits(128))),
                )
                for n in range(NEW)
            ]
            m.actions = carried + fresh
            open_ = [a for a in m.actions if not a.done]
            out.append(m)
    return out


def build(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = MeetingStore.open(path)
    t0 = time.perf_counter()
    store.create_meetings(meetings())
    store.set_settings({DONE_KEY: SERIES * PER_SERIES})
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print(f"  built in {time.perf_counter() - t0:.1f} s")


def command(*args: str) -> list[str]:
    with contextlib.redirect_stdout(io.StringIO()) as out:
        cli.main(["--db", str(ARCHIVE), "actions", *args])
    return out.getvalue().splitlines()


def main() -> None:
    if "--rebuild" in sys.argv or not ready(ARCHIVE, SERIES * PER_SERIES):
        print(f"building {ARCHIVE} ({SERIES * PER_SERIES:,} meetings)")
        build(ARCHIVE)
    store = MeetingStore.open(ARCHIVE)
    rows = store.db.execute("SELECT count(*) FROM actions").fetchone()[0]
    print(f"archive: {ARCHIVE} — {store.count_meetings():,} meetings, {rows:,} follow-up rows")
    for name, fn in (
        ("followups(open_only=True)", lambda: store.followups(open_only=True)),
        ("followups()", lambda: store.followups()),
        ("followups(series=…)", lambda: store.followups(series="Rakor Seri 250")),
        ("notula actions --open", lambda: command("--open")),
        ("notula actions", lambda: command()),
    ):
        median, p90, found = median_ms(fn)
        print(f"  {name:<28} median {median:7.2f} ms   p90 {p90:7.2f} ms   ({found:,} lines)")
    print("  target: actions --open ≤ 100 ms median")
    store.close()


if __name__ == "__main__":
    main()
