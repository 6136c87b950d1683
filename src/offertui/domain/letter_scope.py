"""Where a letter states how far the place of work and the duties may change (変更の範囲).

Since April 2024 the letter must say it for both (労働基準法施行規則5条1項1号の3). Letters
say it in explicit words (転勤, 職種の変更, "reassign", 上記業務に限る), or with a generic
"変更の範囲" / "scope of change" / 変更なし that belongs to the place or duties section it
sits in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from offertui.domain.letter_text import LetterText, Line

__all__ = ["Hit", "scope_hits"]

_PLACE_SCOPE = re.compile(
    r"転勤|(?:勤務地|就業場所|勤務場所|就業の場所|勤務先|勤務事業所)の?変更|出向"
    r"|(?:会社|当社|甲)[のが](?:定める|指定する|指示する)[^。\n、]{0,12}?"
    r"(?:事業所|事業場|場所|勤務地|拠点|営業所|店舗|オフィス)"
    r"|将来の(?:勤務地|就業場所|勤務場所|勤務先)"
    # The future said first, the place after: "将来、当社が新たに開く国内拠点に勤務先が変わる
    # 可能性", "これから変わる可能性のある拠点".
    r"|(?:将来|これから|今後)[^。\n:：]{0,30}?(?:勤務地|就業場所|勤務場所|勤務先|拠点|事業所|オフィス)"
    r"(?:が|に|へ)?[^。\n:：]{0,6}?(?:変わる|変更|異動|移る|勤務する)"
    r"|(?:将来|これから|今後)[^。\n:：]{0,8}?(?:変わる|変更)[^。\n:：]{0,8}?可能性のある"
    r"(?:勤務地|就業場所|勤務場所|勤務先|拠点|事業所|オフィス|場所)"
    # A topic said first, its change later: "勤務地については、…変更することがあります".
    r"|(?:勤務地|就業場所|勤務場所|就業の場所)(?:につき(?:まし)?ては|について(?:は)?)[^。\n]{0,40}?変更"
    r"|(?:上記|前記)の?(?:就業場所|勤務地|場所)に限"
    r"|(?:勤務地|就業場所|勤務場所|就業の場所|勤務先)を[^。\n]{0,40}?変更|他の(?:事業所|事業場|拠点|営業所)"
    # A relocation package or allowance pays for the move on joining, not a later transfer.
    r"|relocat(?!ion (?:package|allowance|support|assistance|expenses?|costs?|bonus|benefits?))"
    r"|transferred to|transfer you|transfers? (?:within|between|among)"
    r"|any of (?:its|our|the company's) (?:offices|locations|sites)"
    r"|another of (?:its|our) offices"
    r"|other (?:offices|locations|sites|branches)|any (?:other )?(?:office|location|site)"
    r"|change (?:the|your|of) (?:place of work|workplace|work location)"
    r"|future (?:work |office )?(?:locations?|workplaces?|places? of work|offices?)"
)
_DUTY_SCOPE = re.compile(
    r"(?:職種|業務|仕事|職務|担当業務|従事する業務)(?:内容)?の?変更"
    r"|(?:職種|業務|仕事|職務)を[^。\n]{0,40}?(?:変更|転換)する"
    r"|(?:他の|関連する|その他の)[^。\n]{0,20}業務に従事|他の(?:職務|業務|仕事)(?:を命じ|に従事|に就)"
    r"|(?:会社|当社|甲)[のが](?:定める|指定する|指示する)[^。\n、]{0,20}?(?:業務|職務)"
    r"|将来(?:の|的に)?(?:職務|業務|担当業務|仕事)"
    # "将来担当する可能性のある仕事の範囲", "将来、当社が手がける…業務の範囲で": a future range.
    r"|将来[^。\n:：]{0,20}?(?:職務|業務|仕事|職種)の?範囲"
    # "将来は、当社が営むすべての業務に携わっていただく可能性", "これから担う可能性のある仕事".
    r"|(?:将来|これから|今後)[^。\n:：]{0,30}?(?:職務|業務|仕事)に(?:携わ|従事|就|担当)"
    r"[^。\n]{0,16}?可能性"
    r"|(?:将来|これから|今後)[^。\n:：]{0,12}?可能性のある(?:職務|業務|仕事|職種)"
    r"|(?:担当業務|業務内容|仕事内容|職務|職種|業務|仕事)(?:につき(?:まし)?ては|について(?:は)?)"
    r"[^。\n]{0,40}?変更"
    r"|(?:上記|前記|当該)の?(?:業務|職務|仕事)に限"
    # The employer's power to order other work: "いずれの業務への従事も命じることがある",
    # "会社の業務に従事させることがある", "会社の指示する業務への従事を命じる".
    r"|いずれの(?:業務|職務|仕事)(?:へ|に)の?従事"
    r"|(?:業務|職務|仕事)(?:へ|に)の?従事(?:を|も)[^。\n]{0,6}?命じ"
    r"|(?:業務|職務)に従事させる(?:ことがある|ことがあります|場合がある|場合があります)"
    r"|other (?:[a-z]+ )?(?:duties|roles|positions|work)|reassign|job rotation"
    # The employer's power to move the employee: "may assign you to any engineering role".
    r"|(?:assign|transfer|move) (?:you|the employee) to (?:any|another|other|a different)"
    r" (?:[a-z]+ )?(?:roles?|positions?|duties|jobs?|work|teams?|departments?)"
    r"|(?:duties|role|work) (?:will|shall) (?:stay|remain|be) "
    r"(?:within|(?:limited|confined|restricted) to)"
    r"|change (?:of|your|the employee's|in) (?:duties|role|position)"
    r"|duties (?:may|can|could) (?:change|be changed)|future (?:duties|roles?|positions?)"
)
# 異動 in brackets names a form (扶養控除等（異動）申告書), and 異動届 reports a change of one's
# own details: neither says the employee may be moved.
_BOTH_SCOPE = re.compile(r"配置転換|(?<![(])異動(?![)]|届|申告)")
_GENERIC_SCOPE = re.compile(
    r"変更の範囲|変更範囲|変更なし|変更無し|変更は(?:ない|ありません|ございません)"
    r"|(?:変更する|変わる)ことは(?:ない|ありません|ございません)|変わりません"
    r"|(?:これ|それ)以外の[^。\n]{0,6}(?:を|に)[^。\n]{0,12}(?:ことはない|ことはありません)"
    r"|scope of (?:possible |any )?change|no change|will not change|does not change"
    r"|(?:will|shall) not be changed|(?:is|are) not (?:to be )?changed"
    r"|won't (?:be )?change|will (?:stay|remain) the same|(?:is|are) not subject to change"
)
_PLACE_WORDS = (
    "場所",
    "配属先",
    "就業の場所",
    "就業場所",
    "勤務地",
    "勤務場所",
    "勤務先",
    "place of work",
    "work location",
    "workplace",
    "location",
    "office",
    "where",
)
_DUTY_WORDS = (
    "業務",
    "仕事",
    "職務",
    "仕事内容",
    "職種",
    "duties",
    "role",
    "job",
    "position",
    "responsibilities",
)


@dataclass(frozen=True)
class Hit:
    """Where an item was found: its line, and the span in the folded letter."""

    line: Line
    start: int  # in the folded letter
    end: int


def _section_kind(line: Line) -> str:
    """Whether the section a line sits in is about the place, the duties, or both."""
    place = line.section_has(_PLACE_WORDS)
    duty = line.section_has(_DUTY_WORDS)
    if place and duty:
        return "both"
    return "place" if place else "duty" if duty else ""


_LABEL = re.compile(r"変更の範囲|変更範囲|scope of (?:possible |any )?change")
_FILLER = re.compile(r"^[\s()\[\]:：、,.・\-–—]*$")
_PLACE_BODY = re.compile(
    r"事業所|事業場|本社|本店|支社|支店|営業所|拠点|店舗|工場|研究所|オフィス|自宅|都道府県|国内"
    r"|office|branch|location|site|home"
)
_DUTY_BODY = re.compile(r"業務|職務|職種|仕事|duties|role|work")


def _label_body(letter: LetterText, line: Line, match: re.Match[str]) -> str | None:
    """What a "変更の範囲" row states: the rest of its line, or the next line when the label
    stands alone; ``None`` when nothing follows the label (a blank row of the form). A
    phrase that is itself the statement ("変更なし", "no change") is its own body."""
    if not _LABEL.fullmatch(match.group()):
        return match.group()
    rest = line.text[match.end() :]
    if not _FILLER.match(rest):
        return rest
    following = letter.lines[line.index + 1] if line.index + 1 < len(letter.lines) else None
    if following is None or not following.text.strip() or following.heading:
        return None
    if following.template or _LABEL.search(following.text):
        return None
    return following.text


def _body_kind(body: str) -> str:
    place = bool(_PLACE_BODY.search(body))
    duty = bool(_DUTY_BODY.search(body))
    if place and duty:
        return ""
    return "place" if place else "duty" if duty else ""


def scope_hits(letter: LetterText) -> tuple[Hit | None, Hit | None]:
    """Where the letter states the scope of change of the place of work and of the duties.

    Explicit words ("転勤", "職種の変更", "reassign") say which; "変更の範囲", "scope of
    change" or "変わることはありません" belongs to the place or duties section it sits in
    (the section's heading, or the nearer of the two named before it on its line).
    """
    place: Hit | None = None
    duty: Hit | None = None
    for line in letter.lines:
        if line.template or line.deferred or line.aside:
            continue
        # Explicit words may run on into the next line ("will not be transferred / to").
        text = letter.joined(line, most=1)
        for pattern, kind in (
            (_PLACE_SCOPE, "place"),
            (_DUTY_SCOPE, "duty"),
            (_BOTH_SCOPE, "both"),
        ):
            for match in pattern.finditer(text):
                if match.start() >= len(line.text):
                    break
                end = line.start + min(match.end(), len(line.text))
                hit = Hit(line, line.start + match.start(), end)
                if kind in ("place", "both") and place is None:
                    place = hit
                if kind in ("duty", "both") and duty is None:
                    duty = hit
        for match in _GENERIC_SCOPE.finditer(line.text):
            body = _label_body(letter, line, match)
            if body is None:
                continue  # "（変更の範囲）" printed with nothing after it: an unfilled row
            hit = Hit(line, line.start + match.start(), line.start + match.end())
            # On a line naming both ("Place of Work and Duties"), the nearer name decides;
            # outside a known section, what the row names (本社, 事業所 / 業務).
            kind = _section_kind(line) or _body_kind(body)
            before = line.text[: match.start()]
            place_at = max((before.rfind(w) for w in _PLACE_WORDS), default=-1)
            duty_at = max((before.rfind(w) for w in _DUTY_WORDS), default=-1)
            if place_at != duty_at and (place_at >= 0 or duty_at >= 0):
                kind = "place" if place_at > duty_at else "duty"
            if kind in ("place", "both") and place is None:
                place = hit
            if kind in ("duty", "both") and duty is None:
                duty = hit
    return place, duty
