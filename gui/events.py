"""One place where the archive announces what changed.

Every edit runs a core operation that returns a ``Changes`` record
(core.changes); :meth:`AppContext.announce` emits it here and each model
touches only the rows it names. No view ever polls the database.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ArchiveEvents(QObject):
    #: a core.changes.Changes: what one operation (or its undo) changed
    changed = Signal(object)
    #: office settings changed
    settingsChanged = Signal()
    #: a change could not be saved (or another error was shown): the message
    errorReported = Signal(str)
    #: how many saves wait for the archive another program holds (0: all saved);
    #: see gui.saves
    savesWaiting = Signal(int)
