"""Where the GUI cannot open a window it says so in one sentence (cli.md)."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from core import display, i18n


def unused_display() -> str:
    """An X display number no server listens on (no socket in /tmp/.X11-unix)."""
    for number in range(917, 1000):
        if not Path(f"/tmp/.X11-unix/X{number}").exists():
            return f":{number}"
    pytest.skip("every display number from :917 on is taken")


@pytest.fixture
def english():
    i18n.set_language("en")
    yield
    i18n.set_language(None)


@pytest.mark.parametrize(
    "environ",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland"},
        {"QT_QPA_PLATFORM": "minimal"},
        {"WAYLAND_DISPLAY": "wayland-0"},
    ],
)
def test_a_chosen_platform_or_a_wayland_session_counts_as_a_display(environ):
    assert display.display_problem(environ, platform="linux") is None


@pytest.mark.parametrize("platform", ["win32", "darwin", "cygwin"])
def test_windows_and_macos_always_have_a_desktop(platform):
    assert display.display_problem({}, platform=platform) is None


@pytest.mark.parametrize(
    "environ",
    [{}, {"QT_QPA_PLATFORM": "xcb"}, {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}],
)
def test_no_display_is_one_sentence_that_says_what_to_do(english, environ):
    message = display.display_problem(environ, platform="linux")
    assert message is not None and "\n" not in message
    assert message.startswith("There is no display")
    assert "DISPLAY" in message and "notula --help" in message


def test_a_display_nobody_answers_on_is_named(english):
    name = unused_display()
    assert not display.x_server_answers(name)
    message = display.display_problem({"DISPLAY": name}, platform="linux")
    assert message is not None and "\n" not in message
    assert message.startswith(f"The display {name} cannot be opened")


def test_the_sentence_is_indonesian_by_default():
    i18n.set_language("id")
    try:
        message = display.display_problem({}, platform="linux")
    finally:
        i18n.set_language(None)
    assert message is not None and message.startswith("Tidak ada layar")


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_a_running_x_server_answers(tmp_path):
    name = unused_display()
    log = tmp_path / "xvfb.log"
    server = subprocess.Popen(
        ["Xvfb", name, "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{name[1:]}")
        deadline = time.monotonic() + 30  # a server that never starts, not a slow one
        while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert socket.exists(), f"Xvfb did not start: {log.read_text(errors='replace')}"
        assert display.x_server_answers(name)
        assert display.display_problem({"DISPLAY": name}, platform="linux") is None
    finally:
        server.terminate()
        server.wait()
