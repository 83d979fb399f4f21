"""The layering rules of DESIGN.md, checked rather than hoped for:
core never imports Qt or the GUI, and the GUI never runs SQL."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
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


# ---- the shape of the code (DESIGN.md §1-2) ------------------------------------------------

MAX_LINES = 500
#: one folder per window; what several windows share stays at the top of gui/
WINDOW_PACKAGES = ("archive", "editor", "directory", "export", "settings", "help", "live")


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def load_time_imports(path: Path, known: set[str]) -> set[str]:
    """Project modules ``path`` imports when it is loaded or type-checked: top
    level, under ``if`` (TYPE_CHECKING included) and ``try``; not inside
    functions, which run later. ``from package import module`` depends on that
    module, not on the package that is still being set up."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                submodules = {f"{node.module}.{a.name}" for a in node.names} & known
                found.update(submodules or {node.module})
            elif isinstance(node, ast.If):
                visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                visit(node.body)

    visit(tree.body)
    return {m for m in found if m in known}


def import_cycles(root: Path = ROOT) -> list[list[str]]:
    paths = {
        module_name(p, root): p
        for folder in ("core", "gui")
        for p in sorted((root / folder).rglob("*.py"))
        if "__pycache__" not in p.parts
    }
    known = set(paths)
    graph = {name: load_time_imports(path, known) - {name} for name, path in paths.items()}
    cycles, state = [], {}

    def walk(name: str, trail: list[str]) -> None:
        state[name] = "open"
        for dep in sorted(graph[name]):
            if state.get(dep) == "open":
                cycles.append([*trail[trail.index(dep) :], dep])
            elif dep not in state:
                walk(dep, [*trail, dep])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            walk(name, [name])
    return cycles


def test_no_import_cycles():
    assert import_cycles() == []


def test_the_cycle_finder_finds_cycles(tmp_path):
    """Type-checking imports count; imports inside functions (run later) do not;
    ``from package import module`` is no cycle with the package."""
    (tmp_path / "core" / "pkg").mkdir(parents=True)
    (tmp_path / "gui").mkdir()
    files = {
        "core/a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import core.b\n",
        "core/b.py": "from core.a import thing\n",
        "core/c.py": "def later():\n    import core.d\n",
        "core/d.py": "import core.c\n",
        "core/pkg/__init__.py": "from core.pkg.part import X\n",
        "core/pkg/part.py": "from core.pkg import other\n",
        "core/pkg/other.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert import_cycles(tmp_path) == [["core.a", "core.b", "core.a"]]


def test_modules_stay_small():
    big = [
        f"{p.relative_to(ROOT)}: {n} lines"
        for folder in ("core", "gui")
        for p in python_files(folder)
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert big == []


def test_no_import_guards_for_code_that_is_always_there():
    """``except ImportError`` hides a broken install behind a feature that quietly
    does nothing; every dependency is declared, so an import simply works."""
    guards = []
    for folder in ("core", "gui"):
        for path in python_files(folder):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ExceptHandler) and node.type is not None:
                    names = ast.unparse(node.type)
                    if "ImportError" in names or "ModuleNotFoundError" in names:
                        guards.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert guards == []


def test_gui_has_a_folder_per_window():
    for package in WINDOW_PACKAGES:
        assert (ROOT / "gui" / package / "__init__.py").is_file(), package
    loose = [
        p.name
        for p in (ROOT / "gui").glob("*.py")
        if p.stem.endswith(("_window", "_dialog", "_view"))
    ]
    assert loose == [], "windows and dialogs belong in their window's folder"


def test_core_has_the_layout_of_design_md():
    for module in ("core/exchange/read.py", "core/exchange/check.py", "core/exchange/convert.py",
                   "core/exchange/write.py", "core/files.py", "core/changes.py",
                   "core/cli/__init__.py", "gui/session.py", "gui/commands.py",
                   "gui/context.py"):  # fmt: skip
        assert (ROOT / module).is_file(), module


def test_the_clone_stands_alone():
    """Nothing reads the folder beside the clone but the contract-drift test, and
    tests never import the benches (the synthetic meetings are core.synthetic)."""
    offences = []
    for folder in ("core", "gui", "tests", "bench", "scripts"):
        for path in python_files(folder):
            if path.name == "test_contracts.py":
                continue
            text = path.read_text(encoding="utf-8")
            if re.search(r"""["']\.\./shared|["']shared["']""", text):
                offences.append(f"{path.relative_to(ROOT)}: reads the folder beside the clone")
            if folder == "tests":
                offences += [
                    f"{path.relative_to(ROOT)}:{line}: imports {module}"
                    for line, module in imported_modules(path)
                    if module.split(".")[0] == "bench"
                ]
    assert offences == []
