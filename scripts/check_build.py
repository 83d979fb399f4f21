"""Check a one-folder build (dist/notula) the way a clerk's PC would use it.

From an empty folder elsewhere, so nothing can come from the checkout:
``--version``, ``import`` of the sample and ``render`` of its minutes to a
.docx; the window starting (offscreen) and staying up; and, on Linux,
starting where no display can be opened gives one sentence and exit 2. On
Windows the commands go to notula-cli.exe, the window to notula.exe.

    python scripts/check_build.py [dist/notula]

Exits 1 with what failed, else prints what it checked.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "sample"
SAMPLE = SAMPLES / "rakor_inflasi_2023.v2.json"  # v2: attachments, signatories, series
OFFICE = SAMPLES / "office_bangka_barat.json"
WINDOWS = sys.platform == "win32"
#: how long the window must stay up once its archive exists
WINDOW_UP_S = 2.0
#: what Qt's offscreen platform says of every window; anything else on stderr fails
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"
#: a start slower than this is a hang, not a slow machine
START_LIMIT_S = 120.0


def fail(message: str) -> None:
    print(f"check_build: {message}", file=sys.stderr)
    sys.exit(1)


def clean_env(**extra: str) -> dict[str, str]:
    """The user's environment without Notula's archive or a checkout on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("NOTULA_DB", "PYTHONPATH")}
    return {**env, **extra}


def run(
    exe: Path, *args: str, cwd: Path, env: dict[str, str] | None = None, expect: int = 0
) -> str:
    """stdout of a command that must exit ``expect`` (stderr instead when it fails on purpose)."""
    done = subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=env or clean_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=START_LIMIT_S,
    )
    if done.returncode != expect:
        fail(f"{exe.name} {' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return done.stdout if expect == 0 else done.stderr


def check_commands(cli: Path, work: Path) -> None:
    version = run(cli, "--version", cwd=work)
    if not version.startswith("notula "):
        fail(f"--version printed {version!r}")
    db = work / "arsip.db"
    meeting_id = run(cli, "--db", str(db), "import", str(SAMPLE), cwd=work).strip()
    if not meeting_id.isdigit():
        fail(f"import printed {meeting_id!r}, not a meeting id")
    run(cli, "--db", str(db), "office", "set", str(OFFICE), cwd=work)  # the logo is checked
    run(cli, "--db", str(db), "render", meeting_id, "--minutes", "notula.docx", cwd=work)
    docx = work / "notula.docx"
    with zipfile.ZipFile(docx) as package:
        document = package.read("word/document.xml").decode("utf-8")
        styles = package.read("word/styles.xml").decode("utf-8")
    if "Inflasi" not in document:
        fail(f"{docx} does not hold the sample's minutes")
    if 'w:styleId="NotulaTitle"' not in styles:
        fail(f"{docx} was not made from Notula's template (resources/templates)")
    if "KABUPATEN BANGKA BARAT" not in document:
        fail(f"{docx} has no letterhead from the office profile")
    print(
        f"commands: {version.strip()}, import v2 -> id {meeting_id}, office set, "
        f"render -> {docx.name} with its letterhead"
    )
    check_language(cli, work)


def check_language(cli: Path, work: Path) -> None:
    """The Indonesian catalogue (a .po read by Babel) is in the build and read."""
    missing = work / "tidak-ada.db"
    for lang, words in (("id_ID.UTF-8", "arsip tidak ada"), ("en_US.UTF-8", "does not exist")):
        env = clean_env(LANG=lang, LC_ALL="", LC_MESSAGES="")
        said = run(cli, "--db", str(missing), "list", cwd=work, env=env, expect=2)
        if words not in said:
            fail(f"list on a missing archive under {lang} said {said!r}")
    print("messages: Indonesian and English by locale")


def check_data_files(folder: Path) -> None:
    """Every file of resources/ the program reads, including those whose absence the
    window would not show as a failure (the icons, the English .qm)."""
    patterns = ("resources/*/*.png", "resources/*/*.qm", "resources/*/*.docx", "resources/*/*.json")
    shipped = [path.relative_to(ROOT) for pattern in patterns for path in ROOT.glob(pattern)]
    missing = [str(name) for name in shipped if not (folder / "_internal" / name).is_file()]
    if missing:
        fail(f"not in the build: {', '.join(missing)}")
    print(f"data files: all {len(shipped)} of resources/ are in the build")


def check_no_display(gui: Path, work: Path) -> None:
    env = clean_env(LANG="en_US.UTF-8")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES"):
        env.pop(name, None)
    done = subprocess.run(
        [str(gui), "--db", str(work / "x.db")],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=START_LIMIT_S,
    )
    lines = done.stderr.splitlines()
    if done.returncode != 2 or len(lines) != 1 or "display" not in lines[0]:
        fail(f"without a display: exit {done.returncode}, stderr {done.stderr!r}")
    print(f"no display: exit 2, {lines[0]!r}")


def check_window(gui: Path, work: Path) -> None:
    """The GUI starts offscreen: its archive is opened and it keeps running, silent."""
    db = work / "gui.db"
    log = work / "gui.log"
    env = clean_env(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"))
    with log.open("w", encoding="utf-8") as err:
        child = subprocess.Popen([str(gui), "--db", str(db)], cwd=work, env=env, stderr=err)
        try:
            deadline = time.monotonic() + START_LIMIT_S
            while not db.exists() and child.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            if db.exists() and child.poll() is None:
                time.sleep(WINDOW_UP_S)
            code = child.poll()
        finally:
            child.kill()
            child.wait()
    said = log.read_text(encoding="utf-8").splitlines()
    errors = "\n".join(line for line in said if line.strip() and OFFSCREEN_NOTE not in line)
    if code is not None or not db.exists() or errors:
        fail(f"the window did not stay up (exit {code}): {errors}")
    print("window: started offscreen, archive opened, still running after 2 s")


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "notula").resolve()
    gui = folder / ("notula.exe" if WINDOWS else "notula")
    cli = folder / ("notula-cli.exe" if WINDOWS else "notula")
    for exe in {gui, cli}:
        if not exe.is_file():
            fail(f"{exe} is missing: run scripts/build.sh first")
    check_data_files(folder)
    with tempfile.TemporaryDirectory(prefix="notula-check-") as tmp:
        work = Path(tmp)
        check_commands(cli, work)
        if sys.platform.startswith("linux"):
            check_no_display(gui, work)
        check_window(gui, work)
    print(f"check_build: {folder} works")


if __name__ == "__main__":
    main()
