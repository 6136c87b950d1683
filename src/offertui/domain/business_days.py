"""Counting Japanese business days to a deadline, such as the date to answer an offer.

Companies in Japan count deadlines in business days (営業日): weekends, public
holidays and the New Year closure do not count. Public holidays come from the
``holidays`` package, imported only when first needed because it is slow to
import and start-up time matters.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

__all__ = ["business_days_between", "describe_deadline", "is_business_day"]

#: Days of the customary New Year closure (年末年始休暇) as (month, day). This is a
#: convention almost all companies and government offices follow, not law: only
#: 1 January is a public holiday.
NEW_YEAR_CLOSURE = frozenset({(12, 31), (1, 1), (1, 2), (1, 3)})

_SATURDAY = 5


@lru_cache(maxsize=32)
def _public_holidays(year: int) -> frozenset[date]:
    # Imported here, not at module level: importing `holidays` costs start-up time.
    import holidays

    return frozenset(holidays.country_holidays("JP", years=year).keys())


def is_business_day(day: date) -> bool:
    """Whether ``day`` is a working day: not a weekend, a Japanese public holiday
    (including substitute and "citizens'" holidays) or in the New Year closure."""
    if day.weekday() >= _SATURDAY:
        return False
    if (day.month, day.day) in NEW_YEAR_CLOSURE:
        return False
    return day not in _public_holidays(day.year)


def business_days_between(start: date, end: date) -> int:
    """Business days after ``start`` up to and including ``end``.

    From Friday to the next Monday is 1 business day; from a day to itself, 0.
    When ``end`` is before ``start`` the result is negative: minus the business
    days from ``end`` (exclusive) to ``start`` (inclusive), i.e. how many
    business days a deadline is overdue.
    """
    if end < start:
        return -business_days_between(end, start)
    count = 0
    day = start + timedelta(days=1)
    while day <= end:
        if is_business_day(day):
            count += 1
        day += timedelta(days=1)
    return count


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def describe_deadline(today: date, deadline: date) -> str:
    """A short description of a deadline for a table cell.

    Examples: ``"today"``, ``"tomorrow (1 business day)"``, ``"in 5 days
    (3 business days)"``, ``"overdue by 2 days"``.
    """
    days = (deadline - today).days
    if days == 0:
        return "today"
    if days < 0:
        return f"overdue by {_plural(-days, 'day')}"
    business = _plural(business_days_between(today, deadline), "business day")
    if days == 1:
        return f"tomorrow ({business})"
    return f"in {_plural(days, 'day')} ({business})"
