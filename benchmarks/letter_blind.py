"""The letter check on letters written and labelled by hand from the law alone, without
looking at how the check works, in three sets kept apart so the figures stay honest:

- tuning:   the odd-numbered letters of tests/letters_blind, which the check may be
            improved against (their disagreements are printed);
- held-out: the even-numbered letters of tests/letters_blind, measured but never read
            while the check is changed (only their figures are printed);
- new:      tests/letters_new, labelled before the check was first run on them;
- fresh:    tests/letters_fresh, nineteen more written and labelled (and committed) before
            the check was run on them, then measured once before any change was made;
- fresh-2:  tests/letters_fresh2, eight more, committed before the check as changed after
            the fresh set was run on them;
- fresh-3:  tests/letters_fresh3, eighteen more written, labelled and committed the same
            way by a reader who had not seen the check's code or patterns;
- fresh-4:  tests/letters_fresh4, twenty more written, labelled and committed the same way
            by a reader who had not seen the check's code;
- fresh-5:  tests/letters_fresh5, twenty-four more written, labelled and committed the same
            way by a reader who had not seen the check's code;
- fresh-6:  tests/letters_fresh6, twenty-four more written, labelled and committed the same
            way by a reader who had not seen the check's code; measured, then read and
            fixed against, so a tuning set now;
- fresh-7:  tests/letters_fresh7, twenty more written, labelled and committed the same way
            by a reader who had not seen the check's code; a tuning set now, as fresh-6;
- fresh-8:  tests/letters_fresh8, twenty-four more written, labelled and committed the same
            way by a reader who had not seen the check's code, and measured once, as they came,
            before anything was changed for them; then read and fixed against, a tuning set now;
- fresh-9:  tests/letters_fresh9, twenty-four more written, labelled and committed the same
            way after fresh-6's and fresh-7's fixes, and measured as they came; a tuning set
            now, as fresh-8;
- fresh-10: tests/letters_fresh10, twenty-four more written, labelled and committed the same
            way while fresh-8's and fresh-9's fixes were made, and measured as they came, after
            those fixes; never read;
- fresh-12: tests/letters_fresh12, eighteen more, mostly English and bilingual, written,
            labelled and committed the same way after those fixes, and measured once, as
            they came; then read and fixed against, a tuning set now, as fresh-8;
- fresh-13: tests/letters_fresh13, twenty more, mostly English and bilingual, written,
            labelled and committed the same way while fresh-12's fixes were made, and
            measured as they came; never read.

Each letter goes through the real command, `offertui letter FILE --json`, and its answer
is compared with `labels.toml`:

- a warning is a key in `missing`; it is right when the label says the law requires the
  item of that letter and the letter does not state it;
- precision = right warnings / warnings; recall = right warnings / items that are
  required and absent;
- `missing` holds both kinds of warning: the plain ones, where the letter shows no sign
  of the item, and the `unconfirmed` ones, where it speaks of the topic in words the
  check could not read; the figures are printed for the plain ones alone ("missing
  alone") and for both together ("missing or unconfirmed", the figures of earlier
  rounds), so that nothing moved into "unconfirmed" is hidden;
- fixed_term, part_time and fixed_overtime (none, or its hours and amount) are right
  when they equal the label;
- items the law requires of neither reading are listed when the two disagree on whether
  the letter states them, but count for nothing.

    python benchmarks/letter_blind.py            # tuning disagreements, every set's figures
    python benchmarks/letter_blind.py --quiet    # the figures only
    python benchmarks/letter_blind.py --show new # the disagreements of another set
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent.parent / "tests"
LETTERS = TESTS / "letters_blind"
NEW_LETTERS = TESTS / "letters_new"
FRESH_LETTERS = TESTS / "letters_fresh"
FRESH2_LETTERS = TESTS / "letters_fresh2"
FRESH3_LETTERS = TESTS / "letters_fresh3"
FRESH4_LETTERS = TESTS / "letters_fresh4"
FRESH5_LETTERS = TESTS / "letters_fresh5"
FRESH6_LETTERS = TESTS / "letters_fresh6"
FRESH7_LETTERS = TESTS / "letters_fresh7"
FRESH8_LETTERS = TESTS / "letters_fresh8"
FRESH9_LETTERS = TESTS / "letters_fresh9"
FRESH10_LETTERS = TESTS / "letters_fresh10"
FRESH12_LETTERS = TESTS / "letters_fresh12"
FRESH13_LETTERS = TESTS / "letters_fresh13"
SETS = (
    "tuning",
    "held-out",
    "new",
    "fresh",
    "fresh-2",
    "fresh-3",
    "fresh-4",
    "fresh-5",
    "fresh-6",
    "fresh-7",
    "fresh-8",
    "fresh-9",
    "fresh-10",
    "fresh-12",
    "fresh-13",
)


@dataclass
class Label:
    """What a careful reader finds in one letter (one `[[letter]]` of labels.toml)."""

    file: str
    fixed_term: bool
    part_time: bool
    fixed_overtime: tuple[float | None, int | None] | None
    required: frozenset[str]
    found: dict[str, bool]

    @property
    def absent(self) -> frozenset[str]:
        """The items the law requires of this letter that it does not state."""
        return frozenset(key for key in self.required if not self.found[key])


@dataclass
class Answer:
    """What `offertui letter --json` says of the same letter."""

    fixed_term: bool
    part_time: bool
    fixed_overtime: tuple[float | None, int | None] | None
    missing: frozenset[str]
    required: frozenset[str]
    found: dict[str, bool]
    unconfirmed: frozenset[str] = frozenset()

    @property
    def plain(self) -> frozenset[str]:
        """The warnings that are not only unconfirmed."""
        return self.missing - self.unconfirmed


@dataclass
class Tally:
    """The running counts behind the figures."""

    warnings: int = 0
    right_warnings: int = 0
    plain_warnings: int = 0
    right_plain: int = 0
    absent: int = 0
    fixed_term_right: int = 0
    part_time_right: int = 0
    fixed_overtime_right: int = 0
    letters: int = 0
    lines: list[str] = field(default_factory=list)


def _overtime(value: Any) -> tuple[float | None, int | None] | None:
    """A label's or an answer's fixed overtime as (hours, amount), or None for none."""
    if value is None or value is False:
        return None
    hours = value.get("hours")
    amount = value.get("amount")
    return (
        None if hours is None else float(hours),
        None if amount is None else int(amount),
    )


def load_labels(folder: Path = LETTERS) -> list[Label]:
    """Every labelled letter in the folder, in the order of labels.toml."""
    data = tomllib.loads((folder / "labels.toml").read_text(encoding="utf-8"))
    return [
        Label(
            file=entry["file"],
            fixed_term=bool(entry["fixed_term"]),
            part_time=bool(entry["part_time"]),
            fixed_overtime=_overtime(entry["fixed_overtime"]),
            required=frozenset(entry["required"]),
            found={key: bool(value) for key, value in entry["found"].items()},
        )
        for entry in data["letter"]
    ]


def letter_set(folder: Path, label: Label) -> str:
    """Which of :data:`SETS` a labelled letter belongs to."""
    if folder == NEW_LETTERS:
        return "new"
    if folder == FRESH_LETTERS:
        return "fresh"
    if folder == FRESH2_LETTERS:
        return "fresh-2"
    if folder == FRESH3_LETTERS:
        return "fresh-3"
    if folder == FRESH4_LETTERS:
        return "fresh-4"
    if folder == FRESH5_LETTERS:
        return "fresh-5"
    if folder == FRESH6_LETTERS:
        return "fresh-6"
    if folder == FRESH7_LETTERS:
        return "fresh-7"
    if folder == FRESH8_LETTERS:
        return "fresh-8"
    if folder == FRESH9_LETTERS:
        return "fresh-9"
    if folder == FRESH10_LETTERS:
        return "fresh-10"
    if folder == FRESH12_LETTERS:
        return "fresh-12"
    if folder == FRESH13_LETTERS:
        return "fresh-13"
    number = re.match(r"[a-z]*(\d+)", label.file)
    if number is None:
        raise ValueError(f"{label.file}: a blind letter's name starts with its number")
    return "tuning" if int(number.group(1)) % 2 else "held-out"


def ask_checker(path: Path) -> Answer:
    """Run `offertui letter PATH --json` in a child process and read its answer."""
    result = subprocess.run(
        [sys.executable, "-m", "offertui", "letter", str(path), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode not in (0, 3):
        raise RuntimeError(f"{path.name}: exit {result.returncode}: {result.stderr.strip()}")
    data = json.loads(result.stdout)
    items = data["items"]
    return Answer(
        fixed_term=bool(data["fixed_term"]),
        part_time=bool(data["part_time"]),
        fixed_overtime=_overtime(data["fixed_overtime"]),
        missing=frozenset(data["missing"]),
        required=frozenset(item["key"] for item in items if item["required"]),
        found={item["key"]: bool(item["found"]) for item in items},
        unconfirmed=frozenset(data.get("unconfirmed", ())),
    )


def _why(key: str, label: Label, answer: Answer) -> str:
    """One phrase on how the checker and the label differ about one item."""
    said = "found" if answer.found.get(key) else "not found"
    meant = "present" if label.found[key] else "absent"
    need = {
        (True, True): "required by both",
        (True, False): "required by the label only",
        (False, True): "required by the checker only",
        (False, False): "required by neither",
    }[(key in label.required, key in answer.required)]
    return f"{key}: checker {said}, label {meant}, {need}"


def compare(label: Label, answer: Answer, tally: Tally) -> None:
    """Add one letter's counts to the tally, with a line for each disagreement."""
    tally.letters += 1
    tally.warnings += len(answer.missing)
    tally.right_warnings += len(answer.missing & label.absent)
    tally.plain_warnings += len(answer.plain)
    tally.right_plain += len(answer.plain & label.absent)
    tally.absent += len(label.absent)
    tally.fixed_term_right += answer.fixed_term == label.fixed_term
    tally.part_time_right += answer.part_time == label.part_time
    tally.fixed_overtime_right += answer.fixed_overtime == label.fixed_overtime
    for key in sorted(answer.missing - label.absent):
        kind = "false unconfirmed" if key in answer.unconfirmed else "false warning    "
        tally.lines.append(f"{label.file}: {kind} {_why(key, label, answer)}")
    for key in sorted(label.absent - answer.missing):
        tally.lines.append(f"{label.file}: missed warning    {_why(key, label, answer)}")
    for key in sorted(label.absent & answer.unconfirmed):
        tally.lines.append(f"{label.file}: absent, only unconfirmed {_why(key, label, answer)}")
    if answer.fixed_term != label.fixed_term:
        tally.lines.append(
            f"{label.file}: fixed_term checker {answer.fixed_term}, label {label.fixed_term}"
        )
    if answer.part_time != label.part_time:
        tally.lines.append(
            f"{label.file}: part_time checker {answer.part_time}, label {label.part_time}"
        )
    if answer.fixed_overtime != label.fixed_overtime:
        tally.lines.append(
            f"{label.file}: fixed_overtime checker {answer.fixed_overtime}, "
            f"label {label.fixed_overtime}"
        )
    for key, found in answer.found.items():
        required = key in label.required or key in answer.required
        if not required and found != label.found.get(key, False):
            tally.lines.append(f"{label.file}: (no warning either way) {_why(key, label, answer)}")


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _figures(name: str, tally: Tally) -> list[str]:
    return [
        f"{name} ({tally.letters} letters)",
        f"  precision        {_ratio(tally.right_warnings, tally.warnings):.2f}"
        f"  ({tally.right_warnings} of {tally.warnings} warnings right: missing or unconfirmed)",
        f"  recall           {_ratio(tally.right_warnings, tally.absent):.2f}"
        f"  ({tally.right_warnings} of {tally.absent} required items that are absent)",
        f"  missing alone    precision {_ratio(tally.right_plain, tally.plain_warnings):.2f}"
        f" ({tally.right_plain} of {tally.plain_warnings}),"
        f" recall {_ratio(tally.right_plain, tally.absent):.2f}"
        f" ({tally.right_plain} of {tally.absent})",
        f"  fixed_term       {_ratio(tally.fixed_term_right, tally.letters):.2f}"
        f"  ({tally.fixed_term_right} of {tally.letters})",
        f"  part_time        {_ratio(tally.part_time_right, tally.letters):.2f}"
        f"  ({tally.part_time_right} of {tally.letters})",
        f"  fixed_overtime   {_ratio(tally.fixed_overtime_right, tally.letters):.2f}"
        f"  ({tally.fixed_overtime_right} of {tally.letters})",
    ]


def measure() -> dict[str, Tally]:
    """Every set's tally, each letter through the real command."""
    tallies = {name: Tally() for name in SETS}
    folders = (
        LETTERS,
        NEW_LETTERS,
        FRESH_LETTERS,
        FRESH2_LETTERS,
        FRESH3_LETTERS,
        FRESH4_LETTERS,
        FRESH5_LETTERS,
        FRESH6_LETTERS,
        FRESH7_LETTERS,
        FRESH8_LETTERS,
        FRESH9_LETTERS,
        FRESH10_LETTERS,
        FRESH12_LETTERS,
        FRESH13_LETTERS,
    )
    for folder in folders:
        for label in load_labels(folder):
            compare(label, ask_checker(folder / label.file), tallies[letter_set(folder, label)])
    return tallies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    parser.add_argument(
        "--show",
        choices=SETS,
        default="tuning",
        help="the set whose disagreements are printed (default: tuning)",
    )
    options = parser.parse_args()
    tallies = measure()
    if not options.quiet:
        for line in tallies[options.show].lines:
            print(line)
        print()
    for name in SETS:
        print("\n".join(_figures(name, tallies[name])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
