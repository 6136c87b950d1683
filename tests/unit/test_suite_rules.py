"""The rules that keep this suite honest, checked over its own source: a test that
breaks one fails here, at once, rather than flaking or passing for the wrong reason."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for p in TESTS.rglob("*.py") if p.name != "test_suite_rules.py")


def _offending(pattern: str, *, skip: tuple[str, ...] = ()) -> list[str]:
    found = []
    for path in SOURCES:
        if path.name in skip:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if re.search(pattern, line):
                found.append(f"{path.relative_to(TESTS)}:{number}: {line.strip()}")
    return found


@pytest.mark.parametrize(
    ("rule", "pattern", "skip"),
    [
        # Fixtures stay in conftest.py; what a test imports lives in tests/helpers.py.
        ("imports from a conftest", r"^\s*(from|import)\s+tests(\.\w+)*\.conftest\b", ()),
        # Textual's notifications are private: use helpers.Notifications.
        ("reads Textual's private notifications", r"\._notifications\b", ()),
        # A fixed sleep races the timer it waits for: use helpers.wait_until.
        ("sleeps a fixed time in a Pilot test", r"\bpilot\.pause\(\s*[\d.]", ("helpers.py",)),
    ],
)
def test_no_test_breaks_the_rule(rule: str, pattern: str, skip: tuple[str, ...]) -> None:
    assert _offending(pattern, skip=skip) == [], f"a test {rule}"


def test_the_rules_see_what_they_forbid(tmp_path: Path) -> None:
    # Each pattern above matches the line it is meant to stop (so the checks cannot pass
    # by matching nothing).
    lines = {
        r"^\s*(from|import)\s+tests(\.\w+)*\.conftest\b": "from tests.snapshots.conftest import x",
        r"\._notifications\b": "assert app._notifications",
        r"\bpilot\.pause\(\s*[\d.]": "    await pilot.pause(0.5)",
    }
    for pattern, line in lines.items():
        assert re.search(pattern, line), pattern
    assert not re.search(r"\bpilot\.pause\(\s*[\d.]", "await pilot.pause()")
