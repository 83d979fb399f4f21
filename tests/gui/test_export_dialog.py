"""The Print/Export dialog: documents made off the GUI thread, read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from core import exchange
from core.reports import pdf
from gui.export.dialog import ExportDialog
from tests.core.reports_helpers import open_docx, texts


@pytest.fixture
def dialog(qtbot, store, example_path, tmp_path):
    meeting_id = exchange.import_file(store, example_path)
    dlg = ExportDialog(None, store, meeting_id, folder=tmp_path)
    opened: list[str] = []
    dlg.open_url = lambda url: opened.append(url.toLocalFile()) or True
    dlg.opened = opened
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_default_choice_makes_minutes_and_attendance(qtbot, dialog, tmp_path):
    dialog.pdf_check.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    names = [p.name for p in dialog.targets().values()]
    title = "Rapat Koordinasi Pengendalian Inflasi Daerah Minggu Ke-2 Bulan Juni 2023"
    assert names == [
        f"2023-06-12 Notula Rapat - {title}.docx",
        f"2023-06-12 Daftar Hadir - {title}.docx",
    ]
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.job is None, timeout=20000)
    assert dialog.result.documents == list(dialog.targets().values())
    assert "NOTULA" in texts(open_docx(tmp_path / names[0]))
    assert "DAFTAR HADIR" in texts(open_docx(tmp_path / names[1]))
    assert dialog.opened == [str(tmp_path / n) for n in names]


def test_all_three_and_pdf(qtbot, dialog, tmp_path):
    if pdf.find_office() is None:
        pytest.skip("LibreOffice is not installed")
    press = dialog.checks["press"]
    qtbot.mouseClick(press, Qt.MouseButton.LeftButton, pos=QPoint(8, press.height() // 2))
    assert press.isChecked()
    dialog.open_check.setChecked(False)
    assert dialog.pdf_check.isEnabled()
    dialog.pdf_check.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120000)
    assert dialog.result is not None, dialog.status.text()
    assert len(list(tmp_path.glob("*.docx"))) == 3 and len(list(tmp_path.glob("*.pdf"))) == 3
    assert dialog.opened == []


def test_no_document_chosen_disables_ok(qtbot, dialog):
    for check in dialog.checks.values():
        check.setChecked(False)
    assert not dialog.ok_button.isEnabled()
    assert "minimal satu" in dialog.names_label.text()


def test_missing_folder_is_one_line_in_the_dialog(qtbot, dialog, tmp_path):
    dialog.folder_edit.setText(str(tmp_path / "tidak-ada"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "tidak-ada" in dialog.status.text() and "\n" not in dialog.status.text()
    assert dialog.job is None and dialog.result is None and dialog.isVisible()


def test_without_libreoffice_pdf_is_disabled_with_the_reason(
    qtbot, store, example_path, tmp_path, monkeypatch
):
    monkeypatch.setenv("NOTULA_SOFFICE", str(tmp_path / "no-soffice"))
    meeting_id = exchange.import_file(store, example_path)
    dlg = ExportDialog(None, store, meeting_id, folder=tmp_path)
    qtbot.addWidget(dlg)
    assert not dlg.pdf_check.isEnabled()
    assert "libreoffice-writer-nogui" in dlg.pdf_check.toolTip()
    assert "LibreOffice" in dlg.pdf_note.text()


def test_cancel_while_working_stops_and_keeps_the_dialog(qtbot, dialog, tmp_path, monkeypatch):
    import threading

    import core.reports.render as render

    release = threading.Event()
    real_build = render.build

    def slow_build(kind, meeting, settings):
        release.wait(10)
        return real_build(kind, meeting, settings)

    monkeypatch.setattr(render, "build", slow_build)
    dialog.pdf_check.setChecked(False)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.job is not None and not dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # cancel, not close
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert dialog.status.text() == "Dibatalkan."
    assert len(list(tmp_path.glob("*.docx"))) <= 1  # stopped before the second document
    assert dialog.ok_button.isEnabled()


def test_existing_file_is_not_replaced_without_asking(qtbot, dialog, tmp_path):
    dialog.pdf_check.setChecked(False)
    minutes = dialog.targets()["minutes"]
    minutes.write_bytes(b"signed copy")
    asked: list[list[str]] = []
    dialog.confirm_overwrite = lambda paths: asked.append([p.name for p in paths]) or False
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked == [[minutes.name]]
    assert dialog.job is None and dialog.result is None
    assert minutes.read_bytes() == b"signed copy"
    assert not dialog.targets()["attendance"].exists()

    dialog.confirm_overwrite = lambda paths: True
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.job is None, timeout=20000)
    assert "NOTULA" in texts(open_docx(minutes))


def test_the_folder_used_is_offered_next_time(qtbot, dialog, store, tmp_path):
    chosen = tmp_path / "arsip notula"
    chosen.mkdir()
    dialog.pdf_check.setChecked(False)
    dialog.folder_edit.setText(str(chosen))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None and dialog.job is None, timeout=20000)
    again = ExportDialog(None, store, dialog.meeting.id)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(chosen)


def test_without_an_office_profile_the_dialog_says_there_is_no_letterhead(
    qtbot, store, example_path, tmp_path
):
    meeting_id = exchange.import_file(store, example_path)
    dlg = ExportDialog(None, store, meeting_id, folder=tmp_path)
    qtbot.addWidget(dlg)
    assert not dlg.kop_note.isHidden() and "tanpa kop surat" in dlg.kop_note.text()
    store.set_office_document(
        {"format": "notula.office", "version": 1, "office": {"government": "PEMKAB X"}}
    )
    dlg = ExportDialog(None, store, meeting_id, folder=tmp_path)
    qtbot.addWidget(dlg)
    assert dlg.kop_note.isHidden()


def test_a_stored_profile_the_documents_cannot_use_still_says_there_is_no_letterhead(
    qtbot, store, example_path, tmp_path
):
    """A profile edited by hand in the archive (its first line blank) gives no kop, as the
    documents decide (core.office.from_settings), so the dialog says so."""
    meeting_id = exchange.import_file(store, example_path)
    store.set_office_document(
        {"format": "notula.office", "version": 1, "office": {"government": "   "}}
    )
    dlg = ExportDialog(None, store, meeting_id, folder=tmp_path)
    qtbot.addWidget(dlg)
    assert not dlg.kop_note.isHidden()


def _online_dialog(qtbot, store, example_path, tmp_path, *, mode, report):
    from core.model import AttendanceSource

    meeting_id = exchange.import_file(store, example_path)
    store.edit_header(meeting_id, {"mode": mode})
    if report:
        source = AttendanceSource("zoom", "peserta-rakor.csv", "2023-06-12T15:50")
        store.set_attendance_source(meeting_id, source)
    dlg = ExportDialog(None, store, meeting_id, folder=tmp_path)
    dlg.open_url = lambda url: True
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def test_an_online_meeting_with_a_report_prints_the_online_daftar_hadir(
    qtbot, store, example_path, tmp_path
):
    dlg = _online_dialog(qtbot, store, example_path, tmp_path, mode="online", report=True)
    assert dlg.online_check.isChecked() and dlg.online_check.isEnabled()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None and dlg.job is None, timeout=20000)
    minutes, attendance = (open_docx(p) for p in dlg.targets().values())
    header = [c.text for c in attendance.tables[-1].rows[0].cells]
    assert header[3:] == ["Masuk", "Keluar", "Menit"]
    line = "Sumber: laporan peserta Zoom (peserta-rakor.csv), diunduh Senin, 12 Juni 2023 15.50 WIB"
    assert line in texts(attendance)
    assert any(t.startswith("Hadir secara daring: ") for t in texts(minutes))


def test_the_clerk_may_keep_the_signature_form(qtbot, store, example_path, tmp_path):
    dlg = _online_dialog(qtbot, store, example_path, tmp_path, mode="online", report=True)
    check = dlg.online_check  # indented under Daftar hadir: its box starts 20 px in
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(28, check.height() // 2))
    assert not check.isChecked()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.result is not None and dlg.job is None, timeout=20000)
    attendance = open_docx(dlg.targets()["attendance"])
    assert [c.text for c in attendance.tables[-1].rows[0].cells][3:] == [
        "Keterangan",
        "Tanda Tangan",
    ]


@pytest.mark.parametrize(("mode", "report"), [("hybrid", True), ("online", False)])
def test_online_form_is_off_by_default_unless_online_with_a_report(
    qtbot, store, example_path, tmp_path, mode, report
):
    dlg = _online_dialog(qtbot, store, example_path, tmp_path, mode=mode, report=report)
    assert not dlg.online_check.isChecked()
    dlg.checks["attendance"].setChecked(False)
    assert not dlg.online_check.isEnabled()


def test_a_folder_or_pipe_at_a_pdf_name_is_refused_before_anything_is_written(
    qtbot, store, example_path, tmp_path, monkeypatch
):
    """Review F4/F5: the PDF beside each document is checked with the documents,
    so nothing is written (no .docx, no temporary file) when one cannot be."""
    import os

    monkeypatch.setenv("NOTULA_SOFFICE", "/bin/true")  # never run: the check comes first
    meeting_id = exchange.import_file(store, example_path)
    dlg = ExportDialog(None, store, meeting_id, folder=tmp_path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.confirm_overwrite = lambda paths: True  # even a clerk who says "replace" is refused
    check = dlg.pdf_check
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert check.isChecked()
    minutes, attendance = dlg.targets()["minutes"], dlg.targets()["attendance"]
    minutes.with_suffix(".pdf").mkdir()
    os.mkfifo(attendance.with_suffix(".pdf"))
    before = sorted(p.name for p in tmp_path.iterdir())
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert minutes.with_suffix(".pdf").name in dlg.status.text()
    assert "folder" in dlg.status.text() and "\n" not in dlg.status.text()
    assert dlg.job is None and dlg.result is None and dlg.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    minutes.with_suffix(".pdf").rmdir()
    qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
    assert attendance.with_suffix(".pdf").name in dlg.status.text()
    assert dlg.job is None and sorted(p.name for p in tmp_path.iterdir()) == sorted(
        set(before) - {minutes.with_suffix(".pdf").name}
    )
