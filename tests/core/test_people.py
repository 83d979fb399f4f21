"""NIP checks and formatting: a typo usually breaks one of the dates inside."""

from __future__ import annotations

import datetime as dt

import pytest

from core.people import format_nip, nip_digits, nip_problem

pytestmark = pytest.mark.usefixtures("indonesian_locale")  # the clerk reads these in the GUI


@pytest.mark.parametrize(
    "nip",
    [
        "197203151998031004",
        "198704122010012003",
        "199508172019032011",
        "196002292000121001",  # born on a leap day
    ],
)
def test_valid_nips(nip):
    assert nip_problem(nip) is None


@pytest.mark.parametrize(
    "nip, words",
    [
        ("19720315199803100", "18"),  # 17 digits
        ("1972031519980310045", "18"),  # 19 digits
        ("", "angka"),
        ("19720315 199803 1 004", "angka"),  # grouped: the stored form is digits only
        ("19720315199803100A", "angka"),
        ("１９７２0315199803100４", "angka"),  # full-width digits are digits, but not ASCII
        ("197202301998031004", "1972-02-30"),  # born on 30 February
        ("197213011998031004", "tidak mungkin"),  # born in month 13
        ("197100291998031004", "tidak mungkin"),  # born in month 0
        ("190002291998031004", "1900-02-29"),  # 1900 was not a leap year
        ("185001011998031004", "1850"),  # too old to serve
        ("197203151998131004", "bulan pengangkatan"),
        ("197203151998001004", "bulan pengangkatan"),
        ("197203151980031004", "terlalu dekat"),  # appointed aged 8
        ("197203151998033004", "jenis kelamin"),
    ],
)
def test_invalid_nips_name_the_problem(nip, words):
    problem = nip_problem(nip)
    assert problem is not None and words in problem, (nip, problem)


def test_a_birth_date_or_appointment_in_the_future_is_impossible():
    next_year = dt.date.today().year + 1
    assert "tidak mungkin" in nip_problem(f"{next_year}0101{next_year + 20}011001")
    assert "pengangkatan" in nip_problem(f"19900101{next_year + 5}011001")


def test_format_groups_8_6_1_3():
    assert format_nip("198704122010012003") == "19870412 201001 2 003"
    assert format_nip("19870412 201001 2 003") == "19870412 201001 2 003"


@pytest.mark.parametrize("text", ["1987", "NIP. 198704122010012003", "-", ""])
def test_format_leaves_anything_else_as_written(text):
    assert format_nip(text) == text


def test_digits_as_typed():
    assert nip_digits("19870412 201001 2 003") == "198704122010012003"
    assert nip_digits("1987.0412") == "19870412"
