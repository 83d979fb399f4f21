"""Start-up: opening the archive (and what happens when it cannot be), errors, language."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from core import exchange
from core.errors import InputError
from core.store import MeetingStore
from gui import app as gui_app
from gui import errors
from gui.prompts import ScriptedPrompts


@pytest.fixture(autouse=True)
def own_qsettings(tmp_path, monkeypatch):
    """Keep window layout and the cached language out of the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield


class Chooser:
    """Scripted answers to the "archive cannot be opened" dialog."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.messages: list[str] = []
        self.retry_offered: list[bool] = []

    def __call__(self, message: str, can_retry: bool) -> str:
        self.messages.append(message)
        self.retry_offered.append(can_retry)
        return self.answers.pop(0) if self.answers else gui_app.QUIT


@pytest.fixture
def started(qapp):
    runs: list[gui_app.Started] = []
    yield runs
    for run in runs:
        run.close()


def start(started, argv, prompts=None, choose=None):
    result = gui_app.setup(argv, prompts or ScriptedPrompts(), choose or Chooser())
    if result is not None:
        started.append(result)
    return result


def test_setup_opens_the_archive_and_shows_the_window(qtbot, started, tmp_path, example_path):
    db = tmp_path / "arsip.db"
    store = MeetingStore.open(db)
    exchange.import_file(store, example_path)
    store.close()
    run = start(started, ["--db", str(db)])
    assert run is not None and run.window.isVisible()
    assert run.ctx.db_path == db
    assert run.window.view.model.rowCount() == 1
    assert run.app.applicationName() == "Notula"
    icon = run.app.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}


@pytest.mark.parametrize(
    ("argv", "db"),
    [
        (["--db", "a.db"], "a.db"),
        (["--db=b.db"], "b.db"),
        (["-style", "fusion", "--db", "c d.db", "-platform", "offscreen"], "c d.db"),
        (["--db"], None),
        (["--db="], None),
        ([], None),
    ],
)
def test_archive_argument_among_qt_arguments(argv, db):
    assert gui_app.archive_arg(argv) == db


def test_notula_db_environment(qtbot, started, tmp_path, monkeypatch):
    db = tmp_path / "dari-env.db"
    monkeypatch.setenv("NOTULA_DB", str(db))
    run = start(started, [])
    assert run.ctx.db_path == db and db.exists()


def test_empty_archive_offers_the_sample_once_the_window_is_up(qtbot, started, tmp_path):
    prompts = ScriptedPrompts()
    prompts.confirm_answers = [True]
    run = start(started, ["--db", str(tmp_path / "baru.db")], prompts)
    qtbot.waitUntil(lambda: run.ctx.store.count_meetings() == 1)
    assert prompts.shown[0][0] == "confirm"


def test_first_start_asks_for_the_office_profile_then_offers_the_sample(qtbot, started, tmp_path):
    """One question after the other, never two dialogs at once; a skip is kept."""
    from gui.settings.office_prompt import SKIP

    prompts = ScriptedPrompts()
    prompts.office_answers = [SKIP]
    asked_when = []
    confirm = prompts.confirm
    prompts.confirm = lambda *a: asked_when.append(prompts.office_asked) or confirm(*a)
    prompts.confirm_answers = [False]
    db = tmp_path / "baru.db"
    run = start(started, ["--db", str(db)], prompts)
    qtbot.waitUntil(lambda: len(prompts.shown) == 1)
    assert asked_when == [1]  # the profile first, then the sample
    run.close()
    started.remove(run)
    again = ScriptedPrompts()
    again.confirm_answers = [False]
    start(started, ["--db", str(db)], again)
    qtbot.waitUntil(lambda: len(again.shown) == 1)
    assert again.office_asked == 0  # skipped once: not asked again


def test_not_a_database_gives_a_dialog_then_quit(qtbot, started, tmp_path, indonesian):
    bad = tmp_path / "catatan.db"
    bad.write_text("ini bukan database")
    choose = Chooser(gui_app.QUIT)
    assert start(started, ["--db", str(bad)], choose=choose) is None
    assert len(choose.messages) == 1
    assert "catatan.db" in choose.messages[0] and "bukan basis data SQLite" in choose.messages[0]
    assert "Traceback" not in choose.messages[0]


def test_choose_another_file(qtbot, started, tmp_path):
    bad = tmp_path / "rusak.db"
    bad.write_bytes(b"\x00" * 100)
    good = tmp_path / "lain.db"
    prompts = ScriptedPrompts()
    prompts.file_answers = [str(good)]
    prompts.confirm_answers = [False]  # no sample, thanks
    run = start(started, ["--db", str(bad)], prompts, Chooser(gui_app.OTHER))
    assert run is not None and run.ctx.db_path == good


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can write anyway")
def test_read_only_archive_then_retry(qtbot, started, tmp_path, indonesian):
    db = tmp_path / "arsip.db"
    MeetingStore.open(db).close()
    db.chmod(stat.S_IRUSR)
    choose = Chooser(gui_app.RETRY, gui_app.QUIT)
    assert start(started, ["--db", str(db)], choose=choose) is None
    assert len(choose.messages) == 2 and "hanya dapat dibaca" in choose.messages[0]


def test_read_only_archive_message(qtbot, started, tmp_path, monkeypatch, indonesian):
    """Also as root (who may write anywhere): the store's check says read-only."""
    db = tmp_path / "arsip.db"
    MeetingStore.open(db).close()
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    choose = Chooser(gui_app.QUIT)
    assert start(started, ["--db", str(db)], choose=choose) is None
    assert choose.messages[0].startswith("Arsip hanya dapat dibaca")
    # the technical line, for whoever supports the office
    assert "berkas basis data hanya dapat dibaca" in choose.messages[0]


def test_locked_archive_retry_succeeds(qtbot, started, tmp_path, monkeypatch):
    db = tmp_path / "arsip.db"
    MeetingStore.open(db).close()
    real_open = MeetingStore.open
    calls = []

    def locked_once(path):
        calls.append(path)
        if len(calls) == 1:
            from core.store.database import storage_error

            raise storage_error(sqlite3.OperationalError("database is locked"), path)
        return real_open(path)

    monkeypatch.setattr(MeetingStore, "open", staticmethod(locked_once))
    choose = Chooser(gui_app.RETRY)
    prompts = ScriptedPrompts()
    prompts.confirm_answers = [False]
    run = start(started, ["--db", str(db)], prompts, choose)
    assert run is not None and len(calls) == 2
    assert choose.messages[0].startswith("Arsip sedang dipakai program lain")
    assert str(db) in choose.messages[0]


def test_missing_folder(qtbot, started, tmp_path):
    choose = Chooser(gui_app.QUIT)
    assert start(started, ["--db", str(tmp_path / "tidak" / "ada.db")], choose=choose) is None
    assert choose.messages[0].startswith("Folder arsip tidak ada")


def test_an_archive_of_a_newer_notula_is_explained_and_left_alone(qtbot, started, tmp_path):
    from tests.core.test_archive_versions import files_beside, newer_archive

    db = newer_archive(tmp_path / "arsip.db")
    before = files_beside(db)
    choose = Chooser(gui_app.QUIT)
    assert start(started, ["--db", str(db)], choose=choose) is None
    assert choose.retry_offered == [False]  # only a newer Notula opens it: no "try again"
    first, where = choose.messages[0].splitlines()[:2]
    assert first == (
        "Arsip ini dibuat oleh Notula versi yang lebih baru. Perbarui Notula di komputer "
        "ini untuk membukanya; arsipnya tidak diubah."
    )
    assert where == f"Berkas: {db}"
    assert "Keterangan teknis" not in choose.messages[0]  # it would say the same again
    assert "Traceback" not in choose.messages[0]
    assert files_beside(db) == before


def test_excepthook_logs_and_shows_a_short_dialog(monkeypatch, tmp_path):
    logged: list[BaseException] = []
    log = tmp_path / "notula.log"

    def fake_log(exc: BaseException) -> Path:
        logged.append(exc)
        return log

    monkeypatch.setattr("core.logs.log_exception", fake_log)
    prompts = ScriptedPrompts()
    hook = errors.install(prompts)
    try:
        assert sys.excepthook is hook
        try:
            {}["tanggal"]
        except KeyError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        assert len(logged) == 1 and logged[0].__traceback__ is not None
        kind, text = prompts.shown[0]
        assert kind == "error"
        assert "KeyError: 'tanggal'" in text and str(log) in text
        assert "Traceback" not in text and "line " not in text
        sys.excepthook(InputError, InputError("tanggal tidak valid: '2023-02-30'"), None)
        assert prompts.shown[1] == ("error", "tanggal tidak valid: '2023-02-30'")
        assert len(logged) == 1  # the clerk's own mistake is not a bug
    finally:
        errors.uninstall(hook)
    assert sys.excepthook is not hook


def test_excepthook_writes_the_traceback_to_the_log(monkeypatch, tmp_path):
    import logging

    from core import logs

    path = tmp_path / "notula.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    logging.getLogger("notula").addHandler(handler)
    monkeypatch.setattr(logs, "log_file", lambda: path)
    hook = errors.ExceptHook(ScriptedPrompts())
    try:
        raise ZeroDivisionError("pembagian nol")
    except ZeroDivisionError as exc:
        hook(type(exc), exc, exc.__traceback__)
    finally:
        logging.getLogger("notula").removeHandler(handler)
        handler.close()
    text = path.read_text(encoding="utf-8")
    # the frames and the type; not the message, which may quote a statement or a NIP
    assert "Traceback" in text and "ZeroDivisionError (message not logged)" in text
    assert "pembagian nol\n" not in text.split("raise ZeroDivisionError")[-1]


def test_english_setting_gives_english_menus(qtbot, started, tmp_path):
    db = tmp_path / "arsip.db"
    store = MeetingStore.open(db)
    store.set_settings({"language": "en"})
    store.close()
    prompts = ScriptedPrompts()
    prompts.confirm_answers = [False]
    run = start(started, ["--db", str(db)], prompts)
    menus = [a.text() for a in run.window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Help"]
    assert run.window.new_action.text() == "&New meeting…"
    assert run.window.view.year_combo.itemText(0) == "All years"
    assert QSettings("Notula", "Notula").value("ui/language") == "en"


def test_indonesian_is_the_default(qtbot, started, tmp_path):
    prompts = ScriptedPrompts()
    prompts.confirm_answers = [False]
    run = start(started, ["--db", str(tmp_path / "arsip.db")], prompts)
    menus = [a.text() for a in run.window.menuBar().actions()]
    assert menus == ["&Berkas", "&Edit", "Bantu&an"]


def test_every_message_has_an_english_translation():
    import xml.etree.ElementTree as ET

    from gui.i18n_build import I18N_DIR

    root = ET.parse(I18N_DIR / "notula_en.ts").getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if not m.findtext("translation") or m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []


def test_a_locked_archive_mid_session_is_explained_in_indonesian(ctx, example_path):
    """A real lock held by another connection: an import (a one-off file action,
    not an edit that can wait its turn) fails at once, the clerk reads why."""
    from gui.archive import files as archive_io

    other = sqlite3.connect(ctx.db_path, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert archive_io.import_path(ctx, example_path) is None
    finally:
        other.rollback()
        other.close()
    kind, text = ctx.prompts.shown[-1]
    assert kind == "error" and text.startswith("Arsip sedang dipakai program lain")
    assert str(ctx.db_path) in text and "Keterangan teknis:" in text
    assert ctx.store.count_meetings() == 0


def test_the_archive_problem_box_is_wide_enough_to_read(qtbot, tmp_path):
    """The newer-archive explanation reads as short paragraphs, not a narrow column."""
    from tests.core.test_archive_versions import newer_archive

    db = newer_archive(tmp_path / "arsip.db")
    choose = Chooser(gui_app.QUIT)
    assert gui_app.open_store(db, ScriptedPrompts(), choose) is None
    box, other, retry = gui_app.store_problem_box(choose.messages[0], choose.retry_offered[0])
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.width() >= gui_app.STORE_BOX_TEXT_PX
    assert retry is None
    assert sorted(b.text() for b in box.buttons()) == ["Keluar", "Pilih berkas lain…"]
    assert box.defaultButton() is other and other.text() == "Pilih berkas lain…"


def test_a_locked_archive_may_be_tried_again(qtbot):
    box, other, retry = gui_app.store_problem_box("arsip terkunci", True)
    qtbot.addWidget(box)
    assert retry is not None and box.defaultButton() is retry
    assert sorted(b.text() for b in box.buttons()) == ["Coba lagi", "Keluar", "Pilih berkas lain…"]


def test_a_wal_file_another_copy_left_is_set_aside_and_the_clerk_told(tmp_path, example_path):
    """The clerk put yesterday's archive back after a crash: the crashed
    program's -wal is not applied, and the start says where it went."""
    import shutil

    from tests.core.test_wal_guard import archive_with, crash_after, meeting_file

    def meeting(n: int) -> Path:
        return meeting_file(example_path, tmp_path / "rapat", n)

    db = archive_with(tmp_path / "arsip.db", meeting(1))
    yesterday = tmp_path / "kemarin.db"
    shutil.copyfile(db, yesterday)
    crash_after(db, meeting(2), "checkpoint", meeting(3))
    shutil.copyfile(yesterday, db)

    prompts = ScriptedPrompts()
    opened = gui_app.open_store(db, prompts, Chooser(gui_app.QUIT))
    assert opened is not None
    store, _path = opened
    try:
        assert [m.title for m in store.list_meetings()] == ["Rapat 1"]
    finally:
        store.close()
    (aside,) = tmp_path.glob("arsip.db-wal-tersisih-*")
    ((kind, text),) = prompts.shown
    assert kind == "info"
    assert text.startswith(f"{db}: berkas arsip.db-wal di samping arsip ditinggalkan")
    assert f"disisihkan sebagai {aside.name}" in text
