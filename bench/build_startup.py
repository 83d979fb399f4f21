"""How long the one-folder build (dist/notula) takes to start, beside ``python main.py``.

Two figures per program, medians over interleaved rounds: ``--version`` (a
command: process start, the frozen archive, the command line) and, when Xvfb
and xdotool are installed, the time from process start until the archive
window is visible on a real X server (Xvfb), with the sample in the archive.
The window is looked for every 10 ms, so that figure is that much coarse.
The PyInstaller build unpacks nothing (one folder), so it should start about
as fast as the venv; this shows whether it does.

    python bench/build_startup.py [--runs 9] [--build dist/notula]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "sample" / "rakor_inflasi_2023.json"
DISPLAY = ":941"
POLL_S = 0.01


def timed_version(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([*command, "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def timed_window(command: list[str], env: dict[str, str], db: Path) -> float:
    """Seconds from process start until a visible window named Notula exists."""
    started = time.perf_counter()
    child = subprocess.Popen([*command, "--db", str(db)], env=env)
    try:
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Notula"],
                env=env,
                capture_output=True,
            )
            if found.returncode == 0:
                return time.perf_counter() - started
            if child.poll() is not None or time.perf_counter() - started > 60:
                raise RuntimeError(f"{command[0]} did not show its window ({child.poll()})")
            time.sleep(POLL_S)
    finally:
        child.kill()
        child.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--build", type=Path, default=ROOT / "dist" / "notula")
    args = parser.parse_args()
    frozen = args.build / ("notula.exe" if os.name == "nt" else "notula")
    if not frozen.exists():
        sys.exit(f"{frozen} is missing: run bash scripts/build.sh first")
    programs = {"build": [str(frozen)], "venv": [sys.executable, str(ROOT / "main.py")]}
    work = Path(tempfile.mkdtemp(prefix="notula-bench-build-"))
    env = {k: v for k, v in os.environ.items() if k not in ("NOTULA_DB", "QT_QPA_PLATFORM")}
    env.update(XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"))
    db = work / "arsip.db"
    subprocess.run(
        [str(frozen), "--db", str(db), "import", str(SAMPLE)],
        env=env,
        check=True,
        capture_output=True,
    )
    print(f"build: {args.build} ({du(args.build) / 2**20:.0f} MiB)")

    versions: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(args.runs):
        for name, command in programs.items():
            versions[name].append(timed_version(command, env))
    for name, times in versions.items():
        print(f"{name:5} --version: median {ms(times)} ms, min {ms([min(times)])} ms")

    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        print("window: needs Xvfb and xdotool (apt-get install xvfb xdotool)")
        return
    # -noreset: by default the server resets when its last client leaves, and
    # a program started during that reset finds no display
    server = subprocess.Popen(
        ["Xvfb", DISPLAY, "-nolisten", "tcp", "-noreset"], stderr=subprocess.DEVNULL
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{DISPLAY[1:]}")
        while not socket.exists() and server.poll() is None:
            time.sleep(POLL_S)
        env["DISPLAY"] = DISPLAY
        windows: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, command in programs.items():
                windows[name].append(timed_window(command, env, db))
        for name, times in windows.items():
            print(f"{name:5} window visible: median {ms(times)} ms, min {ms([min(times)])} ms")
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(work, ignore_errors=True)


def ms(times: list[float]) -> int:
    return round(statistics.median(times) * 1000)


def du(folder: Path) -> int:
    """Bytes on disk, each file once (the build links some libraries by symlink)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_symlink() and p.is_file())


if __name__ == "__main__":
    main()
