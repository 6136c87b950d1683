"""The blank rows of a form: a row printed with nothing filled in states nothing.

The MHLW model 労働条件通知書 and its English version print every row, filled in or not:
empty brackets, "　年　月　日", "更新　回まで", a choice with no box ticked, labels with
nothing after them ("（連絡先　　　）"), and rows that run on into their blank ("… for 6
months / or more, (    ) days").
"""

from __future__ import annotations

import re

__all__ = ["SENTENCE_END", "TICKED_BOXES", "UNTICKED_BOXES", "blank_row", "row_goes_on"]

# Unfilled rows of a form: empty brackets, "　年　月　日", "更新　回まで", or every option of a
# choice listed side by side with none picked.
_TEMPLATE = re.compile(
    r"\(\s*\)|\[\s*\]|(?<!\d)\s年\s*月\s*日|(?<!\d)\s+回まで|(?<!\d)\s+年まで|無・有|有・無"
    r"|自動的に更新する・更新する場合があり得る|期間の定めあり\(\s*年"
)

# Check boxes of a form: a choice is the option after a ticked box.
TICKED_BOXES = "■☑☒✓✔"
UNTICKED_BOXES = "□☐"


# A cap row with one of its two blanks filled in ("更新２回まで／通算契約期間　　年まで"), or
# with a box ticked ("■無・□有（更新　　回まで…）"), states the cap: only a row with both
# left blank and no box ticked is unfilled.
_CAP_BLANK = re.compile(r"(?<!\d)\s+(?:回|年)まで")
# "（連絡先　　　）": a label in brackets with nothing filled in after it; beside a ticked
# box ("■有（時期、金額等　　）") the choice is made, and only its details are left out.
_LABEL_BLANK = re.compile(r"\([^()\s\d]{1,8}\s{2,}\)")
_CAP_FILLED = re.compile(r"\d\s*(?:回|年)まで")
# "賃金締切日（　）－毎月末日": the model's box for the kind of pay left empty, and the row
# filled in after its dash with a day; "（　）－毎月" with no day after it is still blank.
_BOX_THEN_FILLED = re.compile(r"\(\s*\)\s*[-－ー―]\s*[^\s()\[\]]{0,6}?(?:\d|末日|月末)")


# Boxes typed in plain text, as English forms and emails print them: "[x] Yes  [ ] No" is a
# choice made, its "[ ]" the option not taken, not a blank to fill in.
_ASCII_TICKED = re.compile(r"\[\s*[x✓✔v*]\s*\]")
_ASCII_BOX = re.compile(r"\[\s*\]")


def blank_row(text: str) -> bool:
    """Whether the line is an unfilled row of a form."""
    ticked = bool(_ASCII_TICKED.search(text)) or any(box in text for box in TICKED_BOXES)
    found = [
        m
        for m in _TEMPLATE.finditer(text)
        if not _BOX_THEN_FILLED.match(text, m.start())
        and not (ticked and _ASCII_BOX.fullmatch(m.group()))
    ]
    if not found:
        if _LABEL_BLANK.search(text) and not ticked:
            return True
        return _unticked_choice(text)
    chosen = _CAP_FILLED.search(text) or ticked
    if chosen and all(_CAP_BLANK.fullmatch(m.group()) for m in found):
        return _unticked_choice(text)
    return True


def _unticked_choice(text: str) -> bool:
    """Whether the line is a form's choice printed with every box left empty
    ("賞与（□有（時期、金額等　）　□無）"): two boxes or more, none ticked. One box alone
    may be a bullet."""
    return sum(text.count(box) for box in UNTICKED_BOXES) >= 2 and not any(
        box in text for box in TICKED_BOXES
    )


# A line that ends one of these ends its sentence.
SENTENCE_END = ("。", ".", ")", "）", "」", ":", "：", "!", "?")


def row_goes_on(originals: list[str], index: int) -> bool:
    """Whether line `index` of a form breaks off mid-sentence and the next line, indented
    deeper, carries it on in lower case ("… for 6 months" / "or more, (    ) days"), or the
    next line, as deep, is its bracket ("… less than 6 months" / "( [ ] Yes  [ ] No )")."""
    here = originals[index].rstrip()
    there = originals[index + 1]
    following = there.strip()
    if not here.strip() or not following or here.endswith(SENTENCE_END):
        return False
    indent = len(there) - len(there.lstrip())
    deeper = indent - (len(here) - len(here.lstrip()))
    return (deeper > 0 and following[0].islower()) or (deeper >= 0 and following[0] in "(（")
