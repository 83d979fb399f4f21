"""Whether the GUI can open a window here, asked before Qt is (cli.md).

Without a display Qt does not fail politely: it prints a paragraph about
platform plugins and aborts (a core dump, exit 134). So the GUI's start asks
first and, where no window can be opened, says so in one sentence with what
to do, exit 2. Only Linux and the other X11 systems are asked about: Windows
and macOS always have their desktop.

``QT_QPA_PLATFORM`` set to anything but xcb (offscreen, wayland, vnc …)
counts as a display: whoever set it chose where windows go. A Wayland
session (``WAYLAND_DISPLAY``) is left to Qt. Otherwise Qt takes the X server
named by ``DISPLAY``; that one is asked with the same libxcb call Qt would
make, which costs a connection of about a millisecond, and nothing at all
where ``QT_QPA_PLATFORM`` is set (as in the start-up bench and the tests).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

#: systems whose windows do not go through X11 or Wayland
DESKTOP_PLATFORMS = ("win32", "cygwin", "darwin")


def display_problem(
    environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> str | None:
    """None when a window can be opened, else the sentence that tells the user why not."""
    if platform.startswith(DESKTOP_PLATFORMS):
        return None
    env = os.environ if environ is None else environ
    # "wayland;xcb" is a list to try in turn; "xcb:option=value" carries options
    plugin = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if plugin and plugin != "xcb":
        return None
    if not plugin and env.get("WAYLAND_DISPLAY"):
        return None
    display = env.get("DISPLAY", "")
    if display and x_server_answers(display):
        return None
    from core.i18n import _  # only now: a start that goes on never spends ~0.5 ms on it

    if not display:
        return _(
            "There is no display to open the window on: set DISPLAY or start Notula from the "
            "desktop, or use the commands (notula --help)."
        )
    return _(
        "The display {display} cannot be opened: check DISPLAY or start Notula from the "
        "desktop, or use the commands (notula --help)."
    ).format(display=display)


def x_server_answers(display: str) -> bool:
    """True when libxcb connects to ``display`` as Qt's xcb plugin will.

    Without libxcb we cannot ask, and Qt's plugin cannot load either; it
    says so itself, so that is not reported here as a missing display.
    """
    import ctypes  # only here: a start with QT_QPA_PLATFORM set never pays for it

    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.c_void_p)
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    # a failed connection is a static error object, never NULL, and safe to disconnect
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return xcb.xcb_connection_has_error(connection) == 0
    finally:
        xcb.xcb_disconnect(connection)
