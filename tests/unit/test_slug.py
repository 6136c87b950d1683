from __future__ import annotations

from pathlib import Path

import pytest

from offertui.storage.slug import is_safe_id, slugify, unique_slug


@pytest.mark.parametrize(
    "company",
    ["../../x", "CON", "", "x" * 300, "株式会社テスト", "a/b\\c", ".hidden", "   ", "NUL", "-"],
)
def test_slug_is_a_safe_single_file_name(company: str, tmp_path: Path) -> None:
    slug = slugify(company)
    assert slug
    assert "/" not in slug and "\\" not in slug and "\0" not in slug
    assert not slug.startswith((".", "-"))
    assert slug.lower() not in {"con", "nul", "prn", "aux"}
    assert len((slug + ".toml").encode("utf-8")) < 255
    # It really is a file name in the folder it is meant for.
    (tmp_path / f"{slug}.toml").write_text("")
    assert (tmp_path / f"{slug}.toml").resolve().parent == tmp_path.resolve()


def test_slug_keeps_japanese_readable() -> None:
    assert slugify("株式会社テスト", "Backend Engineer") == "株式会社テスト-backend-engineer"


def test_slug_of_nothing_is_offer() -> None:
    assert slugify("", "") == "offer"
    assert slugify("../..") == "offer"


def test_reserved_device_names_are_prefixed() -> None:
    assert slugify("CON") == "offer-con"
    assert slugify("con", "engineer") == "con-engineer"


def test_unique_slug_counts_up() -> None:
    assert unique_slug("acme", set()) == "acme"
    assert unique_slug("acme", {"acme"}) == "acme-2"
    assert unique_slug("acme", {"acme", "acme-2"}) == "acme-3"


def test_safe_id_rejects_paths() -> None:
    assert is_safe_id("acme-dev")
    assert is_safe_id("株式会社テスト")
    for bad in ("", "../x", "a/b", ".lock", "..", "a\\b"):
        assert not is_safe_id(bad), bad


def test_a_long_slug_is_cut_to_80_bytes_on_a_whole_character() -> None:
    assert slugify("x" * 300) == "x" * 80
    assert slugify("x" * 81) == "x" * 80  # one character at a time
    # Three bytes a character: 26 fit in 80 bytes, a 27th would not.
    assert slugify("テ" * 100) == "テ" * 26
    # A cut that ends on a hyphen drops it.
    assert slugify("x" * 79 + " yz") == "x" * 79


def test_every_numbered_device_name_is_prefixed() -> None:
    for name in ("com0", "com9", "lpt0", "lpt9", "prn", "aux", "nul"):
        assert slugify(name) == f"offer-{name}"
    assert slugify("com10") == "com10"


def test_safe_id_allows_200_bytes_and_no_nul() -> None:
    assert is_safe_id("x" * 200)
    assert not is_safe_id("x" * 201)
    assert not is_safe_id("テ" * 67)  # 201 bytes
    assert not is_safe_id("a\0b")


def test_underscores_and_runs_of_marks_become_one_hyphen() -> None:
    assert slugify("a_b") == "a-b"
    assert slugify("a_-_b", "c__d") == "a-b-c-d"


def test_an_outer_hyphen_does_not_count_towards_the_80_bytes() -> None:
    assert slugify("", "x" * 80) == "x" * 80


def test_safe_id_refuses_only_path_marks() -> None:
    assert is_safe_id("XX-dev")
