"""docs/safety.md links every hazard to tests; renaming or deleting one must not break a link."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "safety.md").read_text(encoding="utf-8")


def referenced_tests() -> list[tuple[str, str | None]]:
    """(file, test name or None for a whole file), including `::name` shorthand after a file."""
    found: list[tuple[str, str | None]] = []
    for cell in re.findall(r"^\| H\d+ \|.*$", DOC, flags=re.M):
        current: str | None = None
        for path, name, short in re.findall(r"`(tests/[\w/]+\.py)(?:::(\w+))?`|`::(\w+)`", cell):
            if path:
                current = path
                found.append((path, name or None))
            elif current is not None:
                found.append((current, short))
    return found


def test_every_hazard_names_at_least_one_test() -> None:
    rows = re.findall(r"^\| (H\d+) \|(.*)$", DOC, flags=re.M)
    assert len(rows) >= 7
    for hazard, row in rows:
        assert "tests/" in row, f"{hazard} has no proof"


def test_every_named_test_exists() -> None:
    references = referenced_tests()
    assert len(references) > 20
    for path, name in references:
        source = (ROOT / path).read_text(encoding="utf-8")
        if name is not None:
            assert f"def {name}(" in source, f"{path}::{name} is named in docs/safety.md"
