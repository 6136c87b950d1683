"""The pay model of a Japanese offer, what it adds up to, and what to ask about it.

A Japanese offer states pay in pieces: base pay per month (月給) or a yearly salary
(年俸) paid in 12, 14 or 16 parts, often a block of "fixed overtime" (固定残業代 /
みなし残業) that pays for a set number of overtime hours in advance, allowances,
and a bonus counted in "months". :class:`PayModel` holds those pieces as the
letter states them, :func:`compute` adds them up, and :func:`check` points out
what a candidate should ask about.

Convention used throughout: **base pay never includes fixed overtime.** When a
letter says "月給 35万円 (固定残業代 45時間分 7万円を含む)", enter
``monthly_base=280_000``, ``fixed_overtime_amount=70_000`` and
``fixed_overtime_hours=45``. The same holds for ``annual_salary``: if a 年俸
includes fixed overtime, enter the 年俸 minus 12 × the monthly fixed-overtime
amount. Keeping the two apart is exactly what the law asks of the employer, and it
is what the overtime checks need.

Everything here is information, not legal advice (see :data:`DISCLAIMER`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from offertui.domain.money import format_yen

__all__ = [
    "DEFAULT_SCHEDULED_HOURS",
    "DISCLAIMER",
    "FIXED_OVERTIME_VOID_RISK_HOURS",
    "LIMIT_36_ANNUAL_HOURS",
    "LIMIT_36_MONTHLY_HOURS",
    "OVERTIME_PREMIUM",
    "OVERTIME_PREMIUM_OVER_60H",
    "OVERTIME_PREMIUM_THRESHOLD_HOURS",
    "SEVERITIES",
    "TOTAL_TOLERANCE_YEN",
    "Basis",
    "PayFinding",
    "PayModel",
    "PayResult",
    "Severity",
    "check",
    "compute",
    "minimum_fixed_overtime_pay",
]

DISCLAIMER = "offertui gives information, not legal advice."

Basis = Literal["monthly", "annual"]
Severity = Literal["high", "medium", "low", "info"]

#: Severities from most to least urgent; findings are sorted in this order.
SEVERITIES: tuple[Severity, ...] = ("high", "medium", "low", "info")

# --- Rules and their basis -------------------------------------------------------

#: Labor Standards Act art. 37 and the Cabinet Order on premium rates: overtime
#: beyond the statutory hours is paid at least 25% above the base hourly rate.
OVERTIME_PREMIUM = Decimal("1.25")
#: Art. 37(1) proviso: overtime beyond 60 hours in a month is paid at least 50%
#: extra (for small and medium firms too since April 2023).
OVERTIME_PREMIUM_OVER_60H = Decimal("1.50")
OVERTIME_PREMIUM_THRESHOLD_HOURS = 60.0
#: Art. 36(4): the usual limits on overtime under a 36 agreement (36協定) are
#: 45 hours a month and 360 hours a year; more needs a special clause.
LIMIT_36_MONTHLY_HOURS = 45.0
LIMIT_36_ANNUAL_HOURS = 360.0
#: Tokyo High Court, 4 October 2018 (the Ikunuuza case): a fixed-overtime clause
#: covering about 80 hours a month was held void as contrary to public policy.
#: 80 hours a month is also the MHLW line for overwork-related illness.
FIXED_OVERTIME_VOID_RISK_HOURS = 80.0
#: A stated annual total within this many yen of the computed one counts as a
#: match, so that rounding in the letter is not flagged.
TOTAL_TOLERANCE_YEN = 1_000
#: Default scheduled (所定) working hours per month: 8 hours × about 20 working
#: days. The exact legal divisor is the year's scheduled hours ÷ 12 (Enforcement
#: Regulation art. 19), typically 160–170; a smaller divisor gives a higher hourly
#: rate, so 160 errs on the side of the employee. Editable per offer.
DEFAULT_SCHEDULED_HOURS = 160.0

_ANNUAL_PARTS = (12, 14, 16)
_MONTHS_PER_YEAR = 12


@dataclass(frozen=True)
class PayModel:
    """The pay terms of one offer, as the letter states them (unknowns are ``None``).

    All yen amounts are whole yen. Edit with :func:`dataclasses.replace`; invalid
    values (negative amounts, an unknown basis, parts other than 12/14/16) raise
    :class:`ValueError` on construction.

    - ``basis``: ``"monthly"`` for 月給制, ``"annual"`` for 年俸制.
    - ``monthly_base``: 月給 base pay per month, *excluding* fixed overtime (used
      when ``basis == "monthly"``).
    - ``annual_salary``: the 年俸, *excluding* fixed overtime (used when
      ``basis == "annual"``).
    - ``annual_parts``: how many payments the 年俸 is split into (12, 14 or 16).
    - ``bonus_months``: bonus per year in months of monthly base pay (for 年俸, of
      the 年俸 ÷ 12, and only a bonus paid on top of the 年俸).
    - ``bonus_guaranteed``: the bonus figure is promised in writing.
    - ``bonus_performance_only``: the letter says only "by performance" or similar.
    - ``fixed_overtime_hours`` / ``fixed_overtime_amount``: hours per month the
      fixed overtime covers, and its yen per month.
    - ``commute_allowance``, ``housing_allowance``, ``other_allowance``: yen per
      month.
    - ``scheduled_hours_per_month``: 所定労働時間 per month, the divisor of the
      hourly base rate (see :data:`DEFAULT_SCHEDULED_HOURS`).
    - ``stated_annual_total``: the annual total (想定年収 / 理論年収) the letter
      states, if any.
    """

    basis: Basis = "monthly"
    monthly_base: int | None = None
    annual_salary: int | None = None
    annual_parts: int = 12
    bonus_months: float | None = None
    bonus_guaranteed: bool = False
    bonus_performance_only: bool = False
    fixed_overtime_hours: float | None = None
    fixed_overtime_amount: int | None = None
    commute_allowance: int | None = None
    housing_allowance: int | None = None
    other_allowance: int | None = None
    scheduled_hours_per_month: float = DEFAULT_SCHEDULED_HOURS
    stated_annual_total: int | None = None

    def __post_init__(self) -> None:
        if self.basis not in ("monthly", "annual"):
            raise ValueError(f"Pay basis must be 'monthly' or 'annual', not {self.basis!r}.")
        if self.annual_parts not in _ANNUAL_PARTS:
            raise ValueError("An annual salary is paid in 12, 14 or 16 parts.")
        for name in _INT_FIELDS:
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{_LABELS[name]} can't be negative.")
        for name in ("bonus_months", "fixed_overtime_hours"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValueError(f"{_LABELS[name]} can't be negative.")
        if not self.scheduled_hours_per_month > 0:
            raise ValueError("Scheduled hours per month must be more than zero.")

    @property
    def has_fixed_overtime(self) -> bool:
        """Whether the offer includes fixed overtime (hours or amount given and not zero)."""
        return bool(self.fixed_overtime_hours) or bool(self.fixed_overtime_amount)

    @property
    def base_is_known(self) -> bool:
        """Whether the base pay for the chosen basis has been entered."""
        if self.basis == "annual":
            return self.annual_salary is not None
        return self.monthly_base is not None

    def to_dict(self) -> dict[str, str | int | float | bool]:
        """A plain dict for TOML storage; ``None`` values are left out."""
        out: dict[str, str | int | float | bool] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None:
                continue
            # Floats stay floats (45 hours is written 45.0) so the TOML type is stable.
            out[f.name] = float(value) if _FIELD_KINDS[f.name] == "float" else value
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> PayModel:
        """Rebuild a model from :meth:`to_dict` output (e.g. read back from TOML).

        Missing keys take their defaults and unknown keys are ignored, so files
        written by older or newer versions still load. A value of the wrong type
        raises :class:`ValueError` naming the key.
        """
        kwargs: dict[str, Any] = {}
        for name, kind in _FIELD_KINDS.items():
            if name not in data or data[name] is None:
                continue
            kwargs[name] = _coerce(name, kind, data[name])
        return cls(**kwargs)


_INT_FIELDS = (
    "monthly_base",
    "annual_salary",
    "fixed_overtime_amount",
    "commute_allowance",
    "housing_allowance",
    "other_allowance",
    "stated_annual_total",
)

# How each stored field is checked when loading; drives from_dict.
_FIELD_KINDS: dict[str, Literal["basis", "int", "float", "bool"]] = {
    "basis": "basis",
    "monthly_base": "int",
    "annual_salary": "int",
    "annual_parts": "int",
    "bonus_months": "float",
    "bonus_guaranteed": "bool",
    "bonus_performance_only": "bool",
    "fixed_overtime_hours": "float",
    "fixed_overtime_amount": "int",
    "commute_allowance": "int",
    "housing_allowance": "int",
    "other_allowance": "int",
    "scheduled_hours_per_month": "float",
    "stated_annual_total": "int",
}

_LABELS = {
    "monthly_base": "Monthly base pay",
    "annual_salary": "Annual salary",
    "fixed_overtime_amount": "Fixed overtime pay",
    "commute_allowance": "Commute allowance",
    "housing_allowance": "Housing allowance",
    "other_allowance": "Other allowances",
    "stated_annual_total": "Stated annual total",
    "bonus_months": "Bonus months",
    "fixed_overtime_hours": "Fixed overtime hours",
}


def _coerce(name: str, kind: str, value: object) -> object:
    # bool is a subclass of int, so it is rejected explicitly for numbers.
    if kind == "basis":
        if isinstance(value, str):
            return value  # the value itself is validated by PayModel
        raise ValueError(f"pay.{name} must be 'monthly' or 'annual', got {value!r}.")
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise ValueError(f"pay.{name} must be true or false, got {value!r}.")
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return int(value)
        raise ValueError(f"pay.{name} must be a whole number, got {value!r}.")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise ValueError(f"pay.{name} must be a number, got {value!r}.")


@dataclass(frozen=True)
class PayResult:
    """What a :class:`PayModel` adds up to. ``None`` means "can't tell yet".

    - ``monthly_base``: base pay per month without fixed overtime; for 年俸 the
      年俸 ÷ 12 whatever the number of parts (the overtime base, see below).
    - ``payment_per_part``: for 年俸, what each of the 12/14/16 payments is.
    - ``monthly_fixed_overtime``: fixed overtime per month (0 if none).
    - ``monthly_allowances``: housing + other allowances per month.
    - ``monthly_commute``: commute allowance per month, kept apart because it
      repays a cost (and is tax-free up to ¥150,000 a month).
    - ``monthly_guaranteed``: base + fixed overtime + allowances, without commute.
    - ``annual_bonus``: bonus per year if a figure is known.
    - ``annual_guaranteed``: what is promised per year, without commute; includes
      the bonus only if it is guaranteed.
    - ``annual_expected``: ``annual_guaranteed`` plus a non-guaranteed bonus.
    - ``annual_commute``: 12 × the commute allowance.
    - ``hourly_base``: the base hourly rate for overtime, monthly base ÷ scheduled
      hours. For 年俸 this is 年俸 ÷ 12 ÷ hours even when paid in 14 or 16 parts,
      because a bonus fixed in advance counts towards the overtime base (MHLW
      notice of 8 March 2000). Allowances such as a job allowance (職務手当) may
      also belong in the base, so this is a lower bound.
    - ``minimum_fixed_overtime_pay``: the least the fixed overtime may pay for its
      hours: hours × hourly base × 1.25 (× 1.5 for hours beyond 60).
    - ``fixed_overtime_premium``: the premium the fixed overtime actually pays,
      e.g. ``0.25`` for exactly 25%.
    """

    monthly_base: int | None
    payment_per_part: int | None
    monthly_fixed_overtime: int
    monthly_allowances: int
    monthly_commute: int
    monthly_guaranteed: int | None
    annual_bonus: int | None
    annual_guaranteed: int | None
    annual_expected: int | None
    annual_commute: int
    hourly_base: float | None
    minimum_fixed_overtime_pay: int | None
    fixed_overtime_premium: float | None


@dataclass(frozen=True)
class PayFinding:
    """One thing worth asking about in an offer's pay.

    ``key`` is a stable id (for storage and tests), ``severity`` one of
    :data:`SEVERITIES`, ``title`` a one-line summary, ``why`` one sentence with its
    basis, ``ask`` an open question to put to the company and ``follow_up`` a
    closing "So to confirm, …?" question.
    """

    key: str
    severity: Severity
    title: str
    why: str
    ask: str
    follow_up: str


def _round_yen(value: Decimal) -> int:
    # Fractions of a yen are rounded half up, as the MHLW allows for overtime pay.
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _dec(value: float) -> Decimal:
    # Through str() so that 0.1 becomes Decimal("0.1"), not its binary expansion.
    return Decimal(str(value))


def _exact_monthly_base(model: PayModel) -> Decimal | None:
    if model.basis == "annual":
        if model.annual_salary is None:
            return None
        return Decimal(model.annual_salary) / _MONTHS_PER_YEAR
    if model.monthly_base is None:
        return None
    return Decimal(model.monthly_base)


def minimum_fixed_overtime_pay(hours: float, hourly_base: float | Decimal) -> int:
    """The least pay, in yen, that fixed overtime covering ``hours`` a month may be.

    Each hour earns the base hourly rate plus the statutory premium: 25%, and 50%
    for hours beyond 60 in a month (Labor Standards Act art. 37).
    """
    rate = hourly_base if isinstance(hourly_base, Decimal) else _dec(hourly_base)
    total_hours = _dec(hours)
    threshold = _dec(OVERTIME_PREMIUM_THRESHOLD_HOURS)
    normal = min(total_hours, threshold)
    beyond = max(total_hours - threshold, Decimal(0))
    return _round_yen(rate * (normal * OVERTIME_PREMIUM + beyond * OVERTIME_PREMIUM_OVER_60H))


def compute(model: PayModel) -> PayResult:
    """Add up an offer's pay; see :class:`PayResult` for what each figure means."""
    base = _exact_monthly_base(model)
    fixed_overtime = model.fixed_overtime_amount or 0
    allowances = (model.housing_allowance or 0) + (model.other_allowance or 0)
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
    if base is not None:
        extras = fixed_overtime + allowances
        monthly_guaranteed = _round_yen(base) + extras
        # Annual salary is taken whole rather than as 12 × the rounded month.
        yearly_base = (
            model.annual_salary
            if model.basis == "annual" and model.annual_salary is not None
            else _round_yen(base * _MONTHS_PER_YEAR)
        )
        annual_guaranteed = yearly_base + _MONTHS_PER_YEAR * extras
        bonus = annual_bonus or 0
        if model.bonus_guaranteed:
            annual_guaranteed += bonus
            annual_expected = annual_guaranteed
        else:
            annual_expected = annual_guaranteed + bonus

    hourly: Decimal | None = None
    if base is not None:
        hourly = base / _dec(model.scheduled_hours_per_month)

    minimum_pay: int | None = None
    premium: float | None = None
    if hourly is not None and model.fixed_overtime_hours:
        minimum_pay = minimum_fixed_overtime_pay(model.fixed_overtime_hours, hourly)
        if model.fixed_overtime_amount is not None and hourly > 0:
            plain = hourly * _dec(model.fixed_overtime_hours)
            premium = float(Decimal(model.fixed_overtime_amount) / plain - 1)

    return PayResult(
        monthly_base=None if base is None else _round_yen(base),
        payment_per_part=payment_per_part,
        monthly_fixed_overtime=fixed_overtime,
        monthly_allowances=allowances,
        monthly_commute=commute,
        monthly_guaranteed=monthly_guaranteed,
        annual_bonus=annual_bonus,
        annual_guaranteed=annual_guaranteed,
        annual_expected=annual_expected,
        annual_commute=_MONTHS_PER_YEAR * commute,
        hourly_base=None if hourly is None else float(hourly),
        minimum_fixed_overtime_pay=minimum_pay,
        fixed_overtime_premium=premium,
    )


def _hours(value: float) -> str:
    # "45" rather than "45.0", but keep "37.5".
    return f"{value:g}"


def check(model: PayModel) -> list[PayFinding]:
    """What to ask the company about this pay, most serious first.

    Only what the entered figures show is reported; an empty model gives no
    findings. Each finding carries the question to ask, so a screen can list them
    as a checklist for the offer meeting.
    """
    result = compute(model)
    findings: list[PayFinding] = []
    findings.extend(_fixed_overtime_findings(model, result))
    findings.extend(_total_findings(model, result))
    findings.extend(_bonus_findings(model))
    if model.basis == "annual" and model.annual_parts > _MONTHS_PER_YEAR:
        findings.append(_split_finding(model))
    order = {severity: index for index, severity in enumerate(SEVERITIES)}
    # sorted() is stable, so findings of equal severity keep the order above.
    return sorted(findings, key=lambda finding: order[finding.severity])


def _fixed_overtime_findings(model: PayModel, result: PayResult) -> list[PayFinding]:
    if not model.has_fixed_overtime:
        return []
    findings: list[PayFinding] = []
    hours = model.fixed_overtime_hours

    missing = []
    if not model.base_is_known:
        missing.append("the base pay without it")
    if not hours:
        missing.append("the hours it covers")
    if model.fixed_overtime_amount is None:
        missing.append("its amount")
    if missing:
        findings.append(
            PayFinding(
                key="fixed_overtime_terms_incomplete",
                severity="high",
                title="Fixed overtime is mentioned, but not " + _join(missing),
                why=(
                    "Fixed overtime only counts as overtime pay if it is clearly separate from base"
                    " pay (Supreme Court, 2017), and MHLW guidance asks employers to state the base"
                    " pay, the hours covered and the amount."
                ),
                ask=(
                    "Could you tell me the base pay without fixed overtime, how many hours the"
                    " fixed overtime covers, and how much it is per month?"
                ),
                follow_up=(
                    "So to confirm, the base pay, the hours and the amount of fixed overtime will"
                    " all be written in the 労働条件通知書?"
                ),
            )
        )

    if hours:
        h = _hours(hours)
        if hours >= FIXED_OVERTIME_VOID_RISK_HOURS:
            findings.append(
                PayFinding(
                    key="fixed_overtime_80h",
                    severity="high",
                    title=f"Fixed overtime covers {h} hours a month, at the overwork danger line",
                    why=(
                        "80 hours a month is the MHLW line for overwork-related illness, and the"
                        " Tokyo High Court (2018) held a fixed-overtime clause of about 80 hours"
                        " void; the usual 36-agreement limit is 45."
                    ),
                    ask=(
                        f"Could you explain why the fixed overtime is set at {h} hours, and how"
                        " much overtime people in this role actually work?"
                    ),
                    follow_up=(
                        f"So to confirm, {h} hours is a ceiling for the fixed pay, not the amount"
                        " of overtime you expect?"
                    ),
                )
            )
        elif hours > LIMIT_36_MONTHLY_HOURS:
            findings.append(
                PayFinding(
                    key="fixed_overtime_over_45h",
                    severity="medium",
                    title=f"Fixed overtime covers {h} hours a month, above the usual 45-hour limit",
                    why=(
                        "Under a 36 agreement overtime is normally capped at 45 hours a month and"
                        " 360 a year (Labor Standards Act art. 36); more needs a special clause"
                        " and is meant to be the exception."
                    ),
                    ask=(
                        "Could you tell me how much overtime people in this team work in a"
                        " typical month, and in the busiest months?"
                    ),
                    follow_up=(
                        f"So to confirm, the {h} hours are an upper bound for the fixed pay, not"
                        " an expected amount of overtime?"
                    ),
                )
            )
        elif hours * _MONTHS_PER_YEAR > LIMIT_36_ANNUAL_HOURS:
            yearly = _hours(hours * _MONTHS_PER_YEAR)
            findings.append(
                PayFinding(
                    key="fixed_overtime_over_360h_year",
                    severity="low",
                    title=f"{h} hours a month of fixed overtime is {yearly} hours a year",
                    why=(
                        "The usual 36-agreement limit is 360 hours of overtime a year, 30 a month"
                        " on average; going beyond it needs a special clause."
                    ),
                    ask="Could you tell me how overtime in this team averages over a whole year?",
                    follow_up=(
                        "So to confirm, overtime in this team usually stays within 360 hours a"
                        " year?"
                    ),
                )
            )

        minimum = result.minimum_fixed_overtime_pay
        amount = model.fixed_overtime_amount
        if minimum is not None and amount is not None and amount < minimum:
            rate = format_yen(round(result.hourly_base or 0))
            findings.append(
                PayFinding(
                    key="fixed_overtime_underpaid",
                    severity="high",
                    title=(
                        f"Fixed overtime pay {format_yen(amount)} is below the minimum"
                        f" {format_yen(minimum)} for {h} hours"
                    ),
                    why=(
                        f"At a base rate of {rate} an hour, each overtime hour needs at least 25%"
                        " extra, 50% beyond 60 hours a month (Labor Standards Act art. 37)."
                    ),
                    ask=(
                        "Could you walk me through how the fixed overtime amount was calculated,"
                        " including the hourly rate and the premium?"
                    ),
                    follow_up=(
                        "So to confirm, each hour the fixed overtime covers is paid at least the"
                        " base hourly rate × 1.25?"
                    ),
                )
            )

        findings.append(
            PayFinding(
                key="fixed_overtime_excess_paid",
                severity="info",
                title=f"Overtime beyond the {h} fixed hours must be paid on top",
                why=(
                    "Fixed overtime is paid in advance for a set number of hours; hours beyond them"
                    " must still be paid with the premium (Labor Standards Act art. 37)."
                ),
                ask=(
                    f"Could you explain how overtime beyond {h} hours a month is recorded and paid?"
                ),
                follow_up=(
                    f"So to confirm, hours beyond {h} a month are paid in addition to the fixed"
                    " overtime?"
                ),
            )
        )
    return findings


def _total_findings(model: PayModel, result: PayResult) -> list[PayFinding]:
    stated = model.stated_annual_total
    if stated is None or result.annual_guaranteed is None or result.annual_expected is None:
        return []
    # Letters differ on whether the total includes the bonus and the commute
    # allowance, so a match with any of these readings is accepted.
    candidates = {
        total + commute
        for total in (result.annual_guaranteed, result.annual_expected)
        for commute in (0, result.annual_commute)
    }
    closest = min(candidates, key=lambda total: abs(total - stated))
    if abs(closest - stated) <= TOTAL_TOLERANCE_YEN:
        return []
    gap = stated - closest
    direction = "more" if gap > 0 else "less"
    return [
        PayFinding(
            key="annual_total_mismatch",
            severity="medium",
            title=(
                f"Stated annual total {format_yen(stated)} is {format_yen(abs(gap))} {direction}"
                " than the parts add up to"
            ),
            why=(
                "The total should be base pay, fixed overtime, allowances and bonus added up; a gap"
                " usually means an assumed bonus, overtime or allowance that is not written."
            ),
            ask=(
                f"Could you break the {format_yen(stated)} down into base pay, overtime,"
                " allowances and bonus?"
            ),
            follow_up=(
                f"So to confirm, which parts of the {format_yen(stated)} are guaranteed and which"
                " depend on performance or overtime?"
            ),
        )
    ]


def _bonus_findings(model: PayModel) -> list[PayFinding]:
    if model.bonus_performance_only and model.bonus_months is None:
        return [
            PayFinding(
                key="bonus_performance_only",
                severity="medium",
                title="Bonus is 'based on performance', with no figure",
                why=(
                    "Bonus terms need not be put in writing (Enforcement Regulation art. 5), so a"
                    " bonus without a figure may turn out to be small or nothing."
                ),
                ask=(
                    "Could you tell me how the bonus has worked out in recent years for someone at"
                    " this level, for example in months of base pay?"
                ),
                follow_up=(
                    "So to confirm, the bonus can be zero, and a typical year has been about the"
                    " figure you mentioned?"
                ),
            )
        ]
    if model.bonus_months and not model.bonus_guaranteed:
        months = _hours(model.bonus_months)
        return [
            PayFinding(
                key="bonus_not_guaranteed",
                severity="low",
                title=f"The {months}-month bonus is not guaranteed",
                why=(
                    "Unless the contract fixes the bonus, the company can pay less under its rules,"
                    " so the expected total is not a promise."
                ),
                ask=(
                    "Could you tell me how the bonus has been paid in the past few years, and what"
                    " it depends on?"
                ),
                follow_up=(
                    f"So to confirm, {months} months is a typical figure rather than a fixed one?"
                ),
            )
        ]
    return []


def _split_finding(model: PayModel) -> PayFinding:
    extra = model.annual_parts - _MONTHS_PER_YEAR
    return PayFinding(
        key="annual_salary_split",
        severity="info",
        title=(
            f"Annual salary paid in {model.annual_parts} parts: {extra} of them come as"
            " bonus payments"
        ),
        why=(
            "Because the whole 年俸 is fixed in advance, the overtime hourly rate is still the"
            " 年俸 ÷ 12, bonus-like parts included (MHLW notice, 2000)."
        ),
        ask=(
            f"Could you tell me when the {extra} extra payments are made, and how they are"
            " handled if I join or leave partway through the year?"
        ),
        follow_up=(
            "So to confirm, the extra payments are a fixed part of the annual salary and do not"
            " depend on performance?"
        ),
    )


def _join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " or " + parts[-1]
