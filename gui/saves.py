"""Saves waiting for the archive while another program holds its write lock.

A second Notula, the command line or a backup tool may hold the archive's
write lock for a while. The GUI's connection waits only a fraction of a
second for it (:data:`gui.context.GUI_WAIT_S`), so no keystroke freezes the
window; an operation refused as "locked" is not an error for the clerk: it
waits here, in order, and a timer tries the first one again (every 0.5 s,
slowing to 2 s) without blocking the event loop. While anything waits, every
later operation waits behind it (an edit after its add), and undo/redo are
disabled (:meth:`PendingSaves.waiting`), so the history cannot reorder.

A save that finally runs is finished exactly as one that ran at once (its
``finish``: the undo step pushed, the change announced) and says so on
:attr:`Pending.saved`; one the archive refuses for another reason (read-only,
final, deleted meanwhile) is reported like any failure and dropped, with
:attr:`Pending.dropped`. :attr:`gui.events.ArchiveEvents.savesWaiting` tells
every window how many are waiting.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import NotulaError, StorageError

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from gui.events import ArchiveEvents
    from gui.prompts import Prompts

FIRST_RETRY_MS = 500
LAST_RETRY_MS = 2000

SAVED, WAITING, FAILED = "saved", "waiting", "failed"


def is_locked(exc: BaseException) -> bool:
    """Another program holds the archive's write lock: worth waiting for."""
    return isinstance(exc, StorageError) and exc.reason == "locked"


class Pending(QObject):
    """One save: the core step, what to do once it ran, and where it belongs."""

    #: it ran (late or at once): the step's result
    saved = Signal(object)
    #: it waited, then the archive refused it for another reason: this Pending
    dropped = Signal(object)

    def __init__(
        self,
        step: Callable[[], Any],
        finish: Callable[[Any], object] | None = None,
        *,
        stack: QUndoStack | None = None,
        op: Callable[..., Any] | None = None,
        args: tuple = (),
        key: Hashable | None = None,
        report: bool = True,
    ) -> None:
        """``stack``: the undo history it belongs to (a window closing counts
        and drops its own); ``op`` and ``args``: the core operation and its
        arguments, for whoever shows what waits or puts back what was dropped;
        ``key``: a newer save with the same key replaces this one while it
        waits (a draft); ``report``: say a failure."""
        super().__init__()
        self.step = step
        self.finish = finish
        self.stack = stack
        self.op = op
        self.args = args
        self.key = key
        self.report = report
        self.state = WAITING
        self.result: Any = None
        self.error: BaseException | None = None


class PendingSaves(QObject):
    """The queue of saves the archive has not taken yet (one per application)."""

    def __init__(
        self, events: ArchiveEvents, prompts: Prompts, report: Callable[[BaseException], None]
    ) -> None:
        """``report`` tells the clerk of a failure (AppContext.report)."""
        super().__init__()
        self.events = events
        self.prompts = prompts
        self.report = report
        self.queue: list[Pending] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FIRST_RETRY_MS)
        self.timer.timeout.connect(self.retry)
        self._draining = False
        #: while announcing that the clerk dropped saves: how many (nothing was saved)
        self.discarded = 0

    def waiting(self, stack: QUndoStack | None = None) -> int:
        """How many saves wait (for ``stack`` only, if given)."""
        return sum(1 for p in self.queue if stack is None or p.stack is stack)

    def submit(self, pending: Pending) -> str:
        """Run ``pending`` now, or queue it: SAVED, WAITING or FAILED (told)."""
        if self.queue:  # behind what waits, never before it
            self._enqueue(pending)
            return WAITING
        try:
            pending.result = pending.step()
        except Exception as exc:  # noqa: BLE001 - a bug is reported and logged, not raised
            if is_locked(exc):
                self._enqueue(pending)
                return WAITING
            self._fail(pending, exc)
            return FAILED
        self._done(pending)
        return SAVED

    def retry(self) -> None:
        """Try the first waiting save again; on success the next ones follow."""
        if self._draining:
            return
        self._draining = True
        try:
            while self.queue:
                head = self.queue[0]
                try:
                    head.result = head.step()
                except Exception as exc:  # noqa: BLE001 - see submit
                    if is_locked(exc):
                        self._later()
                        return
                    self.queue.pop(0)
                    self._fail(head, exc)
                    head.dropped.emit(head)
                    self._announce()
                    continue
                self.queue.pop(0)
                self._done(head)
                self._announce()
            self.timer.setInterval(FIRST_RETRY_MS)
        finally:
            self._draining = False
            if self.queue and not self.timer.isActive():  # a bug in a slot: keep trying
                self.timer.start()

    def drop(self, stack: QUndoStack | None = None) -> int:
        """Forget what waits for ``stack`` (or everything), once the clerk chose
        to close its window without waiting (:meth:`may_close`); how many."""
        kept = [p for p in self.queue if stack is not None and p.stack is not stack]
        dropped = len(self.queue) - len(kept)
        if dropped:
            self.queue = kept
            if not kept:
                self.timer.stop()
                self.timer.setInterval(FIRST_RETRY_MS)
            self.discarded = dropped
            try:
                self._announce()
            finally:
                self.discarded = 0
        return dropped

    def forget(self, key: Hashable) -> None:
        """A waiting save that is no longer wanted (a draft whose words were saved)."""
        kept = [p for p in self.queue if p.key is None or p.key != key]
        if len(kept) != len(self.queue):
            self.queue = kept
            self._announce()
            if not kept:
                self.timer.stop()

    # ---- what the clerk reads ---------------------------------------------------

    def waiting_text(self, count: int) -> str:
        """The state every window shows while saves wait."""
        return self.tr(
            "Menunggu arsip… %n perubahan belum tersimpan (arsip sedang dipakai program lain)",
            "",
            count,
        )

    def waiting_tip(self) -> str:
        return self.tr(
            "Program lain (Notula yang lain, baris perintah, atau program cadangan) sedang "
            "menulis ke arsip. Notula terus mencoba dan menyimpan perubahan ini berurutan begitu "
            "arsip bebas; urungkan dan ulangi menunggu sampai saat itu. Jangan tutup Notula."
        )

    def settled(self, doing: str) -> bool:
        """Nothing waits for the archive, so an act that cannot come after an edit
        (finalising, a new revision, a restore) may run now; True then. Whatever
        waits is tried once first (the lock may have just gone: the clerk should
        not wait for the timer); if some still wait, the clerk is told in one
        sentence that ``doing`` can be done once they are saved, and False."""
        if self.queue:
            self.retry()
        count = self.waiting()
        if not count:
            return True
        self.prompts.info(
            self.tr(
                "%n perubahan masih menunggu arsip (sedang dipakai program lain); {0} dapat "
                "dilakukan setelah perubahan itu tersimpan.",
                "",
                count,
            ).format(doing),
            self.tr("Menunggu arsip"),
        )
        return False

    def tell_locked(self, doing: str) -> None:
        """An act that is not queued met the lock itself: the sentence, not the
        generic "locked" error (nothing went wrong; the clerk tries again)."""
        self.prompts.info(
            self.tr("Arsip sedang dipakai program lain; coba {0} lagi setelah arsip bebas.").format(
                doing
            ),
            self.tr("Menunggu arsip"),
        )

    def may_close(self, stack: QUndoStack | None = None) -> bool:
        """Closing would drop saves still waiting (for ``stack``, or any): True when
        none wait (tried once more first: the lock may have just gone) or the clerk
        chose to close without them; False: wait."""
        if self.waiting(stack):
            self.retry()
        count = self.waiting(stack)
        if not count:
            return True
        return self.prompts.confirm(
            self.tr(
                "%n perubahan belum tersimpan: arsip sedang dipakai program lain, dan Notula "
                "masih menunggu untuk menyimpannya.\n\nTunggu sampai tersimpan, atau tutup "
                "tanpa menyimpan perubahan itu (perubahan itu hilang)?",
                "",
                count,
            ),
            self.tr("Menunggu arsip"),
            self.tr("Tutup tanpa menyimpan"),
            self.tr("Tunggu"),
        )

    # ---- inside -----------------------------------------------------------------

    def _enqueue(self, pending: Pending) -> None:
        if pending.key is not None:
            for n, queued in enumerate(self.queue):
                if queued.key == pending.key:
                    self.queue[n] = pending  # the newer words, in the older one's place
                    return
        self.queue.append(pending)
        if not self.timer.isActive() and not self._draining:
            self.timer.start()
        self._announce()

    def _later(self) -> None:
        self.timer.setInterval(min(self.timer.interval() * 2, LAST_RETRY_MS))
        self.timer.start()

    def _done(self, pending: Pending) -> None:
        pending.state = SAVED
        if pending.finish is not None:
            pending.finish(pending.result)
        pending.saved.emit(pending.result)

    def _fail(self, pending: Pending, exc: BaseException) -> None:
        pending.state, pending.error = FAILED, exc
        if pending.report or not isinstance(exc, NotulaError):  # a bug is never quiet
            self.report(exc)

    def _announce(self) -> None:
        self.events.savesWaiting.emit(len(self.queue))
