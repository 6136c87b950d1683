"""A TextArea that stays fast with a megabyte of soft-wrapped text.

Textual's `WrappedDocument.height` sums the wrapped height of every line, and the
TextArea asks for it once per rendered line, so each frame of a 1 MB document
walked every line of it some twenty times. The wrapped document already keeps one
entry per visual line (`_offset_to_line_info`, maintained by `wrap` and
`wrap_range`), so its length *is* the height. `tests/unit/test_long_text.py` checks
that invariant against the original sum through random edits, so a change in
Textual that broke it would fail the tests rather than the user.
"""

from __future__ import annotations

from textual._cells import cell_len
from textual._wrap import compute_wrap_offsets
from textual.document._wrapped_document import WrappedDocument
from textual.expand_tabs import get_tab_widths
from textual.widgets import TextArea


class CountedHeightWrappedDocument(WrappedDocument):
    """A WrappedDocument whose height is O(1): the number of visual lines it keeps,
    and whose full wrap skips the work for lines that need none."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)

    def wrap(self, width: int, tab_width: int | None = None) -> None:
        """Textual's `WrappedDocument.wrap`, with a shortcut: a line without tabs that
        fits the width (as most lines of notes do) has no breaks and one section, so
        neither the tab scan nor the break search runs for it. A TextArea wraps its
        whole text several times as it is laid out; for 100 KB of notes this took
        most of opening the Meeting screen. The result is the same, state for state;
        a property test checks it against Textual's own method."""
        self._width = width
        if tab_width:
            self._tab_width = tab_width
        tab_width = self._tab_width

        wrap_offsets: list[list[int]] = []
        offset_to_line_info: list[tuple[int, int]] = []
        line_index_to_offsets: list[list[int]] = []
        line_tab_widths: list[list[int]] = []
        current_offset = 0
        for line_index, line in enumerate(self.document.lines):
            if "\t" not in line and (not width or cell_len(line) <= width):
                offsets: list[int] = []
                tab_widths = [0] if line else []
            else:
                tab_sections = get_tab_widths(line, tab_width)
                offsets = (
                    compute_wrap_offsets(
                        line, width, tab_size=tab_width, precomputed_tab_sections=tab_sections
                    )
                    if width
                    else []
                )
                tab_widths = [section_width for _, section_width in tab_sections]
            line_tab_widths.append(tab_widths)
            wrap_offsets.append(offsets)
            line_offsets: list[int] = []
            for section in range(len(offsets) + 1):
                offset_to_line_info.append((line_index, section))
                line_offsets.append(current_offset)
                current_offset += 1
            line_index_to_offsets.append(line_offsets)

        self._wrap_offsets = wrap_offsets
        self._offset_to_line_info = offset_to_line_info
        self._line_index_to_offsets = line_index_to_offsets
        self._tab_width_cache = line_tab_widths


class LongTextArea(TextArea):
    """A TextArea for long, soft-wrapped text such as an hour of meeting notes."""

    @property
    def wrapped_document(self) -> WrappedDocument:
        return self._long_wrapped_document

    @wrapped_document.setter
    def wrapped_document(self, document: WrappedDocument) -> None:
        # TextArea builds a plain WrappedDocument in several places; give each the
        # counted height. The subclass adds no state, so changing the class is exact.
        if type(document) is WrappedDocument:
            document.__class__ = CountedHeightWrappedDocument
        self._long_wrapped_document = document
