"""NIP (civil-servant number) checks and formatting.

An 18-digit NIP embeds a birth date (8), the appointment year and month (6),
the sex (1) and a serial (3). A typo usually breaks one of those, so checking
them catches most mistakes while the clerk is still typing.
"""

from __future__ import annotations

import datetime as dt

from core.i18n import _

NIP_LENGTH = 18


def nip_digits(text: str) -> str:
    """The digits of a NIP as typed, spaces and dots removed."""
    return "".join(ch for ch in text if ch.isdigit())


def nip_problem(nip: str) -> str | None:
    """Why ``nip`` (digits only) is not a valid NIP, or None when it is."""
    if not nip.isdigit() or not nip.isascii():
        return _("a NIP holds digits only")
    if len(nip) != NIP_LENGTH:
        return _("a NIP has 18 digits, not {n}").format(n=len(nip))
    try:
        born = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return _("impossible birth date in the NIP: {date}").format(
            date=f"{nip[0:4]}-{nip[4:6]}-{nip[6:8]}"
        )
    today = dt.date.today()
    if born.year < 1900 or born > today:
        return _("impossible birth date in the NIP: {date}").format(date=born.isoformat())
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        return _("impossible month of appointment in the NIP: {month}").format(month=nip[12:14])
    if year > today.year + 1:  # a NIP is issued on appointment, not years ahead
        return _("impossible year of appointment in the NIP: {year}").format(year=year)
    if year < born.year + 14:
        return _("year of appointment {year} is too close to the year of birth {born}").format(
            year=year, born=born.year
        )
    if nip[14] not in "12":
        return _("the sex digit in the NIP must be 1 or 2")
    return None


def format_nip(nip: str) -> str:
    """Group a NIP 8-6-1-3 as printed on official documents; other text unchanged."""
    digits = nip_digits(nip)
    if len(digits) != NIP_LENGTH or digits != nip.replace(" ", ""):
        return nip
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


#: written before a name: academic titles and religious honorifics (lower case)
TITLE_PREFIXES = frozenset({"ir.", "dr.", "drs.", "dra.", "prof.", "drg.", "apt.", "ns."})
HONORIFICS = frozenset({"h.", "hj.", "kh."})


def plain_name(name: str) -> str:
    """``Hendra Saputra`` from ``Ir. H. Hendra Saputra, M.T.``: the name a text uses
    after the first mention, without titles, honorifics or degrees."""
    words = " ".join(name.split()).split(",")[0].split()
    while len(words) > 1 and words[0].lower() in TITLE_PREFIXES | HONORIFICS:
        words = words[1:]
    return " ".join(words) or " ".join(name.split())
