"""The archive: one :class:`MeetingStore` over one SQLite file."""

from __future__ import annotations

import os

from core.store.attendance import AttendanceMixin
from core.store.database import connect
from core.store.directory import DirectoryMixin
from core.store.drafts import DraftsMixin
from core.store.finalise import FinaliseMixin
from core.store.followups import FollowupsMixin
from core.store.items import ItemsMixin
from core.store.meeting_insert import MeetingInsertMixin
from core.store.meetings import MeetingsMixin
from core.store.operations import OperationsMixin
from core.store.search import SearchMixin
from core.store.settings import SettingsMixin


class MeetingStore(
    AttendanceMixin,
    FollowupsMixin,
    OperationsMixin,
    FinaliseMixin,
    MeetingsMixin,
    MeetingInsertMixin,
    DraftsMixin,
    ItemsMixin,
    DirectoryMixin,
    SearchMixin,
    SettingsMixin,
):
    """Meetings, their lists, drafts, directory, search and settings over one connection.

    The undoable operations (:mod:`core.store.operations`) return a ``Changes``.

    Each thread that needs the archive opens its own store.
    """

    #: what the open had to tell the clerk although it worked (see core.store.wal_guard)
    notices: tuple[str, ...] = ()

    @classmethod
    def open(
        cls,
        path: str | os.PathLike | None,
        *,
        read_only: bool = False,
        notices: list[str] | None = None,
    ) -> MeetingStore:
        """The archive at ``path`` (``None``: in memory, for tests).

        ``read_only`` is for the commands that only read (``list``, ``search``,
        ``export``, ``render``...): any change then fails with a StorageError
        saying the archive is read-only. What the open had to say although it
        worked is appended to ``notices`` (when given) and kept in
        :attr:`notices`.
        """
        notices = [] if notices is None else notices
        store = cls(connect(path, read_only=read_only, notices=notices))
        store.notices = tuple(notices)
        return store


__all__ = ["MeetingStore"]
