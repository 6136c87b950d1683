"""Typing that arrives while a dialog waits with the focus on no text field.

A dialog pops up in the middle of a sentence (Escape pressed by mistake during the
meeting, and the user typing on). Its letters must not answer it, and must not be
lost: they go on into the field that had the focus on the screen below (the notes),
or, with none there, a notice says once per run of typing that they were not typed.
A space or an enter within that run is part of the sentence (an enter a new line in
the notes), not a button press.
"""

from __future__ import annotations

from time import monotonic
from weakref import WeakKeyDictionary

from textual import events
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea

from offertui.screens.typing_guard import TypingGuard, kind_of, takes_text, to_end_of_text

_GUARDS: WeakKeyDictionary[Screen[object], TypingGuard] = WeakKeyDictionary()
# The dialog's own text field that had the focus last (a form dialog: the revised offer,
# an attendee, a question), where typing on its buttons belongs.
_OWN_FIELDS: WeakKeyDictionary[Screen[object], Widget] = WeakKeyDictionary()
# When each dialog last said where typing went: said again only after a pause.
_TOLD: WeakKeyDictionary[Screen[object], float] = WeakKeyDictionary()
NOTICE_GAP_SECONDS = 3.0


def _first_notice(dialog: Screen[object]) -> bool:
    """Whether to say where typing goes now: not again for each line of one sentence."""
    now = monotonic()
    if now - _TOLD.get(dialog, -NOTICE_GAP_SECONDS) < NOTICE_GAP_SECONDS:
        return False
    _TOLD[dialog] = now
    return True


def _behind(dialog: Screen[object]) -> Widget | None:
    """The text field that had the focus on the screen below `dialog`, if any."""
    stack = dialog.app.screen_stack
    if dialog not in stack or stack.index(dialog) == 0:
        return None
    below = stack[stack.index(dialog) - 1].focused
    return below if below is not None and takes_text(below) and not below.disabled else None


def _field_name(field: Widget) -> str:
    title = field.border_title if isinstance(field, TextArea) else ""
    # Its name only, without a mark beside it ("Answer ✎ typing" is the answer).
    name = str(title or "").split("✎")[0].strip()
    return f"the {name.lower()}" if name else "the field you were typing in"


def take_dialog_typing(dialog: Screen[object], event: events.Key) -> bool:
    """Whether `event`, reaching `dialog`, is typing it handled: sent on to the field
    behind it, or refused with a notice. Keys the dialog binds (the 1 and 2 of the
    two-versions dialog) and keys for its own text fields and drop-downs pass."""
    if not isinstance(dialog, ModalScreen):
        return False
    focused = dialog.focused
    guard = _GUARDS.setdefault(dialog, TypingGuard())
    if takes_text(focused) or kind_of(focused) == "a drop-down":
        if focused is not None and takes_text(focused):
            _OWN_FIELDS[dialog] = focused
        guard.typing = False
        return False
    if event.is_printable and event.key in dialog.active_bindings:
        return False
    starts = not guard.typing
    own = _OWN_FIELDS.get(dialog)
    if own is not None and (not own.is_attached or own.disabled):
        own = None
    if own is not None and event.key == "space":
        # In a form, a space after a Tab too many is the next word, not a press of the
        # button (Cancel would throw the form away): its buttons answer to Enter.
        guard.typing = True
        return _back_to_own_field(dialog, own, event, starts)
    field = _behind(dialog)
    if field is not None and event.key == "space":
        # A sentence typed on when the dialog came up: its first space is a space in
        # that sentence, not a key for the dialog (its buttons answer to Enter).
        guard.typing = True
    elif not guard.intercepts(event, focused):
        return False
    if own is not None:
        return _back_to_own_field(dialog, own, event, starts)
    if event.character is None or not event.is_printable:
        # The enter that ends a line of the sentence: not a press of the focused button.
        if event.key == "enter" and isinstance(field, TextArea):
            _type_into(field, event)
        return True
    if field is not None:
        _type_into(field, event)
    if not starts or not _first_notice(dialog):
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


def _back_to_own_field(
    dialog: Screen[object], field: Widget, event: events.Key, starts: bool
) -> bool:
    """Typing that reached a form dialog's button after a Tab too many: the focus goes back
    to the dialog's field it came from, and the letters with it. Neither answers the
    dialog, and an Enter in the run of typing ends the field's line, not the dialog."""
    if dialog.focused is not field:
        dialog.set_focus(field)
        field.call_later(to_end_of_text, field)
    _type_into(field, event)
    if starts and _first_notice(dialog):
        dialog.notify(
            "Typed on into the field you had left: the focus had moved to a button, "
            "and letters do not press it.",
            timeout=4,
        )
    return True


def _type_into(field: Widget, event: events.Key) -> None:
    """Give the key of `event` to `field` behind the keys it has still to take. Put in
    at once, a burst's next word landed before the last letters the field had not yet
    taken (the keys typed just before the dialog came up or the focus moved on)."""
    if isinstance(field, Input) and event.key == "enter":
        return  # in a one-line field the sentence goes on; the enter answers nothing
    if isinstance(field, (Input, TextArea)):
        field.post_message(events.Key(event.key, event.character))
