"""TextAreas that stay fast with a megabyte of soft-wrapped text, and light to draw.

Textual's `WrappedDocument.height` sums the wrapped height of every line, and the
TextArea asks for it once per rendered line, so each frame of a 1 MB document
walked every line of it some twenty times. The wrapped document already keeps one
entry per visual line (`_offset_to_line_info`, maintained by `wrap` and
`wrap_range`), so its length *is* the height. `tests/unit/test_long_text.py` checks
that invariant against the original sum through random edits, so a change in
Textual that broke it would fail the tests rather than the user.
"""

from __future__ import annotations

from typing import Any

from textual._cells import cell_len
from textual._wrap import compute_wrap_offsets
from textual.document._wrapped_document import WrappedDocument
from textual.expand_tabs import get_tab_widths
from textual.reactive import Reactive, reactive
from textual.widgets.text_area import Edit, EditResult, Selection

from offertui.widgets.visible import SafeTextArea


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


class QuietTextArea(SafeTextArea):
    """A TextArea that repaints only the lines a keystroke changed.

    Textual's TextArea repaints the whole widget whenever the cursor moves, which is
    every keystroke: some 4.5 KB to the terminal for a notes panel at 100x30, felt over
    a slow SSH link. Here a cursor move repaints the lines of the old and new selection,
    and an edit the lines it changed (all of them when the text below moved to other
    lines); scrolling, resizing, loading text, undo and redo repaint all, as before.
    """

    selection: Reactive[Selection] = reactive(
        Selection(), init=False, always_update=True, repaint=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A steady cursor: a blinking one draws its line again twice a second, some
        # 500 bytes a second to the terminal while nothing happens.
        self.cursor_blink = False

    def _watch_selection(self, previous_selection: Selection, selection: Selection) -> None:
        super()._watch_selection(previous_selection, selection)
        if self.is_mounted:
            rows = [row for row, _column in (*previous_selection, *selection)]
            self._repaint_rows(min(rows), max(rows))

    def edit(self, edit: Edit) -> EditResult:
        height = self.wrapped_document.height
        result = super().edit(edit)
        if self.wrapped_document.height != height:
            self.refresh()  # what follows the edit moved up or down
        else:
            self._repaint_rows(edit.top[0], max(edit.bottom[0], result.end_location[0]))
        return result

    def undo(self) -> None:
        super().undo()
        self.refresh()

    def redo(self) -> None:
        super().redo()
        self.refresh()

    def _repaint_rows(self, first: int, last: int) -> None:
        """Repaint the screen lines that document rows `first` to `last` wrap onto."""
        document = self.document
        last = max(0, min(last, document.line_count - 1))
        first = max(0, min(first, last))
        wrapped = self.wrapped_document
        top = wrapped.location_to_offset((first, 0)).y
        bottom = wrapped.location_to_offset((last, len(document[last]))).y
        self.refresh_lines(top, bottom - top + 1)


class LongTextArea(QuietTextArea):
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
