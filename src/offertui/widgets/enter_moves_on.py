"""Enter that moves the focus on, at once.

A fast typist presses Enter and types the next word with no pause between the keys. A
message (Input.Submitted, OptionList.OptionSelected) that moves the focus is handled only
after the keys already queued, which then reach the field being left. A priority binding
runs as the app takes the key, before it takes the next one, so the focus is where the
following keys belong by the time they are sent on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from textual.actions import SkipAction
from textual.binding import Binding, BindingType
from textual.widgets import Input, OptionList


class NextOnEnter(Input):
    """A one-line field whose Enter moves the focus to the field `next_id` of its screen.

    Only the focus moves: what was typed before Enter may not have reached the field yet,
    so nothing reads it here."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "move_on", "Next field", show=False, priority=True)
    ]

    def __init__(self, *args: Any, next_id: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._next_id = next_id

    def action_move_on(self) -> None:
        self.screen.set_focus(self.screen.query_one(f"#{self._next_id}"))


class ChooseOnEnter(OptionList):
    """A list whose Enter calls `choose` at once (which moves the focus on); a click
    still posts OptionSelected as in any OptionList."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "choose", "Choose", show=False, priority=True)
    ]

    def __init__(self, *options: Any, choose: Callable[[], object], **kwargs: Any) -> None:
        super().__init__(*options, **kwargs)
        self._choose = choose

    def action_choose(self) -> None:
        if self.highlighted is None:
            raise SkipAction()
        self._choose()


class SubmitOnEnter(Input):
    """A one-line field whose Enter calls `submit` at once, so a dialog closes (and the
    focus is where its caller puts it) before the keys typed behind Enter are sent on.
    The keys typed before Enter were sent to the field first, in order."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit_now", "OK", show=False, priority=True)
    ]

    def __init__(self, *args: Any, submit: Callable[[], object], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._submit_now = submit

    def action_submit_now(self) -> None:
        self._submit_now()
