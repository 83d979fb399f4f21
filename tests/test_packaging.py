"""An installed Notula carries what it reads at run time and works from any folder.

A wheel is built (offline: no build isolation, the venv's setuptools) from a
copy of the checkout, once per session, and installed non-editable into a
fresh virtual environment that borrows only the dependencies from this one;
its ``notula`` then answers, imports and renders from an empty folder. The
committed .qm is what lrelease makes of the .ts now, since installed and
frozen copies have no lrelease to make it.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from gui.i18n_build import lrelease

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "rakor_inflasi_2023.json"
WINDOWS = os.name == "nt"
PYTHON = "python.exe" if WINDOWS else "python"
#: what a build never needs from the checkout
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "out", "__pycache__", "*.egg-info", ".*_cache", "*.db"
)


def checkout_files(folder: str, *patterns: str) -> list[str]:
    """The checkout's files under ``folder`` that match, as wheel names."""
    found = {p for pattern in patterns for p in (ROOT / folder).glob(pattern) if p.is_file()}
    return sorted(p.relative_to(ROOT).as_posix() for p in found)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source") / "notula"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCES)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation"]
        + ["--no-index", "--wheel-dir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("notula-*.whl")
    return built


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; its scripts folder.

    The dependencies come from this venv through a .pth line, so nothing is
    downloaded; a .pth line adds a folder but runs none of the .pth files in
    it, so this venv's editable Notula stays out.
    """
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120
    )
    scripts = venv / ("Scripts" if WINDOWS else "bin")
    purelib = venv_python(scripts, "import sysconfig; print(sysconfig.get_path('purelib'))")
    dependencies = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    dependencies.update(site.getsitepackages())
    Path(purelib, "notula-dependencies.pth").write_text(
        "\n".join(sorted(dependencies)) + "\n", encoding="utf-8"
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(scripts / PYTHON), "install", "--quiet"]
        + ["--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return scripts


def venv_python(scripts: Path, code: str, cwd: Path | None = None) -> str:
    """What ``code`` prints, run by the venv's own Python."""
    done = subprocess.run(
        [str(scripts / PYTHON), "-c", code], cwd=cwd, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def run_installed(exe: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NOTULA_DB", "PYTHONPATH")}
    return subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env={**env, "LANG": "en_US.UTF-8", "LC_ALL": ""},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def test_the_committed_translation_is_what_lrelease_makes_of_the_ts(tmp_path):
    tool = lrelease()
    assert tool is not None, "PySide6's lrelease is missing"
    for ts in sorted((ROOT / "resources" / "i18n").glob("*.ts")):
        made = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([*tool, "-silent", str(ts), "-qm", str(made)], check=True, timeout=120)
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} is missing: run python -m gui.i18n_build"
        assert committed.read_bytes() == made.read_bytes(), (
            f"{committed.name} is not what lrelease makes of {ts.name}: "
            "run python -m gui.i18n_build and commit it"
        )


def test_the_wheel_carries_everything_read_at_run_time(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = [
        *checkout_files("resources", "**/*.docx", "**/*.png", "**/*.svg", "**/*.json", "**/*.qm"),
        *checkout_files("core", "*.schema.json", "locale/*.po"),
        "main.py",
        "resources/__init__.py",
    ]
    assert {"resources/templates/notula-base.docx", "resources/i18n/notula_en.qm"} <= set(expected)
    assert [name for name in expected if name not in names] == []
    assert not [name for name in names if name.endswith(".ts")], "the .ts is for translators"


def test_the_wheel_declares_both_commands(wheel):
    with zipfile.ZipFile(wheel) as package:
        (entry_points,) = [n for n in package.namelist() if n.endswith("entry_points.txt")]
        text = package.read(entry_points).decode("utf-8")
    assert "[gui_scripts]\nnotula = main:main" in text
    assert "[console_scripts]\nnotula-cli = main:main" in text


def test_the_installed_program_is_the_wheel_not_the_checkout(installed, tmp_path):
    code = "import core, gui, main, resources; print(resources.ROOT)"
    resources = Path(venv_python(installed, code, cwd=tmp_path))
    assert installed.parent in resources.parents
    assert (resources / "templates" / "notula-base.docx").is_file()


def test_installed_notula_imports_and_renders_from_another_folder(installed, tmp_path):
    # on Windows the gui-script runs without a console; its commands go to notula-cli
    notula = installed / ("notula-cli.exe" if WINDOWS else "notula")
    version = run_installed(notula, "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("notula ")
    db = tmp_path / "arsip.db"
    imported = run_installed(notula, "--db", str(db), "import", str(SAMPLE), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    meeting_id = imported.stdout.strip()
    rendered = run_installed(
        notula, "--db", str(db), "render", meeting_id, "--minutes", "notula.docx", cwd=tmp_path
    )
    assert rendered.returncode == 0, rendered.stderr
    with zipfile.ZipFile(tmp_path / "notula.docx") as docx:
        document = docx.read("word/document.xml").decode("utf-8")
        styles = docx.read("word/styles.xml").decode("utf-8")
    assert "Inflasi" in document
    assert 'w:styleId="NotulaTitle"' in styles  # the template's styles, not python-docx's
