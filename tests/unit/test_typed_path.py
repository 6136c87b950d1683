"""A path as people type or paste it, read one way wherever a file is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from offertui.storage.export import ExportError, export_path
from offertui.storage.paths import typed_path
from offertui.storage.text_file import TextFileError, resolve_path


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("brief.md", "base/brief.md"),
        ("  brief.md  ", "base/brief.md"),
        ("'my brief.md'", "base/my brief.md"),
        ('"my brief.md"', "base/my brief.md"),
        ("' my brief.md '", "base/my brief.md"),
        ("sub/brief.md", "base/sub/brief.md"),
        ("~/brief.md", "home/brief.md"),
        ("'~/brief.md'", "home/brief.md"),
        ("'brief.md\"", "base/'brief.md\""),  # quotes that do not pair are part of the name
        ("'", "base/'"),
        ("Xbrief.mdX", "base/Xbrief.mdX"),  # only quotes pair up, no other mark
    ],
)
def test_a_typed_path_loses_its_quotes_and_blanks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, expected: str
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert typed_path(typed, tmp_path / "base") == tmp_path / expected


def test_an_absolute_path_stays_where_it_points(tmp_path: Path) -> None:
    assert typed_path(str(tmp_path / "a.md"), Path("/elsewhere")) == tmp_path / "a.md"


def test_a_relative_path_without_a_base_is_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert typed_path("a.md") == tmp_path / "a.md"


@pytest.mark.parametrize("typed", ["", "   ", "''", '""', "' '", "\t"])
def test_nothing_typed_is_no_path(typed: str) -> None:
    assert typed_path(typed, Path("/base")) is None


def test_each_use_says_in_its_own_words_that_a_path_is_needed() -> None:
    with pytest.raises(ExportError, match=r"^Type where to write the file, like ~/brief\.md\.$"):
        export_path("''")
    with pytest.raises(TextFileError, match=r"^Type the path of a text file"):
        resolve_path("  ")
    assert export_path("b.md", Path("/base")) == resolve_path("b.md", Path("/base"))
