"""Meetings whose window was open when Notula stopped are opened again at start.

The archive keeps the ids of the meeting windows that are open (a setting of
the archive, not of the user: another archive has other meetings). A window
closed by the clerk leaves the list, so after a normal exit it is empty; after
a crash or a kill the meetings in it are opened again, each with its draft.
Keeping the list is a convenience: an archive that refuses the write (locked,
read-only) is simply not told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.errors import NotulaError

if TYPE_CHECKING:
    from gui.context import AppContext

OPEN_KEY = "open_meetings"
#: a busy archive (another PC writing) must not hold up opening a meeting
WAIT_S = 0.2


def left_open(ctx: AppContext) -> list[int]:
    """The meetings open when Notula last stopped, that are still in the archive."""
    try:
        ids = ctx.store.get_setting(OPEN_KEY) or []
    except NotulaError:
        return []
    found = []
    for meeting_id in ids:
        try:
            ctx.store.meeting_summary(meeting_id)
        except (NotulaError, TypeError):
            continue  # deleted since (or not an id)
        found.append(meeting_id)
    return found


def _change(ctx: AppContext, meeting_id: int, is_open: bool) -> None:
    try:
        ids = [i for i in (ctx.store.get_setting(OPEN_KEY) or []) if i != meeting_id]
        values = {OPEN_KEY: [*ids, meeting_id] if is_open else ids}
        ctx.store.set_settings(values, wait_s=WAIT_S)
    except NotulaError:
        pass


def opened(ctx: AppContext, meeting_id: int) -> None:
    _change(ctx, meeting_id, True)


def closed(ctx: AppContext, meeting_id: int) -> None:
    _change(ctx, meeting_id, False)
