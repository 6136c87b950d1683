"""Width classes a screen has from its first frame on."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

__all__ = ["start_with_width_classes"]


def start_with_width_classes(screen: Screen[Any]) -> None:
    """Give `screen` the class of its horizontal breakpoint for the terminal's width
    now, before any of its widgets is styled.

    Textual sets it on the screen's first Resize, which comes after the widgets were
    styled the first time: the class change then styles every widget of the screen
    again, a fifth of a first visit to Pay. With the class already there, that Resize
    changes nothing."""
    breakpoints = screen.HORIZONTAL_BREAKPOINTS
    if breakpoints is None:
        breakpoints = screen.app.HORIZONTAL_BREAKPOINTS
    if not breakpoints:
        return
    width = screen.app.size.width
    reached = [(edge, name) for edge, name in breakpoints if width >= edge]
    if reached:
        screen.add_class(max(reached)[1], update=False)
