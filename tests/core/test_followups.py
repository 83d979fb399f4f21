"""Follow-ups across meetings: the latest state of each uid, carrying the open
ones of a series into a new meeting (one operation, one undo), `notula
actions` and the matrix as .xlsx and .docx."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core import exchange, model
from core.errors import InputError
from core.followups import MATRIX_HEADER, select
from tests.core.test_cli import run

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "sample"
WEEK2 = SAMPLES / "rakor_inflasi_2023.v2.json"
WEEK3 = SAMPLES / "rakor_inflasi_2023_minggu3.v2.json"
SERIES = "Rakor Pengendalian Inflasi Daerah 2023"
JADWAL, LAPORAN, LOKASI = "Menyusun jadwal", "Mengirim laporan", "Menyiapkan lokasi"


@pytest.fixture
def series(store):
    """The two sample meetings: week 3 carries week 2's follow-ups by uid."""
    return store, exchange.import_file(store, WEEK2), exchange.import_file(store, WEEK3)


def starts(followups) -> list[str]:
    """Which of the three sample follow-ups each is, by the start of its text."""
    return [next(k for k in (JADWAL, LAPORAN, LOKASI) if f.text.startswith(k)) for f in followups]


def test_each_uid_once_in_the_newest_meetings_state_oldest_due_first(series):
    store, week2, week3 = series
    found = store.followups()
    assert starts(found) == [JADWAL, LOKASI, LAPORAN]
    assert [f.due for f in found] == ["2023-06-16", "2023-06-23", "2023-06-30"]
    assert {f.meeting_id for f in found} == {week3}
    jadwal = found[0]
    assert jadwal.done and jadwal.done_at == "2023-06-15"
    assert jadwal.progress.startswith("Jadwal disusun")
    assert jadwal.origin == "5b0f3c2e-8d7a-4e61-9f3b-2a6c1d4e7f80"  # agreed in week 2
    assert starts(store.followups(open_only=True)) == [LOKASI, LAPORAN]
    assert store.followups(series="Rakor lain") == []
    assert store.series_names() == [SERIES]


def test_the_newest_copy_wins_whatever_the_order_of_import(store):
    week3 = exchange.import_file(store, WEEK3)
    exchange.import_file(store, WEEK2)
    assert {f.meeting_id for f in store.followups()} == {week3}
    assert starts(store.followups(open_only=True)) == [LOKASI, LAPORAN]


def test_filters_of_the_window(series):
    store, _, _ = series
    everything = store.followups()
    assert starts(select(everything, open_only=True)) == [LOKASI, LAPORAN]
    assert starts(select(everything, overdue_on=dt.date(2023, 6, 25))) == [LOKASI]
    assert starts(select(everything, owner="perekonomian")) == [LOKASI]
    assert select(everything, series="Rakor lain") == []


def _next_meeting(store, series_name: str | None = SERIES) -> int:
    meeting = model.Meeting(title="Rakor Minggu Ke-4", date="2023-06-26", series=series_name)
    return store.add_meeting(meeting).meeting_id


def test_carry_over_is_one_operation_one_record_one_undo(series):
    store, _, week3 = series
    week4 = _next_meeting(store)
    assert starts(store.carry_offer(week4)) == [LOKASI, LAPORAN]
    changes = store.carry_over(week4)
    rows = changes.rows("actions")
    assert changes.meeting_id == week4 and len(rows.added) == 2
    carried = store.get_meeting(week4).actions
    week3_uid = store.get_meeting(week3).uid
    week2_uid = "5b0f3c2e-8d7a-4e61-9f3b-2a6c1d4e7f80"
    assert [(k, a.done, a.carried_from) for k, a in zip(starts(carried), carried, strict=True)] == [
        (LOKASI, False, week3_uid),  # first agreed in week 3
        (LAPORAN, False, week2_uid),
    ]
    assert carried[1].progress.startswith("Laporan harian terkirim")  # progress so far
    assert store.carry_offer(week4) == []  # nothing is offered twice
    with pytest.raises(InputError, match="carry over"):
        store.carry_over(week4)
    changes.undo.run()
    assert store.get_meeting(week4).actions == []
    assert starts(store.carry_offer(week4)) == [LOKASI, LAPORAN]


def test_carry_over_a_chosen_few_then_record_progress_and_mark_done(series):
    store, _, _ = series
    week4 = _next_meeting(store)
    laporan = store.carry_offer(week4)[1].uid
    store.carry_over(week4, [laporan])
    (action,) = store.get_meeting(week4).actions
    store.edit_rows(
        "actions",
        {action.id: {"progress": "Semua kecamatan rutin.", "done": True, "done_at": "2023-06-25"}},
    )
    latest = {f.uid: f for f in store.followups()}[laporan]
    assert (latest.meeting_id, latest.done, latest.progress) == (
        week4,
        True,
        "Semua kecamatan rutin.",
    )
    assert starts(store.followups(open_only=True)) == [LOKASI]


def test_a_meeting_outside_a_series_is_offered_nothing(series):
    store, _, _ = series
    alone = _next_meeting(store, None)
    assert store.carry_offer(alone) == []
    with pytest.raises(InputError):
        store.carry_over(alone)


# ---- the command line ---------------------------------------------------------------------


@pytest.fixture
def archive(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    for path in (WEEK2, WEEK3):
        assert run(capsys, "--db", db, "import", str(path))[0] == 0
    return db


def test_actions_lines(archive, capsys):
    code, out, err = run(capsys, "--db", archive, "actions")
    assert (code, err) == (0, [])
    assert out == [
        "2\t2023-06-19\tDinas Perindustrian dan Perdagangan\t2023-06-16\tdone\t"
        "Menyusun jadwal operasi pasar murah per kecamatan",
        "2\t2023-06-19\tBagian Perekonomian dan SDA\t2023-06-23\topen\t"
        "Menyiapkan lokasi operasi pasar di pasar induk Muntok",
        "2\t2023-06-19\tDinas Perindustrian dan Perdagangan\t2023-06-30\topen\t"
        "Mengirim laporan harga harian bahan pokok",
    ]
    code, out, _ = run(capsys, "--db", archive, "actions", "--open", "--series", SERIES)
    assert [line.split("\t")[4] for line in out] == ["open", "open"]
    assert run(capsys, "--db", archive, "actions", "--series", "Lain")[:3] == (0, [], [])


def test_actions_matrix_as_xlsx(archive, capsys, tmp_path):
    from openpyxl import load_workbook

    target = tmp_path / "matriks.xlsx"
    assert run(capsys, "--db", archive, "actions", "--xlsx", str(target))[0] == 0
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == MATRIX_HEADER
    assert [r[3].split()[:2] for r in rows[1:]] == [k.split() for k in (JADWAL, LOKASI, LAPORAN)]
    assert rows[1][:3] == (1, rows[1][1], "2023-06-19") and "Minggu Ke-3" in rows[1][1]
    assert rows[1][5:] == (
        "2023-06-16",
        "Selesai (2023-06-15)",
        "Jadwal disusun dan dibagikan ke enam kecamatan.",
    )
    assert rows[2][6] == "Belum selesai" and rows[3][6] == "Dalam proses"


def test_actions_matrix_as_docx(archive, capsys, tmp_path):
    from docx import Document

    target = tmp_path / "matriks.docx"
    assert run(capsys, "--db", archive, "actions", "--open", "--docx", str(target))[0] == 0
    (table,) = Document(str(target)).tables
    cells = [[c.text for c in row.cells] for row in table.rows]
    assert tuple(cells[0]) == MATRIX_HEADER
    assert [row[3].split()[:2] for row in cells[1:]] == [LOKASI.split(), LAPORAN.split()]
    assert cells[2][5:7] == ["2023-06-30", "Dalam proses"]


@pytest.mark.parametrize(
    "args", [["--xlsx", "m.docx"], ["--docx", "m.xlsx"], ["--xlsx", "a.xlsx", "--docx", "b.docx"]]
)
def test_actions_refuses_a_wrong_name_and_writes_nothing(archive, capsys, tmp_path, args):
    targets = [tmp_path / a for a in args if "." in a]
    args = [str(tmp_path / a) if "." in a else a for a in args]
    code, out, err = run(capsys, "--db", archive, "actions", *args)
    assert code == 2 and out == [] and len(err) == 1
    assert not any(t.exists() for t in targets)


def test_actions_on_a_missing_archive_creates_nothing(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "none.db"), "actions")
    assert code == 2 and "does not exist" in err[0]
    assert not (tmp_path / "none.db").exists()


def test_ticking_done_records_the_day_and_the_undo_takes_it_back(series):
    store, _, week3 = series
    lokasi = next(a for a in store.get_meeting(week3).actions if a.text.startswith(LOKASI))
    changes = store.edit_rows("actions", {lokasi.id: {"done": True}})
    today = dt.date.today().isoformat()
    assert changes.rows("actions").items[lokasi.id].done_at == today
    changes.undo.run()
    again = store.rows_by_id("actions", [lokasi.id])[lokasi.id]
    assert (again.done, again.done_at) == (None, None)
    store.edit_rows("actions", {lokasi.id: {"done": True, "done_at": "2023-06-22"}})
    assert store.rows_by_id("actions", [lokasi.id])[lokasi.id].done_at == "2023-06-22"
