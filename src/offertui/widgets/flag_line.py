"""A red flag as one line of a list: its severity mark in the theme's colour, its title."""

from __future__ import annotations

from textual.content import Content

from offertui.domain.red_flags import RedFlag
from offertui.domain.terminal_text import visible

#: How each severity is marked, and the theme colour of the mark.
SEVERITY_MARKS: dict[str, tuple[str, str]] = {
    "high": ("●", "$text-error"),
    "medium": ("▲", "$text-warning"),
    "low": ("○", "$text-muted"),
}


def shorten(text: str, width: int) -> str:
    """`text` cut to `width` characters, with an ellipsis when it was longer."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def flag_line(flag: RedFlag, *, lit: bool = False) -> Content:
    """A flag as one line of a list: its severity mark in colour, then its title.

    On the `lit` (highlighted) line everything takes the highlight's own text colour:
    its background swallows the severity colours (textual-light's error red on its
    highlight blue is 1.03:1); the mark's shape still tells the severity."""
    mark, colour = SEVERITY_MARKS[flag.severity]
    parts: list[str | Content | tuple[str, str]] = [
        mark if lit else (mark, colour),
        " ",
        visible(flag.title, keep=""),
    ]
    if flag.own:
        parts.append(" (yours)" if lit else (" (yours)", "$text-muted"))
    return Content.assemble(*parts)
