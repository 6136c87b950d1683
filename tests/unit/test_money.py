from __future__ import annotations

import pytest

from offertui.domain.money import (
    MAX_YEN,
    format_hours,
    format_man,
    format_optional_yen,
    format_yen,
    letter_yen,
    parse_optional_yen,
    parse_yen,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("9,000,000", 9_000_000),
        ("9000000", 9_000_000),
        ("900万", 9_000_000),
        ("900万円", 9_000_000),
        ("¥9,000,000", 9_000_000),
        ("￥9,000,000", 9_000_000),  # full-width yen sign
        ("９００万", 9_000_000),  # full-width digits
        ("９，０００，０００円", 9_000_000),  # full-width digits and comma
        ("1,050.5万", 10_505_000),
        ("  900 万円  ", 9_000_000),
        ("9,000,000円", 9_000_000),
        ("9,000,000 yen", 9_000_000),
        ("JPY 9,000,000", 9_000_000),
        ("0", 0),
        ("35万", 350_000),
        ("0.5万", 5_000),
    ],
)
def test_parse_yen_accepts_the_usual_ways_of_writing_yen(text: str, expected: int) -> None:
    assert parse_yen(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "-900万",
        "−9,000,000",  # U+2212 minus sign
        "▲5,000",  # Japanese accounting minus
        "9.000.000",  # European grouping
        "9,00,000",  # commas in the wrong places
        "9.5",  # fractions of a yen
        "1.23456万",  # ¥12,345.6
        "万",
        "900万ドル",
        "100,000,000,001",  # just over the limit
    ],
)
def test_parse_yen_rejects_anything_else_with_a_message(text: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        parse_yen(text)
    message = str(excinfo.value)
    assert message and len(message) < 80
    assert message.endswith(".")


def test_parse_yen_limit_is_inclusive() -> None:
    assert parse_yen(f"{MAX_YEN:,}") == MAX_YEN
    assert parse_yen("10000000万") == MAX_YEN


def test_negative_amount_message_says_so() -> None:
    with pytest.raises(ValueError, match="negative"):
        parse_yen("-1")


def test_format_yen() -> None:
    assert format_yen(9_000_000) == "¥9,000,000"
    assert format_yen(0) == "¥0"
    assert format_yen(999) == "¥999"
    assert format_yen(-1_000) == "-¥1,000"


def test_format_man() -> None:
    assert format_man(9_000_000) == "900万円"
    assert format_man(10_505_000) == "1,050.5万円"
    assert format_man(350_000) == "35万円"
    assert format_man(5_000) == "0.5万円"
    # Rounded half up to the nearest ¥1,000.
    assert format_man(9_123_456) == "912.3万円"
    assert format_man(9_125_000) == "912.5万円"
    assert format_man(10_999_999) == "1,100万円"
    assert format_man(-50_000) == "-5万円"


@pytest.mark.parametrize("amount", [0, 5_000, 350_000, 9_000_000, 10_505_000, 123_456_789])
def test_format_yen_round_trips_through_parse(amount: int) -> None:
    assert parse_yen(format_yen(amount)) == amount


@pytest.mark.parametrize(
    ("digits", "man", "expected"),
    [
        ("280,000", None, 280_000),
        ("280000", None, 280_000),
        ("1,000", "", 1_000),
        ("35", "万", 350_000),
        ("1,050", "万", 10_500_000),
    ],
)
def test_an_amount_found_in_a_letter_counts_in_yen_or_in_man(
    digits: str, man: str | None, expected: int
) -> None:
    assert letter_yen(digits, man) == expected


@pytest.mark.parametrize("text", ["-5,000", "¥-5,000", "¥ -5,000", "▲5,000", "  −5000円"])
def test_a_negative_amount_is_refused_wherever_its_sign_is(text: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_yen(text)
    assert str(refused.value) == "The amount can't be negative."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9,00,000", "Put commas every three digits, like 9,000,000."),
        ("9.5", "Use whole yen, or 万 for ten-thousands (like 1,050.5万)."),
        (str(MAX_YEN + 1), "That amount is too large; check the digits."),
        ("nine million", "Enter an amount in yen, like 9,000,000 or 900万."),
    ],
)
def test_each_refusal_says_what_to_type(text: str, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_yen(text)
    assert str(refused.value) == message


def test_man_is_rounded_half_up_and_zero_has_no_sign() -> None:
    assert format_man(12_500) == "1.3万円"  # half-even would give 1.2
    assert format_man(-12_500) == "-1.3万円"
    assert format_man(0) == "0万円"
    assert format_man(9_999_950) == "1,000万円"


def test_an_empty_field_is_an_unknown_amount_both_ways() -> None:
    assert parse_optional_yen("  ") is None
    assert parse_optional_yen(" 900万 ") == 9_000_000
    assert format_optional_yen(None) == ""
    assert format_optional_yen(9_000_000) == "¥9,000,000"


def test_hours_are_shown_as_a_person_writes_them() -> None:
    assert format_hours(45.0) == "45 h"
    assert format_hours(7.5) == "7.5 h"
