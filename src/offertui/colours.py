"""Theme colours made legible: the headings and the focus mark stand out from every
background they are drawn on by a contrast of at least 4.5:1, WCAG's level for text, in
every built-in theme, light ones included.

A theme's accent or focus border can be close to its background (textual-light's accent
is 1.5:1 against it). Such a colour is moved towards black or white, the least that
reaches the contrast, so it keeps its hue where it can. Headings and the focus mark
are measured as the terminal shows them, in true colour and in the 256 colours a
terminal without COLORTERM=truecolor is given (there every colour is moved to the
nearest one of the palette, which can lose the contrast).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from rich.color import ColorSystem
from textual.color import BLACK, WHITE, Color, ColorParseError

#: WCAG 2's minimum contrast for normal text (success criterion 1.4.3, level AA).
MINIMUM: Final = 4.5
#: The backgrounds most text is drawn on: the screen, fields and lists, the offer's header.
BACKGROUNDS: Final = ("background", "surface", "panel")
#: The theme variables made legible, each against the backgrounds it is drawn on.
#: Headings are written in `$text-accent`, and Textual draws the focused widget's
#: border in `$border`; a warning at a glance (no letter yet) is `$text-warning`. The
#: footer's key names and words are drawn on its own background (a theme may set one),
#: and a list's highlighted row in `$block-cursor-foreground` on its background.
LEGIBLE: Final[Mapping[str, tuple[str, ...]]] = {
    "text-accent": BACKGROUNDS,
    "border": BACKGROUNDS,
    "text-warning": BACKGROUNDS,
    "footer-key-foreground": ("footer-background",),
    "footer-description-foreground": ("footer-background",),
    "block-cursor-foreground": ("block-cursor-background",),
}
#: Those also measured as a 256-colour terminal shows them: the headings and the
#: focus mark, the two a person looks for first.
IN_256: Final = frozenset({"text-accent", "border"})
_STEPS: Final = 40


def luminance(colour: Color) -> float:
    """WCAG's relative luminance of an opaque colour, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)


def contrast(first: Color, second: Color) -> float:
    """WCAG's contrast ratio of two opaque colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def eight_bit(colour: Color) -> Color:
    """`colour` as a 256-colour terminal shows it: the nearest colour of its palette."""
    return Color.from_rich_color(colour.rich_color.downgrade(ColorSystem.EIGHT_BIT))


def seen_contrast(first: Color, second: Color) -> float:
    """The lower of the contrast in true colour and in 256 colours."""
    return min(contrast(first, second), contrast(eight_bit(first), eight_bit(second)))


def legible(
    colour: Color, backgrounds: Iterable[Color], minimum: float = MINIMUM, in_256: bool = False
) -> Color:
    """`colour` if it reaches `minimum` against every one of `backgrounds` (in true
    colour, and `in_256` colours too when asked); otherwise the colour nearest to it,
    towards black or towards white, that does (or, where neither gets there, the one of
    the two that comes closest)."""
    grounds = list(backgrounds)
    measure = seen_contrast if in_256 else contrast

    def worst(candidate: Color) -> float:
        return min(measure(candidate, ground) for ground in grounds)

    if worst(colour) >= minimum:
        return colour
    reached: list[tuple[int, Color]] = []
    for end in (BLACK, WHITE):
        for step in range(1, _STEPS + 1):
            candidate = colour.blend(end, step / _STEPS)
            if worst(candidate) >= minimum:
                reached.append((step, candidate))
                break
    if reached:
        return min(reached, key=lambda found: found[0])[1]
    return max((BLACK, WHITE), key=worst)


def legible_variables(variables: Mapping[str, str]) -> dict[str, str]:
    """The theme's CSS `variables` with `LEGIBLE` ones made legible against the
    backgrounds each is drawn on. A theme of the terminal's own ANSI colours is left as
    it is: what those colours look like is the terminal's choice, unknown here."""
    result = dict(variables)
    try:
        screen = Color.parse(variables["background"])
    except (KeyError, ColorParseError):
        return result
    if screen.ansi is not None:
        return result

    def opaque(name: str) -> Color | None:
        # A see-through colour is seen over the screen's background.
        try:
            colour = Color.parse(result[name])
        except (KeyError, ColorParseError):
            return None
        if colour.ansi is not None:
            return None
        return screen + colour if colour.a < 1 else colour

    for name, under in LEGIBLE.items():
        grounds = [ground for ground in map(opaque, under) if ground is not None]
        if len(grounds) != len(under):
            continue
        colour = _auto(result.get(name, ""), grounds[0]) or opaque(name)
        if colour is not None:
            result[name] = legible(colour, grounds, in_256=name in IN_256).hex
    return result


def _auto(value: str, ground: Color) -> Color | None:
    """An "auto 87%" colour (Textual's white or black, whichever shows on `ground`,
    that much opaque) made solid, or None if `value` is not one: the see-through white
    of a highlighted row is below the contrast on some themes' highlight."""
    if value.split()[:1] != ["auto"]:
        return None
    return ground.get_contrast_text(1.0)
