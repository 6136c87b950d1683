"""Reading dates, times and email addresses as people type them, and writing them back."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from offertui.domain.parse import (
    format_date,
    format_datetime,
    parse_date,
    parse_datetime,
    parse_email,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("2026/12/1", date(2026, 12, 1)),
        ("2026.1.9", date(2026, 1, 9)),
        ("2026年12月1日", date(2026, 12, 1)),
        ("2026年12月1", date(2026, 12, 1)),
        ("２０２６－１２－０１", date(2026, 12, 1)),  # full-width, from a Japanese IME
        ("  2026-12-01  ", date(2026, 12, 1)),
    ],
)
def test_a_date_in_any_usual_form(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\u3000"])
def test_an_empty_date_is_unknown(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["12/01/2026", "2026-12", "2026-12-01x", "tomorrow", "26-12-01"])
def test_a_date_in_another_form_is_explained(text: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_date(text)
    assert str(error.value) == "Enter a date as YYYY-MM-DD, like 2026-12-01."


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "2026-00-10"])
def test_a_date_that_does_not_exist_says_so(text: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_date(text)
    assert str(error.value) == f"{text} is not a real date."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", datetime(2026, 12, 1)),
        ("2026-12-01 14:05", datetime(2026, 12, 1, 14, 5)),
        ("2026-12-01T09:30", datetime(2026, 12, 1, 9, 30)),
        ("2026-12-01   9:30", datetime(2026, 12, 1, 9, 30)),
        ("2026年12月1日 14時05分", datetime(2026, 12, 1, 14, 5)),
        ("2026-12-01 23:59", datetime(2026, 12, 1, 23, 59)),
        ("2026-12-01 00:00", datetime(2026, 12, 1, 0, 0)),
        ("２０２６-１２-０１ １４：００", datetime(2026, 12, 1, 14, 0)),
    ],
)
def test_a_date_with_or_without_a_time(text: str, expected: datetime) -> None:
    assert parse_datetime(text) == expected


def test_an_empty_date_and_time_is_unknown() -> None:
    assert parse_datetime("  ") is None


@pytest.mark.parametrize("text", ["2026-12-01 2pm", "2026-12-01 14", "2026-12-01 14:5"])
def test_a_time_in_another_form_is_explained(text: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_datetime(text)
    assert str(error.value) == "Enter a time as HH:MM, like 2026-12-01 14:00."


@pytest.mark.parametrize("time", ["24:00", "12:60", "99:99"])
def test_a_time_that_does_not_exist_says_so(time: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_datetime(f"2026-12-01 {time}")
    assert str(error.value) == f"{time} is not a real time."


def test_a_bad_date_before_the_time_is_the_date_s_message() -> None:
    with pytest.raises(ValueError, match="Enter a date"):
        parse_datetime("someday 14:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tanaka@example.com", "tanaka@example.com"),
        ("  hr@sakura.co.jp ", "hr@sakura.co.jp"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_an_email_address_or_none(text: str, expected: str) -> None:
    assert parse_email(text) == expected


@pytest.mark.parametrize(
    "text", ["tanaka", "tanaka@example", "@example.com", "a@b@c.com", "ta naka@example.com"]
)
def test_something_else_is_not_an_email_address(text: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_email(text)
    assert str(error.value) == "That does not look like an email address (name@example.com)."


def test_dates_are_written_back_in_the_form_they_are_read() -> None:
    assert format_date(date(2026, 1, 9)) == "2026-01-09"
    assert format_date(None) == ""
    assert parse_date(format_date(date(2026, 1, 9))) == date(2026, 1, 9)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (datetime(2026, 12, 1), "2026-12-01"),  # midnight: a day without a time
        (datetime(2026, 12, 1, 0, 30), "2026-12-01 00:30"),
        (datetime(2026, 12, 1, 14, 0), "2026-12-01 14:00"),
        (datetime(2026, 12, 1, 9, 5), "2026-12-01 09:05"),
    ],
)
def test_date_and_time_written_back(value: datetime | None, text: str) -> None:
    assert format_datetime(value) == text
    assert parse_datetime(text) == value
