"""Times and durations as the platforms write them, read without guessing a date.

Zoom writes ``03/01/2022 09:01:23 AM``, Teams ``3/1/22, 9:01:23 AM`` (en-US),
``15/11/22, 09:30:17`` (en-GB) or ``01/03/22, 09.01.50`` (id-ID), Meet only
``9:01\u202fAM``, and an Excel re-save ``9/24/20 13:30``. Only the time of day
reaches the meeting (HH:MM); the date serves to order connections that cross
midnight, so its day/month order is settled once per file (see :func:`date_order`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

_SPLIT = re.compile(r"[\s,\u202f\u00a0]+|(?<=\d)T(?=\d)")
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?$")
_DATE = re.compile(r"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})$")
_MERIDIEM = {"am": "am", "a.m.": "am", "pm": "pm", "p.m.": "pm"}
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?|0?\.\d{3,}")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_UNIT = re.compile(r"(\d+(?:[.,]\d+)?)\s*([a-zA-Z]*)")


class Stamp:
    """A moment of the report: an optional date (as written) and a time of day."""

    __slots__ = ("date", "seconds")

    def __init__(self, date: tuple[int, int, int] | None, seconds: int) -> None:
        self.date = date
        self.seconds = seconds

    def hhmm(self) -> str:
        minutes = self.seconds // 60
        return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_stamp(text: str) -> Stamp | None:
    """The date (three numbers as written) and time of day in ``text``, or None."""
    if _SERIAL.fullmatch(text.strip()):
        return _serial(float(text))
    tokens = [t for t in _SPLIT.split(text.strip()) if t]
    if not tokens:
        return None
    meridiem = None
    numbers = []
    for token in tokens:
        low = token.lower()
        if low in _MERIDIEM:
            meridiem = _MERIDIEM[low]
        else:
            numbers.append(token)
    if not numbers or len(numbers) > 2:
        return None
    time = _TIME.match(numbers[-1])
    if time is None:
        return None
    hour, minute, second = int(time[1]), int(time[2]), int(time[3] or 0)
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    date = None
    if len(numbers) == 2:
        found = _DATE.match(numbers[0])
        if found is None:
            return None
        date = (int(found[1]), int(found[2]), int(found[3]))
    return Stamp(date, hour * 3600 + minute * 60 + second)


def _serial(value: float) -> Stamp:
    """A date and time as an .xlsx stores it: days since 1899-12-30, the time a fraction."""
    days = int(value)
    seconds = min(round((value - days) * 86400), 86399)
    date = None
    if days:
        day = _EXCEL_EPOCH + dt.timedelta(days=days)
        date = (day.year, day.month, day.day)
    return Stamp(date, seconds)


def date_order(dates: Iterable[tuple[int, int, int]]) -> str:
    """The order of the dates of one file ("ymd", "dmy" or "mdy"): the one no date contradicts.

    A file whose dates all fit both orders (every day of the 1st to the 12th)
    is read month first, as Zoom and Teams en-US write; a meeting on one day
    orders its connections the same either way.
    """
    dates = list(dates)
    if any(d[0] > 31 for d in dates):
        return "ymd"
    if any(d[0] > 12 for d in dates):
        return "dmy"
    return "mdy"


def ordinal(stamp: Stamp, order: str) -> int:
    """Seconds since an epoch, so connections of one file sort and subtract."""
    if stamp.date is None:
        return stamp.seconds
    a, b, c = stamp.date
    year, month, day = {"ymd": (a, b, c), "dmy": (c, b, a), "mdy": (c, a, b)}[order]
    if year < 100:
        year += 2000
    try:
        days = dt.date(year, month, day).toordinal()
    except ValueError:
        days = 0
    return days * 86400 + stamp.seconds


def parse_minutes(text: str) -> int | None:
    """Minutes in a duration: ``74``, ``1h 58m 37s``, ``1 hr 5 min``, ``30 sec``,
    ``2 jam 5 menit``, ``1:02:03``; rounded to the nearest minute; None if unreadable."""
    text = text.strip().lower()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text):
        return round(float(text.replace(",", ".")))
    clock = re.fullmatch(r"(\d+):(\d{2})(?::(\d{2}))?", text)
    if clock:
        h, m, s = int(clock[1]), int(clock[2]), int(clock[3] or 0)
        return round((h * 3600 + m * 60 + s) / 60) if clock[3] else h * 60 + m
    seconds = 0.0
    found = False
    for value, unit in _UNIT.findall(text):
        amount = float(value.replace(",", "."))
        first = unit[:1]
        if first in ("h", "j", "g"):  # hr, hours, jam, godz.
            seconds += amount * 3600
        elif first == "m":  # min, menit, m
            seconds += amount * 60
        elif first in ("s", "d"):  # sec, s, detik
            seconds += amount
        else:
            return None
        found = True
    return int(seconds / 60 + 0.5) if found else None
