"""A screen with width breakpoints has its width class before its first Resize, so
that Resize styles nothing again."""

from __future__ import annotations

import pytest
from textual.app import App
from textual.screen import Screen

from offertui.screens.widths import start_with_width_classes


class _Wide(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide"), (140, "-huge")]  # noqa: RUF012


class _Plain(Screen[None]):
    pass


@pytest.mark.parametrize(
    ("width", "expected"),
    [(80, "-narrow"), (99, "-narrow"), (100, "-wide"), (139, "-wide"), (140, "-huge")],
)
async def test_the_class_of_the_terminal_width_is_there_when_the_screen_is_made(
    width: int, expected: str
) -> None:
    app: App[None] = App()
    async with app.run_test(size=(width, 24)):
        screen = _Wide()
        start_with_width_classes(screen)
        assert screen.has_class(expected)
        others = {"-narrow", "-wide", "-huge"} - {expected}
        assert not any(screen.has_class(name) for name in others)


async def test_a_screen_without_breakpoints_gets_no_class() -> None:
    app: App[None] = App()
    async with app.run_test(size=(120, 24)):
        screen = _Plain()
        start_with_width_classes(screen)
        assert not screen.classes


async def test_the_first_resize_leaves_the_class_as_it_was() -> None:
    app: App[None] = App()
    async with app.run_test(size=(120, 24)) as pilot:
        screen = _Wide()
        start_with_width_classes(screen)
        await app.push_screen(screen)
        await pilot.pause()
        assert screen.classes == {"-wide"}
