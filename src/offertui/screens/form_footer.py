"""The foot of a form dialog: the line that says which keys answer it, and its buttons.

Every form ends the same way, so that at 80x24 the keys and buttons of each are drawn
alike and none of them is left without its hint."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Label

ADD_HINT = "Enter: next field, then Add · Tab moves · esc cancels"
WRITE_HINT = "Enter writes the file · esc cancels"


def form_footer(hint: str, ok: str, ok_id: str) -> ComposeResult:
    """The hint, then the primary button `ok` (`ok_id`) beside Cancel."""
    yield Label(hint, classes="dialog--hint")
    yield Horizontal(
        Button(f"{ok} (enter)", variant="primary", id=ok_id),
        Button("Cancel (esc)", id="cancel"),
        classes="dialog--buttons",
    )
