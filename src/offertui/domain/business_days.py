"""Counting Japanese business days to a deadline, such as the date to answer an offer.

Companies in Japan count deadlines in business days (営業日): weekends, public holidays
and the New Year closure do not count. The closure is a custom, not law (only 1 January
is a public holiday): government offices close from 29 December to 3 January (行政機関の
休日に関する法律1条1項3号), and most companies follow, so that is the default; the profile can
change it. Public holidays come from the ``holidays`` package, through a table written
from it for the years around now (`holiday_table`): the package is slow to import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

__all__ = [
    "DEFAULT_CLOSURE",
    "Closure",
    "business_days_between",
    "deadline_warning",
    "describe_deadline",
    "is_business_day",
    "non_business_reason",
    "parse_closure",
    "profile_closure",
]

_SATURDAY = 5
_CLOSURE_TEXT = re.compile(
    r"^\s*(\d{1,2})-(\d{1,2})\s*(?:\.\.|~|〜|to|-)\s*(\d{1,2})-(\d{1,2})\s*$"
)


@dataclass(frozen=True)
class Closure:
    """The New Year closure: from (month, day) in December to (month, day) in January."""

    first: tuple[int, int] = (12, 29)
    last: tuple[int, int] = (1, 3)

    def __contains__(self, day: date) -> bool:
        key = (day.month, day.day)
        if self.first <= self.last:  # within one calendar year
            return self.first <= key <= self.last
        return key >= self.first or key <= self.last

    def __str__(self) -> str:
        return f"{self.first[0]:02}-{self.first[1]:02}..{self.last[0]:02}-{self.last[1]:02}"


#: 29 December to 3 January, as government offices and most companies close.
DEFAULT_CLOSURE = Closure()


def parse_closure(text: str) -> Closure:
    """A closure typed as ``12-29..01-03`` (or ``12-29~1-3``); empty means the default.

    Raises :class:`ValueError` with a message for the field otherwise.
    """
    if not text.strip():
        return DEFAULT_CLOSURE
    match = _CLOSURE_TEXT.match(text)
    if match is None:
        raise ValueError("Write the closure as MM-DD..MM-DD, like 12-29..01-03.")
    m1, d1, m2, d2 = (int(g) for g in match.groups())
    for month, day in ((m1, d1), (m2, d2)):
        try:
            date(2024, month, day)  # a leap year, so 02-29 is accepted
        except ValueError:
            raise ValueError(f"{month:02}-{day:02} is not a day of the year.") from None
    return Closure((m1, d1), (m2, d2))


def profile_closure(text: str) -> Closure:
    """The closure a profile holds; a hand-edited value that cannot be read is the default
    (the Profile screen says why), so counting never fails on it."""
    try:
        return parse_closure(text)
    except ValueError:
        return DEFAULT_CLOSURE


@lru_cache(maxsize=32)
def _public_holidays(year: int) -> dict[date, str]:
    # Imported here, not at module level: nothing of it is needed for the first frame.
    from offertui.domain.holiday_table import public_holidays

    return public_holidays(year)


def non_business_reason(day: date, closure: Closure = DEFAULT_CLOSURE) -> str | None:
    """Why ``day`` is not a business day ("a Saturday", "a public holiday (New Year's
    Day)", "in the New Year closure", or a closure set at another time of year), or
    ``None`` if it is one."""
    holiday = _public_holidays(day.year).get(day)
    if holiday is not None:
        return f"a public holiday ({holiday})"
    if day in closure:
        # The profile's closure is meant for the year's end, but a company may close at
        # another time of year: only one in December or January is called so.
        if {closure.first[0], closure.last[0]} & {12, 1}:
            return "in the New Year closure"
        return f"in the company's closure ({closure})"
    if day.weekday() >= _SATURDAY:
        return "a " + day.strftime("%A")
    return None


def is_business_day(day: date, closure: Closure = DEFAULT_CLOSURE) -> bool:
    """Whether ``day`` is a working day: not a weekend, a Japanese public holiday
    (including substitute and "citizens'" holidays) or in the New Year closure."""
    if day.weekday() >= _SATURDAY or day in closure:
        return False
    return day not in _public_holidays(day.year)


def business_days_between(start: date, end: date, closure: Closure = DEFAULT_CLOSURE) -> int:
    """Business days after ``start`` up to and including ``end``.

    From Friday to the next Monday is 1 business day; from a day to itself, 0.
    When ``end`` is before ``start`` the result is negative: minus the business
    days from ``end`` (exclusive) to ``start`` (inclusive), i.e. how many
    business days a deadline is overdue.
    """
    if end < start:
        return -business_days_between(end, start, closure)
    count = 0
    day = start + timedelta(days=1)
    while day <= end:
        if is_business_day(day, closure):
            count += 1
        day += timedelta(days=1)
    return count


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def describe_deadline(today: date, deadline: date, closure: Closure = DEFAULT_CLOSURE) -> str:
    """A short description of a deadline for a table cell.

    Examples: ``"today"``, ``"tomorrow (1 business day)"``, ``"in 5 days
    (3 business days)"``, ``"overdue by 2 days"``. See :func:`deadline_warning` for a
    deadline that falls on a day off.
    """
    days = (deadline - today).days
    if days == 0:
        return "today"
    if days < 0:
        return f"overdue by {_plural(-days, 'day')}"
    business = _plural(business_days_between(today, deadline, closure), "business day")
    if days == 1:
        return f"tomorrow ({business})"
    return f"in {_plural(days, 'day')} ({business})"


def deadline_warning(deadline: date, closure: Closure = DEFAULT_CLOSURE) -> str | None:
    """What to know when a deadline falls on a day off, or ``None`` when it does not:
    the company may not read a reply sent that day, so answer by the business day
    before."""
    reason = non_business_reason(deadline, closure)
    if reason is None:
        return None
    before = deadline - timedelta(days=1)
    while not is_business_day(before, closure):
        before -= timedelta(days=1)
    return f"The deadline is {reason}: to be safe, reply by {before:%a} {before.day} {before:%b}."
