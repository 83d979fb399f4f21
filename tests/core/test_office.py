"""The office profile: reading a notula.office file with one clear sentence per
problem, the plain-data view with its defaults, and the upgrade of the
settings earlier releases kept."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from core import i18n, office
from core.errors import InputError
from core.store import MeetingStore, schema
from tests.core import pictures
from tests.core.reports_helpers import TINY_JPEG_BASE64, tiny_png_base64

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "office_bangka_barat.json"


@pytest.fixture(autouse=True)
def _english(english):
    """Messages are checked in the source language."""


def document(**fields) -> dict:
    return {"format": "notula.office", "version": 1, "office": {"government": "PEMKAB X", **fields}}


def write(tmp_path: Path, data, name: str = "kantor.json") -> Path:
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else json.dumps(data).encode())
    return path


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as info:
        office.load_file(path)
    return str(info.value)


def test_the_example_reads_with_every_field_and_the_documented_defaults():
    profile = office.OfficeProfile.from_document(office.load_file(SAMPLE))
    assert profile.letterhead_lines == ["PEMERINTAH KABUPATEN BANGKA BARAT", "SEKRETARIAT DAERAH"]
    assert profile.city == "Muntok" and profile.paper == "F4" and profile.timezone == "WIB"
    assert profile.logo.media_type == "image/png" and profile.logo.data.startswith(b"\x89PNG")
    assert profile.acknowledger["nip"] == "196805121993031007"
    assert profile.press["release_number"] == "{n}/HUMAS/{year}"
    assert profile.minutes == office.MINUTES_DEFAULTS  # the example names none
    bare = office.OfficeProfile.from_document(document())
    assert (bare.paper, bare.page_numbers, bare.timezone) == ("A4", "tnd", "WIB")
    assert bare.minutes["title"] == "NOTULA" and bare.minutes["city_date_line"] is True
    assert bare.logo is None and bare.unit == "" and bare.letterhead_lines == ["PEMKAB X"]


def test_to_document_leaves_out_what_is_empty_or_default():
    profile = office.OfficeProfile.from_document(document(unit="", city="Muntok"))
    profile.minutes["title"] = "NOTULA RAPAT"
    profile.acknowledger = {"label": "Mengetahui,", "name": "", "nip": ""}  # no one named
    assert profile.to_document() == {
        "format": "notula.office",
        "version": 1,
        "office": {
            "government": "PEMKAB X",
            "city": "Muntok",
            "timezone": "WIB",
            "paper": "A4",
            "page_numbers": "tnd",
            "minutes": {"title": "NOTULA RAPAT"},
        },
    }
    full = office.OfficeProfile.from_document(office.load_file(SAMPLE))
    assert office.check(full.to_document(), "x") == full.to_document()
    assert office.OfficeProfile.from_document(full.to_document()) == full


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "kantor.json: file is empty"),
        ("{}".encode("utf-16"), "kantor.json: text is UTF-16; save the file as UTF-8"),
        (b"\x00\x01", "kantor.json: binary file, not a notula.office JSON file"),
        (b'{"a":\n "\xff"}', "kantor.json: line 2 column 3: text is not UTF-8"),
        (b'{"format": ', "kantor.json: line 1 column 12: not valid JSON (a value was expected)"),
        (
            b"[" * 100000,
            "kantor.json: line 1 column 501: JSON is nested too deeply (more than 500 levels)",
        ),
        (b"[]", "kantor.json: $: expected a JSON object, found a list"),
        (
            b'{"format": "notula.meeting"}',
            'kantor.json: $.format: not a notula.office file ("notula.meeting")',
        ),
        (
            b'{"format": "notula.office", "version": 2}',
            "kantor.json: $.version: version 2 is not supported (this Notula reads version 1); "
            "update Notula",
        ),
        (b'{"format": "notula.office", "version": 1}', "kantor.json: $: 'office' is missing"),
    ],
)  # fmt: skip
def test_bad_files_get_one_sentence_naming_file_and_place(tmp_path, content, expected):
    message = refusal(write(tmp_path, content))
    assert message.endswith(expected) and "\n" not in message


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"paper": "Letter"}, "$.office.paper: \"Letter\" is not one of \"A4\", \"F4\""),
        ({"government": ""}, "$.office.government: must not be empty"),
        ({"government": "   "}, "$.office.government: the first letterhead line is blank"),
        ({"city": "x" * 1001}, "$.office.city: text is too long (1001 characters; at most 1000)"),
        ({"acknowledger": {"label": "", "name": "A", "nip": "1987"}},
         "$.office.acknowledger.nip: "),
        ({"fax": "1"}, "$.office: unknown field 'fax'"),
        ({"logo": {"media_type": "image/png", "data": "iVBO!!"}},
         "$.office.logo.data: not valid base64"),
        (
            {"logo": {"media_type": "image/png", "data": base64.b64encode(b"GIF89a....").decode()}},
            "$.office.logo.data: not a PNG or JPEG image",
        ),
        (
            {"logo": {"media_type": "image/png", "data": TINY_JPEG_BASE64}},
            "$.office.logo.media_type: the image is image/jpeg, not image/png",
        ),
    ],
)  # fmt: skip
def test_what_the_profile_may_hold(tmp_path, fields, expected):
    message = refusal(write(tmp_path, document(**fields)))
    assert message.startswith(f"{tmp_path / 'kantor.json'}: ") and expected in message


def test_an_unpaired_surrogate_is_refused_before_it_reaches_the_archive(tmp_path):
    path = write(
        tmp_path,
        b'{"format": "notula.office", "version": 1, '
        b'"office": {"government": "X", "press": {"contact_name": "\\ud800"}}}',
    )
    assert refusal(path).endswith(
        "$.office.press.contact_name: text has an unpaired surrogate escape (\\ud800–\\udfff)"
        " that is not a character"
    )


def test_a_logo_over_5_mb_is_refused(tmp_path):
    big = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(5 * 2**20)).decode()
    message = refusal(write(tmp_path, document(logo={"media_type": "image/png", "data": big})))
    assert message.endswith("$.office.logo.data: the logo is larger than 5 MB")
    path = tmp_path / "besar.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5 * 2**20))
    with pytest.raises(InputError, match="larger than 5 MB"):
        office.logo_from_file(path)


def test_too_big_a_file_and_no_file(tmp_path):
    path = tmp_path / "besar.json"
    path.write_bytes(b" " * (office.MAX_FILE_BYTES + 1))
    assert refusal(path).endswith("file is too large for an office profile (more than 8 MB)")
    assert refusal(tmp_path / "tidak.json").endswith("tidak.json: no such file")
    assert refusal(tmp_path).endswith(": is a folder, not a file")


def test_logo_files_by_their_bytes_not_their_names(tmp_path):
    jpeg = tmp_path / "logo.png"  # named .png, is a JPEG
    jpeg.write_bytes(base64.b64decode(TINY_JPEG_BASE64))
    assert office.logo_from_file(jpeg).media_type == "image/jpeg"
    png = tmp_path / "logo"
    png.write_bytes(base64.b64decode(tiny_png_base64()))
    assert office.logo_from_file(png).media_type == "image/png"
    text = tmp_path / "bukan.png"
    text.write_text("bukan gambar")
    with pytest.raises(InputError, match=r"bukan.png: not a PNG or JPEG image"):
        office.logo_from_file(text)


def test_messages_in_indonesian():
    i18n.set_language("id")
    with pytest.raises(InputError, match=r"^a.json: \$.office.logo.data: bukan gambar PNG"):
        office.check(document(logo={"media_type": "image/png", "data": "R0lG"}), "a.json")


def test_written_file_is_the_stored_document_byte_for_byte(tmp_path, file_store):
    data = office.load_file(SAMPLE)
    file_store.set_office_document(data)
    out = tmp_path / "keluar.json"
    office.write_file(file_store.office_document(), out)
    assert out.read_bytes() == SAMPLE.read_bytes() + b"\n"
    file_store.set_office_document(None)
    assert file_store.office_document() is None


# ---- the upgrade from earlier releases ---------------------------------------------------


def before_profiles(path: Path, settings: dict) -> Path:
    """An archive of the last release before m004, with settings a clerk saved."""
    db = Database(path)
    schema.migrations.apply(db, stop_before="m004_office_profile")
    db.conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [(k, json.dumps(v)) for k, v in settings.items()],
    )
    db.conn.commit()
    db.close()
    return path


def stored_keys(store: MeetingStore) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT key FROM settings")}


def test_settings_a_clerk_set_become_the_profile_once(tmp_path):
    path = before_profiles(
        tmp_path / "lama.db",
        {
            "letterhead_lines": ["PEMERINTAH KABUPATEN BANGKA BARAT", "SEKRETARIAT", "DAERAH"],
            "letterhead_address": "Jalan Jenderal Sudirman Nomor 1, Muntok",
            "logo_png_base64": tiny_png_base64(),
            "default_city": "Muntok",
            "default_timezone": "WIB",  # the old default: not the clerk's
            "paper": "F4",
            "acknowledger": {"label": "", "name": "Drs. Bambang", "rank": "", "nip": "",
                             "position": "Sekretaris Daerah"},
            "font_size_pt": 11,
        },
    )  # fmt: skip
    store = MeetingStore.open(path)
    assert store.office_document() == {
        "format": "notula.office",
        "version": 1,
        "office": {
            "government": "PEMERINTAH KABUPATEN BANGKA BARAT",
            "unit": "SEKRETARIAT DAERAH",
            "address": "Jalan Jenderal Sudirman Nomor 1, Muntok",
            "city": "Muntok",
            "paper": "F4",
            "logo": {"media_type": "image/png", "data": tiny_png_base64()},
            "acknowledger": {"label": "", "name": "Drs. Bambang", "position": "Sekretaris Daerah"},
        },
    }
    assert stored_keys(store) == {"office_profile", "font_size_pt"}
    store.close()


def test_old_defaults_are_no_profile_and_a_bad_part_stays_behind(tmp_path):
    defaults = dict(office.LEGACY_DEFAULTS)
    store = MeetingStore.open(before_profiles(tmp_path / "a.db", defaults))
    assert store.office_document() is None
    assert stored_keys(store) == set(defaults)  # nothing was made, nothing is lost
    store.close()
    bad_nip = {"label": "", "name": "Drs. Budi", "nip": "1987"}
    path = before_profiles(
        tmp_path / "b.db", {"letterhead_lines": "DINAS KOMINFO", "acknowledger": bad_nip}
    )
    store = MeetingStore.open(path)
    assert store.office_document()["office"] == {"government": "DINAS KOMINFO"}
    assert stored_keys(store) == {"office_profile", "acknowledger"}
    assert store.get_setting("acknowledger") == bad_nip
    store.close()


def test_a_logo_is_a_real_picture_not_only_its_first_bytes(tmp_path):
    """The PNG signature followed by anything else is refused as an attachment is,
    from a profile file and from a logo file the clerk picks."""
    fake = b"\x89PNG\r\n\x1a\nnot really a png"
    data = base64.b64encode(fake).decode()
    message = refusal(write(tmp_path, document(logo={"media_type": "image/png", "data": data})))
    assert message.endswith("$.office.logo.data: a damaged PNG file (no IHDR header)")
    huge = base64.b64encode(pictures.png(20_000, 1)).decode()
    message = refusal(write(tmp_path, document(logo={"media_type": "image/png", "data": huge})))
    assert message.endswith("$.office.logo.data: 20000 × 1 pixels; at most 12,000 pixels a side")
    path = tmp_path / "logo.png"
    path.write_bytes(fake)
    with pytest.raises(InputError) as info:
        office.logo_from_file(path)
    assert str(info.value) == f"{path}: a damaged PNG file (no IHDR header)"


def test_a_logo_file_that_is_missing_or_a_folder_is_said_so(tmp_path):
    with pytest.raises(InputError) as info:
        office.logo_from_file(tmp_path / "tidak-ada.png")
    assert str(info.value) == f"{tmp_path / 'tidak-ada.png'}: no such file"
    with pytest.raises(InputError) as info:
        office.logo_from_file(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a folder, not a file"
