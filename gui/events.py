"""One place where the archive announces what changed.

Undo commands call the store, then emit exactly what changed; Qt models
listen and touch only those rows. No view ever polls the database.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ArchiveEvents(QObject):
    #: a meeting was created, deleted or restored: the archive list changes
    meetingsChanged = Signal()
    #: header fields of one meeting changed (meeting_id)
    meetingChanged = Signal(int)
    #: (collection, meeting_id, item_id, index) a row was inserted at index
    itemAdded = Signal(str, int, int, int)
    #: (collection, meeting_id, item_id) a row was removed
    itemRemoved = Signal(str, int, int)
    #: (collection, meeting_id, item_id) fields of a row changed
    itemChanged = Signal(str, int, int)
    #: (collection, meeting_id, item_id, old_index, new_index) a row moved
    itemMoved = Signal(str, int, int, int, int)
    #: the directory of officials changed
    peopleChanged = Signal()
    #: office settings changed
    settingsChanged = Signal()
    #: a change could not be saved (or another error was shown): the message
    errorReported = Signal(str)
