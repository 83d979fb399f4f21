"""Dates and times as Indonesian official documents print them."""

from __future__ import annotations

import datetime as dt

import pytest

from core.dates import clock, day_and_date, long_date, parse_date, parse_time, time_range
from core.errors import InputError


@pytest.mark.parametrize(
    "iso, long, with_day",
    [
        ("2022-03-01", "1 Maret 2022", "Selasa, 1 Maret 2022"),
        ("2023-06-12", "12 Juni 2023", "Senin, 12 Juni 2023"),
        ("2024-02-29", "29 Februari 2024", "Kamis, 29 Februari 2024"),
        ("2023-08-17", "17 Agustus 2023", "Kamis, 17 Agustus 2023"),
        ("2023-12-31", "31 Desember 2023", "Minggu, 31 Desember 2023"),
    ],
)
def test_indonesian_dates(iso, long, with_day):
    assert long_date(iso) == long
    assert day_and_date(iso) == with_day
    assert day_and_date(dt.date.fromisoformat(iso)) == with_day


def test_english_when_asked():
    assert day_and_date("2022-03-01", "en") == "Tuesday, 1 March 2022"


@pytest.mark.parametrize("text", ["2023-02-30", "2023-13-01", "2023-00-10", "2021-02-29", "x", ""])
def test_impossible_dates_are_input_errors_naming_the_date(text):
    with pytest.raises(InputError) as info:
        parse_date(text)
    assert repr(text) in str(info.value)


@pytest.mark.parametrize("text", ["24:00", "12:60", "9 pagi"])
def test_impossible_times(text):
    with pytest.raises(InputError):
        parse_time(text)


def test_clock_uses_a_dot():
    assert clock("09:00") == "09.00"
    assert clock("13:05:59") == "13.05"


@pytest.mark.parametrize(
    "start, end, zone, text",
    [
        ("09:00", None, None, "09.00 WIB s.d. selesai"),
        ("09:00", "", "WITA", "09.00 WITA s.d. selesai"),
        ("09:00", "11:30", "WIT", "09.00 s.d. 11.30 WIT"),
        (None, None, "WIB", ""),
    ],
)
def test_time_range(start, end, zone, text):
    assert time_range(start, end, zone) == text
