"""Errors that carry a message a clerk or an administrator can act on.

Anything raised as :class:`NotulaError` is shown as-is (one line, no
traceback) by the command line and by the GUI's error seam; every other
exception is a bug and is logged.
"""

from __future__ import annotations


class NotulaError(Exception):
    """A problem with input or environment, described for the user."""


class InputError(NotulaError):
    """Bad input: a file, a field or an argument that cannot be accepted."""


class StorageError(NotulaError):
    """The archive database cannot be opened, read or written.

    ``reason`` names the kind of failure ("locked", "read_only", "disk_full",
    "damaged", "cannot_open", "newer", "final" (the meeting is final and
    locked) or "other") and ``path`` the file, so a front
    end can say it in its own words; the message is the core's technical
    sentence, in the language of the run (core.i18n).
    """

    def __init__(self, message: str, reason: str = "other", path: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.path = path


class NotFoundError(InputError):
    """An id that names nothing in the archive."""


class DuplicateMeetingError(InputError):
    """An imported file whose uid is already in the archive."""

    def __init__(self, message: str, meeting_id: int) -> None:
        super().__init__(message)
        self.meeting_id = meeting_id
