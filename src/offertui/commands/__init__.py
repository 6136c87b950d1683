"""Every command of offertui, declared once (`declared.COMMANDS`): its key, its name,
where it works. The bindings of each screen, its footer, F1 help and the command
palette are all made from that list, so they cannot disagree, and a key means one thing
in the whole app. A user moves keys in profile.toml (`user_keys`).

Light to import: the App and the Offers home take their bindings from here at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final

from textual.binding import Binding

from offertui.commands.command import LIST_SCOPES, SCREEN_SCOPES, Command
from offertui.commands.declared import COMMANDS
from offertui.commands.user_keys import UserKeymap, normal_key, printable, user_keymap

__all__ = [
    "BY_ID",
    "COMMANDS",
    "LIST_SCOPES",
    "SCREEN_SCOPES",
    "Command",
    "UserKeymap",
    "bindings",
    "for_screen",
    "normal_key",
    "printable",
    "user_keymap",
]

BY_ID: Final[Mapping[str, Command]] = {c.id: c for c in COMMANDS}


def bindings(scope: str) -> list[Binding]:
    """The bindings of `scope`, for a class's BINDINGS. Commands without a key there
    have none (the palette runs them; a user may give them one, see `user_keymap`)."""
    return [
        c.binding(scope)
        for c in COMMANDS
        if scope in c.scopes and c.keys_in(scope) and c.id != "palette"
    ]


def for_screen(scopes: Iterable[str]) -> list[Command]:
    """The commands the palette and F1 offer on a screen of these scopes (app-wide
    ones included): the screen's own first, then the wider ones, each in declaration
    order."""
    order = ("app", *scopes)
    rank = {scope: -n for n, scope in enumerate(order)}
    found = [c for c in COMMANDS if set(order).intersection(c.palette_screens)]
    return sorted(found, key=lambda c: rank[c.scope_on(tuple(order))])
