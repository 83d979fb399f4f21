"""The repository carries its own copies of the contracts in ``shared/spec``
and of the examples; this test catches drift when that folder is beside the
clone (a clone alone skips it, and every other test reads the copies)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

#: contract in shared/ -> its copy in this repository
COPIES = {
    "spec/meeting.schema.json": "core/meeting.schema.json",
    "spec/meeting.v1.schema.json": "core/meeting.v1.schema.json",
    "spec/office.schema.json": "core/office.schema.json",
    "spec/cli.md": "docs/spec/cli.md",
    "spec/keyboard.md": "docs/spec/keyboard.md",
    "spec/attendance-formats.md": "docs/spec/attendance-formats.md",
    "examples/rakor_inflasi_2023.json": "resources/sample/rakor_inflasi_2023.json",
    "examples/rakor_inflasi_2023.v2.json": "resources/sample/rakor_inflasi_2023.v2.json",
    "examples/rakor_inflasi_2023_minggu3.v2.json": (
        "resources/sample/rakor_inflasi_2023_minggu3.v2.json"
    ),
    "examples/office_bangka_barat.json": "resources/sample/office_bangka_barat.json",
}


@pytest.mark.parametrize("original", sorted(COPIES))
def test_in_repo_copy_matches_the_contract(original: str) -> None:
    source = SHARED / original
    if not source.exists():
        pytest.skip(f"{source} is not beside this clone")
    assert (ROOT / COPIES[original]).read_bytes() == source.read_bytes(), (
        f"{COPIES[original]} differs from shared/{original}: copy the contract again"
    )


def test_every_copy_is_in_the_repository() -> None:
    """Checked without shared/: a clone alone must hold every copy."""
    missing = [copy for copy in COPIES.values() if not (ROOT / copy).is_file()]
    assert missing == []
