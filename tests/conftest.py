"""Every test runs headless; Qt must see this before it is imported."""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests out of the user's own settings, data and log folders (QSettings and
# platformdirs both follow the XDG variables on Linux).
_SANDBOX = tempfile.mkdtemp(prefix="notula-tests-")
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = os.path.join(_SANDBOX, _var.lower())
os.environ.pop("NOTULA_DB", None)
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

SAMPLES = ROOT / "resources" / "sample"
EXAMPLE = SAMPLES / "rakor_inflasi_2023.json"


LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def use_locale(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """Run as under ``LANG=lang`` (LC_ALL and LC_MESSAGES unset), whatever the
    developer's own locale is; the language the core chose before is forgotten."""
    from core import i18n

    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    i18n.set_language(None)


@pytest.fixture(autouse=True)
def _locale(monkeypatch):
    """Indonesian, the default language, for every test unless it asks for
    another; a command run in-process fixes its language for the rest of the
    process, so it is forgotten after each test."""
    from core import i18n

    use_locale(monkeypatch, "id_ID.UTF-8")
    yield
    i18n.set_language(None)


@pytest.fixture
def english_locale(_locale, monkeypatch):
    """An English locale: command-line messages in English (cli.md)."""
    use_locale(monkeypatch, "en_US.UTF-8")


@pytest.fixture
def indonesian_locale(_locale, monkeypatch):
    """An Indonesian locale, for a test in a folder whose tests run in English."""
    use_locale(monkeypatch, "id_ID.UTF-8")


@pytest.fixture
def store():
    from core.store import MeetingStore

    s = MeetingStore.open(None)
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path):
    from core.store import MeetingStore

    s = MeetingStore.open(tmp_path / "arsip.db")
    yield s
    s.close()


@pytest.fixture
def example_path() -> Path:
    return EXAMPLE


def _core_language(language: str):
    from core import i18n

    i18n.set_language(language)
    yield
    i18n.set_language(None)


@pytest.fixture
def english():
    """Core and command-line messages in their English source text, whatever the
    machine's locale, for tests that read them (tests/core/test_i18n.py holds
    the Indonesian catalogue to covering every message)."""
    yield from _core_language("en")


@pytest.fixture
def indonesian():
    """Core messages in Indonesian, as a clerk using the GUI in Indonesian reads them."""
    yield from _core_language("id")
