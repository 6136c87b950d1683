"""The hand-labelled corpus of offer letters in `tests/letters/`, and how a check is scored on it.

Each letter is a text file; `labels.toml` says which item keys a careful reader finds
stated in it, whether the contract is fixed-term, and any fixed overtime. What the law
requires of a letter is worked out here from those labels, independently of the check,
so that the score measures the check against the law rather than against itself.

The score is about the warnings a user sees: an item reported missing is a true
positive when the law requires it of that letter and the letter does not state it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

LETTERS_DIR = Path(__file__).parent / "letters"

# Required in writing of every contract (労働基準法15条1項, 施行規則5条1項1号〜4号, 5条4項).
ALWAYS = frozenset(
    {
        "contract_period",
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
    }
)
# Required in writing of fixed-term and part-time workers (パート・有期雇用労働法6条1項,
# 同施行規則2条1項: 昇給・退職手当・賞与の有無, 相談窓口).
FIXED_OR_PART = frozenset({"raises", "bonus", "retirement_allowance", "consultation_desk"})


@dataclass(frozen=True)
class Letter:
    """One labelled letter of the corpus."""

    name: str
    text: str
    split: str
    kinds: tuple[str, ...]
    fixed_term: bool
    part_time: bool
    renewable: bool
    conversion_arises: bool
    present: frozenset[str]
    fixed_overtime: tuple[float, int | None] | None

    @property
    def required(self) -> frozenset[str]:
        """The keys the law requires this letter to state in writing."""
        keys = set(ALWAYS)
        if self.fixed_term:
            keys.add("renewal")
            if self.renewable:
                keys.add("renewal_cap")
        if self.conversion_arises:
            keys.add("conversion")
        if self.fixed_term or self.part_time:
            keys |= FIXED_OR_PART
        return frozenset(keys)

    @property
    def missing(self) -> frozenset[str]:
        """The keys a correct check warns about: required and not stated."""
        return self.required - self.present


def load_corpus(split: str | None = None) -> list[Letter]:
    """Every letter of the corpus, or those of one split ("dev" or "held-out")."""
    labels = tomllib.loads((LETTERS_DIR / "labels.toml").read_text(encoding="utf-8"))
    letters = []
    for name, label in labels.items():
        overtime = label.get("fixed_overtime")
        letters.append(
            Letter(
                name=name,
                text=(LETTERS_DIR / f"{name}.txt").read_text(encoding="utf-8"),
                split=label["split"],
                kinds=tuple(label.get("kinds", ())),
                fixed_term=label["fixed_term"],
                part_time=label.get("part_time", False),
                renewable=label.get("renewable", True),
                conversion_arises=label.get("conversion_arises", False),
                present=frozenset(label["present"]),
                fixed_overtime=(
                    None if overtime is None else (overtime["hours"], overtime.get("amount"))
                ),
            )
        )
    return [letter for letter in letters if split is None or letter.split == split]


@dataclass(frozen=True)
class Prediction:
    """What a check says of one letter."""

    missing: frozenset[str]
    found: frozenset[str]
    fixed_term: bool
    fixed_overtime_hours: float | None
    fixed_overtime_amount: int | None = None


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        due = self.true_positive + self.false_negative
        return self.true_positive / due if due else 1.0


@dataclass
class Score:
    """Precision and recall of the missing warnings, overall and per item, and the rest."""

    overall: Tally = field(default_factory=Tally)
    per_item: dict[str, Tally] = field(default_factory=dict)
    # Found/not found against the labels, for every item (law or not).
    presence_right: int = 0
    presence_total: int = 0
    fixed_term_right: int = 0
    overtime_right: int = 0
    letters: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def presence_accuracy(self) -> float:
        return self.presence_right / self.presence_total if self.presence_total else 1.0


def score(
    check: Callable[[str], Prediction], letters: Iterable[Letter], keys: Iterable[str]
) -> Score:
    """Run `check` on every letter and count its warnings against the labels."""
    result = Score()
    all_keys = tuple(keys)
    for letter in letters:
        result.letters += 1
        predicted = check(letter.text)
        truth = letter.missing
        for key in truth | predicted.missing:
            tally = result.per_item.setdefault(key, Tally())
            hit = key in truth and key in predicted.missing
            for counter in (tally, result.overall):
                if hit:
                    counter.true_positive += 1
                elif key in predicted.missing:
                    counter.false_positive += 1
                else:
                    counter.false_negative += 1
            if not hit:
                if key in predicted.missing:
                    side = "warned, but stated or not required"
                else:
                    side = "not warned"
                result.errors.append(f"{letter.name}: {key}: {side}")
        for key in all_keys:
            result.presence_total += 1
            if (key in predicted.found) == (key in letter.present):
                result.presence_right += 1
        if predicted.fixed_term == letter.fixed_term:
            result.fixed_term_right += 1
        else:
            result.errors.append(f"{letter.name}: fixed_term should be {letter.fixed_term}")
        expected = (None, None) if letter.fixed_overtime is None else letter.fixed_overtime
        if (predicted.fixed_overtime_hours, predicted.fixed_overtime_amount) == expected:
            result.overtime_right += 1
        else:
            result.errors.append(
                f"{letter.name}: fixed overtime {predicted.fixed_overtime_hours} h"
                f" {predicted.fixed_overtime_amount} yen,"
                f" should be {expected[0]} h {expected[1]} yen"
            )
    return result


def predict(text: str) -> Prediction:
    """What offertui's letter check says of `text`, in the form :func:`score` counts."""
    from offertui.domain.letter_check import check_letter

    result = check_letter(text)
    overtime = result.fixed_overtime
    return Prediction(
        missing=result.missing_keys,
        found=frozenset(r.item.key for r in result.found),
        fixed_term=result.fixed_term,
        fixed_overtime_hours=result.fixed_overtime_hours,
        fixed_overtime_amount=None if overtime is None else overtime.amount,
    )
