"""Typing that arrives while a dialog waits with the focus on no text field.

A dialog pops up in the middle of a sentence (Escape pressed by mistake during the
meeting, and the user typing on). Its letters must not answer it, and must not be
lost: they go on into the field that had the focus on the screen below (the notes),
or, with none there, a notice says once per run of typing that they were not typed.
A space or an enter within that run is part of the sentence (an enter a new line in
the notes), not a button press.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from textual import events
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea

from offertui.screens.typing_guard import TypingGuard, kind_of, takes_text

_GUARDS: WeakKeyDictionary[Screen[object], TypingGuard] = WeakKeyDictionary()


def _behind(dialog: Screen[object]) -> Widget | None:
    """The text field that had the focus on the screen below `dialog`, if any."""
    stack = dialog.app.screen_stack
    if dialog not in stack or stack.index(dialog) == 0:
        return None
    below = stack[stack.index(dialog) - 1].focused
    return below if below is not None and takes_text(below) and not below.disabled else None


def _field_name(field: Widget) -> str:
    title = field.border_title if isinstance(field, TextArea) else ""
    return f"the {str(title).lower()}" if title else "the field you were typing in"


def take_dialog_typing(dialog: Screen[object], event: events.Key) -> bool:
    """Whether `event`, reaching `dialog`, is typing it handled: sent on to the field
    behind it, or refused with a notice. Keys the dialog binds (the 1 and 2 of the
    two-versions dialog) and keys for its own text fields and drop-downs pass."""
    if not isinstance(dialog, ModalScreen):
        return False
    focused = dialog.focused
    guard = _GUARDS.setdefault(dialog, TypingGuard())
    if takes_text(focused) or kind_of(focused) == "a drop-down":
        guard.typing = False
        return False
    if event.is_printable and event.key in dialog.active_bindings:
        return False
    starts = not guard.typing
    if not guard.intercepts(event, focused):
        return False
    field = _behind(dialog)
    if event.character is None or not event.is_printable:
        # The enter that ends a line of the sentence: not a press of the focused button.
        if event.key == "enter" and isinstance(field, TextArea):
            field.insert("\n")
        return True
    if isinstance(field, TextArea):
        field.insert(event.character)
    elif isinstance(field, Input):
        field.insert_text_at_cursor(event.character)
    if not starts:
        return True
    if field is not None:
        dialog.notify(
            f"Typed into {_field_name(field)} behind this dialog; letters do not answer it.",
            timeout=4,
        )
    else:
        dialog.notify(
            "Not typed: this dialog has no text field, and letters do not answer it. "
            "Enter presses the highlighted button; esc closes it.",
            severity="warning",
            timeout=5,
        )
    return True
