"""Help (F1): every key of the screen it was opened from, and what the screen is for."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

GENERAL = (
    "ctrl+p opens the command palette: type a screen or an action by name "
    '("Meeting", "New offer"). Everything is saved as you type.'
)


class HelpScreen(ModalScreen[None]):
    """Lists the keys active on `screen`, with the tooltip of each."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", "Close", tooltip="Close help", id="help.close"),
    ]

    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self._target = screen

    def compose(self) -> ComposeResult:
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        # The screen's own keys first, then the app's, then the focused widget's.
        target = self._target
        order = {target: 0, self.app: 1}
        bindings = sorted(target.active_bindings.values(), key=lambda a: order.get(a.node, 2))
        for active in bindings:
            binding = active.binding
            name = binding.key_display or self.app.get_key_display(binding)
            if binding.action in seen and not binding.show:
                continue
            seen.add(binding.action)
            what = binding.tooltip or binding.description
            if what:
                rows.append((name, what))
        width = max((len(k) for k, _ in rows), default=0) + 2
        keys = Content("\n").join(
            Content.assemble((key.ljust(width), "bold"), what) for key, what in rows
        )
        title = getattr(self._target, "HELP_TITLE", "") or type(self._target).__name__.removesuffix(
            "Screen"
        )
        with Vertical(classes="dialog help"):
            yield Label(f"Keys — {title}", classes="dialog--title")
            with VerticalScroll():
                about = getattr(self._target, "HELP", "")
                if about:
                    yield Static(about, classes="help--about")
                yield Static(keys, id="help-keys")
                yield Static(GENERAL, classes="hint")

    def action_close(self) -> None:
        self.dismiss(None)
