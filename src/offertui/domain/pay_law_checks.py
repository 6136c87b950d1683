"""The pay checks that come from the law: fixed overtime against the premium and the 36
agreement's limits, and the hourly pay against the prefecture's minimum wage.

Each check returns :class:`~offertui.domain.pay_findings.PayFinding` objects with the
article it rests on (労働基準法36条・37条, 施行規則21条, 最低賃金法4条).
"""

from __future__ import annotations

from datetime import date

from offertui.domain.money import format_number, format_yen
from offertui.domain.pay import PayModel, PayResult
from offertui.domain.pay_findings import PayFinding, join_or
from offertui.domain.pay_rules import (
    FIXED_OVERTIME_VOID_RISK_HOURS,
    LIMIT_36_ANNUAL_HOURS,
    LIMIT_36_MONTHLY_HOURS,
    LIMIT_36_SPECIAL_ANNUAL_HOURS,
    LIMIT_36_SPECIAL_MONTH_HOURS,
)

__all__ = ["fixed_overtime_findings", "minimum_wage_findings"]

_MONTHS_PER_YEAR = 12


def fixed_overtime_findings(model: PayModel, result: PayResult) -> list[PayFinding]:
    if not model.has_fixed_overtime:
        return []
    findings: list[PayFinding] = []
    hours = model.fixed_overtime_hours
    missing = []
    if model.written is None:
        missing.append("the base pay")
    if not hours:
        missing.append("the hours it covers")
    if model.fixed_overtime_amount is None:
        missing.append("its amount")
    if missing:
        findings.append(
            PayFinding(
                key="fixed_overtime_terms_incomplete",
                severity="high",
                title="Fixed overtime is mentioned, but not " + join_or(missing),
                why=(
                    "Fixed overtime only counts as overtime pay if it is clearly separate from"
                    " base pay (Supreme Court, 2017), and MHLW guidance asks employers to state"
                    " the base pay, the hours covered and the amount."
                ),
                ask=(
                    "Could you tell me the base pay without fixed overtime, how many hours the"
                    " fixed overtime covers, and how much it is per month?"
                ),
                follow_up=(
                    "So to confirm, the base pay, the hours and the amount of fixed overtime"
                    " will all be written in the 労働条件通知書?"
                ),
                ask_ja=(
                    "固定残業代を除いた基本給の額と、固定残業代が何時間分でいくらなのかを"
                    "教えていただけますでしょうか。"
                ),
                follow_up_ja=(
                    "基本給、固定残業代の時間数と金額は、いずれも労働条件通知書に明記いただける"
                    "という理解でよろしいでしょうか。"
                ),
            )
        )
    if not hours:
        return findings
    h = format_number(hours)
    yearly = hours * _MONTHS_PER_YEAR
    if hours >= FIXED_OVERTIME_VOID_RISK_HOURS:
        findings.append(
            PayFinding(
                key="fixed_overtime_80h",
                severity="high",
                title=f"Fixed overtime covers {h} hours a month, at the overwork danger line",
                why=(
                    "Even with a special clause, overtime and work on days off must stay under"
                    " 100 hours in a month and at most 80 on average over 2 to 6 months (労働基準法"
                    "36条6項2号・3号); 80 hours is the MHLW line for overwork-related illness,"
                    " and the Tokyo High Court (2018) held a clause of about 80 hours void."
                ),
                ask=(
                    f"Could you explain why the fixed overtime is set at {h} hours, and how much"
                    " overtime people in this role actually work?"
                ),
                follow_up=(
                    f"So to confirm, {h} hours is a ceiling for the fixed pay, not the amount of"
                    " overtime you expect?"
                ),
                ask_ja=(
                    f"固定残業代が{h}時間分に設定されている理由と、実際の時間外労働の時間数を"
                    "教えていただけますでしょうか。"
                ),
                follow_up_ja=(
                    f"{h}時間は固定残業代の上限であり、その時間の残業を見込んでいるわけではない"
                    "という理解でよろしいでしょうか。"
                ),
            )
        )
    elif hours > LIMIT_36_MONTHLY_HOURS:
        findings.append(
            PayFinding(
                key="fixed_overtime_over_45h",
                severity="medium",
                title=f"Fixed overtime covers {h} hours a month, above the 45-hour limit",
                why=(
                    "A 36 agreement allows 45 hours a month and 360 a year; more needs a special"
                    " clause, and even then more than 45 hours is allowed in at most six months"
                    " of a year (労働基準法36条4項・5項), so it cannot be every month's norm."
                ),
                ask=(
                    "Could you tell me how much overtime people in this team work in a typical"
                    " month, and in the busiest months?"
                ),
                follow_up=(
                    f"So to confirm, the {h} hours are an upper bound for the fixed pay, not an"
                    " expected amount of overtime?"
                ),
                ask_ja=(
                    "このチームの通常月と繁忙月の時間外労働の実績を教えていただけますでしょうか。"
                ),
                follow_up_ja=(
                    f"{h}時間は固定残業代の上限であり、毎月その時間の残業を前提としているわけでは"
                    "ないという理解でよろしいでしょうか。"
                ),
            )
        )
    if yearly > LIMIT_36_SPECIAL_ANNUAL_HOURS:
        findings.append(
            PayFinding(
                key="fixed_overtime_over_720h_year",
                severity="high",
                title=f"{h} hours a month is {format_number(yearly)} hours a year, over 720",
                why=(
                    "Even a special clause allows at most 720 hours of overtime a year"
                    " (労働基準法36条5項)."
                ),
                ask="Could you tell me how overtime in this team adds up over a whole year?",
                follow_up="So to confirm, yearly overtime stays well within 720 hours?",
                ask_ja="このチームの年間の時間外労働の実績を教えていただけますでしょうか。",
                follow_up_ja="年間の時間外労働は720時間を十分に下回っているという理解でよろしいでしょうか。",
            )
        )
    elif yearly > LIMIT_36_ANNUAL_HOURS and hours <= LIMIT_36_MONTHLY_HOURS:
        findings.append(
            PayFinding(
                key="fixed_overtime_over_360h_year",
                severity="low",
                title=(
                    f"{h} hours a month of fixed overtime is {format_number(yearly)} hours a year"
                ),
                why=(
                    "A 36 agreement allows 360 hours of overtime a year, 30 a month on average;"
                    " going beyond it needs a special clause (労働基準法36条4項)."
                ),
                ask="Could you tell me how overtime in this team averages over a whole year?",
                follow_up=(
                    "So to confirm, overtime in this team usually stays within 360 hours a year?"
                ),
                ask_ja="このチームの時間外労働は、年間を通じて平均どの程度か教えていただけますでしょうか。",
                follow_up_ja="時間外労働は通常、年間360時間の範囲に収まっているという理解でよろしいでしょうか。",
            )
        )
    if hours >= LIMIT_36_SPECIAL_MONTH_HOURS:
        findings.append(
            PayFinding(
                key="fixed_overtime_100h",
                severity="high",
                title=f"{h} hours of overtime in a month is never lawful",
                why=(
                    "Overtime and work on days off must stay under 100"
                    " hours in any month (労働基準法36条6項2号)."
                ),
                ask="Could you explain how the fixed overtime hours were set?",
                follow_up=(
                    "So to confirm, no one in this role works 100 hours of overtime in a month?"
                ),
                ask_ja="固定残業代の時間数をどのように設定されたのか、教えていただけますでしょうか。",
                follow_up_ja="このポジションで月100時間以上の時間外労働が生じることはないという理解でよろしいでしょうか。",
            )
        )
    findings.extend(_underpaid(model, result, h))
    findings.append(
        PayFinding(
            key="fixed_overtime_excess_paid",
            severity="info",
            title=f"Overtime beyond the {h} fixed hours must be paid on top",
            why=(
                "Fixed overtime is paid in advance for a set number of hours; hours beyond them"
                " must still be paid with the premium (労働基準法37条)."
            ),
            ask=f"Could you explain how overtime beyond {h} hours a month is recorded and paid?",
            follow_up=(
                f"So to confirm, hours beyond {h} a month are paid in addition to the fixed"
                " overtime?"
            ),
            ask_ja=f"月{h}時間を超えた時間外労働の記録方法と支払方法を教えていただけますでしょうか。",
            follow_up_ja=(
                f"月{h}時間を超えた分は、固定残業代とは別に割増賃金が支払われるという理解で"
                "よろしいでしょうか。"
            ),
        )
    )
    return findings


def _underpaid(model: PayModel, result: PayResult, h: str) -> list[PayFinding]:
    minimum = result.minimum_fixed_overtime_pay
    amount = model.fixed_overtime_amount
    if minimum is None or amount is None or amount >= minimum:
        return []
    rate = format_yen(round(result.hourly_base or 0))
    return [
        PayFinding(
            key="fixed_overtime_underpaid",
            severity="high",
            title=(
                f"Fixed overtime pay {format_yen(amount)} is below the minimum"
                f" {format_yen(minimum)} for {h} hours"
            ),
            why=(
                f"At a base rate of {rate} an hour (allowances such as 職務手当 and a flat"
                " 住宅手当 count; family, commuting and rent-based housing allowances do"
                " not), each overtime hour needs at least"
                " 25% extra, 50% beyond 60 hours a month (労働基準法37条1項・5項, 施行規則21条)."
            ),
            ask=(
                "Could you walk me through how the fixed overtime amount was calculated,"
                " including the hourly rate and the premium?"
            ),
            follow_up=(
                "So to confirm, each hour the fixed overtime covers is paid at least the base"
                " hourly rate × 1.25?"
            ),
            ask_ja=(
                "固定残業代の金額の算定方法について、時間単価と割増率を含めて教えていただけます"
                "でしょうか。"
            ),
            follow_up_ja=(
                "固定残業代の各時間は、時間単価の1.25倍以上で計算されているという理解で"
                "よろしいでしょうか。"
            ),
        )
    ]


def minimum_wage_findings(
    model: PayModel, result: PayResult, today: date | None
) -> list[PayFinding]:
    from offertui.domain.minimum_wage import find_prefecture, minimum_wage

    hourly = result.minimum_wage_hourly
    prefecture = find_prefecture(model.prefecture) if model.prefecture else None
    if hourly is None or prefecture is None:
        return []
    wage = minimum_wage(prefecture, today)
    if hourly >= wage.amount:
        return []
    shown = format_yen(int(hourly))
    best = "at best " if result.base_estimated else ""
    return [
        PayFinding(
            key="minimum_wage_below",
            severity="high",
            title=(
                f"The base works out {best}at {shown} an hour, below {prefecture.name_en}'s"
                f" minimum wage of {format_yen(wage.amount)}"
            ),
            why=(
                "Pay without overtime, commuting and family allowances, divided by the"
                f" scheduled hours ({format_number(round(result.scheduled_hours, 1))} h:"
                f" {result.scheduled_hours_basis}), must reach the regional minimum wage"
                f" (最低賃金法4条; {wage.source})."
            ),
            ask=(
                "Could you tell me the base pay without fixed overtime, and the scheduled"
                " working hours it is calculated on?"
            ),
            follow_up=(
                "So to confirm, the base pay divided by the scheduled hours is at least the"
                " minimum wage?"
            ),
            ask_ja=(
                "固定残業代を除いた基本給の額と、その算定の基礎となる所定労働時間を教えて"
                "いただけますでしょうか。"
            ),
            follow_up_ja=(
                f"基本給を所定労働時間で割った額が、{prefecture.name}の最低賃金"
                f"（{format_yen(wage.amount)}）以上であるという理解でよろしいでしょうか。"
            ),
        )
    ]
