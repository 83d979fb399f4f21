"""How fast the meeting editor opens and captures, on a big meeting.

Builds a meeting of 300 attendees and 1,500 statements (core/synthetic.py) in
a temporary file archive, then measures (medians, after one warm-up):

* open: ``MeetingEditor(ctx, id)`` → every tab's model loaded, the widget
  shown at 1280×800 and the event queue drained (layout and first paint).
  Target ≤ 150 ms.
* capture: with that meeting open, a statement typed into the capture bar,
  Enter pressed → stored, and the new row laid out and scrolled into view.
  Target ≤ 20 ms. A capture is short, so 21 of them are timed: on a shared
  machine a burst of load lands on one or two, and the median stays put.

Prints the figures; asserts nothing about time.

    python bench/gui_editor.py [--runs 7] [--captures 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the editor saves its layout on close: keep that out of the user's settings
os.environ["XDG_CONFIG_HOME"] = os.path.join(tempfile.gettempdir(), "notula-bench-config")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core import exchange  # noqa: E402
from core.store import MeetingStore  # noqa: E402
from core.synthetic import meeting_dict  # noqa: E402
from gui.context import AppContext  # noqa: E402
from gui.prompts import ScriptedPrompts  # noqa: E402

OPEN_TARGET_MS = 150
CAPTURE_TARGET_MS = 20


def build(path: Path) -> tuple[AppContext, int]:
    store = MeetingStore.open(path)
    data = meeting_dict(attendees=300, statements=1500)
    meeting_id = exchange.import_data(store, data)
    return AppContext(store, path, prompts=ScriptedPrompts()), meeting_id


def open_editor(app: QApplication, ctx: AppContext, meeting_id: int):  # noqa: ANN201
    from gui.editor.meeting_editor import MeetingEditor

    editor = MeetingEditor(ctx, meeting_id)
    editor.resize(1280, 800)
    editor.show()
    app.processEvents()
    return editor


def time_open(app: QApplication, ctx: AppContext, meeting_id: int) -> float:
    start = time.perf_counter()
    editor = open_editor(app, ctx, meeting_id)
    elapsed = time.perf_counter() - start
    assert editor.statements.rowCount() == 1500
    editor.close()
    editor.deleteLater()
    app.processEvents()
    return elapsed


def time_capture(app: QApplication, editor, n: int) -> float:  # noqa: ANN001
    bar = editor.capture
    bar.speaker.set_speaker(editor.attendees.item(n % 50).id)
    bar.text.setPlainText(f"Pernyataan uji kecepatan nomor {n}, stok beras aman.")
    app.processEvents()
    before = editor.statements.rowCount()
    start = time.perf_counter()
    QTest.keyClick(bar.text, Qt.Key.Key_Return)
    app.processEvents()
    elapsed = time.perf_counter() - start
    assert editor.statements.rowCount() == before + 1, ctx_errors(editor)
    return elapsed


def ctx_errors(editor) -> str:  # noqa: ANN001
    return repr(getattr(editor.ctx.prompts, "shown", []))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="editor openings timed")
    parser.add_argument("--captures", type=int, default=21, help="statements captured")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        ctx, meeting_id = build(Path(tmp) / "arsip.db")
        time_open(app, ctx, meeting_id)  # warm-up: fonts, styles, imports
        opens = [time_open(app, ctx, meeting_id) for _ in range(args.runs)]
        editor = open_editor(app, ctx, meeting_id)
        editor.focus_capture()
        time_capture(app, editor, 0)  # warm-up
        captures = [time_capture(app, editor, n + 1) for n in range(args.captures)]
        editor.close()
        ctx.store.close()
    open_ms = statistics.median(opens) * 1000
    capture_ms = statistics.median(captures) * 1000
    print("meeting: 300 attendees, 1,500 statements, 10 agenda items")
    print(f"open editor (filled, shown): median {open_ms:7.1f} ms  (target ≤ {OPEN_TARGET_MS} ms)")
    print(
        f"capture a statement (Enter): median {capture_ms:7.1f} ms  "
        f"(target ≤ {CAPTURE_TARGET_MS} ms)"
    )
    print("open runs (ms):", [round(t * 1000, 1) for t in opens])
    print("capture runs (ms, sorted):", sorted(round(t * 1000, 1) for t in captures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
