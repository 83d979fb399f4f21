"""The archive list reads its meetings a page at a time.

A window over 10,000 meetings must open after reading the rows it shows, yet
behave as if it held them all: the row count, the scroll bar, selecting a
meeting far down the list, searching, and the dates the clerk reads.
"""

from __future__ import annotations

import pytest

from core import model
from core.changes import Changes
from core.dates import long_date
from gui.archive.model import PAGE, ArchiveModel, date_label
from gui.archive.window import MainWindow

COUNT = 2 * PAGE + 37


@pytest.fixture
def many(ctx):
    meetings = [
        model.Meeting(
            title=f"Rapat {'Inflasi' if i % 50 == 0 else 'Dinas'} nomor {i}",
            date=f"{2015 + i % 9}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        )
        for i in range(COUNT)
    ]
    ctx.store.create_meetings(meetings)
    return ctx


def ids_shown(m: ArchiveModel) -> list[int]:
    return [m.data(m.index(r, 0), ArchiveModel.IdRole) for r in range(m.rowCount())]


def test_the_model_counts_all_rows_but_reads_one_page(many, qtmodeltester):
    m = ArchiveModel(many)
    assert m.rowCount() == COUNT
    assert m.rows_read == PAGE
    m.data(m.index(COUNT - 1, ArchiveModel.TITLE))  # the last row: its page only
    assert m.rows_read == PAGE + (COUNT % PAGE)
    assert ids_shown(m) == [s.id for s in many.store.list_meetings()]
    assert m.rows_read == COUNT
    qtmodeltester.check(m)


def test_a_meeting_far_down_the_list_is_found_selected_and_kept(many, qtbot):
    window = MainWindow(many)
    qtbot.addWidget(window)
    oldest = many.store.list_meetings()[-1]
    assert window.view.model.row_of(oldest.id) == COUNT - 1
    window.view.select_meeting(oldest.id)
    assert window.view.current_meeting_id() == oldest.id
    many.store.update_meeting(oldest.id, {"title": "Rapat paling lama"})
    many.announce(Changes(oldest.id, meetings=True))  # a reset reads the first page again
    assert window.view.model.rows_read <= 2 * PAGE
    assert window.view.current_meeting_id() == oldest.id
    index = window.view.table.currentIndex()
    assert index.row() == COUNT - 1
    assert index.siblingAtColumn(ArchiveModel.TITLE).data() == "Rapat paling lama"


def test_search_and_year_filter_the_paged_list(many, qtbot):
    window = MainWindow(many)
    qtbot.addWidget(window)
    m = window.view.model
    m.set_filter(text="inflasi")
    found = [s.id for s in many.store.list_meetings() if "Inflasi" in s.title]
    every_fiftieth = len(range(0, COUNT, 50))  # how the fixture titles them
    assert ids_shown(m) == found and m.rowCount() == len(found) == every_fiftieth
    assert window.count_label.text() == f"{every_fiftieth} dari {COUNT} rapat"
    m.set_filter(year=2016)
    assert ids_shown(m) == [s.id for s in many.store.list_meetings(2016) if s.id in found]
    kept = window.view.current_meeting_id()
    assert kept in found  # the newest match is selected, ready for Enter
    m.set_filter(text="", year=None)
    # the selection survives clearing the filter: the first page plus the kept row's page
    assert m.rowCount() == COUNT and m.rows_read <= 2 * PAGE
    assert window.view.current_meeting_id() == kept


def test_a_changed_meeting_is_redrawn_only_if_its_page_was_read(many):
    m = ArchiveModel(many)
    first, last = m.meeting_id(0), many.store.list_meetings()[-1].id
    changed: list[int] = []
    m.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    many.announce(many.store.edit_header(first, {"status": "final"}))
    many.announce(many.store.edit_header(last, {"status": "final"}))
    assert changed == [0]
    assert m.data(m.index(COUNT - 1, ArchiveModel.STATUS)) == "Final"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_dates_read_as_the_documents_print_them(lang):
    """The list formats dates with Qt, the documents with Babel: the same words."""
    for month in range(1, 13):
        for iso in (f"2023-{month:02d}-01", f"0999-{month:02d}-28"):
            assert date_label(iso, lang) == long_date(iso, lang)
    assert date_label("2023-02-30") == "2023-02-30"
    assert date_label("kemarin") == "kemarin"
    assert date_label("2023-W24-1") == "2023-W24-1"
    assert date_label("2023-6-1") == "2023-6-1"


def test_a_search_finds_its_first_page_then_more_as_the_clerk_scrolls(many, qtbot):
    from PySide6.QtCore import Qt

    window = MainWindow(many)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.view.search_edit, "rapat")  # every meeting matches
    qtbot.keyClick(window.view.search_edit, Qt.Key.Key_Return)
    m = window.view.model
    every = [s.id for s in many.store.list_meetings()]
    first = ids_shown(m)
    assert not m.complete and 0 < len(first) <= PAGE
    assert first == every[: len(first)]  # the newest whole days, in list order
    assert window.count_label.text() == f"{len(first)}+ dari {COUNT} rapat"
    table = window.view.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: m.complete)  # scrolling to the end walked further
    assert ids_shown(m) == every
    assert window.count_label.text() == f"{COUNT} dari {COUNT} rapat"
