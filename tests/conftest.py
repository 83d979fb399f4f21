"""Every test runs headless; Qt must see this before it is imported."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "rakor_inflasi_2023.json"


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
