"""Compile the translations (resources/i18n/*.ts → .qm) as part of setup.

The .qm files are committed, because an installed or frozen Notula has no
lrelease to make them: they are package data, and tests/test_packaging.py
fails while one differs from what lrelease makes of its .ts now. In a
checkout the app still compiles any that is older than its .ts on start.

``python -m gui.i18n_build --update`` brings the .ts files up to date with the
code (Qt's lupdate reads every string passed to ``tr`` or
``QCoreApplication.translate``); new strings then need their English. A test
runs the same update on a copy and fails while any string is missing.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from resources import I18N

I18N_DIR = I18N
GUI_DIR = Path(__file__).resolve().parent


def qt_tool(name: str) -> list[str] | None:
    """Qt's lrelease or lupdate as shipped with PySide6 (None if absent)."""
    exe = shutil.which(f"pyside6-{name}")
    if exe:
        return [exe]
    import PySide6

    for file_name in (name, f"{name}.exe"):
        candidate = Path(PySide6.__file__).parent / file_name
        if candidate.exists():
            return [str(candidate)]
    return None


def lrelease() -> list[str] | None:
    return qt_tool("lrelease")


def update(ts: Path) -> str:
    """Merge the strings of gui/ into ``ts`` (kept translations stay); lupdate's report."""
    tool = qt_tool("lupdate")
    if tool is None:
        raise RuntimeError("pyside6-lupdate not found: install PySide6")
    sources = sorted(str(p) for p in GUI_DIR.rglob("*.py"))
    done = subprocess.run(
        [*tool, *sources, "-locations", "none", "-no-obsolete", "-ts", str(ts)],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout + done.stderr


def build() -> list[Path]:
    """Compile every .ts; returns the .qm files that changed.

    The .qm files are committed (an installed or frozen Notula has no
    lrelease), so a .qm is compared by content, not by date: a checkout gives
    files arbitrary dates, and an unchanged .qm is left as it is.
    """
    tool = lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6")
    written = []
    for ts in sorted(I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            subprocess.run([*tool, "-silent", str(ts), "-qm", str(fresh)], check=True)
            if qm.exists() and qm.read_bytes() == fresh.read_bytes():
                continue
            shutil.copyfile(fresh, qm)
        written.append(qm)
    return written


if __name__ == "__main__":
    if "--update" in sys.argv:
        for ts in sorted(I18N_DIR.glob("*.ts")):
            print(update(ts).strip())
    for path in build():
        print(f"compiled {path.name}")
