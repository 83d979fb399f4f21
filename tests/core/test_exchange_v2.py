"""Exchange format v2: every new field stored and written back, v1 files still
read, and attachments checked as pictures before anything is stored."""

from __future__ import annotations

import base64
import copy
import json
import uuid
from pathlib import Path

import pytest

from core import exchange
from core.errors import InputError
from core.exchange import check
from core.images import MAX_PICTURE_BYTES, NotAnImage, image_info
from core.store import MeetingStore
from tests.core.pictures import jpeg, png
from tests.core.test_bad_input import assert_refused, meeting_file

pytestmark = pytest.mark.usefixtures("english")  # the messages' source text

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "sample"
V2_SAMPLES = ["rakor_inflasi_2023.v2.json", "rakor_inflasi_2023_minggu3.v2.json"]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def every_field() -> dict:
    """A v2 file that sets every field the format has, written in the order and
    form export writes, so that export must give it back exactly."""
    meeting = {
        "uid": "0d9d1a4e-6a55-4c47-8f3e-3c2b6d0f8a11",
        "title": "Rapat Koordinasi Pemilu",
        "kind": "Rapat Koordinasi",
        "number": "005/7/Pem/2024",
        "date": "2024-01-15",
        "start_time": "09:00",
        "end_time": "11:30:15",
        "timezone": "WITA",
        "mode": "hybrid",
        "location": "Ruang Rapat",
        "city": "Muntok",
        "organizer": "Bagian Pemerintahan",
        "chair": "sekda",
        "note_taker": "notulis",
        "opening": "Dibuka pukul 09.00.",
        "closing": "Ditutup pukul 11.30.",
        "status": "final",
        "series": "Rakor Pemilu 2024",
        "revision": 2,
        "finalised_at": "2024-01-16T10:00:00+08:00",
        "fingerprint": "ab" * 32,
        "agenda": [{"ref": "ag1", "title": "Logistik", "notes": "Gudang KPU"}],
        "attendees": [
            {
                "ref": "sekda",
                "name": "Dr. H. Ahmad Fauzi, S.H., M.Si.",
                "position": "Sekretaris Daerah",
                "organization": "Setda",
                "nip": "196805121990031007",
                "rank": "Pembina Utama Madya (IV/d)",
                "role": "chair",
                "present": True,
                "represents": "Bupati",
                "joined_at": "09:00",
                "left_at": "11:30",
                "contact": "0812",
                "short_name": "Sekda",
                "email": "sekda@example.go.id",
                "minutes_present": 150,
            },
            {
                "ref": "kpu",
                "position": "Ketua KPU",
                "present": False,
                "absence_reason": "Dinas luar",
            },
            {"ref": "notulis", "name": "Dewi Lestari", "role": "note_taker"},
        ],
        "statements": [
            {"speaker": "sekda", "agenda": "ag1", "at": "09:10", "kind": "summary", "text": "x"}
        ],
        "decisions": [{"agenda": "ag1", "text": "Gudang dijaga 24 jam."}],
        "actions": [
            {
                "uid": "6f1c2d3e-4b5a-4c6d-9e8f-0a1b2c3d4e5f",
                "text": "Menyiapkan gudang",
                "owner": "Satpol PP",
                "due": "2024-01-20",
                "done": True,
                "done_at": "2024-01-19",
                "progress": "Gudang sudah disewa.",
                "carried_from": "0d9d1a4e-6a55-4c47-8f3e-3c2b6d0f8a10",
                "agenda": "ag1",
            }
        ],
        "signatories": [
            {"label": "Notulis", "attendee": "notulis"},
            {
                "label": "Mengetahui, Bupati",
                "name": "H. Markus",
                "position": "Bupati",
                "rank": "Pembina Utama",
                "nip": "197203151998031004",
            },
        ],
        "attachments": [
            {
                "ref": "foto1",
                "caption": "Suasana",
                "media_type": "image/png",
                "data": b64(png(3, 2)),
            },
            {"ref": "foto2", "media_type": "image/jpeg", "data": b64(jpeg(40, 30))},
        ],
        "revisions": [
            {"revision": 1, "finalised_at": "2024-01-15T12:00:00+08:00", "fingerprint": "cd" * 32},
            {
                "revision": 2,
                "finalised_at": "2024-01-16T10:00:00+08:00",
                "fingerprint": "ab" * 32,
                "reopen_reason": "Salah ketik",
            },
        ],
    }
    return {"format": "notula.meeting", "version": 2, "meeting": meeting}


def export_import_export(tmp_path: Path, source: Path) -> tuple[bytes, bytes]:
    first = MeetingStore.open(tmp_path / "satu.db")
    exchange.export_file(first, exchange.import_file(first, source), tmp_path / "a.json")
    second = MeetingStore.open(tmp_path / "dua.db")
    exchange.export_file(
        second, exchange.import_file(second, tmp_path / "a.json"), tmp_path / "b.json"
    )
    first.close()
    second.close()
    return (tmp_path / "a.json").read_bytes(), (tmp_path / "b.json").read_bytes()


# ---- round trips -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", V2_SAMPLES)
def test_the_v2_samples_keep_every_field_and_round_trip_byte_identical(tmp_path, name):
    a, b = export_import_export(tmp_path, SAMPLES / name)
    assert a == b
    source = json.loads((SAMPLES / name).read_text(encoding="utf-8"))["meeting"]
    exported = json.loads(a)
    assert exported["version"] == 2
    assert exported["meeting"] == source  # same fields and values (key order is export's)
    assert list(check.validator(False).iter_errors(exported)) == []


def test_a_meeting_with_every_field_comes_back_exactly(tmp_path):
    (tmp_path / "semua.json").write_text(json.dumps(every_field()), encoding="utf-8")
    a, b = export_import_export(tmp_path, tmp_path / "semua.json")
    assert a == b
    assert json.loads(a) == every_field()
    assert a.decode("utf-8") == json.dumps(every_field(), ensure_ascii=False, indent=1) + "\n"


def test_stored_fields_and_links(store):
    meeting_id = exchange.import_data(store, exchange.validate(every_field()))
    m = store.get_meeting(meeting_id)
    assert (m.series, m.revision, m.finalised_at) == ("Rakor Pemilu 2024", 2, every_field()[
        "meeting"
    ]["finalised_at"])  # fmt: skip
    assert m.attendee(m.signatories[0].attendee_id).name == "Dewi Lestari"
    assert m.signatories[1].attendee_id is None and m.signatories[1].name == "H. Markus"
    assert m.agenda_item(m.actions[0].agenda_id).title == "Logistik"
    assert m.attachments[0].data == png(3, 2) and m.attachments[1].data == jpeg(40, 30)
    assert [r.revision for r in m.revisions] == [1, 2]
    assert m.attendees[1].absence_reason == "Dinas luar" and m.attendees[0].minutes_present == 150


def test_a_v1_file_imports_without_the_new_fields_and_exports_as_v2(store, example_path):
    exported = exchange.meeting_to_dict(
        store.get_meeting(exchange.import_file(store, example_path))
    )
    assert exported["version"] == 2
    m = exported["meeting"]
    assert not {"series", "signatories", "attachments", "revisions", "revision"} & set(m)
    assert all(uuid.UUID(a["uid"]).version == 4 for a in m["actions"])  # given on import


def test_a_v1_file_is_held_to_the_v1_schema(tmp_path, archive, capsys):
    path = tmp_path / "v1-dengan-seri.json"
    path.write_text(json.dumps(meeting_file(series="Rakor")), encoding="utf-8")
    assert_refused(capsys, archive, path, "$.meeting", "unknown field", "'series'")


def test_a_file_made_in_the_app_gets_refs_unique_across_lists(store):
    from core import model

    m = model.Meeting(title="Dibuat di aplikasi", date="2024-01-01")
    m.agenda = [model.AgendaItem(title="a", ref="img1", id=1)]
    m.attendees = [model.Attendee(name="A", ref="img1", id=1)]
    m.attachments = [model.Attachment(ref=None, media_type="image/png", data=png())]
    data = json.loads(exchange.dumps(store.get_meeting(store.create_meeting(m))))
    exchange.validate(data)
    refs = [x["ref"] for k in ("agenda", "attendees", "attachments") for x in data["meeting"][k]]
    assert len(refs) == len(set(refs)) == 3


# ---- what a schema cannot check --------------------------------------------------------------


def v2_file(**changes) -> dict:
    data = every_field()
    for key, value in changes.items():
        data["meeting"][key] = value
    return data


def refuse(tmp_path, archive, capsys, data: dict, *fragments: str) -> str:
    path = tmp_path / "berkas.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return assert_refused(capsys, archive, path, *fragments)


@pytest.fixture
def archive(tmp_path, example_path) -> Path:
    path = tmp_path / "arsip.db"
    assert run_cli("--db", str(path), "import", str(example_path)) == 0
    return path


def run_cli(*args: str) -> int:
    from core import cli

    return cli.main(list(args))


def test_a_signatory_must_be_an_attendee(tmp_path, archive, capsys):
    signatories = [{"label": "Notulis", "attendee": "tamu"}]
    refuse(
        tmp_path,
        archive,
        capsys,
        v2_file(signatories=signatories),
        "$.meeting.signatories[0].attendee",
        "no attendee has ref 'tamu'",
    )


def test_a_follow_up_agenda_must_exist(tmp_path, archive, capsys):
    data = every_field()
    data["meeting"]["actions"][0]["agenda"] = "ag9"
    refuse(tmp_path, archive, capsys, data, "$.meeting.actions[0].agenda", "'ag9'")


def test_a_ref_names_one_entry_across_agenda_attendees_and_attachments(tmp_path, archive, capsys):
    data = every_field()
    data["meeting"]["attachments"][1]["ref"] = "kpu"
    line = refuse(tmp_path, archive, capsys, data, "$.meeting.attachments[1].ref", "'kpu'")
    assert "$.meeting.attendees[1]" in line
    data = every_field()
    data["meeting"]["attachments"][1]["ref"] = "foto1"
    refuse(tmp_path, archive, capsys, data, "$.meeting.attachments[1].ref", "duplicate ref")


def test_a_signatory_nip_is_checked(tmp_path, archive, capsys):
    data = every_field()
    data["meeting"]["signatories"][1]["nip"] = "197203151998131004"  # month 13
    refuse(tmp_path, archive, capsys, data, "$.meeting.signatories[1].nip")


@pytest.mark.parametrize(
    "value", ["2024-01-16 10:00:00+08:00", "2024-01-16T10:00:00", "2024-02-30T10:00:00Z", "kemarin"]
)
def test_finalised_at_is_a_date_and_time_with_offset(tmp_path, archive, capsys, value):
    refuse(tmp_path, archive, capsys, v2_file(finalised_at=value), "$.meeting.finalised_at")
    data = every_field()
    data["meeting"]["revisions"][0]["finalised_at"] = value
    refuse(tmp_path, archive, capsys, data, "$.meeting.revisions[0].finalised_at")


# ---- attachments -----------------------------------------------------------------------------


def with_picture(data: str, media_type: str = "image/png") -> dict:
    picture = {"ref": "foto1", "caption": "Suasana", "media_type": media_type, "data": data}
    return v2_file(attachments=[picture])


@pytest.mark.parametrize(
    ("data", "media_type", "fragments"),
    [
        pytest.param(b64(png())[:-2] + "!!", "image/png", ["not valid base64"], id="bad-char"),
        pytest.param(b64(png()) + "=", "image/png", ["not valid base64"], id="bad-padding"),
        pytest.param(b64(png())[:20] + "\n" + b64(png())[20:], "image/png", ["base64"], id="nl"),
        pytest.param(
            b64(b"%PDF-1.7\n" + bytes(200)), "image/png", ["'foto1'", "not a PNG or JPEG"], id="pdf"
        ),
        pytest.param(
            b64(jpeg()), "image/png", ["'foto1'", "JPEG picture, not image/png"], id="jpeg"
        ),
        pytest.param(b64(png()), "image/jpeg", ["PNG picture, not image/jpeg"], id="png-as-jpeg"),
        pytest.param(b64(png(12_001, 10)), "image/png", ["12001 × 10 pixels", "12,000"], id="wide"),
        pytest.param(b64(jpeg(10, 20_000)), "image/jpeg", ["10 × 20000 pixels"], id="tall"),
        pytest.param(b64(png()[:20]), "image/png", ["damaged PNG"], id="cut-png"),
        pytest.param(b64(b"\xff\xd8\xff\xd9"), "image/jpeg", ["damaged JPEG"], id="empty-jpeg"),
    ],
)
def test_a_bad_attachment_is_refused_before_anything_is_stored(
    tmp_path, archive, capsys, data, media_type, fragments
):
    path = ".media_type" if "not image/" in fragments[-1] else ".data"
    refuse(
        tmp_path,
        archive,
        capsys,
        with_picture(data, media_type),
        f"$.meeting.attachments[0]{path}",
        *fragments,
    )


def test_an_attachment_over_20_mb_is_refused(tmp_path, archive, capsys, monkeypatch):
    big = png(100, 100) + bytes(MAX_PICTURE_BYTES)  # a real header, then too many bytes
    refuse(
        tmp_path, archive, capsys, with_picture(b64(big)), "$.meeting.attachments[0].data", "20 MB"
    )


def test_pictures_as_big_as_allowed_are_stored(store):
    data = with_picture(b64(png(12_000, 12_000)))
    meeting_id = exchange.import_data(store, exchange.validate(data))
    assert image_info(store.get_meeting(meeting_id).attachments[0].data)[1:] == (12_000, 12_000)


def test_the_header_reader_finds_the_jpeg_frame_after_other_segments():
    camera = jpeg(4000, 3000)
    exif = b"\xff\xe1" + (200).to_bytes(2, "big") + bytes(198)
    assert image_info(camera[:2] + exif + camera[2:]) == ("image/jpeg", 4000, 3000)
    progressive = camera.replace(b"\xff\xc0", b"\xff\xc2")
    assert image_info(progressive) == ("image/jpeg", 4000, 3000)
    with pytest.raises(NotAnImage):
        image_info(b"GIF89a" + bytes(20))


def test_validation_alone_refuses_a_bad_picture():
    data = with_picture(b64(b"bukan gambar" * 10))
    with pytest.raises(InputError, match=r"gambar\.json: \$\.meeting\.attachments\[0\]\.data"):
        exchange.validate(copy.deepcopy(data), "gambar.json")
