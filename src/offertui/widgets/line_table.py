"""A table drawn line by line: a fixed header, a row cursor, rows of any kind.

Textual's DataTable measures and renders every cell of every row it is given, which
for a thousand offers held back the Offers home's first frame by a good fraction of a
second. This table keeps the rows as they come (any objects) and asks for a row's
cells only when that row is drawn, so filling it costs nothing and a frame costs a
screenful of rows.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Generic, TypeVar

from rich.cells import cell_len, get_character_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from offertui.domain.terminal_text import BLANKS

RowT = TypeVar("RowT")

Cell = Text | str


@dataclass(frozen=True)
class Column:
    """A column: its heading, and its width in cells (None: share what is left).

    A shared column with `wants` takes up to that many cells before the others share
    the rest, leaving each of them at least `MIN_SHARED`: a name that tells rows apart
    is shown whole where a description beside it can be cut."""

    label: str
    width: int | None = None
    wants: int | None = None
    #: How a plain cell's text is cut to the column's width (default: `fit`).
    cut: Callable[[str, int], str] | None = None


# Blank cells either side of each cell's text.
CELL_PADDING = 1
# The least a shared column keeps when another one wants more.
MIN_SHARED = 8


def column_widths(columns: Sequence[Column], total: int) -> list[int]:
    """Each column's text width when the table is `total` cells wide: fixed columns
    keep theirs, the others share the rest (never below 4), those that want more first."""
    fixed = sum(c.width for c in columns if c.width is not None)
    flexible = [i for i, c in enumerate(columns) if c.width is None]
    free = max(4 * len(flexible), total - fixed - 2 * CELL_PADDING * len(columns))
    widths = [c.width or 0 for c in columns]
    _share(widths, flexible, free)
    for i in flexible:
        wants = columns[i].wants
        if wants is not None and wants > widths[i]:
            others = [j for j in flexible if j != i and columns[j].wants is None]
            widths[i] = max(widths[i], min(wants, free - MIN_SHARED * len(others)))
            _share(widths, others, free - widths[i])
    return widths


def _share(widths: list[int], columns: Sequence[int], free: int) -> None:
    """Split `free` cells evenly between `columns` (indexes into `widths`)."""
    for n, i in enumerate(columns):
        widths[i] = free // len(columns) + (1 if n < free % len(columns) else 0)


class RowMessage(Message):
    """Something happened to a row of a LineTable; `key` says which row."""

    def __init__(self, table: LineTable[Any], key: Hashable | None) -> None:
        super().__init__()
        self.table = table
        self.key = key

    @property
    def control(self) -> LineTable[Any]:
        return self.table


class LineTable(ScrollView, Generic[RowT], can_focus=True):
    """Rows of any kind, a header that stays put, and a cursor moved with the keys.

    `cells` turns a row into its cells (Text or str, one per column); it is called
    only for rows on screen, and its answer is kept until the rows are set again.
    """

    DEFAULT_CSS = """
    LineTable {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        &:focus {
            background-tint: $foreground 5%;
            & > .line-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
        &:dark > .line-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .line-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        /* A light theme's panel is almost its rows' colour: shade the header instead. */
        &:light > .line-table--header {
            background: $foreground 15%;
        }
        &:ansi > .line-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .line-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .line-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "line-table--header",
        "line-table--even-row",
        "line-table--cursor",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=False, init=False)

    class RowHighlighted(RowMessage):
        """The cursor moved to another row (key: None when the table is empty)."""

    class RowSelected(RowMessage):
        """The row under the cursor was clicked again: open it."""

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        key: Callable[[RowT], Hashable],
        cells: Callable[[RowT], Sequence[Cell]],
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.columns = list(columns)
        self._key = key
        self._cells = cells
        self._rows: list[RowT] = []
        self._index: dict[Hashable, int] = {}
        self._cell_cache: dict[int, Sequence[Cell]] = {}
        self._segment_cache: dict[tuple[int | None, int], list[Segment]] = {}
        self._line_cache: LRUCache[tuple[object, ...], Strip] = LRUCache(256)

    # ---- rows -----------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def set_rows(self, rows: Sequence[RowT], keep: Hashable | None = None) -> None:
        """Show `rows`; the cursor stays on the row keyed `keep` when it is among them."""
        self._rows = list(rows)
        self._index = {self._key(row): n for n, row in enumerate(self._rows)}
        self._cell_cache.clear()
        self._segment_cache.clear()
        self._line_cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows) + 1)
        target = self._index.get(keep, self.cursor_row) if keep is not None else self.cursor_row
        self.move_cursor(row=target)
        # Also when the cursor's index did not change: the rows around it did, and the
        # view may have been at the top while a filter showed only a few rows.
        self._scroll_to_cursor()
        self.refresh()

    def get_row_at(self, index: int) -> Sequence[Cell]:
        """The cells of the row at `index` (IndexError when there is none)."""
        if index not in self._cell_cache:
            self._cell_cache[index] = self._cells(self._rows[index])
        return self._cell_cache[index]

    def get_row_index(self, key: Hashable) -> int:
        """Where the row keyed `key` is (KeyError when it is not shown)."""
        return self._index[key]

    @property
    def cursor_value(self) -> RowT | None:
        """The row under the cursor, if there are rows."""
        if not self._rows:
            return None
        return self._rows[self.cursor_row]

    @property
    def cursor_key(self) -> Hashable | None:
        """The key of the row under the cursor, if there are rows."""
        row = self.cursor_value
        return None if row is None else self._key(row)

    def move_cursor(self, *, row: int) -> None:
        """Put the cursor on row `row`, or the nearest row there is."""
        self.cursor_row = row

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, len(self._rows) - 1))

    def watch_cursor_row(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.RowHighlighted(self, self.cursor_key))

    def _scroll_to_cursor(self) -> None:
        body = max(1, self.scrollable_content_region.height - 1)
        top = round(self.scroll_y)
        # force: just after the rows change, Textual may still think the view cannot
        # scroll (no scrollbar yet) and would ignore the request.
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True, force=True)
        elif self.cursor_row >= top + body:
            self.scroll_to(y=self.cursor_row - body + 1, animate=False, immediate=True, force=True)

    # ---- keys and mouse -------------------------------------------------------------

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - self._page())

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + self._page())

    def action_first(self) -> None:
        self.move_cursor(row=0)

    def action_last(self) -> None:
        self.move_cursor(row=len(self._rows) - 1)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        index = round(self.scroll_y) + offset.y - 1
        if not 0 <= index < len(self._rows):
            return
        if index == self.cursor_row:
            self.post_message(self.RowSelected(self, self._key(self._rows[index])))
        else:
            self.move_cursor(row=index)

    # ---- drawing --------------------------------------------------------------------

    def on_resize(self) -> None:
        self._line_cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows) + 1)
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._line_cache.clear()

    def _on_focus(self, event: events.Focus) -> None:
        self._line_cache.clear()

    def _on_blur(self, event: events.Blur) -> None:
        self._line_cache.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            return self._render_row(None, width)
        index = round(self.scroll_y) + y - 1
        if index >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        return self._render_row(index, width)

    def _render_row(self, index: int | None, width: int) -> Strip:
        cursor = index == self.cursor_row
        cache_key = (index, cursor, width, self.has_focus)
        cached = self._line_cache.get(cache_key)
        if cached is not None:
            return cached
        style = self.rich_style
        cursor_style: Style | None = None
        if index is None:
            style += self.get_component_rich_style("line-table--header")
        else:
            if index % 2:
                style += self.get_component_rich_style("line-table--even-row")
            if cursor:
                # The cursor's colours win over a cell's own (red on blue is unreadable).
                cursor_style = self.get_component_rich_style("line-table--cursor")
                style += cursor_style
        segments = Segment.apply_style(self._row_segments(index, width), style, cursor_style)
        strip = Strip(segments).crop_extend(0, width, style)
        self._line_cache[cache_key] = strip
        return strip

    def _row_segments(self, index: int | None, width: int) -> list[Segment]:
        """A row's cells fitted to their columns, in their own styles only (the row's
        style goes on top when it is drawn: cursor, stripes and focus change that)."""
        key = (index, width)
        if key in self._segment_cache:
            return self._segment_cache[key]
        cells: Sequence[Cell] = (
            [c.label for c in self.columns] if index is None else self.get_row_at(index)
        )
        console = self.app.console
        pad = Segment(" " * CELL_PADDING)
        segments: list[Segment] = []
        widths = column_widths(self.columns, width)
        for cell, column, cell_width in zip(cells, self.columns, widths, strict=False):
            segments.append(pad)
            cut = column.cut or fit
            if isinstance(cell, Text) and cell.spans:
                text = cell.copy()
                text.plain = text.plain.translate(_CONTROLS)
                text.truncate(cell_width, overflow="ellipsis", pad=True)
                # Text.render leaves out the text's own style (it is in its spans' base).
                own = console.get_style(text.style, default=Style.null())
                segments.extend(Segment.apply_style(text.render(console), own))
            elif isinstance(cell, Text):
                plain_style = console.get_style(cell.style) if cell.style else None
                segments.append(Segment(cut(cell.plain, cell_width), plain_style))
            else:
                segments.append(Segment(cut(cell, cell_width)))
            segments.append(pad)
        self._segment_cache[key] = segments
        return segments


# Tabs, line breaks, escapes and other control characters would move the cursor or
# reach the terminal as commands, and bidi overrides would reorder the row; in a cell
# each shows as one blank.
_CONTROLS = BLANKS


def fit(text: str, width: int) -> str:
    """`text` on one line in exactly `width` cells: padded, or cut with an ellipsis
    (wide characters count as two, control characters as one blank)."""
    if width <= 0:
        return ""
    text = text.translate(_CONTROLS)
    length = cell_len(text)
    if length <= width:
        return text + " " * (width - length)
    kept: list[str] = []
    used = 0
    for character in text:
        size = get_character_cell_size(character)
        if used + size > width - 1:
            break
        kept.append(character)
        used += size
    # A wide character that does not fit leaves a blank after the ellipsis, not before.
    return "".join(kept) + "…" + " " * (width - 1 - used)
