"""Keeps typing from turning into actions where nothing takes text.

On an offer's screens, a printable key that reaches a list, a button, a check box or a
drop-down is not its command: the screen either sends it to the field where typing
belongs (the Meeting's notes) or says, once per run of typing, that it went nowhere.
A space or an enter that follows such a key is part of the sentence too, so it does not
press the button or tick the box; on its own, after a Tab or an arrow, it does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import ref

from textual import events
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    OptionList,
    RadioButton,
    RadioSet,
    Select,
    Switch,
    Tabs,
    TextArea,
)

# What the focused widget is, in the words of the notice.
_KINDS: tuple[tuple[tuple[type[Widget], ...], str], ...] = (
    ((Select,), "a drop-down"),
    ((OptionList,), "a list"),
    ((Button,), "a button"),
    ((Checkbox, RadioButton, Switch), "a check box"),
    ((RadioSet,), "a set of choices"),
    ((Tabs,), "the tabs"),
)


def takes_text(widget: Widget | None) -> bool:
    """Whether typing on `widget` writes into it."""
    if isinstance(widget, TextArea):
        return not widget.read_only
    return isinstance(widget, Input)


def to_end_of_text(widget: Widget | None) -> None:
    """Put the cursor after the text of `widget`, a field just tabbed into: what is
    typed next adds to what is there, instead of being glued before its first word."""
    if isinstance(widget, TextArea) and not widget.read_only:
        widget.move_cursor(widget.document.end)
    elif isinstance(widget, Input) and not widget.select_on_focus:
        widget.cursor_position = len(widget.value)


_FOCUS_MOVES: dict[str, Callable[[Screen[Any]], object]] = {
    "tab": Screen.focus_next,
    "shift+tab": Screen.focus_previous,
}


def move_focus_at_once(screen: Screen[Any], key: str) -> bool:
    """Move the focus for Tab or shift+Tab (`key`) as the key arrives; False when the
    key is neither, or when the focused text area indents with Tab (none of offertui's
    does). Textual's Tab is an ordinary binding, run only once the focused field has
    passed the key back up, and by then the letters typed right behind it had gone to
    the old field."""
    move = _FOCUS_MOVES.get(key)
    focused = screen.focused
    if move is None or (isinstance(focused, TextArea) and focused.tab_behavior != "focus"):
        return False
    move(screen)
    to_end_of_text(screen.focused)
    return True


def kind_of(widget: Widget | None) -> str:
    """What `widget` is, as a person would name it."""
    node = widget
    while node is not None:
        for classes, name in _KINDS:
            if isinstance(node, classes):
                return name
        parent = node.parent
        node = parent if isinstance(parent, Widget) else None
    return "no text field"


def refused_notice(widget: Widget | None) -> str:
    return (
        f"Not typed: the focus is on {kind_of(widget)}, not a text field. "
        "Tab moves to the next field."
    )


class TypingGuard:
    """Follows the keys that reach a screen and says which of them are typing.

    A run of typing belongs to the widget it was typed on: once the focus has moved (a
    Tab, which never reaches the screen), the next key begins a new run, so a sentence
    typed on the next widget is told about again."""

    def __init__(self) -> None:
        self.typing = False
        self._on: ref[Widget] | None = None

    def starts(self, focused: Widget | None) -> bool:
        """Whether a key on `focused` would begin a new run of typing."""
        return not self.typing or self._on is None or self._on() is not focused

    def intercepts(self, event: events.Key, focused: Widget | None) -> bool:
        """Whether `event` is typing that `focused` would take for a command.

        Only keys the focused widget left alone reach the screen: a text field keeps
        the characters typed into it."""
        if self.starts(focused):
            self.typing = False
        self._on = ref(focused) if focused is not None else None
        if takes_text(focused):
            self.typing = False
            return False
        if event.key == "enter" or (event.key == "space" and not self.typing):
            was_typing, self.typing = self.typing, False
            return was_typing
        if event.is_printable:
            self.typing = True
            return True
        self.typing = False
        return False
