"""The notes' wrapped document: its counted height equals Textual's own sum through
edits, and its shortcut wrap leaves exactly the state Textual's wrap does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from textual.geometry import Offset
from textual.widgets.text_area import Document, WrappedDocument

from offertui.widgets.long_text import CountedHeightWrappedDocument

line = st.text(st.sampled_from("ab 日\t"), max_size=40)
edits = st.lists(
    st.tuples(st.integers(0, 50), st.integers(0, 50), st.text(st.sampled_from("xy \n日"))),
    max_size=12,
)


def summed_height(wrapped: CountedHeightWrappedDocument) -> int:
    # Textual's definition of the height.
    return sum(len(wrapped.get_offsets(i)) + 1 for i in range(wrapped.document.line_count))


@settings(deadline=None)
@given(lines=st.lists(line, min_size=1, max_size=30), width=st.integers(0, 20), changes=edits)
def test_counted_height_matches_the_sum(
    lines: list[str], width: int, changes: list[tuple[int, int, str]]
) -> None:
    document = Document("\n".join(lines))
    wrapped = CountedHeightWrappedDocument(document, width=width)
    assert wrapped.height == summed_height(wrapped)
    for row, column, text in changes:
        row = min(row, document.line_count - 1)
        column = min(column, len(document[row]))
        result = document.replace_range((row, column), (row, column), text)
        wrapped.wrap_range((row, column), (row, column), result.end_location)
        assert wrapped.height == summed_height(wrapped)
    wrapped.wrap(max(width - 3, 0))
    assert wrapped.height == summed_height(wrapped)


any_line = st.text(st.sampled_from("ab 日\t👍\u0301x  "), max_size=30)


def wrap_state(wrapped: WrappedDocument) -> tuple[object, ...]:
    """Everything the text area can ask a wrapped document, asked of every line and of
    every place on the screen the text reaches (and one column past it)."""
    document = wrapped.document
    per_line = [
        (
            wrapped.get_offsets(row),
            wrapped.get_tab_widths(row),
            wrapped.get_sections(row),
            [wrapped.location_to_offset((row, column)) for column in range(len(document[row]) + 1)],
        )
        for row in range(document.line_count)
    ]
    widest = max((len(line) for line in wrapped.lines), default=0) + 2
    screen = [
        wrapped.offset_to_location(Offset(x, y))
        for y in range(wrapped.height)
        for x in range(widest)
    ]
    columns = [
        wrapped.get_target_document_column(row, x, section)
        for row in range(document.line_count)
        for section in range(len(wrapped.get_offsets(row)) + 1)
        for x in range(widest)
    ]
    return (wrapped.wrapped, wrapped.height, wrapped.lines, per_line, screen, columns)


@settings(deadline=None)
@given(
    lines=st.lists(any_line, min_size=1, max_size=20),
    widths=st.lists(st.integers(0, 24), min_size=1, max_size=4),
    tab_width=st.integers(1, 8),
)
def test_the_shortcut_wrap_leaves_what_textuals_wrap_leaves(
    lines: list[str], widths: list[int], tab_width: int
) -> None:
    document = Document("\n".join(lines))
    theirs = WrappedDocument(document, tab_width=tab_width)
    ours = CountedHeightWrappedDocument(document, tab_width=tab_width)
    assert wrap_state(ours) == wrap_state(theirs)
    for width in widths:
        theirs.wrap(width)
        ours.wrap(width)
        assert wrap_state(ours) == wrap_state(theirs)
        assert ours.lines == theirs.lines


async def test_long_text_area_uses_the_counted_height() -> None:
    from textual.app import App, ComposeResult

    from offertui.widgets.long_text import LongTextArea

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield LongTextArea("hello\n" * 50, soft_wrap=True)

    app = One()
    async with app.run_test(size=(40, 10)) as pilot:
        area = app.query_one(LongTextArea)
        assert isinstance(area.wrapped_document, CountedHeightWrappedDocument)
        area.load_text("x " * 500)
        await pilot.pause()
        assert isinstance(area.wrapped_document, CountedHeightWrappedDocument)
        assert area.wrapped_document.height == summed_height(area.wrapped_document)
        assert area.virtual_size.height == area.wrapped_document.height
