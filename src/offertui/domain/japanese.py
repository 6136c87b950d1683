"""Japanese text: telling it from English, and breaking its lines by the kinsoku rules.

Japanese is written without spaces, so a line may break between almost any two
characters, but not everywhere: by the rules of 禁則処理 (kinsoku shori) no line starts
with closing punctuation, a full stop or comma, the long-vowel mark or a small kana
(。、）」ーっ…), and no line ends with an opening bracket (（「『…). :func:`break_offsets`
finds where a line of mixed Japanese and English text may break at a given width, and
:func:`wrap` uses it to lay out whole texts; English words still break at spaces only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from itertools import pairwise

__all__ = [
    "NO_LINE_END",
    "NO_LINE_START",
    "break_offsets",
    "cell_width",
    "is_japanese",
    "wrap",
]

NO_LINE_START = frozenset(
    "、。，．,.・：；:;？！?!）〕］｝〉》」』】〙〗〟’”)]}"
    "ー～ゝゞヽヾ々〻"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
    "ㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
)
"""Characters no line may start with (行頭禁則文字)."""

NO_LINE_END = frozenset("（〔［｛〈《「『【〘〖〝‘“([{")
"""Characters no line may end with (行末禁則文字)."""


def _is_kana(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff" or "\u31f0" <= ch <= "\u31ff" or "\uff66" <= ch <= "\uff9f"


def _is_japanese_char(ch: str) -> bool:
    """Kana, kanji, or Japanese punctuation and full-width forms."""
    return (
        _is_kana(ch)
        or "\u4e00" <= ch <= "\u9fff"  # CJK unified ideographs
        or "\u3400" <= ch <= "\u4dbf"  # extension A
        or "\uf900" <= ch <= "\ufaff"  # compatibility ideographs
        or "\u3000" <= ch <= "\u303f"  # CJK symbols and punctuation
        or "\uff01" <= ch <= "\uff65"  # full-width forms
        or ch in "々〆ヶ"
    )


def is_japanese(text: str) -> bool:
    """Whether `text` is written in Japanese rather than English.

    Japanese prose nearly always holds hiragana (its particles), so a text with any counts
    three times per Japanese character against each Latin letter; without hiragana (人事部,
    株式会社テスト) each Japanese character counts once. An English sentence that mentions
    a term (“the 内定 letter”) stays English; “Pythonの経験が豊富なため” is Japanese.
    """
    japanese = latin = 0
    hiragana = False
    for ch in text:
        if _is_japanese_char(ch):
            japanese += 1
            hiragana = hiragana or "\u3041" <= ch <= "\u309f"
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if not japanese:
        return False
    return japanese * (3 if hiragana else 1) >= latin


def cell_width(ch: str) -> int:
    """The columns `ch` takes in a terminal: 2 for wide (CJK) characters, 0 for combining."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _breakable_between(before: str, after: str) -> bool:
    """Whether a line may break between two adjacent characters."""
    if after in NO_LINE_START or before in NO_LINE_END:
        return False
    if after.isspace():
        return False
    if before.isspace():
        return True
    return _is_japanese_char(before) or _is_japanese_char(after)


def _forced_cut(text: str, start: int, index: int) -> int:
    """Where to cut a line that has no place to break before `index`: at `index`, moved
    back over characters that may not start a line or end one (追い出し), but never so
    far that the line would be empty."""
    cut = index
    while cut - 1 > start and (text[cut] in NO_LINE_START or text[cut - 1] in NO_LINE_END):
        cut -= 1
    return cut


def break_offsets(text: str, width: int, cells: Callable[[str], int] = cell_width) -> list[int]:
    """Where to break one line of `text` so each piece fits in `width` columns.

    Returns the indices at which new lines start, like Textual's own
    ``compute_wrap_offsets``. Lines break at spaces between English words and between
    Japanese characters, never before a character in :data:`NO_LINE_START` or after one
    in :data:`NO_LINE_END`. A word wider than the line is cut where it must be, and the
    cut is moved back over any closing punctuation so it still follows the rules
    (追い出し); only a line that could hold nothing else breaks them. Spaces count towards
    the width, as in Textual. `cells` measures a character; pass the terminal library's
    own measure so the lines match its layout.
    """
    if width <= 0 or not text:
        return []
    offsets: list[int] = []
    start = 0  # where the current line starts
    used = 0  # columns taken on the current line
    last_break = -1  # the latest index after `start` where the line may break
    for index, ch in enumerate(text):
        if index > start and _breakable_between(text[index - 1], ch):
            last_break = index
        size = cells(ch)
        if used + size <= width or index == start:
            used += size
            continue
        cut = last_break if last_break > start else _forced_cut(text, start, index)
        offsets.append(cut)
        start = cut
        used = sum(cells(c) for c in text[cut : index + 1])
        if used > width:  # the word from the break on is itself too long
            cut = _forced_cut(text, start, index)
            offsets.append(cut)
            start = cut
            used = sum(cells(c) for c in text[cut : index + 1])
        last_break = max(
            (j for j in range(start + 1, index + 1) if _breakable_between(text[j - 1], text[j])),
            default=-1,
        )
    return offsets


def wrap(text: str, width: int, cells: Callable[[str], int] = cell_width) -> list[str]:
    """`text` laid out in lines of at most `width` columns, following :func:`break_offsets`.

    Existing line breaks are kept; a blank line stays blank. Spaces at the end of a
    wrapped line are dropped, since nothing shows them.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        cuts = [0, *break_offsets(line, width, cells), len(line)]
        pieces = [line[a:b] for a, b in pairwise(cuts)]
        last = len(pieces) - 1
        lines += [piece.rstrip(" ") if i < last else piece for i, piece in enumerate(pieces)]
    return lines
