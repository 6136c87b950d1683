"""What kind of contract a letter offers, and the fixed overtime hidden in its pay.

Two facts decide which items the law requires and what Pay must check: whether the
contract has a term (a date range or a length given as its period, not a probation range
or an unfilled form row), and whether part of the pay is overtime paid in advance,
however the letter words it (固定残業代, 業務手当は…時間外労働45時間に対する割増賃金, "a Job
Allowance … for up to forty-five (45) hours … beyond the scheduled working hours").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from offertui.domain.letter_text import LetterText, Line, heading_match, sentence_at
from offertui.domain.money import letter_yen

__all__ = [
    "ContractKind",
    "FixedOvertime",
    "contract_kind",
    "find_fixed_overtime",
    "fixed_overtime_denied",
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
    r"(?![\s-]*(?:of service|after|later))"
)
_PERIOD_LABEL = re.compile(r"(?:契約期間|雇用期間|労働契約の期間)\s*[:：\s]")
_OPEN_ENDED = re.compile(
    r"期間の定め(?:は|が)?(?:なし|無し|ない|ありません|ございません)|期間の定めのない|無期|正社員|正規雇用"
    r"|no fixed term|no fixed period|indefinite|open-ended|permanent(?! resid)|no end date"
    r"|until terminated"
)
_FIXED_WORDS = re.compile(
    r"有期(?!雇用型)|契約社員(?!から)|嘱託|fixed-term|fixed term|contract employee"
)
_NEGATED_FIXED = re.compile(r"(?:not a |not |non-|non |no )(?:fixed-term|fixed term)")
_PART_TIME = re.compile(
    r"パートタイム|パートタイマー|パート(?:社員|従業員|スタッフ|勤務)|アルバイト|短時間労働者"
    r"|短時間・有期|\bpart-time\b|\bpart time\b|\bpart-timer\b"
)
_NOT_RENEWED = re.compile(
    r"更新しない|更新はしない|更新なし|更新無し|更新は行わない|will not be renewed|not renewable"
    r"|no renewal"
)
# The renewal at which fixed-term contracts total more than five years (労働契約法18条).
_CONVERSION_ARISES = re.compile(
    r"通算契約期間が\s*5\s*年を超え(?:る|ます|ること)(?!場合)|無期転換申込権が(?:発生|生じ)"
    r"|(?:total|combined) (?:contract )?period (?:will )?exceeds? five years"
)


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
    if any(word in line.heading for word in _PROBATION):
        return ""
    # A conditional note of a form ("【…通算契約期間が5年を超える…の場合】") is not a period.
    if line.has_heading(_PERIOD_HEADINGS) or _PERIOD_LABEL.search(line.text):
        return "heading"
    if (
        line.section != line.heading
        and heading_match(line.section, _PERIOD_HEADINGS) is not None
        and not any(word in line.section for word in _PROBATION)
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


def contract_kind(letter: LetterText) -> ContractKind:
    """Whether the contract is fixed-term (from a date range or a length given as its
    period), part-time, not to be renewed, or at the renewal where conversion arises."""
    evidence: str | None = None
    # A length in the body under a period heading counts only if nothing in the letter
    # says the contract is open-ended: such a body may hold other dates and lengths.
    body_evidence: str | None = None
    open_ended = False
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
        if _OPEN_ENDED.search(line.text) and not line.template:
            open_ended = True
    if evidence is None and not open_ended:
        evidence = body_evidence
    if evidence is None and not open_ended:
        for line in letter.lines:
            words = _FIXED_WORDS.search(line.text)
            if words and not line.template and not _NEGATED_FIXED.search(line.text):
                evidence = letter.excerpt(
                    line, line.start + words.start(), line.start + words.end()
                )
                break
    fixed = evidence is not None
    folded = letter.folded
    return ContractKind(
        fixed_term=fixed,
        evidence=evidence,
        part_time=bool(_PART_TIME.search(folded)),
        renewal_excluded=fixed
        and any(_NOT_RENEWED.search(line.text) and not line.template for line in letter.lines),
        conversion_arises=fixed and bool(_CONVERSION_ARISES.search(folded)),
    )


# --- fixed overtime -----------------------------------------------------------------

_FO_WORDS = (
    "固定残業",
    "みなし残業",
    "定額残業",
    "見込み残業",
    "固定時間外",
    "固定割増",
    "fixed overtime",
    "fixed-overtime",
    "deemed overtime",
    "minashi",
)
_FO_NEGATED = re.compile(
    r"(?:固定残業|みなし残業|定額残業|見込み残業|固定時間外)[^\n。、,\d]{0,8}?"
    r"(?:なし|無し|無(?![給休])|はありません|はない|制度なし|該当なし|該当しない|含まない|含みません"
    r"|含まれない|含まれません|支給しない|支給しません)"
    r"|(?:no|not|without|there is no)\s+(?:a\s+)?(?:fixed|deemed)[\s-]overtime|no minashi"
    r"|(?:fixed|deemed)[\s-]overtime[^.\n\d]{0,24}?"
    r"(?:not applicable|n/a|\bnone\b|\bno\b(?![\s-]*\d))"
)
_HOURS = r"\(?(\d+(?:\.\d+)?)\)?"
# Japanese ways of saying "pays for N hours of overtime in advance".
_JA_FO_HOURS = (
    re.compile(_HOURS + r"\s*時間分"),
    re.compile(_HOURS + r"\s*時間相当(?!を超|を越)"),
    re.compile(r"時間外(?:労働|勤務)?\s*" + _HOURS + r"\s*時間\s*(?:分|相当|に対する)"),
    re.compile(
        r"(?:固定残業|みなし残業|定額残業|見込み残業|固定時間外)[^\n\d。]{0,20}?"
        + _HOURS
        + r"\s*時間(?!以内|まで|を超|超)"
    ),
)
_JA_OVERTIME_PAY = ("残業", "時間外", "割増")
# English: "… for 30 hours", "equivalent to 20 hours", "up to forty-five (45) hours".
_EN_FO_HOURS = re.compile(
    r"(?:for|equivalent to|covering|compensation for|up to|includes?|including)\s+(?:up to\s+)?"
    r"(?:[a-z-]+\s+)?" + _HOURS + r"\s*(?:hours?|hrs?|h)\b"
    r"|" + _HOURS + r"\s*(?:hours?|hrs?|h)\s+(?:of|per month of)\s+(?:fixed |deemed )?overtime"
)
_EN_FO_CONTEXT = (
    "fixed",
    "deemed",
    "allowance",
    "includ",
    "compensation for",
    "minashi",
    "in advance",
)
_EN_OVERTIME = ("overtime", "beyond the scheduled", "beyond scheduled", "in excess of")
_YEN = re.compile(r"(?:¥|jpy|円)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(万))?\s*(?:円|yen)?")
_ALLOWANCE_NAME = re.compile(r"([\w・ー]{1,8}手当)は|(?:a|an|the)\s+((?:[a-z]+\s){0,2}allowance)")


@dataclass(frozen=True)
class FixedOvertime:
    """Fixed overtime the letter states: hours a month and yen a month (``None`` where
    the letter does not say), and the sentence that says it, verbatim."""

    hours: float | None
    amount: int | None
    excerpt: str


def _sentences(line: Line) -> list[tuple[int, str]]:
    """The sentences of a line, with their offsets in the folded letter."""
    out: list[tuple[int, str]] = []
    start = 0
    for match in re.finditer(r"[。]|\.\s+(?=[A-Z0-9a-z])", line.text):
        out.append((line.start + start, line.text[start : match.end()]))
        start = match.end()
    out.append((line.start + start, line.text[start:]))
    return [(offset, text) for offset, text in out if text.strip()]


def _amounts(text: str) -> list[tuple[int, int]]:
    """Yen amounts in `text` with their positions; bare small numbers are not amounts."""
    found: list[tuple[int, int]] = []
    for match in _YEN.finditer(text):
        digits, man = match.group(1), match.group(2)
        whole = match.group(0)
        marked = bool(man) or "円" in whole or "¥" in whole or "jpy" in whole or "yen" in whole
        if not marked and "," not in digits:
            continue
        value = letter_yen(digits, man)
        if value >= 1_000:
            found.append((match.start(1), value))
    return found


def _nearest_amount(text: str, anchor: int) -> int | None:
    amounts = _amounts(text)
    if re.search(r"含む|含み|includ", text[anchor:]) or re.search(r"includ", text[:anchor]):
        # "月給 250,000円（…固定残業代を含む）": an amount before the overtime is the total
        # it is part of, not the overtime's own.
        amounts = [entry for entry in amounts if entry[0] >= anchor]
    if not amounts:
        return None

    # An amount after the anchor word ("固定残業代として月額50,000円") is preferred to one
    # before it (the total the allowance is part of), unless it is much further away.
    def distance(entry: tuple[int, int]) -> int:
        position = entry[0]
        return position - anchor if position >= anchor else (anchor - position) * 2

    return min(amounts, key=distance)[1]


def _fo_hours(sentence: str) -> tuple[float, int] | None:
    """Hours of fixed overtime in one sentence, and where the statement sits."""
    if _FO_NEGATED.search(sentence):
        return None
    for pattern in _JA_FO_HOURS:
        for match in pattern.finditer(sentence):
            window = sentence[max(0, match.start() - 30) : match.end() + 30]
            before = sentence[max(0, match.start() - 6) : match.start()]
            if "上限" in before or "平均" in before:
                continue
            if any(word in window for word in _JA_OVERTIME_PAY) or any(
                word in sentence for word in _FO_WORDS
            ):
                return float(match.group(1)), match.start()
    if any(word in sentence for word in _EN_OVERTIME) and any(
        word in sentence for word in _EN_FO_CONTEXT
    ):
        for match in _EN_FO_HOURS.finditer(sentence):
            value = match.group(1) or match.group(2)
            if "beyond" in sentence[max(0, match.start() - 12) : match.start()]:
                continue
            return float(value), match.start()
    return None


def find_fixed_overtime(letter: LetterText) -> FixedOvertime | None:
    """The fixed overtime the letter states, or ``None`` if it states none (or says
    there is none). Hours and amount come from the same statement; an allowance named
    there ("業務手当は…") takes its amount from where the letter lists it."""
    mentioned: FixedOvertime | None = None
    for line in letter.lines:
        for offset, sentence in _sentences(line):
            found = _fo_hours(sentence)
            if found is not None:
                hours, position = found
                anchor = next((sentence.find(w) for w in _FO_WORDS if w in sentence), position)
                amount = _nearest_amount(sentence, anchor)
                if amount is None:
                    amount = _allowance_amount(letter, sentence)
                start, end = offset, offset + len(sentence)
                return FixedOvertime(hours, amount, letter.excerpt(line, start, end, width=160))
            if (
                mentioned is None
                and any(w in sentence for w in _FO_WORDS)
                and not _FO_NEGATED.search(sentence)
            ):
                anchor = next(sentence.find(w) for w in _FO_WORDS if w in sentence)
                mentioned = FixedOvertime(
                    None,
                    _nearest_amount(sentence, anchor),
                    letter.excerpt(line, offset, offset + len(sentence), width=160),
                )
    return mentioned


def _allowance_amount(letter: LetterText, sentence: str) -> int | None:
    named = _ALLOWANCE_NAME.search(sentence)
    if named is None:
        return None
    name = (named.group(1) or named.group(2) or "").strip()
    for line in letter.lines:
        position = line.text.find(name)
        if position == -1 or line.text[position + len(name) :].lstrip().startswith("は"):
            continue
        amount = _nearest_amount(line.text[position : position + len(name) + 24], 0)
        if amount is not None:
            return amount
    return None


def fixed_overtime_denied(text: str) -> bool:
    """Whether folded `text` says there is no fixed overtime (固定残業代なし, "no fixed
    overtime")."""
    return bool(_FO_NEGATED.search(text))
