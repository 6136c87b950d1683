"""The pay model of a Japanese offer, as the letter states it, and what it adds up to.

A Japanese offer states pay in pieces: a monthly salary (月給) or a yearly one (年俸) paid
in 12, 14 or 16 parts, often "fixed overtime" (固定残業代 / みなし残業) that pays a set
number of overtime hours in advance, allowances, and a bonus counted in "months".
:class:`PayModel` holds those pieces **exactly as the letter writes them**: a 月給 of
350,000 "including fixed overtime" is entered as 350,000 with
``includes_fixed_overtime=True``, and the base pay is derived from it. :func:`compute`
adds the pieces up; `offertui.domain.pay_checks` says what to ask about them.

The overtime hourly base follows the law: everything paid monthly counts except the
除外賃金 of 労働基準法37条5項 and 施行規則21条 (family, commuting, separation, children's
education and housing allowances, occasional pay, and pay for periods over a month). A
housing allowance is excluded only when it varies with the cost of the housing
(平成11年3月31日基発170号): one paid flat counts, when the user says it is flat.
The minimum-wage comparison leaves out what 最低賃金法4条3項 and its 施行規則1条 leave out
(overtime pay, commuting, family and perfect-attendance allowances, bonuses).

Everything here is information, not legal advice (see :data:`DISCLAIMER`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from offertui.domain.pay_model import Basis, PayModel
from offertui.domain.pay_rules import (
    DAYS_PER_MONTH_ASSUMED,
    DEFAULT_SCHEDULED_HOURS,
    OVERTIME_PREMIUM,
    OVERTIME_PREMIUM_OVER_60H,
    OVERTIME_PREMIUM_THRESHOLD_HOURS,
)

__all__ = [
    "Basis",
    "PayModel",
    "PayResult",
    "compute",
    "minimum_fixed_overtime_pay",
    "scheduled_hours",
]

_MONTHS_PER_YEAR = 12
_DAYS_PER_YEAR = 365


@dataclass(frozen=True)
class PayResult:
    """What a :class:`PayModel` adds up to. ``None`` means "can't tell yet".

    - ``monthly_base``: base pay a month without fixed overtime (for 年俸, its twelfth
      less the fixed overtime, whatever the number of parts).
    - ``base_estimated``: the letter includes fixed overtime without its amount, so the
      base shown is the most it can be (the fixed overtime at exactly the legal minimum).
    - ``payment_per_part``: for 年俸, what each of the 12/14/16 payments is.
    - ``monthly_fixed_overtime``: fixed overtime a month (0 if none).
    - ``monthly_allowances``: housing, family and other allowances a month.
    - ``monthly_commute``: commute allowance a month, kept apart (it repays a cost).
    - ``monthly_guaranteed``: base + fixed overtime + allowances, without commute.
    - ``annual_bonus``: bonus a year if a figure is known.
    - ``annual_guaranteed``: what is promised a year, without commute; includes the bonus
      only if it is guaranteed. ``annual_expected``: with a non-guaranteed bonus too.
    - ``annual_commute``: 12 × the commute allowance.
    - ``scheduled_hours`` and ``scheduled_hours_basis``: the month's scheduled hours
      used as the divisor, and how they were arrived at (shown to the user).
    - ``hourly_base``: the overtime base rate: base + allowances other than the 除外賃金
      (other allowances, and housing when ``housing_allowance_flat``),
      ÷ scheduled hours (for 年俸 the twelfth even in 14 or 16 parts: a bonus fixed in
      advance counts, MHLW notice of 8 March 2000).
    - ``minimum_wage_hourly``: the hourly pay compared with the minimum wage: base +
      housing + other allowances, ÷ scheduled hours.
    - ``minimum_fixed_overtime_pay``: hours × hourly base × 1.25 (× 1.5 beyond 60).
    - ``fixed_overtime_premium``: the premium the fixed overtime pays, 0.25 for 25%.
    """

    monthly_base: int | None
    base_estimated: bool
    payment_per_part: int | None
    monthly_fixed_overtime: int
    monthly_allowances: int
    monthly_commute: int
    monthly_guaranteed: int | None
    annual_bonus: int | None
    annual_guaranteed: int | None
    annual_expected: int | None
    annual_commute: int
    scheduled_hours: float
    scheduled_hours_basis: str
    hourly_base: float | None
    minimum_wage_hourly: float | None
    minimum_fixed_overtime_pay: int | None
    fixed_overtime_premium: float | None


def _round_yen(value: Decimal) -> int:
    # Fractions of a yen are rounded half up, as the MHLW allows for overtime pay.
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _dec(value: float) -> Decimal:
    # Through str() so that 0.1 becomes Decimal("0.1"), not its binary expansion.
    return Decimal(str(value))


def scheduled_hours(model: PayModel) -> tuple[float, str]:
    """The month's scheduled hours, and in words how they were arrived at."""
    from offertui.domain.money import format_number as n

    if model.scheduled_hours_per_month is not None:
        return model.scheduled_hours_per_month, "as the letter states"
    if model.daily_hours is not None and model.annual_days_off is not None:
        days = _DAYS_PER_YEAR - model.annual_days_off
        hours = float(_dec(model.daily_hours) * days / _MONTHS_PER_YEAR)
        return hours, f"{n(model.daily_hours)} h × {days} days ÷ 12"
    if model.daily_hours is not None:
        hours = model.daily_hours * DAYS_PER_MONTH_ASSUMED
        return hours, f"{n(model.daily_hours)} h × {DAYS_PER_MONTH_ASSUMED} days, assumed"
    return DEFAULT_SCHEDULED_HOURS, f"8 h × {DAYS_PER_MONTH_ASSUMED} days, assumed"


def minimum_fixed_overtime_pay(hours: float, hourly_base: float | Decimal) -> int:
    """The least pay, in yen, that fixed overtime covering ``hours`` a month may be.

    Each hour earns the base hourly rate plus the statutory premium: 25%, and 50%
    for hours beyond 60 in a month (労働基準法37条1項).
    """
    rate = hourly_base if isinstance(hourly_base, Decimal) else _dec(hourly_base)
    return _round_yen(rate * _premium_hours(hours))


def _premium_hours(hours: float) -> Decimal:
    """``hours`` of overtime counted with their premium: 45 h is 56.25 base hours."""
    total = _dec(hours)
    threshold = _dec(OVERTIME_PREMIUM_THRESHOLD_HOURS)
    normal = min(total, threshold)
    beyond = max(total - threshold, Decimal(0))
    return normal * OVERTIME_PREMIUM + beyond * OVERTIME_PREMIUM_OVER_60H


def _base(model: PayModel, divisor: Decimal) -> tuple[Decimal | None, Decimal, bool]:
    """(monthly base without fixed overtime, fixed overtime a month, estimated?)."""
    written = model.written
    if written is None:
        return None, Decimal(model.fixed_overtime_amount or 0), False
    month = Decimal(written) / (_MONTHS_PER_YEAR if model.basis == "annual" else 1)
    amount = model.fixed_overtime_amount
    if not model.includes_fixed_overtime:
        return month, Decimal(amount or 0), False
    if amount is not None:
        return month - amount, Decimal(amount), False
    if model.fixed_overtime_hours:
        # The most the base can be: fixed overtime at exactly the legal minimum, i.e.
        # month = base + hours × (base ÷ divisor) × premium, solved for the base.
        others = Decimal(_in_overtime_base(model))
        base = (month - others * _premium_hours(model.fixed_overtime_hours) / divisor) / (
            1 + _premium_hours(model.fixed_overtime_hours) / divisor
        )
        return base, month - base, True
    return None, Decimal(0), False


def _in_overtime_base(model: PayModel) -> int:
    """The monthly allowances that count in the overtime hourly base: the other
    allowances, and a housing allowance paid flat (not by the housing's cost)."""
    housing = (model.housing_allowance or 0) if model.housing_allowance_flat else 0
    return (model.other_allowance or 0) + housing


def compute(model: PayModel) -> PayResult:
    """Add up an offer's pay; see :class:`PayResult` for what each figure means."""
    hours, hours_basis = scheduled_hours(model)
    divisor = _dec(hours)
    base, fixed_overtime, estimated = _base(model, divisor)
    housing = model.housing_allowance or 0
    family = model.family_allowance or 0
    other = model.other_allowance or 0
    allowances = housing + family + other
    commute = model.commute_allowance or 0

    payment_per_part: int | None = None
    if model.basis == "annual" and model.annual_salary is not None:
        payment_per_part = _round_yen(Decimal(model.annual_salary) / model.annual_parts)

    annual_bonus: int | None = None
    if base is not None and model.bonus_months is not None:
        annual_bonus = _round_yen(base * _dec(model.bonus_months))

    monthly_guaranteed: int | None = None
    annual_guaranteed: int | None = None
    annual_expected: int | None = None
    written = model.written
    if written is not None and (base is not None or not model.includes_fixed_overtime):
        month_fo = _round_yen(fixed_overtime)
        if model.basis == "annual":
            # The 年俸 is taken whole rather than as 12 × a rounded month.
            yearly = written + (0 if model.includes_fixed_overtime else 12 * month_fo)
            monthly_guaranteed = _round_yen(Decimal(yearly) / 12) + allowances
        else:
            monthly_guaranteed = written + (0 if model.includes_fixed_overtime else month_fo)
            yearly = 12 * monthly_guaranteed
            monthly_guaranteed += allowances
        annual_guaranteed = yearly + 12 * allowances
        bonus = annual_bonus or 0
        if model.bonus_guaranteed:
            annual_guaranteed += bonus
            annual_expected = annual_guaranteed
        else:
            annual_expected = annual_guaranteed + bonus
    elif written is not None:
        # Fixed overtime included but neither its hours nor its amount known: the
        # totals are still the written figure.
        yearly = written if model.basis == "annual" else 12 * written
        annual_guaranteed = annual_expected = yearly + 12 * allowances
        monthly_guaranteed = _round_yen(Decimal(yearly) / 12) + allowances

    hourly: Decimal | None = None
    minimum_wage_hourly: Decimal | None = None
    if base is not None:
        hourly = (base + _in_overtime_base(model)) / divisor
        minimum_wage_hourly = (base + other + housing) / divisor

    minimum_pay: int | None = None
    premium: float | None = None
    if hourly is not None and model.fixed_overtime_hours:
        minimum_pay = minimum_fixed_overtime_pay(model.fixed_overtime_hours, hourly)
        if (model.fixed_overtime_amount is not None or estimated) and hourly > 0:
            plain = hourly * _dec(model.fixed_overtime_hours)
            premium = float(fixed_overtime / plain - 1)

    return PayResult(
        monthly_base=None if base is None else _round_yen(base),
        base_estimated=estimated,
        payment_per_part=payment_per_part,
        monthly_fixed_overtime=_round_yen(fixed_overtime),
        monthly_allowances=allowances,
        monthly_commute=commute,
        monthly_guaranteed=monthly_guaranteed,
        annual_bonus=annual_bonus,
        annual_guaranteed=annual_guaranteed,
        annual_expected=annual_expected,
        annual_commute=_MONTHS_PER_YEAR * commute,
        scheduled_hours=hours,
        scheduled_hours_basis=hours_basis,
        hourly_base=None if hourly is None else float(hourly),
        minimum_wage_hourly=None if minimum_wage_hourly is None else float(minimum_wage_hourly),
        minimum_fixed_overtime_pay=minimum_pay,
        fixed_overtime_premium=premium,
    )
