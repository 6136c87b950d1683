"""The command palette's entries: the declared commands of a screen that can run now."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.actions import parse as parse_action
from textual.app import SystemCommand
from textual.dom import DOMNode
from textual.screen import Screen

from offertui import commands
from offertui.base_app import OfferAppBase

__all__ = ["palette_commands"]


def palette_commands(app: OfferAppBase, screen: Screen[object]) -> Iterator[SystemCommand]:
    """Every command declared for `screen` (and the app's) that can run now, under its
    plain name, with its key if it has one."""
    scopes = getattr(screen, "COMMAND_SCOPES", ())
    for command in commands.for_screen(scopes):
        if not command.palette:
            continue
        name, params = _action(command.action_name)
        # An app-wide command runs on the app, unless the screen has its own take on it
        # (Pay opens the glossary on its selected finding's term).
        has_own = hasattr(screen, f"action_{name}")
        target: DOMNode = app if command.app_wide and not has_own else screen
        if not hasattr(target, f"action_{name}") or not target.check_action(name, params):
            continue
        scope = command.scope_on(scopes)
        key = app.key_text(command, scope)
        help_text = command.tooltip(scope) + (f" ({key})" if key else "")
        if command.each:
            for argument, label in getattr(screen, command.each)():
                yield SystemCommand(
                    command.name.format(label),
                    command.description,
                    partial(app.call_next, app.run_action, f"{name}({argument!r})", target),
                )
        else:
            run = partial(app.call_next, app.run_action, command.action_name, target)
            yield SystemCommand(command.name, help_text, run)


def _action(action: str) -> tuple[str, tuple[object, ...]]:
    """The name and arguments of an action string such as "mark('answered')"."""
    _namespace, name, params = parse_action(action)
    return name, params
