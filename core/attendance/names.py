"""Names as report display names write them, made comparable.

A display name carries more than a name: an office ("Setda Kota Pangkalpinang
- Radmida (Radmida Dawam)"), Zoom's original name in the last parentheses,
Teams' "(Guest)", a "Last, First" order, academic and religious titles and
degrees ("Dr. H. Ahmad Fauzi, S.H., M.Si."). :func:`name_key` drops case,
diacritics, spacing, punctuation, titles and degrees; :func:`split_display`
separates office from name; :func:`not_a_person` recognises phones, devices
and note-taking bots, which are never matched silently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: titles written before a name (dots removed, lower case)
TITLES = _words(
    "dr drs dra ir h hj hajjah haji prof kh ust ustadz ustaz ustazah ustadzah tgk "
    "bapak bpk pak ibu bu sdr sdri mr mrs ms dg kompol akbp kombes ipda iptu aiptu"
)
#: degrees written after a name (dots and spaces removed, lower case)
DEGREES = _words(
    "sh se ssos st mt amd mm mh msi skom mkom spd mpd sip map sag mag lc ma mba phd ssi "
    "mkes skm sked sp spd sfarm apt sstp mtp sth mth spsi shut spi sip sikom mikom mpa "
    "sap mak ak sipem ssn msc bsc beng meng mp sp ked ns skep stp spt sps mps sm amkeb "
    "amkep spt ssi mse msm mm"
)
_OFFICE_WORDS = _words(
    "setda sekda setwan dinas dinkes disdik dishub diskominfo kominfo bappeda bapperida "
    "bpbd bpkad bpkd bkpsdm bkd bps kpu bawaslu inspektorat rsud puskesmas pemkot pemkab "
    "pemprov pemda dprd kecamatan kelurahan desa camat lurah kantor biro bagian badan "
    "sekretariat kementerian kemendagri kemenkeu kemenkes kemendikbud kemenpan kemenag "
    "polres polresta polda polsek kodim korem kodam lanal lanud kejari kejati pengadilan "
    "bnn bpjs bank kota kab kabupaten provinsi prov satpol upt uptd balai direktorat "
    "ditjen kanwil kpp bpn dukcapil disdukcapil dpmptsp bapenda bappenda"
)
_DEVICE = re.compile(
    r"\b(iphone|ipad|galaxy|redmi|oppo|vivo|realme|xiaomi|samsung|infinix|huawei|poco|"
    r"android|macbook|zoom ?rooms?|desktop|laptop|sm-[a-z0-9]+|cph\d+)\b",
    re.IGNORECASE,
)
_BOT = re.compile(
    r"\b(read\.?ai|otter(\.ai)?|fireflies|fathom|tactiq|notetaker|note ?taker|"
    r"meeting notes|notulen ?bot|bot)\b",
    re.IGNORECASE,
)
_CALL_IN = re.compile(
    r"\b(call-?in user|dial-?in|phone user|telephone user|pengguna telepon)(?![a-z])", re.IGNORECASE
)
_GUEST = re.compile(r"\s*\((guest|tamu|external|ext|tamu eksternal|gast)\)\s*$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[-\u2013\u2014|_/]\s+|\s*[|_]\s*")


_NON_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Lower case, no diacritics, letters and digits only, single spaces."""
    if text.isascii():  # most names: no decomposition needed
        return " ".join(_NON_WORD.sub(" ", text.lower()).split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


#: a degree written with dots that no list can hold in full ("M.Tr.IP", "A.Md.Kes.")
_DOTTED = re.compile(r"^(?:[A-Za-z]{1,4}\.)+[A-Za-z]{0,4}\.?,?$")


def _is_degree(word: str) -> bool:
    plain = word.replace(".", "").lower().strip(",")
    return plain in DEGREES or (_DOTTED.match(word) is not None and "." in word[1:])


def _is_degrees(part: str) -> bool:
    """Whether a comma-separated tail ("S.H., M.Si.") holds degrees only."""
    chunks = [c for c in re.split(r"[,\s]+", part) if c]
    return bool(chunks) and all(_is_degree(c) for c in chunks)


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a person's name without titles and degrees, folded."""
    name = _GUEST.sub("", name)
    if "," in name:
        head, tail = name.split(",", 1)
        if _is_degrees(tail):
            name = head
        elif tail.strip() and "," not in tail and not _is_degrees(head):
            name = f"{tail} {head}"  # Teams: "Dawam, Radmida"
    # "H.Ahmad" and "S.H" fold to "h ahmad" / "s h": join one-letter runs of a degree
    words = name.split()
    out: list[str] = []
    for n, word in enumerate(words):
        plain = word.replace(".", "").lower().strip(",")
        if plain in TITLES and n < len(words) - 1:
            continue
        if out and _is_degree(word):
            continue
        out.extend(fold(word).split())
    return tuple(w for w in out if w not in TITLES or len(out) == 1)


def name_key(name: str) -> str:
    """Equal for two writings of one name (order of words aside)."""
    return " ".join(sorted(name_tokens(name)))


@dataclass(frozen=True)
class Display:
    """A display name taken apart."""

    office: str | None
    #: the person's name candidates, most likely first (Zoom's original name first)
    names: tuple[str, ...]


def _has_office_word(text: str) -> bool:
    return any(w in _OFFICE_WORDS for w in fold(text).split())


def split_display(display: str) -> Display:
    """Office and name of ``display``: "Setda Kota Pangkalpinang - Radmida (Radmida
    Dawam)" is office "Setda Kota Pangkalpinang", names ("Radmida Dawam", "Radmida")."""
    text = _GUEST.sub("", display).strip()
    names: list[str] = []
    inner = re.search(r"\(([^()]*)\)\s*$", text)
    if inner and inner.group(1).strip():
        names.append(inner.group(1).strip())
        text = text[: inner.start()].strip()
    office = None
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) > 1:
        officey = [p for p in parts if _has_office_word(p)]
        people = [p for p in parts if not _has_office_word(p)]
        if names:  # the side that repeats the original name is the name
            key = set(name_tokens(names[0]))
            same = [p for p in parts if set(name_tokens(p)) & key]
            if same:
                people = same
                officey = [p for p in parts if p not in same]
        if officey and people:
            office = " - ".join(officey)
            names += people
        else:
            names.append(text)
    elif text:
        names.append(text)
    seen: list[str] = []
    for n in names:
        if n and n not in seen:
            seen.append(n)
    return Display(office, tuple(seen))


def not_a_person(display: str) -> str | None:
    """Why ``display`` names no person ("phone", "device", "bot"), or None."""
    digits = sum(ch.isdigit() for ch in display)
    if digits >= 7 and digits >= len(re.sub(r"[\s+\-().*xX]", "", display)) - 1:
        return "phone"
    if _CALL_IN.search(display):
        return "phone"
    if _BOT.search(display):
        return "bot"
    if _DEVICE.search(display):
        return "device"
    return None
