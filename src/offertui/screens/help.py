"""Help (F1): every key of the screen it was opened from, and what the screen is for."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

GENERIC_ACTIONS = {"app.focus_next", "app.focus_previous", "screen.copy_text"}

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
        # The screen's own keys first, then the app's, then the focused widget's, and
        # the generic ones (focus, copy) last; keys for one action share a row.
        target = self._target
        order = {target: 0, self.app: 1}

        def rank(active: ActiveBinding) -> tuple[int, int]:
            generic = active.binding.action in GENERIC_ACTIONS
            return (generic, order.get(active.node, 2))

        grouped: dict[tuple[int, str], tuple[list[str], str]] = {}
        for active in sorted(target.active_bindings.values(), key=rank):
            binding = active.binding
            what = binding.tooltip or binding.description
            if not what:
                continue
            name = binding.key_display or self.app.get_key_display(binding)
            keys_for, _ = grouped.setdefault((id(active.node), binding.action), ([], what))
            if name not in keys_for:
                keys_for.append(name)
        rows = [(" / ".join(names), what) for names, what in grouped.values()]
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
