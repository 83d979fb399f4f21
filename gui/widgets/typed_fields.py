"""Time and date fields a clerk fills by typing digits, as on paper.

Qt's own time and date editors edit one section at a time: typing "0900"
into a time that shows "--:--" appends to the hour, and "31122023" into a
date leaves the year alone. A clerk types the digits and expects them to
*replace* what is shown, so:

* :class:`TimeField` takes "0900", "900", "9", "9.00", "09:00" (and an empty
  field: no time) and shows "09.00" once the field is left;
* :class:`DigitDateEdit` takes "31122023", "311223" or "31.12.2023" typed
  into the field (day, month, year), keeping the calendar popup and the
  long Indonesian display.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

INVALID_STYLE = "border: 2px solid #c0392b; border-radius: 3px;"
_SEPARATED = re.compile(r"(\d{1,2})[.:](\d{2})")
_DIGITS = re.compile(r"\d{1,4}")


def parse_time(text: str) -> str | None:
    """ "0900", "900", "9", "9.00", "09:00" → "09:00"; "" → None; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    if m := _SEPARATED.fullmatch(text):
        hour, minute = int(m.group(1)), int(m.group(2))
    elif _DIGITS.fullmatch(text):
        hour, minute = (int(text[:-2]), int(text[-2:])) if len(text) > 2 else (int(text), 0)
    else:
        raise ValueError(text)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return f"{hour:02d}:{minute:02d}"


def shown_time(value: str | None) -> str:
    """ "09:00" as the minutes print it: "09.00"."""
    return value[:5].replace(":", ".") if value else ""


class TimeField(QLineEdit):
    """A clock time typed as digits; empty means "no time"."""

    # the clerk left the field with a valid, different time (str or None)
    timeEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: str | None = None
        self.setPlaceholderText(self.tr("jj.mm"))
        self.setToolTip(self.tr("Ketik jamnya, mis. 0900, 9.00 atau 09:00; kosong: tanpa jam."))
        self.setMaxLength(5)
        self.setMaximumWidth(110)
        self.editingFinished.connect(self._finished)

    def value(self) -> str | None:
        """The time shown, as "HH:MM" (None: empty); raises ValueError if unreadable."""
        return parse_time(self.text())

    def raw(self) -> str | None:
        """The value, or the typed text as it is when it is no time (the core refuses it)."""
        try:
            return self.value()
        except ValueError:
            return self.text()

    def set_value(self, value: str | None) -> None:
        self._value = value[:5] if value else None
        self.setText(shown_time(value))
        self._mark(True)

    def _finished(self) -> None:
        try:
            value = self.value()
        except ValueError:
            self._mark(False)
            return
        self._mark(True)
        self.setText(shown_time(value))
        if value != self._value:
            self._value = value
            self.timeEdited.emit(value)

    def _mark(self, ok: bool) -> None:
        self.setStyleSheet("" if ok else INVALID_STYLE)
        self.setProperty("problem", None if ok else self.tr("Jam tidak terbaca: {0}").format(
            self.text()))  # fmt: skip

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # typed digits replace the time (after a click too, once Qt placed the cursor)
        QTimer.singleShot(0, self.selectAll)


class DigitDateEdit(QDateEdit):
    """A date edit that also takes the whole date typed as digits (day, month, year)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed: str | None = None  # the digits being typed, else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        typing = self.typed is not None
        if plain and text and (text.isdigit() or (typing and text in "./-")):
            self.typed = (self.typed or "") + text
            self._take()
            event.accept()
            return
        if typing and event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1] or None  # type: ignore[index]
            self._show_typed()
            event.accept()
            return
        self.finish_typing()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish_typing()
        super().focusOutEvent(event)

    def _take(self) -> None:
        date = parse_date(self.typed or "")
        if date is not None and len(re.sub(r"\D", "", self.typed or "")) >= 8:
            self.setDate(date)
            self.typed = None
            self.lineEdit().selectAll()
        else:
            self._show_typed()

    def _show_typed(self) -> None:
        self.lineEdit().setText(self.typed or "")

    def finish_typing(self) -> None:
        """Leaving (or another key): a readable date is taken, else the old one shows."""
        if self.typed is None:
            return
        date = parse_date(self.typed)
        self.typed = None
        if date is not None and date != self.date():
            self.setDate(date)
        else:
            self.setDate(self.date())
            self.lineEdit().setText(self.textFromDateTime(self.dateTime()))


def parse_date(text: str) -> QDate | None:
    """ "31122023", "311223", "31.12.2023", "1/2/24" → the date; None if unreadable."""
    parts = re.split(r"[./-]", text)
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        day, month, year = parts
    elif text.isdigit() and len(text) in (6, 8):
        day, month, year = text[:2], text[2:4], text[4:]
    else:
        return None
    if len(year) == 2:
        year = "20" + year
    elif len(year) != 4:
        return None
    date = QDate(int(year), int(month), int(day))
    return date if date.isValid() else None
