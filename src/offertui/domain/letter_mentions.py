"""Where a letter speaks of an item's topic without the check being able to read the
item there: "mentioned, could not confirm".

Most wrong "missing" warnings are items a letter states in a form the check does not
parse (a heading of its own words, a question, a sentence in prose). So for the items
where that happens most, the check also looks for plain signs of the topic: a change said
beside a place or the work (the 変更の範囲), a named office, a job's work, two clock
times, a pay review. A required item the check did not find, with such a sign on a line
that neither puts its terms off nor is a blank row of a form, is *unconfirmed*: still not
found, still required, but worth reading in the letter rather than asking blind. An item
with no sign anywhere is plainly *missing*.
"""

from __future__ import annotations

import re

from offertui.domain.letter_text import LetterText

__all__ = ["MENTION_KEYS", "mention"]

_CHANGE = (
    r"(?:変更|変わ|転勤|異動|移転|移る|広が|拡大|\bchang|\btransfer|\bmov(?:e|ing)\b|\breassign"
    r"|\brotat)"
)
_PLACE = (
    r"(?:勤務地|就業場所|勤務場所|勤務先|場所|拠点|事業所|事業場|オフィス|支社|支店|営業所|本社"
    r"|\boffices?\b|\blocations?\b|\bplace\b|\bsites?\b|\bbranch)"
)
_WORK = r"(?:業務|職務|仕事|職種|担当|\bduties\b|\bduty\b|\broles?\b|\bwork\b|\bpositions?\b|\bjob)"
_BREAK = re.compile(r"休憩|昼|ランチ|\bbreak|\blunch|\brest\b")
# A telephone line's or a desk's hours ("電話：…（平日10:00～17:00）") are no working hours.
_CONTACT = re.compile(r"電話|\btel\b|受付|問い?合わせ|窓口|\bphone|\bcall\b|\bcontact")
# The form's own label (（変更の範囲）, "(Scope of change)") is read by the check, blank or
# filled: only other words count as a sign.
_LABEL = re.compile(r"変更の範囲|変更範囲|scope of (?:possible |any )?changes?")
_TIME = r"\d{1,2}\s*:\s*\d{2}"


def _both(first: str, second: str) -> re.Pattern[str]:
    """Both words in one sentence, in either order."""
    gap = r"[^。.\n]{0,40}?"
    return re.compile(f"{first}{gap}{second}|{second}{gap}{first}")


_SIGNS: dict[str, re.Pattern[str]] = {
    "change_scope_workplace": _both(_CHANGE, _PLACE),
    "change_scope_duties": _both(_CHANGE, _WORK),
    "workplace": re.compile(
        r"オフィス|本社|支社|支店|事業所|営業所|拠点|\boffice\b|\bheadquarters\b|\bbranch\b"
    ),
    "duties": re.compile(
        r"開発|設計|運用|保守|エンジニア|デザイナー|マネージャー|営業|リード|\bengineer|\bdevelop"
        r"|\bdesign|\bmanag|\blead\b"
    ),
    "working_hours": re.compile(
        f"{_TIME}[^。\\n]{{0,16}}?{_TIME}"
        r"|(?:午前|午後)?\d{1,2}\s*時(?!間)[^。\n]{0,16}?(?:午前|午後)?\d{1,2}\s*時(?!間)"
    ),
    "days_off": re.compile(r"土曜|日曜|土日|祝日|週休|\bweekends?\b|\bsaturdays?\b|\bsundays?\b"),
    "raises": _both(
        r"(?:見直|改定|評価|\breview|\brevis|\bincreas)",
        r"(?:給|年俸|報酬|\bpay\b|\bsalar|\brate\b|\bwages?\b|\bcompensation)",
    ),
}

#: The items for which a sign of the topic makes a missing item unconfirmed.
MENTION_KEYS = frozenset(_SIGNS)


def mention(letter: LetterText, key: str) -> str | None:
    """The letter's own words where it speaks of the item's topic (verbatim, cut to an
    excerpt), or ``None`` when nothing in it does."""
    sign = _SIGNS.get(key)
    if sign is None:
        return None
    for line in letter.lines:
        if line.template or line.deferred or line.aside:
            continue
        if key == "working_hours" and (_BREAK.search(line.text) or _CONTACT.search(line.text)):
            continue  # the break's own times, a desk's opening hours
        text = _LABEL.sub(lambda label: " " * len(label.group()), line.text)
        for found in sign.finditer(text):
            start = line.start + found.start()
            return letter.excerpt(line, start, line.start + found.end())
    return None
