"""The rules of Japanese labour law that the pay model applies, each with its basis.

Numbers only; :mod:`offertui.domain.pay` applies them and
:mod:`offertui.domain.pay_checks` explains them. Everything here is information, not
legal advice (see :data:`DISCLAIMER`).
"""

from __future__ import annotations

from decimal import Decimal

__all__ = [
    "DAYS_PER_MONTH_ASSUMED",
    "DEFAULT_SCHEDULED_HOURS",
    "DISCLAIMER",
    "FIXED_OVERTIME_VOID_RISK_HOURS",
    "LIMIT_36_ANNUAL_HOURS",
    "LIMIT_36_MONTHLY_HOURS",
    "LIMIT_36_SPECIAL_ANNUAL_HOURS",
    "LIMIT_36_SPECIAL_AVERAGE_HOURS",
    "LIMIT_36_SPECIAL_MONTHS",
    "LIMIT_36_SPECIAL_MONTH_HOURS",
    "OVERTIME_PREMIUM",
    "OVERTIME_PREMIUM_OVER_60H",
    "OVERTIME_PREMIUM_THRESHOLD_HOURS",
]

DISCLAIMER = "offertui gives information, not legal advice."

#: 労働基準法37条1項 and the Cabinet Order on premium rates: overtime beyond the
#: statutory hours is paid at least 25% above the base hourly rate.
OVERTIME_PREMIUM = Decimal("1.25")
#: 37条1項 proviso: overtime beyond 60 hours in a month is paid at least 50% extra
#: (for small and medium firms too since April 2023).
OVERTIME_PREMIUM_OVER_60H = Decimal("1.50")
OVERTIME_PREMIUM_THRESHOLD_HOURS = 60.0
#: 36条4項: the limits of a 36 agreement (36協定) are 45 hours a month and 360 a year.
LIMIT_36_MONTHLY_HOURS = 45.0
LIMIT_36_ANNUAL_HOURS = 360.0
#: 36条5項: with a special clause, at most 720 hours a year, and more than 45 hours in
#: at most six months of the year; 36条6項2号・3号: under 100 hours in any month and at
#: most 80 on average over any 2 to 6 months (both counting work on days off).
LIMIT_36_SPECIAL_ANNUAL_HOURS = 720.0
LIMIT_36_SPECIAL_MONTHS = 6
LIMIT_36_SPECIAL_MONTH_HOURS = 100.0
LIMIT_36_SPECIAL_AVERAGE_HOURS = 80.0
#: Tokyo High Court, 4 October 2018: a fixed-overtime clause covering about 80 hours a
#: month was held void as contrary to public policy; 80 hours is also the MHLW line for
#: overwork-related illness.
FIXED_OVERTIME_VOID_RISK_HOURS = 80.0
#: Working days a month assumed when the letter gives daily hours but not the year's
#: days off: 20 (about 240 a year, weekends, holidays and the New Year off).
DAYS_PER_MONTH_ASSUMED = 20
#: Scheduled hours a month when the letter gives nothing: 8 hours × 20 days. The legal
#: divisor is the year's scheduled hours ÷ 12 (施行規則19条1項4号).
DEFAULT_SCHEDULED_HOURS = 160.0
