"""The notice a terminal too small for offertui's screens shows instead of a broken layout."""

from __future__ import annotations

from typing import Any

from textual.geometry import Size
from textual.screen import Screen
from textual.widgets import Static

#: The smallest terminal every screen is laid out for (the footer keeps whole keys,
#: the forms their labels, the meeting its question list and notes).
MIN_SIZE = Size(80, 24)


def too_small(size: Size) -> bool:
    return size.width < MIN_SIZE.width or size.height < MIN_SIZE.height


def notice_text(size: Size) -> str:
    return (
        "Make the terminal larger\n\n"
        f"It is {size.width}x{size.height}; offertui needs at least "
        f"{MIN_SIZE.width}x{MIN_SIZE.height}.\n\n"
        "Nothing is lost: what you type still goes where it went, and the screen comes "
        "back as soon as the terminal is large enough."
    )


class TooSmall(Static):
    """Covers the screen it is mounted on; takes no focus and no keys, so typing goes
    on reaching the focused field underneath."""

    DEFAULT_CSS = """
    TooSmall {
        overlay: screen;
        position: absolute;
        offset: 0 0;
        width: 100%;
        height: 100%;
        padding: 1 2;
        background: $background;
        color: $foreground;
        content-align: center middle;
        text-align: center;
    }
    """

    def __init__(self, size: Size) -> None:
        super().__init__(notice_text(size), id="too-small", markup=False)

    def show(self, size: Size) -> None:
        self.update(notice_text(size))


def fit_notice(screen: Screen[Any], size: Size) -> None:
    """Below the size the screens are laid out for, cover `screen` with the notice (its
    size said again as it changes); at that size or above, take the notice away."""
    notice = next(iter(screen.query(TooSmall)), None)
    if too_small(size):
        if notice is None:
            screen.mount(TooSmall(size))
        else:
            notice.show(size)
    elif notice is not None:
        notice.remove()
