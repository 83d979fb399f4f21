"""Synthetic meetings for the benches and the large-input tests.

One deterministic generator (seeded ``random.Random``) so that every bench
and the crash test measure the same shapes of data: realistic Indonesian
sentences, valid NIPs, refs that all resolve. Words with a known share of
statements are planted so that search can be timed for rare, medium and
common words:

* ``COMMON_WORD`` in about 90 % of statements,
* ``MEDIUM_WORD`` in about 1 %,
* ``RARE_WORD`` in about 0.001 % (ten in a million).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from core import model

COMMON_WORD = "daerah"
MEDIUM_WORD = "anggaran"
RARE_WORD = "kemenyan"

_FIRST = (
    "Ahmad", "Siti", "Budi", "Dewi", "Hendra", "Yuliana", "Agus", "Rudi", "Rina", "Fajar",
    "Nur", "Sri", "Bambang", "Indah", "Wahyu", "Ratna", "Joko", "Putri", "Eko", "Lestari",
)  # fmt: skip
_LAST = (
    "Saputra", "Hartono", "Wijaya", "Lestari", "Kurniawan", "Susanti", "Pratama", "Rahmawati",
    "Hidayat", "Nugroho", "Salim", "Fauzi", "Siregar", "Nasution", "Sembiring", "Pangaribuan",
)  # fmt: skip
_TITLES_BEFORE = ("", "", "", "Dr. ", "Ir. ", "H. ", "Hj. ", "Drs. ")
_TITLES_AFTER = ("", ", S.E.", ", S.H.", ", M.Si.", ", S.T., M.T.", ", S.Sos.", ", A.Md.", ", M.M.")
_OFFICES = (
    "Dinas Perindustrian dan Perdagangan", "Dinas Pertanian", "Badan Pusat Statistik",
    "Bagian Perekonomian dan SDA", "Dinas Kesehatan", "Bappeda", "Dinas Sosial",
    "Badan Pengelolaan Keuangan dan Aset Daerah", "Inspektorat", "Dinas Pendidikan",
)  # fmt: skip
_POSITIONS = ("Kepala", "Sekretaris", "Kepala Bidang", "Kepala Seksi", "Analis", "Staf")
_RANKS = (
    "Pembina Utama Muda (IV/c)", "Pembina Tingkat I (IV/b)", "Pembina (IV/a)",
    "Penata Tingkat I (III/d)", "Penata (III/c)", "Penata Muda (III/a)",
)  # fmt: skip
_WORDS = (
    "harga", "beras", "cabai", "bawang", "merah", "putih", "pasar", "stok", "gudang", "operasi",
    "murah", "kecamatan", "laporan", "harian", "minggu", "depan", "koordinasi", "pengendalian",
    "inflasi", "distribusi", "pangan", "petani", "pedagang", "kenaikan", "penurunan", "pasokan",
    "cuaca", "panen", "gerakan", "tanam", "pekarangan", "polybag", "subsidi", "transportasi",
    "data", "survei", "lapangan", "rapat", "evaluasi", "program", "kegiatan", "pelaksanaan",
    "sosialisasi", "masyarakat", "kebutuhan", "pokok", "telur", "ayam", "minyak", "goreng",
    "gula", "tepung", "ikan", "sayur", "bulan", "tahun", "rencana", "target", "realisasi",
    "usulan", "tindak", "lanjut", "segera", "dilaporkan", "disampaikan", "disepakati", "wilayah",
    "desa", "kelurahan", "pemerintah", "provinsi", "kabupaten", "kota", "dinas", "badan",
)  # fmt: skip
_SMALL = ("yang", "dan", "di", "untuk", "dengan", "pada", "ke", "dari", "agar", "akan", "sudah")
_ACCENTED = ("Pelaksanaan kegiatan di Café Kopi Rakyat", "naïve", "Rp85.000", "1.000 kg")


def valid_nip(rng: random.Random) -> str:
    """An 18-digit NIP whose embedded dates are possible: born, appointed, sex, serial."""
    born = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 35))
    appointed = rng.randrange(born.year + 20, born.year + 28)
    return (
        f"{born:%Y%m%d}{appointed:04d}{rng.randrange(1, 13):02d}"
        f"{rng.choice('12')}{rng.randrange(1, 1000):03d}"
    )


def sentence(rng: random.Random, words: int = 18, common: float = 0.9) -> str:
    """Indonesian-looking text; ``common`` is the chance that COMMON_WORD appears."""
    out = []
    for i in range(words):
        out.append(rng.choice(_SMALL) if i % 4 == 3 else rng.choice(_WORDS))
    if rng.random() < common:
        out.insert(rng.randrange(len(out) + 1), COMMON_WORD)
    if rng.random() < 0.01:
        out.insert(rng.randrange(len(out) + 1), MEDIUM_WORD)
    if rng.random() < 0.00001:
        out.insert(rng.randrange(len(out) + 1), RARE_WORD)
    if rng.random() < 0.02:
        out.append(rng.choice(_ACCENTED))
    text = " ".join(out)
    return text[0].upper() + text[1:] + "."


def person_name(rng: random.Random) -> str:
    return (
        f"{rng.choice(_TITLES_BEFORE)}{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        f"{rng.choice(_TITLES_AFTER)}"
    )


def meeting_dict(
    *,
    attendees: int = 300,
    statements: int = 1500,
    agenda: int = 10,
    decisions: int = 20,
    actions: int = 20,
    seed: int = 0,
    date: str = "2023-06-12",
    uid: str | None = None,
) -> dict[str, Any]:
    """A complete, valid ``notula.meeting`` v1 file as a dict."""
    rng = random.Random(seed)
    m: dict[str, Any] = {
        "title": f"Rapat Koordinasi Pengendalian Inflasi Daerah #{seed}",
        "kind": "Rapat Koordinasi",
        "number": f"005/{seed}/Ekon/2023",
        "date": date,
        "start_time": "09:00",
        "end_time": None,
        "timezone": "WIB",
        "mode": "hybrid",
        "location": "Ruang Rapat Lantai 2 dan Zoom Meeting",
        "city": "Pangkalpinang",
        "organizer": "Bagian Perekonomian dan SDA",
        "opening": "Rapat dibuka oleh pimpinan rapat.\n\nPeserta diminta  menyampaikan data.",
        "closing": "Rapat ditutup pukul 12.00 WIB.",
        "status": "draft",
    }
    if uid:
        m["uid"] = uid
    m["agenda"] = [{"ref": f"ag{i}", "title": sentence(rng, 6, 0.1)} for i in range(1, agenda + 1)]
    people = []
    for i in range(1, attendees + 1):
        a: dict[str, Any] = {
            "ref": f"p{i}",
            "name": person_name(rng),
            "position": f"{rng.choice(_POSITIONS)} {rng.choice(_OFFICES)}",
            "organization": "Pemerintah Kota Pangkalpinang",
            "role": "participant",
        }
        if rng.random() < 0.7:
            a["nip"] = valid_nip(rng)
            a["rank"] = rng.choice(_RANKS)
        if rng.random() < 0.05:
            a["present"] = False
        people.append(a)
    if people:
        people[0]["role"] = "chair"
        people[-1]["role"] = "note_taker"
        m["chair"], m["note_taker"] = people[0]["ref"], people[-1]["ref"]
    m["attendees"] = people
    m["statements"] = [
        {
            "speaker": f"p{rng.randrange(1, attendees + 1)}",
            "agenda": f"ag{rng.randrange(1, agenda + 1)}",
            "at": f"{9 + i * 3 // max(statements, 1):02d}:{rng.randrange(60):02d}",
            "kind": rng.choice(("quote", "summary")),
            "text": sentence(rng, rng.randrange(12, 40)),
        }
        for i in range(statements)
    ]
    m["decisions"] = [{"text": sentence(rng, 15, 0.3)} for _ in range(decisions)]
    m["actions"] = [
        {"text": sentence(rng, 10, 0.3), "owner": rng.choice(_OFFICES), "due": "2023-07-01"}
        for _ in range(actions)
    ]
    return {"format": "notula.meeting", "version": 1, "meeting": m}


def meeting_model(
    seed: int,
    *,
    attendees: int = 20,
    statements: int = 50,
    agenda: int = 5,
    decisions: int = 3,
    actions: int = 2,
    start: dt.date = dt.date(2015, 1, 1),
) -> model.Meeting:
    """A meeting as the store takes it, with local ids; about 80 rows by default.

    The date advances with ``seed`` so that an archive of many meetings spans
    years, the way a real office's does.
    """
    rng = random.Random(seed)
    date = start + dt.timedelta(days=seed // 4)
    meeting = model.Meeting(
        title=f"Rapat Koordinasi {rng.choice(_OFFICES)} #{seed}",
        date=date.isoformat(),
        kind="Rapat Koordinasi",
        start_time="09:00",
        timezone="WIB",
        mode=rng.choice(model.MODES),
        location="Ruang Rapat",
        city="Pangkalpinang",
        status="final",
    )
    meeting.agenda = [
        model.AgendaItem(title=sentence(rng, 6, 0.1), ref=f"ag{i}", id=i)
        for i in range(1, agenda + 1)
    ]
    meeting.attendees = [
        model.Attendee(
            name=person_name(rng),
            position=f"{rng.choice(_POSITIONS)} {rng.choice(_OFFICES)}",
            organization="Pemerintah Kota Pangkalpinang",
            nip=valid_nip(rng) if rng.random() < 0.7 else None,
            role="participant",
            ref=f"p{i}",
            id=i,
        )
        for i in range(1, attendees + 1)
    ]
    if attendees:
        meeting.chair_id, meeting.note_taker_id = 1, attendees
    meeting.statements = [
        model.Statement(
            text=sentence(rng, rng.randrange(12, 30)),
            speaker_id=rng.randrange(1, attendees + 1),
            agenda_id=rng.randrange(1, agenda + 1) if agenda else None,
            kind="quote",
        )
        for _ in range(statements)
    ]
    meeting.decisions = [model.Decision(text=sentence(rng, 12, 0.3)) for _ in range(decisions)]
    meeting.actions = [
        model.Action(text=sentence(rng, 8, 0.3), owner=rng.choice(_OFFICES), due="2023-07-01")
        for _ in range(actions)
    ]
    return meeting


def row_count(meeting: model.Meeting) -> int:
    """Rows one meeting adds to the tables (the meeting itself included), index not counted."""
    parts = ("agenda", "attendees", "statements", "decisions", "actions")
    return 1 + sum(len(getattr(meeting, n)) for n in parts)
