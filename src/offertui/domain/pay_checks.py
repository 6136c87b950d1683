"""What to ask about an offer's pay: each check on the pay model, with its basis.

:func:`check` looks at a :class:`~offertui.domain.pay.PayModel` and reports what a
candidate should ask about, most serious first: fixed overtime that pays less than the
law's minimum or covers more than a 36 agreement allows, a base below the minimum wage,
totals that do not add up, a bonus without a promise. Each finding carries the question
to ask in English and Japanese, so it can become a question for the meeting.
"""

from __future__ import annotations

from datetime import date

from offertui.domain.money import format_number, format_yen
from offertui.domain.pay import PayModel, PayResult, compute
from offertui.domain.pay_findings import SEVERITIES, PayFinding, Severity
from offertui.domain.pay_law_checks import fixed_overtime_findings, minimum_wage_findings

__all__ = ["SEVERITIES", "TOTAL_TOLERANCE_YEN", "PayFinding", "Severity", "check"]

#: A stated annual total within this many yen of the computed one counts as a match:
#: the offer's annual pay is often noted in 万, so a gap under one 万 is rounding.
TOTAL_TOLERANCE_YEN = 10_000

_MONTHS_PER_YEAR = 12


def check(
    model: PayModel, today: date | None = None, stated_total: int | None = None
) -> list[PayFinding]:
    """What to ask the company about this pay, most serious first.

    Only what the entered figures show is reported; an empty model gives no findings.
    `today` picks the minimum wage in force (the latest figures if not given);
    `stated_total` is the annual pay the letter states (the offer's ``annual_pay``).
    """
    result = compute(model)
    findings: list[PayFinding] = []
    findings.extend(fixed_overtime_findings(model, result))
    findings.extend(minimum_wage_findings(model, result, today))
    findings.extend(_total_findings(stated_total, result))
    findings.extend(_bonus_findings(model))
    if model.basis == "annual" and model.annual_parts > _MONTHS_PER_YEAR:
        findings.append(_split_finding(model))
    order = {severity: index for index, severity in enumerate(SEVERITIES)}
    # sorted() is stable, so findings of equal severity keep the order above.
    return sorted(findings, key=lambda finding: order[finding.severity])


def _total_findings(stated: int | None, result: PayResult) -> list[PayFinding]:
    if stated is None or result.annual_guaranteed is None or result.annual_expected is None:
        return []
    # Letters differ on whether the total includes the bonus and the commute allowance,
    # so a match with any of these readings is accepted.
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
                "The total should be base pay, fixed overtime, allowances and bonus added up; a"
                " gap usually means an assumed bonus, overtime or allowance that is not written."
            ),
            ask=(
                f"Could you break the {format_yen(stated)} down into base pay, overtime,"
                " allowances and bonus?"
            ),
            follow_up=(
                f"So to confirm, which parts of the {format_yen(stated)} are guaranteed and which"
                " depend on performance or overtime?"
            ),
            ask_ja=(
                f"想定年収{format_yen(stated)}の内訳を、基本給・残業代・手当・賞与に分けて"
                "教えていただけますでしょうか。"
            ),
            follow_up_ja=(
                f"{format_yen(stated)}のうち、保証されている部分は基本給と手当のみで、賞与や残業代は"
                "変動するという理解でよろしいでしょうか。"
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
                    "A bonus needs no written figure (労働基準法施行規則5条3項), so a bonus without"
                    " one may turn out to be small or nothing."
                ),
                ask=(
                    "Could you tell me how the bonus has worked out in recent years for someone"
                    " at this level, for example in months of base pay?"
                ),
                follow_up=(
                    "So to confirm, the bonus can be zero, and a typical year has been about the"
                    " figure you mentioned?"
                ),
                ask_ja=(
                    "同じ等級の方の近年の賞与実績を、基本給の何か月分かで教えていただけます"
                    "でしょうか。"
                ),
                follow_up_ja=(
                    "賞与は業績次第で支給がない年もあり得て、例年はお示しいただいた水準という"
                    "理解でよろしいでしょうか。"
                ),
            )
        ]
    if model.bonus_months and not model.bonus_guaranteed:
        months = format_number(model.bonus_months)
        return [
            PayFinding(
                key="bonus_not_guaranteed",
                severity="low",
                title=f"The {months}-month bonus is not guaranteed",
                why=(
                    "Unless the contract fixes the bonus, the company can pay less under its"
                    " rules, so the expected total is not a promise."
                ),
                ask=(
                    "Could you tell me how the bonus has been paid in the past few years, and"
                    " what it depends on?"
                ),
                follow_up=(
                    f"So to confirm, {months} months is a typical figure rather than a fixed one?"
                ),
                ask_ja="過去数年の賞与の支給実績と、支給額を左右する要素を教えていただけますでしょうか。",
                follow_up_ja=f"賞与{months}か月分は確約ではなく、例年の目安という理解でよろしいでしょうか。",
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
        ask_ja=(
            f"年俸のうち賞与として支払われる{extra}回分の支給時期と、年の途中で入社・退職した場合の"
            "扱いを教えていただけますでしょうか。"
        ),
        follow_up_ja=(
            "賞与分の支給は年俸の確定した一部であり、業績によって変わらないという理解で"
            "よろしいでしょうか。"
        ),
    )
