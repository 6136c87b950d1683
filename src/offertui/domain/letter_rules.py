"""Two readings of what a letter's words state about its terms: a reference to the work
rules that names no article states nothing, and 退職に関する事項 is stated only with the
grounds for dismissal (労働基準法施行規則5条1項4号)."""

from __future__ import annotations

import re

from offertui.domain.letter_text import LetterText, Line

__all__ = ["bare_rules_reference", "states_dismissal"]

# A reference to the work rules that names no article ("就業規則による", "As set out in the
# Work Rules"): the MHLW accepts a reference to the rules for 退職に関する事項 only when it
# names the articles that apply, and the same holds of any item (a worker cannot tell
# their leave from "per the Work Rules"), so such a line does not state the item.
_RULES = re.compile(r"就業規則|規程|規則|work rules|rules of employment|employment rules|policy")
_BARE_END = " )]】:：。.、,・/|"


_SUBSTANCE = re.compile(
    r"\d|notice|\bmonths?\b|\bweeks?\b|\bdays?\b|前まで|前に|日前|月前|か月|ヶ月|定年|歳|article"
    r"|section"
)


def _only_refers(body: str) -> bool:
    """Whether every sentence of `body` only refers to the rules: it names them, and no
    article, notice period or age."""
    sentences = [s for s in re.split(r"。|\.\s", body) if s.strip(_BARE_END)]
    return bool(sentences) and all(_RULES.search(s) and not _SUBSTANCE.search(s) for s in sentences)


def bare_rules_reference(letter: LetterText, line: Line, end: int) -> bool:
    """Whether the words after the item's name, or the body under a heading standing
    alone ("■ 退職・解雇" / "退職に関する事項は就業規則による。", "Leave / Granted under
    the Work Rules."), only refer to the rules."""
    if line.heading and line.text.find(line.heading) != -1:
        end = max(end, line.text.find(line.heading) + len(line.heading))
    body = line.text[end:].strip(_BARE_END)
    if not body:
        following = [o for o in letter.lines[line.index + 1 : line.index + 3] if o.text.strip()]
        body = following[0].text if following and not following[0].heading else ""
    return _only_refers(body)


# 退職に関する事項 includes the grounds for dismissal (施行規則5条1項4号): a resignation notice
# alone does not state the item, a dismissal clause or the rules' article on it does. The
# form's heading 退職に関する事項 names the item without stating it: its 解雇の事由 row may be
# left blank.
_DISMISSAL = re.compile(
    r"解雇|dismiss|terminat|雇用の終了|契約の解除|契約を解除"
    r"|(?:就業規則|work rules)[^。\n]{0,24}(?:第\s*\d+\s*条|article\s*\d+)"
    r"|article\s*\d+\s*(?:of (?:the|our) )?work rules|end (?:the|this|your) (?:contract|employment)"
    r"|(?:section|article|clause)\s*\d+\s*of (?:the|our) (?:[a-z']+ ){0,3}"
    r"(?:rules|handbook|regulations)"
)


def states_dismissal(letter: LetterText) -> bool:
    """Whether the letter says, on a filled line, how it may end the employment."""
    return any(
        _DISMISSAL.search(line.text)
        for line in letter.lines
        if not (line.template or line.deferred or line.aside)
    )
