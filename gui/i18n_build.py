"""Compile the translations (resources/i18n/*.ts → .qm) as part of setup.

The .qm files are build output and are not committed; the app compiles any
that are missing or older than their .ts on start, so a checkout always runs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def lrelease() -> list[str] | None:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    try:
        import PySide6
    except ImportError:
        return None
    for name in ("lrelease", "lrelease.exe"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return [str(candidate)]
    return None


def build(force: bool = False) -> list[Path]:
    """Compile every stale .ts; returns the .qm files written."""
    tool = lrelease()
    written = []
    for ts in sorted(I18N_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if tool is None:
            raise RuntimeError("pyside6-lrelease not found: install PySide6")
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in build(force="--force" in sys.argv):
        print(f"compiled {path.name}")
