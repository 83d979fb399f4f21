"""Choosing who speaks, fast: a few letters, or one digit.

Typing any part of a name, jabatan or instansi lists the matching attendees
(case and diacritics ignored: "hendra", "HÉNDRA" and "asisten perek" all find
Ir. Hendra Saputra, Asisten Perekonomian); Tab or Enter takes the highlighted
one, and Enter also moves straight on to the text. In an empty field (or one
whose text is all selected, as it is right after a statement is saved) the
digits 1–9 pick the attendees numbered in the strip above the field, and the
focus moves on to the text as well. Someone marked absent is still offered
(the ticks may lag behind the room), but says so.

The nine quick picks are chosen to stay put during a meeting: the chair first,
then people in the order they first spoke, then those marked as speakers, then
everyone else present — the note taker is left out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget

from gui.models.collection_model import CollectionModel

Index = QModelIndex | QPersistentModelIndex
QUICK = 9


def fold(text: str | None) -> str:
    """Lower case without accents: what a hurried search should compare."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_text(attendee: Any) -> str:
    parts = (attendee.name, attendee.position, attendee.organization, attendee.represents)
    return fold(" ".join(p for p in parts if p))


def short_name(attendee: Any, limit: int = 24) -> str:
    """A name fit for the quick-pick strip: titles kept, jabatan only if no name."""
    text = attendee.name or attendee.position or "?"
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quick_speakers(
    attendees: list[Any], statements: list[Any], chair_id: int | None, note_taker_id: int | None
) -> list[Any]:
    """The (at most nine) attendees behind the digits 1–9, in a stable order."""
    by_id = {a.id: a for a in attendees}
    order: list[int] = []

    def take(attendee_id: int | None) -> None:
        if (
            attendee_id in by_id
            and attendee_id not in order
            and attendee_id != note_taker_id
            and by_id[attendee_id].is_present
        ):
            order.append(attendee_id)

    take(chair_id)
    for statement in statements:
        if len(order) >= QUICK:
            break
        take(statement.speaker_id)
    for wanted in (("chair", "speaker"), None):
        for a in attendees:
            if len(order) >= QUICK:
                break
            if wanted is None or a.role in wanted:
                take(a.id)
    return [by_id[i] for i in order[:QUICK]]


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change what a proxy filters on (Qt ≥ 6.9 wants begin/end around it)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - older Qt
        change()
        proxy.invalidateRowsFilter()


class AttendeeMatches(QSortFilterProxyModel):
    """The attendees whose name, jabatan or instansi contains the folded query."""

    def __init__(self, source: CollectionModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.query = ""
        self._keys: dict[tuple[int, str], str] = {}

    def set_query(self, text: str) -> None:
        query = fold(text).strip()
        if query != self.query:
            refilter(self, lambda: setattr(self, "query", query))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.query:
            return True
        item = self.sourceModel().item(source_row)  # type: ignore[attr-defined]
        key = (item.id, item.label)
        text = self._keys.get(key)
        if text is None:
            text = self._keys[key] = search_text(item)
        return all(word in text for word in self.query.split())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Each match as its label (the shared attendees model's first column is "No")."""
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            item = self.sourceModel().item(self.mapToSource(index).row())  # type: ignore[attr-defined]
            if item.present is False:
                return self.tr("{0} — tidak hadir").format(item.label)
            return item.label
        return super().data(index, role)


class SpeakerPicker(QLineEdit):
    #: the chosen attendee changed (id or None)
    speakerChanged = Signal(object)
    #: someone was picked (a digit, or Enter on a match): the caller moves on to the text
    quickPicked = Signal(int)
    #: Esc in an empty field, with no list open
    escaped = Signal()

    def __init__(
        self, attendees: CollectionModel, parent: QWidget | None = None, moves_on: bool = False
    ) -> None:
        """``moves_on``: Enter in the field picks and moves on (the capture bar),
        rather than going to the dialog around it (the edit dialog's OK)."""
        super().__init__(parent)
        self.attendees = attendees
        self.moves_on = moves_on
        self.speaker_id: int | None = None
        self.quick: list[Any] = []
        self.matches = AttendeeMatches(attendees, self)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(Qt.ItemDataRole.DisplayRole)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._on_activated)
        self.textEdited.connect(self._on_edited)
        attendees.dataChanged.connect(self._on_attendee_changed)
        attendees.rowsRemoved.connect(self._on_attendee_changed)
        self.setPlaceholderText(self.tr("ketik nama/jabatan, atau angka 1–9"))
        self.setClearButtonEnabled(True)

    # ---- choosing ------------------------------------------------------------------

    def set_speaker(self, attendee_id: int | None, announce: bool = True) -> None:
        row = self.attendees.row_of(attendee_id) if attendee_id is not None else -1
        self.speaker_id = attendee_id if row >= 0 else None
        self.setText(self.attendees.item(row).label if row >= 0 else "")
        if announce:
            self.speakerChanged.emit(self.speaker_id)

    def resolve(self) -> int | None:
        """The chosen speaker; a typed fragment counts as the first match."""
        if self.speaker_id is None and self.text().strip():
            self.matches.set_query(self.text())
            if self.matches.rowCount():
                self.set_speaker(self.matches.index(0, 0).data(CollectionModel.IdRole))
        return self.speaker_id

    def _on_activated(self, index: QModelIndex) -> None:
        attendee_id = index.data(CollectionModel.IdRole)
        if attendee_id is not None:
            self.set_speaker(int(attendee_id))
            self.quickPicked.emit(int(attendee_id))

    def _on_edited(self, text: str) -> None:
        if self.speaker_id is not None:
            self.speaker_id = None
            self.speakerChanged.emit(None)
        self.matches.set_query(text)
        if text.strip() and self.matches.rowCount():
            self.completer_.complete()
            popup = self.completer_.popup()
            popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))
        else:
            self.completer_.popup().hide()

    def _on_attendee_changed(self, *_: object) -> None:
        if self.speaker_id is None:
            return
        if self.attendees.row_of(self.speaker_id) < 0:
            # deleted (or its adding undone) — even while the field has the focus: a
            # speaker who is no longer in the list must not stay chosen
            self.set_speaker(None)
        elif not self.hasFocus():
            self.set_speaker(self.speaker_id, announce=False)

    # ---- quick picks ---------------------------------------------------------------

    def set_quick(self, attendees: list[Any]) -> None:
        self.quick = attendees

    def _quick_ready(self) -> bool:
        return not self.text() or self.selectedText() == self.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self._quick_ready():
            n = key - Qt.Key.Key_1
            if n < len(self.quick):
                self.set_speaker(self.quick[n].id)
                self.quickPicked.emit(self.quick[n].id)
            event.accept()
            return
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.moves_on and not self.completer_.popup().isVisible():
            if self.resolve() is not None:
                self.quickPicked.emit(self.speaker_id)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and not self.completer_.popup().isVisible():
            if self.text():
                self.clear()
                self._on_edited("")
            else:
                self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.resolve()
        super().focusOutEvent(event)


class QuickStrip(QLabel):
    """The numbered strip of quick picks shown above the speaker field."""

    def show_quick(self, attendees: list[Any]) -> None:
        if not attendees:
            self.setText(self.tr("Belum ada peserta — isi tab Peserta (Alt+2) dahulu."))
            self.setToolTip("")
            return
        parts = [
            self.tr("<b>{0}</b>&nbsp;{1}").format(n + 1, _escape(short_name(a)))
            for n, a in enumerate(attendees)
        ]
        self.setText("&nbsp;&nbsp;·&nbsp; ".join(parts))
        self.setToolTip(
            "\n".join(f"{n + 1}  {a.label}" for n, a in enumerate(attendees))
            + "\n\n"
            + self.tr("Tekan angkanya di kolom Pembicara yang kosong.")
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
