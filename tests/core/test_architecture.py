"""The layering rules of DESIGN.md, checked rather than hoped for:
core never imports Qt or the GUI, and the GUI never runs SQL."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_OR_GUI = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "gui")


def python_files(folder: str) -> list[Path]:
    return sorted(p for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module an ``import`` or ``from … import`` names, wherever it sits
    (top level, inside a function, under ``if TYPE_CHECKING``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            found.append((node.lineno, node.args[0].value))
    return found


def _is_dynamic_import(node: ast.Call) -> bool:
    name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
    return (
        name in ("import_module", "__import__")
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def test_core_sources_never_import_qt_or_gui():
    offences = [
        f"{path.relative_to(ROOT)}:{line}: imports {module}"
        for path in python_files("core")
        for line, module in imported_modules(path)
        if module.split(".")[0] in QT_OR_GUI
    ]
    assert python_files("core"), "no core sources found"
    assert offences == []


def test_importing_every_core_module_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import core\n"
        "failed = []\n"
        "for info in pkgutil.walk_packages(core.__path__, 'core.'):\n"
        "    try:\n"
        "        importlib.import_module(info.name)\n"
        "    except Exception as exc:\n"
        "        failed.append(f'{info.name}: {exc!r}')\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {QT_OR_GUI!r})\n"
        "print('FAILED', failed)\n"
        "print('QT', bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "FAILED []" in result.stdout, result.stdout
    assert "QT []" in result.stdout, result.stdout


# ---- the GUI goes through the store ---------------------------------------------------------

SQL_PATTERNS = [
    re.compile(r"\bSELECT\b[\s\S]*\bFROM\b"),
    re.compile(r"\bINSERT\s+(OR\s+\w+\s+)?INTO\b"),
    re.compile(r"\bUPDATE\s+\S+\s+SET\b"),
    re.compile(r"\bDELETE\s+FROM\b"),
    re.compile(r"\b(CREATE|DROP|ALTER)\s+(TABLE|INDEX|TRIGGER|VIEW)\b"),
    re.compile(r"\bPRAGMA\s+\w+"),
]
SQL_CALLS = {"execute", "executemany", "executescript", "query", "execute_returning_dicts"}
SQL_MODULES = {"sqlite3", "apsw", "pysqlite3"}


def _is_sql_text(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and any(p.search(node.value) for p in SQL_PATTERNS)
    )


def sql_offences(path: Path, root: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(root)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in SQL_CALLS:
            found.append(f"{where}:{node.lineno}: calls .{node.func.attr}()")
        elif _is_sql_text(node):
            found.append(f"{where}:{node.lineno}: SQL text {node.value[:40]!r}")
    found += [
        f"{where}:{line}: imports {module}"
        for line, module in imported_modules(path)
        if module.split(".")[0] in SQL_MODULES
    ]
    return found


def test_gui_never_runs_sql():
    files = python_files("gui")
    if not files:
        pytest.skip("no GUI sources yet")
    offences = [o for path in files for o in sql_offences(path)]
    assert offences == []


def test_the_sql_detector_finds_sql(tmp_path):
    """The scan above is only as good as its patterns: make sure they bite."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\n"
        "def f(store):\n"
        "    store.db.execute('UPDATE meetings SET title = ? WHERE id = ?', [1, 2])\n"
        "    store.db.conn.executemany('INSERT INTO statements VALUES (?)', [])\n"
        "    text = '''SELECT id\n FROM meetings'''\n"
        "    label = 'Select all from the list'  # a UI string, not SQL\n",
        encoding="utf-8",
    )
    found = " ".join(sql_offences(sample, root=tmp_path))
    assert "imports sqlite3" in found
    assert ".execute()" in found and ".executemany()" in found
    assert found.count("SQL text") == 3  # UPDATE, INSERT and SELECT; not the label
