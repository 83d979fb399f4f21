"""What the archive window's start leaves for later, checked in a fresh process.

The test process has long since loaded everything, so a child starts the app
on a small archive and reports, once the window is painted and idle, which
costly parts are still unbuilt (PySide's ``Qt`` namespace, see
gui.archive.view; the heavy libraries); then makes the clerk's first edit,
which imports sqlite-utils when it needs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core import exchange
from core.store import MeetingStore

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("docx", "jsonschema", "lxml", "babel", "sqlite_utils")
#: light, but not needed to list meetings either: the store loads them with the first edit
LATER = (
    "core.changes", "core.model", "dataclasses", "core.fingerprint", "hashlib", "core.followups",
    "core.images", "core.query", "gui.records.actions", "gui.settings.office_prompt",
)  # fmt: skip

CHILD = """
import json, os, sys
sys.path.insert(0, {root!r})
from PySide6 import QtCore
from gui.app import setup

started = setup(["--db", {db!r}])
window = started.window

def state(moment):
    return {{
        "moment": moment,
        "qt_namespace": "Qt" in vars(QtCore),
        "heavy": [m for m in {heavy!r} if m in sys.modules],
        "later": [
            m for m in {later!r}
            if m in sys.modules and type(sys.modules[m]).__name__ != "_LazyModule"
        ],
        "rows": window.view.model.rowCount(),
    }}

seen = []

def idle():
    seen.append(state("idle"))
    started.ctx.store.edit_header(window.view.model.meeting_id(0), {{"title": "Judul"}})
    seen.append(state("edited"))
    print(json.dumps(seen), flush=True)
    os._exit(0)

class FirstPaint(QtCore.QObject):
    def eventFilter(self, obj, event):
        if event.type() == QtCore.QEvent.Type.Paint and not seen:
            obj.removeEventFilter(self)
            QtCore.QTimer.singleShot(0, idle)
        return False

spy = FirstPaint()
window.installEventFilter(spy)
QtCore.QTimer.singleShot(60_000, lambda: os._exit(3))  # a hung child, not a slow one
started.app.exec()
"""


def test_start_leaves_qt_namespace_and_heavy_modules_for_their_first_use(tmp_path, example_path):
    db = tmp_path / "arsip.db"
    store = MeetingStore.open(db)
    exchange.import_file(store, example_path)
    store.skip_office_question()  # an everyday start: the first start's question was answered
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    code = CHILD.format(root=str(ROOT), db=str(db), heavy=HEAVY, later=LATER)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    idle, edited = json.loads(out.stdout)
    assert idle == {"moment": "idle", "qt_namespace": False, "heavy": [], "later": [], "rows": 1}
    assert edited["heavy"] == ["sqlite_utils"]  # the first write brings what it needs
