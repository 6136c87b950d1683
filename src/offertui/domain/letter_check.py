"""Checking an offer letter or 労働条件通知書 for the items it should contain.

The Labor Standards Act (art. 15) and its Enforcement Regulation (art. 5) list
the working conditions an employer must give in writing when hiring; April 2024
added the scope of possible changes to place and duties, and for fixed-term
contracts the renewal cap and the right to convert to an open-ended contract.
:data:`LETTER_ITEMS` holds those items plus a few the guide adds (probation,
bonus, remote work, benefits), and :func:`check_letter` looks for each in a
pasted letter by keyword, Japanese or English.

Keyword matching is a heuristic: it tells the user where to look and what to ask,
not whether the letter is lawful. It also finds fixed overtime hidden in the pay
terms ("月45時間分の時間外労働を含む") so the pay model can check them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from offertui.domain.glossary import terms_in_text

__all__ = [
    "LETTER_ITEMS",
    "ItemResult",
    "ItemStatus",
    "LetterCheck",
    "LetterItem",
    "RequiredBy",
    "Topic",
    "check_letter",
    "find_fixed_overtime_hours",
    "looks_fixed_term",
]

RequiredBy = Literal["law", "law-fixed-term", "guide"]
Topic = Literal["contract", "place", "hours", "pay", "leaving", "benefits"]
ItemStatus = Literal["found", "missing", "optional", "not_applicable"]


@dataclass(frozen=True)
class LetterItem:
    """One thing an offer letter should state.

    - ``key``: stable id.
    - ``label_en`` / ``label_ja``: names to show.
    - ``required_by``: ``"law"`` (must be in writing for every contract),
      ``"law-fixed-term"`` (only for fixed-term contracts) or ``"guide"`` (not
      required in writing, but worth having).
    - ``keywords``: words whose presence suggests the item is covered; Japanese
      matched as written, English case-insensitively from the start of a word.
    - ``why``: one sentence on why it matters, with its basis.
    - ``question``: an open question to ask when it is missing.
    - ``follow_up``: a closing "So to confirm, …?" question.
    - ``topic``: a grouping for display.
    """

    key: str
    label_en: str
    label_ja: str
    required_by: RequiredBy
    keywords: tuple[str, ...]
    why: str
    question: str
    follow_up: str
    topic: Topic


LETTER_ITEMS: tuple[LetterItem, ...] = (
    # --- Labor Standards Act art. 15 / Enforcement Regulation art. 5 ----------------
    LetterItem(
        key="contract_period",
        label_en="Contract period",
        label_ja="契約期間",
        required_by="law",
        keywords=(
            "契約期間",
            "雇用期間",
            "労働契約の期間",
            "期間の定め",
            "contract period",
            "contract term",
            "term of contract",
            "term of the contract",
            "term of employment",
            "period of employment",
            "employment period",
            "no fixed term",
            "without a fixed term",
            "open-ended",
            "indefinite",
        ),
        why="The contract period must be given in writing (Enforcement Regulation art. 5).",
        question="Could you tell me whether the contract has a fixed term, and if so its dates?",
        follow_up="So to confirm, the contract has no end date and is not renewed each year?",
        topic="contract",
    ),
    LetterItem(
        key="renewal",
        label_en="Renewal and its criteria",
        label_ja="更新の有無・更新の基準",
        required_by="law-fixed-term",
        keywords=(
            "更新の有無",
            "契約の更新",
            "契約更新",
            "更新する場合",
            "更新の基準",
            "更新の判断",
            "自動的に更新",
            "renewal",
            "renewed",
            "renewable",
        ),
        why=(
            "For a fixed-term contract, whether and on what criteria it is renewed must be in"
            " writing (Enforcement Regulation art. 5)."
        ),
        question="Could you explain how decisions on renewing the contract are made?",
        follow_up=(
            "So to confirm, the contract is renewed as long as the criteria you described are met?"
        ),
        topic="contract",
    ),
    LetterItem(
        key="renewal_cap",
        label_en="Cap on renewals",
        label_ja="更新上限",
        required_by="law-fixed-term",
        keywords=(
            "更新上限",
            "更新の上限",
            "更新回数",
            "通算契約期間",
            "renewal cap",
            "renewal limit",
            "limit on renewal",
            "maximum number of renewals",
            "upper limit",
            "total contract period",
        ),
        why=(
            "Since April 2024 a cap on the number of renewals or the total period, if there is"
            " one, must be stated in writing (Enforcement Regulation art. 5)."
        ),
        question=(
            "Could you tell me whether there is any limit on how many times, or for how long,"
            " the contract can be renewed?"
        ),
        follow_up="So to confirm, there is no cap on renewals, or the cap is the one you stated?",
        topic="contract",
    ),
    LetterItem(
        key="conversion",
        label_en="Right to convert to an open-ended contract",
        label_ja="無期転換",
        required_by="law-fixed-term",
        keywords=(
            "無期転換",
            "無期労働契約",
            "無期雇用",
            "open-ended contract",
            "open-ended employment",
            "indefinite-term",
            "indefinite term",
            "convert to",
            "conversion to",
        ),
        why=(
            "After more than five years of fixed-term contracts you may ask for an open-ended"
            " one (Labor Contract Act art. 18), and since April 2024 the letter must say so when"
            " the right arises."
        ),
        question=(
            "Could you explain how conversion to an open-ended contract works here, and what the"
            " conditions would be after it?"
        ),
        follow_up=(
            "So to confirm, after five years in total I can ask for an open-ended contract on the"
            " same terms?"
        ),
        topic="contract",
    ),
    LetterItem(
        key="workplace",
        label_en="Place of work",
        label_ja="就業場所",
        required_by="law",
        keywords=(
            "就業場所",
            "就業の場所",
            "勤務地",
            "勤務場所",
            "place of work",
            "work location",
            "workplace",
            "office location",
            "place of employment",
        ),
        why="The place of work must be given in writing (Enforcement Regulation art. 5).",
        question="Could you tell me where I would work, and how remote work fits in?",
        follow_up="So to confirm, my place of work will be the office you mentioned?",
        topic="place",
    ),
    LetterItem(
        key="duties",
        label_en="Duties",
        label_ja="業務内容",
        required_by="law",
        keywords=(
            "業務内容",
            "業務の内容",
            "従事すべき業務",
            "職務内容",
            "仕事内容",
            "duties",
            "job description",
            "responsibilities",
            "position",
            "job title",
        ),
        why="The work you will do must be given in writing (Enforcement Regulation art. 5).",
        question="Could you describe the work I would be doing in my first year?",
        follow_up="So to confirm, my duties will be the role we discussed in the interviews?",
        topic="place",
    ),
    LetterItem(
        key="change_scope",
        label_en="Scope of possible changes to place and duties",
        label_ja="変更の範囲",
        required_by="law",
        keywords=(
            "変更の範囲",
            "変更範囲",
            "scope of change",
            "scope of possible change",
            "range of change",
            "scope of any change",
            "may be changed to",
        ),
        why=(
            "Since April 2024 the letter must also state how far the place of work and the duties"
            " may change later (Enforcement Regulation art. 5)."
        ),
        question=(
            "Could you tell me how far my place of work and my duties could change in the"
            " future, for example through transfers?"
        ),
        follow_up=(
            "So to confirm, any change would stay within the scope you described, and that scope"
            " will be written in the letter?"
        ),
        topic="place",
    ),
    LetterItem(
        key="working_hours",
        label_en="Start and end times",
        label_ja="始業・終業時刻",
        required_by="law",
        keywords=(
            "始業",
            "終業",
            "就業時間",
            "勤務時間",
            "労働時間",
            "交替制",
            "working hours",
            "work hours",
            "hours of work",
            "start time",
            "core time",
            "flextime",
            "flex time",
            "shift",
        ),
        why=(
            "Start and end times, or the shift or flextime rules, must be given in writing"
            " (Enforcement Regulation art. 5)."
        ),
        question="Could you tell me the usual working hours and how flexible they are?",
        follow_up="So to confirm, the working hours are the ones you described?",
        topic="hours",
    ),
    LetterItem(
        key="overtime",
        label_en="Whether there is overtime",
        label_ja="所定時間外労働の有無",
        required_by="law",
        keywords=("所定時間外労働", "所定外労働", "時間外労働", "残業", "overtime", "extra hours"),
        why=(
            "Whether you may be asked to work beyond the scheduled hours must be given in writing"
            " (Enforcement Regulation art. 5)."
        ),
        question="Could you tell me how much overtime people in this team usually work?",
        follow_up="So to confirm, overtime is recorded and paid for every hour worked?",
        topic="hours",
    ),
    LetterItem(
        key="breaks",
        label_en="Breaks",
        label_ja="休憩時間",
        required_by="law",
        keywords=("休憩", "break", "rest period", "lunch"),
        why=(
            "Breaks must be given in writing; at least 45 minutes over 6 hours of work, an hour"
            " over 8 (Labor Standards Act art. 34)."
        ),
        question="Could you tell me how breaks are arranged during the day?",
        follow_up="So to confirm, the break is an hour and is free time?",
        topic="hours",
    ),
    LetterItem(
        key="days_off",
        label_en="Days off",
        label_ja="休日",
        required_by="law",
        keywords=("休日", "days off", "holidays", "rest day", "weekend"),
        why="Days off must be given in writing (Enforcement Regulation art. 5).",
        question="Could you tell me which days are days off and how many there are in a year?",
        follow_up="So to confirm, weekends and national holidays are days off?",
        topic="hours",
    ),
    LetterItem(
        key="leave",
        label_en="Leave",
        label_ja="休暇",
        required_by="law",
        keywords=(
            "休暇",
            "有給",
            "有休",
            "年休",
            "paid leave",
            "annual leave",
            "vacation",
            "paid holiday",
            "paid time off",
            "pto",
        ),
        why="Leave, including paid annual leave, must be given in writing (Enforcement Regulation"
        " art. 5).",
        question="Could you tell me how paid leave works in the first year?",
        follow_up="So to confirm, I get 10 days of paid leave after six months, or earlier?",
        topic="hours",
    ),
    LetterItem(
        key="wages",
        label_en="How pay is decided, calculated and paid",
        label_ja="賃金の決定・計算・支払方法",
        required_by="law",
        keywords=(
            "賃金",
            "給与",
            "基本給",
            "月給",
            "年俸",
            "給料",
            "salary",
            "base pay",
            "wage",
            "compensation",
            "remuneration",
        ),
        why=(
            "How pay is decided, calculated and paid must be given in writing (Enforcement"
            " Regulation art. 5)."
        ),
        question="Could you walk me through how the salary is made up, item by item?",
        follow_up="So to confirm, the monthly pay is the base pay plus the allowances you listed?",
        topic="pay",
    ),
    LetterItem(
        key="pay_dates",
        label_en="Pay closing date and payday",
        label_ja="賃金の締切日・支払日",
        required_by="law",
        keywords=(
            "締切日",
            "締め日",
            "締切",
            "支払日",
            "支払い日",
            "給料日",
            "payday",
            "pay day",
            "pay date",
            "closing date",
            "cut-off",
            "cutoff",
            "paid on the",
            "pay period",
        ),
        why=(
            "The closing date and payday must be given in writing; pay comes at least monthly on"
            " a set day (Labor Standards Act art. 24)."
        ),
        question="Could you tell me the closing date and the payday, and when my first pay comes?",
        follow_up=(
            "So to confirm, my first salary will be paid on the date you mentioned, overtime"
            " included?"
        ),
        topic="pay",
    ),
    LetterItem(
        key="leaving",
        label_en="Leaving, including grounds for dismissal",
        label_ja="退職に関する事項(解雇の事由を含む)",
        required_by="law",
        keywords=(
            "退職",
            "解雇",
            "定年",
            "resignation",
            "resign",
            "dismissal",
            "termination",
            "notice period",
            "retirement age",
        ),
        why=(
            "How the job ends, including the grounds for dismissal, must be given in writing"
            " (Enforcement Regulation art. 5)."
        ),
        question=(
            "Could you tell me how much notice I would need to give, and where the grounds for"
            " dismissal are set out?"
        ),
        follow_up=(
            "So to confirm, the notice period is the one you stated and the grounds are in the"
            " work rules?"
        ),
        topic="leaving",
    ),
    # --- Not required in writing, but worth having ---------------------------------
    LetterItem(
        key="probation",
        label_en="Probation period",
        label_ja="試用期間",
        required_by="guide",
        keywords=("試用期間", "試用", "probation", "trial period"),
        why="Probation often changes pay or conditions for months, so its terms are worth having.",
        question=(
            "Could you tell me how long the probation period is and whether anything differs"
            " during it?"
        ),
        follow_up="So to confirm, pay and conditions are the same during probation?",
        topic="contract",
    ),
    LetterItem(
        key="bonus",
        label_en="Bonus",
        label_ja="賞与",
        required_by="guide",
        keywords=("賞与", "ボーナス", "bonus"),
        why=(
            "Bonus terms need not be in writing (Enforcement Regulation art. 5), so an unwritten"
            " bonus is easy to reduce."
        ),
        question=(
            "Could you tell me how the bonus is decided and what it has been in recent years?"
        ),
        follow_up="So to confirm, a typical bonus has been about the figure you mentioned?",
        topic="pay",
    ),
    LetterItem(
        key="raises",
        label_en="Pay raises",
        label_ja="昇給",
        required_by="guide",
        keywords=("昇給", "給与改定", "賃金改定", "raise", "salary review", "pay review"),
        why="Raises must be explained but need not be in writing (Enforcement Regulation art. 5).",
        question="Could you tell me how and when pay is reviewed?",
        follow_up="So to confirm, pay is reviewed once a year in the month you mentioned?",
        topic="pay",
    ),
    LetterItem(
        key="remote",
        label_en="Remote work",
        label_ja="リモートワーク・在宅勤務",
        required_by="guide",
        keywords=(
            "リモート",
            "在宅勤務",
            "在宅",
            "テレワーク",
            "remote",
            "work from home",
            "working from home",
            "wfh",
            "hybrid",
            "telework",
        ),
        why="Remote-work policies often sit in rules that can change, so writing it down helps.",
        question="Could you tell me how remote work is arranged for this team?",
        follow_up="So to confirm, I can work from home on the days you mentioned?",
        topic="benefits",
    ),
    LetterItem(
        key="social_insurance",
        label_en="Social insurance",
        label_ja="社会保険",
        required_by="guide",
        keywords=(
            "社会保険",
            "社保",
            "健康保険",
            "厚生年金",
            "雇用保険",
            "労災保険",
            "social insurance",
            "health insurance",
            "pension",
            "employment insurance",
        ),
        why="Enrolment in health, pension and employment insurance is worth seeing in writing.",
        question="Could you confirm which insurance schemes I would be enrolled in from day one?",
        follow_up="So to confirm, I am enrolled in health, pension and employment insurance?",
        topic="benefits",
    ),
    LetterItem(
        key="benefits",
        label_en="Allowances and benefits",
        label_ja="福利厚生・手当",
        required_by="guide",
        keywords=(
            "福利厚生",
            "通勤手当",
            "交通費",
            "住宅手当",
            "家賃補助",
            "退職金",
            "benefits",
            "commut",
            "transportation",
            "housing",
            "retirement allowance",
        ),
        why="Allowances and benefits can add a lot to pay, so the written list is worth having.",
        question="Could you tell me which allowances and benefits apply to this position?",
        follow_up="So to confirm, the commuting costs are covered in full?",
        topic="benefits",
    ),
)

# Keyword hits that are really part of a different word: 退職 inside 退職金 is a
# benefit, not the rules on leaving.
_IGNORED_COMPOUNDS: dict[str, tuple[str, ...]] = {
    "退職": ("退職金", "退職手当"),
}


def _normalize(text: str) -> str:
    # NFKC folds full-width letters, digits and punctuation (and half-width kana).
    return unicodedata.normalize("NFKC", text).lower()


def _is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)


def _find_keyword(text: str, keyword: str) -> int | None:
    """Where ``keyword`` first occurs in normalised ``text``, or ``None``.

    English keywords must start at a word boundary ("raise" does not match
    "praise") but may continue ("renew" matches "renewal").
    """
    needle = _normalize(keyword)
    if _is_ascii(needle):
        match = re.search(r"(?<![a-z0-9])" + re.escape(needle), text)
        return None if match is None else match.start()
    ignored = _IGNORED_COMPOUNDS.get(needle, ())
    start = text.find(needle)
    while start != -1:
        if not any(text.startswith(compound, start) for compound in ignored):
            return start
        start = text.find(needle, start + 1)
    return None


def _excerpt(text: str, start: int, length: int) -> str:
    before = max(0, start - 15)
    after = min(len(text), start + length + 25)
    snippet = " ".join(text[before:after].split())
    return ("…" if before else "") + snippet + ("…" if after < len(text) else "")


# --- Fixed-term detection --------------------------------------------------------

_FIXED_TERM_SIGNS_JA = (
    "有期",
    "契約社員",
    "期間の定めあり",
    "期間の定め有",
    "期間の定めがある",
    "嘱託",
)
_FIXED_TERM_SIGNS_EN = (
    "fixed-term",
    "fixed term",
    "fixed-period",
    "temporary contract",
    "contract employee",
)
# "not a fixed-term contract" and "non-fixed-term" say the opposite.
_NEGATION_BEFORE = re.compile(r"(?:not a |not |non-|non |no )$")

_DATE = (
    r"(?:\d{4}\s*[年/.\-]\s*\d{1,2}\s*[月/.\-]\s*\d{1,2}\s*日?"
    r"|(?:令和|平成)\s*\d{1,2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4})"
)
_PERIOD_LABEL = (
    r"(?:契約期間|雇用期間|労働契約の期間|contract period|contract term"
    r"|term of (?:the )?contract|period of employment|employment period|term of employment)"
)
# A contract period running from one date to another, on one line.
_DATE_RANGE = re.compile(
    _PERIOD_LABEL + r"[^\n]{0,40}?" + _DATE + r"\s*(?:~|〜|-|–|—|から|to|until|through)\s*" + _DATE
)


def looks_fixed_term(text: str) -> str | None:
    """Evidence that the contract is fixed-term, or ``None`` if nothing suggests it.

    Looks for words such as 有期, 契約社員 or "fixed-term", and for a contract
    period given as a date range. Returns the words found so the screen can say
    why it thinks so.
    """
    normalized = _normalize(text)
    match = _DATE_RANGE.search(normalized)
    if match:
        return " ".join(match.group(0).split())
    for sign in _FIXED_TERM_SIGNS_JA:
        if sign in normalized:
            return sign
    for sign in _FIXED_TERM_SIGNS_EN:
        for found in re.finditer(re.escape(sign), normalized):
            if not _NEGATION_BEFORE.search(normalized[max(0, found.start() - 8) : found.start()]):
                return sign
    return None


# --- Fixed overtime detection ----------------------------------------------------

_HOURS = r"(\d+(?:\.\d+)?)"
_FIXED_OVERTIME_WORDS_JA = ("固定残業", "みなし残業", "定額残業", "固定時間外", "見込み残業")
_FIXED_OVERTIME_WORDS_EN = ("fixed overtime", "fixed-overtime", "deemed overtime", "minashi")
# "45時間分" / "45時間相当" next to words about overtime: the usual way the hours
# of fixed overtime are written, even when the words 固定残業 are avoided.
_JA_HOURS_WORTH = re.compile(_HOURS + r"\s*時間(?:分|相当)")
_JA_OVERTIME_CONTEXT = ("残業", "時間外", "割増")
# "みなし残業 45時間", "固定残業代:月30時間".
_JA_AFTER_KEYWORD = re.compile(
    r"(?:" + "|".join(_FIXED_OVERTIME_WORDS_JA) + r")[^\n\d]{0,20}?" + _HOURS + r"\s*時間"
)
# "45 hours of fixed overtime", "fixed overtime (30h)", "includes 20 hours of overtime".
_EN_HOURS = re.compile(_HOURS + r"\s*(?:hours?|hrs?|h)\b")
_EN_FIXED_CONTEXT = ("fixed", "deemed", "includ", "minashi", "in advance", "prepaid", "flat")


def find_fixed_overtime_hours(text: str) -> float | None:
    """The hours of fixed overtime a letter mentions, or ``None`` if it mentions none.

    If several figures are found the largest is returned: it is the one that
    matters for the checks on the pay model.
    """
    normalized = _normalize(text)
    hours: list[float] = []
    for match in _JA_HOURS_WORTH.finditer(normalized):
        window = normalized[max(0, match.start() - 40) : match.end() + 40]
        if any(word in window for word in _JA_OVERTIME_CONTEXT):
            hours.append(float(match.group(1)))
    hours.extend(float(m.group(1)) for m in _JA_AFTER_KEYWORD.finditer(normalized))
    for match in _EN_HOURS.finditer(normalized):
        window = normalized[max(0, match.start() - 60) : match.end() + 60]
        if "overtime" in window and any(word in window for word in _EN_FIXED_CONTEXT):
            hours.append(float(match.group(1)))
    hours = [h for h in hours if h > 0]
    return max(hours) if hours else None


def _mentions_fixed_overtime(normalized: str) -> bool:
    return any(word in normalized for word in _FIXED_OVERTIME_WORDS_JA) or any(
        word in normalized for word in _FIXED_OVERTIME_WORDS_EN
    )


# --- The check ---------------------------------------------------------------------


@dataclass(frozen=True)
class ItemResult:
    """How one :class:`LetterItem` fared in a letter.

    ``found`` tells whether a keyword was seen, ``matched`` which one (as listed
    in the item), ``excerpt`` a short piece of the letter around it, and
    ``required`` whether this letter must contain the item (law items always,
    fixed-term items only for a fixed-term contract).
    """

    item: LetterItem
    found: bool
    required: bool
    matched: str | None = None
    excerpt: str | None = None

    @property
    def status(self) -> ItemStatus:
        """``found``; ``missing`` (required, not found); ``optional`` (a guide item
        not found); or ``not_applicable`` (a fixed-term item in an open-ended letter)."""
        if self.found:
            return "found"
        if self.required:
            return "missing"
        if self.item.required_by == "law-fixed-term":
            return "not_applicable"
        return "optional"


@dataclass(frozen=True)
class LetterCheck:
    """The result of :func:`check_letter`.

    - ``items``: one :class:`ItemResult` per :data:`LETTER_ITEMS` entry, in order.
    - ``fixed_term`` / ``fixed_term_evidence``: whether the contract looks
      fixed-term, and the words that suggest it.
    - ``fixed_overtime_hours``: hours of fixed overtime mentioned, if any, to feed
      ``PayModel.fixed_overtime_hours``.
    - ``fixed_overtime_mentioned``: fixed overtime is mentioned at all (with or
      without hours).
    - ``glossary_terms``: glossary terms appearing in the letter.
    """

    items: tuple[ItemResult, ...]
    fixed_term: bool
    fixed_term_evidence: str | None
    fixed_overtime_hours: float | None
    fixed_overtime_mentioned: bool
    glossary_terms: tuple[str, ...]

    @property
    def missing(self) -> tuple[ItemResult, ...]:
        """Items this letter must contain but apparently does not."""
        return tuple(result for result in self.items if result.status == "missing")

    @property
    def missing_optional(self) -> tuple[ItemResult, ...]:
        """Guide items not found: worth asking about, not required in writing."""
        return tuple(result for result in self.items if result.status == "optional")

    @property
    def found(self) -> tuple[ItemResult, ...]:
        """Items found in the letter."""
        return tuple(result for result in self.items if result.found)

    @property
    def missing_keys(self) -> frozenset[str]:
        """Keys of :attr:`missing`, handy for lookups."""
        return frozenset(result.item.key for result in self.missing)

    @property
    def complete(self) -> bool:
        """Whether every required item was found."""
        return not self.missing

    def result(self, key: str) -> ItemResult:
        """The result for the item with this key (``KeyError`` if there is none)."""
        for result in self.items:
            if result.item.key == key:
                return result
        raise KeyError(key)


def check_letter(text: str) -> LetterCheck:
    """Check a pasted offer letter or 労働条件通知書 for the items it should state.

    Text is NFKC-normalised and lower-cased first, so full-width and half-width
    forms and English capitalisation do not matter.
    """
    nfkc = unicodedata.normalize("NFKC", text)
    normalized = nfkc.lower()
    # Excerpts keep the letter's capitals when lower-casing kept positions intact.
    shown = nfkc if len(nfkc) == len(normalized) else normalized
    evidence = looks_fixed_term(text)
    fixed_term = evidence is not None
    results: list[ItemResult] = []
    for item in LETTER_ITEMS:
        required = item.required_by == "law" or (
            item.required_by == "law-fixed-term" and fixed_term
        )
        hit: tuple[str, int] | None = None
        for keyword in item.keywords:
            position = _find_keyword(normalized, keyword)
            if position is not None:
                hit = (keyword, position)
                break
        if hit is None:
            results.append(ItemResult(item=item, found=False, required=required))
        else:
            keyword, position = hit
            results.append(
                ItemResult(
                    item=item,
                    found=True,
                    required=required,
                    matched=keyword,
                    excerpt=_excerpt(shown, position, len(_normalize(keyword))),
                )
            )
    hours = find_fixed_overtime_hours(text)
    return LetterCheck(
        items=tuple(results),
        fixed_term=fixed_term,
        fixed_term_evidence=evidence,
        fixed_overtime_hours=hours,
        fixed_overtime_mentioned=hours is not None or _mentions_fixed_overtime(normalized),
        glossary_terms=tuple(term.term for term in terms_in_text(text)),
    )


# The letter check groups its items by what the law lists; the question bank groups
# by what a candidate asks about. Where the names differ, this says where a missing
# item's question belongs.
_QUESTION_TOPICS = {"pay": "compensation", "place": "hours", "leaving": "contract"}


def question_topic(item: LetterItem) -> str:
    """The question-bank topic for a question made from `item`."""
    return _QUESTION_TOPICS.get(item.topic, item.topic)
