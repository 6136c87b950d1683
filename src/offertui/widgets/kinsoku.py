"""Japanese line breaking (禁則処理) in Textual's text widgets.

Textual wraps text at spaces and folds a word too long for the line wherever it must.
Japanese has no spaces, so a Japanese sentence is one long "word" that gets folded
anywhere: 「。」 or 「、」 at the start of a line, 「「」 at the end of one. The rules of
:mod:`offertui.domain.japanese` say where such a line may break; this module applies
them in the two places the app wraps Japanese:

- :class:`KinsokuTextArea`, a TextArea that soft-wraps by them (the email editor);
- :class:`KinsokuText`, a visual for any ``Static`` that shows text which may be in
  Japanese (questions, answers, glossary entries).

Lines without a character from the CJK ranges wrap exactly as Textual wraps them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from rich.cells import get_character_cell_size
from textual.content import Content
from textual.visual import Visual
from textual.widgets.text_area import Location, WrappedDocument

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

from offertui.domain.japanese import break_offsets
from offertui.widgets.visible import SafeTextArea

__all__ = ["KinsokuText", "KinsokuTextArea", "needs_kinsoku"]

_CJK_START = "\u3000"  # ideographic space: kana, kanji and full-width forms come after it


def needs_kinsoku(line: str) -> bool:
    """Whether `line` holds a character (kana, kanji, Japanese punctuation, full-width
    forms) that Textual's own wrapping would fold without the kinsoku rules."""
    return max(line, default="") >= _CJK_START


def _offsets(line: str, width: int) -> list[int]:
    # Measured as Textual measures the line, so the pieces fit the cells it draws.
    return break_offsets(line, width, get_character_cell_size)


class KinsokuDocument(WrappedDocument):
    """A TextArea's wrapped view that breaks Japanese lines by the kinsoku rules.

    Textual has no hook for choosing where a line breaks, so this lets Textual wrap
    the document as usual and then re-breaks each line holding Japanese, rebuilding
    the maps from screen rows to lines that the TextArea reads. Lines without tabs
    only: a tab's width depends on its column, which Textual works out itself.
    """

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        super().wrap(width, tab_width)
        self._apply_kinsoku(range(self.document.line_count))

    def wrap_range(self, start: Location, old_end: Location, new_end: Location) -> None:
        super().wrap_range(start, old_end, new_end)
        top = min(start[0], new_end[0])
        bottom = max(start[0], new_end[0])
        self._apply_kinsoku(range(top, bottom + 1))

    def _apply_kinsoku(self, indices: Iterable[int]) -> None:
        width = self._width
        if not width:
            return
        changed = False
        count = self.document.line_count
        for index in indices:
            if not 0 <= index < count:
                continue
            line = self.document.get_line(index)
            if "\t" in line or not needs_kinsoku(line):
                continue
            offsets = _offsets(line, width)
            if offsets != self._wrap_offsets[index]:
                self._wrap_offsets[index] = offsets
                changed = True
        if changed:
            self._reindex()

    def _reindex(self) -> None:
        """Rebuild the row maps from the wrap offsets of every line."""
        row_to_line: list[tuple[int, int]] = []
        line_to_rows: list[list[int]] = []
        row = 0
        for index, offsets in enumerate(self._wrap_offsets):
            sections = len(offsets) + 1
            line_to_rows.append(list(range(row, row + sections)))
            row_to_line.extend((index, section) for section in range(sections))
            row += sections
        self._offset_to_line_info = row_to_line
        self._line_index_to_offsets = line_to_rows


class KinsokuTextArea(SafeTextArea):
    """A TextArea whose soft wrap follows the kinsoku rules for Japanese lines."""

    # TextArea assigns its wrapped view in __init__ and again for every new document
    # (load_text, a change of language); the property swaps each for a kinsoku one.
    @property
    def wrapped_document(self) -> WrappedDocument:
        return self._kinsoku_document

    @wrapped_document.setter
    def wrapped_document(self, document: WrappedDocument) -> None:
        if not isinstance(document, KinsokuDocument):
            # Built unwrapped: TextArea wraps it to its width right after.
            document = KinsokuDocument(document.document)
        self._kinsoku_document = document


class KinsokuText(Visual):
    """Text for a ``Static`` that wraps Japanese by the kinsoku rules.

    ``Static(KinsokuText("…"))`` shows the text as Textual would, except that lines
    holding Japanese break only where the rules allow. Markup is not parsed: the text
    is shown as it is, so user text can never be read as markup.
    """

    def __init__(self, text: str | Content) -> None:
        self._content = text if isinstance(text, Content) else Content(text)
        self._cache: tuple[int, Content] | None = None

    @property
    def plain(self) -> str:
        """The text, without styles."""
        return self._content.plain

    def lines(self, width: int) -> list[str]:
        """The text as it is laid out in `width` cells, one string per line."""
        return self._broken(width).plain.split("\n")

    def _broken(self, width: int) -> Content:
        """The content with a line end wherever the kinsoku rules break it at `width`."""
        if self._cache is not None and self._cache[0] == width:
            return self._cache[1]
        pieces: list[Content] = []
        for line in self._content.split("\n", allow_blank=True):
            if width <= 0 or not needs_kinsoku(line.plain):
                pieces.append(line)
                continue
            parts = line.divide(_offsets(line.plain, width))
            pieces += [part.rstrip(" ") for part in parts[:-1]]
            pieces.append(parts[-1])
        broken = Content("\n").join(pieces)
        self._cache = (width, broken)
        return broken

    @staticmethod
    def _inner(rules: RulesMap, width: int) -> int:
        return width - 2 * int(rules.get("line_pad", 0))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        broken = self._broken(self._inner(options.rules, width))
        return broken.render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._content.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self._content.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._broken(self._inner(rules, width)).get_height(rules, width)
