"""What a person types into the pay form: yen, hours, months and days, each read one way."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from offertui.domain.figures import (
    count_text,
    parse_bonus_months,
    parse_daily_hours,
    parse_days_off,
    parse_optional_hours,
    parse_scheduled_hours,
)
from offertui.domain.money import parse_optional_yen


def _refusal(parse: Callable[[str], object], text: str) -> str:
    """What `parse` says of `text` it cannot take (the test fails if it takes it)."""
    with pytest.raises(ValueError) as raised:
        parse(text)
    return str(raised.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9,000,000", 9_000_000),
        ("900万", 9_000_000),
        ("9000000", 9_000_000),
        ("¥9,000,000", 9_000_000),
        ("９００万円", 9_000_000),
        ("31.5万", 315_000),
        ("", None),
        ("   ", None),
    ],
)
def test_yen_fields_read_every_usual_format(text: str, expected: int | None) -> None:
    assert parse_optional_yen(text) == expected


@pytest.mark.parametrize("text", ["abc", "9,00,000", "-300,000", "1.5", "9 million"])
def test_yen_fields_explain_what_they_cannot_read(text: str) -> None:
    with pytest.raises(ValueError, match=r".+"):
        parse_optional_yen(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45", 45.0),
        ("45時間", 45.0),
        ("37.5 h", 37.5),
        ("30 hours", 30.0),
        ("1 hour", 1.0),
        ("20hrs", 20.0),
        ("20 HR", 20.0),
        ("４５時間", 45.0),  # full-width, as Japanese input methods type it
        (" 45 ", 45.0),
        ("0", 0.0),
        ("744", 744.0),  # every hour of a 31-day month: the most there can be
        ("", None),
        ("  ", None),
    ],
)
def test_hours_a_month_take_units_and_full_width_digits(text: str, expected: float | None) -> None:
    assert parse_optional_hours(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lots", "Enter hours per month, like 45 or 37.5."),
        ("4 5", "Enter hours per month, like 45 or 37.5."),
        ("45 days", "Enter hours per month, like 45 or 37.5."),
        ("1,000", "Enter hours per month, like 45 or 37.5."),
        ("-3", "It can't be negative."),
        ("\u22123", "It can't be negative."),
        ("744.5", "A month has at most 744 hours."),
        ("1000", "A month has at most 744 hours."),
    ],
)
def test_hours_a_month_say_what_is_wrong(text: str, message: str) -> None:
    assert _refusal(parse_optional_hours, text) == message


def test_scheduled_hours_are_more_than_zero_and_may_be_left_to_the_letter() -> None:
    assert parse_scheduled_hours("") is None  # worked out from the letter's days
    assert parse_scheduled_hours("160") == 160.0
    assert parse_scheduled_hours("0.5") == 0.5
    assert _refusal(parse_scheduled_hours, "0") == "Scheduled hours must be more than zero."
    with pytest.raises(ValueError, match="at most 744 hours"):
        parse_scheduled_hours("800")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2", 2.0),
        ("2か月", 2.0),
        ("4.5 months", 4.5),
        ("1 month", 1.0),
        ("3ヶ月", 3.0),
        ("3カ月", 3.0),
        ("3ヵ月", 3.0),
        ("3箇月", 3.0),
        ("4月分", 4.0),
        ("2 mo", 2.0),
        ("24", 24.0),
        ("", None),
    ],
)
def test_bonus_months_take_every_way_of_writing_months(text: str, expected: float | None) -> None:
    assert parse_bonus_months(text) == expected


def test_bonus_months_refuse_what_is_surely_a_typo() -> None:
    assert _refusal(parse_bonus_months, "24.5") == "More than 24 months is surely a typo."
    assert _refusal(parse_bonus_months, "two") == "Enter months of base pay, like 2 or 4.5."
    assert _refusal(parse_bonus_months, "-1") == "It can't be negative."


@pytest.mark.parametrize(
    ("text", "expected"),
    [("8", 8.0), ("7.5", 7.5), ("8時間", 8.0), ("24", 24.0), ("0.5 h", 0.5), ("", None)],
)
def test_hours_a_day_read_like_hours_a_month(text: str, expected: float | None) -> None:
    assert parse_daily_hours(text) == expected


@pytest.mark.parametrize("text", ["0", "24.5", "25"])
def test_a_day_has_more_than_none_and_at_most_24_hours(text: str) -> None:
    said = _refusal(parse_daily_hours, text)
    assert said == "A working day has more than 0 and at most 24 hours."


def test_hours_a_day_explain_what_they_cannot_read() -> None:
    assert _refusal(parse_daily_hours, "nine to six") == "Enter hours a day, like 7.5 or 8."


@pytest.mark.parametrize(
    ("text", "expected"),
    [("120", 120), ("125日", 125), ("120 days", 120), ("1 day", 1), ("0", 0), ("364", 364)],
)
def test_days_off_are_a_whole_number_of_days(text: str, expected: int) -> None:
    days = parse_days_off(text)
    assert days == expected and isinstance(days, int)


@pytest.mark.parametrize("text", ["365", "120.5", "400"])
def test_days_off_refuse_what_no_year_has(text: str) -> None:
    assert _refusal(parse_days_off, text) == "Days off a year are a whole number from 0 to 364."


def test_days_off_left_empty_are_not_known_and_words_are_explained() -> None:
    assert parse_days_off("") is None
    assert _refusal(parse_days_off, "many") == "Enter the days off a year, like 120."


@pytest.mark.parametrize(
    ("value", "text"), [(None, ""), (45.0, "45"), (37.5, "37.5"), (2.25, "2.25"), (120, "120")]
)
def test_a_count_shows_in_its_field_as_typed(value: float | None, text: str) -> None:
    assert count_text(value) == text
    # What a field shows reads back as the same count.
    assert parse_optional_hours(text) == value
