"""Import one big meeting: 300 attendees, 1,500 statements (target ≤ 0.3 s).

Times the whole import of a file — read, parse, schema validation, the
checks a schema cannot make, and the one write transaction with its search
index — into a fresh archive file, and each step on its own. Prints the
median and the best of several runs; asserts nothing.

    python3 bench/core_import.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core import exchange  # noqa: E402
from core.exchange import check  # noqa: E402
from core.store import MeetingStore  # noqa: E402
from core.synthetic import meeting_dict  # noqa: E402

RUNS = 9


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "besar.json"
        source.write_text(
            json.dumps(meeting_dict(attendees=300, statements=1500), ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
        check.validator()  # built once per process, like the schema file is read once
        steps: dict[str, list[float]] = {"read+parse+validate": [], "write": [], "total": []}
        for run in range(RUNS):
            store = MeetingStore.open(Path(folder) / f"arsip{run}.db")
            t0 = time.perf_counter()
            data = exchange.load_file(source)
            t1 = time.perf_counter()
            exchange.import_data(store, data)
            t2 = time.perf_counter()
            store.close()
            steps["read+parse+validate"].append(t1 - t0)
            steps["write"].append(t2 - t1)
            steps["total"].append(t2 - t0)
        size = source.stat().st_size / 1024
        print(f"import 300 attendees / 1,500 statements ({size:.0f} KiB), {RUNS} runs")
        for name, times in steps.items():
            print(
                f"  {name:<22} median {statistics.median(times) * 1000:7.1f} ms"
                f"   best {min(times) * 1000:7.1f} ms"
            )
        print("  target: total ≤ 300 ms")

        db = Path(folder) / "cli.db"
        t0 = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", str(source)],
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - t0
        print(
            f"  `main.py import` as a new process, start-up included: {wall * 1000:.0f} ms"
            f" (exit {result.returncode})"
        )


if __name__ == "__main__":
    main()
