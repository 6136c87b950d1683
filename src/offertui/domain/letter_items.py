"""The items an offer letter should state, read from the package's `letter_items.toml`.

The file holds, for each item, its names in English and Japanese, whether and for whom
the law requires it in writing (and the article), the words letters use for it, and the
questions to ask when it is missing. It is data, not code, so that a reader can check it
against the law, and it is read once, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, get_args

__all__ = [
    "ITEM_KEYS",
    "LetterItem",
    "RequiredBy",
    "Topic",
    "item",
    "letter_items",
]

RequiredBy = Literal["law", "law-fixed-term", "law-conversion", "law-fixed-or-part-time", "guide"]
Topic = Literal["contract", "place", "hours", "pay", "leaving", "benefits"]

#: Every item key, in the order a letter usually runs (the JSON contract's order).
ITEM_KEYS: tuple[str, ...] = (
    "contract_period",
    "renewal",
    "renewal_cap",
    "conversion",
    "workplace",
    "duties",
    "change_scope_workplace",
    "change_scope_duties",
    "working_hours",
    "overtime",
    "breaks",
    "days_off",
    "leave",
    "wages",
    "pay_dates",
    "leaving",
    "probation",
    "bonus",
    "raises",
    "retirement_allowance",
    "remote",
    "social_insurance",
    "benefits",
    "consultation_desk",
)


@dataclass(frozen=True)
class LetterItem:
    """One thing an offer letter should state (see the data file for each field)."""

    key: str
    label_en: str
    label_ja: str
    required_by: RequiredBy
    law: str
    topic: Topic
    headings: tuple[str, ...]
    phrases: tuple[str, ...]
    excludes: tuple[str, ...]
    requires: tuple[re.Pattern[str], ...]
    weak_headings: tuple[str, ...]
    weak_requires: tuple[re.Pattern[str], ...]
    not_with: tuple[str, ...]
    requires_not_with: tuple[str, ...]
    why: str
    question: str
    follow_up: str
    question_ja: str
    follow_up_ja: str
    # Sentence forms that name the item with words of the letter's own between
    # ("join Acme K.K. as a …"): regular expressions matched like phrases.
    sentences: tuple[re.Pattern[str], ...] = ()

    @property
    def keywords(self) -> tuple[str, ...]:
        """Every word that names the item, headings first."""
        return self.headings + tuple(p for p in self.phrases if p not in self.headings)


_TEXT_FIELDS = (
    "label_en",
    "label_ja",
    "why",
    "question",
    "follow_up",
    "question_ja",
    "follow_up_ja",
)
_LIST_FIELDS = (
    "headings",
    "phrases",
    "excludes",
    "requires",
    "weak_headings",
    "weak_requires",
    "not_with",
    "requires_not_with",
    "sentences",
)


def _parse(raw: dict[str, object], index: int) -> LetterItem:
    def text(name: str) -> str:
        value = raw.get(name)
        if not isinstance(value, str):
            raise ValueError(f"letter item {index}: {name} must be a string")
        return value

    def words(name: str) -> tuple[str, ...]:
        value = raw.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"letter item {index}: {name} must be a list of strings")
        return tuple(value)

    required = text("required")
    if required not in get_args(RequiredBy):
        raise ValueError(f"letter item {index}: unknown requirement {required!r}")
    topic = text("topic")
    if topic not in get_args(Topic):
        raise ValueError(f"letter item {index}: unknown topic {topic!r}")
    for name in _TEXT_FIELDS:
        if not text(name).strip():
            raise ValueError(f"letter item {index}: {name} is empty")
    return LetterItem(
        key=text("key"),
        label_en=text("label_en"),
        label_ja=text("label_ja"),
        required_by=required,  # type: ignore[arg-type]  # checked against RequiredBy above
        law=text("law"),
        topic=topic,  # type: ignore[arg-type]  # checked against Topic above
        headings=tuple(w.lower() for w in words("headings")),
        phrases=tuple(w.lower() for w in words("phrases")),
        excludes=tuple(w.lower() for w in words("excludes")),
        requires=tuple(re.compile(p, re.IGNORECASE) for p in words("requires")),
        weak_headings=tuple(w.lower() for w in words("weak_headings")),
        weak_requires=tuple(re.compile(p, re.IGNORECASE) for p in words("weak_requires")),
        not_with=tuple(w.lower() for w in words("not_with")),
        requires_not_with=tuple(w.lower() for w in words("requires_not_with")),
        why=text("why"),
        question=text("question"),
        follow_up=text("follow_up"),
        question_ja=text("question_ja"),
        follow_up_ja=text("follow_up_ja"),
        sentences=tuple(re.compile(p, re.IGNORECASE) for p in words("sentences")),
    )


@cache
def letter_items() -> tuple[LetterItem, ...]:
    """The letter items, in :data:`ITEM_KEYS` order (read and checked on first call)."""
    import tomllib

    source = resources.files("offertui.domain").joinpath("letter_items.toml")
    data = tomllib.loads(source.read_text(encoding="utf-8"))
    raw_items = data.get("item")
    if not isinstance(raw_items, list):
        raise ValueError("letter_items.toml holds no [[item]] tables")
    items = [_parse(raw, index) for index, raw in enumerate(raw_items)]
    keys = [entry.key for entry in items]
    if sorted(keys) != sorted(ITEM_KEYS) or len(set(keys)) != len(keys):
        raise ValueError(f"letter_items.toml must define exactly the keys {ITEM_KEYS}")
    by_key = {entry.key: entry for entry in items}
    return tuple(by_key[key] for key in ITEM_KEYS)


def item(key: str) -> LetterItem:
    """The letter item with this key (``KeyError`` if there is none)."""
    for entry in letter_items():
        if entry.key == key:
            return entry
    raise KeyError(key)
