"""Reading what a person typed into a field; every error is a message for that field."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime

_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?")
_TIME = re.compile(r"(\d{1,2})[:時](\d{2})分?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def _normal(text: str) -> str:
    # Full-width digits and punctuation come from Japanese input methods.
    return unicodedata.normalize("NFKC", text).strip()


def parse_date(text: str) -> date | None:
    """A date typed as 2026-12-01, 2026/12/1 or 2026年12月1日; empty means unknown."""
    text = _normal(text)
    if not text:
        return None
    match = _DATE.fullmatch(text)
    if not match:
        raise ValueError("Enter a date as YYYY-MM-DD, like 2026-12-01.")
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"{text} is not a real date.") from None


def parse_datetime(text: str) -> datetime | None:
    """A date with an optional time: "2026-12-01 14:00"; empty means unknown."""
    text = _normal(text)
    if not text:
        return None
    parts = text.replace("T", " ").split(maxsplit=1)
    day = parse_date(parts[0])
    assert day is not None
    if len(parts) == 1:
        return datetime(day.year, day.month, day.day)
    match = _TIME.fullmatch(parts[1])
    if not match:
        raise ValueError("Enter a time as HH:MM, like 2026-12-01 14:00.")
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValueError(f"{parts[1]} is not a real time.")
    return datetime(day.year, day.month, day.day, hour, minute)


def parse_email(text: str) -> str:
    """An email address, loosely checked; empty is allowed."""
    text = text.strip()
    if text and not _EMAIL.fullmatch(text):
        raise ValueError("That does not look like an email address (name@example.com).")
    return text


def format_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    if (value.hour, value.minute) == (0, 0):
        return value.date().isoformat()
    return value.strftime("%Y-%m-%d %H:%M")
