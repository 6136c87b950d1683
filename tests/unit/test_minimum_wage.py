"""The regional minimum wages: the data file, finding a prefecture, and the figure in force."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from offertui.domain.minimum_wage import (
    find_prefecture,
    minimum_wage,
    prefecture_in,
    prefectures,
    source,
)


def test_the_file_holds_every_prefecture_once_each_revision_a_rise() -> None:
    entries = prefectures()
    assert len(entries) == 47
    assert len({p.name for p in entries}) == 47 and len({p.name_en for p in entries}) == 47
    assert entries[0].name == "北海道" and entries[-1].name == "沖縄県"
    for entry in entries:
        assert entry.name[-1] in "都道府県", entry.name
        assert 900 < entry.previous < entry.amount < 1_500, entry.name
        assert date(2025, 10, 1) <= entry.effective <= date(2026, 12, 31), entry.name
    assert source() == "厚生労働省「地域別最低賃金の全国一覧」令和7年度"


def test_a_short_name_drops_its_suffix_but_hokkaido_stays_whole() -> None:
    by_name = {p.name: p for p in prefectures()}
    assert by_name["東京都"].short == "東京"
    assert by_name["大阪府"].short == "大阪"
    assert by_name["神奈川県"].short == "神奈川"
    assert by_name["北海道"].short == "北海道"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("東京都", "東京都"),
        ("東京", "東京都"),
        ("Tokyo", "東京都"),
        ("tokyo", "東京都"),
        ("  Osaka ", "大阪府"),
        ("北海道", "北海道"),
        ("京都", "京都府"),
        ("Kyoto", "京都府"),
    ],
)
def test_a_prefecture_is_found_by_any_of_its_names(typed: str, expected: str) -> None:
    found = find_prefecture(typed)
    assert found is not None and found.name == expected


@pytest.mark.parametrize("typed", ["", "Narnia", "東", "港区", "Tokyo-to"])
def test_what_names_no_prefecture_finds_none(typed: str) -> None:
    # Aliases (a ward, a city) place a workplace in a letter, but a typed prefecture is
    # the prefecture's own name.
    assert find_prefecture(typed) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("勤務地：東京都港区六本木", "東京都"),
        ("Tokyo head office", "東京都"),
        ("就業場所 横浜市西区みなとみらい", "神奈川県"),
        ("本社（渋谷）", "東京都"),
        ("京都市下京区", "京都府"),
        ("東京都 and later Kyoto", "東京都"),  # the first named is the workplace
        ("Osaka office, then Tokyo", "大阪府"),
        ("ＴＯＫＹＯ", "東京都"),  # full-width letters fold
        ("札幌市中央区", "北海道"),
    ],
)
def test_the_prefecture_named_first_in_a_letter_is_the_workplace(text: str, expected: str) -> None:
    found = prefecture_in(text)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("東京都千代田区", "東京都"),  # 京都 stands inside 東京都, one place later
        ("京都市下京区（研修は東京都）", "京都府"),  # Kyoto named first, Tokyo after
        ("東京本社、大阪支社、東京研修", "東京都"),  # the first time a name stands counts
    ],
)
def test_tokyo_and_kyoto_are_told_apart_by_where_they_stand(text: str, expected: str) -> None:
    found = prefecture_in(text)
    assert found is not None and found.name == expected


def test_no_prefecture_in_a_text_without_one() -> None:
    assert prefecture_in("Remote, anywhere") is None
    assert prefecture_in("") is None


def test_the_figure_in_force_changes_on_the_day_the_revision_takes_effect() -> None:
    tokyo = find_prefecture("東京都")
    assert tokyo is not None
    before = minimum_wage(tokyo, tokyo.effective - timedelta(days=1))
    on_the_day = minimum_wage(tokyo, tokyo.effective)
    latest = minimum_wage(tokyo)
    assert (before.amount, before.effective) == (tokyo.previous, None)
    assert (on_the_day.amount, on_the_day.effective) == (tokyo.amount, tokyo.effective)
    assert latest == on_the_day
    assert before.prefecture is tokyo and latest.prefecture is tokyo
    assert before.source == source() == latest.source
