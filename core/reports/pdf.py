"""PDF through LibreOffice (``soffice --headless --convert-to pdf``).

Each conversion runs with its own throw-away user profile
(``-env:UserInstallation``): LibreOffice refuses to start a second instance on
a profile that is in use — for example the clerk's own open LibreOffice — and
would otherwise silently do nothing. The process is polled so a caller can
cancel (the GUI's Cancel button) and a hung conversion is killed at the
timeout. Output goes to a temporary folder first and is then moved beside each
document, so a cancelled run never leaves half a PDF.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from core.errors import NotulaError
from core.i18n import _
from core.problems import problem

INSTALL_COMMAND = "sudo apt-get install libreoffice-writer-nogui"
#: PDF/A-2b (SRIKANDI and ANRI archive it): the export filter's options as JSON, which
#: LibreOffice reads from 7.4 on (an older one ignores them and writes a plain PDF)
PDF_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
TIMEOUT_S = 180.0
_CANDIDATES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
)


class OfficeMissingError(NotulaError):
    """LibreOffice is not installed: documents can be made, PDFs cannot."""


class ConversionCancelled(NotulaError):
    """The user cancelled while LibreOffice was converting."""


def find_office() -> str | None:
    """The soffice executable, or None. Cheap enough to call when a dialog opens."""
    env = os.environ.get("NOTULA_SOFFICE")
    if env:
        return env if Path(env).exists() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in _CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return None


def missing_message() -> str:
    return _("LibreOffice was not found, so no PDF was made (install it with: {command})").format(
        command=INSTALL_COMMAND
    )


def convert(
    documents: Sequence[Path],
    *,
    cancel: threading.Event | None = None,
    timeout: float = TIMEOUT_S,
) -> list[Path]:
    """Write ``X.pdf`` beside each ``X.docx``; returns the PDF paths in order."""
    office = find_office()
    if office is None:
        raise OfficeMissingError(missing_message())
    docs = [Path(d) for d in documents]
    if not docs:
        return []
    with tempfile.TemporaryDirectory(prefix="notula-pdf-") as tmp:
        tmp_path = Path(tmp)
        outdir, profile = tmp_path / "out", tmp_path / "profile"
        outdir.mkdir()
        # Same stem in two folders would collide in one output folder: number the copies.
        staged = []
        for n, doc in enumerate(docs):
            src = tmp_path / f"{n:03d}-{doc.stem}.docx"
            shutil.copyfile(doc, src)
            staged.append(src)
        command = [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            PDF_FILTER,
            "--outdir",
            str(outdir),
            *map(str, staged),
        ]
        _run(command, cancel, timeout, tmp_path / "soffice.log")
        results = []
        for doc, src in zip(docs, staged, strict=True):
            made = outdir / (src.stem + ".pdf")
            if not made.exists():
                raise NotulaError(_("LibreOffice made no PDF for {name}").format(name=doc.name))
            target = doc.with_suffix(".pdf")
            shutil.move(str(made), str(target.with_name(f".{target.name}.tmp")))
            os.replace(target.with_name(f".{target.name}.tmp"), target)
            results.append(target)
        return results


def _run(command: list[str], cancel: threading.Event | None, timeout: float, log: Path) -> None:
    """Run soffice, output to a file (a pipe nobody reads can fill and hang it)."""
    with log.open("wb") as out:
        returncode = _wait(command, cancel, timeout, out)
    if returncode != 0:
        text = log.read_text("utf-8", "replace").strip().splitlines()
        reason = text[-1] if text else _("exit code {code}").format(code=returncode)
        raise NotulaError(_("LibreOffice could not make the PDF: {reason}").format(reason=reason))


def _wait(command: list[str], cancel: threading.Event | None, timeout: float, out: object) -> int:
    kwargs: dict = {"stdout": out, "stderr": subprocess.STDOUT, "stdin": subprocess.DEVNULL}
    if sys.platform == "win32":
        kwargs["creationflags"] = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    else:
        kwargs["start_new_session"] = True  # so a cancel can end soffice and its children
    try:
        proc = subprocess.Popen(command, **kwargs)
    except OSError as exc:
        raise OfficeMissingError(
            _("LibreOffice cannot be started: {reason} (install it with: {command})").format(
                reason=problem(exc), command=INSTALL_COMMAND
            )
        ) from None
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                if cancel is not None and cancel.is_set():
                    raise ConversionCancelled(_("making the PDF was cancelled")) from None
                if time.monotonic() > deadline:
                    raise NotulaError(
                        _("LibreOffice did not finish within {seconds} seconds").format(
                            seconds=f"{timeout:.0f}"
                        )
                    ) from None
    finally:
        if proc.poll() is None:
            _kill(proc)
    return proc.returncode


def _kill(proc: subprocess.Popen) -> None:
    """End soffice and whatever it started (its own process group), politely first."""
    _signal_group(proc, "SIGTERM")
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        _signal_group(proc, "SIGKILL")
        proc.wait()


def _signal_group(proc: subprocess.Popen, name: str) -> None:
    if sys.platform == "win32":
        proc.kill() if name == "SIGKILL" else proc.terminate()
        return
    import signal

    with contextlib.suppress(OSError):
        os.killpg(proc.pid, getattr(signal, name))
