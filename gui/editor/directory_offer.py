"""A correction made to an attendee may belong in the directory too (issue 16, item 8).

An attendee is a snapshot of a directory entry, kept with the meeting so old
minutes print as they were. When the clerk corrects the name, NIP, rank,
jabatan, instansi or contact of an attendee copied from the directory, one
question (Enter: yes) offers to correct the entry as well, and names the
other meetings that keep the old snapshot. Yes is one more step on the
meeting's undo history, through the session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from core import model
from core.errors import NotulaError
from core.store.directory import PERSON_COLUMNS
from gui.editor.delegates import date_text

if TYPE_CHECKING:
    from gui.session import MeetingSession

#: at most this many other meetings are named; the rest are counted
NAMED = 5


def offer_directory_update(
    session: MeetingSession, attendee: model.Attendee, changes: dict[str, Any]
) -> bool:
    """Ask, and correct the directory entry; True when it was corrected."""
    fields = {k: v for k, v in changes.items() if k in PERSON_COLUMNS}
    if attendee.person_id is None or not fields:
        return False
    store = session.ctx.store
    try:
        person = store.get_person(attendee.person_id)
        others = store.meetings_with_person(attendee.person_id, but=session.meeting_id)
        named = [store.meeting_summary(i) for i in others[:NAMED]]
    except NotulaError:
        return False  # the entry is gone (merged, deleted): nothing to offer
    differ = {k: v for k, v in fields.items() if getattr(person, k) != v}
    if not differ:
        return False
    lines = [f"• {date_text(m.date)} — {m.title}" for m in named]
    if len(others) > NAMED:
        more = len(others) - NAMED
        lines.append(
            QCoreApplication.translate("DirectoryOffer", "• dan {0} rapat lain").format(more)
        )
    if lines:
        heading = QCoreApplication.translate(
            "DirectoryOffer", "Rapat lain tetap memakai data lama:"
        )
        keep = heading + "\n" + "\n".join(lines)
    else:
        keep = QCoreApplication.translate(
            "DirectoryOffer", "Tidak ada rapat lain yang memakai data ini."
        )
    question = QCoreApplication.translate(
        "DirectoryOffer", "Perbaiki juga “{0}” di direktori pejabat?\n\n{1}"
    ).format(person.label, keep)
    ok = QCoreApplication.translate("DirectoryOffer", "Perbarui direktori")
    if not session.ctx.prompts.confirm(
        question, QCoreApplication.translate("DirectoryOffer", "Direktori pejabat"), ok
    ):
        return False
    text = QCoreApplication.translate("DirectoryOffer", "Perbarui direktori: {0}").format(
        person.label
    )
    return session.run(store.edit_person, attendee.person_id, differ, text=text) is not None
