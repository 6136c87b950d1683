"""The pay terms an offer letter states, read out of it for the pay model.

Pay asks for the pay as the letter writes it; this module reads it from the letter
itself so the user need not type it: the 月給 or 年俸 (and whether it includes the fixed
overtime), the fixed overtime's hours and amount, the allowances, the daily hours and
days off behind the scheduled hours, and the prefecture of the place of work. What the
letter does not say clearly is left out rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

from offertui.domain.letter_check import LetterCheck
from offertui.domain.letter_text import LetterText
from offertui.domain.money import letter_yen
from offertui.domain.pay import PayModel

__all__ = ["LetterPay", "pay_from_letter"]

_AMOUNT = r"(?:¥|jpy|円)?\s*(\d{1,3}(?:,\d{3})+|\d{4,})\s*(万)?\s*(?:円|yen)?"
_YEN = re.compile(_AMOUNT)
_MAN = re.compile(r"(\d+(?:\.\d+)?)\s*万\s*円?")
_ANNUAL = re.compile(r"年俸|年収|annual (?:base |gross )?salary|a year|per year|annually")
_MONTHLY_WORDS = ("月給", "月額", "基本給", "monthly", "per month", "a month", "base salary")
_BASE_WORDS = ("基本給", "base pay", "base salary")
_INCLUDES = re.compile(r"含む|含み|込み|includ|of each|of which")
# "うち固定残業代：月額150,000円" on the line under "年俸：7,200,000円": part of that figure.
_PART_OF = re.compile(r"^[\s・(（※]*(?:うち|内訳|of (?:each|which|this|the) )")
_FO_WORDS = ("固定残業", "みなし残業", "定額残業", "fixed overtime", "deemed overtime")
_TIMES = re.compile(
    r"(\d{1,2})\s*[:時]\s*(\d{2})?\s*分?\s*(?:a\.m\.|am|p\.m\.|pm)?\s*(?:~|〜|-|–|から|to)\s*"
    r"(\d{1,2})\s*[:時]\s*(\d{2})?"
)
_BREAK = re.compile(r"(?:休憩|break|rest period)[^\n\d]{0,12}(\d{1,3})\s*(分|min|時間|hour)")
_DAYS_OFF = re.compile(r"年間休日\s*[:：]?\s*(\d{2,3})\s*日|(\d{2,3}) days off a year")
_ALLOWANCE = re.compile(
    r"([^\s、,。:()/|]{1,8}手当)\s*(?:\([^()円]{1,24}\))?\s*[:：]?"
    r"\s*(?:月額|一律|月額一律|一律月額)?\s*" + _AMOUNT
)
_FIXED_ONLY = ("実費", "上限", "まで", "up to", "full", "全額")


@dataclass(frozen=True)
class LetterPay:
    """What the letter states about pay; ``None`` where it does not say clearly."""

    basis: str | None = None
    written: int | None = None
    includes_fixed_overtime: bool = False
    fixed_overtime_hours: float | None = None
    fixed_overtime_amount: int | None = None
    commute_allowance: int | None = None
    housing_allowance: int | None = None
    family_allowance: int | None = None
    other_allowance: int | None = None
    daily_hours: float | None = None
    annual_days_off: int | None = None
    prefecture: str = ""
    # The 住宅手当 is said to be paid alike to all ("一律"), not by the housing's cost.
    housing_allowance_flat: bool = False

    @property
    def found(self) -> bool:
        return any(
            getattr(self, f.name) not in (None, "", False)
            for f in fields(self)
            if f.name != "basis"
        )

    def into(self, model: PayModel) -> tuple[PayModel, list[str]]:
        """`model` with the letter's figures filled in where it has none; and the names
        of what was filled. Nothing the user entered is replaced."""
        changes: dict[str, Any] = {}
        if self.written is not None and model.written is None:
            basis = self.basis or "monthly"
            changes["basis"] = basis
            changes["annual_salary" if basis == "annual" else "monthly_base"] = self.written
            changes["includes_fixed_overtime"] = self.includes_fixed_overtime
        for name in (
            "fixed_overtime_hours",
            "fixed_overtime_amount",
            "commute_allowance",
            "housing_allowance",
            "family_allowance",
            "other_allowance",
            "daily_hours",
            "annual_days_off",
        ):
            value = getattr(self, name)
            if value is not None and getattr(model, name) is None:
                changes[name] = value
        if self.prefecture and not model.prefecture:
            changes["prefecture"] = self.prefecture
        if self.housing_allowance_flat and "housing_allowance" in changes:
            changes["housing_allowance_flat"] = True
        # The switch is set either way, but said to be filled only when the letter says so.
        said = [
            name
            for name, value in changes.items()
            if name != "basis" and (name != "includes_fixed_overtime" or value)
        ]
        return replace(model, **changes), said


def _amount_end(text: str) -> int:
    """Where the first amount in `text` ends (the whole text if there is none)."""
    man = _MAN.search(text)
    match = _YEN.search(text)
    ends = [found.end() for found in (man, match) if found is not None]
    return min(ends) if ends else len(text)


def _yen(text: str) -> int | None:
    man = _MAN.search(text)
    match = _YEN.search(text)
    if man and (match is None or man.start() <= match.start()):
        return round(float(man.group(1)) * 10_000)
    if match is None:
        return None
    value = letter_yen(match.group(1), match.group(2))
    return value if value >= 1_000 else None


#: Less than this a month is an hourly or daily wage, which the pay model does not hold.
_LEAST_MONTHLY = 50_000
_SALARY_WORDS = (
    "基本給",
    "base pay",
    "base salary",
    "月給",
    "月額",
    "年俸",
    "年収",
    "salary",
    "compensation",
)
_WAGE_HEADINGS = ("給与", "賃金", "報酬", "pay", "salary", "compensation", "wages")


def _salary(letter: LetterText, overtime_amount: int | None) -> tuple[str | None, int | None, bool]:
    """(basis, amount as written, includes fixed overtime?) from the pay lines."""
    base: tuple[str, int, bool] | None = None
    total: tuple[str, int, bool] | None = None
    from offertui.domain.letter_overtime import fixed_overtime_denied

    for line in letter.lines:
        if line.template or line.deferred:
            continue
        text = line.text
        # The word that comes first names the figure after it: "年俸 8,400,000円（月額…）".
        hits = [(text.find(w), w) for w in _SALARY_WORDS if w in text]
        if line.heading and any(line.heading.startswith(w) for w in _WAGE_HEADINGS):
            hits.append((text.find(line.heading), line.heading))
        for at, word in sorted(hits):
            rest = text[at:]
            amount = _yen(rest)
            if amount is None or amount == overtime_amount or amount < _LEAST_MONTHLY:
                continue  # none, the overtime's own, or an hourly wage
            before = text[max(0, at - 30) : at]
            # "年収：650万円（月給54万円×12か月…）": a month named after the amount is its
            # split, not its basis.
            leading = rest[: _amount_end(rest) + 12]
            annual = bool(_ANNUAL.search(before + rest[:60])) and not any(
                w in leading and not _ANNUAL.search(leading[: leading.find(w)])
                for w in ("月給", "月額", "per month", "a month")
            )
            includes = (
                bool(_INCLUDES.search(rest))
                and any(w in rest for w in _FO_WORDS)
                and not fixed_overtime_denied(rest)
            )
            entry = ("annual" if annual else "monthly", amount, includes)
            if word in _BASE_WORDS and not annual and not includes:
                base = base or entry
            else:
                total = total or entry
    # A 基本給 beside its allowances is the base (月給 380,000 = 基本給 300,000 + 固定残業
    # 手当 80,000); a total said to include the fixed overtime is what is paid, and the
    # base is derived from it.
    if total is not None and total[2]:
        return total
    chosen = base or total
    return (None, None, False) if chosen is None else chosen


def _allowances(letter: LetterText, overtime_amount: int | None) -> dict[str, int]:
    found: dict[str, int] = {}
    for line in letter.lines:
        if line.template or line.deferred:
            continue
        for match in _ALLOWANCE.finditer(line.text):
            name = match.group(1)
            tail = line.text[match.start() : match.end() + 12]
            if any(word in tail for word in _FIXED_ONLY):
                continue  # paid at cost or capped: not a fixed monthly amount
            if "含" in tail:
                continue  # a part of a total already counted ("…手当50,000円を含む")
            value = letter_yen(match.group(2), match.group(3))
            if (
                any(word in name for word in ("固定残業", "残業", "時間外"))
                or value == overtime_amount
            ):
                continue  # the fixed overtime, whatever the allowance is called
            key = (
                "commute_allowance"
                if "通勤" in name
                else "housing_allowance"
                if "住宅" in name
                else "family_allowance"
                if any(w in name for w in ("家族", "扶養", "子女", "別居"))
                else "other_allowance"
            )
            found[key] = found.get(key, 0) + value
    return found


# A housing allowance paid alike to all, whatever the rent: no 除外賃金 (基発170号).
_FLAT = re.compile(r"一律|全員|全社員|a flat|flat[- ]rate|to all employees|regardless of")


def _housing_flat(letter: LetterText) -> bool:
    return any(
        _FLAT.search(line.text) and ("住宅手当" in line.text or "housing allowance" in line.text)
        for line in letter.lines
        if not (line.template or line.deferred)
    )


_START_END = re.compile(
    r"始業\D{0,6}(\d{1,2})\s*[:時]\s*(\d{2})?\D{0,12}終業\D{0,6}(\d{1,2})\s*[:時]\s*(\d{2})?"
)
_BREAKS = (
    (re.compile(r"休憩(?:時間)?\D{0,6}(\d{1,3})\s*分"), 1),
    (re.compile(r"休憩[^\n。\d、,]{0,20}?(\d)\s*時間(?!\d)"), 60),
    (re.compile(r"(\d{1,3})[- ]?(?:minute|min)s?\b[^\n.]{0,12}(?:break|rest)"), 1),
    (re.compile(r"(?:break|rest period)[^\n.\d]{0,12}(\d{1,3})\s*(?:minutes|min)"), 1),
    (re.compile(r"(?:(1|one)[- ]hour|(1|an) hour's)\s*(?:lunch |meal )?(?:break|rest)"), 60),
    (re.compile(r"(?:break|rest period)[^\n.\d]{0,16}(?:of )?(1|one) (?:\(1\) )?hour"), 60),
    (_TIMES, 0),  # a break given as a range: 12:00〜13:00
)


_HOURS_WORDS = (
    "勤務時間",
    "就業時間",
    "始業",
    "working hours",
    "hours",
    "schedule",
    "working time",
)


def unit_first(text: str, at: int) -> bool:
    """Whether the break's length comes before its word ("a 45-minute meal break")."""
    return bool(
        re.search(r"(?:minute|min|hour)s?'?s?\s*(?:meal |lunch )?$", text[max(0, at - 24) : at])
    )


def _break_minutes(texts: list[str]) -> int | None:
    for line_text in texts:
        at = min(
            (line_text.find(w) for w in ("休憩", "break", "rest", "lunch") if w in line_text),
            default=-1,
        )
        if at == -1:
            continue
        # From the break word on, so "9:00〜17:45（休憩 12:00〜13:00）" reads the break.
        text = line_text[max(0, at - 24) :] if unit_first(line_text, at) else line_text[at:]
        for pattern, unit in _BREAKS:
            found = pattern.search(text)
            if found is None:
                continue
            if unit == 0:
                start = int(found.group(1)) * 60 + int(found.group(2) or 0)
                end = int(found.group(3)) * 60 + int(found.group(4) or 0)
                return end - start if 0 < end - start <= 120 else None
            value = next(g for g in found.groups() if g)
            return (1 if value in ("one", "an") else int(value)) * unit
    return None


def _daily_hours(letter: LetterText) -> float | None:
    """The scheduled hours of a day: end less start less the break. Flextime core hours
    and shifts are not the day's hours, so they give nothing."""
    lines = letter.lines
    for line in lines:
        text = line.text
        if any(
            w in text for w in ("コア", "core", "シフト", "shift", "裁量", "フレックス", "flex")
        ):
            continue
        if "休憩" in text[:6] or text.lstrip().startswith(("break", "lunch")):
            continue
        above = lines[line.index - 1].text if line.index else ""
        named = any(w in text or w in above for w in _HOURS_WORDS)
        times = _START_END.search(text) or (_TIMES.search(text) if named else None)
        if times is None:
            continue
        start = int(times.group(1)) * 60 + int(times.group(2) or 0)
        end = int(times.group(3)) * 60 + int(times.group(4) or 0)
        if end <= start and end < 13 * 60:
            end += 12 * 60  # 午後6時, 6:00 p.m.
        if end <= start:
            continue
        near = [text] + [other.text for other in lines[line.index + 1 : line.index + 3]]
        minutes = _break_minutes(near)
        if minutes is None:
            minutes = _break_minutes([other.text for other in lines])
        if minutes is None:
            return None
        return (end - start - minutes) / 60
    return None


def _said_included(said: str) -> bool:
    """Whether the sentence stating the fixed overtime says it is part of the salary."""
    if _PART_OF.search(said):
        return True
    salary = ("salary", "月給", "年俸", "給与", "pay", "instalment")
    return bool(_INCLUDES.search(said)) and any(word in said for word in salary)


_SCOPE_LABEL = re.compile(r"^[\s(]*(?:変更の範囲|変更範囲|将来の|scope of change)")


def _workplace_lines(letter: LetterText, excerpt: str) -> list[str]:
    """The line where the workplace was found and the lines under it that carry on its
    section ("第2条（就業の場所）" above "池袋営業所（東京都豊島区…）"), up to a scope of
    change, which names other places."""
    said = excerpt.strip("…").strip()
    if not said:
        return []
    lines = letter.lines
    for line in lines:
        first, last = letter.original_span(line.start, line.start + max(len(line.text), 1))
        if said not in letter.original[first:last]:
            continue
        out = [line.text]
        for below in lines[line.index + 1 : line.index + 4]:
            if _SCOPE_LABEL.match(below.text) or below.section != line.section:
                break
            out.append(below.text)
        return out
    return [excerpt]


def pay_from_letter(text: str, check: LetterCheck) -> LetterPay:
    """The pay terms `text` states, with the fixed overtime and workplace `check` found."""
    from offertui.domain.minimum_wage import prefecture_in

    letter = LetterText(text)
    overtime = check.fixed_overtime
    fo_amount = None if overtime is None else overtime.amount
    basis, written, includes = _salary(letter, fo_amount)
    if overtime is not None and not includes:
        # "The monthly salary includes a Job Allowance of …": said where the overtime is.
        said = overtime.excerpt.lower()
        includes = (
            _said_included(said)
            and written is not None
            and basis is not None
            and fo_amount is not None
            and written != fo_amount
            and "基本給" not in said
        )
    allowances = _allowances(letter, fo_amount)
    days_off = _DAYS_OFF.search(letter.folded)
    prefecture = None
    for place in _workplace_lines(letter, check.result("workplace").excerpt or ""):
        prefecture = prefecture_in(place)
        if prefecture is not None:
            break
    return LetterPay(
        basis=basis,
        written=written,
        includes_fixed_overtime=includes,
        fixed_overtime_hours=None if overtime is None else overtime.hours,
        fixed_overtime_amount=None if overtime is None else overtime.amount,
        commute_allowance=allowances.get("commute_allowance"),
        housing_allowance=allowances.get("housing_allowance"),
        family_allowance=allowances.get("family_allowance"),
        other_allowance=allowances.get("other_allowance"),
        daily_hours=_daily_hours(letter),
        annual_days_off=None if days_off is None else int(days_off.group(1) or days_off.group(2)),
        prefecture="" if prefecture is None else prefecture.name,
        housing_allowance_flat="housing_allowance" in allowances and _housing_flat(letter),
    )
