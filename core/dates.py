"""Indonesian dates and times as official documents print them (Babel).

Babel is imported by the first date that is formatted, not with this module:
every field check imports :func:`parse_date` from here, and loading Babel and
its locale data (~40 ms) would otherwise be paid by every start of the GUI
and of the command line, whether or not a document is made.
"""

from __future__ import annotations

import datetime as dt

from core.errors import InputError
from core.i18n import _

LOCALES = {"id": "id_ID", "en": "en_GB"}


def parse_date(text: str) -> dt.date:
    """An ISO date, or an InputError naming the impossible date (2023-02-30)."""
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise InputError(_("invalid date: {text!r}").format(text=text)) from None


def parse_time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except (TypeError, ValueError):
        raise InputError(_("invalid time: {text!r}").format(text=text)) from None


def long_date(date: str | dt.date, lang: str = "id") -> str:
    """``1 Maret 2022`` (no weekday)."""
    from babel.dates import format_date

    day = parse_date(date) if isinstance(date, str) else date
    return format_date(day, "d MMMM y", locale=LOCALES.get(lang, lang))


def day_and_date(date: str | dt.date, lang: str = "id") -> str:
    """``Selasa, 1 Maret 2022`` — the Hari/Tanggal line of the minutes."""
    from babel.dates import format_date

    day = parse_date(date) if isinstance(date, str) else date
    return format_date(day, "EEEE, d MMMM y", locale=LOCALES.get(lang, lang))


def clock(time: str) -> str:
    """``09.00``: Indonesian documents separate hours and minutes with a dot."""
    t = parse_time(time)
    return f"{t.hour:02d}.{t.minute:02d}"


def clock_shown(time: str | None) -> str:
    """:func:`clock` for a screen: blank when unset, an odd stored value as it is
    (a list must still show what is there, where a document would refuse it)."""
    if not time:
        return ""
    try:
        return clock(time)
    except InputError:
        return time


def time_range(start: str | None, end: str | None, zone: str | None) -> str:
    """``09.00 WIB s.d. selesai`` when the end is open, else ``09.00 s.d. 11.30 WIB``."""
    tz = zone or "WIB"
    if not start:
        return ""
    if not end:
        return f"{clock(start)} {tz} s.d. selesai"
    return f"{clock(start)} s.d. {clock(end)} {tz}"
