"""Checking an offer letter or 労働条件通知書 for the items the law requires it to state.

The Labor Standards Act (art. 15) and its Enforcement Regulation (art. 5) list the
working conditions an employer must give in writing; April 2024 added how far the place
of work and the duties may change, and for fixed-term contracts the renewal cap and,
at the renewal where it arises, the right to convert to an open-ended contract. The
Part-Time and Fixed-Term Workers Act (art. 6) adds, for those workers, whether there are
raises, a bonus and a retirement allowance, and whom to consult. The items, the words
letters use for them and their articles are data (`letter_items.toml`).

The check reads the letter line by line: a heading ("勤務地：", "Location:") or a phrase
names an item; a line that puts its terms off until later, or an unfilled row of a form,
does not count. It tells the user where to look and what to ask, not whether the letter
is lawful. It also reports fixed overtime however it is worded, for the pay checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from offertui.domain.letter_items import ITEM_KEYS, LetterItem, RequiredBy, Topic, letter_items
from offertui.domain.letter_mentions import mention
from offertui.domain.letter_overtime import FixedOvertime, find_fixed_overtime
from offertui.domain.letter_rules import bare_rules_reference, states_dismissal
from offertui.domain.letter_scope import Hit, scope_hits
from offertui.domain.letter_terms import ContractKind, contract_kind
from offertui.domain.letter_text import (
    LetterText,
    Line,
    find_word,
    sentence_at,
    strip_numbering,
)

__all__ = [
    "ITEM_KEYS",
    "ItemResult",
    "ItemStatus",
    "LetterCheck",
    "LetterItem",
    "RequiredBy",
    "Topic",
    "check_letter",
    "question_topic",
]

ItemStatus = Literal["found", "missing", "unconfirmed", "optional", "not_applicable"]

# --- finding an item ---------------------------------------------------------------------


def _excluded(text: str, position: int, excludes: tuple[str, ...]) -> bool:
    for longer in excludes:
        at = text.find(longer, max(0, position - len(longer)))
        while at != -1 and at <= position:
            if at <= position < at + len(longer):
                return True
            at = text.find(longer, at + 1)
    return False


def _said_of_else(text: str, position: int, not_with: tuple[str, ...]) -> bool:
    """Whether the sentence around `position` names something that makes the phrase
    there about another matter (退職 beside 現職)."""
    sentence = sentence_at(text, position) if not_with else ""
    return any(word in sentence for word in not_with)


def _about_else(text: str, position: int, entry: LetterItem) -> bool:
    """Whether what matched at `position` follows, in its sentence, words on another
    matter and none of the item's own ("休憩時間は…正午から午後1時まで": the break's time is
    no start or end time; "8:45～17:30（うち休憩 12:00～13:00）" still states them)."""
    if not entry.requires_not_with:
        return False
    start = max(text.rfind("。", 0, position), text.rfind(". ", 0, position)) + 1
    before = text[start:position]
    return any(word in before for word in entry.requires_not_with) and not any(
        find_word(before, word) != -1 for word in entry.keywords
    )


def _follows(letter: LetterText, line: Line, after: int, entry: LetterItem) -> bool:
    """Whether what the item requires follows the word that named it, on its line or the
    two lines after (numbering stripped: "Article 1" is not an amount), leaving out lines
    that put their terms off or are blank rows of a form."""
    texts = [(line.text, after)]
    following = letter.lines[line.index + 1 : line.index + 3]
    texts += [
        (strip_numbering(other.text), 0)
        for other in following
        if not (other.template or other.deferred)
    ]
    return any(
        not _about_else(text, found.start(), entry)
        for pattern in entry.requires
        for text, start in texts
        for found in pattern.finditer(text, start)
    )


def _satisfied(letter: LetterText, line: Line, after: int, entry: LetterItem) -> bool:
    """Whether what an item needs (a time, an amount) follows the word that named it."""
    return not entry.requires or _follows(letter, line, after, entry)


def _body_put_off(letter: LetterText, line: Line, end: int) -> bool:
    """Whether a heading standing alone on its line ("第4条（職務）") heads a body that puts
    its terms off ("担当業務は、入社時に甲が決定し、乙に通知する") or is a form's blank row
    ("１　契約の更新の有無" over "□自動的に更新する　□更新する場合があり得る…"): it then
    states nothing."""
    if line.heading and line.text.find(line.heading) != -1:
        end = max(end, line.text.find(line.heading) + len(line.heading))
    if line.text[end:].strip(" )]】:："):
        return False
    for other in letter.lines[line.index + 1 : line.index + 3]:
        if other.text.strip():
            return other.deferred or other.template
    return False


def _find(letter: LetterText, entry: LetterItem) -> Hit | None:
    for line in letter.lines:
        if line.template or line.deferred:
            continue
        if line.aside:
            continue  # 現職を退職 in the grounds to withdraw the offer is no leaving term
        candidates: list[tuple[int, int, int]] = []
        # (start, end, where what the item requires may begin): after a heading, but a
        # phrase ("期間の定めなし", "on the 25th") may satisfy it itself.
        named = line.heading_word(entry.headings)
        if named is not None and not _excluded(line.text, named[1], entry.excludes):
            end = named[1] + len(named[0])
            candidates.append((named[1], end, end))
        weak = line.heading_word(entry.weak_headings)
        if weak is not None:
            end = weak[1] + len(weak[0])
            if any(pattern.search(line.text, end) for pattern in entry.weak_requires):
                candidates.append((weak[1], end, end))
        for phrase in entry.phrases:
            at = find_word(line.text, phrase)
            while at != -1:
                if not _excluded(line.text, at, entry.excludes) and not _said_of_else(
                    line.text, at, entry.not_with
                ):
                    candidates.append((at, at + len(phrase), at))
                    break
                at = find_word(line.text, phrase, at + 1)
        for pattern in entry.sentences:
            said = pattern.search(line.text)
            if said is not None and not _excluded(line.text, said.start(), entry.excludes):
                candidates.append((said.start(), said.end(), said.start()))
        for start, end, after in sorted(candidates):
            if _body_put_off(letter, line, end):
                continue
            if bare_rules_reference(letter, line, end):
                continue
            if _satisfied(letter, line, after, entry):
                return Hit(line, line.start + start, line.start + end)
    return None


# --- the result --------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemResult:
    """How one item fared: found or not, whether this letter must state it, the
    letter's own words around where it was found (``excerpt``, verbatim), and, when it
    was not found, where the letter speaks of its topic all the same (``mention``)."""

    item: LetterItem
    found: bool
    required: bool
    excerpt: str | None = None
    mention: str | None = None

    @property
    def status(self) -> ItemStatus:
        """``found``; ``missing`` (required, not found, no sign of it in the letter);
        ``unconfirmed`` (required, not found, but the letter speaks of its topic where
        the check could not read it); ``optional`` (worth having, not found); or
        ``not_applicable`` (required only of other contracts, not found)."""
        if self.found:
            return "found"
        if self.required:
            return "unconfirmed" if self.mention else "missing"
        if self.item.required_by == "guide":
            return "optional"
        return "not_applicable"


@dataclass(frozen=True)
class LetterCheck:
    """The result of :func:`check_letter`: one :class:`ItemResult` per item, in
    :data:`ITEM_KEYS` order, what kind of contract it is, and any fixed overtime."""

    items: tuple[ItemResult, ...]
    contract: ContractKind
    fixed_overtime: FixedOvertime | None
    glossary_terms: tuple[str, ...]

    @property
    def fixed_term(self) -> bool:
        return self.contract.fixed_term

    @property
    def fixed_term_evidence(self) -> str | None:
        return self.contract.evidence

    @property
    def fixed_overtime_hours(self) -> float | None:
        return None if self.fixed_overtime is None else self.fixed_overtime.hours

    @property
    def fixed_overtime_mentioned(self) -> bool:
        return self.fixed_overtime is not None

    @property
    def missing(self) -> tuple[ItemResult, ...]:
        """Items this letter must state but apparently does not, whether plainly
        missing or only unconfirmed."""
        return tuple(r for r in self.items if r.required and not r.found)

    @property
    def unconfirmed(self) -> tuple[ItemResult, ...]:
        """The missing items whose topic the letter speaks of where the check could not
        read them: to look for in the letter before asking."""
        return tuple(r for r in self.items if r.status == "unconfirmed")

    @property
    def missing_optional(self) -> tuple[ItemResult, ...]:
        """Items worth having that were not found."""
        return tuple(r for r in self.items if r.status == "optional")

    @property
    def found(self) -> tuple[ItemResult, ...]:
        return tuple(r for r in self.items if r.found)

    @property
    def missing_keys(self) -> frozenset[str]:
        return frozenset(r.item.key for r in self.missing)

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

    def as_json(self) -> dict[str, object]:
        """The documented JSON form (see the README's `offertui letter --json`)."""
        overtime = self.fixed_overtime
        return {
            "fixed_term": self.fixed_term,
            "part_time": self.contract.part_time,
            "fixed_overtime": None
            if overtime is None
            else {"hours": overtime.hours, "amount": overtime.amount},
            "items": [
                {
                    "key": r.item.key,
                    "label": r.item.label_en,
                    "label_ja": r.item.label_ja,
                    "required": r.required,
                    "found": r.found,
                    "excerpt": r.excerpt,
                    "law": r.item.law or None,
                    "status": r.status,
                    "mention": r.mention,
                }
                for r in self.items
            ],
            "missing": [r.item.key for r in self.missing],
            "unconfirmed": [r.item.key for r in self.unconfirmed],
        }


def _required(entry: LetterItem, contract: ContractKind) -> bool:
    match entry.required_by:
        case "law":
            return True
        case "law-fixed-term":
            if entry.key == "renewal_cap" and contract.renewal_excluded:
                return False
            return contract.fixed_term
        case "law-conversion":
            return contract.conversion_arises
        case "law-fixed-or-part-time":
            return contract.fixed_term or contract.part_time
    return False


def _pays_overtime(fixed_overtime: FixedOvertime | None) -> bool:
    """Whether the letter's fixed overtime is stated with its hours or its amount."""
    return fixed_overtime is not None and (
        fixed_overtime.hours is not None or fixed_overtime.amount is not None
    )


def check_letter(text: str) -> LetterCheck:
    """Check an offer letter or 労働条件通知書 for the items it should state."""
    from offertui.domain.glossary import terms_in_text

    letter = LetterText(text)
    contract = contract_kind(letter)
    place_scope, duty_scope = scope_hits(letter)
    fixed_overtime = find_fixed_overtime(letter)
    results = []
    for entry in letter_items():
        if entry.key == "change_scope_workplace":
            hit = place_scope
        elif entry.key == "change_scope_duties":
            hit = duty_scope
        else:
            hit = _find(letter, entry)
            if entry.key == "leaving" and hit is not None and not states_dismissal(letter):
                hit = None
        excerpt = None if hit is None else letter.excerpt(hit.line, hit.start, hit.end)
        if entry.key == "overtime" and hit is None and _pays_overtime(fixed_overtime):
            # Fixed overtime "for 40 hours" is pay for work beyond the scheduled hours,
            # paid in advance: the letter says there is overtime (所定時間外労働 有).
            assert fixed_overtime is not None
            excerpt = fixed_overtime.excerpt
        required = _required(entry, contract)
        results.append(
            ItemResult(
                item=entry,
                found=excerpt is not None,
                required=required,
                excerpt=excerpt,
                mention=mention(letter, entry.key) if required and excerpt is None else None,
            )
        )
    return LetterCheck(
        items=tuple(results),
        contract=contract,
        fixed_overtime=fixed_overtime,
        glossary_terms=tuple(term.term for term in terms_in_text(text)),
    )


def question_topic(entry: LetterItem) -> str:
    """The question-bank topic for a question made from `entry`."""
    from offertui.domain.questions import letter_question_topic

    return letter_question_topic(entry)
