"""The office profile (``notula.office`` v1, ``core/office.schema.json``).

One per archive: the letterhead (kop surat), city, time zone, paper, page
numbering, the standing "Mengetahui" signatory, the press contact and how the
office's notula looks. Nothing office-specific is built into Notula; until a
profile is set, documents print no letterhead.

The archive keeps the document exactly as it was set (the JSON object under
:data:`SETTING_KEY`), so ``office show`` gives back the file ``office set``
took. :class:`OfficeProfile` is the plain-data view the reports and the GUI
read, with the schema's documented defaults filled in.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from core import images, json_files
from core.errors import InputError
from core.i18n import _
from core.store.settings import OFFICE_KEY

SCHEMA_PATH = Path(__file__).with_name("office.schema.json")
FORMAT, VERSION = "notula.office", 1
SETTING_KEY = OFFICE_KEY
MAX_LOGO_BYTES = 5 * 2**20
MAX_FILE_BYTES = 8 * 2**20  # a 5 MB logo in base64 plus every text field at its longest
TEXT_FIELDS = ("government", "unit", "address", "contact", "city")
MINUTES_DEFAULTS: dict[str, Any] = {
    "title": "NOTULA",
    "section_numbering": "1.",
    "decisions_heading": "Keputusan",
    "note_taker_label": "Notulis",
    "signatories": "chair",
    "city_date_line": True,
    "count_present": True,
    "press_keep_degrees": False,
}

#: settings of the releases before the profile, and the values those releases
#: shipped as defaults: frozen history for the upgrade (m004_office_profile), where a
#: value equal to the old default is not something the clerk set
LEGACY_DEFAULTS: dict[str, Any] = {
    "letterhead_lines": ["PEMERINTAH KOTA PANGKALPINANG", "SEKRETARIAT DAERAH"],
    "letterhead_address": "",
    "logo_png_base64": "",
    "default_city": "Pangkalpinang",
    "default_timezone": "WIB",
    "paper": "A4",
    "acknowledger": {"label": "", "name": "", "rank": "", "nip": "", "position": ""},
}


@dataclass(frozen=True)
class Logo:
    media_type: str
    data: bytes


@dataclass
class OfficeProfile:
    """Every field of the profile, defaults filled in (plain data, no Qt)."""

    government: str
    unit: str = ""
    address: str = ""
    contact: str = ""
    city: str = ""
    timezone: str = "WIB"
    paper: str = "A4"
    page_numbers: str = "tnd"
    logo: Logo | None = None
    #: label, name, position, rank, nip; press: contact_name, contact_phone, … (only those
    #: with text, so that two profiles saying the same compare equal)
    acknowledger: dict[str, str] = field(default_factory=dict)
    press: dict[str, str] = field(default_factory=dict)
    minutes: dict[str, Any] = field(default_factory=lambda: dict(MINUTES_DEFAULTS))

    @classmethod
    def from_document(cls, document: dict[str, Any]) -> OfficeProfile:
        """The view of a checked ``notula.office`` document."""
        office = document["office"]
        logo = office.get("logo")
        return cls(
            **{k: office.get(k, "") for k in TEXT_FIELDS},
            timezone=office.get("timezone", "WIB"),
            paper=office.get("paper", "A4"),
            page_numbers=office.get("page_numbers", "tnd"),
            logo=Logo(logo["media_type"], base64.b64decode(logo["data"])) if logo else None,
            acknowledger={k: v for k, v in (office.get("acknowledger") or {}).items() if v},
            press={k: v for k, v in (office.get("press") or {}).items() if v},
            minutes={**MINUTES_DEFAULTS, **(office.get("minutes") or {})},
        )

    def to_document(self) -> dict[str, Any]:
        """A ``notula.office`` document: empty texts and default choices left out."""
        office: dict[str, Any] = {k: getattr(self, k) for k in TEXT_FIELDS if getattr(self, k)}
        office.update(timezone=self.timezone, paper=self.paper, page_numbers=self.page_numbers)
        if self.logo is not None:
            data = base64.b64encode(self.logo.data).decode("ascii")
            office["logo"] = {"media_type": self.logo.media_type, "data": data}
        ack = {k: v for k, v in self.acknowledger.items() if v}
        if ack.get("name") or ack.get("position"):
            office["acknowledger"] = {"label": "", "name": "", **ack}
        press = {k: v for k, v in self.press.items() if v}
        if press:
            office["press"] = press
        minutes = {k: v for k, v in self.minutes.items() if MINUTES_DEFAULTS.get(k) != v}
        if minutes:
            office["minutes"] = minutes
        return {"format": FORMAT, "version": VERSION, "office": office}

    @property
    def letterhead_lines(self) -> list[str]:
        return [line for line in (self.government, self.unit) if line.strip()]


def from_settings(settings: dict[str, Any]) -> OfficeProfile | None:
    """The profile stored in an archive's settings; None when there is none (or it
    is unreadable: a hand-edited archive must not stop the documents)."""
    document = settings.get(SETTING_KEY)
    if not isinstance(document, dict):
        return None
    try:
        return OfficeProfile.from_document(check(document, SETTING_KEY))
    except InputError:
        return None


# ---- reading and checking ------------------------------------------------------------


def load_file(path: str | os.PathLike) -> dict[str, Any]:
    """Read, parse and check a ``notula.office`` file; one sentence for any problem."""
    p = Path(path)
    too_large = _("{path}: file is too large for an office profile (more than {limit} MB)")
    return parse_bytes(json_files.read_limited(p, MAX_FILE_BYTES, too_large), str(p))


def parse_bytes(raw: bytes, name: str) -> dict[str, Any]:
    return check(json_files.parse(raw, name, "notula.office"), name)


@cache
def _validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def check(data: Any, name: str) -> dict[str, Any]:
    """The schema, then what it cannot say: a government line of blanks, the logo."""
    from core.exchange.check import check_format, schema_message, short_value
    from core.json_files import json_path

    check_format(data, name, FORMAT)
    version = data.get("version")
    if version != VERSION or isinstance(version, bool):
        raise InputError(
            _(
                "{name}: $.version: version {value} is not supported "
                "(this Notula reads version {version}); update Notula"
            ).format(name=name, value=short_value(version), version=VERSION)
        )
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = min(errors, key=lambda e: len(list(e.absolute_path)))
        raise InputError(
            _("{name}: {where}: {problem}").format(
                name=name, where=json_path(err.absolute_path), problem=schema_message(err)
            )
        )
    office = data["office"]
    json_files.check_text(data, name)  # a profile built in the GUI has not been parsed
    if not office["government"].strip():
        raise InputError(
            _("{name}: $.office.government: the first letterhead line is blank").format(name=name)
        )
    if "logo" in office:
        check_logo(office["logo"]["media_type"], office["logo"]["data"], name)
    return data


def check_logo(media_type: str, data: str, name: str) -> bytes:
    """The logo's bytes: strict base64, at most 5 MB, an image of the type it claims."""
    where = "$.office.logo.data"
    try:
        image = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise InputError(
            _("{name}: {where}: not valid base64").format(name=name, where=where)
        ) from None
    if len(image) > MAX_LOGO_BYTES:
        raise InputError(
            _("{name}: {where}: the logo is larger than 5 MB").format(name=name, where=where)
        )
    actual = images.media_type_of(image)
    if actual is None:
        raise InputError(
            _("{name}: {where}: not a PNG or JPEG image").format(name=name, where=where)
        )
    if actual != media_type:
        raise InputError(
            _("{name}: $.office.logo.media_type: the image is {actual}, not {declared}").format(
                name=name, actual=actual, declared=media_type
            )
        )
    problem = images.picture_problem(image, media_type)
    if problem:  # a damaged header, or more pixels than a document can print
        raise InputError(
            _("{name}: {where}: {problem}").format(name=name, where=where, problem=problem[1])
        )
    return image


def logo_from_file(path: str | os.PathLike) -> Logo:
    """A logo file chosen by the clerk, checked as a profile's logo is."""
    p = Path(path)
    image = json_files.read_limited(p, MAX_LOGO_BYTES, _("{path}: the logo is larger than 5 MB"))
    media_type = images.media_type_of(image)
    if media_type is None:
        raise InputError(_("{path}: not a PNG or JPEG image").format(path=p))
    problem = images.picture_problem(image, media_type)
    if problem:
        raise InputError(f"{p}: {problem[1]}")
    return Logo(media_type, image)


def no_profile_message(archive: str | os.PathLike) -> str:
    return _(
        "notula: {path} has no office profile; set one with: notula office set FILE.json"
    ).format(path=archive)


# ---- writing ---------------------------------------------------------------------------


def dumps(document: dict[str, Any]) -> str:
    """The file text: UTF-8 JSON, two-space indent, as the examples are written."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def write_file(document: dict[str, Any], path: str | os.PathLike) -> None:
    from core.files import write_atomic

    write_atomic(Path(path), dumps(document).encode("utf-8"))


# ---- the upgrade from the settings of earlier releases ------------------------------------


def from_legacy(values: dict[str, Any]) -> tuple[dict[str, Any], list[str]] | None:
    """The profile made of settings a clerk set before profiles existed, and the
    keys it makes obsolete (those it took, and those that held the old
    default); None when no letterhead line was set (a profile needs one).

    A value equal to the old built-in default is not the clerk's. A part the
    schema refuses (a NIP of 17 digits, a damaged logo) is left out, and its
    key left in the archive, rather than stopping the archive from opening.
    """
    own = {k: v for k, v in values.items() if k in LEGACY_DEFAULTS and v != LEGACY_DEFAULTS[k]}
    lines = own.get("letterhead_lines") or []
    lines = lines.splitlines() if isinstance(lines, str) else [str(x) for x in lines]
    lines = [x.strip() for x in lines if str(x).strip()]
    if not lines:
        return None
    office: dict[str, Any] = {"government": lines[0]}
    parts = {"government": "letterhead_lines"}
    if lines[1:]:
        office["unit"], parts["unit"] = " ".join(lines[1:]), "letterhead_lines"
    for key, part in (
        ("letterhead_address", "address"),
        ("default_city", "city"),
        ("default_timezone", "timezone"),
        ("paper", "paper"),
    ):
        if own.get(key):
            office[part], parts[part] = own[key], key
    if own.get("logo_png_base64"):
        office["logo"] = {"media_type": "image/png", "data": own["logo_png_base64"]}
        parts["logo"] = "logo_png_base64"
    ack = own.get("acknowledger")
    if isinstance(ack, dict) and (ack.get("name") or ack.get("position")):
        office["acknowledger"] = {"label": "", "name": "", **{k: v for k, v in ack.items() if v}}
        parts["acknowledger"] = "acknowledger"
    document = {"format": FORMAT, "version": VERSION, "office": office}
    while True:
        try:
            check(document, "settings")
        except InputError as exc:
            part = next((p for p in parts if f"$.office.{p}" in str(exc)), None)
            if part in (None, "government"):
                return None
            del office[part], parts[part]
            continue
        taken = set(parts.values())
        done = [k for k in values if k in taken or values[k] == LEGACY_DEFAULTS.get(k, ...)]
        return document, done
