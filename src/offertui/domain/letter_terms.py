"""What kind of contract a letter offers: with a term or not, part-time or not.

This decides which items the law requires: whether the contract has a term (a date range
or a length given as its period, not a probation range, an unfilled form row or the
contract a worker may be promoted or converted to), whether the worker is part-time,
whether the contract is not to be renewed, and whether it is the one at which the right
to convert to an open-ended contract arises. The fixed overtime in the pay is read by
:mod:`offertui.domain.letter_overtime`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from offertui.domain.letter_text import (
    TICKED_BOXES,
    UNTICKED_BOXES,
    LetterText,
    Line,
    heading_match,
    sentence_at,
    strip_numbering,
)

__all__ = [
    "ContractKind",
    "contract_kind",
]

# --- the contract's term ------------------------------------------------------------

_PERIOD_HEADINGS = (
    "契約期間",
    "雇用期間",
    "労働契約の期間",
    "期間の定め",
    "雇用形態",
    "雇用区分",
    "contract",
    "term",
    "employment",
    "commencement",
)
_PROBATION = ("試用", "probation", "trial period")
# A heading on how employment ends ("Ending employment", "Termination of employment",
# "退職に関する事項") names no period, though it ends in a period heading's word.
_ENDING = re.compile(r"^(?:ending|end of|termination|terminating|leaving|resignation)\b|退職|解雇")
_DATE = (
    r"(?:\d{4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?"
    r"|(?:令和|平成)\s*\d{1,2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
)
_DATE_RANGE = re.compile(_DATE + r"\s*(?:~|〜|-|–|—|から|to|until|through|till)\s*" + _DATE)
# A length, not the year of a date ("令和8年4月1日", "8年4月").
_JA_LENGTH = re.compile(
    r"(?<![\d.和成昭])(\d{1,2})\s*(?:年(?!\s*\d{1,2}\s*月)|か月|ヶ月|カ月|ヵ月|箇月|ケ月)間?(?!\d)"
)
_EN_LENGTH = re.compile(
    r"\b(\d{1,2}|one|two|three|six|twelve)[\s-]+(?:years?|months?)\b"
    # "one month's notice" is how long before leaving one must say so, not a term.
    r"(?![\s-]*(?:of service|after|later|in advance)|['’]?s?\s+(?:of\s+)?(?:written\s+)?notice)"
)
_PERIOD_LABEL = re.compile(r"(?:契約期間|雇用期間|労働契約の期間)\s*[:：\s]")
_OPEN_ENDED = re.compile(
    r"期間の定め(?:は|が)?(?:なし|無し|ない|ありません|ございません)|期間の定めのない|無期|正社員|正規雇用"
    r"|no fixed term|no fixed period|indefinite|open-ended|permanent(?! resid)|no end date"
    r"|until terminated|without (?:a |any )?(?:fixed|definite|set) (?:term|period)"
)
_BOXES = TICKED_BOXES + UNTICKED_BOXES
_FIXED_WORDS = re.compile(
    r"有期(?!雇用型)|契約社員(?!から)|嘱託|fixed-term|fixed term|contract employee"
)
_NEGATED_FIXED = re.compile(
    r"(?:not a |not |non-|non |no |without a |without any |without )(?:fixed-term|fixed term)"
)
_PART_TIME = re.compile(
    r"パートタイム|パートタイマー|パート(?:社員|従業員|スタッフ|勤務)|アルバイト|短時間労働者"
    # A 短時間正社員 works fewer scheduled hours than a regular worker: a 短時間労働者 under
    # パート・有期雇用労働法2条1項, however open-ended the contract.
    r"|短時間(?:正社員|正職員|社員|勤務社員)|short-time regular employee|reduced-hours employee"
    r"|短時間・有期|\bpart-time\b|\bpart time\b|\bpart-timer\b"
)
# The law's own name ("短時間労働者及び有期雇用労働者の雇用管理の改善等に関する法律", cited at
# the foot of the MHLW form) says nothing about this worker's hours.
_LAW_NAMES = re.compile(
    r"短時間労働者及び有期雇用労働者の雇用管理の改善等に関する法律|(?:パートタイム|パート)・?有期雇用労働法"
    r"|パートタイム労働法|part-time and fixed-term (?:workers? |employment )?(?:act|law)"
)
# Open-ended words said of another contract: the one a 契約社員 is promoted to (正社員登用),
# or the one a fixed-term worker may convert to (期間の定めのない労働契約の締結を申し込む).
_OTHER_CONTRACT = ("登用", "転換", "申込", "申し込", "convert", "conversion", "promot")
_CONDITION = re.compile(r"場合|\bif\b|\bwhere\b")
_NOT_RENEWED = re.compile(
    r"更新しない|更新はしない|更新なし|更新無し|更新は行わない|will not be renewed|not renewable"
    r"|no renewal"
)
# The renewal at which fixed-term contracts total more than five years (労働契約法18条).
# A condition of a form ("【…5年を超える有期労働契約の締結の場合】") or a period in which the
# right does not arise is not this contract's case.
_CONVERSION_ARISES = re.compile(
    r"通算契約期間が\s*5\s*年を超え(?:る|ます|ること)(?![^。\n】]{0,24}場合)"
    r"|無期転換申込権が(?:発生|生じ)(?!ない|しない)"
    r"|(?:total|combined) (?:contract )?period (?:will )?exceeds? five years"
)
# "本契約により通算契約期間は6年となります": a total over five years, stated as a number.
_TOTAL_YEARS = re.compile(r"通算(?:の)?契約期間(?:は|が)\s*(\d{1,2})\s*年(?:と|に)な")


@dataclass(frozen=True)
class ContractKind:
    """What the letter says about the contract's term and the worker's hours.

    ``evidence`` is the letter's own words that show a fixed term, for the screen to
    quote; ``renewal_excluded`` is true when the letter says the contract will not be
    renewed; ``conversion_arises`` when it is the renewal at which the right to ask for
    an open-ended contract arises.
    """

    fixed_term: bool
    evidence: str | None
    part_time: bool
    renewal_excluded: bool
    conversion_arises: bool


def _period_line(line: Line) -> str:
    """ "heading" where the line itself names the period, "section" where it sits under a
    period heading of its own line ("2. Term" above it), else ""."""
    if any(word in line.heading for word in _PROBATION) or _ENDING.search(line.heading):
        return ""
    # A conditional note of a form ("【…通算契約期間が5年を超える…の場合】") is not a period.
    if line.has_heading(_PERIOD_HEADINGS) or _PERIOD_LABEL.search(line.text):
        return "heading"
    if (
        line.section != line.heading
        and heading_match(line.section, _PERIOD_HEADINGS) is not None
        and not any(word in line.section for word in _PROBATION)
        and not _ENDING.search(line.section)
    ):
        return "section"
    return ""


def _length_or_range(text: str) -> re.Match[str] | None:
    """A date range or a length that is the contract's own, not probation's or a total's."""
    for pattern in (_DATE_RANGE, _JA_LENGTH, _EN_LENGTH):
        for found in pattern.finditer(text):
            before = text[max(0, found.start() - 10) : found.start()]
            if any(word in before for word in (*_PROBATION, "通算", "total", "超え")):
                continue
            if any(word in sentence_at(text, found.start()) for word in _PROBATION):
                continue  # "The first 3 months are a probation period."
            return found
    return None


def _blank(found: re.Match[str]) -> str:
    """As many spaces as the match is long, so offsets after it stay where they were."""
    return " " * len(found.group())


def _box(text: str, position: int) -> str:
    """The check box written just before `position` ("■", "□", "☑"), or ""."""
    before = text[:position].rstrip()
    return before[-1] if before and before[-1] in _BOXES else ""


def _says_open_ended(line: Line, said: re.Match[str]) -> bool:
    """Whether an open-ended word on `line` is said of this contract: not an option left
    unticked ("□期間の定めなし"), not said of another contract, and on a filled row, or
    the ticked option of a form's choice ("■期間の定めなし　□期間の定めあり（　年…）")."""
    box = _box(line.text, said.start())
    if box and box in UNTICKED_BOXES:
        return False
    if line.template and not box:
        return False
    return not any(word in sentence_at(line.text, said.start()) for word in _OTHER_CONTRACT)


# A passage on the contract after conversion: a section headed by the conversion, or the
# lines after "転換後の労働条件は…" up to the next blank line. Open-ended words there
# ("・契約期間：期間の定めなし", "there will be no fixed term") are said of that contract.
_CONVERSION_SECTION = ("無期転換", "転換", "conversion", "convert")
_AFTER_CONVERSION = re.compile(r"転換後|after (?:the )?conversion|upon conversion|once converted")


_CONVERSION_TITLE = re.compile(
    r"(?:無期(?:労働契約|雇用契約|雇用)?(?:へ|に)?の?転換|(?:right to )?conver(?:sion|t))"
)


def _converted_lines(letter: LetterText) -> frozenset[int]:
    """The indexes of the lines that speak of the contract after conversion: under a
    title on conversion ("3. Conversion to an indefinite-term contract") up to the next
    section, and after "転換後…" up to the next blank line."""
    out: set[int] = set()
    after = titled = False
    for line in letter.lines:
        title = strip_numbering(line.text)
        if line.heading and line.section == line.heading:
            titled = False  # a new section
        if _CONVERSION_TITLE.match(title) and len(title) <= 80 and "。" not in title:
            titled = True
        if not line.text.strip():
            after = False
            continue
        if _AFTER_CONVERSION.search(line.text):
            after = True
        if after or titled or heading_match(line.section, _CONVERSION_SECTION) is not None:
            out.add(line.index)
    return frozenset(out)


def contract_kind(letter: LetterText) -> ContractKind:
    """Whether the contract is fixed-term (from a date range or a length given as its
    period), part-time, not to be renewed, or at the renewal where conversion arises."""
    evidence: str | None = None
    # A length in the body under a period heading counts only if nothing in the letter
    # says the contract is open-ended: such a body may hold other dates and lengths.
    body_evidence: str | None = None
    open_ended = False
    converted = _converted_lines(letter)
    for line in letter.lines:
        if line.template and not _DATE_RANGE.search(line.text):
            continue
        where = _period_line(line)
        found = _length_or_range(line.text) if where else None
        if found is not None:
            excerpt = letter.excerpt(line, line.start + found.start(), line.start + found.end())
            if where == "heading" and evidence is None:
                evidence = excerpt
            elif body_evidence is None:
                body_evidence = excerpt
        if line.index not in converted and any(
            _says_open_ended(line, said) for said in _OPEN_ENDED.finditer(line.text)
        ):
            open_ended = True
    if evidence is None and not open_ended:
        evidence = body_evidence
    if evidence is None and not open_ended:
        for line in letter.lines:
            words = _FIXED_WORDS.search(_LAW_NAMES.sub(_blank, line.text))
            if (
                words
                and not line.template
                and not _NEGATED_FIXED.search(line.text)
                # A form's condition ("【…有期労働契約の締結の場合】") is not this contract.
                and not _CONDITION.search(sentence_at(line.text, words.start()))
            ):
                evidence = letter.excerpt(
                    line, line.start + words.start(), line.start + words.end()
                )
                break
    fixed = evidence is not None
    folded = letter.folded
    return ContractKind(
        fixed_term=fixed,
        evidence=evidence,
        part_time=bool(_PART_TIME.search(_LAW_NAMES.sub("", folded))),
        renewal_excluded=fixed
        and any(_NOT_RENEWED.search(line.text) and not line.template for line in letter.lines),
        conversion_arises=fixed and _conversion_arises(letter),
    )


def _conversion_arises(letter: LetterText) -> bool:
    """Whether this contract takes the fixed-term contracts past five years in all."""
    for line in letter.lines:
        if line.template:
            continue
        if _CONVERSION_ARISES.search(line.text):
            return True
        total = _TOTAL_YEARS.search(line.text)
        if total is not None and int(total.group(1)) > 5:
            return True
    return _series_passes_five_years(letter)


# When the run of fixed-term contracts began: "2022年4月1日から甲と有期雇用契約を締結し、以後
# これを更新してきた", "2022年10月1日の入社以来、当社と有期労働契約を更新", "Your contracts
# with the Company have run continuously since April 1, 2022".
_SERIES_JA = re.compile(
    "(" + _DATE + r")(?:の入社|に入社)?(?:以来|から)[^。\n]{0,30}?(?:有期|契約)[^。\n]{0,30}?更新"
)
# The run said first, its dates after: "これまでの有期労働契約（2022年4月1日から2027年3月31日
# まで、1年契約を5回）に引き続き", "従前の契約期間 2022年4月1日～".
_SERIES_BEFORE = re.compile(
    r"(?:これまで|従前|前回まで|過去)の?[^。\n]{0,8}?契約[^。\n]{0,8}?("
    + _DATE
    + r")\s*(?:から|~|〜|-)"
)
_SERIES_EN = re.compile(r"contracts?\b[^.\n]{0,60}?\bsince (" + _DATE + ")")
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_ANY_DATE = re.compile(_DATE)


def _date(text: str) -> date | None:
    """The date a letter writes ("2027年1月1日", "令和9年1月12日", "April 1, 2027")."""
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    words = re.findall(r"[a-z]{3,9}", text)
    month = next((i + 1 for i, m in enumerate(_MONTHS) for w in words if m.startswith(w)), 0)
    try:
        if month and len(numbers) >= 2:
            day, year = (numbers[0], numbers[1]) if numbers[1] > 31 else (numbers[1], numbers[0])
            return date(year, month, day)
        if len(numbers) >= 3:
            year = numbers[0] + (2018 if "令和" in text else 1988 if "平成" in text else 0)
            return date(year, numbers[1], numbers[2])
    except ValueError:
        return None
    return None


def _series_passes_five_years(letter: LetterText) -> bool:
    """Whether the letter says when its run of fixed-term contracts began, and this
    contract, by the last date its period gives, ends five years or more after it: the
    total then exceeds five years and the right to convert arises (労働契約法18条1項)."""
    began: date | None = None
    ends: list[date] = []
    for line in letter.lines:
        if line.template:
            continue
        series = (
            _SERIES_JA.search(line.text)
            or _SERIES_BEFORE.search(line.text)
            or _SERIES_EN.search(letter.joined(line))
        )
        if series is not None and began is None:
            began = _date(series.group(1))
        if _period_line(line):
            ends += [d for d in map(_date, _ANY_DATE.findall(line.text)) if d is not None]
    if began is None or not ends:
        return False
    try:
        fifth = began.replace(year=began.year + 5)
    except ValueError:  # began on 29 February
        fifth = date(began.year + 5, 3, 1)
    return max(ends) >= fifth
