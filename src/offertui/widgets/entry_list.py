"""The pieces of a list the user adds to by typing: its refill, and the error line
under the field that adds to it."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

__all__ = ["error_line", "refill", "show_error"]


def error_line(field_id: str, classes: str) -> Static:
    """The hidden line under the field `field_id`, for what is wrong with its text;
    `classes` style it the way its screen's other messages are."""
    line = Static("", id=f"{field_id}-error", classes=classes, markup=False)
    line.display = False
    return line


def show_error(line: Static, field: Input, message: str) -> None:
    """Show `message` on the `line` under `field` (hide the line when empty)."""
    line.update(message)
    line.display = bool(message)
    field.set_class(bool(message), "-invalid")


def refill(options: OptionList, prompts: list[Content], ids: list[str] | None = None) -> None:
    """Refill a list, keeping the highlight where it was. An empty list takes no room
    and so is no Tab stop: the focus there would be on nothing to see."""
    highlighted = options.highlighted
    options.clear_options()
    keys: list[str | None] = list(ids) if ids else [None] * len(prompts)
    options.add_options([Option(p, id=k) for p, k in zip(prompts, keys, strict=True)])
    options.can_focus = bool(options.option_count)
    if options.option_count:
        options.highlighted = min(highlighted or 0, options.option_count - 1)
