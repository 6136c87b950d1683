"""Help (F1): every command of the screen it was opened from, with its key, and what
the screen is for. Made from the same declaration as the keys and the palette."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.text import Text
from textual import getters
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

from offertui.base_app import OfferAppBase
from offertui.commands import BY_ID, Command, bindings, for_screen

GENERAL = (
    "{key:palette} opens the command palette: type a command by its name "
    '("Meeting", "Copy email"); those without a key are found there. Everything is '
    "saved as you type. Keys can be changed in profile.toml ([keys])."
)

CLOSING = "esc or {key:help} closes this help · ↑ ↓ PgUp PgDn scroll"


def _code_in_bold(text: str) -> Text:
    """`text` with each `command` between backticks in bold, the backticks gone: the
    screens' help is written as the README is."""
    shown = Text()
    for index, part in enumerate(text.split("`")):
        shown.append(part, style="bold" if index % 2 else "")
    return shown


def help_title(screen: Screen[object]) -> str:
    """The plain name F1 gives a screen or dialog: its own `HELP_TITLE`, or its class
    name in words ("NewOfferDialog": "New offer")."""
    title: str = getattr(screen, "HELP_TITLE", "")
    if title:
        return title
    name = type(screen).__name__.removesuffix("Screen").removesuffix("Dialog")
    words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", name) or [name]
    return " ".join([words[0], *(w.lower() for w in words[1:])])


class HelpScreen(ModalScreen[None]):
    """Lists the commands of `screen`: its own first, then the app's."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings("help")]
    COMMAND_SCOPES: ClassVar[tuple[str, ...]] = ("help",)

    app = getters.app(OfferAppBase)

    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self._target = screen

    def commands(self) -> list[Command]:
        """The commands listed, in the order shown: the screen's, then the app's."""
        scopes: tuple[str, ...] = getattr(self._target, "COMMAND_SCOPES", ())
        return [c for c in for_screen(scopes) if self._available(c)]

    def _available(self, command: Command) -> bool:
        if command.id == "palette":
            return False  # said once, below the list
        _namespace, name, params = parse_action(command.action_name)
        target = self._target
        if command.app_wide and not hasattr(target, f"action_{name}"):
            return True
        return hasattr(target, f"action_{name}") and target.check_action(name, params) is True

    def compose(self) -> ComposeResult:
        target = self._target
        scopes: tuple[str, ...] = getattr(target, "COMMAND_SCOPES", ())
        palette = self.app.key_text(BY_ID["palette"])
        rows: list[tuple[str, str]] = []
        for command in self.commands():
            scope = command.scope_on(scopes)
            key = self.app.key_text(command, scope)
            what = command.tooltip(scope)
            if not key:
                # No key: the palette runs it, under the name shown here.
                key, what = palette, f"“{command.name.format('…')}”: {what}"
            rows.append((key, what))
        width = max((len(k) for k, _ in rows), default=0) + 2
        with Vertical(classes="dialog help"):
            yield Label(f"Keys — {help_title(target)}", classes="dialog--title")
            with VerticalScroll():
                about = getattr(target, "HELP", "")
                if about:
                    text = self.app.with_keys(about, scopes[0] if scopes else "")
                    yield Static(_code_in_bold(text), classes="help--about", markup=False)
                with Vertical(id="help-keys"):
                    for key, what in rows:
                        with Horizontal(classes="help--row"):
                            label = Label(key, classes="help--key")
                            label.styles.width = width
                            yield label
                            yield Static(what, classes="help--what", markup=False)
                yield Static(self.app.with_keys(GENERAL), classes="hint", markup=False)
            yield Label(self.app.with_keys(CLOSING), classes="dialog--hint", markup=False)

    def action_back(self) -> None:
        self.dismiss(None)
