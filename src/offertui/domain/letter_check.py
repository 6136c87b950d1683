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

import re
from dataclasses import dataclass
from typing import Literal

from offertui.domain.letter_items import ITEM_KEYS, LetterItem, RequiredBy, Topic, letter_items
from offertui.domain.letter_overtime import FixedOvertime, find_fixed_overtime
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

ItemStatus = Literal["found", "missing", "optional", "not_applicable"]

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


def _follows(
    letter: LetterText, line: Line, after: int, patterns: tuple[re.Pattern[str], ...]
) -> bool:
    """Whether one of `patterns` follows the word that named an item, on its line or the
    two lines after (numbering stripped: "Article 1" is not an amount)."""
    texts = [line.text[after:]]
    following = letter.lines[line.index + 1 : line.index + 3]
    texts += [strip_numbering(other.text) for other in following]
    return any(pattern.search(text) for pattern in patterns for text in texts)


def _satisfied(letter: LetterText, line: Line, after: int, entry: LetterItem) -> bool:
    """Whether what an item needs (a time, an amount) follows the word that named it."""
    return not entry.requires or _follows(letter, line, after, entry.requires)


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
        for start, end, after in sorted(candidates):
            if _satisfied(letter, line, after, entry):
                return Hit(line, line.start + start, line.start + end)
    return None


# --- the result --------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemResult:
    """How one item fared: found or not, whether this letter must state it, and the
    letter's own words around where it was found (``excerpt``, verbatim)."""

    item: LetterItem
    found: bool
    required: bool
    excerpt: str | None = None

    @property
    def status(self) -> ItemStatus:
        """``found``; ``missing`` (required, not found); ``optional`` (worth having, not
        found); or ``not_applicable`` (required only of other contracts, not found)."""
        if self.found:
            return "found"
        if self.required:
            return "missing"
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
        """Items this letter must state but apparently does not."""
        return tuple(r for r in self.items if r.status == "missing")

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
                }
                for r in self.items
            ],
            "missing": [r.item.key for r in self.missing],
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


# 退職に関する事項 includes the grounds for dismissal (施行規則5条1項4号): a resignation notice
# alone does not state the item, a dismissal clause or the rules' article on it does.
_DISMISSAL = re.compile(
    r"解雇|dismiss|terminat|退職に関する事項|雇用の終了|契約の解除|契約を解除"
    r"|(?:就業規則|work rules)[^。\n]{0,24}(?:第\s*\d+\s*条|article\s*\d+)"
    r"|article\s*\d+\s*(?:of (?:the|our) )?work rules|end (?:the|your) (?:contract|employment)"
)


def _states_dismissal(letter: LetterText) -> bool:
    return any(
        _DISMISSAL.search(line.text)
        for line in letter.lines
        if not (line.template or line.deferred or line.aside)
    )


def check_letter(text: str) -> LetterCheck:
    """Check an offer letter or 労働条件通知書 for the items it should state."""
    from offertui.domain.glossary import terms_in_text

    letter = LetterText(text)
    contract = contract_kind(letter)
    place_scope, duty_scope = scope_hits(letter)
    results = []
    for entry in letter_items():
        if entry.key == "change_scope_workplace":
            hit = place_scope
        elif entry.key == "change_scope_duties":
            hit = duty_scope
        else:
            hit = _find(letter, entry)
            if entry.key == "leaving" and hit is not None and not _states_dismissal(letter):
                hit = None
        results.append(
            ItemResult(
                item=entry,
                found=hit is not None,
                required=_required(entry, contract),
                excerpt=None if hit is None else letter.excerpt(hit.line, hit.start, hit.end),
            )
        )
    return LetterCheck(
        items=tuple(results),
        contract=contract,
        fixed_overtime=find_fixed_overtime(letter),
        glossary_terms=tuple(term.term for term in terms_in_text(text)),
    )


def question_topic(entry: LetterItem) -> str:
    """The question-bank topic for a question made from `entry`."""
    from offertui.domain.questions import letter_question_topic

    return letter_question_topic(entry)
