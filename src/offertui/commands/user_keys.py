"""The keys a user sets in profile.toml's `[keys]` table, checked before they apply."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from textual.keys import Keys, key_to_character

from offertui.commands.command import LIST_SCOPES, Command
from offertui.commands.declared import COMMANDS

_BY_ID: Final = {c.id: c for c in COMMANDS}
_MODIFIERS: Final = ("ctrl", "shift", "alt", "meta", "super", "hyper")
_KEY_NAMES: Final = frozenset(k.value for k in Keys)


def normal_key(key: str) -> str | None:
    """`key` as Textual names it ("ctrl+x", "f10", "slash"), or None when it is no key."""
    key = key.strip()
    if len(key) == 1:
        return None if not key.isprintable() or key == "," else key
    *modifiers, base = key.lower().split("+")
    if not base or any(m not in _MODIFIERS for m in modifiers):
        return None
    if base not in _KEY_NAMES and len(base) != 1 and key_to_character(base) is None:
        return None
    return "+".join([*modifiers, base])


def printable(key: str) -> bool:
    """Whether `key` types a character (a, /, space), which a text field would take."""
    character = key_to_character(key)
    return character is not None and character.isprintable()


@dataclass(frozen=True)
class UserKeymap:
    """The keys a user's `[keys]` table gives, checked; `problems` say what was refused."""

    keys: Mapping[str, str]
    problems: tuple[str, ...] = ()

    def key_for(self, command: Command) -> str:
        return self.keys.get(command.id, command.key)


def user_keymap(entries: Iterable[tuple[str, str]]) -> UserKeymap:
    """Check the `[keys]` entries of profile.toml: command id -> key (or keys, comma
    separated). A command that does not exist, a key that is no key, a printable key
    where people type, and a key another command already has are refused, each with a
    line saying why; the rest apply."""
    keys: dict[str, str] = {}
    problems: list[str] = []
    for command_id, value in entries:
        command = _BY_ID.get(command_id)
        if command is None:
            problems.append(f"keys.{command_id}: there is no command called {command_id!r}")
            continue
        parts = [normal_key(part) for part in value.split(",")] if value.strip() else [None]
        chosen = [part for part in parts if part is not None]
        if len(chosen) < len(parts):
            problems.append(f"keys.{command_id}: {value!r} is not a key (say f10 or ctrl+x)")
        elif any(printable(k) for k in chosen) and not set(command.scopes) <= LIST_SCOPES:
            problems.append(
                f"keys.{command_id}: {value!r} would act while you type; use a ctrl or function key"
            )
        else:
            keys[command_id] = ",".join(chosen)
    # One key, one meaning: a key asked for twice, or one another command keeps by
    # default, is refused for each command that asks for it.
    holders: dict[str, set[str]] = {}
    for command in COMMANDS:
        wanted = keys.get(command.id)
        defaults = [k for k in (command.key, command.letter) if k]
        for key in wanted.split(",") if wanted is not None else defaults:
            holders.setdefault(key, set()).add(command.id)
    for command_id in list(keys):
        clashes = sorted(
            other
            for key in keys[command_id].split(",")
            for other in holders.get(key, set())
            if other != command_id
        )
        if clashes:
            del keys[command_id]
            problems.append(f"keys.{command_id}: {clashes[0]} already has that key; left as it was")
    return UserKeymap(keys, tuple(problems))
