"""The fixed overtime hidden in a letter's pay, however the letter words it.

Part of the pay may be overtime paid in advance: 固定残業代, 業務手当は…時間外労働45時間に
対する割増賃金, "a Job Allowance … for up to forty-five (45) hours … beyond the scheduled
working hours", in a sentence that may run over several lines, or in a note under the
allowance it explains. A letter that says there is none (固定残業代なし) has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from offertui.domain.letter_text import LetterText, Line
from offertui.domain.money import letter_yen

__all__ = [
    "FixedOvertime",
    "find_fixed_overtime",
    "fixed_overtime_denied",
]

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
    r"(?:なし|無し|無(?![給休])|[はも]ありません|[はも]ない|制度なし|該当なし|該当しない|含まない|含みません"
    r"|含まれない|含まれません|含まれていない|含まれていません|含んでいない|含んでいません"
    r"|含まれておりません|含んでおりません|ございません|設けておりません|設けていません"
    r"|支給しない|支給しません|支給していません)"
    r"|(?:no|not|without|there is no)\s+(?:a\s+|any\s+)?(?:fixed|deemed)[\s-]overtime|no minashi"
    r"|(?:not|never)\s+(?:include|contain|cover)s?\s+(?:a\s+|any\s+)?(?:fixed|deemed)[\s-]overtime"
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
_EN_OVERTIME = (
    "overtime",
    "in excess of",
    *(
        f"{where} {the}{kind}"
        for where in ("beyond", "outside")
        for the in ("the ", "")
        for kind in ("scheduled", "statutory", "regular", "normal", "standard", "prescribed")
    ),
)
_YEN = re.compile(r"(?:¥|jpy|円)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\s*(万))?\s*(?:円|yen)?")
_ALLOWANCE_NAME = re.compile(r"([\w・ー]{1,8}手当)は|(?:a|an|the)\s+((?:[a-z]+\s){0,2}allowance)")


@dataclass(frozen=True)
class FixedOvertime:
    """Fixed overtime the letter states: hours a month and yen a month (``None`` where
    the letter does not say), and the sentence that says it, verbatim."""

    hours: float | None
    amount: int | None
    excerpt: str


def _sentences(letter: LetterText, line: Line) -> list[tuple[int, str]]:
    """The sentences that start on a line (one may run on over the next lines), with
    their offsets in the folded letter."""
    text = letter.joined(line)
    out: list[tuple[int, str]] = []
    start = 0
    for match in re.finditer(r"[。]|\.\s+(?=[A-Z0-9a-z])", text):
        if start < len(line.text):
            out.append((line.start + start, text[start : match.end()]))
        start = match.end()
    if start < len(line.text):
        out.append((line.start + start, text[start:]))
    return [(offset, sentence) for offset, sentence in out if sentence.strip()]


def _continues_earlier(letter: LetterText, line: Line) -> bool:
    """Whether the line only carries on a sentence begun on the line above."""
    return line.index > 0 and letter.lines[line.index - 1].runs_on


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
    before = ""  # the sentence before, which "This allowance …" points back to
    for line in letter.lines:
        if _continues_earlier(letter, line):
            continue  # read with the line its sentence starts on
        for offset, sentence in _sentences(letter, line):
            previous, before = before, sentence
            found = _fo_hours(sentence)
            if found is not None:
                hours, position = found
                anchor = next((sentence.find(w) for w in _FO_WORDS if w in sentence), position)
                amount = _nearest_amount(sentence, anchor)
                if amount is None and _POINTS_BACK.match(sentence.lstrip()):
                    amount = _nearest_amount(previous, 0)
                if amount is None:
                    amount = _allowance_amount(letter, sentence)
                if amount is None:
                    amount = _amount_above(letter, line)
                excerpt = letter.span_excerpt(offset, letter.folded_end(offset, len(sentence)))
                return FixedOvertime(hours, amount, excerpt)
            if (
                mentioned is None
                and any(w in sentence for w in _FO_WORDS)
                and not _FO_NEGATED.search(sentence)
            ):
                anchor = next(sentence.find(w) for w in _FO_WORDS if w in sentence)
                mentioned = FixedOvertime(
                    None,
                    _nearest_amount(sentence, anchor),
                    letter.span_excerpt(offset, letter.folded_end(offset, len(sentence))),
                )
    return mentioned


# A sentence that opens by pointing back at the allowance just named: "Role Allowance: JPY
# 85,000 per month. This allowance is paid in lieu of overtime pay for up to 35 hours".
_POINTS_BACK = re.compile(
    r"(?:this|that|the said|such|said) (?:allowance|payment|amount)|(?:本|同|当該|この|上記の?)手当"
)
_NOTE_START = ("(", "※", "*")
_ALLOWANCE_WORDS = ("手当", "allowance", *_FO_WORDS)


def _amount_above(letter: LetterText, line: Line) -> int | None:
    """The amount of the allowance a note is written under: "固定残業手当 月額47,000円" above
    "（時間外労働25時間分の割増賃金として支給。…）"."""
    if line.index == 0 or not line.text.lstrip().startswith(_NOTE_START):
        return None
    above = letter.lines[line.index - 1].text
    named = [above.find(word) for word in _ALLOWANCE_WORDS if word in above]
    return _nearest_amount(above, min(named)) if named else None


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
