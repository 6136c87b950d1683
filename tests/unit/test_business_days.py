"""Business-day counting. Calendars checked by hand: 2026-11-25 is a Wednesday,
2027-01-01 a Friday; Golden Week 2027 is Thu 29 Apr (Shōwa Day) and Mon 3 to
Wed 5 May."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import offertui
from offertui.domain.business_days import (
    business_days_between,
    deadline_warning,
    describe_deadline,
    is_business_day,
    non_business_reason,
    parse_closure,
)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # Weekends: Fri → Mon is one business day; a full week is five.
        (date(2026, 11, 27), date(2026, 11, 30), 1),
        (date(2026, 11, 30), date(2026, 12, 7), 5),
        (date(2026, 11, 28), date(2026, 11, 29), 0),  # Sat → Sun
        (date(2026, 11, 25), date(2026, 11, 25), 0),  # same day
        # Labour Thanksgiving Day, Mon 23 Nov 2026.
        (date(2026, 11, 20), date(2026, 11, 24), 1),
        # Golden Week 2027: only Fri 30 Apr and Thu 6 May are working days.
        (date(2027, 4, 28), date(2027, 5, 6), 2),
        (date(2027, 4, 28), date(2027, 5, 5), 1),
        (date(2027, 4, 30), date(2027, 5, 6), 1),
        # New Year 2026/2027: closed from Tue 29 Dec to Sun 3 Jan.
        (date(2026, 12, 29), date(2027, 1, 5), 2),
        (date(2026, 12, 28), date(2027, 1, 4), 1),
        # 12/25 to 1/8: 28 Dec, then 4 to 8 Jan, six business days (not eight).
        (date(2026, 12, 25), date(2027, 1, 8), 6),
        # Coming of Age Day, Mon 11 Jan 2027.
        (date(2027, 1, 8), date(2027, 1, 12), 1),
        # Across the year end: 4–8 Jan + 12 Jan.
        (date(2026, 12, 28), date(2027, 1, 12), 6),
        # Silver Week 2026: 21 (holiday), 22 (citizens' holiday), 23 Sep (equinox).
        (date(2026, 9, 18), date(2026, 9, 24), 1),
    ],
)
def test_business_days_between(start: date, end: date, expected: int) -> None:
    assert business_days_between(start, end) == expected


def test_overdue_counts_negative() -> None:
    # Deadline Fri 27 Nov, today Mon 30 Nov: one business day (Monday) late.
    assert business_days_between(date(2026, 11, 30), date(2026, 11, 27)) == -1
    # Deadline Wed 28 Apr 2027, today Thu 6 May: late by 30 Apr and 6 May.
    assert business_days_between(date(2027, 5, 6), date(2027, 4, 28)) == -2


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 28), True),
        (date(2026, 12, 29), False),  # New Year closure (a convention, not a holiday)
        (date(2026, 12, 31), False),
        (date(2027, 1, 1), False),
        (date(2027, 1, 4), True),
        (date(2027, 4, 29), False),
        (date(2027, 4, 30), True),
        (date(2027, 3, 22), False),  # substitute holiday for the equinox on a Sunday
        (date(2026, 11, 28), False),  # Saturday
    ],
)
def test_is_business_day(day: date, expected: bool) -> None:
    assert is_business_day(day) is expected


@pytest.mark.parametrize(
    ("today", "deadline", "expected"),
    [
        (date(2026, 11, 25), date(2026, 11, 25), "today"),
        (date(2026, 11, 25), date(2026, 11, 26), "tomorrow (1 business day)"),
        (date(2026, 11, 27), date(2026, 11, 28), "tomorrow (0 business days)"),
        # Wed → Mon: Thu, Fri, Mon.
        (date(2026, 11, 25), date(2026, 11, 30), "in 5 days (3 business days)"),
        (date(2027, 4, 28), date(2027, 5, 6), "in 8 days (2 business days)"),
        (date(2026, 11, 25), date(2026, 11, 24), "overdue by 1 day"),
        (date(2026, 11, 25), date(2026, 11, 23), "overdue by 2 days"),
    ],
)
def test_describe_deadline(today: date, deadline: date, expected: str) -> None:
    assert describe_deadline(today, deadline) == expected


def test_descriptions_fit_a_table_cell() -> None:
    today = date(2026, 11, 25)
    for offset in range(-400, 400, 7):
        deadline = date.fromordinal(today.toordinal() + offset)
        assert len(describe_deadline(today, deadline)) <= 32


def test_holidays_package_is_not_imported_at_module_import() -> None:
    src = str(Path(offertui.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src}
    code = (
        "import sys, offertui.domain.business_days\n"
        "assert 'holidays' not in sys.modules, 'holidays imported eagerly'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


def test_the_closure_can_be_changed() -> None:
    from offertui.domain.business_days import parse_closure

    short = parse_closure("12-31..01-03")
    assert is_business_day(date(2026, 12, 29), short)
    assert not is_business_day(date(2026, 12, 29))
    # 12/25 to 1/8 with the shorter closure: 28, 29, 30 Dec and 4 to 8 Jan.
    assert business_days_between(date(2026, 12, 25), date(2027, 1, 8), short) == 8
    assert parse_closure("") == parse_closure("12-29..01-03")
    for bad in ("12/29", "13-01..01-03", "12-29..02-30"):
        with pytest.raises(ValueError):
            parse_closure(bad)


@pytest.mark.parametrize(
    ("deadline", "warning"),
    [
        (date(2026, 11, 29), "The deadline is a Sunday: to be safe, reply by Fri 27 Nov."),
        (
            date(2026, 11, 23),
            "The deadline is a public holiday (Labor Thanksgiving Day): to be safe, reply by"
            " Fri 20 Nov.",
        ),
        (
            date(2026, 12, 30),
            "The deadline is in the New Year closure: to be safe, reply by Mon 28 Dec.",
        ),
        (date(2026, 11, 30), None),
    ],
)
def test_a_deadline_on_a_day_off_is_pointed_out(deadline: date, warning: str | None) -> None:
    from offertui.domain.business_days import deadline_warning

    assert deadline_warning(deadline) == warning


def test_decision_points_out_a_deadline_on_a_day_off_with_the_profiles_closure() -> None:
    from dataclasses import replace

    from offertui.domain.business_days import parse_closure, profile_closure
    from offertui.domain.decision import countdown
    from offertui.domain.questions import new_offer

    offer = replace(new_offer("a", "Acme", "Dev"), reply_deadline=date(2026, 12, 29))
    text = countdown(offer, date(2026, 12, 21)).text
    # Mon 21 to Tue 29 Dec: 22–25 and 28 count; the 29th is in the closure.
    assert text.startswith("Reply by Tue 29 Dec 2026: in 8 days (5 business days).")
    assert text.endswith(
        "The deadline is in the New Year closure: to be safe, reply by Mon 28 Dec."
    )
    # A company that works until the 30th: the 29th counts and needs no warning.
    short = countdown(offer, date(2026, 12, 21), parse_closure("12-31..01-03")).text
    assert short == "Reply by Tue 29 Dec 2026: in 8 days (6 business days)"
    assert profile_closure("nonsense") == profile_closure("")


def test_a_closure_at_another_time_of_year_is_not_called_the_new_year_one() -> None:
    from offertui.domain.business_days import non_business_reason, parse_closure

    summer = parse_closure("08-12..08-14")
    assert non_business_reason(date(2026, 8, 13), summer) == (
        "in the company's closure (08-12..08-14)"
    )
    assert non_business_reason(date(2026, 8, 17), summer) is None
    assert non_business_reason(date(2026, 12, 30)) == "in the New Year closure"
    to_the_31st = parse_closure("12-28..12-31")
    assert non_business_reason(date(2026, 12, 31), to_the_31st) == "in the New Year closure"


def test_the_shipped_holiday_table_is_the_holidays_package() -> None:
    """The table the app reads (so as not to import the slow package) must say what the
    package says, year by year; when a package update changes it, write the table again
    with `python -m offertui.domain.holiday_table`."""
    from offertui.domain.holiday_table import FIRST_YEAR, LAST_YEAR, from_package, public_holidays

    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        assert public_holidays(year) == from_package(year), year


def test_a_year_outside_the_table_comes_from_the_package() -> None:
    from offertui.domain.holiday_table import LAST_YEAR, public_holidays

    later = public_holidays(LAST_YEAR + 5)
    assert later[date(LAST_YEAR + 5, 1, 1)] == "New Year's Day"
    assert len(later) >= 15


def test_opening_the_calendar_for_this_year_imports_no_holidays_package() -> None:
    src = str(Path(offertui.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": src}
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from offertui.domain.business_days import is_business_day\n"
        "assert not is_business_day(date(2026, 11, 23))\n"
        "assert 'holidays' not in sys.modules, 'holidays imported for a year in the table'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=60)


def test_a_closure_holds_its_first_and_last_day_within_a_year_or_across_one() -> None:
    summer = parse_closure("08-13..08-16")
    assert str(summer) == "08-13..08-16"
    assert [date(2026, 8, d) in summer for d in (12, 13, 16, 17)] == [False, True, True, False]
    one_day = parse_closure("05-01..05-01")
    assert date(2026, 5, 1) in one_day
    assert date(2026, 5, 2) not in one_day
    new_year = parse_closure("12-28~1-4")
    assert str(new_year) == "12-28..01-04"
    assert [date(2026, 12, 27) in new_year, date(2026, 12, 28) in new_year] == [False, True]
    assert [date(2027, 1, 4) in new_year, date(2027, 1, 5) in new_year] == [True, False]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("12/29-1/3", "Write the closure as MM-DD..MM-DD, like 12-29..01-03."),
        ("02-30..03-01", "02-30 is not a day of the year."),
        ("12-29..13-01", "13-01 is not a day of the year."),
    ],
)
def test_a_closure_that_cannot_be_read_says_how_to_write_it(text: str, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_closure(text)
    assert str(refused.value) == message


def test_the_29th_of_february_is_a_day_a_closure_may_start() -> None:
    assert str(parse_closure("02-29..03-01")) == "02-29..03-01"


def test_a_saturday_and_a_closure_are_named_as_the_reason() -> None:
    assert non_business_reason(date(2026, 11, 28)) == "a Saturday"
    assert non_business_reason(date(2026, 11, 29)) == "a Sunday"
    summer = parse_closure("08-13..08-16")
    assert non_business_reason(date(2026, 8, 14), summer) is not None
    assert non_business_reason(date(2026, 8, 17), summer) is None


def test_a_companys_own_closure_counts_both_ways_and_in_the_warning() -> None:
    summer = parse_closure("08-10..08-14")  # Monday to Friday
    assert business_days_between(date(2026, 8, 7), date(2026, 8, 17), summer) == 1
    assert business_days_between(date(2026, 8, 17), date(2026, 8, 7), summer) == -1
    warning = deadline_warning(date(2026, 8, 15), summer)  # a Saturday after the closure
    assert warning is not None
    assert warning.endswith("reply by Fri 7 Aug.")
