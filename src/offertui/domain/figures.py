"""Counts a person types into a form: hours, months of pay, days off.

Like :func:`offertui.domain.money.parse_yen` for amounts, each parser reads what people
write (``45``, ``37.5 h``, ``45時間``, ``2か月``, full-width digits) and raises
:class:`ValueError` with a message to show beside the field; an empty field is ``None``,
"not known".
"""

from __future__ import annotations

import re
import unicodedata

from offertui.domain.money import format_number

__all__ = [
    "count_text",
    "parse_bonus_months",
    "parse_daily_hours",
    "parse_days_off",
    "parse_optional_hours",
    "parse_scheduled_hours",
]

# Hours in the longest month: anything above is a typo.
_MAX_MONTH_HOURS = 31 * 24
_MAX_BONUS_MONTHS = 24.0
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)$")
_HOUR_UNITS = ("hours", "hour", "hrs", "hr", "h", "時間")
_MONTH_UNITS = ("months", "month", "mo", "か月", "ヶ月", "カ月", "ヵ月", "箇月", "月分")


def _number(text: str, units: tuple[str, ...], hint: str) -> float | None:
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    if not cleaned:
        return None
    if cleaned.startswith(("-", "\u2212")):
        raise ValueError("It can't be negative.")
    for unit in units:
        if cleaned.endswith(unit):
            cleaned = cleaned.removesuffix(unit).strip()
            break
    match = _NUMBER.match(cleaned)
    if match is None:
        raise ValueError(hint)
    return float(match.group(1))


def parse_optional_hours(text: str) -> float | None:
    """Hours per month, like 45, 37.5 or 45時間; empty means "not known"."""
    hours = _number(text, _HOUR_UNITS, "Enter hours per month, like 45 or 37.5.")
    if hours is not None and hours > _MAX_MONTH_HOURS:
        raise ValueError(f"A month has at most {_MAX_MONTH_HOURS} hours.")
    return hours


def parse_scheduled_hours(text: str) -> float | None:
    """Scheduled (所定) hours per month; empty means "work it out from the letter"."""
    hours = parse_optional_hours(text)
    if hours is None:
        return None
    if hours <= 0:
        raise ValueError("Scheduled hours must be more than zero.")
    return hours


def parse_bonus_months(text: str) -> float | None:
    """Bonus per year in months of base pay, like 2, 4.5 or 2か月; empty: not known."""
    months = _number(text, _MONTH_UNITS, "Enter months of base pay, like 2 or 4.5.")
    if months is not None and months > _MAX_BONUS_MONTHS:
        raise ValueError(f"More than {_MAX_BONUS_MONTHS:g} months is surely a typo.")
    return months


def parse_daily_hours(text: str) -> float | None:
    """Scheduled hours of a working day, like 7.5 or 8時間; empty means "not known"."""
    hours = _number(text, _HOUR_UNITS, "Enter hours a day, like 7.5 or 8.")
    if hours is not None and not 0 < hours <= 24:
        raise ValueError("A working day has more than 0 and at most 24 hours.")
    return hours


def parse_days_off(text: str) -> int | None:
    """Days off a year (年間休日), like 120 or 125日; empty means "not known"."""
    days = _number(text, ("days", "day", "日"), "Enter the days off a year, like 120.")
    if days is None:
        return None
    if days != int(days) or not 0 <= days < 365:
        raise ValueError("Days off a year are a whole number from 0 to 364.")
    return int(days)


def count_text(value: float | None) -> str:
    """A count as its field shows it: ``45``, ``37.5``; empty when not known."""
    return "" if value is None else format_number(value)
