"""A letter's text prepared for matching: normalised, split into lines, each with its heading.

Letters come with full-width digits and punctuation, mixed case, headings in brackets or
table cells, blank rows of a form template, and sentences that put a term off until a
later document. :class:`LetterText` folds the text with NFKC and lower case for matching
while keeping, for every folded character, where it came from, so an excerpt shown to the
user is the letter's own text, unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from offertui.domain.letter_rows import (
    SENTENCE_END,
    TICKED_BOXES,
    UNTICKED_BOXES,
    blank_row,
    row_goes_on,
)

__all__ = [
    "TICKED_BOXES",
    "UNTICKED_BOXES",
    "LetterText",
    "Line",
    "find_word",
    "heading_match",
    "sentence_at",
    "strip_numbering",
]

# A line's heading ends at the first of these (after NFKC): a colon, a closing bracket of
# 【】 or ■, a table bar, a tab or a run of two spaces (the MHLW form's layout).
_HEADING_END = re.compile(
    r"[:】|\t]|\s{2,}"
    # The English MHLW form's "Contents of duties (Immediately after hiring) …".
    r"|\s?(?=\((?:immediately after|scope of change|雇入れ直後|変更の範囲))"
)
# Bullets, numbering and brackets before a heading: "1.", "(2)", "第3条", "Article 4", "・".
_LEADING = re.compile(
    r"^(?:[\s・●○■□◆◇*\-–—>|【\[]+|q\s*\d*\s*[.:]\s*|\(?\d+\)?[.)．、]?\s+|\d+[.．、]\s*|第\d+条|第\d+\s+|article\s+\d+\s*"
    r"|[①-⑳]\s*)+"
)
# "第3条（就業場所）", "Article 3 (Place of Work and Duties)": the words in brackets name it.
_ARTICLE = re.compile(r"^(?:第\d+条|article\s+\d+)\s*\(([^)]{1,40})\)")
# A term put off until later: "別途お知らせします", "改めて…通知いたします", "to be confirmed".
_DEFERRED = re.compile(
    r"別途(?:お|ご)?(?:知らせ|通知|送り|送付|案内|提示|連絡|交付)|改めて[^。]{0,20}(?:知らせ|通知|案内|連絡)"
    r"|後日[^。]{0,20}(?:知らせ|通知|案内|連絡|送)|追って[^。]{0,10}(?:知らせ|通知|連絡)"
    r"|will be (?:sent|provided|communicated|confirmed|given) (?:separately|later)"
    r"|in a separate (?:letter|document|contract)|to be (?:confirmed|determined|discussed)|\btbd\b"
    r"|:\s*(?:ご相談|応相談|要相談|未定|調整中)\s*$"
    r"|別途[^。]{0,24}(?:お渡し|渡し|お示し|ご説明)|入社(?:日|前)まで[^。]{0,20}(?:お渡し|お知らせ|通知)"
    # Decided later: "担当業務は、入社時に甲が決定し、乙に通知する", "時刻は…別途定める。"
    r"|(?:入社時|入社後|入社日|配属時|着任時)に[^。]{0,12}(?:決定|決め)[^。]{0,12}(?:通知|知らせ|連絡|案内)"
    r"|別途(?:定め|決定)(?:る|ます|します)?\s*(?:。|$)"
    r"|will (?:also )?follow (?:separately|later)"
    # Terms left to another document: "…は、入社時にお渡しする労働条件通知書にてご案内いたします".
    r"|(?:労働条件通知書|通知書|雇用契約書|契約書)(?:にて|で)[^。]{0,8}(?:明示|案内|通知|お知らせ|説明)"
    r"|(?:will be|are) (?:set out|detailed|specified|confirmed|given) in (?:your|the|a) "
    r"(?:employment contract|contract|notice)"
    # "Everything else (payday, notice periods, etc.) follows our Work Rules": a catch-all
    # that names terms without stating them.
    r"|(?:everything else|(?:all )?other (?:terms|matters|conditions))"
    r"[^\n]{0,60}?(?:follows?|governed by|set out in|according to|per)\s+(?:our|the)\s+"
    r"(?:company's\s+)?(?:work rules|rules of employment|employment rules|policies)(?!,? article)"
)


# The vertical bars of a table drawn with box characters ("│就業場所│本社│") are table bars.
_BARS = str.maketrans(dict.fromkeys("│┃║", "|"))


def _fold(char: str) -> str:
    return unicodedata.normalize("NFKC", char).lower().translate(_BARS)


def find_word(text: str, word: str, start: int = 0) -> int:
    """Where `word` (already folded) occurs in folded `text` from `start`, or -1.

    An ASCII word must start at a word boundary ("raise" does not match "praise") but
    may run on ("renew" matches "renewal"); Japanese is matched as written.
    """
    if word.isascii():
        match = re.compile(r"(?<![a-z0-9])" + re.escape(word)).search(text, start)
        return -1 if match is None else match.start()
    return text.find(word, start)


@dataclass(frozen=True)
class Line:
    """One line of a letter: its folded text, its heading, and where it sits in the letter."""

    index: int
    text: str  # folded (NFKC, lower case)
    heading: str  # folded; "" when the line has no heading of its own
    start: int  # offset of the line's first character in the folded letter
    template: bool  # an unfilled row of a form
    deferred: bool  # the line puts its terms off until later
    section: str = ""  # folded heading of the section the line sits in ("" if none)
    runs_on: bool = False  # the line's last sentence goes on in the next line

    @property
    def aside(self) -> bool:
        """Whether the line sits in a passage on no term of the job (the start date, the
        grounds to withdraw the offer), where words like 退職 are about something else."""
        return bool(_ASIDE_HEADING.match(self.section) or _ASIDE_SENTENCE.search(self.section))

    def has_heading(self, words: tuple[str, ...]) -> bool:
        """Whether the line's heading is, or starts with, one of `words`."""
        return self.heading_word(words) is not None

    def heading_word(self, words: tuple[str, ...]) -> tuple[str, int] | None:
        """The first of `words` that names the line's heading, and where it is in the line."""
        found = heading_match(self.heading, words)
        if found is None:
            return None
        offset = max(self.text.find(self.heading), 0)
        return found[0], offset + found[1]

    def section_has(self, words: tuple[str, ...]) -> bool:
        """Whether the heading of the section the line sits in is named by one of `words`."""
        return heading_match(self.section, words) is not None


def heading_match(heading: str, words: tuple[str, ...]) -> tuple[str, int] | None:
    """The first of `words` that names `heading` (folded), and where it is in it."""
    if not heading:
        return None
    for word in words:
        if word.isascii():
            # "Location" or "Location / 勤務地", but not "Locations we hire in".
            found = re.match(re.escape(word) + r"(?![a-z])", heading) or re.search(
                r"(?:^|/\s*|\s)(" + re.escape(word) + r")\s*$", heading
            )
            if found:
                return word, found.start(1) if found.lastindex else found.start()
        elif word in heading:
            return word, heading.find(word)
    return None


def sentence_at(text: str, position: int) -> str:
    """The sentence of folded `text` that `position` falls in (up to "。" or ". ")."""
    start = max(text.rfind("。", 0, position), text.rfind(". ", 0, position)) + 1
    ends = [at for at in (text.find("。", position), text.find(". ", position)) if at != -1]
    return text[start : min(ends) if ends else len(text)]


def strip_numbering(text: str) -> str:
    """`text` without the bullets, numbering or "Article N" it starts with."""
    return _LEADING.sub("", text.strip())


# Sub-labels inside a section, as in the MHLW form's "（雇入れ直後）…（変更の範囲）…": they
# head a line but do not start a section of their own.
_SUB_LABEL = re.compile(
    r"^[(※]*\s*(?:雇入れ直後|変更の範囲|変更範囲|将来の|ただし|なお|※"
    r"|入社時|入社当初|当初|at hire|upon hire|on hire|on joining|at joining|initially"
    r"|initial\b|at (?:the )?start\b|scope of changes?\b"
    r"|on (?:this )?renewal\b|at (?:this )?renewal\b|更新後|更新時)"
)
# Passages on something that is no term of the job itself: a section headed by the start
# date, or a sentence opening the grounds on which the offer may be withdrawn.
_ASIDE_HEADING = re.compile(
    # A heading naming the term as well ("Start Date and Term", "入社日・契約期間") heads the
    # contract's length, a term of the job.
    r"^(?:入社(?:予定)?日|入社時期|start date|starting date|joining date)"
    r"(?![^\n]*(?:\bterm|\bperiod|期間|契約|雇用))"
    # A list of documents to send back or bring on the first day: 扶養控除等（異動）申告書 or
    # 給与振込口座届 names a form, not a term of the job.
    r"|^[^\n]{0,12}(?:提出|持参|同封|必要|返送|返信)[^\n]{0,8}書類|^documents (?:to|you)"
)
_ASIDE_SENTENCE = re.compile(
    r"内定を?取(?:り)?消|取り消すことがあり"
    r"|(?:withdraw|rescind|revoke)[a-z]* (?:this|the|our) offer"
)


# A full stop after a word, not an abbreviation (Mr., Co., No.), and more words after it.
_ENGLISH_SENTENCE_END = re.compile(
    r"\b(?!(?:mr|mrs|ms|dr|st|no|co|inc|ltd|jr|sr|vs|etc|approx)\.)[a-z]{2,}\.\s+[a-z]"
)


def _opens_section(text: str, heading: str) -> bool:
    """Whether a line's heading starts a section: a marked heading ("【…】", "■1.",
    "勤務地：", "Location:") or a short plain line of its own, not a body line that only
    looks like one (an address, a sub-label, a row of figures)."""
    if not heading or _SUB_LABEL.match(heading):
        return False
    if "。" in heading:
        return False  # a sentence of the body ("…とする。変更の範囲：変更なし。")
    if _ENGLISH_SENTENCE_END.search(heading):
        return False  # the same in English ("… hub in Nihonbashi. Scope of change: none.")
    stripped = text.strip()
    if len(text) - len(text.lstrip()) >= 2 and not _HEADING_END.search(stripped):
        return False  # an indented line of its own continues the text above it
    if _LEADING.match(stripped) or _ARTICLE.match(stripped):
        return True
    body = stripped
    if len(body) > len(heading) + 2:
        return True  # the heading is followed by a delimiter and a body
    limit = 40 if heading.isascii() else 24
    return len(heading) <= limit and not re.search(r"\d|[()「」]", heading)


_SENTENCE_END = SENTENCE_END


def _runs_on(originals: list[str], index: int) -> bool:
    """Whether line `index` of the letter as written breaks off mid-sentence and the next
    line carries it on: after "、" or ",", an English line ending in a word with the next
    one going on in lower case, or a Japanese line wrapped onto an indented next line that
    has no heading or numbering of its own."""
    if index + 1 >= len(originals):
        return False
    here = originals[index].rstrip()
    there = originals[index + 1]
    following = there.strip()
    if not here.strip() or not following or here.endswith(_SENTENCE_END):
        return False
    if _heading(_fold_text(there)) and _HEADING_END.search(following):
        return False  # the next line is a heading with its own body ("休憩：60分")
    if strip_numbering(_fold_text(following)) != _fold_text(following):
        return False  # the next line is an item of its own ("2.", "・", "(3)")
    if here.endswith(("、", ",", "，")):
        return True
    if here[-1].isascii():
        # "…allowance of JPY" / "112,000 equivalent to 30 hours": a figure goes on too.
        return here[-1].isalnum() and (following[0].islower() or following[0].isdigit())
    return there[0].isspace() and not _heading(_fold_text(following))


def _spaced(original: str, folded: str) -> str:
    """The folded line with each ideographic space of the original as two spaces, so that
    "就業の場所　（雇入れ直後）本社" ends its heading where the form's layout does (NFKC
    makes the ideographic space one plain space)."""
    if "\u3000" not in original:
        return folded
    return "".join("  " if char == "\u3000" else _fold(char) for char in original)


def _fold_text(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower().translate(_BARS)


def _heading(text: str) -> str:
    stripped = text.strip()
    article = _ARTICLE.match(stripped)
    if article:
        return article.group(1).strip()
    body = _LEADING.sub("", stripped)
    end = _HEADING_END.search(body)
    if end is not None and end.start() > 0:
        head = body[: end.start()]
    elif len(body) <= 40 and not body.endswith(("。", ".")):
        head = body  # a heading on a line of its own
    else:
        return ""
    head = head.strip(" ()[]【】■・*?")  # "Q. What are my hours?" ends in its noun
    return head if len(head) <= 40 else ""


class LetterText:
    """The letter as written, and as folded for matching, with a map between the two."""

    def __init__(self, original: str) -> None:
        self.original = original
        pieces: list[str] = []
        origin: list[int] = []
        for position, char in enumerate(original):
            folded = _fold(char)
            pieces.append(folded)
            origin.extend([position] * len(folded))
        self.folded = "".join(pieces)
        self._origin = origin
        self.lines = tuple(self._split())

    def _split(self) -> Iterator[Line]:
        start = 0
        section = ""
        texts = self.folded.split("\n")
        originals = self.original.split("\n")
        # A sentence that runs on into a line putting its terms off ("給与、勤務地…につき
        # ましては、" / "別途…お渡しします。") is put off as a whole.
        runs_on = [_runs_on(originals, index) for index in range(len(texts))]
        deferred = [bool(_DEFERRED.search(text)) for text in texts]
        template = [blank_row(text) for text in texts]
        for index in range(len(texts) - 2, -1, -1):
            if runs_on[index] and deferred[index + 1]:
                deferred[index] = True
            # "Annual paid leave: … for 6 months / or more, (    ) days": a row that runs
            # on into its blank is blank too.
            if template[index + 1] and row_goes_on(originals, index):
                template[index] = True
        for index, text in enumerate(texts):
            heading = _heading(_spaced(originals[index], text))
            if _opens_section(text, heading):
                section = heading
            if not heading and _ASIDE_SENTENCE.search(text):
                section = strip_numbering(text)
            yield Line(
                index=index,
                text=text,
                heading=heading,
                start=start,
                template=template[index],
                deferred=deferred[index],
                section=section,
                runs_on=runs_on[index],
            )
            start += len(text) + 1

    def joined(self, line: Line, most: int = 2) -> str:
        """The folded text of `line` and of up to `most` lines its sentence runs on into,
        each line break and the indent after it as one space. Offsets in it are those of
        the folded letter from ``line.start`` up to the line's end; past it,
        :meth:`folded_end` maps them back."""
        text = line.text
        last = line
        while last.runs_on and last.index + 1 < len(self.lines) and last.index - line.index < most:
            last = self.lines[last.index + 1]
            text += " " + last.text.lstrip()
        return text

    def folded_end(self, start: int, length: int) -> int:
        """Where in the folded letter a span of :meth:`joined` text that starts at `start`
        and is `length` characters long ends."""
        at, counted = start, 0
        folded = self.folded
        while counted < length and at < len(folded):
            if folded[at] == "\n":
                at += 1
                while at < len(folded) and folded[at].isspace() and folded[at] != "\n":
                    at += 1
            else:
                at += 1
            counted += 1
        return at

    def span_excerpt(self, start: int, end: int, width: int = 160) -> str:
        """The letter's own text of the folded span [start, end), over lines if need be,
        with each run of line break and indent shown as one space; cut with "…" after
        about `width` characters."""
        first, last = self.original_span(start, end)
        words = re.sub(r"\s*\n\s*", " ", self.original[first:last]).strip()
        return words if len(words) <= width else words[: width - 1].rstrip() + "…"

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that the folded span [start, end) came from."""
        if not self._origin:
            return 0, 0
        first = self._origin[min(start, len(self._origin) - 1)]
        last = self._origin[min(max(end - 1, start), len(self._origin) - 1)] + 1
        return first, last

    def excerpt(self, line: Line, start: int, end: int, width: int = 90) -> str:
        """The letter's own text around a match on `line`, verbatim, at most about `width`
        characters, with "…" where it was cut."""
        line_start, line_end = self.original_span(line.start, line.start + max(len(line.text), 1))
        line_text = self.original[line_start:line_end].rstrip("\n")
        first, last = self.original_span(start, end)
        left = max(line_start, min(first, line_end) - width // 3)
        right = min(line_start + len(line_text), max(last, left) + width - (first - left))
        snippet = self.original[left:right].strip()
        prefix = "…" if left > line_start and self.original[line_start:left].strip() else ""
        suffix = (
            "…"
            if right < line_start + len(line_text) and line_text[right - line_start :].strip()
            else ""
        )
        return prefix + snippet + suffix
