"""A line edit for the 18-digit NIP that groups and checks as the clerk types.

A NIP is copied by hand from an invitation or a name tag, so typos are
common. Grouping it 8-6-1-3 while typing (as it is printed) makes it easy to
compare with the paper, and checking each part as soon as it is complete —
the birth date after 8 digits, the appointment month after 14 — catches the
typo while the paper is still in front of the clerk.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from core.people import NIP_LENGTH, nip_digits, nip_problem

# The printed grouping: birth date, appointment year-month, sex, serial.
GROUPS = (8, 6, 1, 3)
# A valid NIP used to complete a partly typed one, so each finished part can
# be checked by core.people.nip_problem before the rest is typed.
_FILLER = "198001012000011001"
_BOUNDARIES = (8, 12, 14, 15, NIP_LENGTH)

BORDER_BAD = "QLineEdit { border: 1px solid #c0392b; border-radius: 2px; padding: 1px; }"
BORDER_GOOD = "QLineEdit { border: 1px solid #5a9a6e; border-radius: 2px; padding: 1px; }"


def group_digits(digits: str) -> str:
    """``"198704122010012003"`` → ``"19870412 201001 2 003"``; extra digits follow."""
    parts, start = [], 0
    for size in GROUPS:
        if start >= len(digits):
            break
        parts.append(digits[start : start + size])
        start += size
    if start < len(digits):
        parts.append(digits[start:])
    return " ".join(parts)


def early_problem(digits: str) -> str | None:
    """What is already wrong with the parts typed so far (None if nothing yet)."""
    if len(digits) >= NIP_LENGTH:
        return nip_problem(digits)
    done = max((b for b in _BOUNDARIES if b <= len(digits)), default=0)
    if done == 0:
        return None
    return nip_problem(digits[:done] + _filler(digits)[done:])


def _filler(digits: str) -> str:
    """The filler with an appointment year that fits the birth year typed so far."""
    if len(digits) < 4:
        return _FILLER
    year = min(int(digits[:4]) + 18, dt.date.today().year)
    return _FILLER[:8] + f"{year:04d}" + _FILLER[12:]


class NipEdit(QLineEdit):
    """``.nip()`` gives 18 digits or None; ``.problem()`` says what is wrong."""

    #: the state changed: "empty", "incomplete", "invalid" or "valid"
    stateChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status_label: QLabel | None = None
        #: what the status label says while the field is empty
        self.empty_hint = ""
        self._state = ""
        self._previous = ""
        self.setPlaceholderText(self.tr("18 angka, mis. 19870412 201001 2 003"))
        self.textEdited.connect(self._on_edited)
        self.textChanged.connect(self._refresh)
        self._refresh()

    # ---- the public face ---------------------------------------------------------------

    def set_status_label(self, label: QLabel | None) -> None:
        """A label (under the field, in a form) that repeats the message."""
        self._status_label = label
        self._refresh()

    def set_nip(self, text: str | None) -> None:
        digits = nip_digits(text or "")
        self.setText(group_digits(digits) if digits else (text or "").strip())
        self._previous = self.text()

    def digits(self) -> str:
        return nip_digits(self.text())

    def nip(self) -> str | None:
        """The 18 digits when they form a valid NIP, else None."""
        digits = self.digits()
        return digits if digits and nip_problem(digits) is None else None

    def problem(self) -> str | None:
        """Why what is typed is not (yet) a NIP; None when empty or valid."""
        digits = self.digits()
        if not self.text().strip():
            return None
        if not digits:
            return self.tr("NIP hanya boleh berisi angka")
        # core's messages are shown as they are (core has no translations)
        return early_problem(digits) or nip_problem(digits)

    def state(self) -> str:
        return self._state

    def is_acceptable(self) -> bool:
        """Empty (no NIP) or a valid NIP: what a form may save."""
        return self._state in ("empty", "valid")

    # ---- typing ------------------------------------------------------------------------

    def _on_edited(self, text: str) -> None:
        """Regroup what was typed or pasted and keep the cursor after the same digit."""
        cursor = self.cursorPosition()
        digits = nip_digits(text)
        before = len(nip_digits(text[:cursor]))
        deleted_space = (
            len(text) < len(self._previous) and digits == nip_digits(self._previous) and before > 0
        )
        if deleted_space:  # backspace over a group space: take the digit before it
            digits = digits[: before - 1] + digits[before:]
            before -= 1
        grouped = group_digits(digits)
        if grouped != text:
            self.setText(grouped)
            self.setCursorPosition(_position_after(grouped, before))
        self._previous = self.text()

    def _refresh(self) -> None:
        digits = self.digits()
        problem = self.problem()
        if not self.text().strip():
            state, message = "empty", self.empty_hint
        elif problem and (early_problem(digits) or len(digits) >= NIP_LENGTH or not digits):
            state, message = "invalid", problem
        elif len(digits) < NIP_LENGTH:
            state = "incomplete"
            message = self.tr("{0}/{1} angka").format(len(digits), NIP_LENGTH)
        else:
            state, message = "valid", self.tr("NIP sah")
        self.setStyleSheet(
            BORDER_BAD if state == "invalid" else BORDER_GOOD if state == "valid" else ""
        )
        self.setToolTip(message if state != "empty" else "")
        if self._status_label is not None:
            color = "#c0392b" if state == "invalid" else "#5a9a6e" if state == "valid" else "gray"
            self._status_label.setText(message)
            self._status_label.setStyleSheet(f"color: {color};")
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)


def _position_after(text: str, digit_count: int) -> int:
    """The cursor position just after the ``digit_count``-th digit of ``text``."""
    if digit_count <= 0:
        return 0
    seen = 0
    for pos, ch in enumerate(text):
        if ch.isdigit():
            seen += 1
            if seen == digit_count:
                return pos + 1
    return len(text)
