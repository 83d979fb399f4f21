"""A bulk change in the open editor: 1,000 attendees imported, then undone.

What the attendance-import issue will do: one core operation
(``MeetingStore.add_rows``) run through the meeting's session, so one
``Changes`` record, one undo step and one refresh of the attendees model,
with the editor shown (the Peserta table, the pickers and the quick strip all
follow the one shared model). Then the same for an edit of all 1,000
(everyone marked present). Times, in ms (medians over ``--runs``):

* add: ``session.run(add_rows, 1,000 attendees)`` until the event queue is idle;
* undo / redo of that step, each until idle;
* edit 1,000 rows and its undo.

Also prints the model signals one add, undo and edit caused (one each is the
point). Asserts nothing about time.

    python bench/gui_bulk.py [--runs 5] [--rows 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = os.path.join(tempfile.gettempdir(), "notula-bench-config")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from core import exchange, model  # noqa: E402
from core.store import MeetingStore  # noqa: E402
from core.synthetic import meeting_dict  # noqa: E402
from gui.context import AppContext  # noqa: E402
from gui.prompts import ScriptedPrompts  # noqa: E402

SIGNALS = ("rowsInserted", "rowsRemoved", "dataChanged", "modelReset", "layoutChanged")


def timed(app: QApplication, step) -> float:  # noqa: ANN001
    start = time.perf_counter()
    step()
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=1000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from gui.editor.meeting_editor import PESERTA, MeetingEditor

    times: dict[str, list[float]] = {k: [] for k in ("add", "undo", "redo", "edit", "edit undo")}
    signals: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        store = MeetingStore.open(Path(tmp) / "arsip.db")
        meeting_id = exchange.import_data(store, meeting_dict(attendees=50, statements=300))
        ctx = AppContext(store, None, prompts=ScriptedPrompts())
        editor = MeetingEditor(ctx, meeting_id)
        editor.resize(1280, 800)
        editor.show()
        editor.show_tab(PESERTA)
        app.processEvents()
        session = editor.session
        model_ = session.attendees
        for name in SIGNALS:
            getattr(model_, name).connect(lambda *_, n=name: signals.update([n]))
        people = [
            model.Attendee(name=f"Peserta Impor {i:04d}", role="participant")
            for i in range(args.rows)
        ]
        for run in range(args.runs + 1):  # the first is a warm-up
            signals.clear()
            t = {
                "add": timed(
                    app,
                    lambda: session.run(
                        store.add_rows, "attendees", meeting_id, people, text="Impor"
                    ),
                )
            }
            added = [a.id for a in model_.items[50:]]
            t["undo"] = timed(app, session.stack.undo)
            t["redo"] = timed(app, session.stack.redo)
            t["edit"] = timed(
                app,
                lambda ids=added: session.run(
                    store.edit_rows, "attendees", {i: {"present": True} for i in ids}, text="Hadir"
                ),
            )
            t["edit undo"] = timed(app, session.stack.undo)
            session.stack.undo()  # the import too: back to the start
            app.processEvents()
            if run:
                for k, v in t.items():
                    times[k].append(v)
            else:
                first = dict(signals)
        assert model_.rowCount() == 50, model_.rowCount()
        editor.close()
        store.close()
    print(f"{args.rows} attendees, editor shown on the Peserta tab (50 there already)")
    for k, v in times.items():
        print(f"{k:>10}: median {statistics.median(v):7.1f} ms  runs {[round(x, 1) for x in v]}")
    print("attendees model signals over add, undo, redo, edit, edit undo, undo (6 steps):", first)
    print("undo steps per bulk change: 1")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
